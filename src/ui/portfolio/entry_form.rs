use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::course_data::now_ms;
use crate::app::learner::load_learner;
use crate::app::load::load;
use crate::app::router::set_title;
use crate::core::achievement::Achievement;
use crate::core::portfolio::{
    Entry, EntryKind, Field, IMAGE_MAX_BYTES, ImageData, MAX_IMAGES, validate_entry,
};
use crate::i18n::{Locale, Msg};
use crate::storage::StoreError;
use crate::ui::common::focus_soon;
use crate::ui::common::{StoredImage, pick};
use crate::ui::portfolio::text_field::Kind;
use crate::ui::portfolio::{
    Bound, FormActions, ImagePicker, Picked, Problems, TextField, new_id, save_form,
};

/// Longest side of an entry image: a screenshot of a web page stays readable.
const IMAGE_SIDE: u32 = 1280;

/// `/portfolio/entry/new` (a project, or a reflection with `?kind=reflection`) and
/// `/portfolio/entry/<id>`: one entry as a form. Saved with its new images in one transaction,
/// then back to the portfolio.
#[component]
pub fn EntryForm(entry: Option<String>) -> impl IntoView {
    let app = use_app();
    let editing = entry.is_some();
    let loaded = load(move || {
        let entry = entry.clone();
        async move {
            let store = app.store()?;
            let learner = load_learner(&store).await?;
            let found = match &entry {
                None => Some(Entry {
                    kind: kind_asked(),
                    ..Entry::default()
                }),
                Some(id) => learner.portfolio.entry(id).cloned(),
            };
            Ok::<_, StoreError>((found, course_skills(&learner.achievements)))
        }
    });
    view! {
        {move || match loaded.get() {
            None => view! { <p>{move || app.t(Msg::Loading)}</p> }.into_any(),
            Some(Err(error)) => {
                web_sys::console::warn_1(&format!("portfolio not read: {error}").into());
                view! {
                    <h1>{move || app.t(Msg::PortfolioTitle)}</h1>
                    <p class="notice notice--error" role="alert">{move || app.t(Msg::StorageUnavailable)}</p>
                }.into_any()
            }
            Some(Ok((None, _))) => {
                set_title(app.t(Msg::EntryMissing));
                view! {
                    <h1>{move || app.t(Msg::EntryMissing)}</h1>
                    <p class="notice">{move || app.t(Msg::EntryNotFound)}</p>
                    <p><a href="/portfolio">{move || app.t(Msg::BackToPortfolio)}</a></p>
                }.into_any()
            }
            Some(Ok((Some(found), skills))) => view! { <EntryEditor entry=found editing skills /> }.into_any(),
        }}
    }
}

/// `?kind=reflection` in the address asks for a reflection; anything else is a project.
fn kind_asked() -> EntryKind {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "kind=reflection")
    {
        EntryKind::Reflection
    } else {
        EntryKind::Project
    }
}

/// The skills of the learner's achievements, as (labels per language, course languages), each once.
fn course_skills(
    achievements: &[Achievement],
) -> Vec<(crate::core::model::LocalizedText, Vec<String>)> {
    let mut skills: Vec<(crate::core::model::LocalizedText, Vec<String>)> = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for achievement in achievements {
        for skill in &achievement.skills {
            let key = (achievement.course_id.clone(), skill.id.clone());
            if !seen.contains(&key) {
                seen.push(key);
                skills.push((skill.label.clone(), achievement.languages.clone()));
            }
        }
    }
    skills
}

/// Where each field is, in the form's order, so focus goes to the first one in trouble.
fn field_id(field: Field) -> (usize, &'static str) {
    match field {
        Field::Title => (0, "entry-title"),
        Field::Description => (1, "entry-description"),
        Field::Role => (2, "entry-role"),
        Field::Start => (3, "entry-start"),
        Field::End => (4, "entry-end"),
        Field::Repository => (5, "entry-repository"),
        Field::LiveUrl => (6, "entry-live"),
        Field::Skills => (7, "entry-skills"),
        Field::Images => (8, "entry-images"),
        _ => (9, "entry-title"),
    }
}

/// The form's draft: the entry, with skills as the text she types.
#[derive(Clone, Debug, Default, PartialEq)]
struct Draft {
    entry: Entry,
    skills: String,
}

