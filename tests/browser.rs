//! The IndexedDB store in headless Chromium (wasm-bindgen-test): the same contract as the
//! in-memory store, plus what only a real database can show: an aborted transaction leaves the
//! earlier data intact (install and restore), data survives closing and reopening the database,
//! and a database of schema version 1 is upgraded with its data kept.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

#[path = "contract/store.rs"]
mod store_contract;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use nour::core::portfolio::Portfolio;
use nour::core::progress::EventKind;
use nour::storage::{IdbStore, LearnerData, LearnerRecord, Store, StoreError};
use store_contract as contract;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Each test gets its own database, so tests cannot see each other's data.
async fn fresh_store(name: &str) -> IdbStore {
    let name = format!("nour-test-{name}-{}", js_sys::Math::random());
    IdbStore::open(&name).await.expect("open IndexedDB")
}

#[wasm_bindgen_test]
async fn install_then_read_back() {
    contract::install_then_read_back(&fresh_store("read").await).await;
}

#[wasm_bindgen_test]
async fn reinstall_replaces_version_and_assets() {
    contract::reinstall_replaces_version_and_assets(&fresh_store("reinstall").await).await;
}

#[wasm_bindgen_test]
async fn remove_frees_course_but_keeps_progress() {
    contract::remove_frees_course_but_keeps_progress(&fresh_store("remove").await).await;
}

#[wasm_bindgen_test]
async fn staged_chunks_wait_apart_until_the_install_takes_them() {
    contract::staged_chunks_wait_apart_until_the_install_takes_them(&fresh_store("staged").await)
        .await;
}

#[wasm_bindgen_test]
async fn events_append_in_order_per_course() {
    contract::events_append_in_order_per_course(&fresh_store("events").await).await;
}

#[wasm_bindgen_test]
async fn assessment_log_appends_and_survives_removal() {
    contract::assessment_log_appends_and_survives_removal(&fresh_store("attempts").await).await;
}

#[wasm_bindgen_test]
async fn portfolio_round_trip() {
    contract::portfolio_round_trip(&fresh_store("portfolio").await).await;
}

#[wasm_bindgen_test]
async fn save_portfolio_drops_unreferenced_images() {
    contract::save_portfolio_drops_unreferenced_images(&fresh_store("images").await).await;
}

#[wasm_bindgen_test]
async fn learner_data_reads_everything() {
    contract::learner_data_reads_everything(&fresh_store("learner-data").await).await;
}

#[wasm_bindgen_test]
async fn restore_replaces_everything() {
    contract::restore_replaces_everything(&fresh_store("restore").await).await;
}

