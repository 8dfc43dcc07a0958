//! The only code that keeps learner data: a [`Store`] trait, its records, an IndexedDB backend for
//! the browser and an in-memory backend that native tests use as a double. Both pass the same
//! contract suite (`tests/contract/store.rs`).
//!
//! **Each method is one transaction**: an install either lands whole (course, bundle text and
//! every asset) or not at all, and a failed install leaves the previous version untouched.

mod indexed_db;
mod memory;

pub use indexed_db::{APP_DATABASE, IdbStore};
pub use memory::MemoryStore;

use serde::{Deserialize, Serialize};

use crate::core::attempt::{Answer, AssessmentLog, Attempt};
use crate::core::model::LocalizedText;
use crate::core::progress::LearningEvent;

/// What the catalog page needs to list a course on the device without parsing its bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstalledCourse {
    pub id: String,
    pub version: String,
    /// SHA-256 of the bundle file as downloaded.
    pub sha256: String,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    pub languages: Vec<String>,
    /// Bytes on the device: bundle text and assets.
    pub size: u64,
    pub lessons: u32,
    pub asset_paths: Vec<String>,
    pub installed_at_ms: u64,
}

/// A file of a course, as bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredAsset {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Everything one install writes.
#[derive(Clone, Debug, PartialEq)]
pub struct CoursePackage {
    pub course: InstalledCourse,
    /// The bundle file exactly as verified against the catalog's SHA-256.
    pub bundle_json: String,
    pub assets: Vec<StoredAsset>,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StoreError {
    /// The browser refused to store more (`QuotaExceededError`).
    #[error("storage is full")]
    QuotaExceeded,
    /// IndexedDB could not be opened (private mode, blocked, or not supported).
    #[error("storage is unavailable: {0}")]
    Unavailable(String),
    /// A stored record could not be read back.
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    #[error("storage error: {0}")]
    Other(String),
}

/// Learner data on the device. Single-threaded (the browser's), hence no `Send` bounds.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Courses on the device, ordered by id.
    async fn installed_courses(&self) -> Result<Vec<InstalledCourse>, StoreError>;
    async fn installed_course(
        &self,
        course_id: &str,
    ) -> Result<Option<InstalledCourse>, StoreError>;
    async fn bundle_json(&self, course_id: &str) -> Result<Option<String>, StoreError>;
    async fn asset(&self, course_id: &str, path: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Adds or replaces a course, its bundle text and its assets, dropping the assets of the
    /// version it replaces, in one transaction.
    async fn install(&self, package: CoursePackage) -> Result<(), StoreError>;
    /// Removes a course and its files in one transaction. Progress is kept: it is the learner's,
    /// and comes back if she downloads the course again.
    async fn remove(&self, course_id: &str) -> Result<(), StoreError>;
    async fn record_event(&self, event: LearningEvent) -> Result<(), StoreError>;
    /// A course's events in the order they were recorded.
    async fn events(&self, course_id: &str) -> Result<Vec<LearningEvent>, StoreError>;
    /// The attempts and answers of a course's assessments, in the order they were recorded.
    async fn assessment_log(&self, course_id: &str) -> Result<AssessmentLog, StoreError>;
    async fn start_attempt(&self, course_id: &str, attempt: Attempt) -> Result<(), StoreError>;
    /// Appends an answer the moment it is given, so nothing is lost if the tab closes.
    async fn record_answer(&self, course_id: &str, answer: Answer) -> Result<(), StoreError>;
    /// Marks an attempt finished. Unknown attempts are left alone.
    async fn finish_attempt(
        &self,
        course_id: &str,
        attempt_id: &str,
        finished_ms: u64,
    ) -> Result<(), StoreError>;
}

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
    fn new(course_id: &str) -> Self {
        LearnerRecord {
            course_id: course_id.to_owned(),
            ..Default::default()
        }
    }

    fn log(self) -> AssessmentLog {
        AssessmentLog {
            attempts: self.attempts,
            answers: self.answers,
        }
    }

    fn finish(&mut self, attempt_id: &str, finished_ms: u64) {
        if let Some(attempt) = self
            .attempts
            .iter_mut()
            .find(|attempt| attempt.id == attempt_id && attempt.finished_ms.is_none())
        {
            attempt.finished_ms = Some(finished_ms);
        }
    }
}

/// Key of an asset record: course and path, which cannot contain a NUL.
fn asset_key(course_id: &str, path: &str) -> String {
    format!("{course_id}\u{0}{path}")
}
