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
