//! Achievements derived from the records of `tests/fixtures/dashboard/`: earned once, at the
//! first time, kept after a lesson is reopened, with the score of the first passing attempt, the
//! issuer and the criteria in words; none for practice.

use nour::core::achievement::{Achievement, AchievementKind, achievements};
use nour::core::attempt::{AssessmentLog, Attempt};
use nour::core::bundle::Bundle;
use nour::core::model::Person;
use nour::core::progress::{EventKind, LearningEvent};
use nour::core::record::LearnerRecord;

use crate::validate::{parse_ok, read_fixture};

/// `dashboard/course.json`: course "web-debutant", module "bases" (b1, b2, practice "exercices",
/// checkpoint "controle-bases" at 70 %) and module "styles" (s1, s2, s3, no checkpoint).
pub fn course() -> Bundle {
    parse_ok(
        &read_fixture("dashboard/course.json"),
        "dashboard/course.json",
    )
}

/// The course with its JSON changed by `edit` first.
pub fn course_with(edit: impl FnOnce(&mut serde_json::Value)) -> Bundle {
    let mut doc: serde_json::Value =
        serde_json::from_str(&read_fixture("dashboard/course.json")).expect("JSON");
    edit(&mut doc);
    parse_ok(&doc.to_string(), "edited dashboard/course.json")
}

/// `dashboard/records.json`: b1, b2 read; checkpoint at 50 %, 75 % (passes), 100 %; the practice
/// done; s1 read, s2 opened.
pub fn records() -> (Vec<LearningEvent>, AssessmentLog) {
    let record: LearnerRecord =
        serde_json::from_str(&read_fixture("dashboard/records.json")).expect("a learner record");
    (record.events.clone(), record.log())
}

pub fn ev(lesson: &str, kind: EventKind, at_ms: u64) -> LearningEvent {
    LearningEvent {
        course_id: "web-debutant".into(),
        lesson_id: lesson.into(),
        kind,
        at_ms,
    }
}

/// Times of the fixture.
pub const B2_READ: u64 = 1_704_705_600_000;
pub const FIRST_PASS: u64 = 1_704_787_800_000;
pub const LAST_ACTIVITY: u64 = 1_704_828_600_000;

const CHECKPOINT: &str = "web-debutant/checkpoint/controle-bases";
const MODULE: &str = "web-debutant/module/bases";
const STYLES: &str = "web-debutant/module/styles";

fn earned(events: &[LearningEvent], log: &AssessmentLog) -> Vec<(String, u64, Option<u8>)> {
    achievements(&course(), events, log)
        .into_iter()
        .map(|a| (a.id, a.earned_ms, a.score))
        .collect()
}

fn row(id: &str, at_ms: u64, score: Option<u8>) -> (String, u64, Option<u8>) {
    (id.to_owned(), at_ms, score)
}

#[test]
fn the_fixture_earns_exactly_the_expected_achievements() {
    let (events, log) = records();
    let got = achievements(&course(), &events, &log);
    let expected: Vec<Achievement> =
        serde_json::from_str(&read_fixture("dashboard/expected-achievements.json"))
            .expect("expected achievements");
    assert_eq!(got, expected);
    // The same facts, spelled out: the checkpoint and the module are both earned when the second
    // attempt (75 %) finished; the module carries the best score (100 %), the checkpoint the
    // score of its first passing attempt. Equal times are ordered by id.
    assert_eq!(
        earned(&events, &log),
        [
            row(CHECKPOINT, FIRST_PASS, Some(75)),
            row(MODULE, FIRST_PASS, Some(100))
        ]
    );
    assert!(got.iter().all(|a| a.course_id == "web-debutant"));
    assert_eq!(got[0].kind, AchievementKind::CheckpointPassed);
    assert_eq!(got[1].kind, AchievementKind::ModuleCompleted);
}

#[test]
fn criteria_are_sentences_in_each_course_language() {
    let (events, log) = records();
    let got = achievements(&course(), &events, &log);
    let criteria = |index: usize, lang: &str| got[index].criteria.0[lang].clone();
    let cases = [
        (
            0,
            "fr",
            "Réussir l'évaluation « Contrôle des bases » (seuil : 70 %)",
        ),
        (
            0,
            "ar",
            "اجتياز التقييم «اختبار الأساسيات» (عتبة النجاح: 70٪)",
        ),
        (
            0,
            "en",
            "Pass the assessment “Basics check” (pass mark: 70%)",
        ),
        (
            1,
            "fr",
            "Lire les 2 leçons du module et réussir son évaluation « Contrôle des bases »",
        ),
        (
            1,
            "ar",
            "قراءة دروس الوحدة كلها (عددها 2) واجتياز تقييمها «اختبار الأساسيات»",
        ),
        (
            1,
            "en",
            "Read the 2 lessons of the module and pass its assessment “Basics check”",
        ),
    ];
    for (index, lang, expected) in cases {
        assert_eq!(
            criteria(index, lang),
            expected,
            "{lang} criteria of #{index}"
        );
    }
    assert_eq!(
        got[0].criteria.0.len(),
        3,
        "one sentence per course language"
    );
}

