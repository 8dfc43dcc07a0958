use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::backup::{self, CourseProblem};
use crate::app::context::{AppContext, use_app};
use crate::app::course_data::now_ms;
use crate::core::backup::{self as core_backup, Backup, BackupError, RestoreMode};
use crate::i18n::{Locale, Msg};
use crate::storage::{CoursePackage, Store};

/// Problems listed under a refusal: enough to tell a damaged file from a wrong one.
const SHOWN_PROBLEMS: usize = 5;

/// Why a file was refused; nothing was written.
#[derive(Clone, Debug, PartialEq)]
enum Refusal {
    Unreadable,
    NotJson {
        line: usize,
        column: usize,
    },
    Foreign,
    TooNew(String),
    /// `(path, message)` of every problem found.
    Invalid(Vec<(String, String)>),
    Course(Vec<(String, String)>),
}

#[derive(Clone)]
enum Step {
    Idle,
    Checking,
    Refused(Refusal),
    /// A valid backup, its courses checked, waiting for the learner's choice.
    Ready,
    Working,
    Done,
    Failed,
}

/// Restores a backup file: read and checked whole first (JSON, format, every record, every
/// course bundle and asset), then summarised; only after the learner picks "replace" or
/// "merge" and confirms is it written, in one store transaction.
#[component]
pub fn RestoreSection() -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(Step::Idle);
    // The checked backup and its course packages, kept between the check and the confirmation.
    let checked = StoredValue::new_local(None::<(Backup, Vec<CoursePackage>)>);
    let mode = RwSignal::new(RestoreMode::Merge);
    let file_name = RwSignal::new(String::new());
    let checks = StoredValue::new(0_u32);
    // The summary and its buttons go away after a choice: focus goes to what replaces them.
    let file_input = NodeRef::<leptos::html::Input>::new();
    let outcome = NodeRef::<leptos::html::Div>::new();

    let on_file = move |event: web_sys::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // A restore being written is not interrupted by another file.
        if matches!(step.get_untracked(), Step::Working) {
            return;
        }
        // Only the last file picked counts, if she picks another while one is checked.
        let run = checks.get_value().wrapping_add(1);
        checks.set_value(run);
        file_name.set(file.name());
        checked.set_value(None);
        step.set(Step::Checking);
        spawn_local(async move {
            let outcome = check(&file).await;
            if checks.get_value() != run {
                return;
            }
            match outcome {
                Ok(found) => {
                    checked.set_value(Some(found));
                    step.set(Step::Ready);
                }
                Err(refusal) => step.set(Step::Refused(refusal)),
            }
        });
    };

    let cancel = move |_| {
        checked.set_value(None);
        step.set(Step::Idle);
        if let Some(input) = file_input.get_untracked() {
            let _ = input.focus();
        }
    };
    let confirm = move |_| {
        let Some((backup, packages)) = checked.get_value() else {
            return;
        };
        let chosen = mode.get_untracked();
        step.set(Step::Working);
        if let Some(outcome) = outcome.get_untracked() {
            let _ = outcome.focus();
        }
        spawn_local(async move {
            match restore(app, backup, packages, chosen).await {
                Ok(locale) => {
                    checked.set_value(None);
                    if let Some(locale) = locale {
                        app.locale.set(locale);
                    }
                    app.installed_changed();
                    step.set(Step::Done);
                }
                Err(error) => {
                    web_sys::console::warn_1(&format!("restore failed: {error}").into());
                    step.set(Step::Failed);
                }
            }
            if let Some(outcome) = outcome.get_untracked() {
                let _ = outcome.focus();
            }
        });
    };

    let summary = move || {
        let locale = app.locale.get();
        checked.with_value(|found| {
            found.as_ref().map(|(backup, _)| {
                let data = &backup.data;
                let answers: usize = data.records.iter().map(|r| r.answers.len()).sum();
                let rows = [
                    (Msg::RestoreCreated, locale.date(backup.created_ms)),
                    (Msg::RestoreCourses, data.records.len().to_string()),
                    (Msg::RestoreCourseFiles, backup.courses.len().to_string()),
                    (
                        Msg::RestoreEntries,
                        data.portfolio.entries.len().to_string(),
                    ),
                    (Msg::RestoreAnswers, answers.to_string()),
                ];
                view! {
                    <dl class="settings__summary">
                        {rows.into_iter().map(|(label, value)| view! {
                            <div><dt>{locale.t(label)}</dt><dd>{value}</dd></div>
                        }).collect_view()}
                    </dl>
                }
            })
        })
    };

    let choice = move |value: RestoreMode, id: &'static str, label: Msg, help: Msg| {
        view! {
            <div class="settings__choice">
                <input type="radio" name="restore-mode" id=id aria-describedby=format!("{id}-help")
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value) />
                <label for=id>{move || app.t(label)}</label>
                <p id=format!("{id}-help") class="settings__help">{move || app.t(help)}</p>
            </div>
        }
    };

    view! {
        <section class="settings__section" aria-labelledby="restore-heading">
            <h2 id="restore-heading">{move || app.t(Msg::RestoreTitle)}</h2>
            <p>{move || app.t(Msg::RestoreIntro)}</p>
            <div class="settings__file">
                <label for="restore-file">{move || app.t(Msg::RestoreFile)}</label>
                <input type="file" id="restore-file" accept=".json,application/json" node_ref=file_input
                    on:change=on_file />
            </div>
            <div class="settings__outcome-wrap" tabindex="-1" node_ref=outcome>
                <div role="status" aria-live="polite" class="settings__outcome" data-testid="restore-status">
                    {move || match step.get() {
                        Step::Checking => Some(view! { <p>{app.t(Msg::RestoreChecking)}</p> }.into_any()),
                        Step::Working => Some(view! { <p>{app.t(Msg::RestoreWorking)}</p> }.into_any()),
                        Step::Done => Some(view! { <p class="notice notice--success">{app.t(Msg::RestoreDone)}</p> }.into_any()),
                        _ => None,
                    }}
                </div>
                <div role="alert" class="settings__outcome" data-testid="restore-error">
                    {move || match step.get() {
                        Step::Refused(refusal) => Some(refusal_view(&refusal, &file_name.get(), app.locale.get())),
                        Step::Failed => Some(view! { <p class="notice notice--error">{app.t(Msg::RestoreFailed)}</p> }.into_any()),
                        _ => None,
                    }}
                </div>
            </div>
            <Show when=move || matches!(step.get(), Step::Ready)>
                <section class="settings__restore" aria-labelledby="restore-summary-heading">
                    <h3 id="restore-summary-heading">{move || app.t(Msg::RestoreSummary)}</h3>
                    <p class="settings__file-name" dir="auto">{move || file_name.get()}</p>
                    {summary}
                    <fieldset class="settings__choices">
                        <legend>{move || app.t(Msg::RestoreChoice)}</legend>
                        {choice(RestoreMode::Replace, "restore-replace", Msg::RestoreReplace, Msg::RestoreReplaceHelp)}
                        {choice(RestoreMode::Merge, "restore-merge", Msg::RestoreMerge, Msg::RestoreMergeHelp)}
                    </fieldset>
                    <div class="settings__actions">
                        <button type="button" class="button button--primary" on:click=confirm>{move || app.t(Msg::RestoreConfirm)}</button>
                        <button type="button" class="button" on:click=cancel>{move || app.t(Msg::Cancel)}</button>
                    </div>
                </section>
            </Show>
        </section>
    }
}

