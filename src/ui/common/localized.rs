use leptos::prelude::*;

use crate::core::lang::dir;
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
    match text.pick(locale.code(), course_languages) {
        Some((lang, text)) => Localized {
            text: text.to_owned(),
            lang: lang.to_owned(),
        },
        None => Localized {
            text: String::new(),
            lang: locale.code().to_owned(),
        },
    }
}

impl Localized {
    /// The text in a `<span>` that carries its own language and direction.
    pub fn span(self) -> AnyView {
        let dir = self.dir();
        view! { <span lang=self.lang dir=dir>{self.text}</span> }.into_any()
    }
}
