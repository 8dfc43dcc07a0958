use leptos::prelude::*;

use crate::app::context::use_app;
use crate::i18n::Msg;
use crate::ui::common::focus_soon;
use crate::ui::portfolio::Edits;

/// Id of the Undo button: a delete moves focus there.
pub const UNDO_ID: &str = "undo-delete";

/// Stays at the bottom of the screen while there is a deleted entry to bring back (until the
/// next delete, across reloads) or a change that could not be stored. Both are announced.
#[component]
pub fn UndoBar(edits: Edits) -> impl IntoView {
    let app = use_app();
    let deleted = move || {
        edits.portfolio.with(|p| {
            p.deleted
                .as_ref()
                .map(|entry| entry.title.trim().to_owned())
        })
    };
    let undo = move |_| {
        let Some(id) = edits
            .portfolio
            .with_untracked(|p| p.deleted.as_ref().map(|e| e.id.clone()))
        else {
            return;
        };
        edits.apply(
            |p| p.undo_delete(),
            move || focus_soon(&format!("entry-{id}")),
        );
    };
    view! {
        <div class="portfolio-status">
            <p class="notice notice--error portfolio-status__failure" role="alert" hidden=move || edits.failure.with(Option::is_none)>
                {move || edits.failure.get().map(|msg| app.t(msg))}
            </p>
            <div class="undo-bar" role="status">
                {move || deleted().map(|title| view! {
                    <p class="undo-bar__text">
                        {move || app.locale.get().entry_deleted().0}
                        <bdi>{title}</bdi>
                        {move || app.locale.get().entry_deleted().1}
                    </p>
                    <button type="button" id=UNDO_ID class="button button--primary undo-bar__button" on:click=undo>
                        {move || app.t(Msg::Undo)}
                    </button>
                })}
            </div>
        </div>
    }
}
