//! Native tests: the pure core, the in-memory store against the store contract, and the
//! trainer CLI. One binary; each `mod` is a topic. Run with `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

mod achievement;
mod architecture;
mod attempt;
mod backup;
mod badge;
mod catalog;
mod cli;
mod course_file;
mod dashboard;
mod gift;
mod i18n;
mod markdown;
mod mastery;
mod normalize;
mod pack;
mod portfolio;
mod portfolio_html;
mod portfolio_sample;
mod progress;
mod quota;
mod resume;
mod review;
mod router;
mod scoring;
mod shuffle;
mod skills;
mod stable_sort;
mod store;
mod validate;

#[path = "../contract/store.rs"]
mod store_contract;

/// Runs a future to completion: the core and the in-memory store never wait on IO.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    futures::executor::block_on(future)
}
