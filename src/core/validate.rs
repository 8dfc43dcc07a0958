//! Turns raw bundle JSON into a [`Bundle`], reporting every problem found, each with its JSON path.
//!
//! The same function runs in the trainer CLI and in the app before anything is stored, so a
//! bundle the CLI accepts is a bundle the app accepts. The shape (types, required and unknown
//! fields) is checked by serde first; a shape error stops there because nothing after it can be
//! trusted, and it carries the path, line and column. Once the shape is right, every semantic rule
//! runs and all of their problems are collected, so a trainer fixes a bundle in one pass.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::core::bundle::Bundle;
use crate::core::lang::KNOWN_LANGUAGES;
use crate::core::markdown;
use crate::core::model::{
    Assessment, BundleDoc, Choice, FORMAT_V1, Gap, Interaction, Item, LocalizedText, Mastery,
};

/// A bundle file larger than this is refused before parsing (assets travel as separate files).
pub const MAX_BUNDLE_BYTES: usize = 16 * 1024 * 1024;
/// One lesson body in one language. A long lesson is ~20 KB; this leaves room but stops abuse.
pub const MAX_BODY_BYTES: usize = 100_000;
/// Titles, labels and names.
pub const MAX_TITLE_CHARS: usize = 200;
/// Summaries.
pub const MAX_SUMMARY_CHARS: usize = 1_000;
pub const MAX_MINUTES: u16 = 600;
pub const MEDIA_TYPES: [&str; 5] = [
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/gif",
    "image/svg+xml",
];

/// One problem in a bundle, catalog or other input: where it is, and what is wrong. Serialized
/// with `message`, the problem as an English sentence, for machines that only print.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// JSON path such as `$.modules[1].lessons[0].id`.
    pub path: String,
    /// 1-based line in the input, when the parser knows it.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub problem: Problem,
}

impl Serialize for Issue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Issue", 5)?;
        out.serialize_field("path", &self.path)?;
        for (key, value) in [("line", self.line), ("column", self.column)] {
            match value {
                Some(value) => out.serialize_field(key, &value)?,
                None => out.skip_field(key)?,
            }
        }
        out.serialize_field("problem", &self.problem)?;
        out.serialize_field("message", &self.message())?;
        out.end()
    }
}

impl Issue {
    /// Builds no text: the first load checks the catalog with these, and only a trainer's tool
    /// ever prints them.
    pub fn new(path: impl Into<String>, problem: Problem) -> Self {
        Issue {
            path: path.into(),
            line: None,
            column: None,
            problem,
        }
    }

    /// The problem as an English sentence.
    pub fn message(&self) -> String {
        self.problem.to_string()
    }

    fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{} (line {line}): {}", self.path, self.problem),
            None => write!(f, "{}: {}", self.path, self.problem),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    #[error("the file is {size} bytes, over the {limit} byte limit")]
    FileTooLarge { size: usize, limit: usize },
    #[error("not valid JSON: {message}")]
    Syntax { message: String },
    #[error("{message}")]
    Shape { message: String },
    #[error("unknown format {found:?}: this version of Nour reads {expected:?}")]
    UnknownFormat { found: String, expected: String },
    #[error(
        "{found:?} is not a valid id: use lowercase letters, digits and '-', 2 to 64 characters"
    )]
    BadId { found: String },
    #[error("duplicate id {id:?}, already used at {first}")]
    DuplicateId { id: String, first: String },
    #[error("{found:?} is not a semantic version such as 1.0.0")]
    BadVersion { found: String },
    #[error("no language is declared")]
    NoLanguage,
    #[error("unknown language {found:?}: use fr, ar, en or zgh")]
    UnknownLanguage { found: String },
    #[error("language {lang:?} is listed twice")]
    DuplicateLanguage { lang: String },
    #[error("text in {lang:?}, which is not one of the course's languages")]
    UndeclaredLanguage { lang: String },
    #[error("missing in every language")]
    MissingText,
    #[error("must not be empty")]
    Empty,
    #[error("{chars} characters, over the {limit} character limit")]
    TextTooLong { chars: usize, limit: usize },
    #[error("the course has no module")]
    NoModules,
    #[error("the module has no lesson")]
    EmptyModule,
    #[error("the course has no author")]
    NoAuthor,
    #[error("estimated time {minutes} min is outside 1 to {max}")]
    BadMinutes { minutes: u16, max: u16 },
    #[error("lesson body is {bytes} bytes, over the {limit} byte limit")]
    BodyTooLarge { bytes: usize, limit: usize },
    #[error("raw HTML is not allowed ({snippet}): put code in `backticks` or a ``` block")]
    RawHtml { snippet: String },
    #[error("an event handler attribute is not allowed ({snippet})")]
    EventHandler { snippet: String },
    #[error("link {url:?} is not allowed: use https://, http:// or mailto:")]
    UnsafeLink { url: String },
    #[error("image {src:?} is not one of the bundle's assets")]
    UnknownImage { src: String },
    #[error(
        "{found:?} must be a relative path inside the bundle (letters, digits, '-', '_', '.', '/')"
    )]
    BadAssetPath { found: String },
    #[error("unsupported media type {found:?}: use one of {allowed}")]
    BadMediaType { found: String, allowed: String },
    #[error("{found:?} is not a SHA-256: 64 lowercase hex digits")]
    BadSha256 { found: String },
    #[error("{found:?} is not a web address starting with https:// or http://")]
    BadUrl { found: String },
    #[error("the assessment has no item")]
    NoItems,
    #[error("draws {draw} items from a pool of {pool}")]
    PoolTooSmall { draw: u16, pool: usize },
    #[error("{rule} is not a valid mastery rule: {reason}")]
    BadMastery { rule: String, reason: String },
    #[error("{points} points is outside 1 to {max}")]
    BadPoints { points: u16, max: u16 },
    #[error("{found} entries: at least {min} are needed")]
    TooFew { found: usize, min: usize },
    #[error("{found} entries, over the limit of {max}")]
    TooMany { found: usize, max: usize },
    #[error("no choice is marked correct")]
    NoCorrectChoice,
    #[error("{count} choices are marked correct: a single-choice item has exactly one")]
    SeveralCorrectChoices { count: usize },
    #[error("credit {credit} is outside {min} to {max}")]
    BadCredit { credit: i16, min: i16, max: i16 },
    #[error("no answer gives full credit (100)")]
    NoFullCredit,
    #[error("give either a value (with an optional tolerance) or both min and max")]
    BadNumericAnswer,
    #[error("min {min} is greater than max {max}")]
    BadRange { min: f64, max: f64 },
    #[error("tolerance {tolerance} must be a number of 0 or more")]
    BadTolerance { tolerance: f64 },
    #[error("the left side has {left} entries and the right side {right}: they must match")]
    UnequalSides { left: usize, right: usize },
    #[error("gap marker [[{gap}]] appears {count} times: each gap appears exactly once")]
    GapMarker { gap: usize, count: usize },
    #[error("gap marker [[{gap}]] has no entry in gaps")]
    UnknownGap { gap: usize },
    #[error("answer {answer:?} is not one of the gap's options")]
    AnswerNotAnOption { answer: String },
    #[error("rubric criterion {index} is listed more than once")]
    DuplicateCriterion { index: usize },
    #[error("lesson {id:?} is not a lesson of this course")]
    UnknownLesson { id: String },
    // Course files (`core::course_file`): one course as a single `.nour` file.
    #[error("not a Nour course file: it does not start with {expected:?}")]
    NotCourseFile { expected: String },
    #[error("a course file of format {found:?}, from a newer Nour: this one reads {expected:?}")]
    CourseFileTooNew { found: String, expected: String },
    #[error("the file ends inside its header: it is cut short")]
    HeaderCut,
    #[error("the file is cut short: {missing} bytes are missing, from {path:?} on")]
    FileCut { missing: u64, path: String },
    #[error("{extra} bytes follow the last file")]
    TrailingBytes { extra: u64 },
    #[error("{path:?} is listed more than once")]
    DuplicatePath { path: String },
    #[error("the first file must be {expected:?}, not {found:?}")]
    BundleNotFirst { expected: String, found: String },
    #[error("{path:?} does not match its SHA-256: expected {expected}, got {actual}")]
    HashMismatch {
        path: String,
        expected: String,
        actual: String,
    },
    #[error("{path:?} is not one of the bundle's assets")]
    NotAnAsset { path: String },
    #[error("the bundle's asset {path:?} is not in the file")]
    MissingAsset { path: String },
    #[error("the header says {header:?} where the bundle says {bundle:?}")]
    HeaderMismatch { header: String, bundle: String },
}

/// Parses and validates a bundle. `Err` holds every problem found, never an empty list.
pub fn parse(json: &str) -> Result<Bundle, Vec<Issue>> {
    let doc: BundleDoc = parse_shape(json)?;
    let issues = check(&doc, json);
    if issues.is_empty() {
        Ok(Bundle::from_validated(doc))
    } else {
        Err(issues)
    }
}

/// Reads a bundle back from the store. Only bundles that passed [`parse`] are ever stored, so
/// their rules are not checked again: this is the reader's path, run on every page, and it keeps
/// the validator out of the app's first load (it lives in the parts that take courses in). A
/// record damaged on disk still fails here, as JSON or as shape.
pub fn parse_stored(json: &str) -> Result<Bundle, serde_json::Error> {
    serde_json::from_str(json).map(Bundle::from_validated)
}

