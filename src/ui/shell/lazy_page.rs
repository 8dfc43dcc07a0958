use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::parts::{Part, PartMissing, Slot};
use crate::app::router::Route;
use crate::i18n::Msg;

/// A page whose code is in a part loaded on demand. Its heading shows at once and the page
/// replaces it when the part arrives (from the service worker's cache once the part has been
/// kept, so offline there is no visible wait). A part that cannot be fetched says so, with a
/// button to try again; it is also tried again when the connection comes back.
#[component]
pub fn LazyPage(part: Part, route: Route) -> impl IntoView {
    let app = use_app();
    let state = part.use_loaded(app.online);
    let heading = heading(&route);
    move || match state.get() {
        Some(Ok(render)) => render(Slot::Page(route.clone())),
        other => view! {
            <h1>{move || app.t(heading)}</h1>
            {match other {
                Some(Err(PartMissing)) => view! {
                    <div class="notice" role="alert">
                        <p>{move || app.t(Msg::PartMissing)}</p>
                        <button type="button" class="button" on:click=move |_| state.retry()>
                            {move || app.t(Msg::PartRetry)}
                        </button>
                    </div>
                }
                .into_any(),
                _ => view! { <p role="status">{move || app.t(Msg::PartLoading)}</p> }.into_any(),
            }}
        }
        .into_any(),
    }
}

/// The heading the page will have, shown while its part arrives.
fn heading(route: &Route) -> Msg {
    match route {
        Route::Assessment { .. } => Msg::Practice,
        Route::Review => Msg::ReviewToday,
        Route::ProfileEdit => Msg::EditProfile,
        Route::Cv => Msg::CvTitle,
        Route::Settings => Msg::SettingsTitle,
        _ => Msg::PortfolioTitle,
    }
}
