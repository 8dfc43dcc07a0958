use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::parts::{Part, Slot};
use crate::i18n::Msg;
use crate::storage::{InstalledCourse, Store};
use crate::ui::common::{Lazy, pick};

/// A course on the device: open it, share it as one file, or remove it (with a confirmation step)
/// to free space.
#[component]
pub fn InstalledCourseCard(
    course: InstalledCourse,
    announcement: RwSignal<Option<Msg>>,
) -> impl IntoView {
    let app = use_app();
    let confirming = RwSignal::new(false);
    // The two steps swap buttons under the learner's finger: focus moves with them.
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    let remove_button = NodeRef::<leptos::html::Button>::new();
    let toggled = RwSignal::new(false);
    Effect::new(move || {
        let target = if confirming.get() {
            confirm_button.get()
        } else {
            remove_button.get()
        };
        if let (Some(button), true) = (target, toggled.get_untracked()) {
            let _ = button.focus();
        }
    });
    let ask = move |confirm: bool| {
        toggled.set(true);
        confirming.set(confirm);
    };
    let failed = RwSignal::new(false);
    let shared = course.clone();
    let href = format!("/course/{}", course.id);
    let id = course.id.clone();
    let title = {
        let course = course.clone();
        move || pick(&course.title, app.locale.get(), &course.languages)
    };
    let title_text = {
        let title = title.clone();
        StoredValue::new(move || title().text)
    };
    let languages = course.languages.clone();
    let remove = move |_| {
        let id = id.clone();
        spawn_local(async move {
            let outcome = match app.store() {
                Ok(store) => store.remove(&id).await,
                Err(error) => Err(error),
            };
            match outcome {
                Ok(()) => {
                    announcement.set(Some(Msg::Removed));
                    app.installed_changed();
                }
                Err(_) => failed.set(true),
            }
        });
    };
    view! {
        <article class="course-card" data-testid="installed-course">
            <h3 class="course-card__title"><a href=href.clone()>{move || title().span()}</a></h3>
            <p class="course-card__meta">
                {move || {
                    let locale = app.locale.get();
                    let names: Vec<&str> = languages.iter().map(|code| locale.language_name(code)).collect();
                    format!("{} · {} · v{}", locale.labelled(Msg::Languages, &names.join(", ")), locale.size(course.size), course.version)
                }}
            </p>
            <div class="course-card__actions">
                <a href=href class="button button--primary">{move || app.t(Msg::Open)}</a>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button" node_ref=remove_button on:click=move |_| ask(true)
                            aria-label=move || format!("{} {}", app.t(Msg::Remove), title_text.with_value(|f| f()))>
                            {move || app.t(Msg::Remove)}
                        </button>
                    }
                >
                    <button type="button" class="button button--danger" node_ref=confirm_button on:click=remove.clone()>{move || app.t(Msg::ConfirmRemove)}</button>
                    <button type="button" class="button" on:click=move |_| ask(false)>{move || app.t(Msg::Cancel)}</button>
                </Show>
            </div>
            <Lazy part=Part::Intake show=Slot::ShareCourse(shared) />
            <Show when=move || failed.get()>
                <p class="notice notice--error" role="alert">{move || app.t(Msg::ErrStorage)}</p>
            </Show>
        </article>
    }
}
