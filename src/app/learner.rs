//! Everything the learner's own pages read at once: each course on the device with its record,
//! the achievements they earned and the portfolio. Dashboard, portfolio, CV and exports all start
//! from here, so they always agree.

use std::sync::Arc;

use crate::app::course_data::stored_bundle;
use crate::core::achievement::{self, Achievement};
use crate::core::attempt::AssessmentLog;
use crate::core::bundle::Bundle;
use crate::core::portfolio::Portfolio;
use crate::core::progress::LearningEvent;
use crate::storage::{Store, StoreError};

/// A course on the device, with what the learner did in it.
#[derive(Clone, Debug)]
pub struct CourseOnDevice {
    pub bundle: Arc<Bundle>,
    pub events: Vec<LearningEvent>,
    pub log: AssessmentLog,
}

#[derive(Clone, Debug, Default)]
pub struct LearnerView {
    pub courses: Vec<CourseOnDevice>,
    pub portfolio: Portfolio,
    /// Every achievement earned, hidden ones included, oldest first.
    pub achievements: Vec<Achievement>,
}

impl LearnerView {
    /// The achievements the learner chose to show.
    pub fn shown_achievements(&self) -> Vec<Achievement> {
        self.achievements
            .iter()
            .filter(|a| !self.portfolio.is_hidden(&a.id))
            .cloned()
            .collect()
    }
}

/// Courses whose stored bundle no longer validates are left out rather than failing the page.
pub async fn load_learner(store: &impl Store) -> Result<LearnerView, StoreError> {
    let mut courses = Vec::new();
    for installed in store.installed_courses().await? {
        let Ok(Some(bundle)) = stored_bundle(store, &installed.id).await else {
            continue;
        };
        let events = store.events(&installed.id).await?;
        let log = store.assessment_log(&installed.id).await?;
        courses.push(CourseOnDevice {
            bundle,
            events,
            log,
        });
    }
    let mut achievements = Vec::new();
    for course in &courses {
        achievements.extend(achievement::achievements(
            &course.bundle,
            &course.events,
            &course.log,
        ));
    }
    crate::core::stable_sort::sort_by_key(&mut achievements, |a| a.earned_ms);
    let portfolio = store.portfolio().await?;
    Ok(LearnerView {
        courses,
        portfolio,
        achievements,
    })
}