/// Deserializes JSON into `T`, reporting a size, syntax or shape error with its path and line.
pub fn parse_shape<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Vec<Issue>> {
    if json.len() > MAX_BUNDLE_BYTES {
        return Err(vec![Issue::new(
            "$",
            Problem::FileTooLarge {
                size: json.len(),
                limit: MAX_BUNDLE_BYTES,
            },
        )]);
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = T::deserialize(&mut deserializer).map_err(|error| vec![json_issue(json, error)])?;
    // Trailing characters after the document.
    deserializer
        .end()
        .map_err(|error| vec![json_issue(json, error)])?;
    Ok(value)
}

fn json_issue(json: &str, error: serde_json::Error) -> Issue {
    // serde quotes the offending value, which may be megabytes long.
    let message = shorten_to(&strip_position(&error.to_string()), 300);
    let problem = if error.is_syntax() || error.is_eof() {
        Problem::Syntax { message }
    } else {
        Problem::Shape { message }
    };
    let path = path_at(json, error.line(), error.column());
    Issue::new(path, problem).at(error.line(), error.column())
}

/// The JSON path of the value at a 1-based line and column, found by re-scanning the text up to
/// there. serde_json reports only a position; tracking paths inside the deserializer instead
/// (serde_path_to_error) doubles the deserialization code in the wasm. The text is scanned only
/// when something is wrong.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object { key: Option<String> },
        Array { index: usize },
    }
    let line_start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = (line_start + column).min(json.len());
    let bytes = &json.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut in_string = false;
    let mut escaped = false;
    let mut key_start = None;
    let mut last_significant = b' ';
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if let (Some(start), Some(Frame::Object { key })) =
                    (key_start.take(), stack.last_mut())
                {
                    *key = Some(String::from_utf8_lossy(&bytes[start..i]).into_owned());
                }
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                if expecting_key {
                    key_start = Some(i + 1);
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { .. }) => expecting_key = true,
                None => {}
            },
            _ => {}
        }
        if !b.is_ascii_whitespace() {
            last_significant = b;
        }
    }
    // An error right at an opening bracket is about the value it opens, not about its content.
    if matches!(last_significant, b'{' | b'[') && !in_string {
        stack.pop();
    }
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                path.push('.');
                path.push_str(&shorten(key));
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// serde_json appends " at line L column C"; the line is reported in its own field.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message.to_owned(),
    }
}

