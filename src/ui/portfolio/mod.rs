//! The learner's portfolio: the page she shows an employer (profile, projects and reflections in
//! her order, the achievements she chooses to show, skills with what proves them, exports) and
//! the two forms that edit it.
//!
//! - **Every change is one `save_portfolio`**: the page applies a change to a copy of the
//!   portfolio, stores it with its new images in one transaction, and shows it only once it is
//!   stored, so what the screen shows is what a reload shows.
//! - **Forms validate with the core** (`validate_profile`, `validate_entry`); each problem is
//!   shown next to its field, tied to it with `aria-describedby` and `aria-invalid`, and focus
//!   goes to the first field in trouble.
//! - **Photos are compressed on the device** (`app::image`) before they are stored.
//! - **Learner Markdown is rendered through typed views** ([`EntryMarkdown`]), never as HTML.

mod achievement_list;
mod entry_card;
mod entry_form;
mod entry_markdown;
mod field_problem;
mod form_actions;
mod image_picker;
mod kept_answers;
mod portfolio_page;
mod profile_form;
mod profile_summary;
mod skill_list;
mod text_field;
mod undo_bar;

pub use entry_form::EntryForm;
pub use entry_markdown::EntryMarkdown;
pub use portfolio_page::PortfolioPage;
pub use profile_form::ProfileForm;

use achievement_list::AchievementList;
use entry_card::EntryCard;
use field_problem::FieldProblem;
use form_actions::FormActions;
use image_picker::{ImagePicker, Picked};
use kept_answers::KeptAnswers;
use profile_summary::ProfileSummary;
use skill_list::SkillList;
use text_field::{Bound, TextField};
use undo_bar::UndoBar;

use leptos::prelude::*;

use crate::app::context::AppContext;
use crate::core::portfolio::{Field, FieldError, ImageData, Portfolio, Problem};
use crate::i18n::Msg;
use crate::storage::{Store, StoreError};

/// Stores the portfolio with its new images (one transaction). Once the learner has something
/// to lose, asks the browser (once) to keep the app's storage.
async fn save(
    app: AppContext,
    portfolio: &Portfolio,
    new_images: Vec<ImageData>,
) -> Result<(), StoreError> {
    app.store()?.save_portfolio(portfolio, new_images).await?;
    crate::app::persist::ask_once();
    Ok(())
}

/// A form's Save: applies `change` to the stored portfolio, stores it with the form's new images,
/// then goes back to the portfolio page; on failure, says why and lets the learner try again.
fn save_form(
    app: AppContext,
    saving: RwSignal<bool>,
    failure: RwSignal<Option<Msg>>,
    change: impl FnOnce(&mut Portfolio) + 'static,
    new_images: Vec<ImageData>,
) {
    saving.set(true);
    failure.set(None);
    leptos::task::spawn_local(async move {
        let outcome: Result<(), StoreError> = async {
            let mut portfolio = app.store()?.portfolio().await?;
            change(&mut portfolio);
            save(app, &portfolio, new_images).await
        }
        .await;
        match outcome {
            Ok(()) => crate::app::router::navigate(app.route, "/portfolio"),
            Err(error) => {
                web_sys::console::warn_1(&format!("portfolio not saved: {error}").into());
                let _ = saving.try_set(false);
                let _ = failure.try_set(Some(store_error(&error)));
            }
        }
    });
}

/// The message a failed write shows.
fn store_error(error: &StoreError) -> Msg {
    match error {
        StoreError::QuotaExceeded => Msg::ErrQuota,
        _ => Msg::ErrStorage,
    }
}

/// The problems of a form, tracked: empty until the learner first tries to save, then checked
/// live, so a field's message goes away as soon as it is fixed.
#[derive(Clone, Copy)]
struct Problems(Memo<Vec<FieldError>>);

impl Problems {
    fn of(self, field: Field) -> Option<Problem> {
        self.0
            .with(|errors| errors.iter().find(|e| e.field == field).map(|e| e.problem))
    }

    fn signal(self, field: Field) -> Signal<Option<Problem>> {
        Signal::derive(move || self.of(field))
    }
}

/// The elements that describe a control: its hint and, while it is invalid, its message.
fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A new id for an image or entry: the time, plus a random part for two made in the same ms.
fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * 1_000_000.0) as u32;
    format!("{prefix}-{}-{random:06}", crate::app::course_data::now_ms())
}

/// The portfolio shown on the page, and how it changes: a change is applied to a copy, stored,
/// and only then shown, so the screen never shows what a reload would not. One change at a time:
/// a second click while one is being stored is ignored rather than built on a stale copy.
#[derive(Clone, Copy)]
struct Edits {
    app: AppContext,
    portfolio: RwSignal<Portfolio>,
    saving: RwSignal<bool>,
    /// Why the last change could not be stored.
    failure: RwSignal<Option<Msg>>,
}

impl Edits {
    fn new(app: AppContext, portfolio: Portfolio) -> Self {
        Edits {
            app,
            portfolio: RwSignal::new(portfolio),
            saving: RwSignal::new(false),
            failure: RwSignal::new(None),
        }
    }

    /// Applies `change` (which says whether it changed anything), stores the result, shows it,
    /// then runs `then` (to move focus).
    fn apply(
        self,
        change: impl FnOnce(&mut Portfolio) -> bool + 'static,
        then: impl FnOnce() + 'static,
    ) {
        if self.saving.get_untracked() {
            return;
        }
        let mut next = self.portfolio.get_untracked();
        if !change(&mut next) {
            return;
        }
        self.saving.set(true);
        self.failure.set(None);
        leptos::task::spawn_local(async move {
            let outcome = save(self.app, &next, Vec::new()).await;
            // The learner may have left the page meanwhile: then there is nothing to show.
            let _ = self.saving.try_set(false);
            match outcome {
                Ok(()) => {
                    if self.portfolio.try_set(next).is_none() {
                        then();
                    }
                }
                Err(error) => {
                    web_sys::console::warn_1(&format!("portfolio not saved: {error}").into());
                    let _ = self.failure.try_set(Some(store_error(&error)));
                    // Shown as stored, so a control the learner flipped flips back.
                    self.portfolio.try_update(|_| ());
                }
            }
        });
    }
}
