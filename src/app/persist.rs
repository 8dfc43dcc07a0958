//! Persistent storage: without it the browser may clear IndexedDB when the phone runs out of
//! space, taking the learner's progress and portfolio with it. The app asks for it once, the
//! first time she has something to lose (a lesson done, an answer given, a portfolio saved), and
//! the settings page shows where things stand and lets her ask again.

use gloo_storage::{LocalStorage, Storage};
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Set once the app has asked on its own, so it does not ask at every answer.
const ASKED_KEY: &str = "nour.persist-asked";

/// What the browser says about the origin's storage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub usage: u64,
    pub quota: u64,
}

/// Asks for persistent storage the first time it is called on this device, unless storage is
/// persistent already. Returns at once; the browser decides in the background (Chromium grants
/// or refuses without a prompt, Firefox may ask the learner).
pub fn ask_once() {
    if LocalStorage::get::<bool>(ASKED_KEY).unwrap_or(false) {
        return;
    }
    // Remembered before asking: two answers in a row must not ask twice.
    let _ = LocalStorage::set(ASKED_KEY, true);
    spawn_local(async {
        if status().await == Some(false) {
            let _ = ask().await;
        }
    });
}

/// Whether storage is persistent; `None` where the browser does not say (no StorageManager).
pub async fn status() -> Option<bool> {
    let promise = manager()?.persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser now; its answer (`None` where it cannot be asked).
pub async fn ask() -> Option<bool> {
    let _ = LocalStorage::set(ASKED_KEY, true);
    let promise = manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Bytes used by the app and the most the browser lets it use; `None` where it does not say.
pub async fn estimate() -> Option<Estimate> {
    let promise = manager()?.estimate().ok()?;
    let estimate: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    let bytes = |value: Option<f64>| {
        value
            .filter(|v| v.is_finite() && *v >= 0.0)
            .map(|v| v as u64)
    };
    Some(Estimate {
        usage: bytes(estimate.get_usage())?,
        quota: bytes(estimate.get_quota())?,
    })
}

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older WebViews have no `navigator.storage`: check before calling the binding.
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    has.then(|| navigator.storage())
}