impl Draft {
    /// The entry as it will be stored. `known`: course skill labels, kept whole.
    fn entry(&self, known: &[String]) -> Entry {
        let mut entry = self.entry.clone();
        entry.skills = read_skills(&self.skills, known);
        for text in [
            &mut entry.title,
            &mut entry.role,
            &mut entry.start,
            &mut entry.end,
            &mut entry.repository,
            &mut entry.live_url,
        ] {
            *text = text.trim().to_owned();
        }
        entry.description = entry.description.trim_end().to_owned();
        let title = entry.title.clone();
        for image in &mut entry.images {
            image.alt = image.alt.trim().to_owned();
            if image.alt.is_empty() {
                image.alt = title.clone();
            }
        }
        entry
    }
}

#[component]
fn EntryEditor(
    entry: Entry,
    editing: bool,
    skills: Vec<(crate::core::model::LocalizedText, Vec<String>)>,
) -> impl IntoView {
    let app = use_app();
    let original_title = entry.title.trim().to_owned();
    let draft = RwSignal::new(Draft {
        skills: entry.skills.join(", "),
        entry,
    });
    let heading = move || {
        let locale = app.locale.get();
        if editing {
            locale.on_named(Msg::Edit, &original_title)
        } else {
            draft
                .with(|d| match d.entry.kind {
                    EntryKind::Project => locale.t(Msg::NewProject),
                    EntryKind::Reflection => locale.t(Msg::NewReflection),
                })
                .to_owned()
        }
    };
    let title_for_tab = heading.clone();
    Effect::new(move || set_title(&title_for_tab()));
    let attempted = RwSignal::new(false);
    // Every label of the course skills, in every language, to keep those with commas whole.
    let known = StoredValue::new(
        skills
            .iter()
            .flat_map(|(label, _)| label.0.values().map(|l| l.trim().to_owned()))
            .collect::<Vec<String>>(),
    );
    let problems = Problems(Memo::new(move |_| {
        if attempted.get() {
            known.with_value(|known| draft.with(|d| validate_entry(&d.entry(known))))
        } else {
            Vec::new()
        }
    }));
    // Images picked but not saved yet, with their preview URLs.
    let pending = RwSignal::new(Vec::<Picked>::new());
    on_cleanup(move || {
        for picked in pending.try_get_untracked().unwrap_or_default() {
            let _ = web_sys::Url::revoke_object_url(&picked.url);
        }
    });
    let saving = RwSignal::new(false);
    let failure = RwSignal::new(None::<Msg>);

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if saving.get_untracked() {
            return;
        }
        attempted.set(true);
        let mut entry = known.with_value(|known| draft.with_untracked(|d| d.entry(known)));
        let errors = validate_entry(&entry);
        if let Some((_, id)) = errors.iter().map(|e| field_id(e.field)).min() {
            focus_soon(id);
            return;
        }
        let now = now_ms();
        if entry.id.is_empty() {
            entry.id = new_id("e");
            entry.created_ms = now;
        }
        entry.updated_ms = now;
        let images: Vec<ImageData> = pending
            .get_untracked()
            .iter()
            .filter(|picked| entry.images.iter().any(|i| i.id == picked.image.id))
            .map(Picked::data)
            .collect();
        save_form(
            app,
            saving,
            failure,
            move |portfolio| portfolio.upsert(entry),
            images,
        );
    };

    let label = move |msg: Msg| Signal::derive(move || app.t(msg).to_owned());
    let kind = move || draft.with(|d| d.entry.kind);
    let set_kind = move |kind: EntryKind| draft.update(|d| d.entry.kind = kind);
    let kind_option = move |value: EntryKind, msg: Msg| {
        view! {
            <label class="choice">
                <input type="radio" name="entry-kind" prop:checked=move || kind() == value on:change=move |_| set_kind(value) />
                <span>{move || app.t(msg)}</span>
            </label>
        }
    };
    let skills = StoredValue::new(skills);

    view! {
        <h1>{heading}</h1>
        <form class="portfolio-form" novalidate on:submit=submit>
            <fieldset class="choices portfolio-form__kind">
                <legend>{move || app.t(Msg::EntryKind)}</legend>
                {kind_option(EntryKind::Project, Msg::KindProject)}
                {kind_option(EntryKind::Reflection, Msg::KindReflection)}
            </fieldset>
            <TextField id="entry-title" label=label(Msg::EntryTitle) required=true
                bound=Bound::new(draft, |d| &d.entry.title, |d| &mut d.entry.title) problem=problems.signal(Field::Title) />
            <TextField id="entry-description" label=label(Msg::Description) kind=Kind::Text hint=Msg::DescriptionHint
                bound=Bound::new(draft, |d| &d.entry.description, |d| &mut d.entry.description) problem=problems.signal(Field::Description) />
            <TextField id="entry-role" label=label(Msg::Role) hint=Msg::RoleHint
                bound=Bound::new(draft, |d| &d.entry.role, |d| &mut d.entry.role) problem=problems.signal(Field::Role) />
            <div class="portfolio-form__pair">
                <TextField id="entry-start" label=label(Msg::PeriodStart) kind=Kind::Month
                    bound=Bound::new(draft, |d| &d.entry.start, |d| &mut d.entry.start) problem=problems.signal(Field::Start) />
                <TextField id="entry-end" label=label(Msg::PeriodEnd) kind=Kind::Month
                    bound=Bound::new(draft, |d| &d.entry.end, |d| &mut d.entry.end) problem=problems.signal(Field::End) />
            </div>
            <TextField id="entry-repository" label=label(Msg::RepositoryUrl) kind=Kind::Url hint=Msg::UrlHint
                bound=Bound::new(draft, |d| &d.entry.repository, |d| &mut d.entry.repository) problem=problems.signal(Field::Repository) />
            <TextField id="entry-live" label=label(Msg::LiveUrl) kind=Kind::Url hint=Msg::UrlHint
                bound=Bound::new(draft, |d| &d.entry.live_url, |d| &mut d.entry.live_url) problem=problems.signal(Field::LiveUrl) />
            <TextField id="entry-skills" label=label(Msg::Skills) hint=Msg::SkillsHint
                bound=Bound::new(draft, |d| &d.skills, |d| &mut d.skills) problem=problems.signal(Field::Skills) />
            <SkillChips draft skills known />
            <Images draft pending problems />
            <FormActions saving failure />
        </form>
    }
}

