use leptos::prelude::*;

use crate::app::context::use_app;
use crate::core::model::{Interaction, Item, LocalizedText};
use crate::core::scoring::Response;
use crate::core::validate::gap_markers;
use crate::i18n::Msg;
use crate::ui::common::focus_soon;
use crate::ui::common::pick;

/// What the learner has entered so far for one item, one signal per kind of control. Answers
/// refer to choices and entries by their index in the bundle, whatever order they are shown in.
#[derive(Clone, Copy)]
pub struct Draft {
    choices: RwSignal<Vec<usize>>,
    flag: RwSignal<Option<bool>>,
    text: RwSignal<String>,
    blanks: RwSignal<Vec<String>>,
    order: RwSignal<Vec<usize>>,
    matches: RwSignal<Vec<Option<usize>>>,
    checked: RwSignal<Vec<usize>>,
    portfolio: RwSignal<bool>,
}

impl Draft {
    /// `display` is the order the item's parts are shown in (see `shuffle::display_order`).
    pub fn new(item: &Item, display: &[usize]) -> Self {
        let (gaps, left) = match item.interaction() {
            Interaction::FillBlanks { gaps, .. } => (gaps.len(), 0),
            Interaction::Matching { left, .. } => (0, left.len()),
            _ => (0, 0),
        };
        Draft {
            choices: RwSignal::new(Vec::new()),
            flag: RwSignal::new(None),
            text: RwSignal::new(String::new()),
            blanks: RwSignal::new(vec![String::new(); gaps]),
            order: RwSignal::new(display.to_vec()),
            matches: RwSignal::new(vec![None; left]),
            checked: RwSignal::new(Vec::new()),
            portfolio: RwSignal::new(false),
        }
    }

    /// The answer to record, or `None` while nothing has been entered.
    pub fn response(&self, item: &Item) -> Option<Response> {
        let response = match item.interaction() {
            Interaction::SingleChoice { .. } | Interaction::MultipleChoice { .. } => {
                Response::Choices(self.choices.get_untracked())
            }
            Interaction::TrueFalse { .. } => Response::Bool(self.flag.get_untracked()?),
            Interaction::Numeric { .. } => Response::Number(self.text.get_untracked()),
            Interaction::ShortText { .. } => Response::Text(self.text.get_untracked()),
            Interaction::FillBlanks { .. } => Response::Blanks(self.blanks.get_untracked()),
            // An ordering is always an answer: the learner may find the shown order right.
            Interaction::Ordering { .. } => Response::Order(self.order.get_untracked()),
            Interaction::Matching { .. } => Response::Matches(self.matches.get_untracked()),
            Interaction::Open { .. } => Response::Open {
                text: self.text.get_untracked(),
                checked: self.checked.get_untracked(),
                portfolio: self.portfolio.get_untracked(),
            },
        };
        let empty = match &response {
            Response::Choices(chosen) => chosen.is_empty(),
            Response::Number(text) | Response::Text(text) | Response::Open { text, .. } => {
                text.trim().is_empty()
            }
            Response::Blanks(blanks) => blanks.iter().all(|blank| blank.trim().is_empty()),
            Response::Matches(matches) => matches.iter().all(Option::is_none),
            _ => false,
        };
        (!empty).then_some(response)
    }
}