#[wasm_bindgen_test]
async fn aborted_install_leaves_earlier_version_intact() {
    let store = fresh_store("abort").await;
    let v1 = contract::package("web", "1.0.0", &[("a.svg", b"first")]);
    store.install(v1.clone()).await.unwrap();

    // Stage a whole v2 install (new bundle, new asset, old asset deleted), then abort instead of
    // committing, as a crash or a quota error mid-write would.
    let v2 = contract::package("web", "2.0.0", &[("b.svg", b"second")]);
    let tx = store.install_transaction().unwrap();
    IdbStore::stage_install(&tx, &v2).await.unwrap();
    tx.abort().await.unwrap();

    assert_eq!(
        store.installed_course("web").await.unwrap(),
        Some(v1.course.clone())
    );
    assert_eq!(
        store.bundle_json("web").await.unwrap(),
        Some(v1.bundle_json.clone())
    );
    assert_eq!(
        store.asset("web", "a.svg").await.unwrap(),
        Some(b"first".to_vec())
    );
    assert_eq!(store.asset("web", "b.svg").await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn dropped_transaction_rolls_back() {
    let store = fresh_store("drop").await;
    let tx = store.install_transaction().unwrap();
    IdbStore::stage_install(&tx, &contract::package("web", "1.0.0", &[]))
        .await
        .unwrap();
    drop(tx);
    assert_eq!(store.installed_courses().await.unwrap(), vec![]);
}

#[wasm_bindgen_test]
async fn data_survives_reopening() {
    let name = format!("nour-test-reopen-{}", js_sys::Math::random());
    let package = contract::package("web", "1.0.0", &[("a.svg", b"kept")]);
    {
        let store = IdbStore::open(&name).await.unwrap();
        store.install(package.clone()).await.unwrap();
        store
            .record_event(contract::event(
                "web",
                "l1",
                nour::core::progress::EventKind::Completed,
                3,
            ))
            .await
            .unwrap();
    }
    let reopened = IdbStore::open(&name).await.unwrap();
    assert_eq!(
        reopened.installed_course("web").await.unwrap(),
        Some(package.course)
    );
    assert_eq!(
        reopened.asset("web", "a.svg").await.unwrap(),
        Some(b"kept".to_vec())
    );
    assert_eq!(reopened.events("web").await.unwrap().len(), 1);
}

/// What `restore_failure_leaves_everything_intact` starts from: a course, progress, a portfolio
/// with images.
async fn store_with_learner_data(name: &str) -> (IdbStore, LearnerData) {
    let store = fresh_store(name).await;
    store
        .install(contract::package("web", "1.0.0", &[("a.svg", b"first")]))
        .await
        .unwrap();
    store
        .record_event(contract::event("web", "l1", EventKind::Completed, 3))
        .await
        .unwrap();
    store
        .save_portfolio(
            &contract::sample_portfolio(),
            vec![
                contract::image("photo", b"p"),
                contract::image("a1", b"a1"),
                contract::image("a2", b"a2"),
                contract::image("b1", b"b1"),
            ],
        )
        .await
        .unwrap();
    let before = store.learner_data().await.unwrap();
    assert_eq!(before.images.len(), 4);
    (store, before)
}

/// What a restore would write, replacing everything in `store_with_learner_data`.
fn replacement() -> LearnerData {
    LearnerData {
        records: vec![LearnerRecord {
            course_id: "algo".into(),
            events: vec![contract::event("algo", "x", EventKind::Opened, 9)],
            ..Default::default()
        }],
        portfolio: Portfolio {
            entries: vec![contract::entry("z", &["z1"], 1)],
            ..Default::default()
        },
        images: vec![contract::image("z1", b"z1")],
        locale: None,
    }
}

async fn assert_untouched(store: &IdbStore, before: &LearnerData) {
    assert_eq!(&store.learner_data().await.unwrap(), before);
    assert_eq!(store.image("a1").await.unwrap(), Some(b"a1".to_vec()));
    assert_eq!(store.image("z1").await.unwrap(), None);
    assert_eq!(store.events("algo").await.unwrap(), vec![]);
    let web = store.installed_course("web").await.unwrap().unwrap();
    assert_eq!(web.version, "1.0.0");
    assert_eq!(
        store.asset("web", "a.svg").await.unwrap(),
        Some(b"first".to_vec())
    );
    assert_eq!(store.asset("web", "b.svg").await.unwrap(), None);
    assert_eq!(store.installed_course("algo").await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn restore_failing_midway_leaves_everything_intact() {
    let (store, before) = store_with_learner_data("restore-fail").await;
    // The second course cannot be written (IndexedDB numbers stop at 2^53), after the records,
    // the portfolio, the images and the whole first course have been written in the transaction.
    let good = contract::package("web", "2.0.0", &[("b.svg", b"second")]);
    let mut bad = contract::package("algo", "1.0.0", &[("x.png", &[1])]);
    bad.course.installed_at_ms = u64::MAX;
    let result = store.restore(replacement(), vec![good, bad]).await;
    assert!(
        matches!(result, Err(StoreError::Corrupt(_))),
        "the put fails: {result:?}"
    );
    assert_untouched(&store, &before).await;
}

#[wasm_bindgen_test]
async fn aborted_restore_leaves_everything_intact() {
    let (store, before) = store_with_learner_data("restore-abort").await;
    let courses = [contract::package("web", "2.0.0", &[("b.svg", b"second")])];
    let tx = store.restore_transaction().unwrap();
    IdbStore::stage_restore(&tx, replacement(), &courses)
        .await
        .unwrap();
    tx.abort().await.unwrap();
    assert_untouched(&store, &before).await;
}

/// A database written by the first release (schema version 1: courses, bundles, assets,
/// progress) opens with its data, and gains the portfolio and its images.
#[wasm_bindgen_test]
async fn version_1_database_is_upgraded_in_place() {
    let name = format!("nour-test-upgrade-{}", js_sys::Math::random());
    let record = LearnerRecord {
        course_id: "web".into(),
        events: vec![contract::event("web", "l1", EventKind::Completed, 3)],
        ..Default::default()
    };
    let course = contract::package("web", "1.0.0", &[]).course;
    {
        let db = Database::open(name.as_str())
            .with_version(1u32)
            .with_on_upgrade_needed(|_, db| {
                db.create_object_store("courses")
                    .with_key_path("id".into())
                    .build()?;
                db.create_object_store("bundles").build()?;
                db.create_object_store("assets").build()?;
                db.create_object_store("progress")
                    .with_key_path("course_id".into())
                    .build()?;
                Ok(())
            })
            .await
            .unwrap();
        let tx = db
            .transaction(["progress", "courses", "bundles"])
            .with_mode(TransactionMode::Readwrite)
            .build()
            .unwrap();
        tx.object_store("progress")
            .unwrap()
            .put(&record)
            .serde()
            .unwrap()
            .await
            .unwrap();
        tx.object_store("courses")
            .unwrap()
            .put(&course)
            .serde()
            .unwrap()
            .await
            .unwrap();
        tx.object_store("bundles")
            .unwrap()
            .put("{}")
            .with_key("web")
            .primitive()
            .unwrap()
            .await
            .unwrap();
        tx.commit().await.unwrap();
        db.close();
    }

    let store = IdbStore::open(&name).await.unwrap();
    assert_eq!(store.events("web").await.unwrap(), record.events);
    assert_eq!(store.installed_course("web").await.unwrap(), Some(course));
    assert_eq!(store.bundle_json("web").await.unwrap(), Some("{}".into()));
    assert_eq!(store.portfolio().await.unwrap(), Portfolio::default());
    assert_eq!(store.learner_data().await.unwrap().records, vec![record]);
    let portfolio = contract::sample_portfolio();
    let images = ["photo", "a1", "a2", "b1"].map(|id| contract::image(id, id.as_bytes()));
    store
        .save_portfolio(&portfolio, images.to_vec())
        .await
        .unwrap();
    assert_eq!(store.portfolio().await.unwrap(), portfolio);
    assert_eq!(store.image("b1").await.unwrap(), Some(b"b1".to_vec()));
}

#[wasm_bindgen_test]
async fn remove_media_keeps_course_text_and_progress() {
    contract::remove_media_keeps_course_text_and_progress(&fresh_store("remove-media").await).await;
}

#[wasm_bindgen_test]
async fn put_asset_brings_one_file_back() {
    contract::put_asset_brings_one_file_back(&fresh_store("put-asset").await).await;
}
