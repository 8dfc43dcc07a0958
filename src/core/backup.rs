//! Backups: everything the learner owns (her records of every course, her portfolio and its
//! images, her UI language), and optionally the course files, as one JSON file she keeps
//! wherever she wants and restores on this or another device.
//!
//! The file is one pretty-printed JSON document:
//!
//! ```json
//! {
//!   "format": "nour-backup",
//!   "version": 1,
//!   "created_ms": 1767225600000,
//!   "app_version": "0.1.0",
//!   "locale": "ar",
//!   "records": [ { "course_id": "web", "events": […], "attempts": […], "answers": […] } ],
//!   "portfolio": { "profile": {…}, "entries": […], "hidden_achievements": […] },
//!   "images": [ { "id": "…", "data": "<Base64>" } ],
//!   "courses": [ { "bundle": "<the bundle file, as a JSON string>",
//!                  "assets": [ { "path": "img/a.png", "data": "<Base64>" } ] } ]
//! }
//! ```
//!
//! Records and the portfolio are written exactly as storage keeps them, so a backup diffs
//! line by line against the next one. A course's bundle is carried as the exact text that was
//! installed (a JSON string, not a nested object), so its SHA-256 still holds on restore.
//!
//! [`parse`] checks the whole file before anything is restored and reports every problem with its
//! JSON path (`records[2].answers[0].credit`). [`merge`] combines a backup with what is on the
//! device, for the "merge" restore.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::core::attempt::{Answer, Attempt};
use crate::core::base64;
use crate::core::portfolio::{Entry, ImageData, Portfolio, Profile};
use crate::core::progress::LearningEvent;
use crate::core::record::LearnerRecord;
use crate::core::stable_sort;

/// The value of `"format"` in every backup file.
pub const FORMAT: &str = "nour-backup";
/// The newest backup version this app writes and reads.
pub const VERSION: u32 = 1;
/// The largest integer a JavaScript number (hence IndexedDB) holds exactly.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Everything the learner owns: what a backup carries and what storage restores.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LearnerData {
    /// One per course (`Store::learner_data` and [`merge`] order them by course id; a parsed
    /// backup keeps the file's order).
    pub records: Vec<LearnerRecord>,
    pub portfolio: Portfolio,
    /// The bytes of the images the portfolio refers to.
    pub images: Vec<ImageData>,
    /// The UI language. Storage ignores it (it lives in localStorage): `learner_data()` returns
    /// `None` and `restore` does not keep it.
    pub locale: Option<String>,
}

/// A backup file, read or to be written.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// When it was made, in milliseconds since the Unix epoch.
    pub created_ms: u64,
    /// The version of the app that made it (`CARGO_PKG_VERSION`).
    pub app_version: String,
    pub data: LearnerData,
    /// Installed courses, when the learner chose to include them.
    pub courses: Vec<BackupCourse>,
}

/// An installed course as a backup carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupCourse {
    /// The bundle file exactly as installed.
    pub bundle_json: String,
    /// Each asset's path in the bundle, and its bytes.
    pub assets: Vec<(String, Vec<u8>)>,
}

/// One problem of a backup file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupProblem {
    /// Where, as a JSON path without the leading `$`: `records[2].answers[0].credit`,
    /// `portfolio.entries[1].id`, `images[0].data`.
    pub path: String,
    /// What is wrong, in English, for developers (the UI shows the path and its own text).
    pub message: String,
}

