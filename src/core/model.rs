//! The bundle format v1 as trainers write it: plain serde types, one per JSON object.
//!
//! These types only describe the *shape*. They are public so the CLI can re-serialize them and
//! generate the JSON Schema from them; nothing downstream trusts them directly. `validate::parse`
//! turns them into a [`crate::core::bundle::Bundle`], which is what the rest of the app uses.
//! Doc comments here end up in the JSON Schema, where editors show them as hints.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The format marker every v1 bundle carries.
pub const FORMAT_V1: &str = "nour-bundle/1";

/// A course bundle: one course, its modules and lessons, and the assets its lessons use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BundleDoc {
    /// Optional link to the JSON Schema, for editors. Ignored by Nour.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format marker. Must be "nour-bundle/1".
    pub format: String,
    /// Stable course id: lowercase letters, digits and '-', 2 to 64 characters. Never change it:
    /// learners' progress is keyed by it.
    pub id: String,
    /// Semantic version of this edition of the course, e.g. "1.2.0".
    pub version: String,
    /// The languages the course is written in, in fallback order: when a text is missing in the
    /// learner's language, the first language of this list that has it is shown.
    /// Known codes: fr, ar, en, zgh (Amazigh, Tifinagh script).
    pub languages: Vec<String>,
    /// Course title, per language.
    pub title: LocalizedText,
    /// One or two sentences that tell a learner what the course gives her, per language.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub summary: LocalizedText,
    /// Who wrote the course.
    pub authors: Vec<Person>,
    /// Licence of the content, as an SPDX id (e.g. "CC-BY-SA-4.0").
    pub license: String,
    /// The school or programme that publishes the course (issuer of achievements later on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Person>,
    /// Files the lessons use (images). A lesson shows one with `![alt](path)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assets: Vec<Asset>,
    /// The course's modules, in reading order.
    pub modules: Vec<Module>,
    /// Reserved for the publisher's signature of the packed bundle. Kept, not yet verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
}

/// Text in several languages: `{"fr": "…", "ar": "…"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

impl LocalizedText {
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|text| text.trim().is_empty())
    }

    /// The text for the first language of `order` that has a non-blank text.
    pub fn resolve<'a>(&'a self, order: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
        order.into_iter().find_map(|lang| {
            self.0
                .get(lang)
                .map(String::as_str)
                .filter(|text| !text.trim().is_empty())
        })
    }

    /// What a reader sees: `(language, text)` in her language if present, else in the course's
    /// fallback order, else in any language the text has. `None` when there is no text at all.
    pub fn pick<'a>(
        &'a self,
        preferred: &str,
        course_languages: &[String],
    ) -> Option<(&'a str, &'a str)> {
        let present = |lang: &str| {
            self.0
                .get_key_value(lang)
                .filter(|(_, text)| !text.trim().is_empty())
        };
        crate::core::lang::fallback_order(preferred, course_languages)
            .into_iter()
            .find_map(present)
            .or_else(|| self.0.iter().find(|(_, text)| !text.trim().is_empty()))
            .map(|(lang, text)| (lang.as_str(), text.as_str()))
    }
}

/// An author or a publisher.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// Web page (https://…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A file shipped with the bundle. `size` and `sha256` may be left out in a source bundle:
/// `nour-bundle pack` fills them in. A packed bundle always has them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Asset {
    /// Path relative to the bundle file, e.g. "img/box-model.svg".
    pub path: String,
    /// Media type: image/png, image/jpeg, image/webp, image/gif or image/svg+xml.
    pub media_type: String,
    /// Size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// SHA-256 of the file, 64 lowercase hex digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// A module: a group of lessons with one theme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// Stable module id, unique in the course.
    pub id: String,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub summary: LocalizedText,
    /// Skills this module teaches; they feed the learner's portfolio.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    /// The module's lessons, in reading order. At least one.
    pub lessons: Vec<Lesson>,
    /// Self-assessments that follow the lessons. A module with a checkpoint is complete when its
    /// lessons are read and every checkpoint is passed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<Assessment>,
}

/// A skill a module teaches.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Stable skill id, unique in the course.
    pub id: String,
    pub label: LocalizedText,
    /// Optional ESCO skill URI (http://data.europa.eu/esco/skill/…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub esco: Option<String>,
}