/// All semantic rules on a well-shaped document.
fn check(doc: &BundleDoc, source: &str) -> Vec<Issue> {
    let mut v = Checker {
        issues: Vec::new(),
        languages: Vec::new(),
        source,
        read_up_to: 0,
    };
    if doc.format != FORMAT_V1 {
        v.push(
            "$.format",
            Problem::UnknownFormat {
                found: shorten(&doc.format),
                expected: FORMAT_V1.into(),
            },
        );
    }
    v.id("$.id", &doc.id);
    if !is_semver(&doc.version) {
        v.push(
            "$.version",
            Problem::BadVersion {
                found: shorten(&doc.version),
            },
        );
    }
    v.languages(&doc.languages);
    v.text("$.title", &doc.title, MAX_TITLE_CHARS);
    v.optional_text("$.summary", &doc.summary, MAX_SUMMARY_CHARS);
    if doc.authors.is_empty() {
        v.push("$.authors", Problem::NoAuthor);
    }
    for (i, author) in doc.authors.iter().enumerate() {
        v.person(
            &format!("$.authors[{i}]"),
            &author.name,
            author.url.as_deref(),
        );
    }
    if let Some(publisher) = &doc.publisher {
        v.person("$.publisher", &publisher.name, publisher.url.as_deref());
    }
    if doc.license.trim().is_empty() {
        v.push("$.license", Problem::Empty);
    }

    let mut asset_paths = Ids::default();
    for (i, asset) in doc.assets.iter().enumerate() {
        let path = format!("$.assets[{i}]");
        if !is_asset_path(&asset.path) {
            v.push(
                format!("{path}.path"),
                Problem::BadAssetPath {
                    found: shorten(&asset.path),
                },
            );
        }
        asset_paths.insert(&mut v, &format!("{path}.path"), &asset.path);
        if !MEDIA_TYPES.contains(&asset.media_type.as_str()) {
            v.push(
                format!("{path}.media_type"),
                Problem::BadMediaType {
                    found: shorten(&asset.media_type),
                    allowed: MEDIA_TYPES.join(", "),
                },
            );
        }
        if let Some(sha) = &asset.sha256
            && !is_sha256(sha)
        {
            v.push(
                format!("{path}.sha256"),
                Problem::BadSha256 {
                    found: shorten(sha),
                },
            );
        }
    }

    if doc.modules.is_empty() {
        v.push("$.modules", Problem::NoModules);
    }
    let (mut module_ids, mut lesson_ids, mut skill_ids) =
        (Ids::default(), Ids::default(), Ids::default());
    for (m, module) in doc.modules.iter().enumerate() {
        let path = format!("$.modules[{m}]");
        v.id(&format!("{path}.id"), &module.id);
        module_ids.insert(&mut v, &format!("{path}.id"), &module.id);
        v.text(&format!("{path}.title"), &module.title, MAX_TITLE_CHARS);
        v.optional_text(
            &format!("{path}.summary"),
            &module.summary,
            MAX_SUMMARY_CHARS,
        );
        for (s, skill) in module.skills.iter().enumerate() {
            let path = format!("{path}.skills[{s}]");
            v.id(&format!("{path}.id"), &skill.id);
            skill_ids.insert(&mut v, &format!("{path}.id"), &skill.id);
            v.text(&format!("{path}.label"), &skill.label, MAX_TITLE_CHARS);
            if let Some(uri) = &skill.esco {
                v.url(&format!("{path}.esco"), uri);
            }
        }
        if module.lessons.is_empty() {
            v.push(format!("{path}.lessons"), Problem::EmptyModule);
        }
        for (l, lesson) in module.lessons.iter().enumerate() {
            let path = format!("{path}.lessons[{l}]");
            v.id(&format!("{path}.id"), &lesson.id);
            lesson_ids.insert(&mut v, &format!("{path}.id"), &lesson.id);
            v.text(&format!("{path}.title"), &lesson.title, MAX_TITLE_CHARS);
            if lesson.minutes == 0 || lesson.minutes > MAX_MINUTES {
                v.push(
                    format!("{path}.minutes"),
                    Problem::BadMinutes {
                        minutes: lesson.minutes,
                        max: MAX_MINUTES,
                    },
                );
            }
            v.body(&format!("{path}.body"), &lesson.body, &asset_paths);
        }
    }
    let mut assessment_ids = Ids::default();
    for (m, module) in doc.modules.iter().enumerate() {
        for (a, assessment) in module.assessments.iter().enumerate() {
            let path = format!("$.modules[{m}].assessments[{a}]");
            assessment_ids.insert(&mut v, &format!("{path}.id"), &assessment.id);
            v.assessment(&path, assessment, &asset_paths, &lesson_ids);
        }
    }
    v.issues
}

/// Points of one item.
pub const MAX_POINTS: u16 = 100;
/// Entries of a choice list, an ordering, a matching side or a rubric.
pub const MAX_ENTRIES: usize = 50;

struct Checker<'a> {
    issues: Vec<Issue>,
    /// The declared languages that are valid, for checking every text's keys.
    languages: Vec<String>,
    /// The bundle's text, to place a problem found in a part the model keeps as JSON
    /// (`Deferred`): such parts are met in document order, each after the last one found.
    source: &'a str,
    read_up_to: usize,
}

