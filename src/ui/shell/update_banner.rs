use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::pwa;
use crate::i18n::Msg;

/// "A new version is available — Reload", once a new version of the app is installed and waiting.
/// The learner chooses when: reloading mid-answer would lose what she is typing. A live region,
/// so screen readers hear it.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let app = use_app();
    let update_ready = RwSignal::new(false);
    pwa::watch_updates(update_ready);
    view! {
        <div class="update-banner" role="status">
            <Show when=move || update_ready.get()>
                <p class="update-banner__text">
                    <span>{move || app.t(Msg::UpdateAvailable)}</span>
                    <button type="button" class="button button--small" on:click=move |_| pwa::apply_update()>
                        {move || app.t(Msg::UpdateReload)}
                    </button>
                </p>
            </Show>
        </div>
    }
}
