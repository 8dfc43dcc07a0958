//! In-memory [`Store`] for native tests of the logic above storage. Same contract as IndexedDB.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{CoursePackage, InstalledCourse, LearnerRecord, Store, StoreError, asset_key};
use crate::core::attempt::{Answer, AssessmentLog, Attempt};
use crate::core::progress::LearningEvent;

#[derive(Default)]
pub struct MemoryStore {
    state: RefCell<State>,
}

#[derive(Default, Clone)]
struct State {
    courses: BTreeMap<String, InstalledCourse>,
    bundles: BTreeMap<String, String>,
    assets: BTreeMap<String, Vec<u8>>,
    learners: BTreeMap<String, LearnerRecord>,
}

impl MemoryStore {
    fn update(&self, course_id: &str, change: impl FnOnce(&mut LearnerRecord)) {
        let mut state = self.state.borrow_mut();
        let record = state
            .learners
            .entry(course_id.to_owned())
            .or_insert_with(|| LearnerRecord::new(course_id));
        change(record);
    }

    fn record(&self, course_id: &str) -> LearnerRecord {
        self.state
            .borrow()
            .learners
            .get(course_id)
            .cloned()
            .unwrap_or_else(|| LearnerRecord::new(course_id))
    }
}

impl Store for MemoryStore {
    async fn installed_courses(&self) -> Result<Vec<InstalledCourse>, StoreError> {
        Ok(self.state.borrow().courses.values().cloned().collect())
    }
    async fn installed_course(
        &self,
        course_id: &str,
    ) -> Result<Option<InstalledCourse>, StoreError> {
        Ok(self.state.borrow().courses.get(course_id).cloned())
    }
    async fn bundle_json(&self, course_id: &str) -> Result<Option<String>, StoreError> {
        Ok(self.state.borrow().bundles.get(course_id).cloned())
    }
    async fn asset(&self, course_id: &str, path: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .state
            .borrow()
            .assets
            .get(&asset_key(course_id, path))
            .cloned())
    }
    async fn install(&self, package: CoursePackage) -> Result<(), StoreError> {
        let mut state = self.state.borrow_mut();
        let id = package.course.id.clone();
        if let Some(previous) = state.courses.get(&id).cloned() {
            for path in &previous.asset_paths {
                state.assets.remove(&asset_key(&id, path));
            }
        }
        for asset in package.assets {
            state
                .assets
                .insert(asset_key(&id, &asset.path), asset.bytes);
        }
        state.bundles.insert(id.clone(), package.bundle_json);
        state.courses.insert(id, package.course);
        Ok(())
    }
    async fn remove(&self, course_id: &str) -> Result<(), StoreError> {
        let mut state = self.state.borrow_mut();
        if let Some(course) = state.courses.remove(course_id) {
            for path in &course.asset_paths {
                state.assets.remove(&asset_key(course_id, path));
            }
        }
        state.bundles.remove(course_id);
        Ok(())
    }
    async fn record_event(&self, event: LearningEvent) -> Result<(), StoreError> {
        self.update(&event.course_id.clone(), |record| record.events.push(event));
        Ok(())
    }
    async fn events(&self, course_id: &str) -> Result<Vec<LearningEvent>, StoreError> {
        Ok(self.record(course_id).events)
    }
    async fn assessment_log(&self, course_id: &str) -> Result<AssessmentLog, StoreError> {
        Ok(self.record(course_id).log())
    }
    async fn start_attempt(&self, course_id: &str, attempt: Attempt) -> Result<(), StoreError> {
        self.update(course_id, |record| record.attempts.push(attempt));
        Ok(())
    }
    async fn record_answer(&self, course_id: &str, answer: Answer) -> Result<(), StoreError> {
        self.update(course_id, |record| record.answers.push(answer));
        Ok(())
    }
    async fn finish_attempt(
        &self,
        course_id: &str,
        attempt_id: &str,
        finished_ms: u64,
    ) -> Result<(), StoreError> {
        self.update(course_id, |record| record.finish(attempt_id, finished_ms));
        Ok(())
    }
}
