//! Judging one answer to one item: the share of points it earns, whether it is fully right, and
//! the feedback to show (Oppia style: the feedback of what the learner chose, else the item's
//! feedback for a wrong answer).

use serde::{Deserialize, Serialize};

use crate::core::model::{Interaction, Item, LocalizedText, NumericAnswer};
use crate::core::normalize;

/// What a learner answered. Choices, entries and right-hand sides are referred to by their index
/// in the bundle, not by the shuffled position they were shown at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// The chosen choices of a single- or multiple-choice item.
    Choices(Vec<usize>),
    Bool(bool),
    /// A number as typed (read with `normalize::parse_number`).
    Number(String),
    Text(String),
    /// One text per gap, in gap order.
    Blanks(Vec<String>),
    /// The entries in the order the learner put them.
    Order(Vec<usize>),
    /// For each left entry, the right entry chosen for it.
    Matches(Vec<Option<usize>>),
    /// An open answer, the rubric criteria the learner says it meets, and whether she wants it
    /// in her portfolio.
    Open {
        text: String,
        checked: Vec<usize>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        portfolio: bool,
    },
    /// The learner moved on without answering.
    Skipped,
}

/// How one response to one item is judged.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation<'a> {
    /// Share of the item's points earned, 0 to 100.
    pub credit: u8,
    /// Whether the answer is fully right.
    pub correct: bool,
    /// What to show, in bundle order; never an empty text.
    pub feedback: Vec<&'a LocalizedText>,
    /// Per part, in bundle order, whether the learner got that part right: per choice (picked
    /// when right, left when wrong), gap, ordering position, left entry or rubric criterion.
    /// Empty for items without parts and for a response that does not fit the item.
    pub marks: Vec<bool>,
}

impl Evaluation<'_> {
    fn wrong() -> Self {
        Evaluation {
            credit: 0,
            correct: false,
            feedback: Vec::new(),
            marks: Vec::new(),
        }
    }

    /// Credit from the parts: the share of marks that are right.
    fn from_marks(marks: Vec<bool>) -> Self {
        let right = marks.iter().filter(|m| **m).count();
        Evaluation {
            credit: share(right, marks.len()),
            correct: right == marks.len(),
            feedback: Vec::new(),
            marks,
        }
    }
}

/// `round(100 · part / whole)`, in integers; 100 for nothing out of nothing.
fn share(part: usize, whole: usize) -> u8 {
    if whole == 0 {
        return 100;
    }
    u8::try_from((200 * part.min(whole) + whole) / (2 * whole)).unwrap_or(100)
}

fn shown(text: &LocalizedText) -> Option<&LocalizedText> {
    (!text.is_empty()).then_some(text)
}

/// Judges `response` against `item`. Never panics: a response that does not fit the item (wrong
/// kind, index out of range) earns nothing and is wrong.
pub fn evaluate<'a>(item: &'a Item, response: &Response) -> Evaluation<'a> {
    let mut judged = judge(item, response);
    if judged.feedback.is_empty() && !judged.correct {
        judged.feedback.extend(shown(&item.feedback_wrong));
    }
    judged
}

