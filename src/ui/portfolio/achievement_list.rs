use leptos::prelude::*;

use crate::app::context::use_app;
use crate::core::achievement::{Achievement, AchievementKind};
use crate::i18n::Msg;
use crate::ui::common::pick;
use crate::ui::portfolio::Edits;

/// The achievements the learner earned (they come by themselves), each with a switch to show it
/// in her portfolio or not. A hidden one stays listed here, marked, for her to show again; it
/// leaves her skills and every export.
#[component]
pub fn AchievementList(achievements: StoredValue<Vec<Achievement>>, edits: Edits) -> impl IntoView {
    let app = use_app();
    let items = move || {
        achievements
            .get_value()
            .into_iter()
            .map(|achievement| view! { <AchievementItem achievement edits /> })
            .collect_view()
    };
    view! {
        <section class="portfolio-section" aria-labelledby="achievements-heading">
            <h2 id="achievements-heading">{move || app.t(Msg::AchievementsHeading)}</h2>
            {move || achievements.with_value(Vec::is_empty).then(|| view! {
                <p class="portfolio-section__empty">{move || app.t(Msg::AchievementsEmpty)}</p>
            })}
            <ul class="achievement-list">{items}</ul>
        </section>
    }
}

#[component]
fn AchievementItem(achievement: Achievement, edits: Edits) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(achievement.id.clone());
    let anchor = format!("achievement-{}", achievement.id);
    let title_id = format!("{anchor}-title");
    let shown = move || id.with_value(|id| edits.portfolio.with(|p| !p.is_hidden(id)));
    let toggle = move |event: leptos::ev::Event| {
        let show = event_target_checked(&event);
        let id = id.get_value();
        edits.apply(
            move |p| {
                p.set_hidden(&id, !show);
                true
            },
            || (),
        );
    };
    let kind = match achievement.kind {
        AchievementKind::ModuleCompleted => Msg::ModuleComplete,
        AchievementKind::CheckpointPassed => Msg::CheckpointPassedKind,
    };
    let texts = StoredValue::new(achievement);
    let title = move || texts.with_value(|a| pick(&a.title, app.locale.get(), &a.languages).span());
    let course =
        move || texts.with_value(|a| pick(&a.course_title, app.locale.get(), &a.languages).span());
    let facts = move || {
        let locale = app.locale.get();
        texts.with_value(|a| {
            let mut facts = vec![locale.labelled(Msg::Date, &locale.date(a.earned_ms))];
            if let Some(score) = a.score {
                facts.push(locale.labelled(Msg::Score, &locale.percent(score)));
            }
            let issuer = a.issuer.name.trim();
            if !issuer.is_empty() {
                facts.push(locale.labelled(Msg::Issuer, issuer));
            }
            facts.join(" · ")
        })
    };
    view! {
        <li class="achievement" class:achievement--hidden=move || !shown() id=anchor.clone() tabindex="-1">
            <p class="achievement__kind">{move || app.t(kind)}</p>
            <h3 class="achievement__title" id=title_id.clone()>{title}</h3>
            <p class="achievement__course">{move || app.locale.get().labelled(Msg::Course, "")}{course}</p>
            <p class="achievement__facts">{facts}</p>
            <label class="switch">
                <input type="checkbox" role="switch" prop:checked=shown on:change=toggle aria-describedby=title_id />
                <span>{move || app.t(Msg::ShowInPortfolio)}</span>
            </label>
            <p class="achievement__hidden" hidden=shown>{move || app.t(Msg::HiddenFromPortfolio)}</p>
        </li>
    }
}
