use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::app::context::{AppContext, use_app};
use crate::app::course_data::now_ms;
use crate::app::course_file::{self, ImportError, ImportStage};
use crate::app::router::Route;
use crate::core::course_file::{BUNDLE_PATH, EXTENSION, MEDIA_TYPE};
use crate::core::validate::Problem;
use crate::i18n::{Locale, Msg};
use crate::storage::{InstalledCourse, StoreError};
use crate::ui::common::pick;

/// Technical lines listed under a refusal, for the trainer.
const SHOWN_ISSUES: usize = 5;

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Idle,
    Working(ImportStage),
    /// Boxed: a course record is much bigger than the other steps.
    Done(Box<InstalledCourse>),
    Refused(ImportError),
}

/// Imports a course from a `.nour` file another learner shared: picked here, or opened from the
/// phone's files with the installed app (File Handling, on `/import`). The file is checked whole
/// on the device, with no network, before anything is stored; a refusal says what is wrong with
/// it.
#[component]
pub fn CourseFileImport() -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(Step::Idle);
    let start = move |file: web_sys::File| {
        // One import at a time: a second file picked meanwhile waits for the learner to pick it
        // again.
        if matches!(step.get_untracked(), Step::Working(_)) {
            return;
        }
        step.set(Step::Working(ImportStage::Reading));
        spawn_local(async move {
            step.set(match run(app, &file, step).await {
                Ok(course) => {
                    app.installed_changed();
                    Step::Done(Box::new(course))
                }
                Err(error) => {
                    web_sys::console::warn_1(&format!("course file refused: {error}").into());
                    Step::Refused(error)
                }
            });
        });
    };
    if app.route.get_untracked() == Route::Import {
        course_file::on_launch(start);
    }
    let on_change = move |event: web_sys::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        // Cleared so that picking the same file again (once fixed) is a change too.
        input.set_value("");
        if let Some(file) = file {
            start(file);
        }
    };
    let accept = format!(".{EXTENSION},{MEDIA_TYPE}");

    view! {
        <section class="course-section course-import" aria-labelledby="import-heading">
            <h2 id="import-heading">{move || app.t(Msg::ImportTitle)}</h2>
            <p id="import-help" class="course-import__help">{move || app.t(Msg::ImportIntro)}</p>
            <div class="course-import__file">
                <label for="course-file">{move || app.t(Msg::ImportFile)}</label>
                <input type="file" id="course-file" accept=accept aria-describedby="import-help"
                    on:change=on_change />
            </div>
            <div role="status" aria-live="polite" class="course-import__outcome" data-testid="import-status">
                {move || match step.get() {
                    Step::Working(stage) => Some(view! {
                        <p>{app.t(match stage {
                            ImportStage::Reading => Msg::ImportReading,
                            ImportStage::Verifying => Msg::Verifying,
                            ImportStage::Saving => Msg::Saving,
                        })}</p>
                    }.into_any()),
                    Step::Done(course) => {
                        let locale = app.locale.get();
                        let title = pick(&course.title, locale, &course.languages);
                        Some(view! {
                            <div class="notice notice--success">
                                <p class="course-import__title">{title.span()}</p>
                                <p>{app.t(Msg::ImportDone)}</p>
                                <a class="button button--primary" href=format!("/course/{}", course.id)>
                                    {app.t(Msg::ImportOpen)}
                                </a>
                            </div>
                        }.into_any())
                    }
                    Step::Idle | Step::Refused(_) => None,
                }}
            </div>
            <div role="alert" class="course-import__outcome" data-testid="import-error">
                {move || match step.get() {
                    Step::Refused(error) => Some(refusal(&error, app.locale.get())),
                    _ => None,
                }}
            </div>
        </section>
    }
}

async fn run(
    app: AppContext,
    file: &web_sys::File,
    step: RwSignal<Step>,
) -> Result<InstalledCourse, ImportError> {
    let store = app.store()?;
    let bytes = course_file::read(file).await?;
    course_file::import(
        &store,
        &bytes,
        |stage| step.set(Step::Working(stage)),
        now_ms(),
    )
    .await
}

/// The refusal in the learner's words, that nothing was stored, and the technical detail under a
/// disclosure for the trainer.
fn refusal(error: &ImportError, locale: Locale) -> AnyView {
    let text = match error {
        ImportError::Unreadable(_) => locale.t(Msg::ImportUnreadable).to_owned(),
        ImportError::Damaged(issues) => match issues.first().map(|issue| &issue.problem) {
            Some(Problem::NotCourseFile { .. }) => locale.t(Msg::ImportNotNour).to_owned(),
            Some(Problem::CourseFileTooNew { found, .. }) => locale.import_too_new(found),
            Some(Problem::HeaderCut) => locale.t(Msg::ImportHeaderCut).to_owned(),
            Some(Problem::FileCut { missing, path }) => locale.import_cut(*missing, named(path)),
            Some(Problem::HashMismatch { path, .. }) => locale.import_altered(named(path)),
            _ => locale.t(Msg::ImportDamaged).to_owned(),
        },
        ImportError::Invalid(_) => locale.t(Msg::ImportInvalid).to_owned(),
        ImportError::Older { file, installed } => locale.import_older(file, installed),
        ImportError::Storage(StoreError::QuotaExceeded) => locale.t(Msg::ErrQuota).to_owned(),
        ImportError::NoRoom(room) => locale.no_room_for_file(room.needed, room.available),
        ImportError::Storage(StoreError::Unavailable(_)) => {
            locale.t(Msg::StorageUnavailable).to_owned()
        }
        ImportError::Storage(_) | ImportError::Hash(_) => locale.t(Msg::ErrStorage).to_owned(),
    };
    let details: Vec<String> = match error {
        ImportError::Damaged(issues) | ImportError::Invalid(issues) => {
            issues.iter().map(ToString::to_string).collect()
        }
        other => vec![other.to_string()],
    };
    let more = details.len() > SHOWN_ISSUES;
    view! {
        <div class="notice notice--error">
            <p>{text}</p>
            <p>{locale.t(Msg::ImportNothingStored)}</p>
            <details>
                <summary>{locale.t(Msg::ImportDetails)}</summary>
                <ul dir="ltr" lang="en">
                    {details.into_iter().take(SHOWN_ISSUES).map(|line| view! { <li><code>{line}</code></li> }).collect_view()}
                    {more.then(|| view! { <li>"…"</li> })}
                </ul>
            </details>
        </div>
    }
    .into_any()
}

/// A file of the course as the learner's message names it: `None` for the bundle, which she
/// knows as the course text.
fn named(path: &str) -> Option<&str> {
    (path != BUNDLE_PATH).then_some(path)
}