#[test]
fn criteria_in_other_languages_use_the_english_phrases_and_the_title_readers_see() {
    let bundle = course_with(|doc| {
        doc["languages"] = serde_json::json!(["fr", "ar", "en", "zgh"]);
        doc["modules"][0]["assessments"][1]["title"]["zgh"] = "ⴰⵙⵉⴽⵍ".into();
    });
    let (events, log) = records();
    let got = achievements(&bundle, &events, &log);
    assert_eq!(
        got[0].criteria.0["zgh"],
        "Pass the assessment “ⴰⵙⵉⴽⵍ” (pass mark: 70%)"
    );
    // A title missing in a language falls back in the course's order (here French).
    assert_eq!(
        got[1].title.pick("zgh", bundle.languages()),
        Some(("fr", "Les bases du HTML"))
    );
}

#[test]
fn count_rules_and_single_lessons_are_worded_too() {
    let bundle = course_with(|doc| {
        doc["modules"][0]["assessments"][1]["mastery"] =
            serde_json::json!({"m_of_n": {"m": 3, "n": 4}});
        doc["modules"][0]["lessons"]
            .as_array_mut()
            .expect("lessons")
            .truncate(1);
    });
    let (events, log) = records();
    let got = achievements(&bundle, &events, &log);
    let ids: Vec<&str> = got.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, [CHECKPOINT, MODULE]);
    assert_eq!(
        got[0].criteria.0["fr"],
        "Réussir l'évaluation « Contrôle des bases » (3 bonnes réponses sur les 4 dernières)"
    );
    assert_eq!(
        got[0].criteria.0["en"],
        "Pass the assessment “Basics check” (3 right answers among the last 4)"
    );
    assert_eq!(
        got[1].criteria.0["fr"],
        "Lire la leçon du module et réussir son évaluation « Contrôle des bases »"
    );
    assert_eq!(
        got[1].criteria.0["en"],
        "Read the module's lesson and pass its assessment “Basics check”"
    );
    // 3 right among the last 4 first tries: met with the second attempt's third answer, so the
    // second attempt passes and earns it when it finished.
    assert_eq!(got[0].earned_ms, FIRST_PASS);
    assert_eq!(got[0].score, Some(75));
}

#[test]
fn earned_stays_earned_after_a_lesson_is_reopened() {
    let (mut events, log) = records();
    let before = achievements(&course(), &events, &log);
    events.push(ev("b2", EventKind::Reopened, LAST_ACTIVITY + 1_000));
    assert_eq!(achievements(&course(), &events, &log), before);
    // Read again later: still the first time.
    events.push(ev("b2", EventKind::Completed, LAST_ACTIVITY + 2_000));
    assert_eq!(achievements(&course(), &events, &log), before);
}

#[test]
fn a_module_is_earned_when_the_last_missing_piece_came() {
    let (events, log) = records();
    let later = LAST_ACTIVITY + 60_000;
    let cases: [(&str, Vec<LearningEvent>, u64); 4] = [
        ("lessons read before the pass", vec![], FIRST_PASS),
        (
            // Reopened before the pass, read again after it: complete only then.
            "reopened before the pass",
            vec![
                ev("b2", EventKind::Reopened, FIRST_PASS - 1),
                ev("b2", EventKind::Completed, later),
            ],
            later,
        ),
        (
            // Reopened and read again before the pass: the pass completes it.
            "reread before the pass",
            vec![
                ev("b1", EventKind::Reopened, B2_READ + 1),
                ev("b1", EventKind::Completed, B2_READ + 2),
            ],
            FIRST_PASS,
        ),
        (
            // Stored out of order: the reopen at FIRST_PASS + 5 is undone at FIRST_PASS + 9,
            // yet the module was complete at FIRST_PASS already.
            "events stored out of order",
            vec![
                ev("b1", EventKind::Completed, FIRST_PASS + 9),
                ev("b1", EventKind::Reopened, FIRST_PASS + 5),
            ],
            FIRST_PASS,
        ),
    ];
    for (name, extra, expected) in cases {
        let mut all = events.clone();
        all.extend(extra);
        let module = earned(&all, &log)
            .into_iter()
            .find(|(id, ..)| id == MODULE)
            .unwrap_or_else(|| panic!("{name}: no module achievement"));
        assert_eq!(module.1, expected, "{name}");
        assert_eq!(module.2, Some(100), "{name}: best checkpoint score");
    }
}