fn judge<'a>(item: &'a Item, response: &Response) -> Evaluation<'a> {
    match (item.interaction(), response) {
        (Interaction::SingleChoice { choices }, Response::Choices(picked)) => {
            let [index] = picked[..] else {
                return Evaluation::wrong();
            };
            let Some(choice) = choices.get(index) else {
                return Evaluation::wrong();
            };
            let credit = match choice.credit {
                Some(credit) => credit.clamp(0, 100).unsigned_abs(),
                None if choice.correct => 100,
                None => 0,
            };
            Evaluation {
                credit,
                correct: choice.correct,
                feedback: shown(&choice.feedback).into_iter().collect(),
                marks: choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (i == index) == c.correct)
                    .collect(),
            }
        }
        (Interaction::MultipleChoice { choices }, Response::Choices(picked)) => {
            if picked.iter().any(|&i| i >= choices.len()) {
                return Evaluation::wrong();
            }
            // Weights are kept multiplied by `right` so that 100/right needs no fractions.
            let right = choices.iter().filter(|c| c.correct).count().max(1) as i32;
            let mut scaled = 0;
            let mut judged = Evaluation::wrong();
            for (i, choice) in choices.iter().enumerate() {
                let selected = picked.contains(&i);
                judged.marks.push(selected == choice.correct);
                if selected {
                    scaled += match choice.credit {
                        Some(credit) => i32::from(credit) * right,
                        None if choice.correct => 100,
                        None => -100,
                    };
                    judged.feedback.extend(shown(&choice.feedback));
                }
            }
            judged.correct = judged.marks.iter().all(|m| *m);
            // Three right choices of 33 each still make 100 when all three are picked.
            judged.credit = if judged.correct {
                100
            } else {
                let scaled = scaled.clamp(0, 100 * right);
                u8::try_from((2 * scaled + right) / (2 * right)).unwrap_or(100)
            };
            judged
        }
        (
            Interaction::TrueFalse {
                answer,
                feedback_true,
                feedback_false,
            },
            Response::Bool(said),
        ) => {
            let correct = said == answer;
            Evaluation {
                credit: if correct { 100 } else { 0 },
                correct,
                feedback: shown(if *said { feedback_true } else { feedback_false })
                    .into_iter()
                    .collect(),
                marks: Vec::new(),
            }
        }
        (Interaction::Numeric { answers }, Response::Number(typed)) => {
            let Some(number) = normalize::parse_number(typed) else {
                return Evaluation::wrong();
            };
            let best = answers
                .iter()
                .filter(|a| accepts(a, number))
                .rev()
                .max_by_key(|a| a.credit);
            graded(best.map(|a| (a.credit, &a.feedback)))
        }
        (Interaction::ShortText { answers }, Response::Text(typed)) => {
            let typed = normalize::normalize_text(typed);
            let best = answers
                .iter()
                .filter(|a| !typed.is_empty() && normalize::normalize_text(&a.text) == typed)
                .rev()
                .max_by_key(|a| a.credit);
            graded(best.map(|a| (a.credit, &a.feedback)))
        }
        (Interaction::FillBlanks { gaps, .. }, Response::Blanks(typed)) => Evaluation::from_marks(
            gaps.iter()
                .enumerate()
                .map(|(i, gap)| {
                    let typed = normalize::normalize_text(typed.get(i).map_or("", String::as_str));
                    !typed.is_empty()
                        && gap
                            .answers
                            .iter()
                            .any(|a| normalize::normalize_text(a) == typed)
                })
                .collect(),
        ),
        (Interaction::Ordering { entries }, Response::Order(order)) => {
            let n = entries.len();
            let mut seen = vec![false; n];
            let permutation = order.len() == n
                && order
                    .iter()
                    .all(|&i| i < n && !std::mem::replace(&mut seen[i], true));
            Evaluation::from_marks((0..n).map(|p| permutation && order[p] == p).collect())
        }
        (Interaction::Matching { left, right }, Response::Matches(matches)) => {
            if matches.len() > left.len() || matches.iter().flatten().any(|&j| j >= right.len()) {
                return Evaluation::wrong();
            }
            Evaluation::from_marks(
                (0..left.len())
                    .map(|i| matches.get(i) == Some(&Some(i)))
                    .collect(),
            )
        }
        (Interaction::Open { rubric, .. }, Response::Open { text, checked, .. }) => {
            if text.trim().is_empty() {
                Evaluation::wrong()
            } else {
                Evaluation::from_marks((0..rubric.len()).map(|i| checked.contains(&i)).collect())
            }
        }
        _ => Evaluation::wrong(),
    }
}

/// A numeric answer accepts `value ± tolerance` or `min..=max`, both ends included, with a tiny
/// margin so that a typed 0.3 matches a stored 0.1 + 0.2.
fn accepts(answer: &NumericAnswer, number: f64) -> bool {
    let margin = 1e-9 * number.abs().max(1.0);
    let near = answer.value.is_some_and(|value| {
        (number - value).abs() <= answer.tolerance.unwrap_or(0.0).abs() + margin
    });
    let ranged = (answer.min.is_some() || answer.max.is_some())
        && answer.min.is_none_or(|min| number >= min - margin)
        && answer.max.is_none_or(|max| number <= max + margin);
    near || ranged
}

/// The result of the best accepted answer (credit, feedback), or a wrong one.
fn graded(best: Option<(u8, &LocalizedText)>) -> Evaluation<'_> {
    let Some((credit, feedback)) = best else {
        return Evaluation::wrong();
    };
    let credit = credit.min(100);
    Evaluation {
        credit,
        correct: credit == 100,
        feedback: shown(feedback).into_iter().collect(),
        marks: Vec::new(),
    }
}

/// The points an item is worth: an open item without a rubric is not scored. Read from the
/// interaction's JSON without reading the rest of it: the reader scores attempts (for progress)
/// with this alone, and the code that reads whole interactions stays in the practice part.
pub fn max_points(item: &Item) -> u16 {
    #[derive(serde::Deserialize)]
    struct Shape {
        open: Option<Open>,
    }
    #[derive(serde::Deserialize)]
    struct Open {
        #[serde(default)]
        rubric: Vec<serde::de::IgnoredAny>,
    }
    let unscored = serde_json::from_str::<Shape>(item.interaction.json())
        .ok()
        .and_then(|shape| shape.open)
        .is_some_and(|open| open.rubric.is_empty());
    if unscored { 0 } else { item.points }
}
