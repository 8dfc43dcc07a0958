//! Download → verify → validate → store, as one flow with observable stages. A course arrives as
//! content-addressed chunks (`core::pack`): each is verified and staged as it arrives, so a cut
//! download resumes from the last one, and an update fetches only the chunks the device does not
//! have. Nothing becomes a course unless every byte matched the catalog and the bundle passed
//! validation, and that write is one transaction, so a failure at any point leaves the course
//! on the device as it was.

use std::collections::BTreeMap;

use crate::app::{course_data, quota};
use crate::core::bundle::Bundle;
use crate::core::catalog::CatalogEntry;
use crate::core::model::LocalizedText;
use crate::core::pack::{self, Chunk, ContentKind, OnDevice, PackManifest, UpdatePlan};
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
    /// Refused before any download: the browser says the course would not fit.
    #[error(transparent)]
    NoRoom(#[from] quota::NoRoom),
}

/// Everything known before a download starts: the new version's manifest, what the device
/// already has of it, and so what the download costs and what it changes.
pub struct Prepared {
    pub manifest: PackManifest,
    pub plan: UpdatePlan,
    /// Bytes of this download already on the device from a download that was cut.
    pub staged_bytes: u64,
    /// Titles of the lessons and assessments the new version no longer has (progress on them
    /// stays in the learner's record, but the course will not show them).
    pub removed_titles: Vec<LocalizedText>,
    with_assets: bool,
    staged: BTreeMap<String, Vec<u8>>,
    installed: Option<Installed>,
}

/// The version on the device, for an update.
struct Installed {
    manifest: Option<PackManifest>,
    bundle_json: String,
    /// Assets on the device: path and SHA-256.
    assets: Vec<(String, String)>,
}

impl Prepared {
    /// Bytes still to download.
    pub fn remaining(&self) -> u64 {
        self.plan.fetch_bytes()
    }

    /// Whether the plan brings the assets (the data saver was off when it was made).
    pub fn with_assets(&self) -> bool {
        self.with_assets
    }
}

