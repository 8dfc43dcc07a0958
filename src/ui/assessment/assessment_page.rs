use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::course_data::{CourseLoad, load_course, now_ms};
use crate::app::load::load;
use crate::app::router::{Route, set_title};
use crate::core::attempt::{self, Answer, AssessmentLog};
use crate::core::bundle::Bundle;
use crate::core::mastery;
use crate::core::model::{Assessment, AssessmentKind};
use crate::core::shuffle;
use crate::i18n::Msg;
use crate::storage::Store;
use crate::ui::assessment::{AttemptHistory, AttemptResults, ItemMode, ItemView, Judged, markdown};
use crate::ui::common::{focus_soon, pick};
use crate::ui::reader::course_unavailable;

#[derive(Clone, Debug, PartialEq)]
enum Screen {
    Intro,
    /// Taking the attempt with this id.
    Taking(String),
    Results(String),
}

/// An assessment: its rule and history, then one attempt item by item, then the results.
/// An unfinished attempt is resumed at once, at the item where the learner left it.
#[component]
pub fn AssessmentPage(course: String, assessment: String) -> impl IntoView {
    let app = use_app();
    let course_load = load(move || {
        let id = course.clone();
        async move { load_course(app.store(), &id).await }
    });
    move || match course_load.get() {
        None => view! { <p>{app.t(Msg::Loading)}</p> }.into_any(),
        Some(CourseLoad::Ready { bundle, log, .. }) => {
            match bundle
                .assessment(&assessment)
                .map(|found| found.assessment.clone())
            {
                Some(found) => {
                    view! { <AssessmentRunner bundle assessment=found log /> }.into_any()
                }
                None => view! {
                    <h1>{app.t(Msg::AssessmentNotFound)}</h1>
                    <p><a href=Route::course_href(bundle.id())>{app.t(Msg::BackToCourse)}</a></p>
                }
                .into_any(),
            }
        }
        Some(other) => course_unavailable(&other),
    }
}

#[component]
fn AssessmentRunner(
    bundle: Arc<Bundle>,
    assessment: Assessment,
    log: AssessmentLog,
) -> impl IntoView {
    let app = use_app();
    let course_id = bundle.id().to_owned();
    let screen = RwSignal::new(match attempt::unfinished(&log, &assessment) {
        Some(open) => Screen::Taking(open.id.clone()),
        None => Screen::Intro,
    });
    let resumed = matches!(screen.get_untracked(), Screen::Taking(_));
    let log = RwSignal::new(log);
    let save_failed = RwSignal::new(false);
    let bundle = StoredValue::new(bundle);
    let assessment = StoredValue::new(assessment);
    let course_id = StoredValue::new(course_id);

    // Every write goes to the store at once; the page updates its own copy so it never waits.
    let save = move |write: Write| {
        let course = course_id.get_value();
        spawn_local(async move {
            let outcome = match app.store() {
                Ok(store) => match write {
                    Write::Start(attempt) => store.start_attempt(&course, attempt).await,
                    Write::Answer(answer) => {
                        // She has something to lose now: ask the browser to keep it.
                        store
                            .record_answer(&course, answer)
                            .await
                            .inspect(|()| crate::app::persist::ask_once())
                    }
                    Write::Finish(id, at) => store.finish_attempt(&course, &id, at).await,
                },
                Err(error) => Err(error),
            };
            if let Err(error) = outcome {
                web_sys::console::warn_1(&format!("answer not saved: {error}").into());
                save_failed.set(true);
            }
        });
    };

    let start = move || {
        let seed = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        let version = bundle.with_value(|b| b.version().to_owned());
        let new = assessment.with_value(|a| attempt::new_attempt(a, &version, seed, now_ms()));
        let id = new.id.clone();
        let first = new.order.first().cloned();
        log.update(|log| log.attempts.push(new.clone()));
        save(Write::Start(new));
        screen.set(Screen::Taking(id));
        // The start button is gone: focus goes to the first question, not to <body>.
        if let Some(first) = first {
            focus_soon(&format!("item-{first}-heading"));
        }
    };

    let title = move || {
        let locale = app.locale.get();
        bundle.with_value(|b| assessment.with_value(|a| pick(&a.title, locale, b.languages())))
    };
    Effect::new(move || {
        let course_title = bundle.with_value(|b| pick(b.title(), app.locale.get(), b.languages()));
        set_title(&format!("{} · {}", title().text, course_title.text));
    });

    // Built again when the language changes: the views below use plain texts, and an attempt in
    // progress comes back at the same item from its stored answers.
    let page = move || match (app.locale.track(), screen.get()).1 {
        Screen::Intro => {
            let locale = app.locale.get();
            let (intro, facts, status) = bundle.with_value(|b| {
                assessment.with_value(|a| {
                    let log = log.get_untracked();
                    let status = mastery::status(a, &log);
                    let items = a.draw.map_or(a.items.len(), usize::from).min(a.items.len());
                    (
                        markdown(b, &a.intro, locale, b.languages()),
                        locale.assessment_facts(a.kind, items),
                        (
                            locale.mastery_rule(mastery::rule(a)),
                            locale.mastery_status(mastery::rule(a), &status),
                            status.met,
                        ),
                    )
                })
            });
            let (rule, progress, met) = status;
            view! {
                <div class="assessment__intro">
                    {intro}
                    <p class="assessment__facts">{facts}</p>
                    <p class="assessment__rule">{rule}</p>
                    <p class="assessment__status" class:notice=met class:notice--success=met>{progress}</p>
                    <button type="button" class="button button--primary" on:click=move |_| start()>{locale.t(Msg::StartAssessment)}</button>
                </div>
                {move || {
                    let log = log.get();
                    assessment.with_value(|a| view! { <AttemptHistory assessment=a.clone() log /> })
                }}
            }
            .into_any()
        }
        Screen::Taking(id) => {
            view! { <AttemptRun attempt_id=id bundle assessment log screen save /> }.into_any()
        }
        Screen::Results(id) => {
            let retry = Callback::new(move |_: ()| start());
            bundle.with_value(|b| {
                assessment.with_value(|a| {
                    view! { <AttemptResults bundle=b.clone() assessment=a.clone() log=log.get_untracked() attempt_id=id retry /> }
                })
            })
            .into_any()
        }
    };

    view! {
        <article class="assessment">
            <nav class="breadcrumb" aria-label=move || app.t(Msg::BackToCourse)>
                <a href=move || Route::course_href(&course_id.get_value())>
                    {move || bundle.with_value(|b| pick(b.title(), app.locale.get(), b.languages()).span())}
                </a>
            </nav>
            <h1 lang=move || title().lang dir=move || title().dir()>{move || title().text}</h1>
            <p class="assessment__kind">{move || app.t(assessment.with_value(|a| Msg::kind(a.kind)))}</p>
            {resumed.then(|| view! { <p class="notice" role="status">{move || app.t(Msg::Resumed)}</p> })}
            <p class="notice notice--error" role="alert" hidden=move || !save_failed.get()>{move || app.t(Msg::AnswerNotSaved)}</p>
            {page}
        </article>
    }
}

