//! Course files: one course (its packed bundle and every asset) as a single `.nour` file that a
//! learner sends to another over WhatsApp, Bluetooth, a USB key or an SD card, and that the app
//! imports with no network.
//!
//! The layout is binary and compact, with no Base64 (learners pay for every byte):
//!
//! ```text
//! NOUR-COURSE/1\n                                   the magic line
//! {"id":…,"version":…,"title":{…},"files":[…]}\n    one line of JSON: the header
//! <bytes of files[0]><bytes of files[1]>…           each file's raw bytes, in the header's order
//! ```
//!
//! `files` lists `{"path", "size", "sha256"}` per file: first `bundle.json` (the packed bundle,
//! byte for byte as `nour-bundle pack` publishes it), then each asset by its path in the bundle.
//! The file ends exactly after the last file's bytes. Unknown header fields are ignored, so a
//! later Nour may add optional ones; a change older readers must not ignore gets a new magic
//! line (`NOUR-COURSE/2`), which this reader refuses as "from a newer Nour".
//!
//! Checking a file has four steps, and the app and the CLI run all four:
//! 1. [`parse`]: the structure (magic, header, sizes that add up, no trailing bytes);
//! 2. [`check_hashes`]: every file's SHA-256, computed by the caller (the app with Web Crypto,
//!    the CLI with `sha2`), so no hashing code lives here or ships in the wasm;
//! 3. `validate::parse` of the bundle, as for a download;
//! 4. [`check_bundle`]: the header agrees with the bundle (course, title, and each asset with
//!    the size and hash the bundle declares).
//!
//! The hashes catch a damaged file (cut by a failed transfer, a flipped byte on an SD card). They
//! do not prove who made the file: anyone can rewrite both a file and its hashes. That is what
//! the bundle's reserved `signature` is for.

use serde::{Deserialize, Serialize};

use crate::core::bundle::Bundle;
use crate::core::model::LocalizedText;
use crate::core::validate::{self, Issue, Problem, is_id, is_semver, is_sha256, shorten};

/// The first line of every course file of this format.
pub const MAGIC: &str = "NOUR-COURSE/1\n";
/// What every version of the magic line starts with.
const MAGIC_PREFIX: &str = "NOUR-COURSE/";
/// The file name extension, without the dot.
pub const EXTENSION: &str = "nour";
/// The media type the app registers for File Handling.
pub const MEDIA_TYPE: &str = "application/x-nour-course";
/// The path of the bundle, the first file of every course file.
pub const BUNDLE_PATH: &str = "bundle.json";
/// A SHA-256 in hex is always this long, so a file's size is known before anything is hashed.
const SHA256_HEX_LEN: usize = 64;

/// The header line: which course, and each file's path, size and hash.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub id: String,
    pub version: String,
    /// The course's title, so a file says what it holds before it is checked.
    pub title: LocalizedText,
    /// `bundle.json` first, then the assets.
    pub files: Vec<FileEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub path: String,
    pub size: u64,
    /// SHA-256 of the file's bytes, 64 lowercase hex digits.
    pub sha256: String,
}

/// The course a file is written for.
#[derive(Clone, Copy, Debug)]
pub struct About<'a> {
    pub id: &'a str,
    pub version: &'a str,
    pub title: &'a LocalizedText,
}

/// One file inside a course file: its path, its expected SHA-256 and its bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Part<'a> {
    pub path: &'a str,
    pub sha256: &'a str,
    pub bytes: &'a [u8],
}

/// A course file whose structure is sound: the header, and each file's bytes as a slice of the
/// input. Its hashes are not checked yet ([`check_hashes`]).
#[derive(Clone, Debug, PartialEq)]
pub struct CourseFile<'a> {
    header: Header,
    /// One slice per header entry, in order.
    data: Vec<&'a [u8]>,
}

