use leptos::prelude::*;

use crate::app::context::use_app;
use crate::i18n::Msg;

/// The end of a portfolio form: why the last save failed (if it did), Save and Cancel. Save stays
/// focusable while saving (`aria-disabled`), so keyboard focus is not lost.
#[component]
pub fn FormActions(saving: RwSignal<bool>, failure: RwSignal<Option<Msg>>) -> impl IntoView {
    let app = use_app();
    view! {
        <p class="notice notice--error" role="alert" hidden=move || failure.with(Option::is_none)>
            {move || failure.get().map(|msg| app.t(msg))}
        </p>
        <div class="portfolio-form__actions">
            <button type="submit" class="button button--primary" aria-disabled=move || saving.get().then_some("true")>
                {move || app.t(if saving.get() { Msg::Saving } else { Msg::Save })}
            </button>
            <a class="button" href="/portfolio">{move || app.t(Msg::Cancel)}</a>
        </div>
    }
}
