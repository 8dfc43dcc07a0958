use leptos::prelude::*;

use crate::app::context::use_app;
use crate::core::achievement::Achievement;
use crate::core::skills::{SkillEvidence, SkillName, skill_evidence};
use crate::i18n::Msg;
use crate::ui::common::pick;
use crate::ui::portfolio::Edits;

/// Her skills, the best proven first, each with links to what proves it: the entries that name
/// it (`#entry-<id>`) and the shown achievements that carry it (`#achievement-<id>`).
#[component]
pub fn SkillList(achievements: StoredValue<Vec<Achievement>>, edits: Edits) -> impl IntoView {
    let app = use_app();
    let skills = Memo::new(move |_| {
        edits.portfolio.with(|p| {
            let shown: Vec<Achievement> = achievements.with_value(|all| {
                all.iter()
                    .filter(|a| !p.is_hidden(&a.id))
                    .cloned()
                    .collect()
            });
            skill_evidence(&shown, &p.entries)
        })
    });
    view! {
        <section class="portfolio-section" aria-labelledby="skills-heading">
            <h2 id="skills-heading">{move || app.t(Msg::Skills)}</h2>
            {move || skills.with(Vec::is_empty).then(|| view! {
                <p class="portfolio-section__empty">{move || app.t(Msg::SkillsEmpty)}</p>
            })}
            <ul class="skill-list">
                {move || skills.get().into_iter().map(|skill| skill_item(skill, achievements, edits)).collect_view()}
            </ul>
        </section>
    }
}

fn skill_item(
    skill: SkillEvidence,
    achievements: StoredValue<Vec<Achievement>>,
    edits: Edits,
) -> impl IntoView {
    let app = use_app();
    let locale = app.locale.get();
    let name = match &skill.name {
        SkillName::Course {
            label, languages, ..
        } => pick(label, locale, languages),
        // Her own words: their direction is their own.
        SkillName::Own(text) => crate::ui::common::Localized {
            text: text.clone(),
            lang: String::new(),
        },
    };
    let name_text = name.text.clone();
    let mut evidence: Vec<(String, String)> = Vec::new();
    edits.portfolio.with_untracked(|p| {
        for id in &skill.entries {
            if let Some(entry) = p.entry(id) {
                evidence.push((format!("#entry-{id}"), entry.title.trim().to_owned()));
            }
        }
    });
    achievements.with_value(|all| {
        for id in &skill.achievements {
            if let Some(a) = all.iter().find(|a| &a.id == id) {
                evidence.push((
                    format!("#achievement-{id}"),
                    pick(&a.title, locale, &a.languages).text,
                ));
            }
        }
    });
    let esco = skill
        .esco
        .clone()
        .filter(|uri| uri.starts_with("http://") || uri.starts_with("https://"));
    let lang = (!name.lang.is_empty()).then(|| name.lang.clone());
    let dir = if lang.is_some() { name.dir() } else { "auto" };
    view! {
        <li class="skill">
            <span class="skill__name" lang=lang dir=dir>{name.text.clone()}</span>
            {esco.map(|uri| view! {
                <a class="skill__esco" href=uri target="_blank" rel="noopener noreferrer"
                    aria-label=locale.labelled(Msg::EscoLink, &name_text)>
                    "ESCO"<span aria-hidden="true">" ↗"</span>
                </a>
            })}
            <span class="skill__evidence-label">{locale.labelled(Msg::Evidence, "")}</span>
            <ul class="skill__evidence" aria-label=locale.labelled(Msg::Evidence, &name.text)>
                {evidence.into_iter().map(|(href, text)| view! { <li><a href=href><bdi>{text}</bdi></a></li> }).collect_view()}
            </ul>
        </li>
    }
}
