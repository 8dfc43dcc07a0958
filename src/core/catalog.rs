//! The catalog a school publishes next to its bundles (`catalog.json`, written by
//! `nour-bundle pack`): what courses exist, in which languages, how big they are and the SHA-256
//! each download must match. The app shows it and trusts nothing in it beyond those checks.

use serde::{Deserialize, Serialize};

use crate::core::model::LocalizedText;
use crate::core::validate::{Issue, Problem, is_id, is_semver, is_sha256, parse_shape, shorten};

pub const CATALOG_FORMAT_V1: &str = "nour-catalog/1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub format: String,
    pub courses: Vec<CatalogEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    pub id: String,
    pub version: String,
    pub title: LocalizedText,
    #[serde(default)]
    pub summary: LocalizedText,
    /// The course's languages in its fallback order.
    pub languages: Vec<String>,
    /// Bundle file URL, relative to the catalog.
    pub url: String,
    /// Bundle file size in bytes.
    pub size: u64,
    pub sha256: String,
    /// Assets, fetched from `assets/<sha256>` next to the catalog.
    #[serde(default)]
    pub assets: Vec<CatalogAsset>,
    pub modules: u32,
    pub lessons: u32,
    pub minutes: u32,
    /// The version's pack manifest (`core::pack`): the chunks a download fetches, so it can
    /// resume where it was cut and an update fetches only what changed.
    pub pack: PackRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackRef {
    /// Relative to the catalog.
    pub url: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogAsset {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

impl CatalogEntry {
    /// Everything a download of this course costs, in bytes: the bundle and its assets.
    pub fn download_size(&self) -> u64 {
        self.size + self.assets.iter().map(|asset| asset.size).sum::<u64>()
    }

    /// URL of an asset's content, relative to the catalog. Content-addressed, so a file shared
    /// by two courses or two versions is one file.
    pub fn asset_url(asset: &CatalogAsset) -> String {
        format!("assets/{}", asset.sha256)
    }
}

/// Parses a catalog, checking what the app relies on: well-formed ids, versions and hashes, and
/// bundle URLs that stay beside the catalog.
pub fn parse(json: &str) -> Result<Catalog, Vec<Issue>> {
    let catalog: Catalog = parse_shape(json)?;
    let mut issues = Vec::new();
    if catalog.format != CATALOG_FORMAT_V1 {
        issues.push(Issue::new(
            "$.format",
            Problem::UnknownFormat {
                found: shorten(&catalog.format),
                expected: CATALOG_FORMAT_V1.into(),
            },
        ));
    }
    for (i, entry) in catalog.courses.iter().enumerate() {
        let path = format!("$.courses[{i}]");
        if !is_id(&entry.id) {
            issues.push(Issue::new(
                format!("{path}.id"),
                Problem::BadId {
                    found: shorten(&entry.id),
                },
            ));
        }
        if catalog.courses[..i]
            .iter()
            .any(|earlier| earlier.id == entry.id)
        {
            issues.push(Issue::new(
                format!("{path}.id"),
                Problem::DuplicateId {
                    id: shorten(&entry.id),
                    first: "an earlier course".into(),
                },
            ));
        }
        if !is_semver(&entry.version) {
            issues.push(Issue::new(
                format!("{path}.version"),
                Problem::BadVersion {
                    found: shorten(&entry.version),
                },
            ));
        }
        if !is_sha256(&entry.sha256) {
            issues.push(Issue::new(
                format!("{path}.sha256"),
                Problem::BadSha256 {
                    found: shorten(&entry.sha256),
                },
            ));
        }
        if !is_relative_url(&entry.url) {
            issues.push(Issue::new(
                format!("{path}.url"),
                Problem::BadUrl {
                    found: shorten(&entry.url),
                },
            ));
        }
        if !is_sha256(&entry.pack.sha256) {
            issues.push(Issue::new(
                format!("{path}.pack.sha256"),
                Problem::BadSha256 {
                    found: shorten(&entry.pack.sha256),
                },
            ));
        }
        if !is_relative_url(&entry.pack.url) {
            issues.push(Issue::new(
                format!("{path}.pack.url"),
                Problem::BadUrl {
                    found: shorten(&entry.pack.url),
                },
            ));
        }
        for (a, asset) in entry.assets.iter().enumerate() {
            if !is_sha256(&asset.sha256) {
                issues.push(Issue::new(
                    format!("{path}.assets[{a}].sha256"),
                    Problem::BadSha256 {
                        found: shorten(&asset.sha256),
                    },
                ));
            }
        }
    }
    if issues.is_empty() {
        Ok(catalog)
    } else {
        Err(issues)
    }
}

/// A bundle URL must stay on the catalog's own server: no scheme (`data:`, `https:`…), no
/// `//host`, no `..`.
fn is_relative_url(url: &str) -> bool {
    !url.is_empty()
        && !url.starts_with('/')
        && !url.contains(':')
        && !url.contains('\\')
        && url.split('/').all(|part| !part.is_empty() && part != "..")
}