#[test]
fn a_module_without_checkpoint_has_no_score() {
    let (mut events, log) = records();
    events.push(ev("s3", EventKind::Completed, LAST_ACTIVITY + 10));
    events.push(ev("s2", EventKind::Completed, LAST_ACTIVITY + 20));
    let got = achievements(&course(), &events, &log);
    let styles = got
        .iter()
        .find(|a| a.id == STYLES)
        .expect("styles completed");
    assert_eq!(styles.earned_ms, LAST_ACTIVITY + 20);
    assert_eq!(styles.score, None);
    assert_eq!(styles.criteria.0["fr"], "Lire les 3 leçons du module");
    assert_eq!(styles.criteria.0["en"], "Read the 3 lessons of the module");
    assert_eq!(styles.skills.len(), 1);
    assert_eq!(styles.skills[0].id, "css");
    assert_eq!(
        got.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        [CHECKPOINT, MODULE, STYLES],
        "ordered by time earned"
    );
}

#[test]
fn practice_earns_nothing_and_no_pass_means_no_module() {
    let (events, mut log) = records();
    // Only the practice and the failed first checkpoint attempt remain.
    log.attempts
        .retain(|a| a.assessment_id == "exercices" || a.started_ms == 1_704_708_000_000);
    assert_eq!(earned(&events, &log), []);
    assert_eq!(earned(&events, &AssessmentLog::default()), []);
    assert_eq!(earned(&[], &AssessmentLog::default()), []);
}

#[test]
fn the_checkpoint_is_earned_by_the_first_passing_attempt_to_finish() {
    let (events, log) = records();
    let finished_at = |log: &AssessmentLog| {
        earned(&events, log)
            .into_iter()
            .find(|(id, ..)| id == CHECKPOINT)
            .map(|(_, at_ms, score)| (at_ms, score))
    };
    let edit = |change: &dyn Fn(&mut Attempt)| {
        let mut log = log.clone();
        log.attempts.iter_mut().for_each(change);
        log
    };
    // The 75 % attempt left unfinished (no finish time, and its last item is dropped): the
    // 100 % attempt is the first pass.
    let mut unfinished = edit(&|a| {
        if a.started_ms == 1_704_787_200_000 {
            a.finished_ms = None;
        }
    });
    unfinished
        .answers
        .retain(|a| !(a.attempt_id == "controle-bases@1704787200000" && a.item_id == "q4"));
    assert_eq!(
        finished_at(&unfinished),
        Some((1_704_789_600_000, Some(100)))
    );
    // Every item answered but no finish time stored: finished at its last answer.
    let no_finish_time = edit(&|a| {
        if a.started_ms == 1_704_787_200_000 {
            a.finished_ms = None;
        }
    });
    assert_eq!(
        finished_at(&no_finish_time),
        Some((1_704_787_440_000, Some(75)))
    );
    // Attempts stored in any order: the earliest pass still wins.
    let mut reversed = log.clone();
    reversed.attempts.reverse();
    reversed.answers.reverse();
    assert_eq!(finished_at(&reversed), Some((FIRST_PASS, Some(75))));
}

#[test]
fn the_issuer_is_the_publisher_else_the_first_author() {
    let (events, log) = records();
    let issuers = |bundle: &Bundle| -> Vec<Person> {
        achievements(bundle, &events, &log)
            .into_iter()
            .map(|a| a.issuer)
            .collect()
    };
    let publisher = Person {
        name: "École numérique de Smara".into(),
        url: Some("https://smara.example".into()),
    };
    assert_eq!(issuers(&course()), [publisher.clone(), publisher]);
    let without = course_with(|doc| {
        doc.as_object_mut().expect("object").remove("publisher");
    });
    let author = Person {
        name: "Amina Idrissi".into(),
        url: Some("https://nour.example/amina".into()),
    };
    assert_eq!(issuers(&without), [author.clone(), author]);
}

#[test]
fn other_courses_events_are_ignored() {
    let (events, log) = records();
    let elsewhere: Vec<LearningEvent> = [("s1", 1), ("s2", 2), ("s3", 3)]
        .into_iter()
        .map(|(lesson, at)| LearningEvent {
            course_id: "autre-cours".into(),
            ..ev(lesson, EventKind::Completed, LAST_ACTIVITY + at)
        })
        .chain(events.iter().cloned())
        .collect();
    assert_eq!(earned(&elsewhere, &log), earned(&events, &log));
}
