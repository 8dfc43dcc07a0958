use leptos::prelude::*;

use crate::core::lang::{dir, fallback_order};
use crate::core::model::LocalizedText;
use crate::i18n::Locale;

/// A course text resolved for the reader, with the language it is really in.
#[derive(Clone, Debug, PartialEq)]
pub struct Localized {
    pub text: String,
    pub lang: String,
}

impl Localized {
    pub fn dir(&self) -> &'static str {
        dir(&self.lang)
    }
}

/// Picks a course text in the reader's locale, else in the course's fallback order.
pub fn pick(text: &LocalizedText, locale: Locale, course_languages: &[String]) -> Localized {
    let order = fallback_order(locale.code(), course_languages);
    let lang = order
        .iter()
        .copied()
        .find(|lang| text.0.get(*lang).is_some_and(|t| !t.trim().is_empty()))
        .or_else(|| text.0.keys().next().map(String::as_str))
        .unwrap_or(locale.code())
        .to_owned();
    Localized { text: text.0.get(&lang).cloned().unwrap_or_default(), lang }
}

impl Localized {
    /// The text in a `<span>` that carries its own language and direction.
    pub fn span(self) -> AnyView {
        let dir = self.dir();
        view! { <span lang=self.lang dir=dir>{self.text}</span> }.into_any()
    }
}
