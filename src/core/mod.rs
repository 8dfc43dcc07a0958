//! The pure domain core: the bundle format, its validation, the catalog, Markdown, progress,
//! assessments (scoring, mastery, spaced review), and the learner's portfolio, achievements,
//! dashboard, exports and backups.
//!
//! Nothing here does IO, touches the browser, awaits, or reads a clock: every function takes
//! plain values and returns plain values, so all of it is tested with a native `cargo test`.
//! `tests/native/architecture.rs` keeps it that way.

pub mod achievement;
pub mod attempt;
pub mod backup;
pub mod badge;
pub mod base64;
pub mod bundle;
pub mod catalog;
pub mod course_file;
pub mod dashboard;
pub mod lang;
pub mod markdown;
pub mod mastery;
pub mod model;
pub mod normalize;
pub mod pack;
pub mod portfolio;
pub mod portfolio_html;
pub mod progress;
pub mod record;
pub mod resume;
pub mod review;
pub mod scoring;
pub mod shuffle;
pub mod skills;
pub mod stable_sort;
pub mod validate;
