//! `nour-bundle`: the trainer's tool. It scaffolds, validates and packs course bundles with the
//! same validation the app runs before it stores a download, and imports Moodle questions (GIFT,
//! Aiken) as assessments.
//!
//! Exit codes: 0 success, 1 a bundle is invalid or some questions could not be imported, 2 wrong
//! usage or a file that cannot be read or written.

#[cfg(not(target_arch = "wasm32"))]
mod aiken;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod gift;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(cli::run(&args));
}

/// The CLI reads files; in the browser build it has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}
