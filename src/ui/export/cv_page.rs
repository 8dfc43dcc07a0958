use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::app::context::use_app;
use crate::app::learner::{LearnerView, load_learner};
use crate::app::load::load;
use crate::app::router::set_title;
use crate::core::achievement::Achievement;
use crate::core::portfolio::{Entry, EntryKind, LanguageLevel, Profile};
use crate::core::resume::is_web_link;
use crate::core::skills::{SkillName, skill_evidence};
use crate::i18n::{Locale, Msg};
use crate::ui::common::{StoredImage, pick};
use crate::ui::portfolio::EntryMarkdown;

/// The CV as a printable A4 page: the profile, projects, achievements shown, skills and
/// languages, in a language of its own (the UI language at first), mirrored for Arabic.
/// Printing (or "Save as PDF") prints only the CV: `style/cv.css` hides everything else.
#[component]
pub fn CvPage() -> impl IntoView {
    let app = use_app();
    let learner = load(move || {
        app.installed_revision.track();
        async move {
            let store = app.store().map_err(|e| e.to_string())?;
            load_learner(&store).await.map_err(|e| e.to_string())
        }
    });
    // The CV follows the UI language until the learner picks another one for it.
    let cv_locale = RwSignal::new(app.locale.get_untracked());
    Effect::new(move || cv_locale.set(app.locale.get()));
    Effect::new(move || set_title(app.t(Msg::CvTitle)));
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let on_language = move |event| {
        if let Some(locale) = Locale::from_code(&event_target_value(&event)) {
            cv_locale.set(locale);
        }
    };

    view! {
        <div class="cv-page">
            <div class="cv-toolbar">
                <h1>{move || app.t(Msg::CvTitle)}</h1>
                <div class="cv-toolbar__controls">
                    <div class="cv-toolbar__field">
                        <label for="cv-language">{move || app.t(Msg::CvLanguage)}</label>
                        <select id="cv-language" on:change=on_language prop:value=move || cv_locale.get().code()>
                            {Locale::ALL.into_iter().map(|locale| view! {
                                <option value=locale.code() lang=locale.code() selected=move || cv_locale.get() == locale>
                                    {locale.native_name()}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="button" class="button button--primary" on:click=print>{move || app.t(Msg::CvPrint)}</button>
                </div>
                <p class="cv-toolbar__help">{move || app.t(Msg::CvPrintHelp)}</p>
                <Show when=move || learner.with(|l| matches!(l, Some(Ok(v)) if !v.portfolio.profile.name.trim().is_empty()))>
                    <p><a href="/portfolio/profile">{move || app.t(Msg::CvEditProfile)}</a></p>
                </Show>
            </div>
            {move || match learner.get() {
                None => view! { <p>{app.t(Msg::Loading)}</p> }.into_any(),
                Some(Err(_)) => view! { <p class="notice notice--error" role="alert">{app.t(Msg::StorageUnavailable)}</p> }.into_any(),
                Some(Ok(view)) if view.portfolio.profile.name.trim().is_empty() => view! {
                    <p class="notice">
                        {app.t(Msg::CvEmpty)} " "
                        <a href="/portfolio/profile">{app.t(Msg::CvFillProfile)}</a>
                    </p>
                }.into_any(),
                Some(Ok(view)) => {
                    let view = StoredValue::new(view);
                    (move || view.with_value(|v| cv(v, cv_locale.get()))).into_any()
                }
            }}
        </div>
    }
}

/// The CV document itself, every text in `locale` (course texts with their fallbacks).
fn cv(learner: &LearnerView, locale: Locale) -> AnyView {
    let profile = &learner.portfolio.profile;
    let projects: Vec<Entry> = learner
        .portfolio
        .entries
        .iter()
        .filter(|entry| entry.kind == EntryKind::Project)
        .cloned()
        .collect();
    let achievements = learner.shown_achievements();
    let skills: Vec<AnyView> = skill_evidence(&achievements, &projects)
        .into_iter()
        .map(|skill| match skill.name {
            SkillName::Course {
                label, languages, ..
            } => {
                let name = pick(&label, locale, &languages);
                let dir = name.dir();
                view! { <li lang=name.lang dir=dir>{name.text}</li> }.into_any()
            }
            SkillName::Own(name) => view! { <li>{name}</li> }.into_any(),
        })
        .collect();
    let t = move |msg| locale.t(msg);
    let about = profile.about.trim().to_owned();
    let section = |id: &'static str, msg: Msg, body: AnyView| {
        view! {
            <section class="cv__section" aria-labelledby=id>
                <h3 id=id class="cv__heading">{t(msg)}</h3>
                {body}
            </section>
        }
    };

    view! {
        <article class="cv" lang=locale.code() dir=locale.dir() aria-labelledby="cv-name" data-testid="cv">
            {header(profile, locale)}
            {(!about.is_empty()).then(|| section("cv-about", Msg::CvAbout,
                view! { <p class="cv__about" dir="auto">{about}</p> }.into_any()))}
            {(!projects.is_empty()).then(|| section("cv-projects", Msg::CvProjects,
                projects.iter().map(|entry| project(entry, locale)).collect_view().into_any()))}
            {(!achievements.is_empty()).then(|| section("cv-achievements", Msg::CvCertifications,
                view! { <ul class="cv__list">{achievements.iter().map(|a| achievement(a, locale)).collect_view()}</ul> }.into_any()))}
            {(!skills.is_empty()).then(|| section("cv-skills", Msg::CvSkills,
                view! { <ul class="cv__tags">{skills}</ul> }.into_any()))}
            {(!profile.languages.is_empty()).then(|| section("cv-languages", Msg::CvLanguages,
                view! {
                    <ul class="cv__languages">
                        {profile.languages.iter().map(|spoken| {
                            let level = match spoken.level {
                                LanguageLevel::Native => t(Msg::CvLevelNative).to_owned(),
                                level => level.code().to_ascii_uppercase(),
                            };
                            view! { <li><span class="cv__language">{spoken.language.trim().to_owned()}</span> " — " {level}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()))}
        </article>
    }
    .into_any()
}

fn header(profile: &Profile, locale: Locale) -> AnyView {
    let name = profile.name.trim().to_owned();
    let photo = profile.photo.clone().map(|photo| {
        let alt = if photo.alt.trim().is_empty() {
            name.clone()
        } else {
            photo.alt.trim().to_owned()
        };
        view! { <StoredImage id=photo.id alt class="cv__photo" /> }
    });
    let mut contacts: Vec<AnyView> = Vec::new();
    if !profile.city.trim().is_empty() {
        contacts.push(
            view! { <li><span class="visually-hidden">{locale.labelled(Msg::CvCity, "")}</span>{profile.city.trim().to_owned()}</li> }
                .into_any(),
        );
    }
    let email = profile.email.trim();
    if !email.is_empty() {
        contacts.push(
            view! {
                <li>
                    <span class="visually-hidden">{locale.labelled(Msg::CvEmail, "")}</span>
                    <a href=format!("mailto:{email}") dir="ltr">{email.to_owned()}</a>
                </li>
            }
            .into_any(),
        );
    }
    let phone = profile.phone.trim();
    if !phone.is_empty() {
        let dial: String = phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        contacts.push(
            view! {
                <li>
                    <span class="visually-hidden">{locale.labelled(Msg::CvPhone, "")}</span>
                    <a href=format!("tel:{dial}") dir="ltr">{phone.to_owned()}</a>
                </li>
            }
            .into_any(),
        );
    }
    for link in profile.links.iter().filter(|link| is_web_link(&link.url)) {
        let label = link.label.trim().to_owned();
        let url = link.url.trim().to_owned();
        contacts.push(
            view! {
                <li>
                    {(!label.is_empty()).then(|| view! { <span class="cv__link-label">{label}</span> " " })}
                    <a href=url.clone() dir="ltr">{readable(&url)}</a>
                </li>
            }
            .into_any(),
        );
    }
    view! {
        <header class="cv__header">
            {photo}
            <div class="cv__identity">
                <h2 id="cv-name" class="cv__name"><bdi>{name}</bdi></h2>
                {(!profile.headline.trim().is_empty()).then(|| view! { <p class="cv__headline"><bdi>{profile.headline.trim().to_owned()}</bdi></p> })}
                {(!contacts.is_empty()).then(|| view! { <ul class="cv__contact" aria-label=locale.t(Msg::CvContact)>{contacts}</ul> })}
            </div>
        </header>
    }
    .into_any()
}

fn project(entry: &Entry, locale: Locale) -> AnyView {
    let dates = period(&entry.start, &entry.end, locale);
    let description = entry.description.trim().to_owned();
    let links: Vec<(Msg, String)> = [
        (Msg::CvLive, &entry.live_url),
        (Msg::CvCode, &entry.repository),
    ]
    .into_iter()
    .filter(|(_, url)| is_web_link(url))
    .map(|(msg, url)| (msg, url.trim().to_owned()))
    .collect();
    let skills: Vec<String> = entry
        .skills
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    view! {
        <article class="cv-item">
            <div class="cv-item__head">
                <h4 class="cv-item__title"><bdi>{entry.title.trim().to_owned()}</bdi></h4>
                {dates.map(|dates| view! { <p class="cv-item__when">{dates}</p> })}
            </div>
            {(!entry.role.trim().is_empty()).then(|| view! {
                <p class="cv-item__meta">{locale.labelled(Msg::CvRole, entry.role.trim())}</p>
            })}
            {(!description.is_empty()).then(|| view! { <div class="cv-item__text"><EntryMarkdown text=description /></div> })}
            {(!links.is_empty()).then(|| view! {
                <ul class="cv-item__links">
                    {links.into_iter().map(|(msg, url)| view! {
                        <li>{locale.labelled(msg, "")}<a href=url.clone() dir="ltr">{readable(&url)}</a></li>
                    }).collect_view()}
                </ul>
            })}
            {(!skills.is_empty()).then(|| view! {
                <p class="cv-item__meta">{locale.labelled(Msg::CvSkills, &skills.join(" · "))}</p>
            })}
        </article>
    }
    .into_any()
}

fn achievement(achievement: &Achievement, locale: Locale) -> AnyView {
    let title = pick(&achievement.title, locale, &achievement.languages);
    let course = pick(&achievement.course_title, locale, &achievement.languages);
    let issuer = achievement.issuer.name.trim().to_owned();
    let mut facts = vec![long_date(achievement.earned_ms, locale)];
    if let Some(score) = achievement.score {
        let percent = match locale {
            Locale::Fr => format!("{score} %"),
            Locale::Ar => format!("{score}٪"),
            Locale::En => format!("{score}%"),
        };
        facts.push(locale.labelled(Msg::Score, &percent));
    }
    view! {
        <li class="cv-item">
            <div class="cv-item__head">
                <h4 class="cv-item__title" lang=title.lang.clone() dir=title.dir()>{title.text.clone()}</h4>
                <p class="cv-item__when">{facts.join(" · ")}</p>
            </div>
            <p class="cv-item__meta">
                {locale.labelled(Msg::CvCourse, "")}
                <span lang=course.lang.clone() dir=course.dir()>{course.text.clone()}</span>
                {(!issuer.is_empty()).then(|| view! { " · " {locale.labelled(Msg::CvIssuer, &issuer)} })}
            </p>
        </li>
    }
    .into_any()
}

/// "mars 2025 – juin 2025", "mars 2025", or nothing, from `YYYY-MM(-DD)` texts.
fn period(start: &str, end: &str, locale: Locale) -> Option<String> {
    let start = month_year(start, locale);
    let end = month_year(end, locale);
    match (start, end) {
        (Some(start), Some(end)) if start == end => Some(start),
        (Some(start), Some(end)) => Some(format!("{start} – {end}")),
        (Some(one), None) | (None, Some(one)) => Some(one),
        (None, None) => None,
    }
}

/// A `YYYY-MM` or `YYYY-MM-DD` text as month and year in `locale`; `None` if it is not one.
fn month_year(text: &str, locale: Locale) -> Option<String> {
    let mut parts = text.trim().split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1000..=9999).contains(&year) {
        return None;
    }
    let date = js_sys::Date::new_with_year_month_day(year, month as i32 - 1, 15);
    Some(format_date(&date, locale, false))
}

/// A moment as day, month and year in `locale`: "12 mars 2026".
fn long_date(at_ms: u64, locale: Locale) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at_ms as f64));
    format_date(&date, locale, true)
}

/// The browser's own calendar words for `locale`, with Western digits in every language as the
/// rest of the app writes them.
fn format_date(date: &js_sys::Date, locale: Locale, with_day: bool) -> String {
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    };
    set("year", "numeric");
    set("month", "long");
    if with_day {
        set("day", "numeric");
    }
    set("numberingSystem", "latn");
    String::from(date.to_locale_date_string(locale.code(), &options))
}

/// A web address the way it reads on paper: no scheme, no `www.`, no trailing slash.
fn readable(url: &str) -> String {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.trim_end_matches('/').to_owned()
}
