//! The packed form's second half: how `nour-bundle pack` cuts a course version into
//! content-addressed chunks, and how the app plans a download or an update from them.
//!
//! A course version's **pack manifest** (`packs/<id>-<version>.json`, named by the catalog with
//! its size and SHA-256) lists:
//! - the bundle file as the concatenation of chunks, cut at module starts (and, inside a module
//!   bigger than [`CHUNK_LIMIT`], at lesson starts), so editing one lesson changes one chunk and
//!   leaves every other chunk's hash as it was;
//! - each asset with its hash, and, when it is bigger than [`CHUNK_LIMIT`], its chunks;
//! - the hash of every lesson and assessment, to tell a learner what an update changes.
//!
//! Chunks live at `chunks/<sha256>`; an asset of one chunk is its own file, `assets/<sha256>`.
//! Because everything is named by its hash, a chunk the device already has (from the installed
//! version, or staged by a download that was cut) is never fetched again.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::core::model::BundleDoc;
use crate::core::validate::{Issue, Problem, is_id, is_semver, is_sha256, parse_shape, shorten};

pub const PACK_FORMAT_V1: &str = "nour-pack/1";

/// The most bytes one chunk holds, before any HTTP compression, so each request stays short
/// enough to finish on a bad connection and a cut costs at most this much.
pub const CHUNK_LIMIT: usize = 256 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackManifest {
    pub format: String,
    pub id: String,
    pub version: String,
    /// The bundle file is these chunks, concatenated in this order.
    pub bundle: Vec<Chunk>,
    #[serde(default)]
    pub assets: Vec<PackedAsset>,
    /// Every lesson and assessment, in course order, with the hash of its content.
    pub contents: Vec<ContentHash>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chunk {
    pub sha256: String,
    pub size: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackedAsset {
    pub path: String,
    pub size: u64,
    pub sha256: String,
    /// Empty when the asset is one chunk: then it is fetched whole from `assets/<sha256>`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chunks: Vec<Chunk>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentKind {
    Lesson,
    Assessment,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentHash {
    pub kind: ContentKind,
    pub id: String,
    /// SHA-256 of the lesson's or assessment's JSON as packed.
    pub sha256: String,
}

impl PackedAsset {
    /// The chunks to fetch for this asset, each with the URL it is published at, relative to the
    /// catalog.
    pub fn fetch_units(&self) -> Vec<(Chunk, String)> {
        if self.chunks.is_empty() {
            let whole = Chunk {
                sha256: self.sha256.clone(),
                size: self.size,
            };
            vec![(whole, format!("assets/{}", self.sha256))]
        } else {
            self.chunks
                .iter()
                .map(|chunk| (chunk.clone(), chunk_url(chunk)))
                .collect()
        }
    }
}

/// URL of a chunk, relative to the catalog.
pub fn chunk_url(chunk: &Chunk) -> String {
    format!("chunks/{}", chunk.sha256)
}

/// Parses a pack manifest and checks what the app relies on: the course it says it is, hashes
/// that are hashes, and chunk sizes that add up to the sizes announced.
pub fn parse(json: &str) -> Result<PackManifest, Vec<Issue>> {
    let manifest: PackManifest = parse_shape(json)?;
    let mut issues = Vec::new();
    if manifest.format != PACK_FORMAT_V1 {
        issues.push(Issue::new(
            "$.format",
            Problem::UnknownFormat {
                found: shorten(&manifest.format),
                expected: PACK_FORMAT_V1.into(),
            },
        ));
    }
    if !is_id(&manifest.id) {
        issues.push(Issue::new(
            "$.id",
            Problem::BadId {
                found: shorten(&manifest.id),
            },
        ));
    }
    if !is_semver(&manifest.version) {
        issues.push(Issue::new(
            "$.version",
            Problem::BadVersion {
                found: shorten(&manifest.version),
            },
        ));
    }
    if manifest.bundle.is_empty() {
        issues.push(Issue::new("$.bundle", Problem::TooFew { found: 0, min: 1 }));
    }
    check_chunks(&manifest.bundle, "$.bundle", &mut issues);
    for (a, asset) in manifest.assets.iter().enumerate() {
        let path = format!("$.assets[{a}]");
        if !is_sha256(&asset.sha256) {
            issues.push(Issue::new(
                format!("{path}.sha256"),
                Problem::BadSha256 {
                    found: shorten(&asset.sha256),
                },
            ));
        }
        check_chunks(&asset.chunks, &format!("{path}.chunks"), &mut issues);
        let total: u64 = asset.chunks.iter().map(|c| c.size).sum();
        if !asset.chunks.is_empty() && total != asset.size {
            issues.push(Issue::new(
                format!("{path}.chunks"),
                Problem::Shape {
                    message: format!(
                        "chunks add up to {total} bytes, the asset is {}",
                        asset.size
                    ),
                },
            ));
        }
    }
    for (c, content) in manifest.contents.iter().enumerate() {
        if !is_sha256(&content.sha256) {
            issues.push(Issue::new(
                format!("$.contents[{c}].sha256"),
                Problem::BadSha256 {
                    found: shorten(&content.sha256),
                },
            ));
        }
    }
    if issues.is_empty() {
        Ok(manifest)
    } else {
        Err(issues)
    }
}

fn check_chunks(chunks: &[Chunk], path: &str, issues: &mut Vec<Issue>) {
    for (c, chunk) in chunks.iter().enumerate() {
        if !is_sha256(&chunk.sha256) {
            issues.push(Issue::new(
                format!("{path}[{c}].sha256"),
                Problem::BadSha256 {
                    found: shorten(&chunk.sha256),
                },
            ));
        }
        if chunk.size == 0 || chunk.size > CHUNK_LIMIT as u64 {
            issues.push(Issue::new(
                format!("{path}[{c}].size"),
                Problem::Shape {
                    message: format!("a chunk of {} bytes, not 1 to {CHUNK_LIMIT}", chunk.size),
                },
            ));
        }
    }
}

/// The byte ranges a packed bundle is cut into: a cut at every module start, and inside a module
/// bigger than `limit`, at the lesson or assessment starts that keep each piece within it (a
/// single lesson bigger than `limit` is cut every `limit` bytes). The ranges cover `bytes`
/// exactly, in order.
///
/// `bytes` must be `serde_json::to_vec(doc)`: each module, lesson and assessment then appears in
/// it exactly as serialized alone, in order, which is how their starts are found.
pub fn cut_bundle(doc: &BundleDoc, bytes: &[u8], limit: usize) -> Vec<Range<usize>> {
    let limit = limit.max(1);
    let mut module_starts = Vec::new();
    let mut inner_starts = Vec::new();
    let mut cursor = 0;
    for module in &doc.modules {
        let Some(start) = find_json(bytes, module, cursor) else {
            continue;
        };
        module_starts.push(start);
        let mut inner = start;
        for lesson in &module.lessons {
            if let Some(at) = find_json(bytes, lesson, inner) {
                inner_starts.push(at);
                inner = at;
            }
        }
        for assessment in &module.assessments {
            if let Some(at) = find_json(bytes, assessment, inner) {
                inner_starts.push(at);
                inner = at;
            }
        }
        cursor = start;
    }
    cut_at(bytes.len(), &module_starts, &inner_starts, limit)
}

/// Cuts `0..len` at every `hard` point, then splits any piece longer than `limit` at the furthest
/// `soft` point that keeps it within `limit`, or at `limit` bytes when there is none.
pub fn cut_at(len: usize, hard: &[usize], soft: &[usize], limit: usize) -> Vec<Range<usize>> {
    let limit = limit.max(1);
    let mut points: Vec<usize> = hard.iter().copied().filter(|&p| p > 0 && p < len).collect();
    points.push(0);
    points.push(len);
    points.sort_unstable();
    points.dedup();
    let mut ranges = Vec::new();
    for window in points.windows(2) {
        let (mut start, end) = (window[0], window[1]);
        while end - start > limit {
            let cut = soft
                .iter()
                .copied()
                .filter(|&p| p > start && p <= start + limit)
                .max()
                .unwrap_or(start + limit);
            ranges.push(start..cut);
            start = cut;
        }
        if end > start {
            ranges.push(start..end);
        }
    }
    ranges
}

/// Ranges of `limit` bytes (the last one shorter) covering `0..len`.
pub fn cut_fixed(len: usize, limit: usize) -> Vec<Range<usize>> {
    cut_at(len, &[], &[], limit)
}

/// Where `value`, serialized alone, appears in `bytes` at or after `from`.
fn find_json<T: Serialize>(bytes: &[u8], value: &T, from: usize) -> Option<usize> {
    let needle = serde_json::to_vec(value).ok()?;
    if needle.is_empty() || from > bytes.len() {
        return None;
    }
    bytes[from..]
        .windows(needle.len())
        .position(|window| window == needle.as_slice())
        .map(|at| from + at)
}

/// A version's manifest, built from its bundle (`packed` = `serde_json::to_vec(doc)`) and its
/// assets as `(path, bytes)`, with `sha256` computing a hash (the core does no hashing). Also
/// returns every chunk file to publish at [`chunk_url`], with its bytes (a chunk shared by two
/// places is listed twice, with the same bytes).
pub fn manifest(
    doc: &BundleDoc,
    packed: &[u8],
    assets: &[(String, Vec<u8>)],
    sha256: impl Fn(&[u8]) -> String,
) -> (PackManifest, Vec<(Chunk, Vec<u8>)>) {
    let mut files = Vec::new();
    let mut chunk_of = |bytes: &[u8]| {
        let chunk = Chunk {
            sha256: sha256(bytes),
            size: bytes.len() as u64,
        };
        files.push((chunk.clone(), bytes.to_vec()));
        chunk
    };
    let bundle = cut_bundle(doc, packed, CHUNK_LIMIT)
        .into_iter()
        .map(|range| chunk_of(&packed[range]))
        .collect();
    let assets = assets
        .iter()
        .map(|(path, bytes)| PackedAsset {
            path: path.clone(),
            size: bytes.len() as u64,
            sha256: sha256(bytes),
            chunks: if bytes.len() > CHUNK_LIMIT {
                cut_fixed(bytes.len(), CHUNK_LIMIT)
                    .into_iter()
                    .map(|range| chunk_of(&bytes[range]))
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    let contents = content_pieces(doc)
        .into_iter()
        .map(|(kind, id, json)| ContentHash {
            kind,
            id,
            sha256: sha256(&json),
        })
        .collect();
    let manifest = PackManifest {
        format: PACK_FORMAT_V1.into(),
        id: doc.id.clone(),
        version: doc.version.clone(),
        bundle,
        assets,
        contents,
    };
    (manifest, files)
}

/// Every lesson and assessment of a bundle, in course order, with its JSON as packed: what
/// [`ContentHash`]es are computed from.
pub fn content_pieces(doc: &BundleDoc) -> Vec<(ContentKind, String, Vec<u8>)> {
    let mut pieces = Vec::new();
    for module in &doc.modules {
        for lesson in &module.lessons {
            if let Ok(json) = serde_json::to_vec(lesson) {
                pieces.push((ContentKind::Lesson, lesson.id.clone(), json));
            }
        }
        for assessment in &module.assessments {
            if let Ok(json) = serde_json::to_vec(assessment) {
                pieces.push((ContentKind::Assessment, assessment.id.clone(), json));
            }
        }
    }
    pieces
}

/// What moving from the version on the device to a new one changes, and what it costs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdatePlan {
    pub changes: Changes,
    /// The chunks to download, each once, with their URLs relative to the catalog.
    pub fetch: Vec<(Chunk, String)>,
    /// False when the device's version has no manifest to compare with: every chunk is fetched.
    pub delta: bool,
}

impl UpdatePlan {
    /// Bytes to download.
    pub fn fetch_bytes(&self) -> u64 {
        self.fetch.iter().map(|(chunk, _)| chunk.size).sum()
    }
}

/// Lessons and assessments added, changed and removed, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: Vec<(ContentKind, String)>,
    pub changed: Vec<(ContentKind, String)>,
    pub removed: Vec<(ContentKind, String)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }

    /// How many of `kind` are in each list: (added, changed, removed).
    pub fn count(&self, kind: ContentKind) -> (usize, usize, usize) {
        let of = |list: &[(ContentKind, String)]| list.iter().filter(|(k, _)| *k == kind).count();
        (of(&self.added), of(&self.changed), of(&self.removed))
    }
}

/// What the device holds of a course: the manifest of the installed version (if it came from a
/// pack), the ids of its lessons and assessments, and the hashes of its assets on the device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OnDevice<'a> {
    pub manifest: Option<&'a PackManifest>,
    pub contents: Vec<(ContentKind, String)>,
    pub asset_hashes: Vec<String>,
}

/// Plans getting `new` onto the device: which chunks must be downloaded, given what the device
/// has (`on_device`, for an update) and the chunks a cut download already staged (`staged`).
/// With `with_assets` false (data saver), assets are left out.
///
/// A bundle chunk is reused when the installed version's manifest has one with the same hash: its
/// bytes are a slice of the stored bundle. An asset is reused when the device holds one with the
/// same hash.
pub fn plan(
    on_device: Option<&OnDevice<'_>>,
    new: &PackManifest,
    staged: &BTreeSet<String>,
    with_assets: bool,
) -> UpdatePlan {
    let old_manifest = on_device.and_then(|device| device.manifest);
    let reusable_bundle: BTreeSet<&str> = old_manifest
        .map(|old| old.bundle.iter().map(|c| c.sha256.as_str()).collect())
        .unwrap_or_default();
    let device_assets: BTreeSet<&str> = on_device
        .map(|device| device.asset_hashes.iter().map(String::as_str).collect())
        .unwrap_or_default();

    let mut fetch: Vec<(Chunk, String)> = Vec::new();
    let wanted = |chunk: &Chunk, url: String, fetch: &mut Vec<(Chunk, String)>| {
        if !staged.contains(&chunk.sha256) && !fetch.iter().any(|(c, _)| c.sha256 == chunk.sha256) {
            fetch.push((chunk.clone(), url));
        }
    };
    for chunk in &new.bundle {
        if !reusable_bundle.contains(chunk.sha256.as_str()) {
            wanted(chunk, chunk_url(chunk), &mut fetch);
        }
    }
    if with_assets {
        for asset in &new.assets {
            if device_assets.contains(asset.sha256.as_str()) {
                continue;
            }
            for (chunk, url) in asset.fetch_units() {
                wanted(&chunk, url, &mut fetch);
            }
        }
    }

    let changes = match on_device {
        None => Changes::default(),
        Some(device) => diff(device, old_manifest, new),
    };
    UpdatePlan {
        changes,
        fetch,
        delta: old_manifest.is_some(),
    }
}

fn diff(device: &OnDevice<'_>, old: Option<&PackManifest>, new: &PackManifest) -> Changes {
    let key = |content: &ContentHash| (content.kind, content.id.clone());
    let mut changes = Changes::default();
    for content in &new.contents {
        if !device.contents.contains(&key(content)) {
            changes.added.push(key(content));
        } else if let Some(old) = old {
            let same = old.contents.iter().any(|o| o == content);
            if !same {
                changes.changed.push(key(content));
            }
        }
    }
    for existing in &device.contents {
        if !new.contents.iter().any(|c| key(c) == *existing) {
            changes.removed.push(existing.clone());
        }
    }
    changes
}

/// Rebuilds a file from its chunks in order, taking each chunk's bytes from `source`. `None` when
/// a chunk is missing.
pub fn assemble<'a>(
    chunks: &[Chunk],
    mut source: impl FnMut(&Chunk) -> Option<&'a [u8]>,
) -> Option<Vec<u8>> {
    let total: u64 = chunks.iter().map(|c| c.size).sum();
    let mut bytes = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    for chunk in chunks {
        bytes.extend_from_slice(source(chunk)?);
    }
    Some(bytes)
}

/// The byte range of each chunk inside the file they make up, in order.
pub fn chunk_ranges(chunks: &[Chunk]) -> Vec<Range<usize>> {
    let mut start = 0_usize;
    chunks
        .iter()
        .map(|chunk| {
            let end = start + usize::try_from(chunk.size).unwrap_or(usize::MAX - start);
            let range = start..end;
            start = end;
            range
        })
        .collect()
}
