//! The app's parts loaded on demand. The first load holds the shell, the catalog, the course page
//! and the lesson reader; everything else is split out of the one wasm at build time
//! (`wasm-split`, driven by `.ci/wasm-build.mjs`) and fetched the first time it is needed. Each
//! `#[wasm_split]` function below is such a boundary: the code only it reaches goes to its part,
//! and a part shares the main module's memory, allocator and runtime.
//!
//! A part hands back one plain function pointer, [`Render`], that builds the views it owns. The
//! caller builds them synchronously, inside its own reactive owner, like any other view; only
//! the fetch is asynchronous. The service worker keeps every part once it has been fetched
//! (`public/sw.js`), so offline a part loads from its cache.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::app::router::Route;
use crate::core::catalog::CatalogEntry;
use crate::i18n::{self, Msg};
use crate::storage::InstalledCourse;

/// A part could not be fetched: offline before it was ever kept, or a server error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartMissing;

impl From<SplitLoaderError> for PartMissing {
    fn from(_: SplitLoaderError) -> Self {
        PartMissing
    }
}

/// What a part is asked to build.
#[derive(Clone)]
pub enum Slot {
    /// The page of a route the part owns.
    Page(Route),
    /// The dashboard at the top of the home page.
    Dashboard,
    /// An offered course's download: its button, the plan of an update or of a cut download,
    /// progress and failures. `requested` is set when the learner tapped the button before the
    /// part arrived: the download then starts at once.
    Download {
        entry: CatalogEntry,
        on_device: Signal<Option<InstalledCourse>>,
        announcement: RwSignal<Option<Msg>>,
        requested: RwSignal<bool>,
    },
    /// The home page's section that imports a course from a `.nour` file.
    CourseFileImport,
    /// The button that saves a course on the device as a `.nour` file.
    ShareCourse(InstalledCourse),
}

/// Builds a slot's view; a part hands one out when it is loaded.
pub type Render = fn(Slot) -> AnyView;

/// The parts, each fetched once and then kept by the service worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Download, update and resume of a course; one-file courses (import and share).
    Intake,
    /// Assessments and today's review.
    Practice,
    /// The portfolio, its two forms, the CV and the exports.
    Portfolio,
    /// Storage, data saver, backup and restore.
    Settings,
    /// The top of the home page once a course is on the device.
    Dashboard,
}

const PARTS: usize = 5;

thread_local! {
    /// The parts already loaded, so a page seen before renders at once, with no await.
    static LOADED: std::cell::Cell<[Option<Render>; PARTS]> = const { std::cell::Cell::new([None; PARTS]) };
}

impl Part {
    /// The part that builds `route`'s page, or `None` for a page of the first load.
    pub fn of(route: &Route) -> Option<Part> {
        match route {
            Route::Assessment { .. } | Route::Review => Some(Part::Practice),
            Route::Portfolio | Route::ProfileEdit | Route::EntryEdit { .. } | Route::Cv => {
                Some(Part::Portfolio)
            }
            Route::Settings => Some(Part::Settings),
            _ => None,
        }
    }

    /// The part's builder if it is already loaded.
    pub fn loaded(self) -> Option<Render> {
        LOADED.with(|loaded| loaded.get()[self as usize])
    }

    /// Fetches the part. A failure is not remembered: the next call tries again.
    pub async fn load(self) -> Result<Render, PartMissing> {
        if let Some(render) = self.loaded() {
            return Ok(render);
        }
        let render = match self {
            Part::Intake => intake().await,
            Part::Practice => practice().await,
            Part::Portfolio => portfolio().await,
            Part::Settings => settings().await,
            Part::Dashboard => dashboard().await,
        }?;
        LOADED.with(|loaded| {
            let mut parts = loaded.get();
            parts[self as usize] = Some(render);
            loaded.set(parts);
        });
        Ok(render)
    }

    /// The part as a signal for a view: `None` while it is fetched, then the builder or
    /// [`PartMissing`]. A failed fetch is tried again when the connection comes back, and by
    /// [`PartState::retry`].
    pub fn use_loaded(self, online: RwSignal<bool>) -> PartState {
        let state = PartState {
            part: self,
            render: RwSignal::new(self.loaded().map(Ok)),
        };
        if state.render.get_untracked().is_none() {
            state.fetch(0);
        }
        Effect::new(move |was_online: Option<bool>| {
            let online = online.get();
            if online && was_online == Some(false) && state.missing() {
                // The "online" event can come a moment before requests go through again: one
                // more try a little later if this one fails.
                state.fetch(1);
            }
            online
        });
        state
    }
}

/// A part as a view sees it; see [`Part::use_loaded`].
#[derive(Clone, Copy)]
pub struct PartState {
    part: Part,
    render: RwSignal<Option<Result<Render, PartMissing>>>,
}

