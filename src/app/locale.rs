//! The learner's language: read once at start, remembered in localStorage (read synchronously,
//! so the first paint is already in her language), and mirrored on `<html lang dir>`.

use gloo_storage::{LocalStorage, Storage};

use crate::i18n::Locale;

const KEY: &str = "nour.locale";

/// The saved choice, else French: the schools' common language and the default.
pub fn initial() -> Locale {
    LocalStorage::get::<String>(KEY)
        .ok()
        .and_then(|code| Locale::from_code(&code))
        .unwrap_or_default()
}

pub fn remember(locale: Locale) {
    // Losing the preference is harmless; the learner can pick again.
    let _ = LocalStorage::set(KEY, locale.code());
}

pub fn apply_to_document(locale: Locale) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", locale.code());
        let _ = root.set_attribute("dir", locale.dir());
    }
}
