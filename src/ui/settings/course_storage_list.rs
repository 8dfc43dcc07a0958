use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::load::load;
use crate::i18n::Msg;
use crate::storage::{InstalledCourse, Store, StoreError};
use crate::ui::settings::CourseStorageRow;

/// What the list announces after a removal; worded when shown, so it follows the language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Removed {
    Course,
    /// The media of a course, with the bytes freed.
    Media(u64),
}

/// The courses on the device with the space each takes, split into text and media, and what
/// removing each frees. Outcomes are announced in one polite live region for the list, since a
/// removed course's row (and its own messages) goes away.
#[component]
pub fn CourseStorageList() -> impl IntoView {
    let app = use_app();
    let courses = load(move || {
        app.installed_revision.track();
        async move { usage(&app.store()?).await }
    });
    let announcement = RwSignal::new(None::<Removed>);
    // After a removal the focused button is gone: focus goes to the list's heading, and the
    // announcement says what happened.
    let heading = NodeRef::<leptos::html::H3>::new();
    view! {
        <div class="storage-courses">
            <h3 id="storage-courses-heading" tabindex="-1" node_ref=heading>
                {move || app.t(Msg::StorageCoursesTitle)}
            </h3>
            <p role="status" aria-live="polite" class="announcement" data-testid="storage-courses-status">
                {move || announcement.get().map(|removed| {
                    let locale = app.locale.get();
                    match removed {
                        Removed::Course => locale.t(Msg::Removed).to_owned(),
                        Removed::Media(freed) => locale.media_removed(freed),
                    }
                })}
            </p>
            {move || match courses.get() {
                None => view! { <p>{app.t(Msg::Loading)}</p> }.into_any(),
                Some(Err(_)) => view! { <p class="notice notice--error" role="alert">{app.t(Msg::StorageUnavailable)}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p class="notice">{app.t(Msg::NothingOnDevice)}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <ul class="storage-courses__list" aria-labelledby="storage-courses-heading">
                        {list.into_iter().map(|(course, text)| view! {
                            <li><CourseStorageRow course text announcement heading /></li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </div>
    }
}

/// Each course on the device with the bytes of its bundle text. The text is measured on the
/// stored bundle rather than kept in the course record, so records of every Nour version read
/// the same; the rest of the course's `size` is its media.
async fn usage(store: &impl Store) -> Result<Vec<(InstalledCourse, u64)>, StoreError> {
    let mut out = Vec::new();
    for course in store.installed_courses().await? {
        let text = store
            .bundle_json(&course.id)
            .await?
            .map_or(0, |json| json.len() as u64);
        out.push((course, text));
    }
    Ok(out)
}