impl Checker<'_> {
    /// The 1-based line and column, in the whole bundle, of a position in `part` (the JSON text of
    /// a deferred value), found after the parts placed so far.
    fn place(&mut self, part: &str, line: usize, column: usize) -> Option<(usize, usize)> {
        let start = self.read_up_to + self.source.get(self.read_up_to..)?.find(part)?;
        self.read_up_to = start + part.len();
        let before = &self.source[..start];
        let start_line = before.matches('\n').count() + 1;
        let start_column = before.len() - before.rfind('\n').map_or(0, |i| i + 1);
        Some(if line <= 1 {
            (start_line, start_column + column)
        } else {
            (start_line + line - 1, column)
        })
    }

    fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.issues.push(Issue::new(path, problem));
    }

    fn id(&mut self, path: &str, id: &str) {
        if !is_id(id) {
            self.push(path, Problem::BadId { found: shorten(id) });
        }
    }

    fn languages(&mut self, languages: &[String]) {
        if languages.is_empty() {
            self.push("$.languages", Problem::NoLanguage);
        }
        for (i, lang) in languages.iter().enumerate() {
            let path = format!("$.languages[{i}]");
            if !KNOWN_LANGUAGES.contains(&lang.as_str()) {
                self.push(
                    path,
                    Problem::UnknownLanguage {
                        found: shorten(lang),
                    },
                );
            } else if self.languages.contains(lang) {
                self.push(path, Problem::DuplicateLanguage { lang: lang.clone() });
            } else {
                self.languages.push(lang.clone());
            }
        }
    }

    /// Keys are declared languages; values fit the limit. Returns whether any text is present.
    fn text_entries(&mut self, path: &str, text: &LocalizedText, limit: usize) -> bool {
        for (lang, value) in &text.0 {
            if !self.languages.contains(lang) && KNOWN_LANGUAGES.contains(&lang.as_str()) {
                self.push(
                    format!("{path}.{lang}"),
                    Problem::UndeclaredLanguage { lang: lang.clone() },
                );
            } else if !KNOWN_LANGUAGES.contains(&lang.as_str()) {
                self.push(
                    format!("{path}.{}", shorten(lang)),
                    Problem::UnknownLanguage {
                        found: shorten(lang),
                    },
                );
            }
            let chars = value.chars().count();
            if chars > limit {
                self.push(
                    format!("{path}.{}", shorten(lang)),
                    Problem::TextTooLong { chars, limit },
                );
            }
        }
        !text.is_empty()
    }

    fn text(&mut self, path: &str, text: &LocalizedText, limit: usize) {
        if !self.text_entries(path, text, limit) {
            self.push(path, Problem::MissingText);
        }
    }

    fn optional_text(&mut self, path: &str, text: &LocalizedText, limit: usize) {
        self.text_entries(path, text, limit);
    }

    fn person(&mut self, path: &str, name: &str, url: Option<&str>) {
        if name.trim().is_empty() {
            self.push(format!("{path}.name"), Problem::Empty);
        }
        if let Some(url) = url {
            self.url(&format!("{path}.url"), url);
        }
    }

    fn url(&mut self, path: &str, url: &str) {
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() > 2048 {
            self.push(
                path,
                Problem::BadUrl {
                    found: shorten(url),
                },
            );
        }
    }

    fn body(&mut self, path: &str, body: &LocalizedText, assets: &Ids) {
        self.markdown(path, body, assets, true);
    }

    /// Markdown in every language: declared languages, size, no HTML, safe links, known images.
    fn markdown(&mut self, path: &str, body: &LocalizedText, assets: &Ids, required: bool) {
        let mut present = false;
        for (lang, source) in &body.0 {
            let path = format!("{path}.{lang}");
            if !KNOWN_LANGUAGES.contains(&lang.as_str()) {
                self.push(
                    path,
                    Problem::UnknownLanguage {
                        found: shorten(lang),
                    },
                );
                continue;
            }
            if !self.languages.contains(lang) {
                self.push(
                    path.clone(),
                    Problem::UndeclaredLanguage { lang: lang.clone() },
                );
            }
            if source.len() > MAX_BODY_BYTES {
                // Too big to be worth parsing: one clear problem is enough.
                present = true;
                self.push(
                    path,
                    Problem::BodyTooLarge {
                        bytes: source.len(),
                        limit: MAX_BODY_BYTES,
                    },
                );
                continue;
            }
            present |= !source.trim().is_empty();
            let blocks = markdown::parse(source);
            for text in markdown::prose_texts(&blocks) {
                if let Some(problem) = raw_html(text) {
                    self.push(path.clone(), problem);
                }
            }
            for (target, is_image) in markdown::links(&blocks) {
                if is_image {
                    if !assets.contains(target) {
                        self.push(
                            path.clone(),
                            Problem::UnknownImage {
                                src: shorten(target),
                            },
                        );
                    }
                } else if !is_safe_link(target) {
                    self.push(
                        path.clone(),
                        Problem::UnsafeLink {
                            url: shorten(target),
                        },
                    );
                }
            }
        }
        if required && !present {
            self.push(path, Problem::MissingText);
        }
    }

    fn assessment(&mut self, path: &str, assessment: &Assessment, assets: &Ids, lessons: &Ids) {
        self.id(&format!("{path}.id"), &assessment.id);
        self.text(&format!("{path}.title"), &assessment.title, MAX_TITLE_CHARS);
        self.markdown(&format!("{path}.intro"), &assessment.intro, assets, false);
        if let Some(rule) = assessment.mastery {
            self.mastery(&format!("{path}.mastery"), rule);
        }
        if assessment.items.is_empty() {
            self.push(format!("{path}.items"), Problem::NoItems);
        }
        if let Some(draw) = assessment.draw
            && (draw == 0 || usize::from(draw) > assessment.items.len())
        {
            self.push(
                format!("{path}.draw"),
                Problem::PoolTooSmall {
                    draw,
                    pool: assessment.items.len(),
                },
            );
        }
        let mut item_ids = Ids::default();
        for (i, item) in assessment.items.iter().enumerate() {
            let path = format!("{path}.items[{i}]");
            self.id(&format!("{path}.id"), &item.id);
            item_ids.insert(self, &format!("{path}.id"), &item.id);
            self.item(&path, item, assets, lessons);
        }
    }

    fn mastery(&mut self, path: &str, rule: Mastery) {
        let (name, reason) = match rule {
            Mastery::PassMark(mark) if mark == 0 || mark > 100 => {
                ("pass_mark", "the mark is a percentage from 1 to 100")
            }
            Mastery::MOfN { m, n } if m == 0 || n == 0 || m > n => {
                ("m_of_n", "m and n are at least 1, and m is at most n")
            }
            Mastery::Streak(0) => ("streak", "the streak is at least 1"),
            _ => return,
        };
        self.push(
            path,
            Problem::BadMastery {
                rule: name.into(),
                reason: reason.into(),
            },
        );
    }

    fn item(&mut self, path: &str, item: &Item, assets: &Ids, lessons: &Ids) {
        self.markdown(&format!("{path}.prompt"), &item.prompt, assets, true);
        if item.points == 0 || item.points > MAX_POINTS {
            self.push(
                format!("{path}.points"),
                Problem::BadPoints {
                    points: item.points,
                    max: MAX_POINTS,
                },
            );
        }
        for (h, hint) in item.hints.iter().enumerate() {
            self.markdown(&format!("{path}.hints[{h}]"), hint, assets, true);
        }
        self.markdown(
            &format!("{path}.feedback_wrong"),
            &item.feedback_wrong,
            assets,
            false,
        );
        self.markdown(
            &format!("{path}.explanation"),
            &item.explanation,
            assets,
            false,
        );
        if let Some(lesson) = &item.review_lesson
            && !lessons.contains(lesson)
        {
            self.push(
                format!("{path}.review_lesson"),
                Problem::UnknownLesson {
                    id: shorten(lesson),
                },
            );
        }
        let path = &format!("{path}.interaction");
        // Kept as JSON by the model (`Deferred`), so its shape is checked here, with the path
        // inside it and serde's message, like the shape of the rest of the bundle.
        let interaction = match item.interaction.read() {
            Ok(interaction) => interaction,
            Err(error) => {
                let json = item.interaction.json();
                let inner = path_at(json, error.line(), error.column());
                let mut issue = Issue::new(
                    format!("{path}{}", inner.trim_start_matches('$')),
                    Problem::Shape {
                        message: shorten_to(&strip_position(&error.to_string()), 300),
                    },
                );
                if let Some((line, column)) = self.place(json, error.line(), error.column()) {
                    issue = issue.at(line, column);
                }
                self.issues.push(issue);
                return;
            }
        };
        match &interaction {
            Interaction::SingleChoice { choices } => {
                let path = &format!("{path}.single_choice.choices");
                self.choices(path, choices, assets, 0);
                let correct = choices.iter().filter(|choice| choice.correct).count();
                match correct {
                    0 => self.push(path, Problem::NoCorrectChoice),
                    1 => {}
                    count => self.push(path, Problem::SeveralCorrectChoices { count }),
                }
            }
            Interaction::MultipleChoice { choices } => {
                let path = &format!("{path}.multiple_choice.choices");
                self.choices(path, choices, assets, -100);
                if !choices.iter().any(|choice| choice.correct) {
                    self.push(path, Problem::NoCorrectChoice);
                }
            }
            Interaction::TrueFalse {
                feedback_true,
                feedback_false,
                ..
            } => {
                let path = format!("{path}.true_false");
                self.markdown(
                    &format!("{path}.feedback_true"),
                    feedback_true,
                    assets,
                    false,
                );
                self.markdown(
                    &format!("{path}.feedback_false"),
                    feedback_false,
                    assets,
                    false,
                );
            }
            Interaction::Numeric { answers } => {
                let path = &format!("{path}.numeric.answers");
                self.count(path, answers.len(), 1);
                for (a, answer) in answers.iter().enumerate() {
                    let path = format!("{path}[{a}]");
                    self.credit(&format!("{path}.credit"), answer.credit);
                    self.markdown(&format!("{path}.feedback"), &answer.feedback, assets, false);
                    match (answer.value, answer.min, answer.max) {
                        (Some(_), None, None) => {
                            if let Some(tolerance) = answer.tolerance
                                && !(tolerance >= 0.0 && tolerance.is_finite())
                            {
                                self.push(
                                    format!("{path}.tolerance"),
                                    Problem::BadTolerance { tolerance },
                                );
                            }
                        }
                        (None, Some(min), Some(max)) if answer.tolerance.is_none() => {
                            if min > max {
                                self.push(path, Problem::BadRange { min, max });
                            }
                        }
                        _ => self.push(path, Problem::BadNumericAnswer),
                    }
                }
                if !answers.is_empty() && !answers.iter().any(|answer| answer.credit == 100) {
                    self.push(path, Problem::NoFullCredit);
                }
            }
            Interaction::ShortText { answers } => {
                let path = &format!("{path}.short_text.answers");
                self.count(path, answers.len(), 1);
                for (a, answer) in answers.iter().enumerate() {
                    let path = format!("{path}[{a}]");
                    self.answer_text(&format!("{path}.text"), &answer.text);
                    self.credit(&format!("{path}.credit"), answer.credit);
                    self.markdown(&format!("{path}.feedback"), &answer.feedback, assets, false);
                }
                if !answers.is_empty() && !answers.iter().any(|answer| answer.credit == 100) {
                    self.push(path, Problem::NoFullCredit);
                }
            }
            Interaction::FillBlanks { text, gaps } => {
                let path = format!("{path}.fill_blanks");
                self.text(&format!("{path}.text"), text, MAX_SUMMARY_CHARS);
                self.count(&format!("{path}.gaps"), gaps.len(), 1);
                for (lang, source) in &text.0 {
                    self.gap_markers(
                        &format!("{path}.text.{}", shorten(lang)),
                        source,
                        gaps.len(),
                    );
                }
                for (g, gap) in gaps.iter().enumerate() {
                    self.gap(&format!("{path}.gaps[{g}]"), gap);
                }
            }
            Interaction::Ordering { entries } => {
                let path = format!("{path}.ordering.entries");
                self.entries(&path, entries, 2);
            }
            Interaction::Matching { left, right } => {
                let path = format!("{path}.matching");
                self.entries(&format!("{path}.left"), left, 2);
                self.entries(&format!("{path}.right"), right, 2);
                if left.len() != right.len() {
                    self.push(
                        path,
                        Problem::UnequalSides {
                            left: left.len(),
                            right: right.len(),
                        },
                    );
                }
            }
            Interaction::Open { rubric, .. } => {
                let path = format!("{path}.open.rubric");
                self.entries(&path, rubric, 0);
                for (c, criterion) in rubric.iter().enumerate() {
                    if rubric[..c].contains(criterion) {
                        self.push(
                            format!("{path}[{c}]"),
                            Problem::DuplicateCriterion { index: c },
                        );
                    }
                }
            }
        }
    }

    fn count(&mut self, path: &str, found: usize, min: usize) {
        if found < min {
            self.push(path, Problem::TooFew { found, min });
        } else if found > MAX_ENTRIES {
            self.push(
                path,
                Problem::TooMany {
                    found,
                    max: MAX_ENTRIES,
                },
            );
        }
    }

    fn entries(&mut self, path: &str, entries: &[LocalizedText], min: usize) {
        self.count(path, entries.len(), min);
        for (e, entry) in entries.iter().enumerate() {
            self.text(&format!("{path}[{e}]"), entry, MAX_SUMMARY_CHARS);
        }
    }

    fn choices(&mut self, path: &str, choices: &[Choice], assets: &Ids, min_credit: i16) {
        self.count(path, choices.len(), 2);
        for (c, choice) in choices.iter().enumerate() {
            let path = format!("{path}[{c}]");
            self.text(&format!("{path}.text"), &choice.text, MAX_SUMMARY_CHARS);
            self.markdown(&format!("{path}.feedback"), &choice.feedback, assets, false);
            if let Some(credit) = choice.credit {
                let credit = i16::from(credit);
                if credit < min_credit || credit > 100 {
                    self.push(
                        format!("{path}.credit"),
                        Problem::BadCredit {
                            credit,
                            min: min_credit,
                            max: 100,
                        },
                    );
                }
            }
        }
    }

    fn credit(&mut self, path: &str, credit: u8) {
        if credit == 0 || credit > 100 {
            self.push(
                path,
                Problem::BadCredit {
                    credit: i16::from(credit),
                    min: 1,
                    max: 100,
                },
            );
        }
    }

    fn answer_text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(path, Problem::Empty);
        } else if text.chars().count() > MAX_TITLE_CHARS {
            self.push(
                path,
                Problem::TextTooLong {
                    chars: text.chars().count(),
                    limit: MAX_TITLE_CHARS,
                },
            );
        }
    }

    /// Each gap `[[n]]` (1-based) appears exactly once; no marker names a gap that is not there.
    fn gap_markers(&mut self, path: &str, text: &str, gaps: usize) {
        let markers = gap_markers(text);
        for gap in 1..=gaps {
            let count = markers.iter().filter(|&&(_, n)| n == gap).count();
            if count != 1 {
                self.push(path, Problem::GapMarker { gap, count });
            }
        }
        for &(_, gap) in &markers {
            if gap == 0 || gap > gaps {
                self.push(path, Problem::UnknownGap { gap });
            }
        }
    }

    fn gap(&mut self, path: &str, gap: &Gap) {
        self.count(&format!("{path}.answers"), gap.answers.len(), 1);
        for (a, answer) in gap.answers.iter().enumerate() {
            self.answer_text(&format!("{path}.answers[{a}]"), answer);
            if !gap.options.is_empty() && !gap.options.contains(answer) {
                self.push(
                    format!("{path}.answers[{a}]"),
                    Problem::AnswerNotAnOption {
                        answer: shorten(answer),
                    },
                );
            }
        }
        for (o, option) in gap.options.iter().enumerate() {
            self.answer_text(&format!("{path}.options[{o}]"), option);
        }
    }
}

