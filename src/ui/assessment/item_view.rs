use std::sync::Arc;

use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::router::Route;
use crate::core::bundle::Bundle;
use crate::core::model::{Item, LocalizedText};
use crate::core::scoring::{Response, evaluate};
use crate::i18n::Msg;
use crate::ui::assessment::{Draft, InteractionInput, markdown};
use crate::ui::common::focus_soon;
use crate::ui::common::pick;

/// How an item behaves once answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemMode {
    /// Feedback at once; a wrong answer can be changed and checked again.
    Practice,
    /// One answer, no feedback until the results.
    Checkpoint,
    /// One answer, then feedback and the explanation (spaced review).
    Review,
}

/// An answer as the item judged it, for the page to store.
#[derive(Clone, Debug)]
pub struct Judged {
    pub response: Response,
    pub credit: u8,
    pub correct: bool,
    pub hints_used: u8,
}

#[derive(Clone, Debug)]
struct Shown {
    credit: u8,
    correct: bool,
    feedback: Vec<LocalizedText>,
}

/// One item: the question, its controls, hints on request, and (practice and review) the
/// feedback on each answer, Oppia style: what the learner chose gets its own feedback.
#[component]
pub fn ItemView(
    bundle: Arc<Bundle>,
    item: Item,
    display: Vec<usize>,
    mode: ItemMode,
    /// 1-based position and the number of items, for "Question 2 of 6".
    number: usize,
    count: usize,
    on_answer: Callback<Judged>,
    /// Called with whether the item was answered right, when the learner moves on.
    on_next: Callback<bool>,
) -> impl IntoView {
    // The page rebuilds the item when the language changes, so texts are built once here.
    let locale = use_app().locale.get_untracked();
    let languages = bundle.languages().to_vec();
    let draft = Draft::new(&item, &display);
    let hints_shown = RwSignal::new(0_usize);
    let shown = RwSignal::new(None::<Shown>);
    let answer_first = RwSignal::new(false);
    let closed = move || {
        shown.with(|s| match s {
            Some(s) => mode == ItemMode::Review || s.correct,
            None => false,
        })
    };
    let base = format!("item-{}", item.id);
    let prompt_id = format!("{base}-prompt");
    let next_id = format!("{base}-next");
    let hint_count = item.hints.len();
    let item = StoredValue::new(item);
    let bundle = StoredValue::new(bundle);
    let languages = StoredValue::new(languages);

    let check = {
        let next_id = next_id.clone();
        move |_| {
            let Some(response) = item.with_value(|item| draft.response(item)) else {
                answer_first.set(true);
                return;
            };
            answer_first.set(false);
            let (credit, correct, feedback) = item.with_value(|item| {
                let evaluation = evaluate(item, &response);
                let feedback = evaluation.feedback.into_iter().cloned().collect::<Vec<_>>();
                (evaluation.credit, evaluation.correct, feedback)
            });
            if mode != ItemMode::Checkpoint {
                shown.set(Some(Shown {
                    credit,
                    correct,
                    feedback,
                }));
                if correct || mode == ItemMode::Review {
                    focus_soon(&next_id);
                }
            }
            on_answer.run(Judged {
                response,
                credit,
                correct,
                hints_used: hints_shown.get_untracked().min(usize::from(u8::MAX)) as u8,
            });
        }
    };
    let reveal_hint = {
        let base = base.clone();
        move |_| {
            let next = (hints_shown.get_untracked() + 1).min(hint_count);
            hints_shown.set(next);
            focus_soon(&format!("{base}-hint-{next}"));
        }
    };
    let next =
        move |_| on_next.run(shown.with_untracked(|s| s.as_ref().is_some_and(|s| s.correct)));

    let prompt = item.with_value(|item| {
        languages.with_value(|l| bundle.with_value(|b| markdown(b, &item.prompt, locale, l)))
    });
    let hints = {
        let base = base.clone();
        move || {
            let count = hints_shown.get();
            item.with_value(|item| {
                item.hints
                    .iter()
                    .take(count)
                    .enumerate()
                    .map(|(h, hint)| {
                        let body = languages.with_value(|l| markdown(&bundle.get_value(), hint, locale, l));
                        view! {
                            <li id=format!("{base}-hint-{}", h + 1) tabindex="-1">
                                <span class="visually-hidden">{locale.hint_label(h + 1, hint_count)}</span>
                                {body}
                            </li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let feedback = move || {
        let shown = shown.get()?;
        let closed = closed();
        let (verdict, class) = if shown.correct {
            (locale.t(Msg::Right).to_owned(), "feedback feedback--right")
        } else if shown.credit > 0 {
            (
                locale.partly_right(shown.credit),
                "feedback feedback--partial",
            )
        } else {
            (
                locale.t(Msg::NotQuite).to_owned(),
                "feedback feedback--wrong",
            )
        };
        Some(item.with_value(|item| {
            languages.with_value(|l| {
                let bundle = bundle.get_value();
                let notes = shown
                    .feedback
                    .iter()
                    .map(|text| markdown(&bundle, text, locale, l))
                    .collect_view();
                let explanation = (closed && !item.explanation.is_empty()).then(|| {
                    view! {
                        <div class="feedback__explanation">
                            <h3>{locale.t(Msg::Explanation)}</h3>
                            {markdown(&bundle, &item.explanation, locale, l)}
                        </div>
                    }
                });
                let again = (!closed).then(|| view! { <p>{locale.t(Msg::TryAgain)}</p> });
                let lesson = item
                    .review_lesson
                    .as_ref()
                    .filter(|_| !shown.correct)
                    .and_then(|id| bundle.lesson(id))
                    .map(|found| {
                        let title = pick(&found.lesson.title, locale, l);
                        view! {
                            <p>
                                <a href=Route::lesson_href(bundle.id(), &found.lesson.id)>
                                    {locale.t(Msg::ReadAgain)} " " {title.span()}
                                </a>
                            </p>
                        }
                    });
                view! {
                    <div class=class>
                        <p class="feedback__verdict"><strong>{verdict}</strong></p>
                        {notes}
                        {again}
                        {lesson}
                        {explanation}
                    </div>
                }
            })
        }))
    };

    let heading_id = format!("{base}-heading");
    view! {
        <section class="item" aria-labelledby=heading_id>
            <h2 id=heading_id.clone() class="item__number" tabindex="-1">{locale.question_of(number, count)}</h2>
            <div id=prompt_id.clone() class="item__prompt">{prompt}</div>
            <InteractionInput item=item.get_value() display draft languages=languages.get_value() prompt_id
                enabled=Signal::derive(move || !closed()) />
            {(hint_count > 0).then(|| view! {
                <div class="hints">
                    <ol class="hints__list">{hints}</ol>
                    <button type="button" class="button" on:click=reveal_hint hidden=move || { hints_shown.get() >= hint_count }>
                        {move || locale.show_hint(hints_shown.get() + 1, hint_count)}
                    </button>
                </div>
            })}
            <p class="item__nudge" role="alert">{move || answer_first.get().then(|| locale.t(Msg::AnswerFirst))}</p>
            <div class="item__actions">
                <button type="button" class="button button--primary" on:click=check hidden=closed>
                    {locale.t(if mode == ItemMode::Checkpoint { Msg::SubmitAnswer } else { Msg::Check })}
                </button>
                {(mode != ItemMode::Checkpoint).then(|| view! {
                    <button type="button" id=next_id class="button" class:button--primary=closed on:click=next
                        hidden=move || mode == ItemMode::Review && !closed()>
                        {move || locale.t(if closed() || mode == ItemMode::Review { if number == count { Msg::SeeResults } else { Msg::NextQuestion } } else { Msg::Skip })}
                    </button>
                })}
            </div>
            <div role="status" class="item__feedback">{feedback}</div>
        </section>
    }
}
