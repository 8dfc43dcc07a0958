//! Self-assessments: taking one (every answer stored the moment it is given), its results and
//! history, and the items themselves, which the spaced review reuses.

mod assessment_page;
mod attempt_history;
mod attempt_results;
mod interaction_input;
mod item_view;

pub use assessment_page::AssessmentPage;
pub use attempt_history::AttemptHistory;
pub use attempt_results::AttemptResults;
pub use interaction_input::{Draft, InteractionInput};
pub use item_view::{ItemMode, ItemView, Judged};

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::bundle::Bundle;
use crate::core::markdown as md;
use crate::core::model::LocalizedText;
use crate::i18n::Locale;
use crate::ui::common::pick;
use crate::ui::reader::MarkdownView;

/// A course text in Markdown, in the reader's language, through typed views.
fn markdown(
    bundle: &Arc<Bundle>,
    text: &LocalizedText,
    locale: Locale,
    languages: &[String],
) -> AnyView {
    let picked = pick(text, locale, languages);
    let dir = picked.dir();
    let blocks = md::parse(&picked.text);
    view! {
        <div class="item__text" lang=picked.lang dir=dir>
            <MarkdownView blocks bundle=bundle.clone() />
        </div>
    }
    .into_any()
}