/// The gap markers `[[n]]` of a fill-in-the-blanks text: byte range start and gap number.
/// Shared with the view, which splits the text at the same places.
pub fn gap_markers(text: &str) -> Vec<(std::ops::Range<usize>, usize)> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find("[[") {
        let start = rest + open;
        let digits = &text[start + 2..];
        let len = digits.bytes().take_while(u8::is_ascii_digit).count();
        if len > 0 && len <= 3 && digits[len..].starts_with("]]") {
            let end = start + 2 + len + 2;
            found.push((start..end, digits[..len].parse().unwrap_or(0)));
            rest = end;
        } else {
            rest = start + 2;
        }
    }
    found
}

/// Ids seen so far, with the path of their first use.
#[derive(Default)]
struct Ids(BTreeMap<String, String>);

impl Ids {
    fn insert(&mut self, checker: &mut Checker, path: &str, id: &str) {
        match self.0.get(id) {
            Some(first) => checker.push(
                path,
                Problem::DuplicateId {
                    id: shorten(id),
                    first: first.clone(),
                },
            ),
            None => {
                self.0.insert(id.to_owned(), path.to_owned());
            }
        }
    }
    fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }
}

/// Finds the first thing in prose that a browser would read as a tag. The reader never renders
/// HTML, so this is about telling the trainer, not about safety: the text would show literally.
fn raw_html(text: &str) -> Option<Problem> {
    let bytes = text.as_bytes();
    let start = bytes.iter().enumerate().position(|(i, &b)| {
        b == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|&n| n.is_ascii_alphabetic() || n == b'/' || n == b'!' || n == b'?')
    })?;
    let tag: String = text[start..]
        .chars()
        .take_while(|&c| c != '>')
        .take(60)
        .collect();
    let lower = tag.to_ascii_lowercase();
    let has_handler = lower
        .split(|c: char| c.is_whitespace() || c == '/')
        .any(|word| word.starts_with("on") && word.contains('=') && word.len() > 3);
    let snippet = if tag.len() < 60 {
        format!("{tag}>")
    } else {
        tag
    };
    Some(if has_handler {
        Problem::EventHandler { snippet }
    } else {
        Problem::RawHtml { snippet }
    })
}

fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

pub fn is_id(id: &str) -> bool {
    (2..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

pub fn is_sha256(hex: &str) -> bool {
    hex.len() == 64
        && hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// `MAJOR.MINOR.PATCH` with an optional `-prerelease`, no leading zeros.
pub fn is_semver(version: &str) -> bool {
    let (core, pre) = match version.split_once('-') {
        Some((core, pre)) => (core, Some(pre)),
        None => (version, None),
    };
    let numbers: Vec<&str> = core.split('.').collect();
    numbers.len() == 3
        && numbers.iter().all(|n| {
            !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_digit())
                && (n.len() == 1 || !n.starts_with('0'))
        })
        && pre.is_none_or(|pre| {
            !pre.is_empty()
                && pre.split('.').all(|p| {
                    !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                })
        })
}

/// Compares two valid semantic versions by their numbers (pre-releases sort before releases).
pub fn semver_newer(candidate: &str, installed: &str) -> bool {
    // (numbers, is a release, pre-release identifiers): a release sorts after its pre-releases.
    fn key(version: &str) -> (Vec<u64>, bool, Vec<(u64, String)>) {
        let (core, pre) = version
            .split_once('-')
            .map_or((version, None), |(c, p)| (c, Some(p)));
        let pre_ids = pre
            .unwrap_or_default()
            .split('.')
            .map(|id| {
                id.parse()
                    .map_or((u64::MAX, id.to_owned()), |n| (n, String::new()))
            })
            .collect();
        (
            core.split('.').map(|n| n.parse().unwrap_or(0)).collect(),
            pre.is_none(),
            pre_ids,
        )
    }
    key(candidate) > key(installed)
}

fn is_asset_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 200
        && !path.starts_with('/')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b))
}

/// Keeps user-supplied values in messages short (a 10 MB id must not make a 10 MB message).
pub fn shorten(value: &str) -> String {
    shorten_to(value, 80)
}

fn shorten_to(value: &str, limit: usize) -> String {
    if value.chars().count() <= limit {
        value.to_owned()
    } else {
        let head: String = value.chars().take(limit - 1).collect();
        format!("{head}…")
    }
}
