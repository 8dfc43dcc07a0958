use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::course_data::now_ms;
use crate::app::install::{InstallError, InstallStage, install_course};
use crate::core::catalog::CatalogEntry;
use crate::core::validate::semver_newer;
use crate::i18n::Msg;
use crate::net::NetError;
use crate::storage::{InstalledCourse, StoreError};
use crate::ui::common::pick;

#[derive(Clone, Debug, PartialEq)]
enum CardState {
    Idle,
    Working(InstallStage),
    Failed(InstallError),
}

/// A course the catalog offers, with its size and languages, and one button to download it.
#[component]
pub fn OfferedCourseCard(
    entry: CatalogEntry,
    #[prop(into)] on_device: Signal<Option<InstalledCourse>>,
    announcement: RwSignal<Option<Msg>>,
) -> impl IntoView {
    let app = use_app();
    let state = RwSignal::new(CardState::Idle);
    // When a download ends, its button gives way to "Open": focus follows, rather than
    // falling back to the top of the page.
    let just_installed = RwSignal::new(false);
    let open_link = NodeRef::<leptos::html::A>::new();
    Effect::new(move || {
        if let Some(link) = open_link.get()
            && just_installed.get_untracked()
        {
            just_installed.set(false);
            let _ = link.focus();
        }
    });
    let entry = StoredValue::new(entry);
    let title = move || entry.with_value(|e| pick(&e.title, app.locale.get(), &e.languages));
    let summary = move || entry.with_value(|e| pick(&e.summary, app.locale.get(), &e.languages));
    let size = entry.with_value(CatalogEntry::download_size);
    let version = entry.with_value(|e| e.version.clone());
    let is_current = {
        let version = version.clone();
        move || {
            on_device
                .get()
                .is_some_and(|course| course.version == version)
        }
    };
    let has_update = move || {
        on_device
            .get()
            .is_some_and(|course| semver_newer(&version, &course.version))
    };

    let download = move |_| {
        if matches!(state.get_untracked(), CardState::Working(_)) {
            return;
        }
        state.set(CardState::Working(InstallStage::Downloading {
            received: 0,
            total: size,
        }));
        spawn_local(async move {
            let entry = entry.get_value();
            let outcome = match app.store() {
                Ok(store) => {
                    install_course(
                        &store,
                        &entry,
                        |stage| state.set(CardState::Working(stage)),
                        now_ms(),
                    )
                    .await
                }
                Err(error) => Err(InstallError::Storage(error)),
            };
            match outcome {
                Ok(()) => {
                    just_installed.set(true);
                    state.set(CardState::Idle);
                    announcement.set(Some(Msg::InstalledNow));
                    app.installed_changed();
                }
                Err(error) => {
                    web_sys::console::warn_1(
                        &format!("download of {} failed: {error}", entry.id).into(),
                    );
                    state.set(CardState::Failed(error));
                }
            }
        });
    };

    let meta = move || {
        let locale = app.locale.get();
        entry.with_value(|e| {
            let names: Vec<&str> = e
                .languages
                .iter()
                .map(|code| locale.language_name(code))
                .collect();
            (
                locale.labelled(Msg::Languages, &names.join(", ")),
                locale.labelled(Msg::DownloadSize, &locale.size(e.download_size())),
                format!(
                    "{} · {}",
                    locale.lesson_count(e.lessons, e.modules),
                    locale.minutes(e.minutes)
                ),
            )
        })
    };
    let course_href = entry.with_value(|e| format!("/course/{}", e.id));

    view! {
        <article class="course-card" data-testid="offered-course">
            <h3 class="course-card__title">{move || title().span()}</h3>
            <p class="course-card__summary">{move || summary().span()}</p>
            <ul class="course-card__facts">
                <li>{move || meta().0}</li>
                <li data-testid="download-size">{move || meta().1}</li>
                <li>{move || meta().2}</li>
            </ul>
            <div class="course-card__actions">
                {move || {
                    let label = if has_update() { Msg::Update } else { Msg::Download };
                    if is_current() {
                        view! {
                            <span class="badge">{app.t(Msg::Installed)}</span>
                            <a href=course_href.clone() class="button button--primary" node_ref=open_link>{app.t(Msg::Open)}</a>
                        }.into_any()
                    } else {
                        let name = format!("{} {} ({})", app.t(label), title().text, app.locale.get().size(size));
                        view! {
                            <button type="button" class="button button--primary" on:click=download
                                aria-label=name
                                disabled=move || matches!(state.get(), CardState::Working(_)) || !app.online.get()>
                                {app.t(label)}
                            </button>
                        }.into_any()
                    }
                }}
            </div>
            {move || match state.get() {
                CardState::Idle => ().into_any(),
                CardState::Working(InstallStage::Downloading { received, total }) => view! {
                    <div class="download-progress">
                        <progress max=total.max(1) value=received
                            aria-label=move || format!("{} {}", app.t(Msg::Downloading), title().text)></progress>
                        <span>{app.t(Msg::Downloading)} " " {app.locale.get().size(received)} " / " {app.locale.get().size(total)}</span>
                    </div>
                }.into_any(),
                CardState::Working(InstallStage::Verifying) => view! { <p class="download-progress">{app.t(Msg::Verifying)}</p> }.into_any(),
                CardState::Working(InstallStage::Saving) => view! { <p class="download-progress">{app.t(Msg::Saving)}</p> }.into_any(),
                CardState::Failed(error) => view! { <DownloadFailure error /> }.into_any(),
            }}
        </article>
    }
}

/// Says what went wrong in the learner's language, with the technical detail under a disclosure
/// for the trainer.
#[component]
fn DownloadFailure(error: InstallError) -> impl IntoView {
    let app = use_app();
    let msg = match &error {
        InstallError::Network(NetError::InvalidCatalog(_)) => Msg::CatalogInvalid,
        InstallError::Network(NetError::Truncated { .. }) => Msg::ErrIncomplete,
        InstallError::Network(_) => Msg::ErrNetwork,
        InstallError::Integrity { .. } => Msg::ErrIntegrity,
        InstallError::Invalid(_) => Msg::ErrInvalid,
        InstallError::Mismatch { .. } => Msg::ErrMismatch,
        InstallError::Storage(StoreError::QuotaExceeded) => Msg::ErrQuota,
        InstallError::Storage(_) => Msg::ErrStorage,
    };
    let details: Vec<String> = match &error {
        InstallError::Invalid(issues) => issues.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    };
    view! {
        <div class="notice notice--error" role="alert" data-testid="download-error">
            <p>{move || app.t(msg)}</p>
            <details>
                <summary>"Détails / التفاصيل / Details"</summary>
                <ul dir="ltr" lang="en">{details.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul>
            </details>
        </div>
    }
}
