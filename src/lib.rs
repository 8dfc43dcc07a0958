//! Nour: an offline-first learner portal. Trainers publish course bundles (JSON); learners
//! download them once and study offline in French, Arabic or English.
//!
//! - [`core`]: pure domain (bundle format, validation, catalog, Markdown, progress); no IO.
//! - [`storage`]: the only code that touches IndexedDB, behind the `Store` trait.
//! - [`net`]: the only code that fetches.
//! - [`i18n`]: every UI string, in fr/ar/en.
//! - [`app`]: reactive glue (context, install flow, routes, service worker).
//! - [`ui`]: views by feature.
//!
//! The README's code map gives the invariants.

pub mod app;
pub mod core;
pub mod i18n;
pub mod net;
pub mod storage;
pub mod ui;

/// Opens the store, then mounts the app. Opening first means every page can read at once; the
/// static shell in `index.html` covers the few milliseconds it takes.
pub fn start() {
    // The release aborts at a panic without running any hook (`-Cpanic=immediate-abort`,
    // `.ci/wasm-build.mjs`): the hook, and the formatting it brings, is for debug builds.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::pwa::register_service_worker();
    wasm_bindgen_futures::spawn_local(async {
        let store = storage::IdbStore::open(storage::APP_DATABASE).await;
        if let Some(boot) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("boot"))
        {
            boot.remove();
        }
        leptos::mount::mount_to_body(move || leptos::view! { <app::App store /> });
        // "App-ready" for tests and benchmarks: the app is mounted and answers input.
        if let Some(window) = web_sys::window() {
            if let Some(root) = window.document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-app-ready", "");
            }
            if let Some(performance) = window.performance() {
                let _ = performance.mark("nour-app-ready");
            }
        }
    });
}
