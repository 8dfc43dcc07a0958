//! Offline plumbing: registers the service worker (which precaches the shell) and follows the
//! browser's online/offline events.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    // Registration failing (e.g. a browser without SW support) only costs offline use.
    let _ = container.register("/sw.js");
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
