//! The learner's own record of one course: what she read, the attempts she started and every
//! answer she gave. Kept when the course is removed, carried whole by backups, and the unit of
//! every learner write in storage (one record, one read-write transaction).

use serde::{Deserialize, Serialize};

use crate::core::attempt::{Answer, AssessmentLog, Attempt};
use crate::core::progress::LearningEvent;

/// Everything the learner did in one course: kept when the course is removed, and the unit of
/// every learner write (one record, one read-write transaction).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LearnerRecord {
    pub course_id: String,
    #[serde(default)]
    pub events: Vec<LearningEvent>,
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    #[serde(default)]
    pub answers: Vec<Answer>,
}

impl LearnerRecord {
    pub fn new(course_id: &str) -> Self {
        LearnerRecord {
            course_id: course_id.to_owned(),
            ..Default::default()
        }
    }

    pub fn log(self) -> AssessmentLog {
        AssessmentLog {
            attempts: self.attempts,
            answers: self.answers,
        }
    }

    pub fn finish(&mut self, attempt_id: &str, finished_ms: u64) {
        if let Some(attempt) = self
            .attempts
            .iter_mut()
            .find(|attempt| attempt.id == attempt_id && attempt.finished_ms.is_none())
        {
            attempt.finished_ms = Some(finished_ms);
        }
    }
}
