//! Views, one folder per feature and one public component per file. Views read the app context
//! and render typed data; they hold no business rules (those live in `core`).

pub mod assessment;
pub mod catalog;
pub mod common;
pub mod dashboard;
pub mod export;
pub mod intake;
pub mod portfolio;
pub mod reader;
pub mod review;
pub mod settings;
pub mod shell;