/// Fetches the version's manifest and plans the download against what the device holds: the
/// installed version (for an update) and chunks staged by a download that was cut. With
/// `with_assets` false (data saver "text only"), images are left for later.
pub async fn prepare(
    store: &impl Store,
    entry: &CatalogEntry,
    with_assets: bool,
) -> Result<Prepared, InstallError> {
    let manifest_bytes =
        net::fetch_from_catalog(&entry.pack.url, entry.pack.size, |_, _| {}).await?;
    check_hash(&entry.pack.url, &manifest_bytes, &entry.pack.sha256).await?;
    let manifest =
        pack::parse(&String::from_utf8_lossy(&manifest_bytes)).map_err(InstallError::Invalid)?;
    if manifest.id != entry.id || manifest.version != entry.version {
        return Err(InstallError::Mismatch {
            announced: format!("{} {}", entry.id, entry.version),
            found: format!("{} {}", manifest.id, manifest.version),
        });
    }

    let installed = match store.installed_course(&entry.id).await? {
        Some(course) if course.version != entry.version => {
            let bundle_json = store.bundle_json(&entry.id).await?.unwrap_or_default();
            Some((course, bundle_json))
        }
        _ => None,
    };
    let old_bundle = installed
        .as_ref()
        .and_then(|(_, json)| validate::parse_stored(json).ok());
    let installed = installed.map(|(course, bundle_json)| {
        let assets = old_bundle
            .iter()
            .flat_map(|bundle| bundle.assets())
            .filter(|asset| course.asset_paths.contains(&asset.path))
            .filter_map(|asset| Some((asset.path.clone(), asset.sha256.clone()?)))
            .collect();
        Installed {
            manifest: course.manifest,
            bundle_json,
            assets,
        }
    });

    let staged: BTreeMap<String, Vec<u8>> =
        store.staged_chunks(&entry.id).await?.into_iter().collect();
    let on_device = installed.as_ref().map(|old| OnDevice {
        manifest: old.manifest.as_ref(),
        contents: old_bundle
            .as_ref()
            .map(|bundle| {
                pack::content_pieces(bundle.doc())
                    .into_iter()
                    .map(|(kind, id, _)| (kind, id))
                    .collect()
            })
            .unwrap_or_default(),
        asset_hashes: old.assets.iter().map(|(_, sha)| sha.clone()).collect(),
    });
    let staged_keys = staged.keys().cloned().collect();
    let plan = pack::plan(on_device.as_ref(), &manifest, &staged_keys, with_assets);
    let staged_bytes = wanted_chunks(&manifest, with_assets)
        .filter(|chunk| staged.contains_key(&chunk.sha256))
        .map(|chunk| chunk.size)
        .sum();
    let removed_titles = old_bundle
        .as_ref()
        .map(|bundle| {
            plan.changes
                .removed
                .iter()
                .filter_map(|(kind, id)| match kind {
                    ContentKind::Lesson => bundle.lesson(id).map(|l| l.lesson.title.clone()),
                    ContentKind::Assessment => {
                        bundle.assessment(id).map(|a| a.assessment.title.clone())
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Prepared {
        manifest,
        plan,
        staged_bytes,
        removed_titles,
        with_assets,
        staged,
        installed,
    })
}

/// Every chunk the new version is made of (its assets' only when they are wanted).
fn wanted_chunks(manifest: &PackManifest, with_assets: bool) -> impl Iterator<Item = Chunk> + '_ {
    let assets = manifest
        .assets
        .iter()
        .filter(move |_| with_assets)
        .flat_map(|asset| asset.fetch_units().into_iter().map(|(chunk, _)| chunk));
    manifest.bundle.iter().cloned().chain(assets)
}

/// How many chunk requests are in flight at once: enough to pay a slow link's round trip once
/// per batch rather than once per chunk, few enough not to starve the rest of the page.
const PARALLEL_FETCHES: usize = 4;

pub async fn install_course(
    store: &impl Store,
    entry: &CatalogEntry,
    with_assets: bool,
    report: impl Fn(InstallStage),
    now_ms: u64,
) -> Result<(), InstallError> {
    // Refused before a byte of the course is fetched, the manifest included.
    check_room(entry, with_assets).await?;
    report(InstallStage::Downloading {
        received: 0,
        total: entry.download_size(),
    });
    let prepared = prepare(store, entry, with_assets).await?;
    download_and_install(store, entry, prepared, report, now_ms).await
}

/// Whether the device has room for the version: the install writes all of it (bundle, and the
/// assets unless the data saver leaves them), even the parts it reuses.
async fn check_room(entry: &CatalogEntry, with_assets: bool) -> Result<(), InstallError> {
    let media = if with_assets {
        entry.download_size() - entry.size
    } else {
        0
    };
    quota::check_room(quota::space_needed(entry.size, media)).await?;
    Ok(())
}

/// [`install_course`] for a download already planned by [`prepare`] (the card plans updates and
/// resumed downloads to show what they cost).
pub async fn install_prepared(
    store: &impl Store,
    entry: &CatalogEntry,
    prepared: Prepared,
    report: impl Fn(InstallStage),
    now_ms: u64,
) -> Result<(), InstallError> {
    check_room(entry, prepared.with_assets).await?;
    download_and_install(store, entry, prepared, report, now_ms).await
}

/// Downloads the chunks the plan lists, each verified and staged the moment it arrives (so a cut
/// download resumes from the last one), then rebuilds the bundle and the assets, checks them
/// against the catalog and the bundle, and installs them in one transaction.
async fn download_and_install(
    store: &impl Store,
    entry: &CatalogEntry,
    prepared: Prepared,
    report: impl Fn(InstallStage),
    now_ms: u64,
) -> Result<(), InstallError> {
    let Prepared {
        manifest,
        plan,
        staged_bytes,
        with_assets,
        mut staged,
        installed,
        ..
    } = prepared;
    let total = staged_bytes + plan.fetch_bytes();
    let mut received = staged_bytes;
    report(InstallStage::Downloading { received, total });
    let mut queue = plan.fetch.iter();
    let mut in_flight = std::collections::VecDeque::new();
    loop {
        while in_flight.len() < PARALLEL_FETCHES
            && let Some((chunk, url)) = queue.next()
        {
            in_flight.push_back((chunk, url, net::Pending::from_catalog(url)?));
        }
        let Some((chunk, url, pending)) = in_flight.pop_front() else {
            break;
        };
        let done = received;
        let bytes = pending
            .bytes(Some(chunk.size), |part, _| {
                report(InstallStage::Downloading {
                    received: done + part.min(chunk.size),
                    total,
                })
            })
            .await?;
        check_hash(url, &bytes, &chunk.sha256).await?;
        store.stage_chunk(&entry.id, &chunk.sha256, &bytes).await?;
        staged.insert(chunk.sha256.clone(), bytes);
        received = done + chunk.size;
    }

    report(InstallStage::Verifying);
    // Bundle chunks the installed version shares with this one are slices of its bundle.
    let mut reused: BTreeMap<&str, &[u8]> = BTreeMap::new();
    if let Some(old) = &installed
        && let Some(old_manifest) = &old.manifest
    {
        let bytes = old.bundle_json.as_bytes();
        for (chunk, range) in old_manifest
            .bundle
            .iter()
            .zip(pack::chunk_ranges(&old_manifest.bundle))
        {
            if let Some(slice) = bytes.get(range) {
                reused.insert(chunk.sha256.as_str(), slice);
            }
        }
    }
    let source = |chunk: &Chunk| {
        staged
            .get(&chunk.sha256)
            .map(Vec::as_slice)
            .or_else(|| reused.get(chunk.sha256.as_str()).copied())
    };
    let bundle_bytes =
        pack::assemble(&manifest.bundle, source).ok_or_else(|| missing(&entry.url))?;
    check_hash(&entry.url, &bundle_bytes, &entry.sha256).await?;

    let mut assets = Vec::new();
    if with_assets {
        for asset in &manifest.assets {
            let on_device = installed
                .as_ref()
                .and_then(|old| old.assets.iter().find(|(_, sha)| *sha == asset.sha256));
            let bytes = match on_device {
                Some((path, _)) => store.asset(&entry.id, path).await?,
                None => None,
            };
            let bytes = match bytes {
                Some(bytes) => bytes,
                None => {
                    let units = asset.fetch_units();
                    let chunks: Vec<Chunk> = units.into_iter().map(|(chunk, _)| chunk).collect();
                    pack::assemble(&chunks, source).ok_or_else(|| missing(&asset.path))?
                }
            };
            check_hash(&asset.path, &bytes, &asset.sha256).await?;
            assets.push((asset, bytes));
        }
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
    // The bundle names its assets with their hashes too; the manifest must agree on each.
    for declared in bundle.assets() {
        let listed = manifest
            .assets
            .iter()
            .find(|asset| asset.path == declared.path);
        if listed.is_none_or(|asset| declared.sha256.as_deref() != Some(asset.sha256.as_str())) {
            return Err(InstallError::Mismatch {
                announced: format!("asset {} in the pack manifest", declared.path),
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
    let mut package = package(&bundle, json, entry.sha256.clone(), assets, now_ms);
    package.course.manifest = Some(manifest);
    store.install(package).await?;
    // The pages that open next (the dashboard, the course) need not parse it again.
    course_data::remember(&entry.sha256, bundle);
    Ok(())
}

/// A chunk the plan counted on is not there: only a bug or a store that lost data gets here.
fn missing(what: &str) -> InstallError {
    InstallError::Mismatch {
        announced: format!("{what} in the pack manifest"),
        found: "a chunk missing on the device".into(),
    }
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
        manifest: None,
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
