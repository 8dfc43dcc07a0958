use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::backup;
use crate::app::context::{AppContext, use_app};
use crate::app::course_data::now_ms;
use crate::app::download;
use crate::app::load::load;
use crate::core::backup::to_json;
use crate::i18n::Msg;

/// Downloads everything the learner owns as one JSON file, with the course files if she wants
/// them (off by default: the file stays small enough to send), and says how big it will be.
#[component]
pub fn BackupSection() -> impl IntoView {
    let app = use_app();
    let with_courses = RwSignal::new(false);
    // The size without courses is exact (the file is made to measure it); the courses' share is
    // their size on the device, which the file carries in Base64 (4/3).
    let sizes = load(move || {
        app.installed_revision.track();
        async move {
            let store = app.store().ok()?;
            let data = backup::build(&store, false, "fr", 0).await.ok()?;
            let bare = to_json(&data).len() as u64;
            let courses = backup::courses_size(&store).await.ok()?;
            Some((bare, bare + courses * 4 / 3))
        }
    });
    let busy = RwSignal::new(false);
    let announcement = RwSignal::new(None::<Msg>);
    let download = move |_| {
        // Ignored while a backup is being made; the button stays enabled to keep the focus.
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        announcement.set(None);
        spawn_local(async move {
            let outcome = make(app, with_courses.get_untracked()).await;
            busy.set(false);
            announcement.set(Some(match outcome {
                Ok(()) => Msg::BackupSaved,
                Err(error) => {
                    web_sys::console::warn_1(&format!("backup failed: {error}").into());
                    Msg::BackupFailed
                }
            }));
        });
    };
    view! {
        <section class="settings__section" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{move || app.t(Msg::BackupTitle)}</h2>
            <p>{move || app.t(Msg::BackupIntro)}</p>
            <div class="settings__check">
                <input type="checkbox" id="backup-courses" aria-describedby="backup-courses-help"
                    prop:checked=move || with_courses.get()
                    on:change=move |event| with_courses.set(event_target_checked(&event)) />
                <label for="backup-courses">{move || app.t(Msg::BackupIncludeCourses)}</label>
            </div>
            <p id="backup-courses-help" class="settings__help">{move || app.t(Msg::BackupIncludeHelp)}</p>
            <p class="settings__help" data-testid="backup-size">
                {move || sizes.get().flatten().map(|(bare, full)| {
                    app.locale.get().file_size_about(if with_courses.get() { full } else { bare })
                })}
            </p>
            <button type="button" class="button button--primary" on:click=download>
                {move || if busy.get() { app.t(Msg::Saving) } else { app.t(Msg::BackupDownload) }}
            </button>
            <p role="status" aria-live="polite" class="announcement" data-testid="backup-status">
                {move || announcement.get().map(|msg| app.t(msg))}
            </p>
        </section>
    }
}

async fn make(app: AppContext, with_courses: bool) -> Result<(), String> {
    let store = app.store().map_err(|e| e.to_string())?;
    let locale = app.locale.get_untracked();
    let data = backup::build(&store, with_courses, locale.code(), now_ms())
        .await
        .map_err(|e| e.to_string())?;
    let name = format!("nour-sauvegarde-{}.json", download::today());
    download::save(to_json(&data).as_bytes(), &name, "application/json").map_err(|e| e.to_string())
}