impl<'a> CourseFile<'a> {
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The bundle's bytes (the first file).
    pub fn bundle(&self) -> Part<'_> {
        self.parts().next().unwrap_or(Part {
            path: BUNDLE_PATH,
            sha256: "",
            bytes: &[],
        })
    }

    /// Every file, the bundle first, in the order of the header.
    pub fn parts(&self) -> impl Iterator<Item = Part<'_>> {
        self.header
            .files
            .iter()
            .zip(&self.data)
            .map(|(entry, &bytes)| Part {
                path: &entry.path,
                sha256: &entry.sha256,
                bytes,
            })
    }

    /// The assets: every file after the bundle.
    pub fn assets(&self) -> impl Iterator<Item = Part<'_>> {
        self.parts().skip(1)
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

/// A course file: the magic line, the header, then `bundle` and each asset, in that order.
/// The hashes are the caller's (computed where hashing code already is), and are written as given.
/// [`write`] for a validated bundle (`packed`, its bytes as published) and its assets as
/// `(path, bytes)`, each with its SHA-256 in `asset_hashes`, in the same order: what the app's
/// export and `nour-bundle share` both write.
pub fn write_bundle(
    bundle: &Bundle,
    packed: &[u8],
    bundle_sha256: &str,
    assets: &[(String, Vec<u8>)],
    asset_hashes: &[String],
) -> Vec<u8> {
    let parts: Vec<Part<'_>> = assets
        .iter()
        .zip(asset_hashes)
        .map(|((path, bytes), sha256)| Part {
            path,
            sha256,
            bytes,
        })
        .collect();
    let about = About {
        id: bundle.id(),
        version: bundle.version(),
        title: bundle.title(),
    };
    write(&about, bundle_sha256, packed, &parts)
}

