use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::{AppContext, use_app};
use crate::app::course_file::{self, ExportError};
use crate::app::download;
use crate::core::course_file::MEDIA_TYPE;
use crate::i18n::Msg;
use crate::storage::InstalledCourse;
use crate::ui::common::pick;

/// Saves a course on the device as one `.nour` file, to send to another learner by any means
/// (WhatsApp, Bluetooth, USB key, SD card), and says how big the file is before she taps.
#[component]
pub fn ShareCourseButton(course: InstalledCourse) -> impl IntoView {
    let app = use_app();
    let size = course_file::export_size(&course);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<(), Msg>>);
    let id = StoredValue::new(course.id.clone());
    let title = move || pick(&course.title, app.locale.get(), &course.languages).text;
    let share = move |_| {
        // Ignored while the file is being made; the button stays enabled to keep the focus.
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        outcome.set(None);
        spawn_local(async move {
            let result = save(app, &id.get_value()).await;
            busy.set(false);
            outcome.set(Some(match result {
                Ok(()) => Ok(()),
                Err(error) => {
                    web_sys::console::warn_1(&format!("course file: {error}").into());
                    Err(match error {
                        ExportError::MissingAsset(_) => Msg::ShareMissingMedia,
                        _ => Msg::ShareFailed,
                    })
                }
            }));
        });
    };
    let label = move || {
        if busy.get() {
            app.t(Msg::ShareWorking).to_owned()
        } else {
            app.locale.get().share_course(size)
        }
    };
    view! {
        <div class="course-card__share">
            <button type="button" class="button" on:click=share
                aria-label=move || format!("{} – {}", label(), title())>
                {label}
            </button>
            <p role="status" aria-live="polite" class="announcement" data-testid="share-status">
                {move || match outcome.get() {
                    Some(Ok(())) => Some(app.t(Msg::ShareSaved)),
                    _ => None,
                }}
            </p>
            <p role="alert" class="notice notice--error course-card__share-error">
                {move || match outcome.get() {
                    Some(Err(msg)) => Some(app.t(msg)),
                    _ => None,
                }}
            </p>
        </div>
    }
}

async fn save(app: AppContext, course_id: &str) -> Result<(), ExportError> {
    let store = app.store()?;
    let (bytes, name) = course_file::export(&store, course_id).await?;
    download::save(&bytes, &name, MEDIA_TYPE)?;
    Ok(())
}
