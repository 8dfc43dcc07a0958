//! In-memory [`Store`] for native tests of the logic above storage. Same contract as IndexedDB.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{CoursePackage, InstalledCourse, Store, StoreError, asset_key};
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
    events: BTreeMap<String, Vec<LearningEvent>>,
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
        self.state
            .borrow_mut()
            .events
            .entry(event.course_id.clone())
            .or_default()
            .push(event);
        Ok(())
    }
    async fn events(&self, course_id: &str) -> Result<Vec<LearningEvent>, StoreError> {
        Ok(self
            .state
            .borrow()
            .events
            .get(course_id)
            .cloned()
            .unwrap_or_default())
    }
}
