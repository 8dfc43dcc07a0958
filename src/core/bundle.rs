//! A validated course bundle. The only ways to get a [`Bundle`] are [`crate::core::validate::parse`]
//! and, for a bundle that passed it before it was stored, [`crate::core::validate::parse_stored`],
//! so code that holds one may rely on its invariants: ids are well formed and unique, every module
//! has a lesson, every text exists in some declared language, and lesson Markdown holds no HTML,
//! no unsafe link and no image outside the bundle's assets.

use crate::core::model::{Assessment, Asset, BundleDoc, Lesson, LocalizedText, Module, Person};

#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    doc: BundleDoc,
}

/// Where a lesson sits in the course.
#[derive(Clone, Copy, Debug)]
pub struct LessonRef<'a> {
    pub module: &'a Module,
    pub lesson: &'a Lesson,
    /// Position in reading order across the whole course, from 0.
    pub position: usize,
}

/// Where an assessment sits in the course.
#[derive(Clone, Copy, Debug)]
pub struct AssessmentRef<'a> {
    pub module: &'a Module,
    pub assessment: &'a Assessment,
}

impl Bundle {
    /// Only `validate` may build one (or read one back that it validated before).
    pub(crate) fn from_validated(doc: BundleDoc) -> Self {
        Bundle { doc }
    }

    pub fn doc(&self) -> &BundleDoc {
        &self.doc
    }
    pub fn id(&self) -> &str {
        &self.doc.id
    }
    pub fn version(&self) -> &str {
        &self.doc.version
    }
    /// Declared languages, in the course's fallback order.
    pub fn languages(&self) -> &[String] {
        &self.doc.languages
    }
    pub fn title(&self) -> &LocalizedText {
        &self.doc.title
    }
    pub fn summary(&self) -> &LocalizedText {
        &self.doc.summary
    }
    pub fn authors(&self) -> &[Person] {
        &self.doc.authors
    }
    pub fn license(&self) -> &str {
        &self.doc.license
    }
    pub fn publisher(&self) -> Option<&Person> {
        self.doc.publisher.as_ref()
    }
    pub fn modules(&self) -> &[Module] {
        &self.doc.modules
    }
    pub fn assets(&self) -> &[Asset] {
        &self.doc.assets
    }
    pub fn asset(&self, path: &str) -> Option<&Asset> {
        self.doc.assets.iter().find(|asset| asset.path == path)
    }

    /// Every lesson in reading order.
    pub fn lessons(&self) -> impl Iterator<Item = LessonRef<'_>> {
        self.doc
            .modules
            .iter()
            .flat_map(|module| module.lessons.iter().map(move |lesson| (module, lesson)))
            .enumerate()
            .map(|(position, (module, lesson))| LessonRef {
                module,
                lesson,
                position,
            })
    }

    pub fn lesson_count(&self) -> usize {
        self.doc
            .modules
            .iter()
            .map(|module| module.lessons.len())
            .sum()
    }

    pub fn lesson(&self, id: &str) -> Option<LessonRef<'_>> {
        self.lessons().find(|found| found.lesson.id == id)
    }

    /// The lessons before and after `id` in reading order, across module boundaries.
    pub fn neighbours(&self, id: &str) -> (Option<LessonRef<'_>>, Option<LessonRef<'_>>) {
        let Some(current) = self.lesson(id) else {
            return (None, None);
        };
        let previous = current
            .position
            .checked_sub(1)
            .and_then(|p| self.lessons().nth(p));
        (previous, self.lessons().nth(current.position + 1))
    }

    pub fn total_minutes(&self) -> u32 {
        self.lessons()
            .map(|found| u32::from(found.lesson.minutes))
            .sum()
    }

    /// Every assessment, module by module.
    pub fn assessments(&self) -> impl Iterator<Item = AssessmentRef<'_>> {
        self.doc.modules.iter().flat_map(|module| {
            module
                .assessments
                .iter()
                .map(move |assessment| AssessmentRef { module, assessment })
        })
    }

    pub fn assessment(&self, id: &str) -> Option<AssessmentRef<'_>> {
        self.assessments().find(|found| found.assessment.id == id)
    }
}
