use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::app::context::use_app;
use crate::app::course_data::{CourseLoad, load_course, now_ms};
use crate::core::bundle::Bundle;
use crate::core::markdown;
use crate::core::progress::{EventKind, LearningEvent};
use crate::i18n::Msg;
use crate::storage::Store;
use crate::ui::common::{ProgressMeter, pick};
use crate::ui::reader::{MarkdownView, course_unavailable};

/// One lesson: its text, the "done" toggle, and the way to the previous and next lessons.
#[component]
pub fn LessonPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let course_id = move || params.with(|p| p.get("course").unwrap_or_default());
    let lesson_id = move || params.with(|p| p.get("lesson").unwrap_or_default());
    let course = LocalResource::new(move || {
        let id = course_id();
        async move { load_course(app.store(), &id).await }
    });

    // Opening a lesson is remembered, so the course resumes here.
    Effect::new(move || {
        let lesson = lesson_id();
        if let Some(CourseLoad::Ready { bundle, .. }) = course.get() {
            if bundle.lesson(&lesson).is_some() {
                record(LearningEvent { course_id: bundle.id().to_owned(), lesson_id: lesson, kind: EventKind::Opened, at_ms: now_ms() });
            }
        }
    });

    view! {
        <Suspense fallback=move || view! { <p>{app.t(Msg::Loading)}</p> }>
            {move || course.get().map(|load| match load {
                CourseLoad::Ready { bundle, progress } => {
                    let lesson = lesson_id();
                    if bundle.lesson(&lesson).is_none() {
                        return view! {
                            <h1>{app.t(Msg::LessonNotFound)}</h1>
                            <p><A href=format!("/course/{}", bundle.id())>{app.t(Msg::BackToCourse)}</A></p>
                        }.into_any();
                    }
                    let done = RwSignal::new(progress.is_done(&lesson));
                    let done_before = progress.done_count() - usize::from(progress.is_done(&lesson));
                    let total = progress.total();
                    view! { <LessonView bundle lesson done done_before total /> }.into_any()
                }
                other => course_unavailable(&other),
            })}
        </Suspense>
    }
}

fn record(event: LearningEvent) {
    let app = use_app();
    spawn_local(async move {
        if let Ok(store) = app.store() {
            if let Err(error) = store.record_event(event).await {
                web_sys::console::warn_1(&format!("progress not saved: {error}").into());
            }
        }
    });
}

#[component]
fn LessonView(bundle: Bundle, lesson: String, done: RwSignal<bool>, done_before: usize, total: usize) -> impl IntoView {
    let app = use_app();
    let locale = app.locale.get_untracked();
    let languages = bundle.languages().to_vec();
    let Some(found) = bundle.lesson(&lesson) else { return ().into_any() };
    let title = pick(&found.lesson.title, locale, &languages);
    let module_title = pick(&found.module.title, locale, &languages);
    let body = pick(&found.lesson.body, locale, &languages);
    let blocks = markdown::parse(&body.text);
    let base = format!("/course/{}", bundle.id());
    let course_title = pick(bundle.title(), locale, &languages);
    let (previous, next) = bundle.neighbours(&lesson);
    let link = |found: Option<crate::core::bundle::LessonRef<'_>>| {
        found.map(|f| (format!("{base}/lesson/{}", f.lesson.id), pick(&f.lesson.title, locale, &languages)))
    };
    let (previous, next) = (link(previous), link(next));
    let minutes = u32::from(found.lesson.minutes);
    let course_id = bundle.id().to_owned();

    let toggle = move |_| {
        let now_done = !done.get_untracked();
        done.set(now_done);
        let kind = if now_done { EventKind::Completed } else { EventKind::Reopened };
        record(LearningEvent { course_id: course_id.clone(), lesson_id: lesson.clone(), kind, at_ms: now_ms() });
    };

    view! {
        <article class="lesson">
            <nav class="breadcrumb" aria-label=move || app.t(Msg::BackToCourse)>
                <A href=base.clone()><span lang=course_title.lang.clone() dir=course_title.dir()>{course_title.text.clone()}</span></A>
                <span aria-hidden="true">" / "</span>
                <span lang=module_title.lang.clone() dir=module_title.dir()>{module_title.text.clone()}</span>
            </nav>
            <h1 lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</h1>
            <p class="lesson__meta">{move || app.locale.get().minutes(minutes)}</p>
            <div class="lesson__body" lang=body.lang.clone() dir=body.dir()>
                <MarkdownView blocks bundle=bundle.clone() />
            </div>
            <div class="lesson__done">
                <button type="button" class="button toggle" aria-pressed=move || if done.get() { "true" } else { "false" } on:click=toggle>
                    <span class="toggle__box" aria-hidden="true">{move || if done.get() { "✓" } else { "" }}</span>
                    {move || app.t(Msg::MarkDone)}
                </button>
                <ProgressMeter done=Signal::derive(move || done_before + usize::from(done.get())) total=Signal::stored(total) />
            </div>
            <nav class="lesson-nav" aria-label=move || app.t(Msg::LessonNav)>
                {previous.map(|(href, title)| view! {
                    <A href=href attr:class="lesson-nav__link lesson-nav__link--previous" attr:rel="prev">
                        <span class="lesson-nav__label">{move || app.t(Msg::PreviousLesson)}</span>
                        <span lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</span>
                    </A>
                })}
                <A href=base.clone() attr:class="lesson-nav__link lesson-nav__link--contents">{move || app.t(Msg::BackToCourse)}</A>
                {next.map(|(href, title)| view! {
                    <A href=href attr:class="lesson-nav__link lesson-nav__link--next" attr:rel="next">
                        <span class="lesson-nav__label">{move || app.t(Msg::NextLesson)}</span>
                        <span lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</span>
                    </A>
                })}
            </nav>
        </article>
    }.into_any()
}