pub fn write(
    about: &About<'_>,
    bundle_sha256: &str,
    bundle: &[u8],
    assets: &[Part<'_>],
) -> Vec<u8> {
    let entries: Vec<(&str, u64, &str)> =
        std::iter::once((BUNDLE_PATH, bundle.len() as u64, bundle_sha256))
            .chain(
                assets
                    .iter()
                    .map(|asset| (asset.path, asset.bytes.len() as u64, asset.sha256)),
            )
            .collect();
    let header = header_line(about, &entries);
    let size = header.len() + bundle.len() + assets.iter().map(|a| a.bytes.len()).sum::<usize>();
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(bundle);
    for asset in assets {
        out.extend_from_slice(asset.bytes);
    }
    out
}

/// The size of the file [`write`] makes for a course, from what the device lists about it
/// without reading it: the bytes of its bundle and assets together (`content_bytes`) and its
/// asset paths. The export button shows it before anything is read or hashed. It is never below
/// the real size and at most a few bytes per file above it: each size in the header is counted
/// with as many digits as `content_bytes`, and a hash always has 64 hex digits.
pub fn size_bound(about: &About<'_>, content_bytes: u64, asset_paths: &[&str]) -> u64 {
    let placeholder = "0".repeat(SHA256_HEX_LEN);
    let entries: Vec<(&str, u64, &str)> = std::iter::once(BUNDLE_PATH)
        .chain(asset_paths.iter().copied())
        .map(|path| (path, content_bytes, placeholder.as_str()))
        .collect();
    header_line(about, &entries).len() as u64 + content_bytes
}

/// The magic line and the header line, newline-terminated. JSON escapes every newline inside
/// strings, so the header is one line whatever the title says.
fn header_line(about: &About<'_>, entries: &[(&str, u64, &str)]) -> String {
    let header = Header {
        id: about.id.to_owned(),
        version: about.version.to_owned(),
        title: about.title.clone(),
        files: entries
            .iter()
            .map(|(path, size, sha256)| FileEntry {
                path: (*path).to_owned(),
                size: *size,
                sha256: (*sha256).to_owned(),
            })
            .collect(),
    };
    // Cannot fail: the header holds strings, numbers and a string-keyed map.
    let json = serde_json::to_string(&header).unwrap_or_default();
    format!("{MAGIC}{json}\n")
}

// ---------------------------------------------------------------------------------------------
// Reading

/// Checks a course file's structure and returns its parts. `Err` holds one problem when the
/// file cannot be read further (not a course file, cut inside the header, a header that is not
/// JSON, data cut short), or every problem of an otherwise readable header. Paths are JSON paths
/// in the header (`$.files[2].sha256`); header problems are on line 2 of the file.
pub fn parse(bytes: &[u8]) -> Result<CourseFile<'_>, Vec<Issue>> {
    let Some(rest) = bytes.strip_prefix(MAGIC.as_bytes()) else {
        return Err(vec![magic_issue(bytes)]);
    };
    let Some(end) = rest.iter().position(|&b| b == b'\n') else {
        return Err(vec![Issue::new("$", Problem::HeaderCut)]);
    };
    let text = std::str::from_utf8(&rest[..end]).map_err(|_| {
        vec![Issue::new(
            "$",
            Problem::Syntax {
                message: "the header is not UTF-8 text".into(),
            },
        )]
    })?;
    let header: Header = validate::parse_shape(text).map_err(|issues| {
        issues
            .into_iter()
            .map(|mut issue| {
                // The header is the file's second line.
                issue.line = issue.line.map(|line| line + 1);
                issue
            })
            .collect::<Vec<_>>()
    })?;
    let issues = check_header(&header);
    if !issues.is_empty() {
        return Err(issues);
    }

    let data = &rest[end + 1..];
    let available = data.len() as u64;
    let declared = header
        .files
        .iter()
        .fold(0_u64, |sum, entry| sum.saturating_add(entry.size));
    let mut slices = Vec::with_capacity(header.files.len());
    let mut offset = 0_u64;
    for entry in &header.files {
        let end = offset.saturating_add(entry.size);
        if end > available {
            return Err(vec![Issue::new(
                "$",
                Problem::FileCut {
                    missing: declared - available,
                    path: shorten(&entry.path),
                },
            )]);
        }
        // Both bounds are at most `data.len()`, a usize.
        slices.push(&data[offset as usize..end as usize]);
        offset = end;
    }
    if offset < available {
        return Err(vec![Issue::new(
            "$",
            Problem::TrailingBytes {
                extra: available - offset,
            },
        )]);
    }
    Ok(CourseFile {
        header,
        data: slices,
    })
}

/// Why a file does not start with [`MAGIC`]: cut inside it, a newer format, or something else.
fn magic_issue(bytes: &[u8]) -> Issue {
    if MAGIC.as_bytes().starts_with(bytes) {
        return Issue::new("$", Problem::HeaderCut);
    }
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let newer = first_line
        .strip_prefix(MAGIC_PREFIX.as_bytes())
        .and_then(|version| std::str::from_utf8(version).ok())
        .and_then(|version| version.parse::<u32>().ok())
        .is_some_and(|version| version > 1);
    let problem = if newer {
        Problem::CourseFileTooNew {
            found: shorten(&String::from_utf8_lossy(first_line)),
            expected: MAGIC.trim_end().to_owned(),
        }
    } else {
        Problem::NotCourseFile {
            expected: MAGIC.trim_end().to_owned(),
        }
    };
    Issue::new("$", problem)
}

