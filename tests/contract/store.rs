//! The contract every `Store` keeps, run against the in-memory store natively
//! (`tests/native.rs`) and against IndexedDB in headless Chromium (`tests/browser.rs`).
//! Each check takes a fresh, empty store.

use nour::core::attempt::{Answer, Attempt};
use nour::core::model::LocalizedText;
use nour::core::portfolio::{Entry, ImageData, ImageRef, Portfolio};
use nour::core::progress::{EventKind, LearningEvent};
use nour::core::scoring::Response;
use nour::storage::{
    CoursePackage, InstalledCourse, LearnerData, LearnerRecord, Store, StoreError, StoredAsset,
};

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
            manifest: None,
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

pub async fn staged_chunks_wait_apart_until_the_install_takes_them(store: &impl Store) {
    store
        .stage_chunk("web", &"b".repeat(64), &[2, 2])
        .await
        .expect("stage");
    store
        .stage_chunk("web", &"a".repeat(64), &[1])
        .await
        .expect("stage");
    store
        .stage_chunk("webx", &"c".repeat(64), &[3])
        .await
        .expect("stage");
    // Staging the same chunk again keeps one copy.
    store
        .stage_chunk("web", &"a".repeat(64), &[1])
        .await
        .expect("stage");
    assert_eq!(
        store.staged_chunks("web").await.expect("staged"),
        vec![("a".repeat(64), vec![1]), ("b".repeat(64), vec![2, 2])]
    );
    // A half-downloaded course is not a course.
    assert!(store.installed_courses().await.expect("courses").is_empty());

    store
        .install(package("web", "1.0.0", &[]))
        .await
        .expect("install");
    assert!(store.staged_chunks("web").await.expect("staged").is_empty());
    // Another course's chunks (even one whose id starts the same way) stay.
    assert_eq!(
        store.staged_chunks("webx").await.expect("staged"),
        vec![("c".repeat(64), vec![3])]
    );
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

/// A portfolio entry showing `images` (ids).
pub fn entry(id: &str, images: &[&str], updated_ms: u64) -> Entry {
    Entry {
        id: id.into(),
        title: format!("Projet {id}"),
        images: images.iter().map(|image| image_ref(image)).collect(),
        created_ms: 1,
        updated_ms,
        ..Default::default()
    }
}

pub fn image_ref(id: &str) -> ImageRef {
    ImageRef {
        id: id.into(),
        media_type: "image/webp".into(),
        width: 4,
        height: 3,
        bytes: 3,
        alt: format!("capture {id}"),
    }
}

pub fn image(id: &str, bytes: &[u8]) -> ImageData {
    ImageData {
        id: id.into(),
        bytes: bytes.to_vec(),
    }
}

/// A portfolio with a photo (`photo`), entries `a` (image `a1`, `a2`) and `b` (`b1`).
pub fn sample_portfolio() -> Portfolio {
    let mut portfolio = Portfolio::default();
    portfolio.profile.name = "Fatima Zahra".into();
    portfolio.profile.headline = "Développeuse web junior — مطورة ويب".into();
    portfolio.profile.photo = Some(image_ref("photo"));
    portfolio.entries = vec![entry("a", &["a1", "a2"], 10), entry("b", &["b1"], 20)];
    portfolio.hidden_achievements = vec!["web:module:m1".into()];
    portfolio
}

pub async fn portfolio_round_trip(store: &impl Store) {
    assert_eq!(
        store.portfolio().await.unwrap(),
        Portfolio::default(),
        "none yet"
    );
    assert_eq!(store.image("a1").await.unwrap(), None);
    let portfolio = sample_portfolio();
    let images = vec![
        image("photo", &[0xff, 0xd8, 0xff, 0x00]),
        image("a1", b"RIFF a1"),
        image("a2", &[0, 1, 2, 255]),
        image("b1", b"RIFF b1"),
    ];
    store.save_portfolio(&portfolio, images).await.unwrap();
    assert_eq!(store.portfolio().await.unwrap(), portfolio);
    assert_eq!(
        store.image("photo").await.unwrap(),
        Some(vec![0xff, 0xd8, 0xff, 0x00]),
        "bytes survive exactly"
    );
    assert_eq!(store.image("a2").await.unwrap(), Some(vec![0, 1, 2, 255]));

    // A later save without new images keeps the stored ones it still refers to.
    let mut edited = portfolio.clone();
    edited.profile.city = "Smara".into();
    assert!(edited.shift("b", -1));
    store.save_portfolio(&edited, vec![]).await.unwrap();
    assert_eq!(store.portfolio().await.unwrap(), edited);
    assert_eq!(store.image("b1").await.unwrap(), Some(b"RIFF b1".to_vec()));
}

pub async fn save_portfolio_drops_unreferenced_images(store: &impl Store) {
    let portfolio = sample_portfolio();
    let images = vec![
        image("photo", b"p"),
        image("a1", b"a1"),
        image("a2", b"a2"),
        image("b1", b"b1"),
        image("stray", b"nothing refers to it"),
    ];
    store.save_portfolio(&portfolio, images).await.unwrap();
    assert_eq!(
        store.image("stray").await.unwrap(),
        None,
        "a new image nothing refers to is not kept"
    );

    // Delete `a` (kept for undo with its images), drop image b1 from `b`, replace the photo.
    let mut edited = portfolio.clone();
    assert!(edited.delete("a"));
    edited.entries[0].images.clear();
    edited.profile.photo = Some(image_ref("photo2"));
    store
        .save_portfolio(&edited, vec![image("photo2", b"p2")])
        .await
        .unwrap();
    assert_eq!(
        store.image("b1").await.unwrap(),
        None,
        "unreferenced image dropped"
    );
    assert_eq!(
        store.image("photo").await.unwrap(),
        None,
        "replaced photo dropped"
    );
    assert_eq!(store.image("photo2").await.unwrap(), Some(b"p2".to_vec()));
    assert_eq!(
        store.image("a1").await.unwrap(),
        Some(b"a1".to_vec()),
        "the deleted entry's images stay while it can be undone"
    );
    assert_eq!(store.image("a2").await.unwrap(), Some(b"a2".to_vec()));

    // Undo brings the entry back with its images; a second delete replaces the undoable entry.
    assert!(edited.undo_delete());
    store.save_portfolio(&edited, vec![]).await.unwrap();
    assert_eq!(store.image("a1").await.unwrap(), Some(b"a1".to_vec()));
    assert!(edited.delete("a"));
    assert!(edited.delete("b"));
    store.save_portfolio(&edited, vec![]).await.unwrap();
    assert_eq!(
        store.image("a1").await.unwrap(),
        None,
        "gone with its entry"
    );
    assert_eq!(store.image("a2").await.unwrap(), None);
    assert_eq!(store.portfolio().await.unwrap(), edited);
}

pub async fn learner_data_reads_everything(store: &impl Store) {
    let empty = store.learner_data().await.unwrap();
    assert_eq!(empty, LearnerData::default(), "nothing yet");

    store.install(package("web", "1.0.0", &[])).await.unwrap();
    let quiz = attempt("quiz", 100);
    store.start_attempt("web", quiz.clone()).await.unwrap();
    let given = answer(&quiz.id, "q1", Response::Bool(true), true, 110);
    store.record_answer("web", given.clone()).await.unwrap();
    store
        .record_event(event("web", "l1", EventKind::Completed, 120))
        .await
        .unwrap();
    store
        .record_event(event("cv", "c1", EventKind::Opened, 130))
        .await
        .unwrap();
    store
        .record_event(event("algo", "x", EventKind::Opened, 140))
        .await
        .unwrap();
    let portfolio = sample_portfolio();
    store
        .save_portfolio(
            &portfolio,
            vec![
                image("b1", b"b1"),
                image("a1", b"a1"),
                image("photo", b"p"),
                image("a2", b"a2"),
            ],
        )
        .await
        .unwrap();

    let data = store.learner_data().await.unwrap();
    assert_eq!(
        data.records
            .iter()
            .map(|r| r.course_id.as_str())
            .collect::<Vec<_>>(),
        ["algo", "cv", "web"],
        "ordered by course id"
    );
    assert_eq!(
        data.records[2],
        LearnerRecord {
            course_id: "web".into(),
            events: vec![event("web", "l1", EventKind::Completed, 120)],
            attempts: vec![quiz],
            answers: vec![given],
        }
    );
    assert_eq!(data.portfolio, portfolio);
    assert_eq!(
        data.images,
        vec![
            image("photo", b"p"),
            image("a1", b"a1"),
            image("a2", b"a2"),
            image("b1", b"b1"),
        ],
        "the images the portfolio refers to, in its order"
    );
    assert_eq!(data.locale, None, "storage does not keep the locale");
}

pub async fn restore_replaces_everything(store: &impl Store) {
    // Before: two courses installed, progress in web and cv, a portfolio with images.
    store
        .install(package("web", "1.0.0", &[("old.svg", b"old")]))
        .await
        .unwrap();
    store.install(package("cv", "1.0.0", &[])).await.unwrap();
    store
        .record_event(event("web", "l1", EventKind::Completed, 5))
        .await
        .unwrap();
    store
        .record_event(event("cv", "c1", EventKind::Completed, 6))
        .await
        .unwrap();
    store
        .save_portfolio(
            &sample_portfolio(),
            vec![
                image("photo", b"p"),
                image("a1", b"a1"),
                image("a2", b"a2"),
                image("b1", b"b1"),
            ],
        )
        .await
        .unwrap();

    // The backup: progress in web and algo, another portfolio, and web 2.0.0 and algo installed.
    let mut portfolio = Portfolio::default();
    portfolio.profile.name = "Aïcha".into();
    portfolio.entries = vec![entry("z", &["z1"], 3)];
    let records = vec![
        LearnerRecord {
            course_id: "algo".into(),
            events: vec![event("algo", "x", EventKind::Opened, 1)],
            ..Default::default()
        },
        LearnerRecord {
            course_id: "web".into(),
            events: vec![event("web", "l9", EventKind::Opened, 2)],
            attempts: vec![attempt("quiz", 3)],
            answers: vec![answer("quiz@3", "q1", Response::Skipped, false, 4)],
        },
    ];
    let data = LearnerData {
        records: records.clone(),
        portfolio: portfolio.clone(),
        images: vec![image("z1", b"z1 bytes"), image("unused", b"dropped")],
        locale: Some("ar".into()),
    };
    let web2 = package("web", "2.0.0", &[("new.svg", b"new")]);
    let algo = package("algo", "1.0.0", &[("a.png", &[1, 2, 3])]);
    store
        .restore(data, vec![web2.clone(), algo.clone()])
        .await
        .unwrap();

    let after = store.learner_data().await.unwrap();
    assert_eq!(
        after.records, records,
        "cv's record is gone, web's replaced"
    );
    assert_eq!(after.portfolio, portfolio);
    assert_eq!(after.images, vec![image("z1", b"z1 bytes")]);
    assert_eq!(store.events("cv").await.unwrap(), vec![]);
    assert_eq!(store.portfolio().await.unwrap(), portfolio);
    for old in ["photo", "a1", "a2", "b1", "unused"] {
        assert_eq!(store.image(old).await.unwrap(), None, "image {old}");
    }
    assert_eq!(
        store.installed_course("web").await.unwrap(),
        Some(web2.course.clone()),
        "installed like `install`"
    );
    assert_eq!(
        store.bundle_json("web").await.unwrap(),
        Some(web2.bundle_json)
    );
    assert_eq!(store.asset("web", "old.svg").await.unwrap(), None);
    assert_eq!(
        store.asset("web", "new.svg").await.unwrap(),
        Some(b"new".to_vec())
    );
    assert_eq!(
        store.installed_course("algo").await.unwrap(),
        Some(algo.course)
    );
    assert_eq!(
        store.asset("algo", "a.png").await.unwrap(),
        Some(vec![1, 2, 3])
    );
    assert!(
        store.installed_course("cv").await.unwrap().is_some(),
        "courses are not learner data: cv stays installed"
    );

    // Restoring nothing empties the learner's data.
    store.restore(LearnerData::default(), vec![]).await.unwrap();
    assert_eq!(store.learner_data().await.unwrap(), LearnerData::default());
    assert_eq!(store.installed_courses().await.unwrap().len(), 3);
}

/// A course with the given assets whose `size` is its bundle text plus its assets, as an install
/// records it.
fn sized_package(id: &str, assets: &[(&str, &[u8])]) -> CoursePackage {
    let mut package = package(id, "1.0.0", assets);
    package.course.size = package.bundle_json.len() as u64
        + assets
            .iter()
            .map(|(_, bytes)| bytes.len() as u64)
            .sum::<u64>();
    package
}

pub async fn remove_media_keeps_course_text_and_progress(store: &impl Store) {
    let web = sized_package(
        "web",
        &[("img/a.svg", b"<svg/>"), ("img/b.png", &[1, 2, 3, 4])],
    );
    let text = web.bundle_json.len() as u64;
    store.install(web.clone()).await.unwrap();
    store
        .install(sized_package("cv", &[("img/a.svg", b"cv")]))
        .await
        .unwrap();
    store
        .record_event(event("web", "l1", EventKind::Completed, 5))
        .await
        .unwrap();

    assert_eq!(store.remove_media("web").await.unwrap(), 10, "bytes freed");
    let course = store.installed_course("web").await.unwrap().unwrap();
    assert_eq!(
        course.asset_paths,
        Vec::<String>::new(),
        "no media on the device"
    );
    assert_eq!(course.size, text, "only the text is left");
    assert_eq!(
        (course.version.as_str(), &course.title),
        (web.course.version.as_str(), &web.course.title),
        "the course stays"
    );
    assert_eq!(
        store.bundle_json("web").await.unwrap(),
        Some(web.bundle_json)
    );
    assert_eq!(store.asset("web", "img/a.svg").await.unwrap(), None);
    assert_eq!(store.asset("web", "img/b.png").await.unwrap(), None);
    assert_eq!(
        store.asset("cv", "img/a.svg").await.unwrap(),
        Some(b"cv".to_vec()),
        "other courses keep their media"
    );
    assert_eq!(
        store.events("web").await.unwrap().len(),
        1,
        "progress stays"
    );
    assert_eq!(
        store.remove_media("web").await.unwrap(),
        0,
        "nothing left to free"
    );
    assert_eq!(store.remove_media("never-installed").await.unwrap(), 0);
    assert_eq!(
        store.installed_course("never-installed").await.unwrap(),
        None
    );
}

pub async fn put_asset_brings_one_file_back(store: &impl Store) {
    let web = sized_package(
        "web",
        &[("img/a.svg", b"<svg/>"), ("img/b.png", &[1, 2, 3, 4])],
    );
    let text = web.bundle_json.len() as u64;
    store.install(web).await.unwrap();
    store.remove_media("web").await.unwrap();

    let png = |bytes: &[u8]| StoredAsset {
        path: "img/b.png".into(),
        bytes: bytes.to_vec(),
    };
    store.put_asset("web", png(&[1, 2, 3, 4])).await.unwrap();
    assert_eq!(
        store.asset("web", "img/b.png").await.unwrap(),
        Some(vec![1, 2, 3, 4])
    );
    assert_eq!(
        store.asset("web", "img/a.svg").await.unwrap(),
        None,
        "only that one"
    );
    let course = store.installed_course("web").await.unwrap().unwrap();
    assert_eq!(course.asset_paths, ["img/b.png"]);
    assert_eq!(course.size, text + 4);

    // Putting it again replaces it and counts it once.
    store.put_asset("web", png(&[9; 5])).await.unwrap();
    let course = store.installed_course("web").await.unwrap().unwrap();
    assert_eq!(course.asset_paths, ["img/b.png"]);
    assert_eq!(course.size, text + 5);
    assert_eq!(
        store.asset("web", "img/b.png").await.unwrap(),
        Some(vec![9; 5])
    );

    assert_eq!(
        store.put_asset("never-installed", png(&[1])).await,
        Err(StoreError::NotInstalled("never-installed".into()))
    );
    assert_eq!(
        store.asset("never-installed", "img/b.png").await.unwrap(),
        None
    );
    assert_eq!(
        store.installed_course("never-installed").await.unwrap(),
        None
    );

    // A file put back is the course's: removing the course removes it too.
    store.remove("web").await.unwrap();
    assert_eq!(store.asset("web", "img/b.png").await.unwrap(), None);
    assert_eq!(store.remove_media("web").await.unwrap(), 0);
}
