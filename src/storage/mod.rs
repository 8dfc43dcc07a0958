//! The only code that keeps learner data: a [`Store`] trait, its records, an IndexedDB backend for
//! the browser and an in-memory backend that native tests use as a double. Both pass the same
//! contract suite (`tests/contract/store.rs`).
//!
//! **Each method is one transaction**: an install either lands whole (course, bundle text and
//! every asset) or not at all, and a failed install leaves the previous version untouched. The
//! same holds for the portfolio (its record and its new images land together) and for a restore
//! from a backup (every learner record, the portfolio, the images and the backed-up courses are
//! replaced together, or nothing changes).
//!
//! **Stored images are exactly those the portfolio refers to** ([`Portfolio::image_ids`], which
//! includes the entry kept for undo): every portfolio save and every restore drops the others.

mod indexed_db;
mod memory;

pub use indexed_db::{APP_DATABASE, IdbStore};
pub use memory::MemoryStore;

use serde::{Deserialize, Serialize};

use crate::core::attempt::{Answer, AssessmentLog, Attempt};
pub use crate::core::backup::LearnerData;
use crate::core::model::LocalizedText;
use crate::core::pack::PackManifest;
use crate::core::portfolio::{ImageData, Portfolio};
use crate::core::progress::LearningEvent;
pub use crate::core::record::LearnerRecord;

/// What the catalog page and the storage screen need to list a course on the device without
/// parsing its bundle.
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
    /// The pack manifest this version was downloaded with, so an update can fetch only what
    /// changed. `None` for a course from a shared file, a backup or an older Nour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest: Option<PackManifest>,
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
    /// The course is not on the device (an asset can only be added to an installed course).
    #[error("course {0} is not on the device")]
    NotInstalled(String),
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
    /// version it replaces and the chunks staged for the course, in one transaction.
    async fn install(&self, package: CoursePackage) -> Result<(), StoreError>;
    /// Keeps one verified chunk of a download under way, so a cut download resumes from there.
    /// Staged chunks are not a course: nothing shows them until `install` takes them in.
    async fn stage_chunk(
        &self,
        course_id: &str,
        sha256: &str,
        bytes: &[u8],
    ) -> Result<(), StoreError>;
    /// The chunks staged for a course, as `(sha256, bytes)`, ordered by hash.
    async fn staged_chunks(&self, course_id: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError>;
    /// Removes a course and its files in one transaction. Progress is kept: it is the learner's,
    /// and comes back if she downloads the course again.
    async fn remove(&self, course_id: &str) -> Result<(), StoreError>;
    /// Removes a course's assets only, in one transaction: the course, its bundle text and the
    /// learner's progress stay, `asset_paths` becomes empty and `size` drops by the bytes freed,
    /// which it returns (0 for a course not on the device or without media).
    async fn remove_media(&self, course_id: &str) -> Result<u64, StoreError>;
    /// Adds (or replaces) one asset of an installed course, in one transaction, and records it in
    /// the course's `asset_paths` and `size`. The caller has checked its SHA-256 against the
    /// bundle. [`StoreError::NotInstalled`] if the course is not on the device.
    async fn put_asset(&self, course_id: &str, asset: StoredAsset) -> Result<(), StoreError>;
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
    /// The learner's portfolio; [`Portfolio::default`] when she has none yet.
    async fn portfolio(&self) -> Result<Portfolio, StoreError>;
    /// Saves the portfolio and its new images together, and drops stored images nothing in the
    /// portfolio refers to any more ([`Portfolio::image_ids`], which includes the undoable deleted
    /// entry). New images the portfolio does not refer to are not kept either.
    async fn save_portfolio(
        &self,
        portfolio: &Portfolio,
        new_images: Vec<ImageData>,
    ) -> Result<(), StoreError>;
    /// The bytes of a portfolio image.
    async fn image(&self, id: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Everything the learner owns, read in one transaction: every [`LearnerRecord`] (ordered by
    /// course id), the portfolio and the images it refers to (in [`Portfolio::image_ids`] order,
    /// each once; a missing one is skipped). `locale` is `None`: storage does not keep it.
    async fn learner_data(&self) -> Result<LearnerData, StoreError>;
    /// Replaces every learner record, the portfolio and the images with `data` (images it does
    /// not refer to are not kept; `data.locale` is ignored), and installs `courses` (like
    /// [`Store::install`], each replacing its previous version; other installed courses stay),
    /// all in one transaction: a failure leaves everything as it was.
    async fn restore(
        &self,
        data: LearnerData,
        courses: Vec<CoursePackage>,
    ) -> Result<(), StoreError>;
}

/// The images of `images` that `portfolio` refers to, each id once (the last one given wins).
fn referenced_images(portfolio: &Portfolio, images: Vec<ImageData>) -> Vec<ImageData> {
    let ids = portfolio.image_ids();
    let mut kept: Vec<ImageData> = Vec::new();
    for image in images.into_iter().rev() {
        if ids.contains(&image.id.as_str()) && !kept.iter().any(|k| k.id == image.id) {
            kept.push(image);
        }
    }
    kept.reverse();
    kept
}

/// [`Portfolio::image_ids`] without repeats, in order.
fn unique_image_ids(portfolio: &Portfolio) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for id in portfolio.image_ids() {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Key of an asset record: course and path, which cannot contain a NUL.
fn asset_key(course_id: &str, path: &str) -> String {
    format!("{course_id}\u{0}{path}")
}