/// Why a file cannot be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON (for instance a file cut short); where the reading stopped (1-based line, and
    /// 1-based byte column; 0 at the very end of an empty file).
    NotJson { line: usize, column: usize },
    /// Valid JSON, but not a Nour backup: no `"format": "nour-backup"`.
    Foreign,
    /// A backup from a newer app, which this one cannot read.
    TooNew { version: u32 },
    /// A Nour backup with problems: every one found, section by section (`version`,
    /// `created_ms`, `app_version`, `locale`, `records`, `portfolio`, `images`, then the images
    /// the portfolio refers to, then `courses`), each item's own problems in order.
    Invalid(Vec<BackupProblem>),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotJson { line, column } => {
                write!(f, "the file is not JSON (line {line}, column {column})")
            }
            BackupError::Foreign => write!(f, "the file is JSON but not a Nour backup"),
            BackupError::TooNew { version } => write!(
                f,
                "the backup has format version {version}; this app reads up to version {VERSION}"
            ),
            BackupError::Invalid(problems) => {
                write!(f, "the backup has {} problem(s)", problems.len())?;
                for problem in problems {
                    write!(f, "; {}: {}", problem.path, problem.message)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for BackupError {}

/// How a backup is restored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreMode {
    /// The backup replaces everything the learner has on the device.
    Replace,
    /// The backup is combined with what is on the device ([`merge`]).
    Merge,
}

// ---------------------------------------------------------------------------------------------
// Writing

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    created_ms: u64,
    app_version: &'a str,
    locale: Option<&'a str>,
    records: &'a [LearnerRecord],
    portfolio: &'a Portfolio,
    images: Vec<ImageOut<'a>>,
    courses: Vec<CourseOut<'a>>,
}

#[derive(Serialize)]
struct ImageOut<'a> {
    id: &'a str,
    data: String,
}

#[derive(Serialize)]
struct CourseOut<'a> {
    bundle: &'a str,
    assets: Vec<AssetOut<'a>>,
}

#[derive(Serialize)]
struct AssetOut<'a> {
    path: &'a str,
    data: String,
}

/// The backup file's text: pretty-printed JSON, bytes as Base64.
pub fn to_json(backup: &Backup) -> String {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        created_ms: backup.created_ms,
        app_version: &backup.app_version,
        locale: backup.data.locale.as_deref(),
        records: &backup.data.records,
        portfolio: &backup.data.portfolio,
        images: backup
            .data
            .images
            .iter()
            .map(|image| ImageOut {
                id: &image.id,
                data: base64::encode(&image.bytes),
            })
            .collect(),
        courses: backup
            .courses
            .iter()
            .map(|course| CourseOut {
                bundle: &course.bundle_json,
                assets: course
                    .assets
                    .iter()
                    .map(|(path, bytes)| AssetOut {
                        path,
                        data: base64::encode(bytes),
                    })
                    .collect(),
            })
            .collect(),
    };
    // Cannot fail: every map in these types has string keys, and nothing serialises with a
    // custom error.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Reading

/// Reads and checks a backup file whole. Nothing is restored from a file that fails here.
pub fn parse(text: &str) -> Result<Backup, BackupError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = serde_json::from_str(text).map_err(|error| BackupError::NotJson {
        line: error.line(),
        column: error.column(),
    })?;
    let Value::Object(root) = root else {
        return Err(BackupError::Foreign);
    };
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupError::Foreign);
    }
    let mut problems = Problems::default();
    match root.get("version").map(Value::as_u64) {
        Some(Some(version)) if version > u64::from(VERSION) => {
            return Err(BackupError::TooNew {
                version: u32::try_from(version).unwrap_or(u32::MAX),
            });
        }
        Some(Some(1..)) => {}
        Some(_) => problems.add(
            "version",
            format!("not a version number from 1 to {VERSION}"),
        ),
        None => problems.add("version", "missing"),
    }

    let created_ms = problems.required::<u64>(&root, "", "created_ms");
    let app_version = problems.required::<String>(&root, "", "app_version");
    let locale = match root.get("locale") {
        None | Some(Value::Null) => None,
        Some(value) => problems.typed::<String>(value, "locale"),
    };
    let mut records: Vec<LearnerRecord> = Vec::new();
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for (i, value) in problems
        .array(&root, "", "records", true)
        .iter()
        .enumerate()
    {
        let Some(record) = read_record(&mut problems, value, &format!("records[{i}]")) else {
            continue;
        };
        if let Some(first) = first_at.get(&record.course_id) {
            problems.add(
                format!("records[{i}].course_id"),
                format!(
                    "a second record for course `{}` (first at records[{first}])",
                    record.course_id
                ),
            );
        } else {
            first_at.insert(record.course_id.clone(), i);
        }
        records.push(record);
    }
    let portfolio = match root.get("portfolio") {
        Some(value) => read_portfolio(&mut problems, value),
        None => {
            problems.add("portfolio", "missing");
            Portfolio::default()
        }
    };
    let (images, image_ids) = read_images(&mut problems, &root);
    check_image_refs(&mut problems, &portfolio, &image_ids);
    let courses = read_courses(&mut problems, &root);

    if !problems.0.is_empty() {
        return Err(BackupError::Invalid(problems.0));
    }
    Ok(Backup {
        created_ms: created_ms.unwrap_or_default(),
        app_version: app_version.unwrap_or_default(),
        data: LearnerData {
            records,
            portfolio,
            images,
            locale,
        },
        courses,
    })
}

