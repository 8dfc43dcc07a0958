//! Spaced review with Leitner boxes. Every item a learner has answered sits in one of five
//! boxes; a right answer moves it up a box and a wrong one sends it back to box 1, and the box
//! says how many days until it comes back. Today's review is every card that is due.
//!
//! Why Leitner and not FSRS: a box is explainable to a learner ("box 3 of 5: back in 3 days"),
//! and the boxes are replayed deterministically from the stored answer log, with no per-learner
//! parameters to fit. FSRS needs its parameters fitted, which takes far more reviews than a
//! three-to-six-month course produces, and it would put more code in the wasm.

use std::collections::BTreeSet;

use crate::core::attempt::{AssessmentLog, REVIEW_ATTEMPT};
use crate::core::bundle::Bundle;
use crate::core::mastery;
use crate::core::model::Interaction;

/// Days until a card in box 1 to 5 is due again. Box 1 is due at once: a missed item is in
/// today's review.
pub const BOX_DAYS: [u64; 5] = [0, 1, 3, 7, 21];

const DAY_MS: u64 = 86_400_000;

/// One item under spaced review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub course_id: String,
    pub assessment_id: String,
    pub item_id: String,
    /// 1 to 5.
    pub leitner_box: u8,
    pub due_ms: u64,
    /// When it was last answered.
    pub last_ms: u64,
}

/// The cards of a course, in bundle order, replayed from its answers in time order. An item
/// first answered right starts in box 3 (it is known already), else in box 1. In an attempt only
/// the first try at an item counts (a practice retry right after a miss proves little); every
/// review answer counts. Open items (self-checked projects) and items the course no longer has
/// get no card.
pub fn cards(bundle: &Bundle, log: &AssessmentLog) -> Vec<Card> {
    let mut cards: Vec<Card> = Vec::new();
    for assessment in bundle.modules().iter().flat_map(|m| &m.assessments) {
        for item in &assessment.items {
            if !matches!(item.interaction(), Interaction::Open { .. }) {
                cards.push(Card {
                    course_id: bundle.id().to_owned(),
                    assessment_id: assessment.id.clone(),
                    item_id: item.id.clone(),
                    leitner_box: 0,
                    due_ms: 0,
                    last_ms: 0,
                });
            }
        }
    }
    let mut answers: Vec<_> = log.answers.iter().collect();
    crate::core::stable_sort::sort_by_key(&mut answers, |a| a.at_ms);
    let mut tried = BTreeSet::new();
    for answer in answers {
        let Some(card) = cards
            .iter_mut()
            .find(|c| c.assessment_id == answer.assessment_id && c.item_id == answer.item_id)
        else {
            continue;
        };
        if answer.attempt_id != REVIEW_ATTEMPT
            && !tried.insert((&answer.attempt_id, &answer.assessment_id, &answer.item_id))
        {
            continue;
        }
        card.leitner_box = match (mastery::right(answer), card.leitner_box) {
            (false, _) => 1,
            (true, 0) => 3,
            (true, b) => (b + 1).min(5),
        };
        card.last_ms = answer.at_ms;
        card.due_ms = answer
            .at_ms
            .saturating_add(BOX_DAYS[usize::from(card.leitner_box - 1)] * DAY_MS);
    }
    cards.retain(|c| c.leitner_box > 0);
    cards
}

/// The cards due by `until_ms` (the app passes the end of the learner's day): the least known
/// first, then the longest waiting.
pub fn due_by(cards: &[Card], until_ms: u64) -> Vec<&Card> {
    let mut due: Vec<&Card> = cards.iter().filter(|c| c.due_ms <= until_ms).collect();
    crate::core::stable_sort::sort_by_key(&mut due, |c| (c.leitner_box, c.due_ms));
    due
}
