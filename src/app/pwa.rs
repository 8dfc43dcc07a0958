//! Offline plumbing: registers the service worker (which precaches the shell), says when a new
//! version of the app is waiting, and follows the browser's online/offline events.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    // The worker script is always checked against the server, never taken from the HTTP cache,
    // so a deploy is seen at the next visit.
    let options = web_sys::RegistrationOptions::new();
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    // Registration failing (e.g. a browser without SW support) only costs offline use.
    let _ = container.register_with_options("/sw.js", &options);
}

thread_local! {
    /// Whether this tab asked the waiting worker to take over, and so reloads when it has.
    static UPDATE_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Sets `update_ready` when a new version of the app is installed and waiting (the worker waits
/// for the learner: taking over mid-lesson would mix old and new files), or when another tab has
/// already switched to it. Checks for a new version whenever the tab comes back to the front.
pub fn watch_updates(update_ready: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    // On a first visit the first worker claims the page: a new controller, but no new version.
    let controlled = Cell::new(has_controller());
    let on_controller_change = Closure::<dyn Fn()>::new(move || {
        if UPDATE_ASKED.with(Cell::get) {
            reload();
        } else if controlled.replace(true) {
            // Another tab took the new version: this one still runs the old files.
            update_ready.set(true);
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let Ok(ready) = container.ready() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(ready).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if registration.waiting().is_some() && has_controller() {
            update_ready.set(true);
        }
        let watched = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // A first install has no controller to replace: nothing to announce.
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();

        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let visible = document.clone();
        let on_visible = Closure::<dyn Fn()>::new(move || {
            if visible.visibility_state() == web_sys::VisibilityState::Visible {
                let _ = registration.update();
            }
        });
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visible.as_ref().unchecked_ref(),
        );
        on_visible.forget();
    });
}

/// "Reload": lets the waiting worker take over, then reloads once it has; with no worker
/// waiting (another tab already switched), reloads at once.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let Ok(ready) = container.ready() else {
        reload();
        return;
    };
    leptos::task::spawn_local(async move {
        let waiting = wasm_bindgen_futures::JsFuture::from(ready)
            .await
            .ok()
            .and_then(|r| r.unchecked_into::<ServiceWorkerRegistration>().waiting());
        match waiting {
            Some(worker) => {
                UPDATE_ASKED.with(|asked| asked.set(true));
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
                let _ = worker.post_message(&JsValue::from(message));
            }
            None => reload(),
        }
    });
}

fn has_controller() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

pub fn is_online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

/// Keeps `online` in step with the browser for the app's lifetime.
pub fn watch_connectivity(online: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    for (event, state) in [("online", true), ("offline", false)] {
        let callback = Closure::<dyn Fn()>::new(move || online.set(state));
        let _ = window.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        // The listeners live as long as the page.
        callback.forget();
    }
}

/// The parts loaded on demand that the service worker does not keep yet (`public/sw.js`): their
/// file names and their size over the network. Empty once the whole app is on the device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartsMissing {
    pub files: Vec<String>,
    pub bytes: u64,
}

/// Keeps `missing` in step with what the service worker reports about the parts.
pub fn watch_parts(missing: RwSignal<Option<PartsMissing>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_message = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let get = |value: &JsValue, key: &str| js_sys::Reflect::get(value, &key.into()).ok();
        let Some(data) = get(&event, "data") else {
            return;
        };
        if get(&data, "type").and_then(|t| t.as_string()).as_deref() != Some("PARTS") {
            return;
        }
        let files = get(&data, "missing")
            .map(|files| {
                js_sys::Array::from(&files)
                    .iter()
                    .filter_map(|f| f.as_string())
                    .collect()
            })
            .unwrap_or_default();
        let bytes = get(&data, "bytes").and_then(|b| b.as_f64()).unwrap_or(0.0) as u64;
        missing.set(Some(PartsMissing { files, bytes }));
    });
    let _ = window
        .navigator()
        .service_worker()
        .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// Asks the service worker what is missing of the parts and, with `keep`, to fetch it. The app
/// asks once its first screen is ready, so the background fetch never delays it.
pub fn ask_parts(keep: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(ready) = window.navigator().service_worker().ready() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let Some(worker) = wasm_bindgen_futures::JsFuture::from(ready)
            .await
            .ok()
            .and_then(|r| r.unchecked_into::<ServiceWorkerRegistration>().active())
        else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"PARTS".into());
        let _ = js_sys::Reflect::set(&message, &"keep".into(), &keep.into());
        let _ = worker.post_message(&message);
    });
}

/// Whether the connection is one the learner does not pay for by the byte: wifi or ethernet,
/// without the browser's own data saver. Browsers that do not say (most desktops) count as
/// metered, so with Nour's data saver on nothing is fetched before she asks.
pub fn unmetered() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let get = |value: &JsValue, key: &str| js_sys::Reflect::get(value, &key.into()).ok();
    let Some(connection) = get(&window.navigator(), "connection").filter(|c| c.is_object()) else {
        return false;
    };
    let kind = get(&connection, "type").and_then(|t| t.as_string());
    let save_data = get(&connection, "saveData").and_then(|s| s.as_bool()) == Some(true);
    matches!(kind.as_deref(), Some("wifi" | "ethernet")) && !save_data
}
