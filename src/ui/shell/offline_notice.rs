use leptos::prelude::*;

use crate::app::context::use_app;
use crate::i18n::Msg;

/// Says when the device is offline. A live region, so screen readers hear the change.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="offline-notice" role="status" data-testid="connectivity">
            <Show when=move || !app.online.get()>
                <p class="offline-notice__text">{move || app.t(Msg::Offline)}</p>
            </Show>
        </div>
    }
}
