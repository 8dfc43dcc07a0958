//! What a learner does in an assessment, as stored records: an [`Attempt`] (the items drawn, in
//! the order shown, from a stored seed) and the [`Answer`]s given in it. Answers are appended the
//! moment they are given and never changed, so a closed tab loses nothing; where an attempt
//! stands, its score and the learner's mastery are all computed from these records.

use serde::{Deserialize, Serialize};

use crate::core::model::{Assessment, AssessmentKind};
use crate::core::scoring::{Response, max_points};
use crate::core::shuffle;

/// The attempt id review answers carry: they belong to no attempt.
pub const REVIEW_ATTEMPT: &str = "review";

/// One go at an assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique in the course: `<assessment id>@<started_ms>`.
    pub id: String,
    pub assessment_id: String,
    /// The course version the attempt was taken on.
    pub course_version: String,
    /// Seeds the draw and every shuffle, so a resumed attempt shows the same order.
    pub seed: u32,
    /// The ids of the items drawn, in the order shown.
    pub order: Vec<String>,
    pub started_ms: u64,
    /// Set when the learner has answered every item (checkpoint) or left the last one (practice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_ms: Option<u64>,
}

/// One answer to one item, judged when it was given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The attempt it belongs to, or [`REVIEW_ATTEMPT`].
    pub attempt_id: String,
    pub assessment_id: String,
    pub item_id: String,
    pub response: Response,
    /// Share of the item's points earned, 0 to 100.
    pub credit: u8,
    /// Whether the answer was fully right.
    pub correct: bool,
    /// How many hints were shown before answering.
    #[serde(default)]
    pub hints_used: u8,
    pub at_ms: u64,
}

/// Everything a learner did in the assessments of one course.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AssessmentLog {
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    #[serde(default)]
    pub answers: Vec<Answer>,
}

/// A new attempt at `assessment`, with its items drawn from `seed`.
pub fn new_attempt(
    assessment: &Assessment,
    course_version: &str,
    seed: u32,
    now_ms: u64,
) -> Attempt {
    Attempt {
        id: format!("{}@{}", assessment.id, now_ms),
        assessment_id: assessment.id.clone(),
        course_version: course_version.to_owned(),
        seed,
        order: shuffle::draw(assessment, seed)
            .into_iter()
            .filter_map(|i| assessment.items.get(i).map(|item| item.id.clone()))
            .collect(),
        started_ms: now_ms,
        finished_ms: None,
    }
}

/// Points earned in an attempt, out of the points its items are worth.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    pub earned: f64,
    pub max: u32,
}

impl Score {
    /// The rounded percentage; 100 when nothing was scored (only ungraded open items).
    pub fn percent(&self) -> u8 {
        if self.max == 0 {
            return 100;
        }
        (100.0 * self.earned / f64::from(self.max))
            .round()
            .clamp(0.0, 100.0) as u8
    }
}

/// Where an attempt stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AttemptState {
    /// Index in `order` of the item to show: the first one not done yet, `order.len()` when
    /// every item is done.
    pub position: usize,
    pub finished: bool,
    pub score: Score,
}

impl Attempt {
    /// Where this attempt stands, from the answers given so far (any answers may be passed: only
    /// this attempt's count). An item is done once answered (checkpoint), or once answered right
    /// or skipped (practice: a wrong answer keeps the learner on it, to try again). Items the
    /// course no longer has are done and not scored.
    pub fn state(&self, assessment: &Assessment, answers: &[Answer]) -> AttemptState {
        let mut mine: Vec<&Answer> = answers.iter().filter(|a| a.attempt_id == self.id).collect();
        crate::core::stable_sort::sort_by_key(&mut mine, |a| a.at_ms);
        let practice = assessment.kind == AssessmentKind::Practice;
        let mut score = Score {
            earned: 0.0,
            max: 0,
        };
        let mut position = None;
        for (p, id) in self.order.iter().enumerate() {
            let Some(item) = assessment.items.iter().find(|item| &item.id == id) else {
                continue;
            };
            let mut given = mine.iter().filter(|a| &a.item_id == id).peekable();
            let points = max_points(item);
            score.max += u32::from(points);
            if let Some(first) = given.peek() {
                score.earned += f64::from(points) * f64::from(first.credit.min(100)) / 100.0;
            }
            let done = if practice {
                given.any(|a| a.correct || a.response == Response::Skipped)
            } else {
                given.next().is_some()
            };
            if !done && position.is_none() {
                position = Some(p);
            }
        }
        let position = position.unwrap_or(self.order.len());
        AttemptState {
            position,
            finished: self.finished_ms.is_some() || position == self.order.len(),
            score,
        }
    }
}

/// The newest attempt at `assessment` that is not finished: the one to resume.
pub fn unfinished<'a>(log: &'a AssessmentLog, assessment: &Assessment) -> Option<&'a Attempt> {
    log.attempts
        .iter()
        .filter(|a| a.assessment_id == assessment.id && !a.state(assessment, &log.answers).finished)
        .max_by_key(|a| a.started_ms)
}

/// The finished attempts at `assessment` with their scores, newest first.
pub fn finished<'a>(log: &'a AssessmentLog, assessment: &Assessment) -> Vec<(&'a Attempt, Score)> {
    let mut done: Vec<(&Attempt, Score)> = log
        .attempts
        .iter()
        .filter(|a| a.assessment_id == assessment.id)
        .map(|a| (a, a.state(assessment, &log.answers)))
        .filter(|(_, state)| state.finished)
        .map(|(a, state)| (a, state.score))
        .collect();
    crate::core::stable_sort::sort_by_key(&mut done, |(a, _)| std::cmp::Reverse(a.started_ms));
    done
}
