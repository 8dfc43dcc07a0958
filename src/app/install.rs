//! Download → verify → validate → store, as one flow with observable stages. Nothing is written
//! unless every byte matched the catalog and the bundle passed validation, and the write itself is
//! one transaction, so a failure at any point leaves the device as it was.

use crate::core::bundle::Bundle;
use crate::core::catalog::CatalogEntry;
use crate::core::validate::{self, Issue};
use crate::net::{self, NetError};
use crate::storage::{CoursePackage, InstalledCourse, Store, StoreError, StoredAsset};

#[derive(Clone, Debug, PartialEq)]
pub enum InstallStage {
    Downloading { received: u64, total: u64 },
    Verifying,
    Saving,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum InstallError {
    #[error(transparent)]
    Network(#[from] NetError),
    #[error("{what}: expected SHA-256 {expected}, got {actual}")]
    Integrity {
        what: String,
        expected: String,
        actual: String,
    },
    #[error("the bundle is invalid: {}", .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Issue>),
    #[error("the bundle is {found}, the catalog announced {announced}")]
    Mismatch { announced: String, found: String },
    #[error(transparent)]
    Storage(#[from] StoreError),
}

pub async fn install_course(
    store: &impl Store,
    entry: &CatalogEntry,
    report: impl Fn(InstallStage),
    now_ms: u64,
) -> Result<(), InstallError> {
    let total = entry.download_size();
    report(InstallStage::Downloading { received: 0, total });
    let bundle_bytes = net::fetch_from_catalog(&entry.url, entry.size, |received, _| {
        report(InstallStage::Downloading { received, total });
    })
    .await?;
    let mut assets = Vec::new();
    let mut done = entry.size;
    for asset in &entry.assets {
        let bytes = net::fetch_from_catalog(
            &CatalogEntry::asset_url(asset),
            asset.size,
            |received, _| {
                report(InstallStage::Downloading {
                    received: done + received,
                    total,
                })
            },
        )
        .await?;
        done += asset.size;
        assets.push((asset, bytes));
    }

    report(InstallStage::Verifying);
    check_hash(&entry.url, &bundle_bytes, &entry.sha256).await?;
    for (asset, bytes) in &assets {
        check_hash(&asset.path, bytes, &asset.sha256).await?;
    }
    let json = String::from_utf8(bundle_bytes).map_err(|_| {
        InstallError::Invalid(vec![Issue::new(
            "$",
            validate::Problem::Syntax {
                message: "not UTF-8 text".into(),
            },
        )])
    })?;
    let bundle = validate::parse(&json).map_err(InstallError::Invalid)?;
    if bundle.id() != entry.id || bundle.version() != entry.version {
        return Err(InstallError::Mismatch {
            announced: format!("{} {}", entry.id, entry.version),
            found: format!("{} {}", bundle.id(), bundle.version()),
        });
    }
    // The bundle names its assets with their hashes too; both lists must agree.
    for declared in bundle.assets() {
        let listed = assets.iter().find(|(asset, _)| asset.path == declared.path);
        if listed.is_none_or(|(asset, _)| declared.sha256.as_deref() != Some(asset.sha256.as_str()))
        {
            return Err(InstallError::Mismatch {
                announced: format!("asset {} in the catalog", declared.path),
                found: "a different or missing file".into(),
            });
        }
    }

    report(InstallStage::Saving);
    let assets = assets
        .into_iter()
        .map(|(asset, bytes)| StoredAsset {
            path: asset.path.clone(),
            bytes,
        })
        .collect();
    store
        .install(package(&bundle, json, entry.sha256.clone(), assets, now_ms))
        .await?;
    Ok(())
}

/// What an install of a verified and validated bundle writes; restoring a backup's courses
/// (`app::backup`) builds its packages the same way.
pub(crate) fn package(
    bundle: &Bundle,
    json: String,
    sha256: String,
    assets: Vec<StoredAsset>,
    now_ms: u64,
) -> CoursePackage {
    let size = json.len() as u64 + assets.iter().map(|a| a.bytes.len() as u64).sum::<u64>();
    let course = InstalledCourse {
        id: bundle.id().to_owned(),
        version: bundle.version().to_owned(),
        sha256,
        title: bundle.title().clone(),
        summary: bundle.summary().clone(),
        languages: bundle.languages().to_vec(),
        size,
        lessons: bundle.lesson_count() as u32,
        asset_paths: assets.iter().map(|asset| asset.path.clone()).collect(),
        installed_at_ms: now_ms,
    };
    CoursePackage {
        course,
        bundle_json: json,
        assets,
    }
}

async fn check_hash(what: &str, bytes: &[u8], expected: &str) -> Result<(), InstallError> {
    let actual = net::sha256_hex(bytes).await?;
    if actual == expected {
        Ok(())
    } else {
        Err(InstallError::Integrity {
            what: what.to_owned(),
            expected: expected.to_owned(),
            actual,
        })
    }
}