/// Reads the file and checks everything in it; nothing is written.
async fn check(file: &web_sys::File) -> Result<(Backup, Vec<CoursePackage>), Refusal> {
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(Refusal::Unreadable)?;
    let backup = core_backup::parse(&text).map_err(|error| match error {
        BackupError::NotJson { line, column } => Refusal::NotJson { line, column },
        BackupError::Foreign => Refusal::Foreign,
        BackupError::TooNew { version } => Refusal::TooNew(version.to_string()),
        BackupError::Invalid(problems) => Refusal::Invalid(
            problems
                .into_iter()
                .map(|problem| (problem.path, problem.message))
                .collect(),
        ),
    })?;
    let packages = backup::course_packages(&backup.courses, now_ms())
        .await
        .map_err(|problems| {
            Refusal::Course(
                problems
                    .into_iter()
                    .map(|CourseProblem { path, message }| (path, message))
                    .collect(),
            )
        })?;
    Ok((backup, packages))
}

/// Writes the backup in one transaction; the locale it carries, to apply once it is written.
async fn restore(
    app: AppContext,
    backup: Backup,
    packages: Vec<CoursePackage>,
    mode: RestoreMode,
) -> Result<Option<Locale>, String> {
    let store = app.store().map_err(|e| e.to_string())?;
    let (data, packages) = match mode {
        RestoreMode::Replace => (backup.data, packages),
        RestoreMode::Merge => {
            let mut current = store.learner_data().await.map_err(|e| e.to_string())?;
            // Merging keeps the language she uses now.
            current.locale = Some(app.locale.get_untracked().code().to_owned());
            // The courses on the device stay as they are; only missing ones come from the file.
            let installed = store.installed_courses().await.map_err(|e| e.to_string())?;
            let packages = packages
                .into_iter()
                .filter(|package| !installed.iter().any(|c| c.id == package.course.id))
                .collect();
            (core_backup::merge(current, backup.data), packages)
        }
    };
    let locale = data.locale.as_deref().and_then(Locale::from_code);
    store
        .restore(data, packages)
        .await
        .map_err(|e| e.to_string())?;
    Ok(locale)
}

fn refusal_view(refusal: &Refusal, file_name: &str, locale: Locale) -> AnyView {
    let (text, problems) = match refusal {
        Refusal::Unreadable => (locale.t(Msg::RestoreUnreadable).to_owned(), None),
        Refusal::NotJson { line, column } => (locale.backup_not_json(*line, *column), None),
        Refusal::Foreign => (locale.t(Msg::RestoreForeign).to_owned(), None),
        Refusal::TooNew(version) => (locale.backup_too_new(version), None),
        Refusal::Invalid(problems) => (locale.t(Msg::RestoreInvalid).to_owned(), Some(problems)),
        Refusal::Course(problems) => (
            locale.t(Msg::RestoreCourseInvalid).to_owned(),
            Some(problems),
        ),
    };
    let problems = problems.map(|problems| {
        view! {
            <p class="settings__problems-title">{locale.t(Msg::RestoreProblems)}</p>
            <ul class="settings__problems" dir="ltr" lang="en">
                {problems.iter().take(SHOWN_PROBLEMS).map(|(path, message)| view! {
                    <li><code>{path.clone()}</code> " " {message.clone()}</li>
                }).collect_view()}
                {(problems.len() > SHOWN_PROBLEMS).then(|| view! { <li>"…"</li> })}
            </ul>
        }
    });
    view! {
        <div class="notice notice--error">
            <p class="settings__file-name" dir="auto">{file_name.to_owned()}</p>
            <p>{text}</p>
            {problems}
        </div>
    }
    .into_any()
}
