//! Learning progress, computed from the events a learner leaves (lesson opened, completed,
//! un-completed) rather than kept in counters, so it can never drift from what happened and later
//! views (dashboard, streaks, portfolio) can be derived from the same record.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::core::attempt::AssessmentLog;
use crate::core::bundle::{Bundle, LessonRef};
use crate::core::mastery;
use crate::core::model::{AssessmentKind, Module};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Opened,
    Completed,
    /// The learner took back a "done" mark.
    Reopened,
}

/// One thing a learner did. Events are only ever appended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LearningEvent {
    pub course_id: String,
    pub lesson_id: String,
    pub kind: EventKind,
    /// Milliseconds since the Unix epoch, from the device clock.
    pub at_ms: u64,
}

/// Where a learner stands in one course.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseProgress {
    done: BTreeSet<String>,
    last_opened: Option<String>,
    total: usize,
    /// Assessments whose mastery rule is met.
    mastered: BTreeSet<String>,
    /// Every module's checkpoints are mastered (true for a course without checkpoints).
    checkpoints_passed: bool,
}

impl CourseProgress {
    /// Replays the course's events in time order. Events for lessons that no longer exist in this
    /// version of the bundle are ignored here, but stay stored.
    pub fn from_events(bundle: &Bundle, events: &[LearningEvent]) -> Self {
        let mut ordered: Vec<&LearningEvent> = events
            .iter()
            .filter(|event| event.course_id == bundle.id())
            .collect();
        // Stable sort: events with the same timestamp keep the order they were stored in.
        crate::core::stable_sort::sort_by_key(&mut ordered, |event| event.at_ms);
        let mut progress = CourseProgress {
            total: bundle.lesson_count(),
            // Without the assessment log, only a course with no checkpoint can be complete.
            checkpoints_passed: !bundle
                .assessments()
                .any(|found| found.assessment.kind == AssessmentKind::Checkpoint),
            ..Default::default()
        };
        for event in ordered {
            if bundle.lesson(&event.lesson_id).is_none() {
                continue;
            }
            match event.kind {
                EventKind::Opened => progress.last_opened = Some(event.lesson_id.clone()),
                EventKind::Completed => {
                    progress.done.insert(event.lesson_id.clone());
                }
                EventKind::Reopened => {
                    progress.done.remove(&event.lesson_id);
                }
            }
        }
        progress
    }

    /// Progress that also counts the learner's assessments: a module is complete when its lessons
    /// are read and its checkpoints passed.
    pub fn from_records(bundle: &Bundle, events: &[LearningEvent], log: &AssessmentLog) -> Self {
        let mut progress = Self::from_events(bundle, events);
        progress.mastered = bundle
            .assessments()
            .filter(|found| mastery::status(found.assessment, log).met)
            .map(|found| found.assessment.id.clone())
            .collect();
        progress.checkpoints_passed = bundle
            .modules()
            .iter()
            .all(|module| progress.checkpoints_mastered(module));
        progress
    }

    pub fn is_mastered(&self, assessment_id: &str) -> bool {
        self.mastered.contains(assessment_id)
    }

    fn checkpoints_mastered(&self, module: &Module) -> bool {
        module
            .assessments
            .iter()
            .filter(|assessment| assessment.kind == AssessmentKind::Checkpoint)
            .all(|assessment| self.is_mastered(&assessment.id))
    }

    /// Lessons read and checkpoints passed.
    pub fn is_module_complete(&self, module: &Module) -> bool {
        module.lessons.iter().all(|lesson| self.is_done(&lesson.id))
            && self.checkpoints_mastered(module)
    }

    pub fn is_done(&self, lesson_id: &str) -> bool {
        self.done.contains(lesson_id)
    }
    pub fn done_count(&self) -> usize {
        self.done.len()
    }
    pub fn total(&self) -> usize {
        self.total
    }
    /// Every lesson read and every checkpoint passed.
    pub fn is_complete(&self) -> bool {
        self.total > 0 && self.done.len() == self.total && self.checkpoints_passed
    }
    pub fn has_started(&self) -> bool {
        self.last_opened.is_some() || !self.done.is_empty()
    }

    /// Lessons done in one module, and the module's lesson count.
    pub fn module_counts(&self, bundle: &Bundle, module_id: &str) -> (usize, usize) {
        bundle
            .modules()
            .iter()
            .find(|module| module.id == module_id)
            .map_or((0, 0), |module| {
                let done = module
                    .lessons
                    .iter()
                    .filter(|lesson| self.is_done(&lesson.id))
                    .count();
                (done, module.lessons.len())
            })
    }

    /// The lesson to open on "continue": the last one opened, else the first one not done,
    /// else the first lesson.
    pub fn resume_at<'a>(&self, bundle: &'a Bundle) -> Option<LessonRef<'a>> {
        self.last_opened
            .as_deref()
            .and_then(|id| bundle.lesson(id))
            .or_else(|| {
                bundle
                    .lessons()
                    .find(|found| !self.is_done(&found.lesson.id))
            })
            .or_else(|| bundle.lessons().next())
    }
}
