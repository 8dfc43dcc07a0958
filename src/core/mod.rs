//! The pure domain core: the bundle format, its validation, the catalog, Markdown, progress,
//! and assessments (scoring, mastery, spaced review).
//!
//! Nothing here does IO, touches the browser, awaits, or reads a clock: every function takes
//! plain values and returns plain values, so all of it is tested with a native `cargo test`.
//! `tests/native/architecture.rs` keeps it that way.

pub mod attempt;
pub mod bundle;
pub mod catalog;
pub mod lang;
pub mod markdown;
pub mod mastery;
pub mod model;
pub mod normalize;
pub mod progress;
pub mod review;
pub mod scoring;
pub mod shuffle;
pub mod stable_sort;
pub mod validate;
