use leptos::prelude::*;

use crate::app::context::use_app;
use crate::core::portfolio::Problem;

/// A field's problem, in words, right under the field. The field points at it with
/// `aria-describedby` while the problem lasts, so a screen reader reads it with the field.
#[component]
pub fn FieldProblem(
    /// The element id the field's `aria-describedby` names.
    #[prop(into)]
    id: String,
    #[prop(into)] problem: Signal<Option<Problem>>,
) -> impl IntoView {
    let app = use_app();
    move || {
        problem.get().map(|problem| {
            view! {
                <p class="field__problem" id=id.clone()>
                    <span aria-hidden="true">"⚠ "</span>
                    {move || app.locale.get().field_problem(problem)}
                </p>
            }
        })
    }
}
