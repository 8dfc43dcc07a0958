//! The browser's [`Store`]: IndexedDB through `indexed_db_futures`.
//!
//! Object stores (schema version 2):
//! - `courses`: [`InstalledCourse`] records, key path `id`;
//! - `bundles`: the verified bundle text, keyed by course id;
//! - `assets`: `Uint8Array`s keyed by course id + NUL + path (raw bytes, not a serde array of
//!   numbers, which would be ten times larger);
//! - `progress`: one [`LearnerRecord`] per course (lesson events, attempts, answers), changed in
//!   one read-write transaction per write so two tabs cannot lose each other's events. Records
//!   written before assessments existed read back with empty attempts and answers;
//! - `portfolio` (since v2): the one [`Portfolio`] record, under the key `"portfolio"`;
//! - `images` (since v2): the portfolio's images, `Uint8Array`s keyed by image id. Only images
//!   the portfolio refers to are kept.
//!
//! - `downloads` (since v3): chunks of a download under way, `Uint8Array`s keyed by course id +
//!   NUL + SHA-256, so a cut download resumes; an install of the course deletes them in its own
//!   transaction.
//!
//! Opening a version 1 database upgrades it in place: the v2 stores are added and nothing of v1
//! is touched.

use std::rc::Rc;

use indexed_db_futures::database::{Database, ObjectStoreName, VersionChangeEvent};
use indexed_db_futures::error::{DomException, Error as IdbError};
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

use super::{
    CoursePackage, InstalledCourse, LearnerData, LearnerRecord, Store, StoreError, StoredAsset,
    asset_key, referenced_images, unique_image_ids,
};
use crate::core::attempt::{Answer, AssessmentLog, Attempt};
use crate::core::portfolio::{ImageData, Portfolio};
use crate::core::progress::LearningEvent;

const COURSES: &str = "courses";
const BUNDLES: &str = "bundles";
const ASSETS: &str = "assets";
const PROGRESS: &str = "progress";
const PORTFOLIO: &str = "portfolio";
const IMAGES: &str = "images";
const DOWNLOADS: &str = "downloads";
/// The key of the one record in `portfolio`.
const PORTFOLIO_KEY: &str = "portfolio";
const SCHEMA_VERSION: u32 = 3;
/// Every store a restore writes, and everything `learner_data` reads is among them.
const RESTORE_STORES: [&str; 7] = [
    COURSES, BUNDLES, ASSETS, DOWNLOADS, PROGRESS, PORTFOLIO, IMAGES,
];

/// The database the app uses; tests open their own names.
pub const APP_DATABASE: &str = "nour";

#[derive(Clone)]
pub struct IdbStore {
    db: Rc<Database>,
}

