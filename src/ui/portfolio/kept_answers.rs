use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::course_data::now_ms;
use crate::app::learner::CourseOnDevice;
use crate::core::portfolio::{Entry, EntryKind, title_from_prompt};
use crate::core::scoring::Response;
use crate::i18n::Msg;
use crate::ui::common::focus_soon;
use crate::ui::common::pick;
use crate::ui::portfolio::Edits;

/// An open answer the learner ticked "keep for my portfolio" while taking an assessment.
#[derive(Clone, Debug)]
struct KeptAnswer {
    /// Also the id of the reflection made from it, so it is made once.
    entry_id: String,
    prompt: crate::core::model::LocalizedText,
    languages: Vec<String>,
    text: String,
}

/// Answers kept for the portfolio, each of which becomes a reflection with one tap (and can then
/// be edited like any entry). Only the last kept answer to each question is offered.
#[component]
pub fn KeptAnswers(courses: StoredValue<Vec<CourseOnDevice>>, edits: Edits) -> impl IntoView {
    let app = use_app();
    let kept = StoredValue::new(courses.with_value(|courses| kept_answers(courses)));
    let items = move || {
        kept.get_value()
            .into_iter()
            .map(|answer| view! { <KeptAnswerItem answer edits /> })
            .collect_view()
    };
    move || {
        (!kept.with_value(Vec::is_empty)).then(|| {
            view! {
                <section class="portfolio-section" aria-labelledby="kept-heading">
                    <h2 id="kept-heading">{move || app.t(Msg::KeptAnswersHeading)}</h2>
                    <ul class="kept-list">{items}</ul>
                </section>
            }
        })
    }
}

fn kept_answers(courses: &[CourseOnDevice]) -> Vec<KeptAnswer> {
    let mut kept: Vec<KeptAnswer> = Vec::new();
    for course in courses {
        for answer in &course.log.answers {
            let Response::Open {
                text,
                portfolio: true,
                ..
            } = &answer.response
            else {
                continue;
            };
            let Some(item) = course
                .bundle
                .assessment(&answer.assessment_id)
                .and_then(|found| {
                    found
                        .assessment
                        .items
                        .iter()
                        .find(|i| i.id == answer.item_id)
                })
            else {
                continue;
            };
            let answer = KeptAnswer {
                entry_id: format!("kept-{}-{}-{}", course.bundle.id(), item.id, answer.at_ms),
                prompt: item.prompt.clone(),
                languages: course.bundle.languages().to_vec(),
                text: text.trim().to_owned(),
            };
            // Answers are in the order given: a later one to the same question replaces it.
            let question = |a: &KeptAnswer| a.entry_id.rsplit_once('-').map(|(q, _)| q.to_owned());
            kept.retain(|earlier| question(earlier) != question(&answer));
            if !answer.text.is_empty() {
                kept.push(answer);
            }
        }
    }
    kept
}

#[component]
fn KeptAnswerItem(answer: KeptAnswer, edits: Edits) -> impl IntoView {
    let app = use_app();
    let answer = StoredValue::new(answer);
    let made = move || {
        answer.with_value(|a| {
            edits.portfolio.with(|p| {
                p.entry(&a.entry_id).is_some()
                    || p.deleted.as_ref().is_some_and(|d| d.id == a.entry_id)
            })
        })
    };
    let prompt = move || {
        answer.with_value(|a| {
            let prompt = pick(&a.prompt, app.locale.get(), &a.languages);
            title_from_prompt(&prompt.text)
        })
    };
    let make = move |_| {
        let (entry, focus) = answer.with_value(|a| {
            let prompt = pick(&a.prompt, app.locale.get_untracked(), &a.languages);
            let now = now_ms();
            let entry = Entry {
                id: a.entry_id.clone(),
                kind: EntryKind::Reflection,
                title: title_from_prompt(&prompt.text),
                description: a.text.clone(),
                created_ms: now,
                updated_ms: now,
                ..Entry::default()
            };
            (entry, format!("entry-{}", a.entry_id))
        });
        edits.apply(
            move |p| {
                p.upsert(entry);
                true
            },
            move || focus_soon(&focus),
        );
    };
    view! {
        <li class="kept">
            <h3 class="kept__question" dir="auto">{prompt}</h3>
            <p class="kept__text" dir="auto">{answer.with_value(|a| a.text.clone())}</p>
            {move || if made() {
                view! { <p class="kept__made">{app.t(Msg::AddedAsReflection)}</p> }.into_any()
            } else {
                view! { <button type="button" class="button" on:click=make>{app.t(Msg::MakeReflection)}</button> }.into_any()
            }}
        </li>
    }
}