/// A lesson: a page of Markdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Stable lesson id, unique in the whole course. Progress is keyed by it forever.
    pub id: String,
    pub title: LocalizedText,
    /// Estimated reading time in minutes (1 to 600).
    pub minutes: u16,
    /// The lesson in Markdown, per language: headings, paragraphs, **bold**, *italic*, lists,
    /// links, `code`, fenced code blocks, > quotes and images from `assets`. Raw HTML is refused.
    pub body: LocalizedText,
}

/// A self-assessment: a list of items, and the rule that says when it is mastered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Stable assessment id, unique in the course. Attempts are keyed by it.
    pub id: String,
    pub kind: AssessmentKind,
    pub title: LocalizedText,
    /// Shown before the first item (Markdown).
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub intro: LocalizedText,
    /// When the assessment counts as passed. Default: 80 % of the points in one attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mastery: Option<Mastery>,
    /// Show the items, and the choices of each item, in a different order in each attempt.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub shuffle: bool,
    /// Draw this many items from `items` for each attempt (a pool). Default: all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draw: Option<u16>,
    /// The items (questions). At least one.
    pub items: Vec<Item>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AssessmentKind {
    /// Feedback after each answer, unlimited tries.
    Practice,
    /// One answer per item; score and pass or fail at the end.
    Checkpoint,
}

/// When an assessment is mastered, in the spirit of cmi5 `masteryScore` and Kolibri's rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Mastery {
    /// At least this percentage of the points in one finished attempt (1 to 100).
    PassMark(u8),
    /// At least `m` right answers among the last `n` answered (first tries).
    MOfN { m: u16, n: u16 },
    /// The last `k` answers (first tries) all right.
    Streak(u16),
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable item id, unique in the assessment. Answers and review are keyed by it.
    pub id: String,
    /// The question (Markdown).
    pub prompt: LocalizedText,
    /// Points for a fully right answer (1 to 100). Default 1.
    #[serde(default = "one_point", skip_serializing_if = "is_one_point")]
    pub points: u16,
    /// What the learner answers, and what is right.
    // Kept as its JSON until something reads it (`Item::interaction`): the reader lists and
    // scores assessments without it, so the code that reads interactions stays out of the app's
    // first load.
    pub interaction: Deferred<Interaction>,
    /// Hints, revealed one at a time on request (Markdown).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<LocalizedText>,
    /// Shown for a wrong answer when the answer itself has no feedback (Markdown).
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub feedback_wrong: LocalizedText,
    /// Shown once the item is answered: why the right answer is right (Markdown).
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub explanation: LocalizedText,
    /// A lesson of this course to read again after a wrong answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_lesson: Option<String>,
}

impl Item {
    /// What the learner answers. A bundle that passed `validate::parse` always has a readable
    /// one; a bundle damaged on disk after that gets an open question with no rubric, which is
    /// not scored, rather than a crash.
    pub fn interaction(&self) -> &Interaction {
        static UNREADABLE: Interaction = Interaction::Open {
            rubric: Vec::new(),
            portfolio: false,
        };
        self.interaction.get().unwrap_or(&UNREADABLE)
    }
}

/// A value of a bundle kept as the JSON text it came in, read on first use and then kept. It
/// serializes as the value it holds, so a bundle written back is the same as before.
pub struct Deferred<T> {
    raw: Box<serde_json::value::RawValue>,
    value: std::sync::OnceLock<Option<T>>,
}

impl<T: serde::de::DeserializeOwned> Deferred<T> {
    /// Holds `value` (for bundles built in code, such as the GIFT importer's).
    pub fn new(value: T) -> Self
    where
        T: Serialize,
    {
        let raw = serde_json::value::to_raw_value(&value)
            .unwrap_or_else(|_| serde_json::value::RawValue::NULL.to_owned());
        Deferred {
            raw,
            value: std::sync::OnceLock::from(Some(value)),
        }
    }

    /// The value, read from its JSON on first use; `None` if the JSON does not fit.
    pub fn get(&self) -> Option<&T> {
        self.value
            .get_or_init(|| serde_json::from_str(self.raw.get()).ok())
            .as_ref()
    }

    /// Reads the JSON again, with the error that says what does not fit (for validation).
    pub fn read(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.raw.get())
    }

    /// The JSON text as it came in.
    pub fn json(&self) -> &str {
        self.raw.get()
    }
}

impl<'de, T> Deserialize<'de> for Deferred<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Deferred {
            raw: Deserialize::deserialize(deserializer)?,
            value: std::sync::OnceLock::new(),
        })
    }
}

