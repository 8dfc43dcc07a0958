use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::context::use_app;
use crate::app::parts::{Part, Slot};

/// A piece of a first-load page whose code is in a part loaded on demand: `fallback` (nothing by
/// default) until the part arrives, then the part's view of `show`. A keyboard user whose focus
/// was in the fallback (say, on the download button it stands in for) keeps it: focus moves to
/// the first control of what replaces it, rather than falling back to the top of the page.
#[component]
pub fn Lazy(part: Part, show: Slot, #[prop(optional, into)] fallback: ViewFn) -> impl IntoView {
    let app = use_app();
    let state = part.use_loaded(app.online);
    let around = NodeRef::<leptos::html::Div>::new();
    view! {
        <div class="lazy" node_ref=around>
            {move || match state.get() {
                Some(Ok(render)) => {
                    let focus_was_here = around.get_untracked().is_some_and(|around| {
                        document().active_element().is_some_and(|active| around.contains(Some(&active)))
                    });
                    if focus_was_here {
                        request_animation_frame(move || {
                            let control = around
                                .get_untracked()
                                .and_then(|around| around.query_selector("button, a[href], input, select, textarea").ok().flatten())
                                .and_then(|control| control.dyn_into::<web_sys::HtmlElement>().ok());
                            if let Some(control) = control {
                                let _ = control.focus();
                            }
                        });
                    }
                    render(show.clone())
                }
                _ => fallback.run(),
            }}
        </div>
    }
}
