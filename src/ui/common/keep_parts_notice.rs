use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::pwa;
use crate::i18n::Msg;

/// With the data saver on, what the app still lacks to open every page offline, and one button
/// to fetch it. Nothing once the service worker keeps the whole app.
#[component]
pub fn KeepPartsNotice() -> impl IntoView {
    let app = use_app();
    let asked = RwSignal::new(false);
    // The worker answers once it has fetched what it could: the button is ready again for what
    // is still missing (say, after the connection dropped).
    Effect::new(move || {
        app.parts_missing.track();
        asked.set(false);
    });
    move || {
        let missing = app.parts_missing.get().filter(|m| !m.files.is_empty())?;
        let mut pages: Vec<Msg> = Vec::new();
        for file in &missing.files {
            let page = [
                ("intake", Msg::PartIntake),
                ("practice", Msg::PartPractice),
                ("portfolio", Msg::PartPortfolio),
                ("settings", Msg::PartSettings),
                ("dashboard", Msg::PartDashboard),
            ]
            .into_iter()
            .find(|(name, _)| file.starts_with(&format!("/nour-{name}-")));
            if let Some((_, msg)) = page {
                pages.push(msg);
            }
        }
        let bytes = missing.bytes;
        Some(view! {
            <div class="notice keep-parts" role="status" data-testid="keep-parts">
                <p>{move || app.t(Msg::KeepPartsIntro)}</p>
                <ul>{pages.into_iter().map(|page| view! { <li>{move || app.t(page)}</li> }).collect_view()}</ul>
                <button type="button" class="button" disabled=move || asked.get() || !app.online.get()
                    on:click=move |_| {
                        asked.set(true);
                        pwa::ask_parts(true);
                    }>
                    {move || if asked.get() { app.t(Msg::KeepPartsWorking).to_owned() } else { app.locale.get().keep_parts(bytes) }}
                </button>
            </div>
        })
    }
}
