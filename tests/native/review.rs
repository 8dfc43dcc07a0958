//! Spaced review with Leitner boxes: a sequence of answers gives a box and a due date; first
//! tries in attempts and every review answer count; open items and items the course no longer
//! has are dropped; today's review lists the least known cards first.

use nour::core::attempt::{Answer, AssessmentLog, Attempt, REVIEW_ATTEMPT, new_attempt};
use nour::core::review::{BOX_DAYS, Card, cards, due_by};
use nour::core::scoring::Response;

use crate::attempt::{answer, skip};
use crate::scoring::{assessment, course};

const DAY: u64 = 86_400_000;

fn quiz_attempt(n: u64) -> Attempt {
    new_attempt(&assessment(&course(), "quiz"), "1.0.0", n as u32, n)
}

/// A review answer to quiz item `item`.
fn reviewed(item: &str, right: bool, at_ms: u64) -> Answer {
    Answer {
        attempt_id: REVIEW_ATTEMPT.into(),
        ..answer(&quiz_attempt(0), item, right, at_ms)
    }
}

fn card(item: &str, leitner_box: u8, last_ms: u64) -> Card {
    Card {
        course_id: "evaluation".into(),
        assessment_id: "quiz".into(),
        item_id: item.into(),
        leitner_box,
        due_ms: last_ms + BOX_DAYS[usize::from(leitner_box) - 1] * DAY,
        last_ms,
    }
}

#[test]
fn boxes_follow_the_answers() {
    // Each step is a new attempt's first try (attempt k at day k), or a review answer.
    // (answers as (review?, right), box after the last)
    #[rustfmt::skip]
    let cases: &[(&[(bool, bool)], u8)] = &[
        (&[(false, true)], 3),
        (&[(false, false)], 1),
        (&[(false, true), (false, true)], 4),
        (&[(false, true), (false, true), (false, true)], 5),
        (&[(false, true), (true, true), (true, true), (true, true)], 5),
        (&[(false, true), (true, true), (true, false)], 1),
        (&[(false, false), (true, true)], 2),
        (&[(false, false), (true, true), (true, true), (false, true)], 4),
        (&[(false, true), (true, true), (false, false), (true, true)], 2),
    ];
    for (steps, expected_box) in cases {
        let mut log = AssessmentLog::default();
        let mut last = 0;
        for (day, (review, right)) in steps.iter().enumerate() {
            last = day as u64 * DAY + 5;
            if *review {
                log.answers.push(reviewed("single", *right, last));
            } else {
                let attempt = quiz_attempt(day as u64 * DAY);
                log.answers.push(answer(&attempt, "single", *right, last));
                log.attempts.push(attempt);
            }
        }
        assert_eq!(
            cards(&course(), &log),
            [card("single", *expected_box, last)],
            "{steps:?}"
        );
    }
}

#[test]
fn due_dates_follow_the_box() {
    assert_eq!(BOX_DAYS, [0, 1, 3, 7, 21]);
    for (leitner_box, days) in [(1, 0), (2, 1), (3, 3), (4, 7), (5, 21)] {
        assert_eq!(card("x", leitner_box, 1_000).due_ms, 1_000 + days * DAY);
    }
    // A miss is due at once; a first right answer in 3 days.
    let attempt = quiz_attempt(0);
    let log = AssessmentLog {
        attempts: vec![attempt.clone()],
        answers: vec![
            answer(&attempt, "single", false, 500),
            answer(&attempt, "short", true, 600),
        ],
    };
    let got = cards(&course(), &log);
    assert_eq!(got, [card("single", 1, 500), card("short", 3, 600)]);
    assert_eq!((got[0].due_ms, got[1].due_ms), (500, 600 + 3 * DAY));
}

#[test]
fn in_an_attempt_only_the_first_try_counts_but_every_review_answer_does() {
    let attempt = quiz_attempt(0);
    let log = AssessmentLog {
        attempts: vec![attempt.clone()],
        answers: vec![
            // Missed, then retried right in the same practice attempt: still box 1.
            answer(&attempt, "single", false, 10),
            answer(&attempt, "single", true, 20),
            answer(&attempt, "single", true, 30),
            // Two review answers the same day both count.
            reviewed("short", true, 10),
            reviewed("short", true, 20),
            // A skip is a miss.
            skip(&attempt, "numeric", 40),
        ],
    };
    assert_eq!(
        cards(&course(), &log),
        [
            card("single", 1, 10),
            card("numeric", 1, 40),
            card("short", 4, 20)
        ]
    );
}

#[test]
fn answers_are_replayed_in_time_order() {
    let attempt = quiz_attempt(0);
    let later = quiz_attempt(5 * DAY);
    let log = AssessmentLog {
        attempts: vec![later.clone(), attempt.clone()],
        answers: vec![
            answer(&later, "single", false, 5 * DAY),
            answer(&attempt, "single", true, 10),
        ],
    };
    assert_eq!(cards(&course(), &log), [card("single", 1, 5 * DAY)]);
}

#[test]
fn open_items_and_removed_items_get_no_card() {
    let attempt = quiz_attempt(0);
    let mut gone_assessment = answer(&attempt, "single", true, 3);
    gone_assessment.assessment_id = "ancien-quiz".into();
    let log = AssessmentLog {
        attempts: vec![attempt.clone()],
        answers: vec![
            Answer {
                response: Response::Open {
                    text: "Ma page".into(),
                    checked: vec![0, 1, 2],
                    portfolio: true,
                },
                ..answer(&attempt, "open-rubric", true, 1)
            },
            answer(&attempt, "open-free", true, 2),
            answer(&attempt, "removed-item", true, 3),
            gone_assessment,
            reviewed("removed-item", false, 4),
        ],
    };
    assert!(cards(&course(), &log).is_empty());
    assert!(cards(&course(), &AssessmentLog::default()).is_empty());
}

#[test]
fn cards_cover_every_assessment_of_the_course() {
    let bundle = course();
    let controle = new_attempt(&assessment(&bundle, "controle"), "1.0.0", 0, 0);
    let attempt = quiz_attempt(0);
    let log = AssessmentLog {
        attempts: vec![attempt.clone(), controle.clone()],
        answers: vec![
            answer(&controle, "c2", true, 7),
            answer(&attempt, "match", false, 8),
        ],
    };
    let got: Vec<(String, String, u8)> = cards(&bundle, &log)
        .into_iter()
        .map(|c| (c.assessment_id, c.item_id, c.leitner_box))
        .collect();
    assert_eq!(
        got,
        [
            ("quiz".into(), "match".into(), 1),
            ("controle".into(), "c2".into(), 3)
        ]
    );
}

#[test]
fn todays_review_lists_the_least_known_first_then_the_oldest() {
    let all = [
        card("a", 3, 0),       // due day 3
        card("b", 1, 2 * DAY), // due day 2
        card("c", 2, 0),       // due day 1
        card("d", 1, DAY),     // due day 1
        card("e", 5, 0),       // due day 21
        card("f", 2, 2 * DAY), // due day 3
    ];
    let ids = |until: u64| -> Vec<&str> {
        due_by(&all, until)
            .iter()
            .map(|c| c.item_id.as_str())
            .collect()
    };
    assert_eq!(ids(0), Vec::<&str>::new());
    assert_eq!(ids(DAY - 1), Vec::<&str>::new());
    assert_eq!(ids(DAY), ["d", "c"]);
    assert_eq!(ids(3 * DAY), ["d", "b", "c", "f", "a"]);
    assert_eq!(ids(100 * DAY), ["d", "b", "c", "f", "a", "e"]);
}
