use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::course_data::now_ms;
use crate::app::learner::{LearnerView, load_learner};
use crate::app::load::load;
use crate::app::router::Route;
use crate::core::achievement::Achievement;
use crate::core::dashboard::{CourseRecords, Dashboard, dashboard};
use crate::i18n::{Locale, Msg};
use crate::ui::common::{ProgressMeter, pick};

/// How many of the latest achievements the dashboard shows; the portfolio has them all.
const RECENT_ACHIEVEMENTS: usize = 3;

/// Where the learner stands across every course on the device, computed from the stored records
/// each time the page opens. Shows nothing until a course is installed.
#[component]
pub fn DashboardPanel() -> impl IntoView {
    let app = use_app();
    let learner = load(move || {
        app.installed_revision.track();
        async move {
            let store = app.store().ok()?;
            load_learner(&store).await.ok()
        }
    });
    move || {
        let view = learner.get().flatten()?;
        if view.courses.is_empty() {
            return None;
        }
        let figures = figures(&view);
        Some(view! { <DashboardBody view figures /> })
    }
}

fn figures(view: &LearnerView) -> Dashboard {
    let records: Vec<CourseRecords<'_>> = view
        .courses
        .iter()
        .map(|course| CourseRecords {
            bundle: &course.bundle,
            events: &course.events,
            log: &course.log,
        })
        .collect();
    // getTimezoneOffset is minutes west of UTC; the core wants minutes east.
    let offset = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    dashboard(&records, now_ms(), offset)
}

#[component]
fn DashboardBody(view: LearnerView, figures: Dashboard) -> impl IntoView {
    let app = use_app();
    let view = StoredValue::new(view);
    let figures = StoredValue::new(figures);
    move || {
        let locale = app.locale.get();
        view.with_value(|view| figures.with_value(|figures| body(locale, view, figures)))
    }
}

fn body(locale: Locale, view: &LearnerView, figures: &Dashboard) -> AnyView {
    let resume = resume_link(locale, view, figures);
    let streak = &figures.streak;
    let courses = figures
        .courses
        .iter()
        .map(|course| {
            let title = pick(&course.title, locale, &course.languages);
            let modules = course
                .modules
                .iter()
                .map(|module| {
                    let module_title = pick(&module.title, locale, &course.languages).span();
                    let state = if module.complete {
                        format!("✓ {}", locale.t(Msg::ModuleComplete))
                    } else {
                        locale.lessons_done(module.lessons_done, module.lessons_total)
                    };
                    view! {
                        <li class:dashboard__module--complete=module.complete>
                            {module_title}
                            <span class="dashboard__module-state">{state}</span>
                        </li>
                    }
                })
                .collect_view();
            let (done, total) = (course.lessons_done, course.lessons_total);
            view! {
                <li class="dashboard__course">
                    <h3><a href=Route::course_href(&course.course_id) lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</a></h3>
                    <ProgressMeter done=Signal::stored(done) total=Signal::stored(total) />
                    <details>
                        <summary>{locale.t(Msg::ProgressByModule)}</summary>
                        <ul class="dashboard__modules">{modules}</ul>
                    </details>
                </li>
            }
        })
        .collect_view();
    let skills = figures
        .mastered_skills
        .iter()
        .map(|mastered| {
            let languages = view
                .courses
                .iter()
                .find(|c| c.bundle.id() == mastered.course_id)
                .map(|c| c.bundle.languages().to_vec())
                .unwrap_or_default();
            view! { <li>{pick(&mastered.skill.label, locale, &languages).span()}</li> }
        })
        .collect_view();
    let recent = recent_achievements(locale, &view.achievements);
    view! {
        <section class="dashboard" aria-labelledby="dashboard-heading">
            <h2 id="dashboard-heading">{locale.t(Msg::DashboardTitle)}</h2>
            {resume}
            <dl class="dashboard__figures">
                <div>
                    <dt>{locale.t(Msg::AssessmentsPassedLabel)}</dt>
                    <dd>{locale.of(figures.assessments_passed, figures.assessments_total)}</dd>
                </div>
                <div>
                    <dt>{locale.t(Msg::SkillsMasteredLabel)}</dt>
                    <dd>{figures.mastered_skills.len()}</dd>
                </div>
                <div>
                    <dt>{locale.t(Msg::WeeklyStreak)}</dt>
                    <dd>{streak.weeks}</dd>
                    <dd class="dashboard__streak">{locale.streak(streak.weeks, streak.active_days_this_week)}</dd>
                </div>
            </dl>
            <ul class="dashboard__courses">{courses}</ul>
            {(!figures.mastered_skills.is_empty()).then(|| view! {
                <h3>{locale.t(Msg::SkillsMasteredLabel)}</h3>
                <ul class="dashboard__skills">{skills}</ul>
            })}
            {recent}
        </section>
    }
    .into_any()
}

