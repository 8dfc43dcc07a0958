//! Loads a course from the store for the reader: the validated bundle and the learner's events,
//! attempts and answers. A bundle is read and parsed once per version: the reader, the dashboard
//! and the portfolio all take it from [`stored_bundle`], which keeps the last one of each course.

use std::cell::RefCell;
use std::sync::Arc;

use crate::core::attempt::AssessmentLog;
use crate::core::bundle::Bundle;
use crate::core::progress::{CourseProgress, LearningEvent};
use crate::core::validate;
use crate::storage::{Store, StoreError};

/// One value per page, so the size of its largest variant costs nothing worth boxing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum CourseLoad {
    Ready {
        bundle: Arc<Bundle>,
        progress: CourseProgress,
        log: AssessmentLog,
    },
    NotOnDevice,
    Failed(String),
}

thread_local! {
    /// The last bundle read of each course, with the SHA-256 of its file: a new version or a
    /// reinstall has another hash, so an entry never outlives what it was read from.
    static BUNDLES: RefCell<Vec<(String, String, Arc<Bundle>)>> = const { RefCell::new(Vec::new()) };
}

/// A course's bundle as the store holds it, parsed once per version (a 5 MB course takes a
/// tenth of a second to parse on a phone, and every page reads it). The stored text was
/// validated before it was stored, so it is only read back (`validate::parse_stored`); a record
/// damaged on disk fails to read, it does not crash the page. `Ok(None)`: not on the device.
pub async fn stored_bundle(
    store: &impl Store,
    course_id: &str,
) -> Result<Option<Arc<Bundle>>, String> {
    let Some(course) = store
        .installed_course(course_id)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(None);
    };
    let cached = BUNDLES.with(|bundles| {
        bundles
            .borrow()
            .iter()
            .find(|(id, sha256, _)| id == course_id && *sha256 == course.sha256)
            .map(|(_, _, bundle)| bundle.clone())
    });
    if let Some(bundle) = cached.filter(|_| !course.sha256.is_empty()) {
        return Ok(Some(bundle));
    }
    let Some(json) = store
        .bundle_json(course_id)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(None);
    };
    let bundle = validate::parse_stored(&json).map_err(|e| e.to_string())?;
    Ok(Some(remember(&course.sha256, bundle)))
}

/// Keeps a bundle just read or just installed (whose file has `sha256`), so the pages that open
/// next do not read and parse it again.
pub fn remember(sha256: &str, bundle: Bundle) -> Arc<Bundle> {
    let bundle = Arc::new(bundle);
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        bundles.retain(|(id, _, _)| id != bundle.id());
        bundles.push((bundle.id().to_owned(), sha256.to_owned(), bundle.clone()));
    });
    bundle
}

/// A course with the learner's records, for the reader and the assessments.
pub async fn load_course(store: Result<impl Store, StoreError>, course_id: &str) -> CourseLoad {
    let store = match store {
        Ok(store) => store,
        Err(error) => return CourseLoad::Failed(error.to_string()),
    };
    let bundle = match stored_bundle(&store, course_id).await {
        Ok(Some(bundle)) => bundle,
        Ok(None) => return CourseLoad::NotOnDevice,
        Err(error) => return CourseLoad::Failed(error),
    };
    let events: Vec<LearningEvent> = store.events(course_id).await.unwrap_or_default();
    let log = store.assessment_log(course_id).await.unwrap_or_default();
    let progress = CourseProgress::from_records(&bundle, &events, &log);
    CourseLoad::Ready {
        bundle,
        progress,
        log,
    }
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
