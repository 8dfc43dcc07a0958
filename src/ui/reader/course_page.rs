use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::course_data::{CourseLoad, load_course};
use crate::app::load::load;
use crate::app::router::{Route, set_title};
use crate::core::mastery;
use crate::i18n::Msg;
use crate::ui::common::{ProgressMeter, pick};
use crate::ui::reader::course_unavailable;

/// A course's contents: progress, where to continue, and every module with its lessons.
#[component]
pub fn CoursePage(course: String) -> impl IntoView {
    let app = use_app();
    let course = load(move || {
        let id = course.clone();
        async move { load_course(app.store(), &id).await }
    });

    view! {
                    {move || match course.get() {
                None => view! { <p>{app.t(Msg::Loading)}</p> }.into_any(),
                Some(load) => match load {
                CourseLoad::Ready { bundle, progress, log } => {
                    let locale = app.locale.get();
                    let languages = bundle.languages().to_vec();
                    let title = pick(bundle.title(), locale, &languages);
                    let summary = pick(bundle.summary(), locale, &languages);
                    set_title(&title.text);
                    let base = Route::course_href(bundle.id());
                    let resume = progress.resume_at(&bundle).map(|found| {
                        let label = if progress.has_started() { Msg::Continue } else { Msg::Start };
                        let lesson_title = pick(&found.lesson.title, locale, &languages);
                        (format!("{base}/lesson/{}", found.lesson.id), label, lesson_title)
                    });
                    let (done, total) = (progress.done_count(), progress.total());
                    let authors = bundle.authors().iter().map(|a| a.name.clone()).collect::<Vec<_>>().join(", ");
                    view! {
                        <article class="course">
                            <header class="course__header">
                                <h1 lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</h1>
                                <p class="course__summary" lang=summary.lang.clone() dir=summary.dir()>{summary.text.clone()}</p>
                                <ProgressMeter done=Signal::stored(done) total=Signal::stored(total) />
                                {progress.is_complete().then(|| view! { <p class="notice notice--success">{app.t(Msg::CourseDone)}</p> })}
                                {resume.map(|(href, label, lesson_title)| view! {
                                    <a href=href class="button button--primary course__resume">
                                        <span>{app.t(label)} " · " {lesson_title.span()}</span>
                                    </a>
                                })}
                            </header>
                            <section aria-labelledby="modules-heading">
                                <h2 id="modules-heading">{app.t(Msg::Modules)}</h2>
                                <ol class="module-list">
                                    {bundle.modules().iter().map(|module| {
                                        let module_title = pick(&module.title, locale, &languages);
                                        let (module_done, module_total) = progress.module_counts(&bundle, &module.id);
                                        let heading_id = format!("module-{}", module.id);
                                        view! {
                                            <li class="module">
                                                <h3 id=heading_id.clone() lang=module_title.lang.clone() dir=module_title.dir()>{module_title.text.clone()}</h3>
                                                <p class="module__progress">
                                                    {locale.lessons_done(module_done, module_total)}
                                                    {progress.is_module_complete(module).then(|| view! { <span class="badge badge--done">{locale.t(Msg::ModuleComplete)}</span> })}
                                                </p>
                                                <ol class="lesson-list" aria-labelledby=heading_id>
                                                    {module.lessons.iter().map(|lesson| {
                                                        let lesson_title = pick(&lesson.title, locale, &languages);
                                                        let done = progress.is_done(&lesson.id);
                                                        view! {
                                                            <li class="lesson-list__item" class:lesson-list__item--done=done>
                                                                <a href=format!("{base}/lesson/{}", lesson.id)>
                                                                    <span lang=lesson_title.lang.clone() dir=lesson_title.dir()>{lesson_title.text.clone()}</span>
                                                                </a>
                                                                <span class="lesson-list__meta">
                                                                    {locale.minutes(u32::from(lesson.minutes))}
                                                                    {done.then(|| view! {
                                                                        <span class="lesson-list__done">
                                                                            <span aria-hidden="true">" ✓"</span>
                                                                            <span class="visually-hidden">{locale.t(Msg::Completed)}</span>
                                                                        </span>
                                                                    })}
                                                                </span>
                                                            </li>
                                                        }
                                                    }).collect_view()}
                                                </ol>
                                                {(!module.assessments.is_empty()).then(|| view! {
                                                    <ul class="assessment-list" aria-label=format!("{} · {}", locale.t(Msg::Assessments), module_title.text)>
                                                        {module.assessments.iter().map(|assessment| {
                                                            let title = pick(&assessment.title, locale, &languages);
                                                            let status = mastery::status(assessment, &log);
                                                            let rule = mastery::rule(assessment);
                                                            view! {
                                                                <li class="assessment-list__item">
                                                                    <span class="assessment-list__kind">{locale.t(Msg::kind(assessment.kind))}</span>
                                                                    <a href=Route::assessment_href(bundle.id(), &assessment.id)>{title.span()}</a>
                                                                    <span class="assessment-list__status" class:assessment-list__status--met=status.met>
                                                                        {status.met.then(|| view! { <span aria-hidden="true">"✓ "</span> })}
                                                                        {locale.mastery_status(rule, &status)}
                                                                    </span>
                                                                </li>
                                                            }
                                                        }).collect_view()}
                                                    </ul>
                                                })}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ol>
                            </section>
                            <footer class="course__credits">
                                <dl>
                                    <dt>{app.t(Msg::Authors)}</dt><dd>{authors}</dd>
                                    {bundle.publisher().map(|p| view! { <dt>{app.t(Msg::Publisher)}</dt><dd>{p.name.clone()}</dd> })}
                                    <dt>{app.t(Msg::License)}</dt><dd dir="ltr">{bundle.license().to_owned()}</dd>
                                </dl>
                            </footer>
                        </article>
                    }.into_any()
                }
                other => course_unavailable(&other),
            },
            }}
    }
}
