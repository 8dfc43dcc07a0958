//! Progress derived from learning events: replayed in time order, filtered to the course and to
//! lessons that exist, and the views built on it (resume point, module counts, completion).

use nour::core::bundle::Bundle;
use nour::core::progress::{CourseProgress, EventKind, LearningEvent};

use crate::validate::{good_bundle, parse_ok, read_fixture};

use EventKind::{Completed, Opened, Reopened};

/// `tests/fixtures/good/two-modules.json`: course "deux-modules", m1 = [l1, l2], m2 = [l3].
fn course() -> Bundle {
    good_bundle("good/two-modules.json")
}

fn ev(lesson: &str, kind: EventKind, at_ms: u64) -> LearningEvent {
    LearningEvent {
        course_id: "deux-modules".into(),
        lesson_id: lesson.into(),
        kind,
        at_ms,
    }
}

fn progress(events: &[LearningEvent]) -> CourseProgress {
    CourseProgress::from_events(&course(), events)
}

fn done(p: &CourseProgress) -> Vec<&'static str> {
    ["l1", "l2", "l3"]
        .into_iter()
        .filter(|id| p.is_done(id))
        .collect()
}

fn resume(p: &CourseProgress) -> Option<String> {
    let bundle = course();
    p.resume_at(&bundle).map(|found| found.lesson.id.clone())
}

#[test]
fn no_events_means_nothing_done_and_resume_at_the_first_lesson() {
    let p = progress(&[]);
    assert_eq!((p.done_count(), p.total()), (0, 3));
    assert!(!p.is_complete() && !p.has_started());
    assert_eq!(resume(&p).as_deref(), Some("l1"));
    assert_eq!(
        p,
        CourseProgress::from_events(&course(), &[]),
        "deterministic"
    );
}

#[test]
fn done_and_undone_toggle_in_time_order_not_storage_order() {
    // Stored out of order: completed at 30 is the last word.
    let p = progress(&[
        ev("l1", Completed, 30),
        ev("l1", Reopened, 20),
        ev("l1", Completed, 10),
    ]);
    assert_eq!(done(&p), ["l1"]);
    // Reopened at 30 is the last word.
    let p = progress(&[
        ev("l1", Reopened, 30),
        ev("l1", Completed, 10),
        ev("l1", Completed, 20),
    ]);
    assert_eq!(done(&p), Vec::<&str>::new());
    // Toggled many times.
    let events: Vec<LearningEvent> = (0..101)
        .map(|i| {
            ev(
                "l2",
                if i % 2 == 0 { Completed } else { Reopened },
                1_000 - i,
            )
        })
        .collect();
    // Time order runs from i = 100 (at 900, Completed) to i = 0 (at 1000, Completed).
    assert_eq!(done(&progress(&events)), ["l2"]);
    // Reopening a lesson never completed is harmless; completing twice counts once.
    let p = progress(&[
        ev("l3", Reopened, 1),
        ev("l3", Completed, 2),
        ev("l3", Completed, 3),
    ]);
    assert_eq!((done(&p), p.done_count()), (vec!["l3"], 1));
}

#[test]
fn events_with_the_same_time_keep_their_stored_order() {
    let p = progress(&[ev("l1", Completed, 5), ev("l1", Reopened, 5)]);
    assert!(!p.is_done("l1"));
    let p = progress(&[ev("l1", Reopened, 5), ev("l1", Completed, 5)]);
    assert!(p.is_done("l1"));
    let p = progress(&[ev("l2", Opened, 7), ev("l3", Opened, 7)]);
    assert_eq!(resume(&p).as_deref(), Some("l3"));
}

#[test]
fn events_for_unknown_lessons_are_ignored() {
    let p = progress(&[
        ev("l2", Opened, 1),
        ev("l99", Completed, 2),
        ev("m1", Completed, 3),
        ev("l99", Opened, 4),
        ev("", Opened, 5),
    ]);
    assert_eq!(p.done_count(), 0);
    assert!(!p.is_done("l99"));
    assert_eq!(
        resume(&p).as_deref(),
        Some("l2"),
        "an unknown lesson never becomes the resume point"
    );

    // Only unknown lessons: nothing started.
    let p = progress(&[ev("l99", Opened, 1), ev("l99", Completed, 2)]);
    assert!(!p.has_started());
    assert_eq!(resume(&p).as_deref(), Some("l1"));
}

