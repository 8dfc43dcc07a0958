//! Attempts: a new attempt's draw, where an attempt stands (resume position, practice retries,
//! skips), its score (partial credit, ungraded open items, items removed from the course), and
//! which attempt to resume or list in the history.

use nour::core::attempt::{
    Answer, AssessmentLog, Attempt, Score, finished, new_attempt, unfinished,
};
use nour::core::model::Assessment;
use nour::core::scoring::Response;
use serde_json::json;

use crate::scoring::{assessment, course};

/// A practice of three one-point true/false items p1, p2, p3 (answer: true), or a checkpoint.
pub fn three_items(kind: &str) -> Assessment {
    let items: Vec<_> = ["p1", "p2", "p3"]
        .iter()
        .map(|id| {
            json!({"id": id, "prompt": {"fr": "?"},
                   "interaction": {"true_false": {"answer": true}}})
        })
        .collect();
    serde_json::from_value(
        json!({"id": "trois", "kind": kind, "title": {"fr": "Trois"}, "items": items}),
    )
    .expect("an assessment")
}

/// An answer to `item` in `attempt`: right (Bool(true), credit 100) or wrong (Bool(false), 0).
pub fn answer(attempt: &Attempt, item: &str, right: bool, at_ms: u64) -> Answer {
    Answer {
        attempt_id: attempt.id.clone(),
        assessment_id: attempt.assessment_id.clone(),
        item_id: item.into(),
        response: Response::Bool(right),
        credit: if right { 100 } else { 0 },
        correct: right,
        hints_used: 0,
        at_ms,
    }
}

pub fn skip(attempt: &Attempt, item: &str, at_ms: u64) -> Answer {
    Answer {
        response: Response::Skipped,
        ..answer(attempt, item, false, at_ms)
    }
}

fn credited(attempt: &Attempt, item: &str, credit: u8, at_ms: u64) -> Answer {
    Answer {
        credit,
        correct: credit == 100,
        ..answer(attempt, item, credit == 100, at_ms)
    }
}

#[test]
fn a_new_attempt_draws_its_items_from_its_seed() {
    let bundle = course();
    let controle = assessment(&bundle, "controle");
    let attempt = new_attempt(&controle, "1.0.0", 7, 1_000);
    assert_eq!(
        attempt,
        Attempt {
            id: "controle@1000".into(),
            assessment_id: "controle".into(),
            course_version: "1.0.0".into(),
            seed: 7,
            order: vec!["c1".into(), "c2".into(), "c3".into()],
            started_ms: 1_000,
            finished_ms: None,
        }
    );
    // "quiz" shuffles: the same seed gives the same order, other seeds other orders.
    let quiz = assessment(&bundle, "quiz");
    let first = new_attempt(&quiz, "1.0.0", 7, 1_000);
    assert_eq!(first.order, new_attempt(&quiz, "1.0.0", 7, 5_000).order);
    let mut sorted = first.order.clone();
    sorted.sort();
    let mut ids: Vec<String> = quiz.items.iter().map(|i| i.id.clone()).collect();
    ids.sort();
    assert_eq!(sorted, ids, "every item once");
    assert!((8..20).any(|seed| new_attempt(&quiz, "1.0.0", seed, 1).order != first.order));
}

