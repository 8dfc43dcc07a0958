use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::i18n::Msg;
use crate::storage::{InstalledCourse, Store, StoreError};
use crate::ui::common::pick;
use crate::ui::settings::course_storage_list::Removed;

/// What the learner asked to remove, waiting for her confirmation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Removal {
    Course,
    Media,
}

/// One course on the storage screen: its text and media sizes, and two removals, each confirmed
/// first (downloading it again costs data): the whole course, or only its media, which keeps the
/// text readable offline. Progress is the learner's and stays either way.
#[component]
pub fn CourseStorageRow(
    course: InstalledCourse,
    /// Bytes of the course's bundle text; the rest of `course.size` is media.
    text: u64,
    announcement: RwSignal<Option<Removed>>,
    heading: NodeRef<leptos::html::H3>,
) -> impl IntoView {
    let app = use_app();
    let media = course.size.saturating_sub(text);
    let total = course.size;
    let pending = RwSignal::new(None::<Removal>);
    let failure = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    let course = StoredValue::new(course);
    let title = move || course.with_value(|c| pick(&c.title, app.locale.get(), &c.languages));
    let id = course.with_value(|c| c.id.clone());

    // The confirmation replaces the buttons under the learner's finger: focus follows it, and
    // goes back to the button she came from if she cancels.
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    let course_button = NodeRef::<leptos::html::Button>::new();
    let media_button = NodeRef::<leptos::html::Button>::new();
    let asked = StoredValue::new(None::<Removal>);
    Effect::new(move || {
        let target = match pending.get() {
            Some(_) => confirm_button.get(),
            None => match asked.get_value() {
                Some(Removal::Media) => media_button.get(),
                Some(Removal::Course) => course_button.get(),
                None => None,
            },
        };
        if let Some(button) = target {
            let _ = button.focus();
        }
    });
    let ask = move |removal: Removal| {
        asked.set_value(Some(removal));
        failure.set(None);
        pending.set(Some(removal));
    };

    let confirm = move |_| {
        let Some(removal) = pending.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let id = id.clone();
        spawn_local(async move {
            let outcome = match app.store() {
                Ok(store) => match removal {
                    Removal::Course => store.remove(&id).await.map(|()| Removed::Course),
                    Removal::Media => store.remove_media(&id).await.map(Removed::Media),
                },
                Err(error) => Err(error),
            };
            let _ = busy.try_set(false);
            match outcome {
                Ok(removed) => {
                    announcement.set(Some(removed));
                    asked.set_value(None);
                    let _ = pending.try_set(None);
                    if let Some(heading) = heading.get_untracked() {
                        let _ = heading.focus();
                    }
                    app.installed_changed();
                }
                Err(error) => {
                    web_sys::console::warn_1(&format!("removal failed: {error}").into());
                    let _ = failure.try_set(Some(match error {
                        StoreError::QuotaExceeded => Msg::ErrQuota,
                        _ => Msg::ErrStorage,
                    }));
                }
            }
        });
    };

    view! {
        <article class="storage-course" data-testid="storage-course">
            <h4 class="storage-course__title">{move || title().span()}</h4>
            <dl class="storage-course__sizes">
                <div>
                    <dt>{move || app.t(Msg::StorageText)}</dt>
                    <dd data-testid="storage-text">{move || app.locale.get().size(text)}</dd>
                </div>
                <div>
                    <dt>{move || app.t(Msg::StorageMedia)}</dt>
                    <dd data-testid="storage-media">
                        {move || if media == 0 { app.t(Msg::StorageNoMedia).to_owned() } else { app.locale.get().size(media) }}
                    </dd>
                </div>
                <div>
                    <dt>{move || app.t(Msg::StorageTotal)}</dt>
                    <dd data-testid="storage-total">{move || app.locale.get().size(total)}</dd>
                </div>
            </dl>
            <Show
                when=move || pending.get().is_some()
                fallback=move || view! {
                    <div class="storage-course__actions">
                        {(media > 0).then(|| view! {
                            <button type="button" class="button" node_ref=media_button
                                aria-label=move || app.locale.get().remove_media_label(&title().text, media)
                                on:click=move |_| ask(Removal::Media)>
                                {move || app.t(Msg::StorageRemoveMedia)}
                            </button>
                        })}
                        <button type="button" class="button" node_ref=course_button
                            aria-label=move || app.locale.get().on_named(Msg::StorageRemoveCourse, &title().text)
                            on:click=move |_| ask(Removal::Course)>
                            {move || app.t(Msg::StorageRemoveCourse)}
                        </button>
                    </div>
                }
            >
                <div class="storage-course__confirm">
                    <p>
                        {move || app.t(match pending.get() {
                            Some(Removal::Media) => Msg::StorageConfirmMedia,
                            _ => Msg::StorageConfirmCourse,
                        })}
                    </p>
                    <div class="storage-course__actions">
                        <button type="button" class="button button--danger" node_ref=confirm_button
                            on:click=confirm.clone()>
                            {move || app.t(Msg::ConfirmRemove)}
                        </button>
                        <button type="button" class="button" on:click=move |_| pending.set(None)>
                            {move || app.t(Msg::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
            {move || failure.get().map(|msg| view! {
                <p class="notice notice--error" role="alert">{app.t(msg)}</p>
            })}
        </article>
    }
}