#[test]
fn events_of_a_lesson_removed_in_a_new_version_are_ignored() {
    // Version 2.2.0 of the same course drops l2.
    let mut doc: serde_json::Value =
        serde_json::from_str(&read_fixture("good/two-modules.json")).expect("json");
    doc["version"] = "2.2.0".into();
    doc["modules"][0]["lessons"]
        .as_array_mut()
        .expect("lessons")
        .remove(1);
    let newer = parse_ok(&doc.to_string(), "two-modules without l2");
    let events = [
        ev("l1", Completed, 1),
        ev("l2", Completed, 2),
        ev("l2", Opened, 3),
    ];
    let p = CourseProgress::from_events(&newer, &events);
    assert_eq!((p.done_count(), p.total()), (1, 2));
    assert_eq!(
        p.resume_at(&newer).map(|f| f.lesson.id.as_str()),
        Some("l3")
    );
    // The same events on the older version still count l2.
    assert_eq!(progress(&events).done_count(), 2);
}

#[test]
fn events_of_another_course_are_ignored() {
    let other = |lesson: &str, kind, at_ms| LearningEvent {
        course_id: "autre-cours".into(),
        ..ev(lesson, kind, at_ms)
    };
    let p = progress(&[
        ev("l1", Completed, 1),
        other("l1", Reopened, 2),
        other("l2", Completed, 3),
        other("l3", Opened, 4),
    ]);
    assert_eq!(done(&p), ["l1"]);
    assert_eq!(
        resume(&p).as_deref(),
        Some("l2"),
        "another course's open is not ours"
    );
}

#[test]
fn resume_at_prefers_the_last_opened_then_the_first_not_done_then_the_first() {
    // Last opened, by time, whatever the storage order.
    let p = progress(&[ev("l2", Opened, 20), ev("l3", Opened, 10)]);
    assert_eq!(resume(&p).as_deref(), Some("l2"));
    // Last opened even when it is done.
    let p = progress(&[ev("l3", Opened, 1), ev("l3", Completed, 2)]);
    assert_eq!(resume(&p).as_deref(), Some("l3"));
    // Nothing opened: the first lesson not done, across modules.
    let p = progress(&[ev("l1", Completed, 1)]);
    assert_eq!(resume(&p).as_deref(), Some("l2"));
    let p = progress(&[ev("l1", Completed, 1), ev("l2", Completed, 2)]);
    assert_eq!(resume(&p).as_deref(), Some("l3"));
    let p = progress(&[ev("l2", Completed, 1)]);
    assert_eq!(resume(&p).as_deref(), Some("l1"));
    // All done, nothing opened: the first lesson.
    let p = progress(&[
        ev("l3", Completed, 1),
        ev("l1", Completed, 2),
        ev("l2", Completed, 3),
    ]);
    assert_eq!(resume(&p).as_deref(), Some("l1"));
    assert!(p.is_complete());
}

#[test]
fn module_counts_and_completion() {
    let p = progress(&[ev("l3", Completed, 1)]);
    assert_eq!(p.module_counts(&course(), "m1"), (0, 2));
    assert_eq!(p.module_counts(&course(), "m2"), (1, 1));
    assert_eq!(p.module_counts(&course(), "nope"), (0, 0));
    assert_eq!(
        p.module_counts(&course(), "l3"),
        (0, 0),
        "a lesson id is not a module"
    );
    assert!(!p.is_complete() && p.has_started());

    let p = progress(&[ev("l3", Completed, 1), ev("l2", Completed, 2)]);
    assert_eq!(p.module_counts(&course(), "m1"), (1, 2));
    assert!(!p.is_complete());

    let all = [
        ev("l3", Completed, 1),
        ev("l2", Completed, 2),
        ev("l1", Completed, 3),
    ];
    let p = progress(&all);
    assert_eq!(p.done_count(), 3);
    assert!(p.is_complete());
    assert_eq!(p.module_counts(&course(), "m1"), (2, 2));

    let mut undone = all.to_vec();
    undone.push(ev("l2", Reopened, 4));
    let p = progress(&undone);
    assert_eq!((p.done_count(), p.is_complete()), (2, false));
}

#[test]
fn has_started_after_an_open_or_a_completion() {
    assert!(progress(&[ev("l2", Opened, 1)]).has_started());
    assert!(progress(&[ev("l2", Completed, 1)]).has_started());
    assert!(!progress(&[ev("l2", Completed, 1), ev("l2", Reopened, 2)]).has_started());
}

#[test]
fn a_stored_event_log_replays_to_the_expected_progress() {
    // The serialized form is what the store keeps: it must stay readable.
    let events: Vec<LearningEvent> =
        serde_json::from_str(&read_fixture("events/learner.json")).expect("events fixture parses");
    assert_eq!(events.len(), 10);
    assert_eq!(events[3].kind, Reopened);
    let bundle = course();
    let p = CourseProgress::from_events(&bundle, &events);
    assert_eq!(
        done(&p),
        ["l1", "l3"],
        "l2 was reopened after its completion"
    );
    assert_eq!(
        p.resume_at(&bundle).map(|f| f.lesson.id.as_str()),
        Some("l2")
    );
    assert_eq!(p.module_counts(&bundle, "m1"), (1, 2));
    assert_eq!(p.module_counts(&bundle, "m2"), (1, 1));

    let json = serde_json::to_value(&events[0]).expect("serializes");
    assert_eq!(
        json,
        serde_json::json!({"course_id": "deux-modules", "lesson_id": "l1", "kind": "opened", "at_ms": 1_700_000_000_000u64})
    );
}

