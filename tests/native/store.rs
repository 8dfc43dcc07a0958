//! The in-memory store keeps the same contract as IndexedDB.

use nour::storage::MemoryStore;

use crate::block_on;
use crate::store_contract as contract;

#[test]
fn install_then_read_back() {
    block_on(contract::install_then_read_back(&MemoryStore::default()));
}

#[test]
fn reinstall_replaces_version_and_assets() {
    block_on(contract::reinstall_replaces_version_and_assets(
        &MemoryStore::default(),
    ));
}

#[test]
fn staged_chunks_wait_apart_until_the_install_takes_them() {
    block_on(
        contract::staged_chunks_wait_apart_until_the_install_takes_them(&MemoryStore::default()),
    );
}

#[test]
fn remove_frees_course_but_keeps_progress() {
    block_on(contract::remove_frees_course_but_keeps_progress(
        &MemoryStore::default(),
    ));
}

#[test]
fn events_append_in_order_per_course() {
    block_on(contract::events_append_in_order_per_course(
        &MemoryStore::default(),
    ));
}

#[test]
fn assessment_log_appends_and_survives_removal() {
    block_on(contract::assessment_log_appends_and_survives_removal(
        &MemoryStore::default(),
    ));
}

#[test]
fn portfolio_round_trip() {
    block_on(contract::portfolio_round_trip(&MemoryStore::default()));
}

#[test]
fn save_portfolio_drops_unreferenced_images() {
    block_on(contract::save_portfolio_drops_unreferenced_images(
        &MemoryStore::default(),
    ));
}

#[test]
fn learner_data_reads_everything() {
    block_on(contract::learner_data_reads_everything(
        &MemoryStore::default(),
    ));
}

#[test]
fn restore_replaces_everything() {
    block_on(contract::restore_replaces_everything(
        &MemoryStore::default(),
    ));
}

#[test]
fn remove_media_keeps_course_text_and_progress() {
    block_on(contract::remove_media_keeps_course_text_and_progress(
        &MemoryStore::default(),
    ));
}

#[test]
fn put_asset_brings_one_file_back() {
    block_on(contract::put_asset_brings_one_file_back(
        &MemoryStore::default(),
    ));
}
