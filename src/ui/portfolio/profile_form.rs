use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::load::load;
use crate::app::router::set_title;
use crate::core::portfolio::{
    ContactLink, Field, LanguageLevel, MAX_LANGUAGES, MAX_LINKS, PHOTO_MAX_BYTES, Profile,
    SpokenLanguage, validate_profile,
};
use crate::i18n::Msg;
use crate::storage::Store;
use crate::ui::common::StoredImage;
use crate::ui::common::focus_soon;
use crate::ui::portfolio::text_field::Kind;
use crate::ui::portfolio::{
    Bound, FieldProblem, FormActions, ImagePicker, Picked, Problems, TextField, save_form,
};

/// Longest side of a profile photo: sharp on a CV and a phone screen, light in storage.
const PHOTO_SIDE: u32 = 512;

/// `/portfolio/profile`: the learner's profile as a form. Saved whole, with a new photo in the
/// same transaction, then back to the portfolio.
#[component]
pub fn ProfileForm() -> impl IntoView {
    let app = use_app();
    Effect::new(move || set_title(app.t(Msg::EditProfile)));
    let loaded = load(move || async move { app.store()?.portfolio().await });
    view! {
        <h1>{move || app.t(Msg::EditProfile)}</h1>
        {move || match loaded.get() {
            None => view! { <p>{move || app.t(Msg::Loading)}</p> }.into_any(),
            Some(Err(error)) => {
                web_sys::console::warn_1(&format!("portfolio not read: {error}").into());
                view! { <p class="notice notice--error" role="alert">{move || app.t(Msg::StorageUnavailable)}</p> }.into_any()
            }
            Some(Ok(portfolio)) => view! { <ProfileEditor profile=portfolio.profile /> }.into_any(),
        }}
    }
}

/// Where each field is, in the form's order, so focus goes to the first one in trouble.
fn field_id(field: Field) -> (usize, String) {
    match field {
        Field::Photo => (0, "profile-photo".into()),
        Field::Name => (1, "profile-name".into()),
        Field::Headline => (2, "profile-headline".into()),
        Field::City => (3, "profile-city".into()),
        Field::Email => (4, "profile-email".into()),
        Field::Phone => (5, "profile-phone".into()),
        Field::About => (6, "profile-about".into()),
        Field::Language(i) if i >= MAX_LANGUAGES => (100, "profile-add-language".into()),
        Field::Language(i) => (10 + i, format!("profile-language-{i}")),
        Field::Link(i) if i >= MAX_LINKS => (200, "profile-add-link".into()),
        Field::Link(i) => (110 + i, format!("profile-link-url-{i}")),
        _ => (300, "profile-name".into()),
    }
}

