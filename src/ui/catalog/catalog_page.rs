use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::load::load;
use crate::app::parts::{Part, Slot};
use crate::app::router::set_title;
use crate::i18n::Msg;
use crate::net::{self, NetError};
use crate::storage::{InstalledCourse, Store};
use crate::ui::catalog::{InstalledCourseCard, OfferedCourseCard};
use crate::ui::common::{KeepPartsNotice, Lazy};

#[component]
pub fn CatalogPage() -> impl IntoView {
    let app = use_app();
    let installed = load(move || {
        app.installed_revision.track();
        async move {
            match app.store() {
                Ok(store) => store.installed_courses().await.map_err(|e| e.to_string()),
                Err(error) => Err(error.to_string()),
            }
        }
    });
    // Re-fetched when the connection comes back; not asked for while offline.
    let catalog = load(move || {
        let online = app.online.get();
        async move {
            if online {
                net::fetch_catalog().await
            } else {
                Err(NetError::Unreachable("offline".into()))
            }
        }
    });
    set_title("");
    // A polite live region for outcomes of downloads and removals.
    let announcement = RwSignal::new(None::<Msg>);
    let installed_list =
        Signal::derive(move || installed.get().and_then(Result::ok).unwrap_or_default());

    view! {
        <h1 class="visually-hidden">"Nour"</h1>
        <KeepPartsNotice />
        <p class="announcement" role="status" aria-live="polite">
            {move || announcement.get().map(|msg| app.t(msg))}
        </p>
        {move || (!installed_list.get().is_empty()).then(|| view! { <Lazy part=Part::Dashboard show=Slot::Dashboard /> })}
        <section class="course-section" aria-labelledby="on-device-heading">
            <h2 id="on-device-heading">{move || app.t(Msg::OnDevice)}</h2>
            {move || match installed.get() {
                    None => view! { <p>{app.t(Msg::Loading)}</p> }.into_any(),
                    Some(result) => match result {
                    Err(_) => view! { <p class="notice notice--error" role="alert">{app.t(Msg::StorageUnavailable)}</p> }.into_any(),
                    Ok(courses) if courses.is_empty() => view! { <p class="notice">{app.t(Msg::NothingOnDevice)}</p> }.into_any(),
                    Ok(courses) => view! {
                        <ul class="course-list">
                            {courses.into_iter().map(|course| view! {
                                <li><InstalledCourseCard course announcement /></li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }}}
        </section>
        <Lazy part=Part::Intake show=Slot::CourseFileImport />
        <section class="course-section" aria-labelledby="catalog-heading">
            <h2 id="catalog-heading">{move || app.t(Msg::Available)}</h2>
            {move || match catalog.get() {
                    None => view! { <p>{app.t(Msg::Loading)}</p> }.into_any(),
                    Some(result) => match result {
                    Err(NetError::InvalidCatalog { .. }) => view! { <p class="notice notice--error" role="alert">{app.t(Msg::CatalogInvalid)}</p> }.into_any(),
                    Err(_) => view! { <p class="notice">{app.t(Msg::CatalogUnavailable)}</p> }.into_any(),
                    Ok(catalog) if catalog.courses.is_empty() => view! { <p class="notice">{app.t(Msg::CatalogEmpty)}</p> }.into_any(),
                    Ok(catalog) => view! {
                        <ul class="course-list">
                            {catalog.courses.into_iter().map(|entry| {
                                let id = entry.id.clone();
                                let on_device = Signal::derive(move || {
                                    installed_list.get().into_iter().find(|course: &InstalledCourse| course.id == id)
                                });
                                view! { <li><OfferedCourseCard entry on_device announcement /></li> }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }}}
        </section>
    }
}
