//! The IndexedDB store in headless Chromium (wasm-bindgen-test): the same contract as the
//! in-memory store, plus what only a real database can show: an aborted transaction leaves the
//! earlier data intact, and data survives closing and reopening the database.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

#[path = "contract/store.rs"]
mod store_contract;

use nour::storage::{IdbStore, Store};
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
async fn events_append_in_order_per_course() {
    contract::events_append_in_order_per_course(&fresh_store("events").await).await;
}

#[wasm_bindgen_test]
async fn assessment_log_appends_and_survives_removal() {
    contract::assessment_log_appends_and_survives_removal(&fresh_store("attempts").await).await;
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
