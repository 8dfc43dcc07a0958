use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::parts::{Part, Slot};

/// A piece of a first-load page whose code is in a part loaded on demand: `fallback` (nothing by
/// default) until the part arrives, then the part's view of `show`.
#[component]
pub fn Lazy(part: Part, show: Slot, #[prop(optional, into)] fallback: ViewFn) -> impl IntoView {
    let app = use_app();
    let state = part.use_loaded(app.online);
    move || match state.get() {
        Some(Ok(render)) => render(show.clone()),
        _ => fallback.run(),
    }
}