#[test]
fn progress_on_a_sample_course() {
    let file = &crate::validate::sample_bundle_files()[1];
    let bundle = parse_ok(
        &std::fs::read_to_string(file).expect("read"),
        "web-html-css",
    );
    let ids: Vec<String> = bundle.lessons().map(|f| f.lesson.id.clone()).collect();
    let events: Vec<LearningEvent> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| LearningEvent {
            course_id: bundle.id().into(),
            lesson_id: id.clone(),
            kind: Completed,
            at_ms: i as u64,
        })
        .collect();
    let p = CourseProgress::from_events(&bundle, &events[..ids.len() / 2]);
    assert_eq!(p.total(), ids.len());
    assert_eq!(p.done_count(), ids.len() / 2);
    assert_eq!(
        p.resume_at(&bundle).map(|f| f.lesson.id.clone()),
        Some(ids[ids.len() / 2].clone())
    );
    let first_module = &bundle.modules()[0];
    assert_eq!(
        p.module_counts(&bundle, &first_module.id),
        (first_module.lessons.len(), first_module.lessons.len())
    );
    // Every lesson read is not the whole course: its checkpoint is still to pass.
    let read_all = CourseProgress::from_events(&bundle, &events);
    assert_eq!(read_all.done_count(), ids.len());
    assert!(!read_all.is_complete(), "a checkpoint is still to pass");
}

/// `tests/fixtures/assessment/course.json`: m1 = [l1] + practice "quiz", m2 = [l2] + checkpoint
/// "controle" (pass mark 75 %, items c1 c2 c3). A module is complete when its lessons are read
/// and its checkpoints passed; a practice never holds a module back.
#[test]
fn a_module_with_a_checkpoint_is_complete_once_it_is_passed() {
    use nour::core::attempt::{self, Answer, AssessmentLog};
    use nour::core::scoring::Response;

    let bundle = crate::scoring::course();
    let ev = |lesson: &str, at_ms| LearningEvent {
        course_id: "evaluation".into(),
        lesson_id: lesson.into(),
        kind: Completed,
        at_ms,
    };
    let events = [ev("l1", 1), ev("l2", 2)];
    let (m1, m2) = (&bundle.modules()[0], &bundle.modules()[1]);
    let controle = crate::scoring::assessment(&bundle, "controle");
    let attempt_with = |right: &[bool], start: u64| {
        let attempt = attempt::new_attempt(&controle, "1.0.0", 7, start);
        let answers: Vec<Answer> = attempt
            .order
            .iter()
            .zip(right)
            .enumerate()
            .map(|(i, (item, &right))| Answer {
                attempt_id: attempt.id.clone(),
                assessment_id: "controle".into(),
                item_id: item.clone(),
                response: Response::Skipped,
                credit: if right { 100 } else { 0 },
                correct: right,
                hints_used: 0,
                at_ms: start + 1 + i as u64,
            })
            .collect();
        (attempt, answers)
    };

    let cases: [(&str, &[&[bool]], bool); 4] = [
        ("no attempt", &[], false),
        (
            "failed: the 2-point item wrong",
            &[&[true, false, true]],
            false,
        ),
        ("passed: 3 of 3", &[&[true, true, true]], true),
        (
            "failed, then passed",
            &[&[false, false, false], &[true, true, true]],
            true,
        ),
    ];
    for (name, attempts, passed) in cases {
        let mut log = AssessmentLog::default();
        for (n, right) in attempts.iter().enumerate() {
            let (attempt, answers) = attempt_with(right, 100 * (n as u64 + 1));
            log.attempts.push(attempt);
            log.answers.extend(answers);
        }
        let p = CourseProgress::from_records(&bundle, &events, &log);
        assert!(p.is_module_complete(m1), "{name}: m1 has only a practice");
        assert_eq!(p.is_mastered("controle"), passed, "{name}");
        assert_eq!(p.is_module_complete(m2), passed, "{name}");
        assert_eq!(p.is_complete(), passed, "{name}");
        let unread = CourseProgress::from_records(&bundle, &events[..1], &log);
        assert!(!unread.is_module_complete(m2), "{name}: l2 unread");
        assert!(!unread.is_complete(), "{name}: l2 unread");
    }
}
