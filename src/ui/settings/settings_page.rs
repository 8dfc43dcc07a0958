use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::router::set_title;
use crate::i18n::Msg;
use crate::ui::settings::{BackupSection, DataSaverSection, RestoreSection, StorageSection};

/// Storage, data saver, backup and restore, one section each.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = use_app();
    Effect::new(move || set_title(app.t(Msg::SettingsTitle)));
    view! {
        <div class="settings">
            <h1>{move || app.t(Msg::SettingsTitle)}</h1>
            <StorageSection />
            <DataSaverSection />
            <BackupSection />
            <RestoreSection />
        </div>
    }
}
