use leptos::prelude::*;

use crate::app::context::use_app;
use crate::core::attempt::{self, AssessmentLog};
use crate::core::mastery;
use crate::core::model::Assessment;
use crate::i18n::Msg;

/// The learner's finished attempts at one assessment, newest first, with score and result.
#[component]
pub fn AttemptHistory(assessment: Assessment, log: AssessmentLog) -> impl IntoView {
    let locale = use_app().locale.get_untracked();
    let rows: Vec<(u64, u8, bool)> = attempt::finished(&log, &assessment)
        .into_iter()
        .map(|(a, score)| {
            (
                a.finished_ms.unwrap_or(a.started_ms),
                score.percent(),
                mastery::attempt_passed(&assessment, &log, a),
            )
        })
        .collect();
    if rows.is_empty() {
        return ().into_any();
    }
    let rows = StoredValue::new(rows);
    view! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{locale.t(Msg::AttemptHistory)}</h2>
            <table class="history__table">
                <thead>
                    <tr>
                        <th scope="col">{locale.t(Msg::Date)}</th>
                        <th scope="col">{locale.t(Msg::Score)}</th>
                        <th scope="col">{locale.t(Msg::Result)}</th>
                    </tr>
                </thead>
                <tbody>
                    {{
                        rows.get_value().into_iter().map(|(at, percent, passed)| view! {
                            <tr>
                                <td>{locale.date(at)}</td>
                                <td>{format!("{percent} %")}</td>
                                <td>{locale.t(if passed { Msg::Passed } else { Msg::NotYetPassed })}</td>
                            </tr>
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}
