use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::course_data::now_ms;
use crate::app::data_saver;
use crate::app::install::{
    InstallError, InstallStage, Prepared, install_course, install_prepared, prepare,
};
use crate::core::catalog::CatalogEntry;
use crate::core::validate::semver_newer;
use crate::i18n::Msg;
use crate::net::NetError;
use crate::storage::{InstalledCourse, Store, StoreError};
use crate::ui::common::pick;
use crate::ui::intake::{DownloadPlan, PlanSummary};

#[derive(Clone, Debug, PartialEq)]
enum CardState {
    Idle,
    Working(InstallStage),
    Failed(InstallError),
}

/// The download of a course the catalog offers (`ui::catalog::OfferedCourseCard` holds the rest
/// of its card): the button, what an update or a cut download will cost and change, progress,
/// and what went wrong. Starts at once when the learner tapped the card's button before this
/// part arrived (`requested`).
#[component]
pub fn CourseDownload(
    entry: CatalogEntry,
    on_device: Signal<Option<InstalledCourse>>,
    announcement: RwSignal<Option<Msg>>,
    requested: RwSignal<bool>,
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

    // Before an update, or when a cut download waits on the device, the card says what the
    // download changes and costs. Planning fetches only the version's small manifest.
    let prepared = StoredValue::new(None::<Prepared>);
    let plan_summary = RwSignal::new(None::<PlanSummary>);
    let planned_for = StoredValue::new(None::<String>);
    let replan = RwSignal::new(0_u32);
    Effect::new(move || {
        replan.track();
        let course = on_device.get();
        if !app.online.get()
            || course
                .as_ref()
                .is_some_and(|c| c.version == entry.with_value(|e| e.version.clone()))
        {
            return;
        }
        let key = course
            .as_ref()
            .map(|c| c.version.clone())
            .unwrap_or_default();
        if planned_for.get_value().as_ref() == Some(&key) {
            return;
        }
        planned_for.set_value(Some(key));
        let is_update = course.is_some();
        spawn_local(async move {
            let Ok(store) = app.store() else { return };
            let entry = entry.get_value();
            // A first download is planned only when a cut one left chunks behind: no request
            // for courses the learner has not touched.
            if !is_update
                && store
                    .staged_chunks(&entry.id)
                    .await
                    .is_ok_and(|c| c.is_empty())
            {
                return;
            }
            if let Ok(plan) = prepare(&store, &entry, with_assets()).await {
                plan_summary.set(Some(PlanSummary::of(&plan, is_update)));
                prepared.set_value(Some(plan));
            }
        });
    });

    let download = move |_: ()| {
        if matches!(state.get_untracked(), CardState::Working(_)) {
            return;
        }
        state.set(CardState::Working(InstallStage::Downloading {
            received: 0,
            total: plan_summary
                .get_untracked()
                .map_or(size, |s| s.staged + s.remaining),
        }));
        // A plan made before the data saver was switched is made again.
        let planned = prepared
            .try_update_value(Option::take)
            .flatten()
            .filter(|plan| plan.with_assets() == with_assets());
        spawn_local(async move {
            let entry = entry.get_value();
            let report = |stage| state.set(CardState::Working(stage));
            let outcome = match (app.store(), planned) {
                (Ok(store), Some(planned)) => {
                    install_prepared(&store, &entry, planned, report, now_ms()).await
                }
                (Ok(store), None) => {
                    install_course(&store, &entry, with_assets(), report, now_ms()).await
                }
                (Err(error), _) => Err(InstallError::Storage(error)),
            };
            match outcome {
                Ok(()) => {
                    plan_summary.set(None);
                    planned_for.set_value(None);
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
                    // What arrived before the cut is staged: plan again, so the card offers to
                    // resume with what is left.
                    planned_for.set_value(None);
                    plan_summary.set(None);
                    replan.update(|n| *n += 1);
                }
            }
        });
    };

    let course_href = entry.with_value(|e| format!("/course/{}", e.id));

    if requested.get_untracked() {
        requested.set(false);
        download(());
    }

    view! {
        <div class="course-card__actions">
            {move || {
                let plan = plan_summary.get();
                let resumes = plan.as_ref().is_some_and(|p| p.staged > 0);
                let label = if resumes {
                    Msg::ResumeDownload
                } else if has_update() {
                    Msg::Update
                } else {
                    Msg::Download
                };
                let cost = plan.as_ref().map_or(size, |p| p.remaining);
                if is_current() {
                    view! {
                        <span class="badge">{app.t(Msg::Installed)}</span>
                        <a href=course_href.clone() class="button button--primary" node_ref=open_link>{app.t(Msg::Open)}</a>
                    }.into_any()
                } else {
                    let name = format!("{} {} ({})", app.t(label), title().text, app.locale.get().size(cost));
                    view! {
                        <button type="button" class="button button--primary" on:click=move |_| download(())
                            aria-label=name
                            disabled=move || matches!(state.get(), CardState::Working(_)) || !app.online.get()>
                            {app.t(label)}
                        </button>
                    }.into_any()
                }
            }}
        </div>
        {move || plan_summary.get().map(|summary| {
            let languages = entry.with_value(|e| e.languages.clone());
            view! { <DownloadPlan summary course_languages=languages /> }
        })}
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
    }
}

/// Whether downloads bring images along; the data saver's "text only" leaves them for later.
fn with_assets() -> bool {
    !data_saver::text_only()
}

/// Says what went wrong in the learner's language, with the technical detail under a disclosure
/// for the trainer.
#[component]
fn DownloadFailure(error: InstallError) -> impl IntoView {
    let app = use_app();
    let msg = match &error {
        InstallError::Network(NetError::InvalidCatalog { .. }) => Msg::CatalogInvalid,
        InstallError::Network(NetError::Truncated { .. }) => Msg::ErrIncomplete,
        InstallError::Network(_) => Msg::ErrNetwork,
        InstallError::Integrity { .. } => Msg::ErrIntegrity,
        InstallError::Invalid(_) => Msg::ErrInvalid,
        InstallError::Mismatch { .. } => Msg::ErrMismatch,
        InstallError::Storage(StoreError::QuotaExceeded) | InstallError::NoRoom(_) => {
            Msg::InstallQuotaFull
        }
        InstallError::Storage(_) => Msg::ErrStorage,
    };
    // Out of space, refused before the download (with the sizes) or when the browser refused the
    // write: either way, say where to free some.
    let no_room = match &error {
        InstallError::NoRoom(room) => Some(*room),
        _ => None,
    };
    let no_space = msg == Msg::InstallQuotaFull;
    let details: Vec<String> = match &error {
        InstallError::Invalid(issues) => issues.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    };
    view! {
        <div class="notice notice--error" role="alert" data-testid="download-error">
            <p>
                {move || match no_room {
                    Some(room) => app.locale.get().no_room(room.needed, room.available),
                    None => app.t(msg).to_owned(),
                }}
            </p>
            {no_space.then(|| view! {
                <p><a href="/settings">{move || app.t(Msg::FreeSpaceLink)}</a></p>
            })}
            <details>
                <summary>"Détails / التفاصيل / Details"</summary>
                <ul dir="ltr" lang="en">{details.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul>
            </details>
        </div>
    }
}