/// The skills of the learner's courses she has not named yet, one tap to add each.
#[component]
fn SkillChips(
    draft: RwSignal<Draft>,
    skills: StoredValue<Vec<(crate::core::model::LocalizedText, Vec<String>)>>,
    known: StoredValue<Vec<String>>,
) -> impl IntoView {
    let app = use_app();
    let offered = move || {
        let locale: Locale = app.locale.get();
        let named: Vec<String> = known
            .with_value(|known| draft.with(|d| read_skills(&d.skills, known)))
            .iter()
            .map(|s| s.to_lowercase())
            .collect();
        skills.with_value(|all| {
            let mut labels: Vec<String> = Vec::new();
            for (label, languages) in all {
                let text = pick(label, locale, languages).text;
                let known = label
                    .0
                    .values()
                    .any(|l| named.contains(&l.trim().to_lowercase()));
                if !text.is_empty() && !known && !labels.contains(&text) {
                    labels.push(text);
                }
            }
            labels
        })
    };
    let add = move |skill: String| {
        draft.update(|d| {
            let mut skills = known.with_value(|known| read_skills(&d.skills, known));
            skills.push(skill);
            d.skills = skills.join(", ");
        });
        focus_soon("entry-skills");
    };
    view! {
        <div class="skill-chips" hidden=move || offered().is_empty()>
            <p class="skill-chips__label" id="skill-chips-label">{move || app.t(Msg::SuggestedSkills)}</p>
            <ul class="skill-chips__list" aria-labelledby="skill-chips-label">
                {move || offered().into_iter().map(|skill| {
                    let name = app.locale.get().on_named(Msg::AddSkill, &skill);
                    let chosen = skill.clone();
                    view! {
                        <li>
                            <button type="button" class="button button--small skill-chip" aria-label=name on:click=move |_| add(chosen.clone())>
                                <span aria-hidden="true">"+ "</span>{skill}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The entry's images: each with its text alternative and a remove button, and a picker while
/// there is room.
#[component]
fn Images(
    draft: RwSignal<Draft>,
    pending: RwSignal<Vec<Picked>>,
    problems: Problems,
) -> impl IntoView {
    let app = use_app();
    let count = Memo::new(move |_| draft.with(|d| d.entry.images.len()));
    let room = Signal::derive(move || MAX_IMAGES.saturating_sub(count.get()));
    let on_picked = Callback::new(move |picked: Picked| {
        if count.get_untracked() >= MAX_IMAGES {
            let _ = web_sys::Url::revoke_object_url(&picked.url);
            return;
        }
        let index = count.get_untracked();
        draft.update(|d| d.entry.images.push(picked.image.clone()));
        pending.update(|p| p.push(picked));
        // Next: say what the image shows.
        focus_soon(&format!("entry-image-alt-{index}"));
    });
    let row = move |i: usize| {
        let image = draft.with_untracked(|d| d.entry.images.get(i).cloned());
        let Some(image) = image else {
            return ().into_any();
        };
        let preview = pending.with_untracked(|p| {
            p.iter()
                .find(|picked| picked.image.id == image.id)
                .map(|picked| picked.url.clone())
        });
        let alt = move || {
            draft.with(|d| {
                d.entry
                    .images
                    .get(i)
                    .map(|i| i.alt.clone())
                    .unwrap_or_default()
            })
        };
        let preview = match preview {
            Some(url) => view! { <img class="entry-image__preview" src=url alt=alt /> }.into_any(),
            None => view! { <StoredImage id=image.id.clone() alt=image.alt.clone() class="entry-image__preview" /> }.into_any(),
        };
        let alt_id = format!("entry-image-alt-{i}");
        let hint_id = format!("{alt_id}-hint");
        let id = image.id.clone();
        let remove = move |_| {
            let id = id.clone();
            draft.update(|d| d.entry.images.retain(|image| image.id != id));
            pending.update(|p| {
                if let Some(at) = p.iter().position(|picked| picked.image.id == id) {
                    let gone = p.remove(at);
                    let _ = web_sys::Url::revoke_object_url(&gone.url);
                }
            });
            focus_soon("entry-images");
        };
        view! {
            <li class="entry-image">
                {preview}
                <div class="field">
                    <label for=alt_id.clone()>{move || app.locale.get().numbered(Msg::ImageAlt, i + 1)}</label>
                    <p class="field__hint" id=hint_id.clone()>{move || app.t(Msg::ImageAltHint)}</p>
                    <input id=alt_id type="text" dir="auto" aria-describedby=hint_id prop:value=alt on:input=move |e| {
                        let value = event_target_value(&e);
                        draft.update(|d| if let Some(image) = d.entry.images.get_mut(i) { image.alt = value });
                    } />
                </div>
                <button type="button" class="button" on:click=remove>
                    {move || app.locale.get().numbered(Msg::RemoveImage, i + 1)}
                </button>
            </li>
        }
        .into_any()
    };
    view! {
        <fieldset class="portfolio-form__group">
            <legend>{move || app.t(Msg::Images)}</legend>
            <ul class="entry-images">{move || (0..count.get()).map(row).collect_view()}</ul>
            <ImagePicker id="entry-images" label=label_add(app.locale) max_side=IMAGE_SIDE max_bytes=IMAGE_MAX_BYTES
                room on_picked problem=problems.signal(Field::Images) />
        </fieldset>
    }
}

fn label_add(locale: RwSignal<Locale>) -> Signal<String> {
    Signal::derive(move || locale.get().t(Msg::AddImage).to_owned())
}

/// Skills as typed in the comma-separated field, like [`crate::core::portfolio::parse_skills`], except that a course
/// skill label written whole stays one skill even when it has a comma in it ("Créer une page
/// responsive, mobile-first"): such labels are taken out first, then the rest is split.
fn read_skills(text: &str, known: &[String]) -> Vec<String> {
    const SEPARATORS: [char; 3] = [',', '،', '\n'];
    let mut labels: Vec<&str> = known
        .iter()
        .map(String::as_str)
        .filter(|label| !label.is_empty() && label.contains(SEPARATORS))
        .collect();
    labels.sort_by_key(|label| std::cmp::Reverse(label.len()));
    // Found labels are blanked (same byte length) so the other pieces keep their offsets.
    let mut rest = text.to_owned();
    let mut pieces: Vec<(usize, String)> = Vec::new();
    for label in labels {
        let mut from = 0;
        while let Some(found) = rest[from..].find(label) {
            let at = from + found;
            let end = at + label.len();
            let before = rest[..at].trim_end();
            let after = rest[end..].trim_start();
            let whole = (before.is_empty() || before.ends_with(SEPARATORS))
                && (after.is_empty() || after.starts_with(SEPARATORS));
            if whole {
                pieces.push((at, label.to_owned()));
                rest.replace_range(at..end, &" ".repeat(label.len()));
            }
            from = end;
        }
    }
    for piece in rest.split(SEPARATORS) {
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            // `piece` lies inside `rest`: its offset is the distance between the two.
            pieces.push((
                piece.as_ptr() as usize - rest.as_ptr() as usize,
                trimmed.to_owned(),
            ));
        }
    }
    pieces.sort_by_key(|(at, _)| *at);
    let mut skills: Vec<String> = Vec::new();
    for (_, skill) in pieces {
        if !skills
            .iter()
            .any(|known| known.to_lowercase() == skill.to_lowercase())
        {
            skills.push(skill);
        }
    }
    skills
}
