//! Mastery rules: pass mark on finished attempts, m right of the last n first tries, and a
//! streak of right first tries; met and not met, with few tries, retries, skips and review
//! answers; and pass or fail on one attempt.

use nour::core::attempt::{AssessmentLog, Attempt, REVIEW_ATTEMPT, new_attempt};
use nour::core::mastery::{DEFAULT_MASTERY, MasteryStatus, attempt_passed, rule, status};
use nour::core::model::{Assessment, Mastery};

use crate::attempt::{answer, skip, three_items};

fn with(rule: Mastery, kind: &str) -> Assessment {
    Assessment {
        mastery: Some(rule),
        ..three_items(kind)
    }
}

/// A log where `tries` are the first tries, in order, three items per attempt (p1, p2, p3).
fn log_of(assessment: &Assessment, tries: &[bool]) -> AssessmentLog {
    let mut log = AssessmentLog::default();
    for (a, chunk) in tries.chunks(3).enumerate() {
        let attempt = new_attempt(assessment, "1", a as u32, 1_000 * a as u64);
        for (i, right) in chunk.iter().enumerate() {
            let at = attempt.started_ms + 10 * i as u64 + 1;
            log.answers
                .push(answer(&attempt, &format!("p{}", i + 1), *right, at));
        }
        log.attempts.push(attempt);
    }
    log
}

fn met(status: MasteryStatus) -> (bool, u32, u32) {
    (status.met, status.current, status.target)
}

const T: bool = true;
const F: bool = false;

#[test]
fn the_default_rule_is_80_percent_in_one_attempt() {
    let plain = three_items("checkpoint");
    assert_eq!(plain.mastery, None);
    assert_eq!(rule(&plain), DEFAULT_MASTERY);
    assert_eq!(DEFAULT_MASTERY, Mastery::PassMark(80));
    let streak = with(Mastery::Streak(4), "practice");
    assert_eq!(rule(&streak), Mastery::Streak(4));
}

#[test]
fn count_rules_on_first_tries() {
    let m_of_n = Mastery::MOfN { m: 3, n: 5 };
    let streak = Mastery::Streak(3);
    // (rule, first tries oldest first, met, current)
    #[rustfmt::skip]
    let cases: &[(Mastery, &[bool], bool, u32)] = &[
        (m_of_n, &[], F, 0),
        (m_of_n, &[T, T], F, 2),
        // Fewer than n tries can meet it when m are right.
        (m_of_n, &[T, T, T], T, 3),
        (m_of_n, &[F, T, F, T, T], T, 3),
        (m_of_n, &[F, F, T, T, T], T, 3),
        (m_of_n, &[T, T, T, T, T, T], T, 5),
        // Old right answers fall out of the window.
        (m_of_n, &[T, T, T, F, F, F], F, 2),
        (m_of_n, &[T, T, F, F, T, F], F, 2),
        (m_of_n, &[F, F, F, F, F, F, F, F, T], F, 1),
        (Mastery::MOfN { m: 1, n: 1 }, &[F, T], T, 1),
        (Mastery::MOfN { m: 1, n: 1 }, &[T, F], F, 0),
        (streak, &[], F, 0),
        (streak, &[T, T], F, 2),
        (streak, &[T, T, T], T, 3),
        (streak, &[T, T, T, T, T], T, 5),
        (streak, &[T, T, T, F], F, 0),
        (streak, &[F, T, T, T], T, 3),
        (streak, &[T, F, T, T], F, 2),
    ];
    for (rule, tries, is_met, current) in cases {
        let assessment = with(*rule, "practice");
        let target = match rule {
            Mastery::MOfN { m, .. } => u32::from(*m),
            Mastery::Streak(k) => u32::from(*k),
            Mastery::PassMark(mark) => u32::from(*mark),
        };
        assert_eq!(
            met(status(&assessment, &log_of(&assessment, tries))),
            (*is_met, *current, target),
            "{rule:?} {tries:?}"
        );
    }
}

