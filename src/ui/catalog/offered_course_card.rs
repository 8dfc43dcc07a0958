use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::parts::{Part, Slot};
use crate::core::catalog::CatalogEntry;
use crate::core::validate::semver_newer;
use crate::i18n::Msg;
use crate::storage::InstalledCourse;
use crate::ui::common::{Lazy, pick};

/// A course the catalog offers, with its size and languages, and one button to download it. The
/// download itself is in the intake part (`ui::intake::CourseDownload`): until it arrives, the
/// card shows the same button, and a tap on it starts the download as soon as the part is here.
#[component]
pub fn OfferedCourseCard(
    entry: CatalogEntry,
    #[prop(into)] on_device: Signal<Option<InstalledCourse>>,
    announcement: RwSignal<Option<Msg>>,
) -> impl IntoView {
    let app = use_app();
    let entry = StoredValue::new(entry);
    let title = move || entry.with_value(|e| pick(&e.title, app.locale.get(), &e.languages));
    let summary = move || entry.with_value(|e| pick(&e.summary, app.locale.get(), &e.languages));
    let meta = move || {
        let locale = app.locale.get();
        entry.with_value(|e| {
            let names: Vec<&str> = e
                .languages
                .iter()
                .map(|code| locale.language_name(code))
                .collect();
            (
                locale.labelled(Msg::Languages, &names.join(", ")),
                locale.labelled(Msg::DownloadSize, &locale.size(e.download_size())),
                format!(
                    "{} · {}",
                    locale.lesson_count(e.lessons, e.modules),
                    locale.minutes(e.minutes)
                ),
            )
        })
    };
    let requested = RwSignal::new(false);
    let slot = Slot::Download {
        entry: entry.get_value(),
        on_device,
        announcement,
        requested,
    };

    view! {
        <article class="course-card" data-testid="offered-course">
            <h3 class="course-card__title">{move || title().span()}</h3>
            <p class="course-card__summary">{move || summary().span()}</p>
            <ul class="course-card__facts">
                <li>{move || meta().0}</li>
                <li data-testid="download-size">{move || meta().1}</li>
                // With media, what the data saver's "text only" download would cost.
                {entry.with_value(|e| !e.assets.is_empty()).then(|| view! {
                    <li data-testid="text-only-size">
                        {move || {
                            let locale = app.locale.get();
                            locale.labelled(Msg::TextOnlySize, &locale.size(entry.with_value(|e| e.size)))
                        }}
                    </li>
                })}
                <li>{move || meta().2}</li>
            </ul>
            <Lazy part=Part::Intake show=slot fallback=move || {
                let (current, update) = entry.with_value(|e| match on_device.get() {
                    Some(course) => (course.version == e.version, semver_newer(&e.version, &course.version)),
                    None => (false, false),
                });
                let label = if update { Msg::Update } else { Msg::Download };
                view! {
                    <div class="course-card__actions">
                        {if current {
                            let href = entry.with_value(|e| format!("/course/{}", e.id));
                            view! {
                                <span class="badge">{app.t(Msg::Installed)}</span>
                                <a href=href class="button button--primary">{app.t(Msg::Open)}</a>
                            }.into_any()
                        } else {
                            let size = app.locale.get().size(entry.with_value(CatalogEntry::download_size));
                            view! {
                                <button type="button" class="button button--primary" on:click=move |_| requested.set(true)
                                    aria-label=format!("{} {} ({size})", app.t(label), title().text)
                                    disabled=move || requested.get() || !app.online.get()>
                                    {app.t(label)}
                                </button>
                            }.into_any()
                        }}
                    </div>
                }
            } />
        </article>
    }
}
