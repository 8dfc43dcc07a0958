//! Small pieces several features share.

mod keep_parts_notice;
mod lazy;
mod localized;
mod progress_meter;
mod stored_image;

pub use keep_parts_notice::KeepPartsNotice;
pub use lazy::Lazy;
pub use localized::{Localized, pick};
pub use progress_meter::ProgressMeter;
pub use stored_image::{StoredImage, object_url};

use leptos::prelude::*;

/// Moves focus to an element once the view around it has been rebuilt, so keyboard and screen
/// reader users stay where the action is.
pub(crate) fn focus_soon(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id)
            && let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
        {
            let _ = element.focus();
        }
    });
}
