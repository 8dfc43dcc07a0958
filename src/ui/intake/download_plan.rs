use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::install::Prepared;
use crate::core::model::LocalizedText;
use crate::core::pack::ContentKind;
use crate::i18n::Msg;
use crate::ui::common::pick;

/// What a download or an update will cost and change, known before a byte of the course is
/// fetched: the plan of `app::install::prepare`, reduced to what the card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSummary {
    pub is_update: bool,
    /// False when the installed version cannot be compared (it did not come from a pack).
    pub delta: bool,
    pub lessons: (usize, usize, usize),
    pub assessments: (usize, usize, usize),
    pub removed_titles: Vec<LocalizedText>,
    /// Bytes still to download.
    pub remaining: u64,
    /// Bytes a cut download already left on the device.
    pub staged: u64,
}

impl PlanSummary {
    pub fn of(prepared: &Prepared, is_update: bool) -> PlanSummary {
        PlanSummary {
            is_update,
            delta: prepared.plan.delta,
            lessons: prepared.plan.changes.count(ContentKind::Lesson),
            assessments: prepared.plan.changes.count(ContentKind::Assessment),
            removed_titles: prepared.removed_titles.clone(),
            remaining: prepared.remaining(),
            staged: prepared.staged_bytes,
        }
    }
}

/// The honest account of an update ("2 leçons modifiées — 34 Ko", or a full download when no
/// delta is possible, and what the new version removes) or of a cut download waiting to resume.
#[component]
pub fn DownloadPlan(summary: PlanSummary, course_languages: Vec<String>) -> impl IntoView {
    let app = use_app();
    let summary = StoredValue::new(summary);
    let changes = move || {
        let locale = app.locale.get();
        summary.with_value(|s| {
            let cost = if s.delta {
                locale.labelled(Msg::UpdateToDownload, &locale.size(s.remaining))
            } else {
                locale.labelled(Msg::UpdateFullDownload, &locale.size(s.remaining))
            };
            format!(
                "{} — {cost}",
                locale.update_changes(s.lessons, s.assessments)
            )
        })
    };
    let resume = move || {
        let locale = app.locale.get();
        summary.with_value(|s| {
            locale.labelled(
                Msg::DownloadInterrupted,
                &locale.received_of(s.staged, s.staged + s.remaining),
            )
        })
    };
    let languages = StoredValue::new(course_languages);
    view! {
        <div class="download-plan">
            <Show when=move || summary.with_value(|s| s.is_update)>
                <p data-testid="update-changes">{changes}</p>
            </Show>
            <Show when=move || summary.with_value(|s| !s.removed_titles.is_empty())>
                <p>{move || app.t(Msg::UpdateRemovedIntro)}</p>
                <ul data-testid="update-removed">
                    {move || summary.with_value(|s| {
                        s.removed_titles.iter().map(|title| {
                            let title = languages.with_value(|l| pick(title, app.locale.get(), l));
                            view! { <li>{title.span()}</li> }
                        }).collect_view()
                    })}
                </ul>
            </Show>
            <Show when=move || summary.with_value(|s| s.staged > 0)>
                <p data-testid="download-resume">{resume}</p>
            </Show>
        </div>
    }
}
