//! In-memory [`Store`] for native tests of the logic above storage. Same contract as IndexedDB.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{
    CoursePackage, InstalledCourse, LearnerData, LearnerRecord, Store, StoreError, StoredAsset,
    asset_key, referenced_images, unique_image_ids,
};
use crate::core::attempt::{Answer, AssessmentLog, Attempt};
use crate::core::portfolio::{ImageData, Portfolio};
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
    portfolio: Portfolio,
    images: BTreeMap<String, Vec<u8>>,
    /// Staged chunks by course, then by hash.
    staged: BTreeMap<String, BTreeMap<String, Vec<u8>>>,
}

impl State {
    fn install(&mut self, package: CoursePackage) {
        let id = package.course.id.clone();
        if let Some(previous) = self.courses.get(&id).cloned() {
            for path in &previous.asset_paths {
                self.assets.remove(&asset_key(&id, path));
            }
        }
        for asset in package.assets {
            self.assets.insert(asset_key(&id, &asset.path), asset.bytes);
        }
        self.bundles.insert(id.clone(), package.bundle_json);
        self.staged.remove(&id);
        self.courses.insert(id, package.course);
    }
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
    async fn stage_chunk(
        &self,
        course_id: &str,
        sha256: &str,
        bytes: &[u8],
    ) -> Result<(), StoreError> {
        self.state
            .borrow_mut()
            .staged
            .entry(course_id.to_owned())
            .or_default()
            .insert(sha256.to_owned(), bytes.to_vec());
        Ok(())
    }
    async fn staged_chunks(&self, course_id: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .state
            .borrow()
            .staged
            .get(course_id)
            .map(|chunks| chunks.clone().into_iter().collect())
            .unwrap_or_default())
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
        self.state.borrow_mut().install(package);
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
    async fn remove_media(&self, course_id: &str) -> Result<u64, StoreError> {
        let mut state = self.state.borrow_mut();
        let Some(mut course) = state.courses.get(course_id).cloned() else {
            return Ok(0);
        };
        let mut freed = 0;
        for path in course.asset_paths.drain(..) {
            if let Some(bytes) = state.assets.remove(&asset_key(course_id, &path)) {
                freed += bytes.len() as u64;
            }
        }
        course.size = course.size.saturating_sub(freed);
        state.courses.insert(course_id.to_owned(), course);
        Ok(freed)
    }
    async fn put_asset(&self, course_id: &str, asset: StoredAsset) -> Result<(), StoreError> {
        let mut state = self.state.borrow_mut();
        let Some(mut course) = state.courses.get(course_id).cloned() else {
            return Err(StoreError::NotInstalled(course_id.to_owned()));
        };
        let key = asset_key(course_id, &asset.path);
        if course.asset_paths.contains(&asset.path) {
            let replaced = state.assets.get(&key).map_or(0, |bytes| bytes.len() as u64);
            course.size = course.size.saturating_sub(replaced);
        } else {
            course.asset_paths.push(asset.path);
        }
        course.size += asset.bytes.len() as u64;
        state.assets.insert(key, asset.bytes);
        state.courses.insert(course_id.to_owned(), course);
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
    async fn portfolio(&self) -> Result<Portfolio, StoreError> {
        Ok(self.state.borrow().portfolio.clone())
    }
    async fn save_portfolio(
        &self,
        portfolio: &Portfolio,
        new_images: Vec<ImageData>,
    ) -> Result<(), StoreError> {
        let mut state = self.state.borrow_mut();
        for image in new_images {
            state.images.insert(image.id, image.bytes);
        }
        let ids = portfolio.image_ids();
        state.images.retain(|id, _| ids.contains(&id.as_str()));
        state.portfolio = portfolio.clone();
        Ok(())
    }
    async fn image(&self, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.state.borrow().images.get(id).cloned())
    }
    async fn learner_data(&self) -> Result<LearnerData, StoreError> {
        let state = self.state.borrow();
        let images = unique_image_ids(&state.portfolio)
            .into_iter()
            .filter_map(|id| {
                state.images.get(id).map(|bytes| ImageData {
                    id: id.to_owned(),
                    bytes: bytes.clone(),
                })
            })
            .collect();
        Ok(LearnerData {
            records: state.learners.values().cloned().collect(),
            portfolio: state.portfolio.clone(),
            images,
            locale: None,
        })
    }
    async fn restore(
        &self,
        data: LearnerData,
        courses: Vec<CoursePackage>,
    ) -> Result<(), StoreError> {
        let mut state = self.state.borrow_mut();
        state.learners = data
            .records
            .into_iter()
            .map(|record| (record.course_id.clone(), record))
            .collect();
        state.images = referenced_images(&data.portfolio, data.images)
            .into_iter()
            .map(|image| (image.id, image.bytes))
            .collect();
        state.portfolio = data.portfolio;
        for package in courses {
            state.install(package);
        }
        Ok(())
    }
}