enum Write {
    Start(attempt::Attempt),
    Answer(Answer),
    Finish(String, u64),
}

/// One attempt, item by item, starting where the stored answers say it stands.
#[component]
fn AttemptRun(
    attempt_id: String,
    bundle: StoredValue<Arc<Bundle>>,
    assessment: StoredValue<Assessment>,
    log: RwSignal<AssessmentLog>,
    screen: RwSignal<Screen>,
    save: impl Fn(Write) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let Some(attempt) =
        log.with_untracked(|l| l.attempts.iter().find(|a| a.id == attempt_id).cloned())
    else {
        return ().into_any();
    };
    let start =
        assessment.with_value(|a| log.with_untracked(|l| attempt.state(a, &l.answers).position));
    let position = RwSignal::new(start);
    let mode = match assessment.with_value(|a| a.kind) {
        AssessmentKind::Practice => ItemMode::Practice,
        AssessmentKind::Checkpoint => ItemMode::Checkpoint,
    };
    let attempt = StoredValue::new(attempt);
    let count = attempt.with_value(|a| a.order.len());

    let finish = move || {
        let id = attempt.with_value(|a| a.id.clone());
        let at = now_ms();
        log.update(|l| {
            if let Some(a) = l.attempts.iter_mut().find(|a| a.id == id) {
                a.finished_ms = Some(at);
            }
        });
        save(Write::Finish(id.clone(), at));
        screen.set(Screen::Results(id));
        focus_soon("content");
    };
    let advance = move || {
        let next = position.get_untracked() + 1;
        if next >= count {
            finish();
        } else {
            position.set(next);
            focus_soon(&format!(
                "item-{}-heading",
                attempt.with_value(|a| a.order[next].clone())
            ));
        }
    };
    let record = move |item_id: String, judged: Judged| {
        let answer = Answer {
            attempt_id: attempt.with_value(|a| a.id.clone()),
            assessment_id: assessment.with_value(|a| a.id.clone()),
            item_id,
            response: judged.response,
            credit: judged.credit,
            correct: judged.correct,
            hints_used: judged.hints_used,
            at_ms: now_ms(),
        };
        log.update(|l| l.answers.push(answer.clone()));
        save(Write::Answer(answer));
    };

    (move || {
        let at = position.get();
        if at >= count {
            // Every item was answered before the page was closed: finish now.
            request_animation_frame(finish);
            return ().into_any();
        }
        let Some((item, display)) = attempt.with_value(|a| {
            let id = &a.order[at];
            assessment.with_value(|s| {
                s.items.iter().find(|item| &item.id == id).map(|item| {
                    (item.clone(), shuffle::display_order(s, item, a.seed))
                })
            })
        }) else {
            // An item removed by a course update: nothing to ask.
            request_animation_frame(advance);
            return ().into_any();
        };
        let item_id = item.id.clone();
        let on_answer = {
            let item_id = item_id.clone();
            Callback::new(move |judged: Judged| {
                record(item_id.clone(), judged);
                if mode == ItemMode::Checkpoint {
                    advance();
                }
            })
        };
        let on_next = Callback::new(move |right: bool| {
            if !right {
                record(item_id.clone(), Judged {
                    response: crate::core::scoring::Response::Skipped,
                    credit: 0,
                    correct: false,
                    hints_used: 0,
                });
            }
            advance();
        });
        view! {
            <ItemView bundle=bundle.get_value() item display mode number=at + 1 count on_answer on_next />
        }
        .into_any()
    })
    .into_any()
}