#[component]
fn ProfileEditor(profile: Profile) -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(profile);
    let attempted = RwSignal::new(false);
    let problems = Problems(Memo::new(move |_| {
        if attempted.get() {
            draft.with(validate_profile)
        } else {
            Vec::new()
        }
    }));
    // A photo picked but not saved yet, with its preview URL.
    let pending = RwSignal::new(None::<Picked>);
    on_cleanup(move || {
        if let Some(Some(picked)) = pending.try_get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&picked.url);
        }
    });
    let drop_pending = move || {
        if let Some(picked) = pending.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&picked.url);
        }
        pending.set(None);
    };
    let saving = RwSignal::new(false);
    let failure = RwSignal::new(None::<Msg>);

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if saving.get_untracked() {
            return;
        }
        // Rows left wholly blank are dropped rather than reported.
        draft.update(|p| {
            p.languages.retain(|l| !l.language.trim().is_empty());
            p.links
                .retain(|l| !(l.label.trim().is_empty() && l.url.trim().is_empty()));
        });
        attempted.set(true);
        let errors = draft.with_untracked(validate_profile);
        if let Some((_, id)) = errors.iter().map(|e| field_id(e.field)).min() {
            focus_soon(&id);
            return;
        }
        let profile = tidy(draft.get_untracked());
        let images: Vec<_> = pending
            .get_untracked()
            .filter(|picked| {
                profile
                    .photo
                    .as_ref()
                    .is_some_and(|p| p.id == picked.image.id)
            })
            .map(|picked| picked.data())
            .into_iter()
            .collect();
        save_form(
            app,
            saving,
            failure,
            move |portfolio| portfolio.profile = profile,
            images,
        );
    };

    let label = move |msg: Msg| Signal::derive(move || app.t(msg).to_owned());
    let photo_alt = move || {
        draft.with(|p| {
            let name = p.name.trim();
            if name.is_empty() {
                app.t(Msg::ProfilePhoto).to_owned()
            } else {
                name.to_owned()
            }
        })
    };
    let photo_preview = move || {
        if let Some(picked) = pending.get() {
            return Some(
                view! { <img class="profile__photo" src=picked.url alt=photo_alt /> }.into_any(),
            );
        }
        draft
            .with(|p| p.photo.as_ref().map(|photo| photo.id.clone()))
            .map(|id| {
                view! { <StoredImage id alt=photo_alt() class="profile__photo" /> }.into_any()
            })
    };
    let has_photo = move || draft.with(|p| p.photo.is_some());
    let on_photo = Callback::new(move |picked: Picked| {
        drop_pending();
        draft.update(|p| p.photo = Some(picked.image.clone()));
        pending.set(Some(picked));
    });
    let remove_photo = move |_| {
        drop_pending();
        draft.update(|p| p.photo = None);
        focus_soon("profile-photo");
    };

    view! {
        <form class="portfolio-form" novalidate on:submit=submit>
            <fieldset class="portfolio-form__group photo-field">
                <legend>{move || app.t(Msg::Photo)}</legend>
                <div class="photo-field__preview">{photo_preview}</div>
                <ImagePicker id="profile-photo" label=label(Msg::ProfilePhoto) max_side=PHOTO_SIDE max_bytes=PHOTO_MAX_BYTES
                    room=Signal::derive(|| 1) on_picked=on_photo problem=problems.signal(Field::Photo) />
                <p hidden=move || !has_photo()>
                    <button type="button" class="button" on:click=remove_photo>{move || app.t(Msg::RemovePhoto)}</button>
                </p>
            </fieldset>
            <TextField id="profile-name" label=label(Msg::Name) autocomplete="name"
                bound=Bound::new(draft, |p| &p.name, |p| &mut p.name) problem=problems.signal(Field::Name) />
            <TextField id="profile-headline" label=label(Msg::Headline) hint=Msg::HeadlineHint autocomplete="organization-title"
                bound=Bound::new(draft, |p| &p.headline, |p| &mut p.headline) problem=problems.signal(Field::Headline) />
            <TextField id="profile-city" label=label(Msg::City) autocomplete="address-level2"
                bound=Bound::new(draft, |p| &p.city, |p| &mut p.city) problem=problems.signal(Field::City) />
            <TextField id="profile-email" label=label(Msg::Email) kind=Kind::Email autocomplete="email"
                bound=Bound::new(draft, |p| &p.email, |p| &mut p.email) problem=problems.signal(Field::Email) />
            <TextField id="profile-phone" label=label(Msg::Phone) kind=Kind::Phone autocomplete="tel"
                bound=Bound::new(draft, |p| &p.phone, |p| &mut p.phone) problem=problems.signal(Field::Phone) />
            <TextField id="profile-about" label=label(Msg::About) kind=Kind::Text hint=Msg::AboutHint
                bound=Bound::new(draft, |p| &p.about, |p| &mut p.about) problem=problems.signal(Field::About) />
            <Languages draft problems />
            <Links draft problems />
            <FormActions saving failure />
        </form>
    }
}

/// The profile as it is stored: texts trimmed, the photo's alternative text is her name.
fn tidy(mut profile: Profile) -> Profile {
    for text in [
        &mut profile.name,
        &mut profile.headline,
        &mut profile.city,
        &mut profile.email,
        &mut profile.phone,
        &mut profile.about,
    ] {
        *text = text.trim().to_owned();
    }
    for spoken in &mut profile.languages {
        spoken.language = spoken.language.trim().to_owned();
    }
    for link in &mut profile.links {
        link.label = link.label.trim().to_owned();
        link.url = link.url.trim().to_owned();
    }
    let name = profile.name.clone();
    if let Some(photo) = &mut profile.photo {
        photo.alt = name;
    }
    profile
}

