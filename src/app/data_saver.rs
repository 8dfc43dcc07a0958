//! The data saver, "Texte seulement": when it is on, a course download leaves the images and
//! other media on the server, and each lesson offers to fetch its own images when the learner
//! asks (`ui::reader::LessonImage`). Kept in localStorage, on this device only: it is a choice
//! about this phone's data plan, not learner data, so backups do not carry it.

use gloo_storage::{LocalStorage, Storage};

const KEY: &str = "nour.text-only";

/// Whether downloads skip the media. Off until the learner turns it on.
pub fn text_only() -> bool {
    LocalStorage::get::<bool>(KEY).unwrap_or(false)
}

/// Turns the data saver on or off for the next downloads.
pub fn set_text_only(on: bool) {
    // Some private modes refuse localStorage: the setting then stays off, which the settings
    // page shows by reading it back.
    let _ = LocalStorage::set(KEY, on);
}
