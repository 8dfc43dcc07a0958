use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::course_data::{CourseLoad, load_course, now_ms};
use crate::app::load::load;
use crate::app::router::{Route, set_title};
use crate::core::bundle::{Bundle, LessonRef};
use crate::core::markdown;
use crate::core::progress::{EventKind, LearningEvent};
use crate::i18n::{Locale, Msg};
use crate::storage::Store;
use crate::ui::common::{ProgressMeter, pick};
use crate::ui::reader::{MarkdownView, course_unavailable};

/// One lesson: its text, the "done" toggle, and the way to the previous and next lessons.
/// The page is built afresh for every lesson, so progress is always read from the store.
#[component]
pub fn LessonPage(course: String, lesson: String) -> impl IntoView {
    let app = use_app();
    let course_load = load(move || {
        let id = course.clone();
        async move { load_course(app.store(), &id).await }
    });

    view! {
                    {move || match course_load.get() {
                None => view! { <p>{app.t(Msg::Loading)}</p> }.into_any(),
                Some(load) => match load {
                CourseLoad::Ready { bundle, progress, .. } => {
                    if bundle.lesson(&lesson).is_none() {
                        return view! {
                            <h1>{app.t(Msg::LessonNotFound)}</h1>
                            <p><a href=Route::course_href(bundle.id())>{app.t(Msg::BackToCourse)}</a></p>
                        }.into_any();
                    }
                    // Opening a lesson is remembered, so the course resumes here.
                    record(LearningEvent { course_id: bundle.id().to_owned(), lesson_id: lesson.clone(), kind: EventKind::Opened, at_ms: now_ms() });
                    let done = RwSignal::new(progress.is_done(&lesson));
                    let done_before = progress.done_count() - usize::from(progress.is_done(&lesson));
                    let total = progress.total();
                    view! { <LessonView bundle lesson=lesson.clone() done done_before total /> }.into_any()
                }
                other => course_unavailable(&other),
            },
            }}
    }
}

fn record(event: LearningEvent) {
    let app = use_app();
    spawn_local(async move {
        if let Ok(store) = app.store()
            && let Err(error) = store.record_event(event).await
        {
            web_sys::console::warn_1(&format!("progress not saved: {error}").into());
        }
    });
}

#[component]
fn LessonView(
    bundle: Arc<Bundle>,
    lesson: String,
    done: RwSignal<bool>,
    done_before: usize,
    total: usize,
) -> impl IntoView {
    let app = use_app();
    let course_id = bundle.id().to_owned();
    let toggle = {
        let lesson = lesson.clone();
        move |_| {
            let now_done = !done.get_untracked();
            done.set(now_done);
            let kind = if now_done {
                EventKind::Completed
            } else {
                EventKind::Reopened
            };
            record(LearningEvent {
                course_id: course_id.clone(),
                lesson_id: lesson.clone(),
                kind,
                at_ms: now_ms(),
            });
            if now_done {
                // A lesson done is progress to lose: ask the browser to keep it (once).
                crate::app::persist::ask_once();
            }
        }
    };
    // The text follows the language switcher; the toggle and its state stay put.
    let bundle = StoredValue::new(bundle);
    let lesson = StoredValue::new(lesson);
    let content = move || {
        bundle.with_value(|b| lesson.with_value(|l| lesson_content(b, l, app.locale.get())))
    };
    let navigation = move || {
        bundle.with_value(|b| lesson.with_value(|l| lesson_navigation(b, l, app.locale.get())))
    };
    view! {
        <article class="lesson">
            {content}
            <div class="lesson__done">
                <button type="button" class="button toggle" aria-pressed=move || if done.get() { "true" } else { "false" } on:click=toggle>
                    <span class="toggle__box" aria-hidden="true">{move || if done.get() { "✓" } else { "" }}</span>
                    {move || app.t(Msg::MarkDone)}
                </button>
                <ProgressMeter done=Signal::derive(move || done_before + usize::from(done.get())) total=Signal::stored(total) />
            </div>
            {navigation}
        </article>
    }
}

/// The lesson's heading and text, in the reader's language.
fn lesson_content(bundle: &Arc<Bundle>, lesson: &str, locale: Locale) -> AnyView {
    let Some(found) = bundle.lesson(lesson) else {
        return ().into_any();
    };
    let languages = bundle.languages();
    let title = pick(&found.lesson.title, locale, languages);
    let module_title = pick(&found.module.title, locale, languages);
    let course_title = pick(bundle.title(), locale, languages);
    let body = pick(&found.lesson.body, locale, languages);
    set_title(&format!("{} · {}", title.text, course_title.text));
    let blocks = markdown::parse(&body.text);
    view! {
        <nav class="breadcrumb" aria-label=locale.t(Msg::BackToCourse)>
            <a href=Route::course_href(bundle.id())>{course_title.span()}</a>
            <span aria-hidden="true">" / "</span>
            {module_title.span()}
        </nav>
        <h1 lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</h1>
        <p class="lesson__meta">{locale.minutes(u32::from(found.lesson.minutes))}</p>
        <div class="lesson__body" lang=body.lang.clone() dir=body.dir()>
            <MarkdownView blocks bundle=bundle.clone() />
        </div>
    }
    .into_any()
}

/// Previous lesson, contents, next lesson, across module boundaries.
fn lesson_navigation(bundle: &Bundle, lesson: &str, locale: Locale) -> AnyView {
    let languages = bundle.languages();
    let base = Route::course_href(bundle.id());
    let (previous, next) = bundle.neighbours(lesson);
    let link = |found: Option<LessonRef<'_>>| {
        found.map(|f| {
            (
                Route::lesson_href(bundle.id(), &f.lesson.id),
                pick(&f.lesson.title, locale, languages),
            )
        })
    };
    let (previous, next) = (link(previous), link(next));
    // At the end of a module, its assessments come before the next lesson.
    let assessments = bundle
        .lesson(lesson)
        .filter(|found| found.module.lessons.last().is_some_and(|last| last.id == lesson))
        .map(|found| {
            found
                .module
                .assessments
                .iter()
                .map(|assessment| {
                    let title = pick(&assessment.title, locale, languages);
                    view! {
                        <li>
                            <a href=Route::assessment_href(bundle.id(), &assessment.id) class="button">
                                <span>{locale.t(Msg::kind(assessment.kind))} " · " {title.span()}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        });
    view! {
        {assessments.map(|links| view! {
            <section class="lesson-assessments" aria-labelledby="lesson-assessments-heading">
                <h2 id="lesson-assessments-heading">{locale.t(Msg::TestYourself)}</h2>
                <ul>{links}</ul>
            </section>
        })}
        <nav class="lesson-nav" aria-label=locale.t(Msg::LessonNav)>
            {previous.map(|(href, title)| view! {
                <a href=href class="lesson-nav__link lesson-nav__link--previous" rel="prev">
                    <span class="lesson-nav__label">{locale.t(Msg::PreviousLesson)}</span>
                    {title.span()}
                </a>
            })}
            <a href=base class="lesson-nav__link lesson-nav__link--contents">{locale.t(Msg::BackToCourse)}</a>
            {next.map(|(href, title)| view! {
                <a href=href class="lesson-nav__link lesson-nav__link--next" rel="next">
                    <span class="lesson-nav__label">{locale.t(Msg::NextLesson)}</span>
                    {title.span()}
                </a>
            })}
        </nav>
    }
    .into_any()
}