impl IdbStore {
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let db = Database::open(name)
            .with_version(SCHEMA_VERSION)
            .with_on_upgrade_needed(|event, db| upgrade(&event, &db))
            .await
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Ok(IdbStore { db: Rc::new(db) })
    }

    /// Writes everything an install writes into `tx` without committing it. Split out so the
    /// browser tests can abort such a transaction and check nothing of it remains.
    pub async fn stage_install(
        tx: &Transaction<'_>,
        package: &CoursePackage,
    ) -> Result<(), StoreError> {
        let id = &package.course.id;
        delete_installed_assets(tx, id).await?;
        tx.object_store(DOWNLOADS)
            .map_err(map_err)?
            .delete(staged_range(id))
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        let courses = tx.object_store(COURSES).map_err(map_err)?;
        let assets = tx.object_store(ASSETS).map_err(map_err)?;
        for asset in &package.assets {
            let bytes: JsValue = js_sys::Uint8Array::from(asset.bytes.as_slice()).into();
            assets
                .put(bytes)
                .with_key(asset_key(id, &asset.path))
                .primitive()
                .map_err(map_err)?
                .await
                .map_err(map_err)?;
        }
        let bundles = tx.object_store(BUNDLES).map_err(map_err)?;
        bundles
            .put(package.bundle_json.as_str())
            .with_key(id.as_str())
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        courses
            .put(&package.course)
            .serde()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        Ok(())
    }

    /// A read-write transaction over every store an install touches.
    pub fn install_transaction(&self) -> Result<Transaction<'_>, StoreError> {
        self.read_write([COURSES, BUNDLES, ASSETS, DOWNLOADS])
    }

    /// A read-write transaction over a course record and its assets, for the media-only writes.
    fn media_transaction(&self) -> Result<Transaction<'_>, StoreError> {
        self.read_write([COURSES, ASSETS])
    }

    /// A read-write transaction over every store a restore touches.
    pub fn restore_transaction(&self) -> Result<Transaction<'_>, StoreError> {
        self.read_write(RESTORE_STORES)
    }

    /// Writes everything a restore writes into `tx` without committing it. Split out so the
    /// browser tests can abort such a transaction and check the old data is intact.
    pub async fn stage_restore(
        tx: &Transaction<'_>,
        data: LearnerData,
        courses: &[CoursePackage],
    ) -> Result<(), StoreError> {
        let progress = tx.object_store(PROGRESS).map_err(map_err)?;
        progress.clear().map_err(map_err)?.await.map_err(map_err)?;
        for record in &data.records {
            progress
                .put(record)
                .serde()
                .map_err(map_err)?
                .await
                .map_err(map_err)?;
        }
        let images = tx.object_store(IMAGES).map_err(map_err)?;
        images.clear().map_err(map_err)?.await.map_err(map_err)?;
        for image in referenced_images(&data.portfolio, data.images) {
            put_image(tx, &image).await?;
        }
        put_portfolio(tx, &data.portfolio).await?;
        for package in courses {
            Self::stage_install(tx, package).await?;
        }
        Ok(())
    }

    /// A read-write transaction over `stores`.
    fn read_write<S: ObjectStoreName>(&self, stores: S) -> Result<Transaction<'_>, StoreError> {
        self.db
            .transaction(stores)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(map_err)
    }

    fn read(&self, store: &str) -> Result<Transaction<'_>, StoreError> {
        self.db.transaction(store).build().map_err(map_err)
    }

    async fn learner_record(&self, course_id: &str) -> Result<LearnerRecord, StoreError> {
        let tx = self.read(PROGRESS)?;
        let store = tx.object_store(PROGRESS).map_err(map_err)?;
        let record: Option<LearnerRecord> = store
            .get(course_id)
            .serde()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        Ok(record.unwrap_or_else(|| LearnerRecord::new(course_id)))
    }

    /// Reads, changes and writes back a course's learner record in one read-write transaction.
    /// `change` is a trait object so the transaction code exists once in the wasm, not once per
    /// kind of write.
    async fn update_learner_record(
        &self,
        course_id: &str,
        change: &mut dyn FnMut(&mut LearnerRecord),
    ) -> Result<(), StoreError> {
        let tx = self.read_write(PROGRESS)?;
        let store = tx.object_store(PROGRESS).map_err(map_err)?;
        let existing: Option<LearnerRecord> = store
            .get(course_id)
            .serde()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        let mut record = existing.unwrap_or_else(|| LearnerRecord::new(course_id));
        change(&mut record);
        store
            .put(&record)
            .serde()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        commit(tx).await
    }
}

/// Deletes, inside `tx`, the files of the version of `course_id` now on the device (if any): both
/// a reinstall and a removal must not leave the old version's files behind.
async fn delete_installed_assets(tx: &Transaction<'_>, course_id: &str) -> Result<(), StoreError> {
    let courses = tx.object_store(COURSES).map_err(map_err)?;
    let installed: Option<InstalledCourse> = courses
        .get(course_id)
        .serde()
        .map_err(map_err)?
        .await
        .map_err(map_err)?;
    let Some(installed) = installed else {
        return Ok(());
    };
    let assets = tx.object_store(ASSETS).map_err(map_err)?;
    for path in &installed.asset_paths {
        assets
            .delete(asset_key(course_id, path))
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
    }
    Ok(())
}

/// Every key of a course's staged chunks: `course id + NUL + sha256` sort between these bounds.
fn staged_range(course_id: &str) -> std::ops::Range<String> {
    asset_key(course_id, "")..format!("{course_id}\u{1}")
}

async fn get_course(
    tx: &Transaction<'_>,
    course_id: &str,
) -> Result<Option<InstalledCourse>, StoreError> {
    tx.object_store(COURSES)
        .map_err(map_err)?
        .get(course_id)
        .serde()
        .map_err(map_err)?
        .await
        .map_err(map_err)
}

async fn put_course(tx: &Transaction<'_>, course: &InstalledCourse) -> Result<(), StoreError> {
    tx.object_store(COURSES)
        .map_err(map_err)?
        .put(course)
        .serde()
        .map_err(map_err)?
        .await
        .map_err(map_err)?;
    Ok(())
}

