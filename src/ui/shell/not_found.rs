use leptos::prelude::*;

use crate::app::context::use_app;
use crate::i18n::Msg;

#[component]
pub fn NotFound() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || app.t(Msg::NotFound)}</h1>
        <p><a href="/">{move || app.t(Msg::BackToCourses)}</a></p>
    }
}
