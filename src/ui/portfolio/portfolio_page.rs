use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::learner::{LearnerView, load_learner};
use crate::app::load::load;
use crate::app::router::set_title;
use crate::i18n::Msg;
use crate::ui::export::ExportPanel;
use crate::ui::portfolio::{
    AchievementList, Edits, EntryCard, KeptAnswers, ProfileSummary, SkillList, UndoBar,
};

/// `/portfolio`: the learner's profile, her projects and reflections in her order, the
/// achievements she earned (each can be hidden), her skills with what proves them, and the
/// exports. Read from the store each time the page opens.
#[component]
pub fn PortfolioPage() -> impl IntoView {
    let app = use_app();
    Effect::new(move || set_title(app.t(Msg::PortfolioTitle)));
    let learner = load(move || async move {
        let store = app.store()?;
        load_learner(&store).await
    });
    view! {
        <h1>{move || app.t(Msg::PortfolioTitle)}</h1>
        <p class="portfolio__intro">{move || app.t(Msg::PortfolioIntro)}</p>
        {move || match learner.get() {
            None => view! { <p>{move || app.t(Msg::Loading)}</p> }.into_any(),
            Some(Err(error)) => {
                web_sys::console::warn_1(&format!("portfolio not read: {error}").into());
                view! { <p class="notice notice--error" role="alert">{move || app.t(Msg::StorageUnavailable)}</p> }.into_any()
            }
            Some(Ok(learner)) => view! { <PortfolioView learner /> }.into_any(),
        }}
    }
}

#[component]
fn PortfolioView(learner: LearnerView) -> impl IntoView {
    let app = use_app();
    let edits = Edits::new(app, learner.portfolio);
    let achievements = StoredValue::new(learner.achievements);
    let courses = StoredValue::new(learner.courses);
    let nothing_yet =
        move || edits.portfolio.with(|p| p.is_empty()) && achievements.with_value(Vec::is_empty);
    // The notice above already says what to do when there is nothing at all.
    let no_entry = move || edits.portfolio.with(|p| p.entries.is_empty()) && !nothing_yet();
    view! {
        <Show when=nothing_yet>
            <p class="notice portfolio__empty">{move || app.t(Msg::PortfolioEmpty)}</p>
        </Show>
        <ProfileSummary edits />
        <section class="portfolio-section" aria-labelledby="entries-heading">
            <h2 id="entries-heading">{move || app.t(Msg::EntriesHeading)}</h2>
            <p class="portfolio-section__actions">
                <a class="button button--primary" href="/portfolio/entry/new">
                    <span aria-hidden="true">"+ "</span>{move || app.t(Msg::AddProject)}
                </a>
                <a class="button" href="/portfolio/entry/new?kind=reflection">
                    <span aria-hidden="true">"+ "</span>{move || app.t(Msg::AddReflection)}
                </a>
            </p>
            <Show when=no_entry>
                <p class="portfolio-section__empty">{move || app.t(Msg::EntriesEmpty)}</p>
            </Show>
            <ol class="entry-list">
                <For
                    each=move || edits.portfolio.with(|p| p.entries.clone())
                    key=|entry| entry.id.clone()
                    children=move |entry| view! { <li><EntryCard entry edits /></li> }
                />
            </ol>
        </section>
        <KeptAnswers courses edits />
        <AchievementList achievements edits />
        <SkillList achievements edits />
        // The exports (JSON Resume, Open Badges, one-file HTML, printable CV).
        <ExportPanel />
        <UndoBar edits />
    }
}