impl PartState {
    /// The builder once the part is here (tracks).
    pub fn get(&self) -> Option<Result<Render, PartMissing>> {
        self.render.get()
    }

    fn missing(&self) -> bool {
        self.render.get_untracked() == Some(Err(PartMissing))
    }

    /// Fetches the part again.
    pub fn retry(&self) {
        self.fetch(0);
    }

    /// Fetches the part; a failure is tried again `again` more times, two seconds apart.
    fn fetch(self, again: u8) {
        let (part, render) = (self.part, self.render);
        if render.try_set(None).is_some() {
            return; // the view is gone
        }
        spawn_local(async move {
            let loaded = part.load().await;
            if loaded.is_err() && again > 0 {
                set_timeout(
                    move || self.fetch(again - 1),
                    std::time::Duration::from_secs(2),
                );
                return;
            }
            // The view may be gone by now; then there is nobody to tell.
            let _ = render.try_set(Some(loaded));
        });
    }
}

/// Adds a part's stylesheet to the page as the part loads, once. Course text never gets here: these
/// are the app's own files, and the page's CSP lists their hashes (`.ci/harden.mjs`), as it does
/// for the styles inlined in `index.html`.
fn add_style(css: &'static str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(style), Some(head)) = (document.create_element("style"), document.head()) {
        style.set_text_content(Some(css));
        let _ = head.append_child(&style);
    }
}

// The split points. Each hands out the builder of its part's views; `fallible` turns a part that
// cannot be fetched into `PartMissing` instead of a panic.

#[wasm_split(intake, wasm_split_path = ::leptos::wasm_split, fallible)]
fn intake() -> Result<Render, PartMissing> {
    add_style(include_str!("../../style/intake.css"));
    i18n::provide(i18n::Section::Intake, i18n::intake_texts);
    Ok(|slot| {
        use crate::ui::intake::{CourseDownload, CourseFileImport, ShareCourseButton};
        match slot {
            Slot::Download {
                entry,
                on_device,
                announcement,
                requested,
            } => view! { <CourseDownload entry on_device announcement requested /> }.into_any(),
            Slot::CourseFileImport => view! { <CourseFileImport /> }.into_any(),
            Slot::ShareCourse(course) => view! { <ShareCourseButton course /> }.into_any(),
            _ => ().into_any(),
        }
    })
}

#[wasm_split(practice, wasm_split_path = ::leptos::wasm_split, fallible)]
fn practice() -> Result<Render, PartMissing> {
    add_style(include_str!("../../style/assessment.css"));
    i18n::provide(i18n::Section::Practice, i18n::practice_texts);
    Ok(|slot| {
        use crate::ui::assessment::AssessmentPage;
        use crate::ui::review::ReviewPage;
        match slot {
            Slot::Page(Route::Assessment { course, assessment }) => {
                view! { <AssessmentPage course assessment /> }.into_any()
            }
            Slot::Page(Route::Review) => view! { <ReviewPage /> }.into_any(),
            _ => ().into_any(),
        }
    })
}

#[wasm_split(portfolio, wasm_split_path = ::leptos::wasm_split, fallible)]
fn portfolio() -> Result<Render, PartMissing> {
    add_style(include_str!("../../style/portfolio.css"));
    add_style(include_str!("../../style/cv.css"));
    i18n::provide(i18n::Section::Portfolio, i18n::portfolio_texts);
    Ok(|slot| {
        use crate::ui::export::CvPage;
        use crate::ui::portfolio::{EntryForm, PortfolioPage, ProfileForm};
        match slot {
            Slot::Page(Route::Portfolio) => view! { <PortfolioPage /> }.into_any(),
            Slot::Page(Route::ProfileEdit) => view! { <ProfileForm /> }.into_any(),
            Slot::Page(Route::EntryEdit { entry }) => view! { <EntryForm entry /> }.into_any(),
            Slot::Page(Route::Cv) => view! { <CvPage /> }.into_any(),
            _ => ().into_any(),
        }
    })
}

#[wasm_split(settings, wasm_split_path = ::leptos::wasm_split, fallible)]
fn settings() -> Result<Render, PartMissing> {
    add_style(include_str!("../../style/settings.css"));
    i18n::provide(i18n::Section::Settings, i18n::settings_texts);
    Ok(|slot| match slot {
        Slot::Page(Route::Settings) => view! { <crate::ui::settings::SettingsPage /> }.into_any(),
        _ => ().into_any(),
    })
}

#[wasm_split(dashboard, wasm_split_path = ::leptos::wasm_split, fallible)]
fn dashboard() -> Result<Render, PartMissing> {
    add_style(include_str!("../../style/dashboard.css"));
    i18n::provide(i18n::Section::Dashboard, i18n::dashboard_texts);
    Ok(|slot| match slot {
        Slot::Dashboard => view! { <crate::ui::dashboard::DashboardPanel /> }.into_any(),
        _ => ().into_any(),
    })
}
