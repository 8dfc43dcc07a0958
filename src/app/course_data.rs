//! Loads a course from the store for the reader: the validated bundle and the learner's events,
//! attempts and answers.

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
        bundle: Bundle,
        progress: CourseProgress,
        log: AssessmentLog,
    },
    NotOnDevice,
    Failed(String),
}

/// The stored text was validated before it was stored, so it is only read back
/// (`validate::parse_stored`); a record damaged on disk fails to read, it does not crash the
/// reader.
pub async fn load_course(store: Result<impl Store, StoreError>, course_id: &str) -> CourseLoad {
    let store = match store {
        Ok(store) => store,
        Err(error) => return CourseLoad::Failed(error.to_string()),
    };
    let json = match store.bundle_json(course_id).await {
        Ok(Some(json)) => json,
        Ok(None) => return CourseLoad::NotOnDevice,
        Err(error) => return CourseLoad::Failed(error.to_string()),
    };
    let bundle = match validate::parse_stored(&json) {
        Ok(bundle) => bundle,
        Err(error) => return CourseLoad::Failed(error.to_string()),
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