impl<T: serde::de::DeserializeOwned + Serialize> Serialize for Deferred<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.get() {
            Some(value) => value.serialize(serializer),
            None => self.raw.serialize(serializer),
        }
    }
}

impl<T: Clone> Clone for Deferred<T> {
    fn clone(&self) -> Self {
        Deferred {
            raw: self.raw.clone(),
            value: self.value.clone(),
        }
    }
}

impl<T: serde::de::DeserializeOwned + PartialEq> PartialEq for Deferred<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self.get(), other.get()) {
            (Some(a), Some(b)) => a == b,
            _ => self.raw.get() == other.raw.get(),
        }
    }
}

impl<T: serde::de::DeserializeOwned + std::fmt::Debug> std::fmt::Debug for Deferred<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.get() {
            Some(value) => value.fmt(f),
            None => f.write_str(self.raw.get()),
        }
    }
}

/// The schema of a deferred value is the value's own.
#[cfg(not(target_arch = "wasm32"))]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Deferred<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

fn one_point() -> u16 {
    1
}
fn is_one_point(points: &u16) -> bool {
    *points == 1
}

/// The kinds of item. Each is answered by keyboard or by tap; nothing needs dragging.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Interaction {
    /// Exactly one choice is right. Wrong choices may give partial `credit`.
    SingleChoice { choices: Vec<Choice> },
    /// Any number of choices are right (at least one); partial credit for a partly right set.
    MultipleChoice { choices: Vec<Choice> },
    TrueFalse {
        answer: bool,
        /// Shown when the learner answers "true".
        #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
        feedback_true: LocalizedText,
        /// Shown when the learner answers "false".
        #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
        feedback_false: LocalizedText,
    },
    /// A number; `3,5`, `3.5` and Arabic-Indic digits are all read.
    Numeric { answers: Vec<NumericAnswer> },
    /// A short typed answer, compared after normalising case, spaces, accents and Arabic
    /// diacritics, tatweel and alef and ya forms.
    ShortText { answers: Vec<TextAnswer> },
    /// A text with gaps written `[[1]]`, `[[2]]`, …, one per entry of `gaps`, in every language.
    FillBlanks { text: LocalizedText, gaps: Vec<Gap> },
    /// Put the entries in order; they are listed here in the right order.
    Ordering { entries: Vec<LocalizedText> },
    /// Match each entry of `left` with the entry of `right` at the same position; the right side
    /// is shown shuffled.
    Matching {
        left: Vec<LocalizedText>,
        right: Vec<LocalizedText>,
    },
    /// An open answer or project task, self-checked against a rubric. Without a rubric it is not
    /// scored.
    Open {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        rubric: Vec<LocalizedText>,
        /// Offer to add the answer to the learner's portfolio.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        portfolio: bool,
    },
}

/// A choice of a single- or multiple-choice item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: LocalizedText,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub correct: bool,
    /// Percentage of the points this choice gives (-100 to 100). Default: single choice 100 if
    /// correct else 0; multiple choice 100/c if correct else -100/c, with c right choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<i8>,
    /// Shown when the learner picks this choice (Markdown).
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub feedback: LocalizedText,
}

/// An accepted number: `value` ± `tolerance`, or the range `min`..=`max`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NumericAnswer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Percentage of the points (1 to 100). Default 100.
    #[serde(default = "full_credit", skip_serializing_if = "is_full_credit")]
    pub credit: u8,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub feedback: LocalizedText,
}

/// An accepted short answer, in any of the course's languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextAnswer {
    pub text: String,
    /// Percentage of the points (1 to 100). Default 100.
    #[serde(default = "full_credit", skip_serializing_if = "is_full_credit")]
    pub credit: u8,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub feedback: LocalizedText,
}

fn full_credit() -> u8 {
    100
}
fn is_full_credit(credit: &u8) -> bool {
    *credit == 100
}

/// One gap of a fill-in-the-blanks text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Gap {
    /// Accepted answers, compared like a short text.
    pub answers: Vec<String>,
    /// When given, the gap is a list to pick from (Moodle's "missing word"), and `answers` must
    /// be among these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
}

/// Reserved: a detached signature of the packed bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// e.g. "ed25519".
    pub algorithm: String,
    pub key_id: String,
    /// Base64 signature value.
    pub value: String,
}
