use leptos::prelude::*;

use crate::app::context::use_app;
use crate::i18n::{Locale, Msg};

/// A native `<select>`: keyboard and screen-reader friendly on every phone.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let app = use_app();
    let on_change = move |event| {
        if let Some(locale) = Locale::from_code(&event_target_value(&event)) {
            app.locale.set(locale);
        }
    };
    view! {
        <div class="language-switcher">
            <label for="language-select">{move || app.t(Msg::LanguageLabel)}</label>
            <select id="language-select" on:change=on_change prop:value=move || app.locale.get().code()>
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! {
                            <option value=locale.code() lang=locale.code() selected=move || app.locale.get() == locale>
                                {locale.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
