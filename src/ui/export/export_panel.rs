use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::{AppContext, use_app};
use crate::app::course_data::now_ms;
use crate::app::download;
use crate::app::learner::{LearnerView, load_learner};
use crate::app::load::load;
use crate::core::badge::open_badges;
use crate::core::portfolio::ImageData;
use crate::core::portfolio_html::portfolio_html;
use crate::core::resume::json_resume;
use crate::i18n::Msg;
use crate::storage::Store;
use crate::ui::export::export_labels;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Export {
    Resume,
    Badges,
    Html,
}

/// The four ways out of Nour: JSON Resume, Open Badges, the one-file HTML portfolio, and the
/// printable CV. Each file is built from the store at the moment of the click, in the UI
/// language, and the outcome is announced politely.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let app = use_app();
    // Only to know whether there is any badge to export; the files read the store afresh.
    let badges = load(move || {
        app.installed_revision.track();
        async move {
            let store = app.store().ok()?;
            let view = load_learner(&store).await.ok()?;
            Some(view.shown_achievements().len())
        }
    });
    // Disabled (with the reason below it) once it is known there is nothing to export.
    let no_badge = move || matches!(badges.get(), Some(Some(0)) | Some(None));
    let announcement = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(None::<Export>);
    // Buttons stay enabled while a file is made (disabling one would drop the keyboard focus);
    // a second click meanwhile is ignored.
    let run = move |export: Export| {
        if busy.get_untracked().is_some() {
            return;
        }
        busy.set(Some(export));
        announcement.set(None);
        spawn_local(async move {
            let outcome = make(app, export).await;
            busy.set(None);
            announcement.set(Some(match outcome {
                Ok(()) => Msg::ExportSaved,
                Err(error) => {
                    web_sys::console::warn_1(&format!("export failed: {error}").into());
                    Msg::ExportFailed
                }
            }));
        });
    };

    view! {
        <section class="export-panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{move || app.t(Msg::ExportTitle)}</h2>
            <p>{move || app.t(Msg::ExportIntro)}</p>
            <ul class="export-panel__list">
                <li class="export-panel__item">
                    <button type="button" class="button" aria-describedby="export-resume-help"
                        on:click=move |_| run(Export::Resume)>
                        {move || app.t(Msg::ExportResume)}
                    </button>
                    <p id="export-resume-help" class="export-panel__help">{move || app.t(Msg::ExportResumeHelp)}</p>
                </li>
                <li class="export-panel__item">
                    <button type="button" class="button" aria-describedby="export-badges-help"
                        disabled=no_badge on:click=move |_| run(Export::Badges)>
                        {move || app.t(Msg::ExportBadges)}
                    </button>
                    <p id="export-badges-help" class="export-panel__help">
                        {move || if no_badge() { app.t(Msg::ExportNoBadges) } else { app.t(Msg::ExportBadgesHelp) }}
                    </p>
                </li>
                <li class="export-panel__item">
                    <button type="button" class="button" aria-describedby="export-html-help"
                        on:click=move |_| run(Export::Html)>
                        {move || app.t(Msg::ExportHtml)}
                    </button>
                    <p id="export-html-help" class="export-panel__help">{move || app.t(Msg::ExportHtmlHelp)}</p>
                </li>
                <li class="export-panel__item">
                    <a href="/cv" class="button button--primary">{move || app.t(Msg::ExportCvLink)}</a>
                </li>
            </ul>
            <p class="announcement" role="status" aria-live="polite" data-testid="export-status">
                {move || announcement.get().map(|msg| app.t(msg))}
            </p>
        </section>
    }
}

/// Builds one export from the store as it is now and hands it to the browser as a download.
async fn make(app: AppContext, export: Export) -> Result<(), String> {
    let store = app.store().map_err(|e| e.to_string())?;
    let view: LearnerView = load_learner(&store).await.map_err(|e| e.to_string())?;
    let locale = app.locale.get_untracked();
    let labels = export_labels(locale);
    let lang = locale.code();
    let name = view.portfolio.profile.name.trim().to_owned();
    let (bytes, file_name, media_type) = match export {
        Export::Resume => {
            let resume = json_resume(
                &view.portfolio.profile,
                &view.portfolio.entries,
                &view.shown_achievements(),
                &labels,
                lang,
            );
            (
                pretty(&resume)?,
                download::file_name("cv", &name, "json"),
                "application/json",
            )
        }
        Export::Badges => {
            let shown = view.shown_achievements();
            if shown.is_empty() {
                return Err("no achievement to export".into());
            }
            let credentials = open_badges(&shown, &name, &labels, lang);
            (
                pretty(&credentials)?,
                download::file_name("badges", &name, "json"),
                "application/json",
            )
        }
        Export::Html => {
            let mut images = Vec::new();
            let portfolio = &view.portfolio;
            let mut ids: Vec<&str> = portfolio
                .profile
                .photo
                .iter()
                .map(|p| p.id.as_str())
                .collect();
            ids.extend(
                portfolio
                    .entries
                    .iter()
                    .flat_map(|e| e.images.iter().map(|i| i.id.as_str())),
            );
            for id in ids {
                if images.iter().any(|image: &ImageData| image.id == id) {
                    continue;
                }
                if let Some(bytes) = store.image(id).await.map_err(|e| e.to_string())? {
                    images.push(ImageData {
                        id: id.to_owned(),
                        bytes,
                    });
                }
            }
            let html = portfolio_html(
                portfolio,
                &view.achievements,
                &images,
                &labels,
                lang,
                locale.dir(),
                now_ms(),
            );
            (
                html.into_bytes(),
                download::file_name("portfolio", &name, "html"),
                "text/html;charset=utf-8",
            )
        }
    };
    download::save(&bytes, &file_name, media_type).map_err(|e| e.to_string())
}

fn pretty(value: &serde_json::Value) -> Result<Vec<u8>, String> {
    serde_json::to_vec_pretty(value).map_err(|e| e.to_string())
}