#[test]
fn only_first_tries_of_this_assessment_count() {
    let assessment = with(Mastery::Streak(2), "practice");
    let attempt = new_attempt(&assessment, "1", 0, 0);
    let other = Assessment {
        id: "autre".into(),
        ..three_items("practice")
    };
    let elsewhere = new_attempt(&other, "1", 0, 0);
    let mut review = answer(&attempt, "p3", true, 90);
    review.attempt_id = REVIEW_ATTEMPT.into();
    let log = AssessmentLog {
        attempts: vec![attempt.clone(), elsewhere.clone()],
        answers: vec![
            answer(&attempt, "p1", true, 10),
            // A miss, then the retry: the miss is the first try.
            answer(&attempt, "p2", false, 20),
            answer(&attempt, "p2", true, 30),
            // Review answers and other assessments' answers do not count.
            review,
            answer(&elsewhere, "p1", true, 95),
            answer(&elsewhere, "p2", true, 96),
        ],
    };
    assert_eq!(met(status(&assessment, &log)), (F, 0, 2));
    // A skip is wrong, whatever its flag says.
    let mut log = log_of(&assessment, &[T, T]);
    let mut skipped = skip(&log.attempts[0], "p3", 50);
    skipped.correct = true;
    log.answers.push(skipped);
    assert_eq!(met(status(&assessment, &log)), (F, 0, 2));
    // Time order, not storage order: the last try is the wrong one at 25.
    let log = AssessmentLog {
        attempts: vec![attempt.clone()],
        answers: vec![
            answer(&attempt, "p3", true, 20),
            answer(&attempt, "p1", false, 25),
            answer(&attempt, "p2", true, 10),
        ],
    };
    assert_eq!(met(status(&assessment, &log)), (F, 0, 2));
}

#[test]
fn pass_mark_takes_the_best_finished_attempt() {
    let assessment = with(Mastery::PassMark(67), "checkpoint");
    // Attempts of three one-point items: 1/3, 2/3, then an unfinished one with 1 right.
    #[rustfmt::skip]
    let cases: &[(&[bool], bool, u32)] = &[
        (&[], F, 0),
        (&[F, F, F], F, 0),
        (&[T, F, F], F, 33),
        (&[T, F, F, T, T, F], T, 67),
        (&[T, T, T, F, F, F], T, 100),
        // The last attempt is not finished: it does not count, even at 100 % so far.
        (&[F, F, F, T], F, 0),
        (&[T, F, F, T, T], F, 33),
    ];
    for (tries, is_met, current) in cases {
        let log = log_of(&assessment, tries);
        assert_eq!(
            met(status(&assessment, &log)),
            (*is_met, *current, 67),
            "{tries:?}"
        );
    }
    // The default rule, 80 %: 2/3 is not enough.
    let plain = three_items("checkpoint");
    assert_eq!(
        met(status(&plain, &log_of(&plain, &[T, T, F]))),
        (F, 67, 80)
    );
    assert_eq!(
        met(status(&plain, &log_of(&plain, &[T, T, T]))),
        (T, 100, 80)
    );
}

#[test]
fn each_attempt_shows_its_own_pass_or_fail() {
    fn passed(assessment: &Assessment, tries: &[bool]) -> Vec<bool> {
        let log = log_of(assessment, tries);
        log.attempts
            .iter()
            .map(|a| attempt_passed(assessment, &log, a))
            .collect()
    }
    // (rule, first tries, three per attempt, passed per attempt)
    #[rustfmt::skip]
    let cases: &[(Mastery, &[bool], &[bool])] = &[
        (Mastery::PassMark(67), &[T, F, F, T, T, F, T, T, T], &[F, T, T]),
        (Mastery::PassMark(100), &[T, T, F, T, T, T], &[F, T]),
        // Up to and including each attempt: the second attempt completes 2 of the last 3.
        (Mastery::MOfN { m: 2, n: 3 }, &[F, F, T, T, T, F], &[F, T]),
        (Mastery::MOfN { m: 2, n: 3 }, &[T, T, F, F, F, T], &[T, F]),
        // Fewer than n so far, m right.
        (Mastery::MOfN { m: 2, n: 10 }, &[F, T, T], &[T]),
        (Mastery::Streak(3), &[T, T, T, F, T, T], &[T, F]),
        // The streak runs on from the first attempt into the second.
        (Mastery::Streak(4), &[F, T, T, T, T, F], &[F, F]),
        (Mastery::Streak(4), &[F, T, T, T, T, T], &[F, T]),
    ];
    for (rule, tries, expected) in cases {
        let kind = if matches!(rule, Mastery::PassMark(_)) {
            "checkpoint"
        } else {
            "practice"
        };
        let assessment = with(*rule, kind);
        assert_eq!(
            &passed(&assessment, tries)[..],
            *expected,
            "{rule:?} {tries:?}"
        );
    }
    // An attempt with no answer has not passed a count rule.
    let assessment = with(Mastery::Streak(1), "practice");
    let mut log = log_of(&assessment, &[T]);
    let empty: Attempt = new_attempt(&assessment, "1", 9, 9_000);
    log.attempts.push(empty.clone());
    assert!(attempt_passed(&assessment, &log, &log.attempts[0].clone()));
    assert!(!attempt_passed(&assessment, &log, &empty));
}
