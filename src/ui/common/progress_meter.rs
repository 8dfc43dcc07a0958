use leptos::prelude::*;

use crate::app::context::use_app;

/// A labelled progress bar with its figures in words ("3 of 10 lessons done").
#[component]
pub fn ProgressMeter(
    #[prop(into)] done: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let app = use_app();
    let label = move || app.locale.get().lessons_done(done.get(), total.get());
    view! {
        <div class="progress-meter">
            <progress max=move || total.get().max(1) value=move || done.get() aria-label=label></progress>
            <span class="progress-meter__text">{label}</span>
        </div>
    }
}
