use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::router::Route;
use crate::core::portfolio::{Entry, EntryKind};
use crate::core::resume::is_web_link;
use crate::i18n::Msg;
use crate::ui::common::StoredImage;
use crate::ui::common::focus_soon;
use crate::ui::portfolio::undo_bar::UNDO_ID;
use crate::ui::portfolio::{Edits, EntryMarkdown};

/// One project or reflection as an employer reads it, with the learner's controls: edit, move
/// up or down (buttons, so the order is changed by keyboard or tap, no dragging) and delete
/// (undoable). Its anchor `#entry-<id>` is what the skills link to.
#[component]
pub fn EntryCard(entry: Entry, edits: Edits) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(entry.id.clone());
    let position = Memo::new(move |_| {
        id.with_value(|id| {
            edits
                .portfolio
                .with(|p| p.entries.iter().position(|e| &e.id == id))
        })
    });
    let count = Memo::new(move |_| edits.portfolio.with(|p| p.entries.len()));
    let is_first = move || position.get() == Some(0);
    let is_last = move || position.get().is_some_and(|at| at + 1 == count.get());
    let title = entry.title.trim().to_owned();
    let title_id = format!("entry-{}-title", entry.id);
    let up_id = format!("entry-up-{}", entry.id);
    let down_id = format!("entry-down-{}", entry.id);
    let shift = {
        let (up_id, down_id) = (up_id.clone(), down_id.clone());
        move |by: isize| {
            let (up_id, down_id) = (up_id.clone(), down_id.clone());
            let id = id.get_value();
            edits.apply(
                move |p| p.shift(&id, by),
                move || {
                    // Focus follows the entry (moving it rebuilds nothing but takes the focus
                    // away); at either end the pressed button is disabled, so focus goes to the
                    // entry's other one.
                    let at = position.get_untracked();
                    let last = count.get_untracked().saturating_sub(1);
                    let target = match (by < 0, at) {
                        (true, Some(0)) => down_id,
                        (true, _) => up_id,
                        (false, Some(at)) if at == last => up_id,
                        (false, _) => down_id,
                    };
                    focus_soon(&target);
                },
            );
        }
    };
    let shift_up = shift.clone();
    let delete = move |_| {
        let id = id.get_value();
        edits.apply(move |p| p.delete(&id), || focus_soon(UNDO_ID));
    };
    let named = StoredValue::new(title.clone());
    let label =
        move |action: Msg| named.with_value(|title| app.locale.get().on_named(action, title));
    let kind = match entry.kind {
        EntryKind::Project => Msg::KindProject,
        EntryKind::Reflection => Msg::KindReflection,
    };
    let dates = StoredValue::new((entry.start.clone(), entry.end.clone()));
    let period = move || dates.with_value(|(start, end)| app.locale.get().period(start, end));
    let role = entry.role.trim().to_owned();
    let links: Vec<(Msg, String)> = [
        (Msg::LiveSite, &entry.live_url),
        (Msg::Repository, &entry.repository),
    ]
    .into_iter()
    .filter(|(_, url)| is_web_link(url))
    .map(|(msg, url)| (msg, url.trim().to_owned()))
    .collect();
    let skills = entry.skills.clone();
    let image = entry.images.first().cloned().map(|image| {
        let alt = if image.alt.trim().is_empty() {
            title.clone()
        } else {
            image.alt.trim().to_owned()
        };
        view! { <StoredImage id=image.id alt class="entry__image" /> }
    });
    let description = entry.description.trim().to_owned();
    let anchor = format!("entry-{}", entry.id);
    let labelled_by = title_id.clone();
    view! {
        <article class="entry" id=anchor tabindex="-1" aria-labelledby=labelled_by>
            <p class="entry__kind">{move || app.t(kind)}</p>
            <h3 class="entry__title" id=title_id dir="auto">{title.clone()}</h3>
            <p class="entry__when" hidden=move || period().is_empty()>{period}</p>
            {image}
            {(!role.is_empty()).then(|| view! {
                <p class="entry__role">{move || app.locale.get().labelled(Msg::Role, "")}<bdi>{role}</bdi></p>
            })}
            {(!description.is_empty()).then(|| view! { <EntryMarkdown text=description /> })}
            {(!links.is_empty()).then(|| view! {
                <ul class="entry__links">
                    {links.into_iter().map(|(msg, url)| view! {
                        <li>
                            <a href=url target="_blank" rel="noopener noreferrer">
                                {move || app.t(msg)}<span aria-hidden="true">" ↗"</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!skills.is_empty()).then(|| view! {
                <ul class="tags" aria-label=move || app.t(Msg::Skills)>
                    {skills.into_iter().map(|skill| view! { <li class="tag" dir="auto">{skill}</li> }).collect_view()}
                </ul>
            })}
            <div class="entry__actions">
                <a class="button" href=Route::entry_href(&entry.id) aria-label=move || label(Msg::Edit)>
                    {move || app.t(Msg::Edit)}
                </a>
                <button type="button" class="button button--small" id=up_id disabled=is_first
                    aria-label=move || label(Msg::MoveUp) on:click=move |_| shift_up(-1)>
                    <span aria-hidden="true">"↑"</span>
                </button>
                <button type="button" class="button button--small" id=down_id disabled=is_last
                    aria-label=move || label(Msg::MoveDown) on:click=move |_| shift(1)>
                    <span aria-hidden="true">"↓"</span>
                </button>
                <button type="button" class="button entry__delete" aria-label=move || label(Msg::Delete) on:click=delete>
                    {move || app.t(Msg::Delete)}
                </button>
            </div>
        </article>
    }
}
