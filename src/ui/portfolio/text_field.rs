use leptos::prelude::*;

use crate::app::context::use_app;
use crate::core::portfolio::Problem;
use crate::i18n::Msg;
use crate::ui::portfolio::{FieldProblem, described_by};

/// One text of a form draft: how to read it (tracked) and how to change it.
#[derive(Clone, Copy)]
pub struct Bound {
    pub value: Signal<String>,
    pub set: Callback<String>,
}

impl Bound {
    /// Binds a `String` field of a draft held in a signal.
    pub fn new<T: Send + Sync + 'static>(
        draft: RwSignal<T>,
        get: fn(&T) -> &String,
        get_mut: fn(&mut T) -> &mut String,
    ) -> Self {
        Bound {
            value: Signal::derive(move || draft.with(|d| get(d).clone())),
            set: Callback::new(move |value: String| draft.update(|d| *get_mut(d) = value)),
        }
    }
}

/// How a text is typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Line,
    Email,
    Phone,
    Url,
    Month,
    /// Several lines (a textarea).
    Text,
}

/// A labelled text control with an optional hint and its problem next to it.
#[component]
pub fn TextField(
    /// The control's id: the form moves focus to it when it is the first in trouble.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    bound: Bound,
    #[prop(optional)] kind: Kind,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional, into)] problem: Signal<Option<Problem>>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let app = use_app();
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-problem");
    let invalid = move || problem.with(Option::is_some);
    let describe = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || described_by(hint_id.as_deref(), invalid().then_some(error_id.as_str()))
    };
    let (input_type, dir, inputmode) = match kind {
        // She may type in any language: the text takes its own direction.
        Kind::Line | Kind::Text => ("text", Some("auto"), None),
        Kind::Email => ("email", Some("ltr"), Some("email")),
        Kind::Phone => ("tel", Some("ltr"), Some("tel")),
        Kind::Url => ("url", Some("ltr"), Some("url")),
        Kind::Month => ("month", None, None),
    };
    let control = if kind == Kind::Text {
        view! {
            <textarea id=id.clone() rows="5" dir="auto" autocomplete=autocomplete
                aria-describedby=describe aria-invalid=move || invalid().then_some("true")
                prop:value=move || bound.value.get() on:input=move |e| bound.set.run(event_target_value(&e))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=input_type dir=dir inputmode=inputmode autocomplete=autocomplete
                spellcheck=(kind != Kind::Line).then_some("false")
                aria-required=required.then_some("true")
                aria-describedby=describe aria-invalid=move || invalid().then_some("true")
                prop:value=move || bound.value.get() on:input=move |e| bound.set.run(event_target_value(&e)) />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field--invalid=invalid>
            <label for=id.clone()>{move || label.get()}</label>
            {hint.zip(hint_id).map(|(hint, hint_id)| view! { <p class="field__hint" id=hint_id>{move || app.t(hint)}</p> })}
            {control}
            <FieldProblem id=error_id problem />
        </div>
    }
}