/// The byte length of a stored asset (0 if there is none), read on the JS side: the bytes are not
/// copied into the wasm just to be measured.
async fn stored_length(tx: &Transaction<'_>, key: &str) -> Result<u64, StoreError> {
    let value: Option<JsValue> = tx
        .object_store(ASSETS)
        .map_err(map_err)?
        .get(key)
        .primitive()
        .map_err(map_err)?
        .await
        .map_err(map_err)?;
    Ok(value.map_or(0, |bytes| {
        u64::from(bytes.unchecked_into::<js_sys::Uint8Array>().byte_length())
    }))
}

async fn get_portfolio(tx: &Transaction<'_>) -> Result<Portfolio, StoreError> {
    let store = tx.object_store(PORTFOLIO).map_err(map_err)?;
    let portfolio: Option<Portfolio> = store
        .get(PORTFOLIO_KEY)
        .serde()
        .map_err(map_err)?
        .await
        .map_err(map_err)?;
    Ok(portfolio.unwrap_or_default())
}

async fn put_portfolio(tx: &Transaction<'_>, portfolio: &Portfolio) -> Result<(), StoreError> {
    let store = tx.object_store(PORTFOLIO).map_err(map_err)?;
    store
        .put(portfolio)
        .with_key(PORTFOLIO_KEY)
        .without_key_type()
        .serde()
        .map_err(map_err)?
        .await
        .map_err(map_err)?;
    Ok(())
}

async fn get_image(tx: &Transaction<'_>, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
    let store = tx.object_store(IMAGES).map_err(map_err)?;
    let value: Option<JsValue> = store
        .get(id)
        .primitive()
        .map_err(map_err)?
        .await
        .map_err(map_err)?;
    Ok(value.map(|bytes| js_sys::Uint8Array::new(&bytes).to_vec()))
}

async fn put_image(tx: &Transaction<'_>, image: &ImageData) -> Result<(), StoreError> {
    let store = tx.object_store(IMAGES).map_err(map_err)?;
    let bytes: JsValue = js_sys::Uint8Array::from(image.bytes.as_slice()).into();
    store
        .put(bytes)
        .with_key(image.id.as_str())
        .primitive()
        .map_err(map_err)?
        .await
        .map_err(map_err)?;
    Ok(())
}

/// The schema ladder: one step per version, applied in order from the version on disk. A step
/// only creates stores, so the data of earlier versions stays as it is.
fn upgrade(event: &VersionChangeEvent, db: &Database) -> indexed_db_futures::Result<()> {
    let from = event.old_version() as u32;
    if from < 1 {
        db.create_object_store(COURSES)
            .with_key_path("id".into())
            .build()?;
        db.create_object_store(BUNDLES).build()?;
        db.create_object_store(ASSETS).build()?;
        db.create_object_store(PROGRESS)
            .with_key_path("course_id".into())
            .build()?;
    }
    if from < 2 {
        db.create_object_store(PORTFOLIO).build()?;
        db.create_object_store(IMAGES).build()?;
    }
    if from < 3 {
        db.create_object_store(DOWNLOADS).build()?;
    }
    Ok(())
}

fn map_err(error: impl Into<IdbError>) -> StoreError {
    match error.into() {
        IdbError::DomException(exception) => {
            let name = dom_exception_name(&exception);
            if name == "QuotaExceededError" {
                StoreError::QuotaExceeded
            } else {
                StoreError::Other(format!("{name}: {}", exception.message()))
            }
        }
        IdbError::Serialisation(e) => StoreError::Corrupt(e.to_string()),
        other => {
            let text = other.to_string();
            if text.contains("Quota") {
                StoreError::QuotaExceeded
            } else {
                StoreError::Other(text)
            }
        }
    }
}

/// Commits `tx`. When the browser aborts a transaction on its own, the awaited result only says
/// "aborted"; why is on the transaction (`IDBTransaction.error`). Chromium checks the quota when
/// a transaction commits and aborts it with `QuotaExceededError` there, not on a request, so the
/// transaction's own error is read to tell a full storage from any other failure.
async fn commit(tx: Transaction<'_>) -> Result<(), StoreError> {
    let sys: web_sys::IdbTransaction = tx.as_sys().clone().unchecked_into();
    tx.commit().await.map_err(|error| match sys.error() {
        Some(cause) if cause.name() == "QuotaExceededError" => StoreError::QuotaExceeded,
        _ => map_err(error),
    })
}