/// "Continue where I left off" to the lesson to resume; the first lesson when nothing is started.
fn resume_link(locale: Locale, view: &LearnerView, figures: &Dashboard) -> AnyView {
    let (target, label) = match &figures.resume {
        Some(resume) => (
            Some((resume.course_id.clone(), resume.lesson_id.clone())),
            Msg::ContinueLearning,
        ),
        None if figures.courses.iter().all(|c| c.complete) => {
            return view! { <p class="notice">{locale.t(Msg::AllCoursesComplete)}</p> }.into_any();
        }
        None => {
            let first = figures
                .courses
                .iter()
                .find(|c| !c.complete)
                .and_then(|summary| {
                    let course = view
                        .courses
                        .iter()
                        .find(|c| c.bundle.id() == summary.course_id)?;
                    let lesson = course.bundle.lessons().next()?;
                    Some((summary.course_id.clone(), lesson.lesson.id.clone()))
                });
            (first, Msg::StartLearning)
        }
    };
    let Some((course_id, lesson_id)) = target else {
        return ().into_any();
    };
    let Some(course) = view.courses.iter().find(|c| c.bundle.id() == course_id) else {
        return ().into_any();
    };
    let languages = course.bundle.languages();
    let lesson_title = course
        .bundle
        .lesson(&lesson_id)
        .map(|lesson| pick(&lesson.lesson.title, locale, languages).text)
        .unwrap_or_default();
    let course_title = pick(course.bundle.title(), locale, languages);
    let dir = course_title.dir();
    let lesson_title = format!("{lesson_title} · {}", course_title.text);
    view! {
        <p class="dashboard__resume">
            <a class="button button--primary" href=Route::lesson_href(&course_id, &lesson_id)>{locale.t(label)}</a>
            <bdi class="dashboard__resume-where" lang=course_title.lang dir=dir>{lesson_title}</bdi>
        </p>
    }
    .into_any()
}

fn recent_achievements(locale: Locale, achievements: &[Achievement]) -> AnyView {
    if achievements.is_empty() {
        return ().into_any();
    }
    let items = achievements
        .iter()
        .rev()
        .take(RECENT_ACHIEVEMENTS)
        .map(|achievement| {
            let title = pick(&achievement.title, locale, &achievement.languages);
            let course = pick(&achievement.course_title, locale, &achievement.languages);
            let course_dir = course.dir();
            let score = achievement
                .score
                .map(|score| format!(" · {}", locale.percent(score)))
                .unwrap_or_default();
            view! {
                <li class="dashboard__achievement">
                    <span class="dashboard__badge" aria-hidden="true">"★"</span>
                    <span>
                        <strong lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</strong>
                        // Isolated, so a French course title does not scramble an Arabic line.
                        <span class="dashboard__achievement-meta">
                            <bdi lang=course.lang dir=course_dir>{course.text}</bdi>
                            {format!(" · {}{score}", locale.date(achievement.earned_ms))}
                        </span>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>{locale.t(Msg::RecentAchievements)}</h3>
        <ul class="dashboard__achievements">{items}</ul>
        <p><a href="/portfolio">{locale.t(Msg::SeePortfolio)}</a></p>
    }
    .into_any()
}
