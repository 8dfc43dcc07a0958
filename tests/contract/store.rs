//! The contract every `Store` keeps, run against the in-memory store natively
//! (`tests/native.rs`) and against IndexedDB in headless Chromium (`tests/browser.rs`).
//! Each check takes a fresh, empty store.

use nour::core::attempt::{Answer, Attempt};
use nour::core::model::LocalizedText;
use nour::core::progress::{EventKind, LearningEvent};
use nour::core::scoring::Response;
use nour::storage::{CoursePackage, InstalledCourse, Store, StoredAsset};

pub fn package(id: &str, version: &str, assets: &[(&str, &[u8])]) -> CoursePackage {
    let mut title = LocalizedText::default();
    title.0.insert("fr".into(), format!("Cours {id}"));
    CoursePackage {
        course: InstalledCourse {
            id: id.into(),
            version: version.into(),
            sha256: "0".repeat(64),
            title,
            summary: LocalizedText::default(),
            languages: vec!["fr".into()],
            size: 10,
            lessons: 1,
            asset_paths: assets.iter().map(|(path, _)| (*path).to_owned()).collect(),
            installed_at_ms: 1,
        },
        bundle_json: format!("{{\"id\":\"{id}\",\"version\":\"{version}\"}}"),
        assets: assets
            .iter()
            .map(|(path, bytes)| StoredAsset {
                path: (*path).into(),
                bytes: bytes.to_vec(),
            })
            .collect(),
    }
}

pub async fn install_then_read_back(store: &impl Store) {
    assert_eq!(store.installed_courses().await.unwrap(), vec![]);
    let web = package(
        "web",
        "1.0.0",
        &[
            ("img/a.svg", b"<svg/>"),
            ("img/b.png", &[0, 159, 146, 150, 255]),
        ],
    );
    store.install(web.clone()).await.unwrap();
    store.install(package("cv", "2.0.0", &[])).await.unwrap();

    let listed = store.installed_courses().await.unwrap();
    assert_eq!(
        listed.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        ["cv", "web"],
        "ordered by id"
    );
    assert_eq!(
        store.installed_course("web").await.unwrap(),
        Some(web.course.clone())
    );
    assert_eq!(
        store.bundle_json("web").await.unwrap(),
        Some(web.bundle_json.clone())
    );
    assert_eq!(
        store.asset("web", "img/b.png").await.unwrap(),
        Some(vec![0, 159, 146, 150, 255]),
        "bytes survive exactly"
    );
    assert_eq!(store.asset("web", "img/missing.png").await.unwrap(), None);
    assert_eq!(
        store.asset("cv", "img/a.svg").await.unwrap(),
        None,
        "assets belong to one course"
    );
}

pub async fn reinstall_replaces_version_and_assets(store: &impl Store) {
    store
        .install(package(
            "web",
            "1.0.0",
            &[("old.svg", b"old"), ("kept.svg", b"v1")],
        ))
        .await
        .unwrap();
    store
        .install(package(
            "web",
            "1.1.0",
            &[("kept.svg", b"v2"), ("new.svg", b"new")],
        ))
        .await
        .unwrap();
    assert_eq!(
        store
            .installed_course("web")
            .await
            .unwrap()
            .unwrap()
            .version,
        "1.1.0"
    );
    assert_eq!(
        store.asset("web", "old.svg").await.unwrap(),
        None,
        "files of the replaced version are gone"
    );
    assert_eq!(
        store.asset("web", "kept.svg").await.unwrap(),
        Some(b"v2".to_vec())
    );
    assert_eq!(
        store.asset("web", "new.svg").await.unwrap(),
        Some(b"new".to_vec())
    );
    assert_eq!(store.installed_courses().await.unwrap().len(), 1);
}

pub async fn remove_frees_course_but_keeps_progress(store: &impl Store) {
    store
        .install(package("web", "1.0.0", &[("a.svg", b"a")]))
        .await
        .unwrap();
    store.install(package("cv", "1.0.0", &[])).await.unwrap();
    store
        .record_event(event("web", "l1", EventKind::Completed, 5))
        .await
        .unwrap();
    store.remove("web").await.unwrap();
    assert_eq!(store.installed_course("web").await.unwrap(), None);
    assert_eq!(store.bundle_json("web").await.unwrap(), None);
    assert_eq!(store.asset("web", "a.svg").await.unwrap(), None);
    assert!(
        store.installed_course("cv").await.unwrap().is_some(),
        "other courses untouched"
    );
    assert_eq!(
        store.events("web").await.unwrap().len(),
        1,
        "progress is the learner's and stays"
    );
    store.remove("never-installed").await.unwrap();
}