fn dom_exception_name(exception: &DomException) -> String {
    let value: &JsValue = exception.as_ref();
    value.unchecked_ref::<web_sys::DomException>().name()
}

impl Store for IdbStore {
    async fn installed_courses(&self) -> Result<Vec<InstalledCourse>, StoreError> {
        let tx = self.read(COURSES)?;
        let store = tx.object_store(COURSES).map_err(map_err)?;
        let records = store
            .get_all()
            .serde()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        records
            .collect::<Result<Vec<InstalledCourse>, _>>()
            .map_err(map_err)
    }

    async fn installed_course(
        &self,
        course_id: &str,
    ) -> Result<Option<InstalledCourse>, StoreError> {
        let tx = self.read(COURSES)?;
        let store = tx.object_store(COURSES).map_err(map_err)?;
        store
            .get(course_id)
            .serde()
            .map_err(map_err)?
            .await
            .map_err(map_err)
    }

    async fn bundle_json(&self, course_id: &str) -> Result<Option<String>, StoreError> {
        let tx = self.read(BUNDLES)?;
        let store = tx.object_store(BUNDLES).map_err(map_err)?;
        store
            .get(course_id)
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)
    }

    async fn asset(&self, course_id: &str, path: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let tx = self.read(ASSETS)?;
        let store = tx.object_store(ASSETS).map_err(map_err)?;
        let value: Option<JsValue> = store
            .get(asset_key(course_id, path))
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        Ok(value.map(|bytes| js_sys::Uint8Array::new(&bytes).to_vec()))
    }

    async fn install(&self, package: CoursePackage) -> Result<(), StoreError> {
        let tx = self.install_transaction()?;
        Self::stage_install(&tx, &package).await?;
        commit(tx).await
    }

    async fn stage_chunk(
        &self,
        course_id: &str,
        sha256: &str,
        bytes: &[u8],
    ) -> Result<(), StoreError> {
        let tx = self.read_write(DOWNLOADS)?;
        let store = tx.object_store(DOWNLOADS).map_err(map_err)?;
        let value: JsValue = js_sys::Uint8Array::from(bytes).into();
        store
            .put(value)
            .with_key(asset_key(course_id, sha256))
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        commit(tx).await
    }

    async fn staged_chunks(&self, course_id: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let tx = self.read(DOWNLOADS)?;
        let store = tx.object_store(DOWNLOADS).map_err(map_err)?;
        let range = staged_range(course_id);
        let keys: Vec<String> = store
            .get_all_keys()
            .with_query(range.clone())
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?
            .collect::<Result<_, _>>()
            .map_err(map_err)?;
        let values: Vec<JsValue> = store
            .get_all()
            .with_query(range)
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?
            .collect::<Result<_, _>>()
            .map_err(map_err)?;
        let prefix = asset_key(course_id, "");
        Ok(keys
            .into_iter()
            .zip(values)
            .map(|(key, value)| {
                let sha = key.strip_prefix(&prefix).unwrap_or(&key).to_owned();
                (sha, js_sys::Uint8Array::new(&value).to_vec())
            })
            .collect())
    }

    async fn remove(&self, course_id: &str) -> Result<(), StoreError> {
        let tx = self.install_transaction()?;
        delete_installed_assets(&tx, course_id).await?;
        let courses = tx.object_store(COURSES).map_err(map_err)?;
        courses
            .delete(course_id)
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        let bundles = tx.object_store(BUNDLES).map_err(map_err)?;
        bundles
            .delete(course_id)
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        commit(tx).await
    }

    async fn remove_media(&self, course_id: &str) -> Result<u64, StoreError> {
        let tx = self.media_transaction()?;
        let Some(mut course) = get_course(&tx, course_id).await? else {
            return Ok(0);
        };
        let assets = tx.object_store(ASSETS).map_err(map_err)?;
        let mut freed = 0;
        for path in course.asset_paths.drain(..) {
            freed += stored_length(&tx, &asset_key(course_id, &path)).await?;
            assets
                .delete(asset_key(course_id, &path))
                .primitive()
                .map_err(map_err)?
                .await
                .map_err(map_err)?;
        }
        course.size = course.size.saturating_sub(freed);
        put_course(&tx, &course).await?;
        commit(tx).await?;
        Ok(freed)
    }

    async fn put_asset(&self, course_id: &str, asset: StoredAsset) -> Result<(), StoreError> {
        let tx = self.media_transaction()?;
        let Some(mut course) = get_course(&tx, course_id).await? else {
            return Err(StoreError::NotInstalled(course_id.to_owned()));
        };
        let key = asset_key(course_id, &asset.path);
        if course.asset_paths.contains(&asset.path) {
            let replaced = stored_length(&tx, &key).await?;
            course.size = course.size.saturating_sub(replaced);
        } else {
            course.asset_paths.push(asset.path.clone());
        }
        course.size += asset.bytes.len() as u64;
        let bytes: JsValue = js_sys::Uint8Array::from(asset.bytes.as_slice()).into();
        tx.object_store(ASSETS)
            .map_err(map_err)?
            .put(bytes)
            .with_key(key)
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?;
        put_course(&tx, &course).await?;
        commit(tx).await
    }

    async fn record_event(&self, event: LearningEvent) -> Result<(), StoreError> {
        let course_id = event.course_id.clone();
        let mut event = Some(event);
        self.update_learner_record(&course_id, &mut |record| record.events.extend(event.take()))
            .await
    }

    async fn events(&self, course_id: &str) -> Result<Vec<LearningEvent>, StoreError> {
        Ok(self.learner_record(course_id).await?.events)
    }

    async fn assessment_log(&self, course_id: &str) -> Result<AssessmentLog, StoreError> {
        Ok(self.learner_record(course_id).await?.log())
    }

    async fn start_attempt(&self, course_id: &str, attempt: Attempt) -> Result<(), StoreError> {
        let mut attempt = Some(attempt);
        self.update_learner_record(course_id, &mut |record| {
            record.attempts.extend(attempt.take())
        })
        .await
    }

    async fn record_answer(&self, course_id: &str, answer: Answer) -> Result<(), StoreError> {
        let mut answer = Some(answer);
        self.update_learner_record(course_id, &mut |record| {
            record.answers.extend(answer.take())
        })
        .await
    }

    async fn finish_attempt(
        &self,
        course_id: &str,
        attempt_id: &str,
        finished_ms: u64,
    ) -> Result<(), StoreError> {
        self.update_learner_record(course_id, &mut |record| {
            record.finish(attempt_id, finished_ms)
        })
        .await
    }

    async fn portfolio(&self) -> Result<Portfolio, StoreError> {
        get_portfolio(&self.read(PORTFOLIO)?).await
    }

    async fn save_portfolio(
        &self,
        portfolio: &Portfolio,
        new_images: Vec<ImageData>,
    ) -> Result<(), StoreError> {
        let tx = self.read_write([PORTFOLIO, IMAGES])?;
        let ids = portfolio.image_ids();
        for image in referenced_images(portfolio, new_images) {
            put_image(&tx, &image).await?;
        }
        let images = tx.object_store(IMAGES).map_err(map_err)?;
        let stored = images
            .get_all_keys::<String>()
            .primitive()
            .map_err(map_err)?
            .await
            .map_err(map_err)?
            .collect::<Result<Vec<String>, _>>()
            .map_err(map_err)?;
        for id in stored.iter().filter(|id| !ids.contains(&id.as_str())) {
            images
                .delete(id.as_str())
                .primitive()
                .map_err(map_err)?
                .await
                .map_err(map_err)?;
        }
        put_portfolio(&tx, portfolio).await?;
        commit(tx).await
    }

    async fn image(&self, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        get_image(&self.read(IMAGES)?, id).await
    }

    async fn learner_data(&self) -> Result<LearnerData, StoreError> {
        let tx = self
            .db
            .transaction([PROGRESS, PORTFOLIO, IMAGES])
            .build()
            .map_err(map_err)?;
        let progress = tx.object_store(PROGRESS).map_err(map_err)?;
        let records = progress
            .get_all()
            .serde()
            .map_err(map_err)?
            .await
            .map_err(map_err)?
            .collect::<Result<Vec<LearnerRecord>, _>>()
            .map_err(map_err)?;
        let portfolio = get_portfolio(&tx).await?;
        let mut images = Vec::new();
        for id in unique_image_ids(&portfolio) {
            if let Some(bytes) = get_image(&tx, id).await? {
                images.push(ImageData {
                    id: id.to_owned(),
                    bytes,
                });
            }
        }
        Ok(LearnerData {
            records,
            portfolio,
            images,
            locale: None,
        })
    }

    async fn restore(
        &self,
        data: LearnerData,
        courses: Vec<CoursePackage>,
    ) -> Result<(), StoreError> {
        let tx = self.restore_transaction()?;
        Self::stage_restore(&tx, data, &courses).await?;
        commit(tx).await
    }
}
