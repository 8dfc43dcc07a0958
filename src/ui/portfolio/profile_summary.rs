use leptos::prelude::*;

use crate::app::context::use_app;
use crate::core::portfolio::Profile;
use crate::core::resume::is_web_link;
use crate::i18n::{Locale, Msg};
use crate::ui::common::StoredImage;
use crate::ui::portfolio::Edits;

/// The profile as an employer reads it first: photo, name, headline, city, contacts, a few
/// words about her, languages and links, with the way to edit it. Empty, it says what to write.
#[component]
pub fn ProfileSummary(edits: Edits) -> impl IntoView {
    let app = use_app();
    let content = move || {
        let locale = app.locale.get();
        edits.portfolio.with(|p| {
            if p.profile == Profile::default() {
                view! {
                    <h2 id="profile-heading">{locale.t(Msg::ProfileHeading)}</h2>
                    <p class="portfolio-section__empty">{locale.t(Msg::ProfileEmpty)}</p>
                    <p><a class="button button--primary" href="/portfolio/profile">{locale.t(Msg::CompleteProfile)}</a></p>
                }
                .into_any()
            } else {
                filled(&p.profile, locale)
            }
        })
    };
    view! {
        <section class="portfolio-section profile" aria-labelledby="profile-heading">{content}</section>
    }
}

fn filled(profile: &Profile, locale: Locale) -> AnyView {
    let name = profile.name.trim().to_owned();
    let heading = if name.is_empty() {
        locale.t(Msg::ProfileHeading).to_owned()
    } else {
        name.clone()
    };
    let photo = profile.photo.as_ref().map(|photo| {
        let alt = if name.is_empty() {
            locale.t(Msg::ProfilePhoto).to_owned()
        } else {
            name.clone()
        };
        view! { <StoredImage id=photo.id.clone() alt class="profile__photo" /> }
    });
    let line = |text: &str, class: &'static str| {
        let text = text.trim().to_owned();
        (!text.is_empty()).then(|| view! { <p class=class dir="auto">{text}</p> })
    };
    let email = profile.email.trim().to_owned();
    let phone = profile.phone.trim().to_owned();
    let contacts = (!email.is_empty() || !phone.is_empty()).then(|| {
        view! {
            <ul class="profile__contacts">
                {(!email.is_empty()).then(|| view! {
                    <li>{locale.labelled(Msg::Email, "")}<a href=format!("mailto:{email}") dir="ltr">{email.clone()}</a></li>
                })}
                {(!phone.is_empty()).then(|| view! {
                    <li>{locale.labelled(Msg::Phone, "")}<a href=format!("tel:{}", phone.replace(' ', "")) dir="ltr">{phone.clone()}</a></li>
                })}
            </ul>
        }
    });
    let about: Vec<String> = profile
        .about
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    let languages = (!profile.languages.is_empty()).then(|| {
        view! {
            <h3>{locale.t(Msg::SpokenLanguages)}</h3>
            <ul class="profile__languages">
                {profile.languages.iter().map(|spoken| view! {
                    <li><bdi class="profile__language">{spoken.language.trim().to_owned()}</bdi>" · "{locale.level_name(spoken.level)}</li>
                }).collect_view()}
            </ul>
        }
    });
    let links: Vec<(String, String)> = profile
        .links
        .iter()
        .filter(|link| is_web_link(&link.url))
        .map(|link| {
            let url = link.url.trim().to_owned();
            let label = link.label.trim();
            (
                if label.is_empty() {
                    url.clone()
                } else {
                    label.to_owned()
                },
                url,
            )
        })
        .collect();
    let links = (!links.is_empty()).then(|| {
        view! {
            <h3>{locale.t(Msg::Links)}</h3>
            <ul class="profile__links">
                {links.into_iter().map(|(label, url)| view! {
                    <li><a href=url target="_blank" rel="noopener noreferrer"><bdi>{label}</bdi><span aria-hidden="true">" ↗"</span></a></li>
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <div class="profile__head">
            {photo}
            <div class="profile__identity">
                <h2 id="profile-heading" class="profile__name" dir="auto">{heading}</h2>
                {line(&profile.headline, "profile__headline")}
                {line(&profile.city, "profile__city")}
            </div>
        </div>
        {contacts}
        {(!about.is_empty()).then(|| view! {
            <div class="profile__about">{about.into_iter().map(|text| view! { <p dir="auto">{text}</p> }).collect_view()}</div>
        })}
        {languages}
        {links}
        <p><a class="button" href="/portfolio/profile">{locale.t(Msg::EditProfile)}</a></p>
    }
    .into_any()
}
