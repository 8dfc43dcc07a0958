use std::sync::Arc;

use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::router::Route;
use crate::core::attempt::AssessmentLog;
use crate::core::bundle::Bundle;
use crate::core::mastery;
use crate::core::model::{Assessment, Interaction, Item};
use crate::i18n::{Locale, Msg};
use crate::ui::assessment::markdown;
use crate::ui::common::pick;

/// The end of an attempt: score, pass or fail against the rule in plain words, and each item
/// with the learner's result, the right answer and the explanation.
#[component]
pub fn AttemptResults(
    bundle: Arc<Bundle>,
    assessment: Assessment,
    log: AssessmentLog,
    attempt_id: String,
    retry: Callback<()>,
) -> impl IntoView {
    let locale = use_app().locale.get_untracked();
    let Some(attempt) = log.attempts.iter().find(|a| a.id == attempt_id).cloned() else {
        return ().into_any();
    };
    let state = attempt.state(&assessment, &log.answers);
    let passed = mastery::attempt_passed(&assessment, &log, &attempt);
    let rule = mastery::rule(&assessment);
    let bundle = StoredValue::new(bundle);
    let assessment = StoredValue::new(assessment);
    let attempt = StoredValue::new(attempt);
    let log = StoredValue::new(log);
    let score = state.score;

    let review = {
        bundle.with_value(|b| {
            assessment.with_value(|a| {
                attempt.with_value(|at| {
                    log.with_value(|log| {
                        at.order
                            .iter()
                            .filter_map(|id| a.items.iter().find(|item| &item.id == id))
                            .enumerate()
                            .map(|(n, item)| {
                                let first = log.answers.iter().find(|answer| {
                                    answer.attempt_id == at.id && answer.item_id == item.id
                                });
                                let (verdict, class) = match first {
                                    Some(answer) if answer.correct => (locale.t(Msg::Right).to_owned(), "result result--right"),
                                    Some(answer) if answer.credit > 0 => (locale.partly_right(answer.credit), "result result--partial"),
                                    Some(_) => (locale.t(Msg::Wrong).to_owned(), "result result--wrong"),
                                    None => (locale.t(Msg::NotAnswered).to_owned(), "result result--wrong"),
                                };
                                let solution = right_answer(item, locale, b.languages()).map(|text| {
                                    view! { <p class="result__solution">{locale.labelled(Msg::RightAnswer, &text)}</p> }
                                });
                                let explanation = (!item.explanation.is_empty())
                                    .then(|| markdown(b, &item.explanation, locale, b.languages()));
                                view! {
                                    <li class=class>
                                        <h3>{locale.question_of(n + 1, at.order.len())} " · " {verdict}</h3>
                                        {markdown(b, &item.prompt, locale, b.languages())}
                                        {solution}
                                        {explanation}
                                    </li>
                                }
                            })
                            .collect_view()
                    })
                })
            })
        })
    };

    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{locale.t(Msg::Results)}</h2>
            <p class="results__score">{locale.score_line(score.earned, score.max, score.percent())}</p>
            <p class=if passed { "notice notice--success" } else { "notice" } role="status">
                {format!(
                    "{} {}",
                    locale.t(if passed { Msg::Passed } else { Msg::NotYetPassed }),
                    locale.mastery_rule(rule)
                )}
            </p>
            <div class="results__actions">
                <button type="button" class="button button--primary" on:click=move |_| retry.run(())>{locale.t(Msg::Retry)}</button>
                <a class="button" href=bundle.with_value(|b| Route::course_href(b.id()))>{locale.t(Msg::BackToCourse)}</a>
            </div>
            <h2>{locale.t(Msg::ItemReview)}</h2>
            <ol class="results__items">{review}</ol>
        </section>
    }
    .into_any()
}

/// The right answer in words, or `None` for a self-checked open answer.
fn right_answer(item: &Item, locale: Locale, languages: &[String]) -> Option<String> {
    let text = |t| pick(t, locale, languages).text;
    let number = |n: f64| {
        let shown = format!("{n}");
        if locale == Locale::Fr {
            shown.replace('.', ",")
        } else {
            shown
        }
    };
    let answer = match item.interaction() {
        Interaction::SingleChoice { choices } | Interaction::MultipleChoice { choices } => choices
            .iter()
            .filter(|choice| choice.correct)
            .map(|choice| text(&choice.text))
            .collect::<Vec<_>>()
            .join(" ; "),
        Interaction::TrueFalse { answer, .. } => locale
            .t(if *answer { Msg::True } else { Msg::False })
            .to_owned(),
        Interaction::Numeric { answers } => {
            let best = answers.iter().find(|answer| answer.credit == 100)?;
            match (best.value, best.min, best.max) {
                (Some(value), _, _) => match best.tolerance.filter(|t| *t > 0.0) {
                    Some(tolerance) => format!("{} ± {}", number(value), number(tolerance)),
                    None => number(value),
                },
                (None, Some(min), Some(max)) => format!("{} – {}", number(min), number(max)),
                _ => return None,
            }
        }
        Interaction::ShortText { answers } => answers
            .iter()
            .find(|answer| answer.credit == 100)?
            .text
            .clone(),
        Interaction::FillBlanks { gaps, .. } => gaps
            .iter()
            .filter_map(|gap| gap.answers.first().cloned())
            .collect::<Vec<_>>()
            .join(" ; "),
        Interaction::Ordering { entries } => {
            entries.iter().map(text).collect::<Vec<_>>().join(" → ")
        }
        Interaction::Matching { left, right } => left
            .iter()
            .zip(right)
            .map(|(l, r)| format!("{} → {}", text(l), text(r)))
            .collect::<Vec<_>>()
            .join(" ; "),
        Interaction::Open { .. } => return None,
    };
    Some(answer)
}