/// The problems found so far, and typed reads that add theirs.
#[derive(Default)]
struct Problems(Vec<BackupProblem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(BackupProblem {
            path: path.into(),
            message: message.into(),
        });
    }

    /// `value` as a `T`, or `None` with the problem at its exact path: on failure the value is
    /// printed and read again as text, and serde_json's line and column are turned back into
    /// the path inside the value.
    ///
    /// Always read from text (not `T::deserialize(value)`), so each type has one deserializer in
    /// the wasm rather than two.
    fn typed<T: DeserializeOwned>(&mut self, value: &Value, path: &str) -> Option<T> {
        let text = serde_json::to_string_pretty(value).unwrap_or_default();
        match serde_json::from_str::<T>(&text) {
            Ok(typed) => {
                let before = self.0.len();
                self.check_numbers(value, path);
                (self.0.len() == before).then_some(typed)
            }
            Err(error) => {
                let full = error.to_string();
                let message = full
                    .rfind(" at line ")
                    .map_or(full.as_str(), |end| &full[..end]);
                let mut at = format!("{path}{}", path_at(&text, error.line(), error.column()));
                let message = match message
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.strip_suffix('`'))
                {
                    Some(field) => {
                        at.push('.');
                        at.push_str(field);
                        "missing".to_owned()
                    }
                    None => message.to_owned(),
                };
                self.add(at, message);
                None
            }
        }
    }

    /// Reports integers IndexedDB cannot keep exactly: it stores numbers as doubles, so storing
    /// a time above 2^53 − 1 would fail the whole restore.
    fn check_numbers(&mut self, value: &Value, path: &str) {
        match value {
            Value::Number(number) if number.as_u64().is_some_and(|n| n > MAX_SAFE_INTEGER) => {
                self.add(
                    path,
                    format!("{number} is above 2^53 - 1, the largest number stored"),
                );
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    self.check_numbers(item, &format!("{path}[{index}]"));
                }
            }
            Value::Object(object) => {
                for (key, item) in object {
                    self.check_numbers(item, &join(path, key));
                }
            }
            _ => {}
        }
    }

    /// The required field `key` of `object` (at `path`) as a `T`.
    fn required<T: DeserializeOwned>(
        &mut self,
        object: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<T> {
        let at = join(path, key);
        match object.get(key) {
            Some(value) => self.typed(value, &at),
            None => {
                self.add(at, "missing");
                None
            }
        }
    }

    /// The array field `key` of `object`; empty (with a problem) when it is not an array, or
    /// when it is `required` and missing.
    fn array<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> &'v [Value] {
        match object.get(key) {
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.add(join(path, key), "expected an array");
                &[]
            }
            None => {
                if required {
                    self.add(join(path, key), "missing");
                }
                &[]
            }
        }
    }

    /// `value` as an object, or `None` with a problem.
    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(object) => Some(object),
            _ => {
                self.add(path, "expected an object");
                None
            }
        }
    }

    /// The Base64 field `data` of `object`, decoded.
    fn bytes(&mut self, object: &Map<String, Value>, path: &str) -> Option<Vec<u8>> {
        let text = self.required::<String>(object, path, "data")?;
        let bytes = base64::decode(&text);
        if bytes.is_none() {
            self.add(join(path, "data"), "not valid Base64");
        }
        bytes
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn read_record(problems: &mut Problems, value: &Value, path: &str) -> Option<LearnerRecord> {
    let object = problems.object(value, path)?;
    let course_id = problems.required::<String>(object, path, "course_id");
    let mut record = LearnerRecord::new(course_id.as_deref().unwrap_or_default());
    let events = problems.array(object, path, "events", false);
    for (j, value) in events.iter().enumerate() {
        let at = format!("{path}.events[{j}]");
        let Some(event) = problems.typed::<LearningEvent>(value, &at) else {
            continue;
        };
        if course_id.as_ref().is_some_and(|id| *id != event.course_id) {
            problems.add(
                format!("{at}.course_id"),
                format!(
                    "belongs to course `{}`, not `{}`",
                    event.course_id, record.course_id
                ),
            );
        }
        record.events.push(event);
    }
    let attempts = problems.array(object, path, "attempts", false);
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for (j, value) in attempts.iter().enumerate() {
        let at = format!("{path}.attempts[{j}]");
        let Some(attempt) = problems.typed::<Attempt>(value, &at) else {
            continue;
        };
        if let Some(first) = first_at.get(&attempt.id) {
            problems.add(
                format!("{at}.id"),
                format!(
                    "duplicate attempt id `{}` (first at {path}.attempts[{first}])",
                    attempt.id
                ),
            );
        } else {
            first_at.insert(attempt.id.clone(), j);
        }
        record.attempts.push(attempt);
    }
    let answers = problems.array(object, path, "answers", false);
    for (j, value) in answers.iter().enumerate() {
        let at = format!("{path}.answers[{j}]");
        let Some(answer) = problems.typed::<Answer>(value, &at) else {
            continue;
        };
        if answer.credit > 100 {
            problems.add(
                format!("{at}.credit"),
                format!("credit {} is above 100", answer.credit),
            );
        }
        record.answers.push(answer);
    }
    course_id.map(|_| record)
}

fn read_portfolio(problems: &mut Problems, value: &Value) -> Portfolio {
    let path = "portfolio";
    let Some(object) = problems.object(value, path) else {
        return Portfolio::default();
    };
    let profile = match object.get("profile") {
        Some(value) => problems.typed::<Profile>(value, "portfolio.profile"),
        None => None,
    };
    let mut entries: Vec<Entry> = Vec::new();
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for (j, value) in problems
        .array(object, path, "entries", false)
        .iter()
        .enumerate()
    {
        let at = format!("portfolio.entries[{j}]");
        let Some(entry) = problems.typed::<Entry>(value, &at) else {
            continue;
        };
        if let Some(first) = first_at.get(&entry.id) {
            problems.add(
                format!("{at}.id"),
                format!(
                    "duplicate entry id `{}` (first at portfolio.entries[{first}])",
                    entry.id
                ),
            );
        } else {
            first_at.insert(entry.id.clone(), j);
        }
        entries.push(entry);
    }
    let deleted = match object.get("deleted") {
        None | Some(Value::Null) => None,
        Some(value) => problems.typed::<Entry>(value, "portfolio.deleted"),
    };
    let hidden_achievements = match object.get("hidden_achievements") {
        Some(value) => problems.typed::<Vec<String>>(value, "portfolio.hidden_achievements"),
        None => None,
    };
    Portfolio {
        profile: profile.unwrap_or_default(),
        entries,
        deleted,
        hidden_achievements: hidden_achievements.unwrap_or_default(),
    }
}

/// The images that could be read, and the id of every image in the file (a broken one included,
/// so that a portfolio reference to it is not reported as missing as well).
fn read_images(
    problems: &mut Problems,
    root: &Map<String, Value>,
) -> (Vec<ImageData>, BTreeMap<String, usize>) {
    let mut images: Vec<ImageData> = Vec::new();
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for (k, value) in problems.array(root, "", "images", true).iter().enumerate() {
        let path = format!("images[{k}]");
        let Some(object) = problems.object(value, &path) else {
            continue;
        };
        let id = problems.required::<String>(object, &path, "id");
        let bytes = problems.bytes(object, &path);
        let Some(id) = id else {
            continue;
        };
        if let Some(first) = first_at.get(&id) {
            problems.add(
                format!("{path}.id"),
                format!("duplicate image id `{id}` (first at images[{first}])"),
            );
            continue;
        }
        first_at.insert(id.clone(), k);
        if let Some(bytes) = bytes {
            images.push(ImageData { id, bytes });
        }
    }
    (images, first_at)
}

/// Every image the portfolio refers to must be in the file.
fn check_image_refs(
    problems: &mut Problems,
    portfolio: &Portfolio,
    image_ids: &BTreeMap<String, usize>,
) {
    let missing = |id: &str| !image_ids.contains_key(id);
    if let Some(photo) = &portfolio.profile.photo
        && missing(&photo.id)
    {
        problems.add(
            "portfolio.profile.photo.id",
            format!("image `{}` is not in the backup's images", photo.id),
        );
    }
    let entries = portfolio
        .entries
        .iter()
        .enumerate()
        .map(|(j, entry)| (format!("portfolio.entries[{j}]"), entry))
        .chain(
            portfolio
                .deleted
                .iter()
                .map(|entry| ("portfolio.deleted".to_owned(), entry)),
        );
    for (path, entry) in entries {
        for (m, image) in entry.images.iter().enumerate() {
            if missing(&image.id) {
                problems.add(
                    format!("{path}.images[{m}].id"),
                    format!("image `{}` is not in the backup's images", image.id),
                );
            }
        }
    }
}

fn read_courses(problems: &mut Problems, root: &Map<String, Value>) -> Vec<BackupCourse> {
    let mut courses = Vec::new();
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for (k, value) in problems.array(root, "", "courses", true).iter().enumerate() {
        let path = format!("courses[{k}]");
        let Some(object) = problems.object(value, &path) else {
            continue;
        };
        let bundle_json = problems.required::<String>(object, &path, "bundle");
        if let Some(text) = &bundle_json {
            match serde_json::from_str::<Value>(text) {
                Ok(bundle) => {
                    if let Some(id) = bundle.get("id").and_then(Value::as_str) {
                        if let Some(first) = first_at.get(id) {
                            problems.add(
                                format!("{path}.bundle"),
                                format!("course `{id}` is already at courses[{first}]"),
                            );
                        } else {
                            first_at.insert(id.to_owned(), k);
                        }
                    }
                }
                Err(error) => problems.add(
                    format!("{path}.bundle"),
                    format!(
                        "the bundle is not JSON (line {}, column {})",
                        error.line(),
                        error.column()
                    ),
                ),
            }
        }
        let mut assets: Vec<(String, Vec<u8>)> = Vec::new();
        for (m, value) in problems
            .array(object, &path, "assets", true)
            .iter()
            .enumerate()
        {
            let at = format!("{path}.assets[{m}]");
            let Some(asset) = problems.object(value, &at) else {
                continue;
            };
            let asset_path = problems.required::<String>(asset, &at, "path");
            let bytes = problems.bytes(asset, &at);
            if let Some(asset_path) = &asset_path
                && assets.iter().any(|(p, _)| p == asset_path)
            {
                problems.add(
                    format!("{at}.path"),
                    format!("duplicate asset `{asset_path}`"),
                );
                continue;
            }
            if let (Some(asset_path), Some(bytes)) = (asset_path, bytes) {
                assets.push((asset_path, bytes));
            }
        }
        if let Some(bundle_json) = bundle_json {
            courses.push(BackupCourse {
                bundle_json,
                assets,
            });
        }
    }
    courses
}

/// The path, relative to the document, of what is at 1-based `line` and byte `column` of
/// `text`, JSON that serde_json printed (so well formed): `.answers[0].credit`. At a closing
/// `}` or `]` (where serde reports a missing field), the path of that object or array.
fn path_at(text: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let target = (line_start + column.saturating_sub(1)).min(text.len());
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut key_next = false;
    let mut i = 0;
    while i < target {
        match bytes[i] {
            b'"' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                if j >= target {
                    break;
                }
                if key_next {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        let raw = text.get(i..=j).unwrap_or_default();
                        *key = serde_json::from_str::<String>(raw).ok();
                    }
                    key_next = false;
                }
                i = j;
            }
            b'{' => {
                stack.push(Frame::Object(None));
                key_next = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(key)) => {
                    *key = None;
                    key_next = true;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    if matches!(bytes.get(target), Some(b'}' | b']')) {
        stack.pop();
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

// ---------------------------------------------------------------------------------------------
// Merging

/// What is on the device (`current`) combined with a backup (`incoming`), nothing of either lost:
/// - records: one per course (ordered by course id); for a course on both sides, events and
///   answers are the union without exact duplicates, in time order (stable: equal times keep
///   current's order, then incoming's); attempts are matched by id, incoming adds the ones
///   current lacks, and a `finished_ms` set on either side wins (current's if both);
/// - portfolio: entries matched by id, the one with the larger `updated_ms` wins (current's on a
///   tie), in current's order followed by incoming-only entries in theirs; the profile is
///   current's unless it is empty; hidden achievements are the union; the undoable deleted
///   entry is current's;
/// - images: the union by id (current's bytes win), keeping only those the merged portfolio
///   refers to, in [`Portfolio::image_ids`] order;
/// - locale: current's if set, else incoming's.
pub fn merge(current: LearnerData, incoming: LearnerData) -> LearnerData {
    let mut records: BTreeMap<String, LearnerRecord> = BTreeMap::new();
    for record in current.records.into_iter().chain(incoming.records) {
        match records.get_mut(&record.course_id) {
            Some(existing) => merge_record(existing, record),
            None => {
                records.insert(record.course_id.clone(), record);
            }
        }
    }

    let current_portfolio = current.portfolio;
    let mut entries = current_portfolio.entries;
    for entry in incoming.portfolio.entries {
        match entries.iter_mut().find(|e| e.id == entry.id) {
            Some(existing) => {
                if entry.updated_ms > existing.updated_ms {
                    *existing = entry;
                }
            }
            None => entries.push(entry),
        }
    }
    let mut hidden_achievements = current_portfolio.hidden_achievements;
    for id in incoming.portfolio.hidden_achievements {
        if !hidden_achievements.contains(&id) {
            hidden_achievements.push(id);
        }
    }
    let profile = if current_portfolio.profile == Profile::default() {
        incoming.portfolio.profile
    } else {
        current_portfolio.profile
    };
    let portfolio = Portfolio {
        profile,
        entries,
        deleted: current_portfolio.deleted,
        hidden_achievements,
    };

    let mut images: Vec<ImageData> = Vec::new();
    for id in portfolio.image_ids() {
        if images.iter().any(|image| image.id == id) {
            continue;
        }
        let found = current
            .images
            .iter()
            .chain(&incoming.images)
            .find(|image| image.id == id);
        if let Some(image) = found {
            images.push(image.clone());
        }
    }

    LearnerData {
        records: records.into_values().collect(),
        portfolio,
        images,
        locale: current.locale.or(incoming.locale),
    }
}

fn merge_record(into: &mut LearnerRecord, other: LearnerRecord) {
    union_in_time_order(&mut into.events, other.events, |event| event.at_ms);
    union_in_time_order(&mut into.answers, other.answers, |answer| answer.at_ms);
    for attempt in other.attempts {
        match into.attempts.iter_mut().find(|a| a.id == attempt.id) {
            Some(existing) => {
                if existing.finished_ms.is_none() {
                    existing.finished_ms = attempt.finished_ms;
                }
            }
            None => into.attempts.push(attempt),
        }
    }
    stable_sort::sort_by_key(&mut into.attempts, |attempt| attempt.started_ms);
}

/// Appends the items of `other` that `into` does not already hold (exactly), then sorts by time,
/// stably. Items are only compared with items of the same time, so long logs stay cheap.
fn union_in_time_order<T: PartialEq>(into: &mut Vec<T>, other: Vec<T>, at: impl Fn(&T) -> u64) {
    let mut by_time: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (index, item) in into.iter().enumerate() {
        by_time.entry(at(item)).or_default().push(index);
    }
    for item in other {
        let same_time = by_time.entry(at(&item)).or_default();
        if same_time
            .iter()
            .any(|&index| into.get(index) == Some(&item))
        {
            continue;
        }
        same_time.push(into.len());
        into.push(item);
    }
    stable_sort::sort_by_key(into, at);
}