/// Every problem of a header that parsed: the course id and version, the bundle first, each
/// path present and listed once, each hash a hash.
fn check_header(header: &Header) -> Vec<Issue> {
    let mut issues = Vec::new();
    if !is_id(&header.id) {
        issues.push(Issue::new(
            "$.id",
            Problem::BadId {
                found: shorten(&header.id),
            },
        ));
    }
    if !is_semver(&header.version) {
        issues.push(Issue::new(
            "$.version",
            Problem::BadVersion {
                found: shorten(&header.version),
            },
        ));
    }
    match header.files.first() {
        None => issues.push(Issue::new("$.files", Problem::Empty)),
        Some(first) if first.path != BUNDLE_PATH => issues.push(Issue::new(
            "$.files[0].path",
            Problem::BundleNotFirst {
                expected: BUNDLE_PATH.into(),
                found: shorten(&first.path),
            },
        )),
        Some(_) => {}
    }
    for (i, entry) in header.files.iter().enumerate() {
        let at = format!("$.files[{i}]");
        if entry.path.is_empty() {
            issues.push(Issue::new(format!("{at}.path"), Problem::Empty));
        } else if header.files[..i].iter().any(|e| e.path == entry.path) {
            issues.push(Issue::new(
                format!("{at}.path"),
                Problem::DuplicatePath {
                    path: shorten(&entry.path),
                },
            ));
        }
        if !is_sha256(&entry.sha256) {
            issues.push(Issue::new(
                format!("{at}.sha256"),
                Problem::BadSha256 {
                    found: shorten(&entry.sha256),
                },
            ));
        }
    }
    issues
}

/// Compares each file's SHA-256 as computed by the caller (`actual[i]` for the header's
/// `files[i]`, lowercase hex) with the header's. One problem per file that does not match.
pub fn check_hashes(file: &CourseFile<'_>, actual: &[String]) -> Vec<Issue> {
    file.parts()
        .enumerate()
        .filter_map(|(i, part)| {
            let actual = actual.get(i).map(String::as_str).unwrap_or_default();
            (actual != part.sha256).then(|| {
                Issue::new(
                    format!("$.files[{i}].sha256"),
                    Problem::HashMismatch {
                        path: shorten(part.path),
                        expected: part.sha256.to_owned(),
                        actual: actual.to_owned(),
                    },
                )
            })
        })
        .collect()
}

/// Checks that the header agrees with the bundle it carries (validated by `validate::parse`):
/// the same course, version and title, and exactly the bundle's assets with the sizes and hashes
/// the bundle declares. Paths are in the header.
pub fn check_bundle(file: &CourseFile<'_>, bundle: &Bundle) -> Vec<Issue> {
    let header = file.header();
    let mut issues = Vec::new();
    let differ = |path: &str, header: &str, bundle: &str| {
        Issue::new(
            path,
            Problem::HeaderMismatch {
                header: shorten(header),
                bundle: shorten(bundle),
            },
        )
    };
    if header.id != bundle.id() {
        issues.push(differ("$.id", &header.id, bundle.id()));
    }
    if header.version != bundle.version() {
        issues.push(differ("$.version", &header.version, bundle.version()));
    }
    if header.title != *bundle.title() {
        let text = |title: &LocalizedText| serde_json::to_string(title).unwrap_or_default();
        issues.push(differ(
            "$.title",
            &text(&header.title),
            &text(bundle.title()),
        ));
    }
    for (i, entry) in header.files.iter().enumerate().skip(1) {
        let Some(declared) = bundle.asset(&entry.path) else {
            issues.push(Issue::new(
                format!("$.files[{i}].path"),
                Problem::NotAnAsset {
                    path: shorten(&entry.path),
                },
            ));
            continue;
        };
        let declared_sha = declared.sha256.as_deref().unwrap_or_default();
        if declared_sha != entry.sha256 {
            issues.push(differ(
                &format!("$.files[{i}].sha256"),
                &entry.sha256,
                declared_sha,
            ));
        }
        if let Some(size) = declared.size
            && size != entry.size
        {
            issues.push(differ(
                &format!("$.files[{i}].size"),
                &entry.size.to_string(),
                &size.to_string(),
            ));
        }
    }
    for declared in bundle.assets() {
        if !header.files.iter().skip(1).any(|e| e.path == declared.path) {
            issues.push(Issue::new(
                "$.files",
                Problem::MissingAsset {
                    path: shorten(&declared.path),
                },
            ));
        }
    }
    issues
}