#[test]
fn a_checkpoint_resumes_at_the_first_unanswered_item() {
    let checkpoint = three_items("checkpoint");
    let attempt = new_attempt(&checkpoint, "1", 0, 100);
    let other = new_attempt(&checkpoint, "1", 0, 50);
    // (answers as (item, right), position, finished, earned)
    type Case<'a> = (&'a [(&'a str, bool)], usize, bool, f64);
    #[rustfmt::skip]
    let cases: &[Case] = &[
        (&[], 0, false, 0.0),
        (&[("p1", true)], 1, false, 1.0),
        (&[("p1", false)], 1, false, 0.0),
        (&[("p1", true), ("p2", false)], 2, false, 1.0),
        // Answered out of order: the first gap is where to resume.
        (&[("p2", true)], 0, false, 1.0),
        (&[("p1", true), ("p3", true)], 1, false, 2.0),
        (&[("p1", true), ("p2", true), ("p3", false)], 3, true, 2.0),
    ];
    for (given, position, done, earned) in cases {
        let mut answers: Vec<Answer> = given
            .iter()
            .enumerate()
            .map(|(i, (item, right))| answer(&attempt, item, *right, 200 + i as u64))
            .collect();
        // Another attempt's answers do not count.
        answers.push(answer(&other, "p1", true, 60));
        answers.push(answer(&other, "p2", true, 61));
        let state = attempt.state(&checkpoint, &answers);
        assert_eq!(
            (state.position, state.finished, state.score),
            (
                *position,
                *done,
                Score {
                    earned: *earned,
                    max: 3
                }
            ),
            "{given:?}"
        );
    }
}

#[test]
fn practice_keeps_the_learner_on_an_item_until_right_or_skipped() {
    let practice = three_items("practice");
    let attempt = new_attempt(&practice, "1", 0, 100);
    let steps = [
        (answer(&attempt, "p1", false, 1), 0),
        (answer(&attempt, "p1", false, 2), 0),
        (answer(&attempt, "p1", true, 3), 1),
        (skip(&attempt, "p2", 4), 2),
        (answer(&attempt, "p3", true, 5), 3),
    ];
    let mut answers = Vec::new();
    for (i, (given, position)) in steps.into_iter().enumerate() {
        answers.push(given);
        let state = attempt.state(&practice, &answers);
        assert_eq!(state.position, position, "after step {i}");
        assert_eq!(state.finished, position == 3, "after step {i}");
    }
    // The score counts first tries only: p1 was missed first, p2 skipped, p3 right.
    let score = attempt.state(&practice, &answers).score;
    assert_eq!(
        score,
        Score {
            earned: 1.0,
            max: 3
        }
    );
    assert_eq!(score.percent(), 33);
}

#[test]
fn first_means_first_in_time_not_in_storage() {
    let practice = three_items("practice");
    let attempt = new_attempt(&practice, "1", 0, 100);
    let answers = [
        answer(&attempt, "p1", true, 30),
        answer(&attempt, "p1", false, 10),
    ];
    let state = attempt.state(&practice, &answers);
    assert_eq!((state.position, state.score.earned), (1, 0.0));
}

#[test]
fn the_score_counts_partial_credit_and_leaves_out_ungraded_open_items() {
    let bundle = course();
    // c1: 1 point, c2: 2 points, c3: open without rubric (not scored).
    let controle = assessment(&bundle, "controle");
    let attempt = new_attempt(&controle, "1.0.0", 0, 100);
    let answers = [
        credited(&attempt, "c1", 100, 1),
        credited(&attempt, "c2", 50, 2),
        credited(&attempt, "c3", 100, 3),
    ];
    let state = attempt.state(&controle, &answers);
    assert_eq!(
        state.score,
        Score {
            earned: 2.0,
            max: 3
        }
    );
    assert_eq!(state.score.percent(), 67);
    assert!(state.finished && state.position == 3);
    // The open item must still be answered before the checkpoint is done.
    let state = attempt.state(&controle, &answers[..2]);
    assert_eq!((state.position, state.finished), (2, false));
}

#[test]
fn percent_is_rounded_and_full_when_nothing_is_scored() {
    #[rustfmt::skip]
    let cases = [
        (0.0, 0, 100),
        (0.0, 3, 0),
        (1.0, 3, 33),
        (2.0, 3, 67),
        (2.5, 3, 83),
        (0.5, 1, 50),
        (0.995, 1, 100),
        (0.994, 1, 99),
        (3.0, 3, 100),
        (30.0, 40, 75),
    ];
    for (earned, max, percent) in cases {
        assert_eq!(Score { earned, max }.percent(), percent, "{earned}/{max}");
    }
}

#[test]
fn items_removed_from_the_course_are_ignored() {
    let checkpoint = three_items("checkpoint");
    let mut attempt = new_attempt(&checkpoint, "0.9", 0, 100);
    // Taken on an older version that had an item "gone" and no p3... then p3 came.
    attempt.order = vec!["p1".into(), "gone".into(), "p2".into()];
    let answers = [answer(&attempt, "p1", true, 1)];
    let state = attempt.state(&checkpoint, &answers);
    assert_eq!(state.position, 2, "the removed item is not waited for");
    assert_eq!(
        state.score,
        Score {
            earned: 1.0,
            max: 2
        }
    );
    let answers = [
        answer(&attempt, "p1", true, 1),
        answer(&attempt, "gone", true, 2),
        answer(&attempt, "p2", false, 3),
    ];
    let state = attempt.state(&checkpoint, &answers);
    assert_eq!((state.position, state.finished), (3, true));
    assert_eq!(
        state.score,
        Score {
            earned: 1.0,
            max: 2
        }
    );
}

#[test]
fn a_finished_mark_finishes_the_attempt() {
    let practice = three_items("practice");
    let mut attempt = new_attempt(&practice, "1", 0, 100);
    attempt.finished_ms = Some(500);
    let state = attempt.state(&practice, &[answer(&attempt, "p1", true, 1)]);
    assert_eq!((state.position, state.finished), (1, true));
}

#[test]
fn the_attempt_to_resume_and_the_history() {
    let checkpoint = three_items("checkpoint");
    let other = three_items("practice");
    let other = Assessment {
        id: "autre".into(),
        ..other
    };
    let done_old = new_attempt(&checkpoint, "1", 1, 100);
    let mut done_marked = new_attempt(&checkpoint, "1", 2, 200);
    done_marked.finished_ms = Some(250);
    let open_old = new_attempt(&checkpoint, "1", 3, 300);
    let open_new = new_attempt(&checkpoint, "1", 4, 400);
    let done_new = new_attempt(&checkpoint, "1", 5, 500);
    let elsewhere = new_attempt(&other, "1", 6, 900);
    let mut answers = Vec::new();
    for (attempt, rights) in [
        (&done_old, [true, true, false]),
        (&done_new, [true, true, true]),
    ] {
        for (item, right) in ["p1", "p2", "p3"].into_iter().zip(rights) {
            answers.push(answer(attempt, item, right, attempt.started_ms + 1));
        }
    }
    answers.push(answer(&open_old, "p1", true, 301));
    let log = AssessmentLog {
        // Stored in no particular order.
        attempts: vec![
            open_new.clone(),
            done_new.clone(),
            elsewhere.clone(),
            done_old.clone(),
            open_old.clone(),
            done_marked.clone(),
        ],
        answers,
    };
    assert_eq!(unfinished(&log, &checkpoint), Some(&open_new));
    assert_eq!(unfinished(&log, &other), Some(&elsewhere));
    let history: Vec<(&str, u8)> = finished(&log, &checkpoint)
        .into_iter()
        .map(|(a, score)| (a.id.as_str(), score.percent()))
        .collect();
    assert_eq!(
        history,
        [("trois@500", 100), ("trois@200", 0), ("trois@100", 67)]
    );
    let empty = AssessmentLog::default();
    assert_eq!(unfinished(&empty, &checkpoint), None);
    assert!(finished(&empty, &checkpoint).is_empty());
}