/// The controls of one item. Every control is a native form control or a button, so every item
/// is answered by keyboard or by tap, and nothing needs dragging.
#[component]
pub fn InteractionInput(
    item: Item,
    display: Vec<usize>,
    draft: Draft,
    languages: Vec<String>,
    /// Labels the controls: the id of the element that holds the question.
    prompt_id: String,
    /// False once the answer is final (checkpoint answered, review answered, practice right).
    #[prop(into)]
    enabled: Signal<bool>,
) -> impl IntoView {
    // The page rebuilds the item when the language changes, so texts are built once here.
    let locale = use_app().locale.get_untracked();
    let name = format!("answer-{}", item.id);
    let disabled = move || !enabled.get();
    let languages = StoredValue::new(languages);
    let text = move |text: &LocalizedText| languages.with_value(|l| pick(text, locale, l).span());
    let several = matches!(item.interaction(), Interaction::MultipleChoice { .. });
    match item.interaction().clone() {
        Interaction::SingleChoice { choices } | Interaction::MultipleChoice { choices } => {
            let entries: Vec<(usize, LocalizedText)> = display
                .iter()
                .filter_map(|&i| choices.get(i).map(|c| (i, c.text.clone())))
                .collect();
            choice_list(entries, several, draft, name, prompt_id, disabled, text).into_any()
        }
        Interaction::TrueFalse { .. } => {
            let option = move |value: bool, label: Msg| {
                view! {
                    <label class="choice">
                        <input type="radio" name=name.clone() prop:checked=move || draft.flag.get() == Some(value)
                            disabled=disabled on:change=move |_| draft.flag.set(Some(value)) />
                        <span>{locale.t(label)}</span>
                    </label>
                }
            };
            view! {
                <fieldset class="choices" aria-labelledby=prompt_id>
                    {option(true, Msg::True)}
                    {option(false, Msg::False)}
                </fieldset>
            }
            .into_any()
        }
        Interaction::Numeric { .. } | Interaction::ShortText { .. } => {
            let numeric = matches!(item.interaction(), Interaction::Numeric { .. });
            let id = format!("{name}-text");
            view! {
                <div class="field">
                    <label for=id.clone()>{locale.t(if numeric { Msg::YourNumber } else { Msg::YourAnswer })}</label>
                    <input id=id type="text" autocomplete="off" spellcheck="false" aria-describedby=prompt_id
                        inputmode=if numeric { "decimal" } else { "text" }
                        prop:value=move || draft.text.get() disabled=disabled
                        on:input=move |event| draft.text.set(event_target_value(&event)) />
                </div>
            }
            .into_any()
        }
        Interaction::FillBlanks { text: gapped, gaps } => {
            let source = languages.with_value(|l| pick(&gapped, locale, l));
            let dir = source.dir();
            let mut parts = Vec::new();
            let mut from = 0;
            let count = gaps.len();
            for (range, gap) in gap_markers(&source.text) {
                parts.push(
                    view! { <span>{source.text[from..range.start].to_owned()}</span> }.into_any(),
                );
                from = range.end;
                let index = gap.saturating_sub(1);
                let Some(spec) = gaps.get(index) else {
                    continue;
                };
                let label = locale.blank_label(index + 1, count);
                let value = move || {
                    draft
                        .blanks
                        .with(|b| b.get(index).cloned().unwrap_or_default())
                };
                let set = move |value: String| {
                    draft.blanks.update(|blanks| {
                        if let Some(slot) = blanks.get_mut(index) {
                            *slot = value;
                        }
                    })
                };
                let control = if spec.options.is_empty() {
                    view! {
                        <input type="text" class="blank" autocomplete="off" spellcheck="false" aria-label=label.clone()
                            size="10" prop:value=value disabled=disabled on:input=move |e| set(event_target_value(&e)) />
                    }
                    .into_any()
                } else {
                    let options = spec.options.clone();
                    view! {
                        <select class="blank" aria-label=label disabled=disabled prop:value=value on:change=move |e| set(event_target_value(&e))>
                            <option value="">"—"</option>
                            {options.into_iter().map(|option| view! { <option value=option.clone()>{option.clone()}</option> }).collect_view()}
                        </select>
                    }
                    .into_any()
                };
                parts.push(control);
            }
            parts.push(view! { <span>{source.text[from..].to_owned()}</span> }.into_any());
            view! {
                <p class="blanks" lang=source.lang.clone() dir=dir aria-describedby=prompt_id>{parts}</p>
            }
            .into_any()
        }
        Interaction::Ordering { entries } => {
            let entries = StoredValue::new(entries);
            let item_id = item.id.clone();
            let moved = move |from: usize, to: usize| {
                draft.order.update(|order| order.swap(from, to));
            };
            view! {
                <ol class="ordering" aria-labelledby=prompt_id>
                    {move || {
                        let order = draft.order.get();
                        let last = order.len().saturating_sub(1);
                        order.into_iter().enumerate().map(|(position, entry)| {
                            let label = entries.with_value(|e| e.get(entry).cloned().unwrap_or_default());
                            let label_text = languages.with_value(|l| pick(&label, locale, l)).text;
                            let up_id = format!("up-{item_id}-{entry}");
                            let down_id = format!("down-{item_id}-{entry}");
                            // Focus follows the moved entry (the rows are patched in place, so
                            // the pressed button now belongs to another entry); at either end the
                            // pressed button is disabled, so focus goes to the entry's other one.
                            let up_focus = if position == 1 { down_id.clone() } else { up_id.clone() };
                            let down_focus = if position + 1 == last { up_id.clone() } else { down_id.clone() };
                            view! {
                                <li class="ordering__entry">
                                    <span class="ordering__text">{label_text.clone()}</span>
                                    <span class="ordering__moves">
                                        <button type="button" class="button button--small" id=up_id disabled=move || disabled() || position == 0
                                            aria-label=locale.move_label(Msg::MoveUp, &label_text)
                                            on:click=move |_| { moved(position, position - 1); focus_soon(&up_focus); }>
                                            <span aria-hidden="true">"↑"</span>
                                        </button>
                                        <button type="button" class="button button--small" id=down_id disabled=move || disabled() || position == last
                                            aria-label=locale.move_label(Msg::MoveDown, &label_text)
                                            on:click=move |_| { moved(position, position + 1); focus_soon(&down_focus); }>
                                            <span aria-hidden="true">"↓"</span>
                                        </button>
                                    </span>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ol>
            }
            .into_any()
        }
        Interaction::Matching { left, right } => {
            let rows = left.into_iter().enumerate().map(|(l, left_text)| {
                let id = format!("{name}-match-{l}");
                let options: Vec<(usize, LocalizedText)> = display
                    .iter()
                    .filter_map(|&r| right.get(r).map(|t| (r, t.clone())))
                    .collect();
                let value = move || draft.matches.with(|m| m.get(l).copied().flatten().map(|r| r.to_string()).unwrap_or_default());
                view! {
                    <div class="matching__row">
                        <label for=id.clone()>{text(&left_text)}</label>
                        <select id=id disabled=disabled prop:value=value on:change=move |e| {
                            let chosen = event_target_value(&e).parse::<usize>().ok();
                            draft.matches.update(|m| if let Some(slot) = m.get_mut(l) { *slot = chosen });
                        }>
                            <option value="">"—"</option>
                            {options.into_iter().map(|(r, option)| {
                                let option_text = languages.with_value(|l| pick(&option, locale, l)).text;
                                view! { <option value=r.to_string()>{option_text}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view();
            view! { <div class="matching" role="group" aria-labelledby=prompt_id>{rows}</div> }
                .into_any()
        }
        Interaction::Open { rubric, portfolio } => {
            let id = format!("{name}-open");
            let criteria: Vec<_> = rubric.into_iter().enumerate().map(|(c, criterion)| {
                let checked = move || draft.checked.with(|checked| checked.contains(&c));
                view! {
                    <label class="choice">
                        <input type="checkbox" prop:checked=checked disabled=disabled on:change=move |e| {
                            let on = event_target_checked(&e);
                            draft.checked.update(|checked| {
                                checked.retain(|&x| x != c);
                                if on { checked.push(c) }
                            });
                        } />
                        {text(&criterion)}
                    </label>
                }
            }).collect();
            view! {
                <div class="field">
                    <label for=id.clone()>{locale.t(Msg::YourAnswer)}</label>
                    <textarea id=id rows="6" aria-describedby=prompt_id prop:value=move || draft.text.get() disabled=disabled
                        on:input=move |e| draft.text.set(event_target_value(&e))></textarea>
                </div>
                {(!criteria.is_empty()).then(|| view! {
                    <fieldset class="choices rubric">
                        <legend>{locale.t(Msg::SelfCheck)}</legend>
                        {criteria}
                    </fieldset>
                })}
                {portfolio.then(|| view! {
                    <label class="choice choice--portfolio">
                        <input type="checkbox" prop:checked=move || draft.portfolio.get() disabled=disabled
                            on:change=move |e| draft.portfolio.set(event_target_checked(&e)) />
                        <span>{locale.t(Msg::AddToPortfolio)}</span>
                    </label>
                })}
            }
            .into_any()
        }
    }
}

/// Radio buttons (one answer) or checkboxes (several), in the order given.
fn choice_list(
    entries: Vec<(usize, LocalizedText)>,
    several: bool,
    draft: Draft,
    name: String,
    prompt_id: String,
    disabled: impl Fn() -> bool + Copy + Send + Sync + 'static,
    text: impl Fn(&LocalizedText) -> AnyView,
) -> impl IntoView {
    let kind = if several { "checkbox" } else { "radio" };
    let options = entries
        .into_iter()
        .map(|(index, label)| {
            let checked = move || draft.choices.with(|chosen| chosen.contains(&index));
            view! {
                <label class="choice">
                    <input type=kind name=name.clone() prop:checked=checked disabled=disabled on:change=move |e| {
                        let on = event_target_checked(&e);
                        draft.choices.update(|chosen| {
                            if !several {
                                chosen.clear();
                            }
                            chosen.retain(|&c| c != index);
                            if on {
                                chosen.push(index);
                            }
                        });
                    } />
                    {text(&label)}
                </label>
            }
        })
        .collect_view();
    view! { <fieldset class="choices" aria-labelledby=prompt_id>{options}</fieldset> }
}
