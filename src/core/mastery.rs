//! When an assessment is mastered, and how far the learner is from it, in words she can read
//! ("7 of the last 10 right", "best attempt 85 %"). Computed from the answer log every time, like
//! progress: nothing is counted in place.
//!
//! The count-based rules (`MOfN`, `Streak`) look at *first tries*: the first answer to each item
//! in each attempt. A practice retry after a wrong answer teaches but proves nothing, and review
//! answers belong to spaced review, not to the assessment.

use std::collections::BTreeSet;

use crate::core::attempt::{self, Answer, AssessmentLog, Attempt, REVIEW_ATTEMPT};
use crate::core::model::{Assessment, Mastery};
use crate::core::scoring::Response;

/// Without a rule in the bundle: 80 % of the points in one attempt.
pub const DEFAULT_MASTERY: Mastery = Mastery::PassMark(80);

pub fn rule(assessment: &Assessment) -> Mastery {
    assessment.mastery.unwrap_or(DEFAULT_MASTERY)
}

/// Mastery and the figures to show it with: "`current` of `target`".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MasteryStatus {
    pub met: bool,
    /// PassMark: best finished-attempt percent; MOfN: right answers among the last n first
    /// tries; Streak: the current run of right first tries.
    pub current: u32,
    /// The pass mark, m or k.
    pub target: u32,
}

/// The first tries at `assessment` in time order (ties kept in log order): the attempt each
/// belongs to, and whether it was right (a skip is wrong).
fn first_tries<'a>(assessment: &Assessment, log: &'a AssessmentLog) -> Vec<(&'a str, bool)> {
    let mut answers: Vec<_> = log
        .answers
        .iter()
        .filter(|a| a.assessment_id == assessment.id && a.attempt_id != REVIEW_ATTEMPT)
        .collect();
    crate::core::stable_sort::sort_by_key(&mut answers, |a| a.at_ms);
    let mut seen = BTreeSet::new();
    answers
        .into_iter()
        .filter(|a| seen.insert((a.attempt_id.as_str(), a.item_id.as_str())))
        .map(|a| (a.attempt_id.as_str(), right(a)))
        .collect()
}

/// Whether an answer counts as right: a skip never does.
pub(crate) fn right(answer: &Answer) -> bool {
    answer.correct && answer.response != Response::Skipped
}

/// A count rule (`MOfN`, `Streak`) on a sequence of first tries, oldest first.
fn counted(rule: Mastery, tries: &[bool]) -> MasteryStatus {
    let (current, target) = match rule {
        Mastery::MOfN { m, n } => {
            let last = &tries[tries.len().saturating_sub(usize::from(n))..];
            (last.iter().filter(|right| **right).count(), m)
        }
        Mastery::Streak(k) => (tries.iter().rev().take_while(|right| **right).count(), k),
        Mastery::PassMark(mark) => (0, u16::from(mark)),
    };
    let current = u32::try_from(current).unwrap_or(u32::MAX);
    MasteryStatus {
        met: current >= u32::from(target),
        current,
        target: u32::from(target),
    }
}

/// Whether the learner has mastered `assessment`, and how far she is.
pub fn status(assessment: &Assessment, log: &AssessmentLog) -> MasteryStatus {
    match rule(assessment) {
        Mastery::PassMark(mark) => {
            let best = attempt::finished(log, assessment)
                .iter()
                .map(|(_, score)| score.percent())
                .max();
            MasteryStatus {
                met: best.is_some_and(|best| best >= mark),
                current: u32::from(best.unwrap_or(0)),
                target: u32::from(mark),
            }
        }
        count => {
            let tries: Vec<bool> = first_tries(assessment, log)
                .into_iter()
                .map(|(_, right)| right)
                .collect();
            counted(count, &tries)
        }
    }
}

/// Pass or fail on one attempt's results: its own percent against the pass mark, or the count
/// rule on the first tries up to this attempt's last one. An attempt with no answer has not
/// passed a count rule.
pub fn attempt_passed(assessment: &Assessment, log: &AssessmentLog, attempt: &Attempt) -> bool {
    match rule(assessment) {
        Mastery::PassMark(mark) => attempt.state(assessment, &log.answers).score.percent() >= mark,
        count => {
            let tries = first_tries(assessment, log);
            let Some(last) = tries.iter().rposition(|(id, _)| *id == attempt.id) else {
                return false;
            };
            let upto: Vec<bool> = tries[..=last].iter().map(|(_, right)| *right).collect();
            counted(count, &upto).met
        }
    }
}