/// Spoken languages: a row per language (its name as she writes it, and a level), added and
/// removed with buttons.
#[component]
fn Languages(draft: RwSignal<Profile>, problems: Problems) -> impl IntoView {
    let app = use_app();
    let count = Memo::new(move |_| draft.with(|p| p.languages.len()));
    let add = move |_| {
        let index = count.get_untracked();
        draft.update(|p| {
            p.languages.push(SpokenLanguage {
                language: String::new(),
                level: LanguageLevel::default(),
            })
        });
        focus_soon(&format!("profile-language-{index}"));
    };
    let row = move |i: usize| {
        let language = move || {
            draft.with(|p| {
                p.languages
                    .get(i)
                    .map(|l| l.language.clone())
                    .unwrap_or_default()
            })
        };
        let level = move || draft.with(|p| p.languages.get(i).map(|l| l.level).unwrap_or_default());
        let input_id = format!("profile-language-{i}");
        let level_id = format!("profile-level-{i}");
        let problem_id = format!("{input_id}-problem");
        let problem = problems.signal(Field::Language(i));
        let invalid = move || problem.with(Option::is_some);
        let remove = move |_| {
            draft.update(|p| {
                if i < p.languages.len() {
                    p.languages.remove(i);
                }
            });
            let left = count.get_untracked();
            focus_soon(&if left == 0 {
                "profile-add-language".to_owned()
            } else {
                format!("profile-language-{}", i.min(left - 1))
            });
        };
        view! {
            <li class="repeat__row">
                <div class="field">
                    <label for=input_id.clone()>{move || app.locale.get().numbered(Msg::Language, i + 1)}</label>
                    <input id=input_id type="text" dir="auto" autocomplete="off" prop:value=language
                        aria-invalid=move || invalid().then_some("true")
                        aria-describedby=move || invalid().then(|| problem_id.clone())
                        on:input=move |e| {
                            let value = event_target_value(&e);
                            draft.update(|p| if let Some(l) = p.languages.get_mut(i) { l.language = value });
                        } />
                </div>
                <div class="field">
                    <label for=level_id.clone()>{move || app.locale.get().numbered(Msg::Level, i + 1)}</label>
                    <select id=level_id on:change=move |e| {
                        let chosen = LanguageLevel::from_code(&event_target_value(&e)).unwrap_or_default();
                        draft.update(|p| if let Some(l) = p.languages.get_mut(i) { l.level = chosen });
                    }>
                        {LanguageLevel::ALL.into_iter().map(|option| view! {
                            <option value=option.code() selected=move || level() == option>
                                {move || app.locale.get().level_name(option)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button repeat__remove" on:click=remove>
                    {move || app.locale.get().numbered(Msg::RemoveLanguage, i + 1)}
                </button>
                <FieldProblem id=format!("profile-language-{i}-problem") problem />
            </li>
        }
    };
    view! {
        <fieldset class="portfolio-form__group repeat">
            <legend>{move || app.t(Msg::SpokenLanguages)}</legend>
            <ul class="repeat__rows">{move || (0..count.get()).map(row).collect_view()}</ul>
            <button type="button" class="button" id="profile-add-language" hidden=move || { count.get() >= MAX_LANGUAGES } on:click=add>
                <span aria-hidden="true">"+ "</span>{move || app.t(Msg::AddLanguage)}
            </button>
        </fieldset>
    }
}

/// Contact links: a row per link (a name such as GitHub, and its address).
#[component]
fn Links(draft: RwSignal<Profile>, problems: Problems) -> impl IntoView {
    let app = use_app();
    let count = Memo::new(move |_| draft.with(|p| p.links.len()));
    let add = move |_| {
        let index = count.get_untracked();
        draft.update(|p| p.links.push(ContactLink::default()));
        focus_soon(&format!("profile-link-label-{index}"));
    };
    let row = move |i: usize| {
        let label_value =
            move || draft.with(|p| p.links.get(i).map(|l| l.label.clone()).unwrap_or_default());
        let url_value =
            move || draft.with(|p| p.links.get(i).map(|l| l.url.clone()).unwrap_or_default());
        let label_id = format!("profile-link-label-{i}");
        let url_id = format!("profile-link-url-{i}");
        let problem_id = format!("{url_id}-problem");
        let problem = problems.signal(Field::Link(i));
        let invalid = move || problem.with(Option::is_some);
        let remove = move |_| {
            draft.update(|p| {
                if i < p.links.len() {
                    p.links.remove(i);
                }
            });
            let left = count.get_untracked();
            focus_soon(&if left == 0 {
                "profile-add-link".to_owned()
            } else {
                format!("profile-link-label-{}", i.min(left - 1))
            });
        };
        view! {
            <li class="repeat__row">
                <div class="field">
                    <label for=label_id.clone()>{move || app.locale.get().numbered(Msg::LinkLabel, i + 1)}</label>
                    <input id=label_id type="text" dir="auto" autocomplete="off" prop:value=label_value
                        on:input=move |e| {
                            let value = event_target_value(&e);
                            draft.update(|p| if let Some(l) = p.links.get_mut(i) { l.label = value });
                        } />
                </div>
                <div class="field">
                    <label for=url_id.clone()>{move || app.locale.get().numbered(Msg::LinkUrl, i + 1)}</label>
                    <input id=url_id type="url" inputmode="url" dir="ltr" spellcheck="false" autocomplete="url" prop:value=url_value
                        aria-invalid=move || invalid().then_some("true")
                        aria-describedby=move || invalid().then(|| problem_id.clone())
                        on:input=move |e| {
                            let value = event_target_value(&e);
                            draft.update(|p| if let Some(l) = p.links.get_mut(i) { l.url = value });
                        } />
                </div>
                <button type="button" class="button repeat__remove" on:click=remove>
                    {move || app.locale.get().numbered(Msg::RemoveLink, i + 1)}
                </button>
                <FieldProblem id=format!("profile-link-url-{i}-problem") problem />
            </li>
        }
    };
    view! {
        <fieldset class="portfolio-form__group repeat">
            <legend>{move || app.t(Msg::Links)}</legend>
            <p class="field__hint">{move || app.t(Msg::LinksHint)}</p>
            <ul class="repeat__rows">{move || (0..count.get()).map(row).collect_view()}</ul>
            <button type="button" class="button" id="profile-add-link" hidden=move || { count.get() >= MAX_LINKS } on:click=add>
                <span aria-hidden="true">"+ "</span>{move || app.t(Msg::AddLink)}
            </button>
        </fieldset>
    }
}
