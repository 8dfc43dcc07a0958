use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::{data_saver, pwa};
use crate::i18n::Msg;
use crate::ui::common::KeepPartsNotice;

/// The data saver: a "text only" switch for the next downloads, with what it does in one line, and
/// what of the app it left off the device.
#[component]
pub fn DataSaverSection() -> impl IntoView {
    let app = use_app();
    let text_only = RwSignal::new(data_saver::text_only());
    let change = move |event: web_sys::Event| {
        data_saver::set_text_only(event_target_checked(&event));
        // Read back, so the box shows what the next download will really do.
        text_only.set(data_saver::text_only());
        // Off: the rest of the app is fetched now, as it is for everyone else.
        if !text_only.get_untracked() {
            pwa::ask_parts(true);
        }
    };
    view! {
        <section class="settings__section" aria-labelledby="data-saver-heading">
            <h2 id="data-saver-heading">{move || app.t(Msg::DataSaverTitle)}</h2>
            <div class="settings__check">
                <input type="checkbox" id="data-saver-text-only" aria-describedby="data-saver-help"
                    prop:checked=move || text_only.get()
                    on:change=change />
                <label for="data-saver-text-only">{move || app.t(Msg::DataSaverTextOnly)}</label>
            </div>
            <p id="data-saver-help" class="settings__help">{move || app.t(Msg::DataSaverHelp)}</p>
            <KeepPartsNotice />
        </section>
    }
}