pub async fn events_append_in_order_per_course(store: &impl Store) {
    assert_eq!(store.events("web").await.unwrap(), vec![]);
    let recorded = [
        event("web", "l1", EventKind::Opened, 10),
        event("cv", "c1", EventKind::Opened, 11),
        event("web", "l1", EventKind::Completed, 12),
        event("web", "l2", EventKind::Opened, 12),
    ];
    for e in &recorded {
        store.record_event(e.clone()).await.unwrap();
    }
    let web = store.events("web").await.unwrap();
    assert_eq!(
        web,
        vec![
            recorded[0].clone(),
            recorded[2].clone(),
            recorded[3].clone()
        ]
    );
    assert_eq!(store.events("cv").await.unwrap(), vec![recorded[1].clone()]);
}

/// Attempts and answers are kept per course, in order, beside the lesson events; finishing an
/// attempt changes only that attempt; removing the course keeps them.
pub async fn assessment_log_appends_and_survives_removal(store: &impl Store) {
    assert_eq!(store.assessment_log("web").await.unwrap().attempts, vec![]);
    store.install(package("web", "1.0.0", &[])).await.unwrap();
    let first = attempt("quiz", 100);
    let second = attempt("check", 200);
    store.start_attempt("web", first.clone()).await.unwrap();
    store.start_attempt("web", second.clone()).await.unwrap();
    let answers = [
        answer(&first.id, "q1", Response::Choices(vec![1]), false, 110),
        answer(&first.id, "q1", Response::Choices(vec![0]), true, 120),
        answer(&second.id, "n1", Response::Number("3,5".into()), true, 210),
        answer("review", "t1", Response::Text("باريس".into()), true, 220),
    ];
    for a in &answers {
        store.record_answer("web", a.clone()).await.unwrap();
    }
    store
        .record_event(event("web", "l1", EventKind::Completed, 130))
        .await
        .unwrap();
    store.finish_attempt("web", &first.id, 300).await.unwrap();
    store
        .finish_attempt("web", "no-such-attempt", 301)
        .await
        .unwrap();
    store.finish_attempt("web", &first.id, 999).await.unwrap();

    let log = store.assessment_log("web").await.unwrap();
    assert_eq!(
        log.answers,
        answers.to_vec(),
        "answers kept in order, unchanged"
    );
    let finished = Attempt {
        finished_ms: Some(300),
        ..first
    };
    assert_eq!(
        log.attempts,
        vec![finished, second],
        "only the finished one changed, once"
    );
    assert_eq!(
        store.events("web").await.unwrap().len(),
        1,
        "events untouched"
    );
    assert_eq!(store.assessment_log("cv").await.unwrap().answers, vec![]);

    store.remove("web").await.unwrap();
    assert_eq!(
        store.assessment_log("web").await.unwrap(),
        log,
        "attempts are the learner's and stay"
    );
}

fn attempt(assessment: &str, started_ms: u64) -> Attempt {
    Attempt {
        id: format!("{assessment}@{started_ms}"),
        assessment_id: assessment.into(),
        course_version: "1.0.0".into(),
        seed: 4_000_000_000,
        order: vec!["q1".into(), "q2".into()],
        started_ms,
        finished_ms: None,
    }
}

fn answer(attempt_id: &str, item: &str, response: Response, correct: bool, at_ms: u64) -> Answer {
    Answer {
        attempt_id: attempt_id.into(),
        assessment_id: attempt_id.split('@').next().unwrap_or(attempt_id).into(),
        item_id: item.into(),
        response,
        credit: if correct { 100 } else { 0 },
        correct,
        hints_used: 1,
        at_ms,
    }
}

pub fn event(course: &str, lesson: &str, kind: EventKind, at_ms: u64) -> LearningEvent {
    LearningEvent {
        course_id: course.into(),
        lesson_id: lesson.into(),
        kind,
        at_ms,
    }
}
