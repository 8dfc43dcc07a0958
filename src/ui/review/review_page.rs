use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::course_data::{now_ms, stored_bundle};
use crate::app::load::load;
use crate::app::router::set_title;
use crate::core::attempt::{Answer, REVIEW_ATTEMPT};
use crate::core::bundle::Bundle;
use crate::core::review::{self, Card};
use crate::core::shuffle;
use crate::i18n::Msg;
use crate::storage::Store;
use crate::ui::assessment::{ItemMode, ItemView, Judged};
use crate::ui::common::focus_soon;
use crate::ui::common::pick;

/// One item due today, with the course it comes from.
#[derive(Clone, Debug)]
struct Due {
    bundle: Arc<Bundle>,
    card: Card,
}

/// Leitner review across all downloaded courses: what is due by the end of the learner's day,
/// missed items first. Each answer is stored at once, like any other answer.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let app = use_app();
    let due = load(move || async move { due_today(app.store()).await });
    let position = RwSignal::new(None::<usize>);
    let right = RwSignal::new(0_usize);
    Effect::new(move || set_title(app.t(Msg::ReviewToday)));

    let body = move || {
        let locale = app.locale.get();
        let Some(due) = due.get() else {
            return view! { <p>{locale.t(Msg::Loading)}</p> }.into_any();
        };
        let count = due.len();
        match position.get() {
            None if count == 0 => view! { <p class="notice">{locale.t(Msg::ReviewNothing)}</p> }.into_any(),
            None => {
                let mut per_course: Vec<(String, usize)> = Vec::new();
                for entry in &due {
                    let title = pick(entry.bundle.title(), locale, entry.bundle.languages()).text;
                    match per_course.iter_mut().find(|(t, _)| *t == title) {
                        Some((_, n)) => *n += 1,
                        None => per_course.push((title, 1)),
                    }
                }
                let first_item = due[0].card.item_id.clone();
                view! {
                    <p class="review__count">{locale.review_count(count)}</p>
                    <ul class="review__courses">
                        {per_course.into_iter().map(|(title, n)| view! { <li>{format!("{title} ({n})")}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="button button--primary" on:click=move |_| {
                        position.set(Some(0));
                        focus_soon(&format!("item-{first_item}-heading"));
                    }>{locale.t(Msg::ReviewStart)}</button>
                }
                .into_any()
            }
            Some(at) if at >= count => view! {
                <p class="notice notice--success" role="status" tabindex="-1" id="review-done">
                    {locale.t(Msg::ReviewDone)} " " {locale.score_line(right.get() as f64, count as u32, (100 * right.get() / count.max(1)) as u8)}
                </p>
                <p><a href="/">{locale.t(Msg::BackToCourses)}</a></p>
            }
            .into_any(),
            Some(at) => {
                let entry = due[at].clone();
                let Some(found) = entry.bundle.assessment(&entry.card.assessment_id) else {
                    return ().into_any();
                };
                let assessment = found.assessment;
                let Some(item) = assessment.items.iter().find(|i| i.id == entry.card.item_id) else {
                    return ().into_any();
                };
                let display = shuffle::display_order(assessment, item, entry.card.due_ms as u32);
                let course_id = entry.bundle.id().to_owned();
                let assessment_id = assessment.id.clone();
                let item_id = item.id.clone();
                let on_answer = Callback::new(move |judged: Judged| {
                    if judged.correct {
                        right.update(|n| *n += 1);
                    }
                    let answer = Answer {
                        attempt_id: REVIEW_ATTEMPT.to_owned(),
                        assessment_id: assessment_id.clone(),
                        item_id: item_id.clone(),
                        response: judged.response,
                        credit: judged.credit,
                        correct: judged.correct,
                        hints_used: judged.hints_used,
                        at_ms: now_ms(),
                    };
                    let course_id = course_id.clone();
                    spawn_local(async move {
                        if let Ok(store) = app.store()
                            && let Err(error) = store.record_answer(&course_id, answer).await
                        {
                            web_sys::console::warn_1(&format!("review answer not saved: {error}").into());
                        }
                    });
                });
                let next_item = due.get(at + 1).map(|next| next.card.item_id.clone());
                let on_next = Callback::new(move |_: bool| {
                    position.set(Some(at + 1));
                    match &next_item {
                        Some(item) => focus_soon(&format!("item-{item}-heading")),
                        None => focus_soon("review-done"),
                    }
                });
                let source = pick(&found.assessment.title, locale, entry.bundle.languages());
                let course = pick(entry.bundle.title(), locale, entry.bundle.languages());
                view! {
                    <p class="review__source">{course.span()} " · " {source.span()}</p>
                    <ItemView bundle=entry.bundle.clone() item=item.clone() display mode=ItemMode::Review number=at + 1 count on_answer on_next />
                }
                .into_any()
            }
        }
    };

    view! {
        <article class="review">
            <h1>{move || app.t(Msg::ReviewToday)}</h1>
            <p class="review__intro">{move || app.t(Msg::ReviewIntro)}</p>
            {body}
        </article>
    }
}

/// Every card due by the end of today, across the courses on the device.
async fn due_today(store: Result<impl Store, crate::storage::StoreError>) -> Vec<Due> {
    let Ok(store) = store else {
        return Vec::new();
    };
    let end_of_day = {
        let date = js_sys::Date::new_0();
        date.set_hours(23);
        date.set_minutes(59);
        date.set_seconds(59);
        date.get_time() as u64
    };
    let mut all = Vec::new();
    for course in store.installed_courses().await.unwrap_or_default() {
        let Ok(Some(bundle)) = stored_bundle(&store, &course.id).await else {
            continue;
        };
        let log = store.assessment_log(&course.id).await.unwrap_or_default();
        let cards = review::cards(&bundle, &log);
        for card in review::due_by(&cards, end_of_day) {
            all.push(Due {
                bundle: bundle.clone(),
                card: card.clone(),
            });
        }
    }
    // Lowest box first across courses, then the oldest due.
    crate::core::stable_sort::sort_by_key(&mut all, |due| (due.card.leitner_box, due.card.due_ms));
    all
}
