use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::load::load;
use crate::app::persist;
use crate::i18n::Msg;
use crate::ui::settings::CourseStorageList;

/// Whether the browser may clear Nour's data when space runs short, a button to ask it not to,
/// the space used out of what the browser allows, and the space each course takes.
#[component]
pub fn StorageSection() -> impl IntoView {
    let app = use_app();
    // Bumped after asking, so status and usage are read again.
    let asked = RwSignal::new(0_u32);
    let status = load(move || {
        asked.track();
        persist::status()
    });
    let estimate = load(move || {
        asked.track();
        app.installed_revision.track();
        persist::estimate()
    });
    // The browser's last answer, announced: granted, or not for now.
    let answer = RwSignal::new(None::<bool>);
    let asking = RwSignal::new(false);
    let ask = move |_| {
        if asking.get_untracked() {
            return;
        }
        asking.set(true);
        spawn_local(async move {
            let granted = persist::ask().await == Some(true);
            asking.set(false);
            answer.set(Some(granted));
            asked.update(|n| *n += 1);
        });
    };
    view! {
        <section class="settings__section" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{move || app.t(Msg::StorageTitle)}</h2>
            <p class="settings__state" data-testid="storage-status">
                {move || match status.get() {
                    None => app.t(Msg::Loading),
                    Some(Some(true)) => app.t(Msg::StoragePersistent),
                    Some(Some(false)) => app.t(Msg::StorageNotPersistent),
                    Some(None) => app.t(Msg::StorageUnknown),
                }}
            </p>
            <Show when=move || status.get() == Some(Some(false))>
                <button type="button" class="button" on:click=ask>
                    {move || app.t(Msg::StorageAsk)}
                </button>
            </Show>
            <p role="status" aria-live="polite" class="announcement">
                {move || answer.get().map(|granted| {
                    app.t(if granted { Msg::StoragePersistent } else { Msg::StorageRefused })
                })}
            </p>
            {move || estimate.get().flatten().map(|estimate| {
                let locale = app.locale.get();
                view! {
                    <p data-testid="storage-usage">
                        {locale.labelled(Msg::StorageUsed, &locale.size_of(estimate.usage, estimate.quota))}
                    </p>
                }
            })}
            <CourseStorageList />
        </section>
    }
}
