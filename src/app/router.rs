//! Client-side routing for the app's pages. The current route is a signal; clicks on
//! same-origin links (`href="/…"`) are turned into `history.pushState`, and the back button is
//! followed. Hash links (the skip link) and external links keep their browser behaviour.
//! Written here because leptos_router cost ~15 KB brotli for what these lines do.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Catalog,
    Course {
        course: String,
    },
    Lesson {
        course: String,
        lesson: String,
    },
    Assessment {
        course: String,
        assessment: String,
    },
    /// Today's spaced review, across every course on the device.
    Review,
    /// The learner's portfolio: profile, entries, achievements, skills and exports.
    Portfolio,
    ProfileEdit,
    /// A new entry (`None`) or an existing one.
    EntryEdit {
        entry: Option<String>,
    },
    /// The CV as a printable page.
    Cv,
    /// Backup, restore, persistent storage.
    Settings,
    /// Where the installed app receives a course file the learner opens from her files (File
    /// Handling, `public/manifest.webmanifest`): the home page, which imports it.
    Import,
    NotFound,
}

impl Route {
    /// Pure: a path such as `/course/web/lesson/l1` to a route.
    pub fn parse(path: &str) -> Route {
        // A link may carry a query (`/portfolio/entry/new?kind=reflection`); pages read it.
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let parts: Vec<&str> = path.split('/').filter(|part| !part.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Catalog,
            ["review"] => Route::Review,
            ["portfolio"] => Route::Portfolio,
            ["portfolio", "profile"] => Route::ProfileEdit,
            ["portfolio", "entry", "new"] => Route::EntryEdit { entry: None },
            ["portfolio", "entry", entry] => Route::EntryEdit {
                entry: Some((*entry).to_owned()),
            },
            ["cv"] => Route::Cv,
            ["settings"] => Route::Settings,
            ["import"] => Route::Import,
            ["course", course] => Route::Course {
                course: (*course).to_owned(),
            },
            ["course", course, "lesson", lesson] => Route::Lesson {
                course: (*course).to_owned(),
                lesson: (*lesson).to_owned(),
            },
            ["course", course, "assessment", assessment] => Route::Assessment {
                course: (*course).to_owned(),
                assessment: (*assessment).to_owned(),
            },
            _ => Route::NotFound,
        }
    }

    pub fn course_href(course: &str) -> String {
        format!("/course/{course}")
    }

    pub fn lesson_href(course: &str, lesson: &str) -> String {
        format!("/course/{course}/lesson/{lesson}")
    }

    pub fn assessment_href(course: &str, assessment: &str) -> String {
        format!("/course/{course}/assessment/{assessment}")
    }

    pub fn entry_href(entry: &str) -> String {
        format!("/portfolio/entry/{entry}")
    }
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The route signal, kept in step with the address bar for the app's lifetime.
pub fn start() -> RwSignal<Route> {
    let route = RwSignal::new(Route::parse(&current_path()));
    let Some(window) = web_sys::window() else {
        return route;
    };
    let Some(document) = window.document() else {
        return route;
    };

    let on_click =
        Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            if let Some(path) = internal_link(&event) {
                event.prevent_default();
                navigate(route, &path);
            }
        });
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();

    let on_pop = Closure::<dyn Fn()>::new(move || show(route, Route::parse(&current_path())));
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
    route
}

/// The path of a plain left click on one of our own links, if that is what `event` is.
fn internal_link(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    if anchor.has_attribute("target") || anchor.has_attribute("download") {
        return None;
    }
    let href = anchor.get_attribute("href")?;
    (href.starts_with('/') && !href.starts_with("//")).then_some(href)
}

/// Goes to `path` as a new history entry, then puts the reader at the top of the new page with
/// focus on it, as a full page load would.
pub fn navigate(route: RwSignal<Route>, path: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
    }
    show(route, Route::parse(path));
    window.scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(main) = window
        .document()
        .and_then(|d| d.get_element_by_id("content"))
        && let Ok(main) = main.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = main.focus();
    }
}

/// Rebuilds the page only for a different route: a fragment jump (the skip link) also fires
/// `popstate`, and rebuilding then would drop the focus the jump just gave.
fn show(route: RwSignal<Route>, next: Route) {
    if route.get_untracked() != next {
        route.set(next);
    }
}

/// Page title: "<page> · Nour", so tabs, history and screen readers name the page.
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&if page.is_empty() {
            "Nour".to_owned()
        } else {
            format!("{page} · Nour")
        });
    }
}
