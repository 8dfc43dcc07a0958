//! Course files between the store and the learner's files (`core::course_file`): [`export`]
//! writes a course on the device as one `.nour` file; [`import`] checks one whole (structure,
//! every SHA-256 with Web Crypto, the bundle with the same `validate::parse` as a download, and
//! the header against the bundle) and only then installs it, in one store transaction.
//! [`on_launch`] hands the files the OS opens with the installed app (File Handling) to the same
//! import. None of it needs the network.

use std::rc::Rc;

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::app::download::DownloadError;
use crate::app::{install, quota};
use crate::core::course_file::{self, About};
use crate::core::validate::{self, Issue, Problem, semver_newer};
use crate::net;
use crate::storage::{InstalledCourse, Store, StoreError, StoredAsset};

/// Why a course could not be exported; nothing changed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ExportError {
    #[error("the course is not on the device")]
    NotOnDevice,
    /// An asset the bundle declares is not stored (its media were removed to save space).
    #[error("the asset {0} is not on the device")]
    MissingAsset(String),
    /// The stored bundle no longer passes validation (a stricter app than the one that stored it).
    #[error("the stored bundle is invalid: {}", .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Issue>),
    /// Web Crypto failed.
    #[error("{0}")]
    Hash(String),
    #[error(transparent)]
    Storage(#[from] StoreError),
    /// The browser did not take the file as a download.
    #[error(transparent)]
    Save(#[from] DownloadError),
}

/// The size of the file [`export`] makes for `course`, or a few bytes more, without reading it.
pub fn export_size(course: &InstalledCourse) -> u64 {
    let paths: Vec<&str> = course.asset_paths.iter().map(String::as_str).collect();
    let about = About {
        id: &course.id,
        version: &course.version,
        title: &course.title,
    };
    course_file::size_bound(&about, course.size, &paths)
}

/// The course file of a course on the device, and its file name (`web-html-css-1.1.0.nour`).
/// The bundle goes in as the exact text stored, so its SHA-256 is still the catalog's; every
/// asset the bundle declares goes in after it.
pub async fn export(store: &impl Store, course_id: &str) -> Result<(Vec<u8>, String), ExportError> {
    let json = store
        .bundle_json(course_id)
        .await?
        .ok_or(ExportError::NotOnDevice)?;
    let bundle = validate::parse(&json).map_err(ExportError::Invalid)?;
    let mut assets = Vec::new();
    for declared in bundle.assets() {
        let bytes = store
            .asset(course_id, &declared.path)
            .await?
            .ok_or_else(|| ExportError::MissingAsset(declared.path.clone()))?;
        assets.push((declared.path.clone(), bytes));
    }
    // Hashed here rather than copied from the bundle: the header says what the file holds, so a
    // stored file damaged since its install is refused by the receiver, never passed on as sound.
    let bundle_sha256 = sha256(json.as_bytes()).await.map_err(ExportError::Hash)?;
    let mut hashes = Vec::new();
    for (_, bytes) in &assets {
        hashes.push(sha256(bytes).await.map_err(ExportError::Hash)?);
    }
    let bytes =
        course_file::write_bundle(&bundle, json.as_bytes(), &bundle_sha256, &assets, &hashes);
    let name = format!(
        "{}-{}.{}",
        bundle.id(),
        bundle.version(),
        course_file::EXTENSION
    );
    Ok((bytes, name))
}

/// SHA-256 by Web Crypto, its failure as text.
async fn sha256(bytes: &[u8]) -> Result<String, String> {
    net::sha256_hex(bytes)
        .await
        .map_err(|error| error.to_string())
}

/// Where an import stands, for the learner's screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportStage {
    Reading,
    Verifying,
    Saving,
}

/// Why a course file was refused; nothing was stored.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("the file could not be read: {0}")]
    Unreadable(String),
    /// The file's structure, a hash, or the header against the bundle: every problem found, the
    /// first one decisive (`Problem::FileCut`, `Problem::HashMismatch`, `Problem::NotCourseFile`…).
    #[error("the course file is refused: {}", .0.first().map(ToString::to_string).unwrap_or_default())]
    Damaged(Vec<Issue>),
    /// The bundle inside failed the validation every download passes.
    #[error("the bundle is invalid: {}", .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Issue>),
    /// The device has a newer version of the course: an import never downgrades it.
    #[error("the file holds version {file}; version {installed} is on the device")]
    Older { file: String, installed: String },
    /// Web Crypto failed.
    #[error("{0}")]
    Hash(String),
    /// The browser says the course would not fit; checked before the write.
    #[error(transparent)]
    NoRoom(#[from] quota::NoRoom),
    #[error(transparent)]
    Storage(#[from] StoreError),
}

/// The bytes of a file the learner picked or opened.
pub async fn read(file: &web_sys::File) -> Result<Vec<u8>, ImportError> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|error| ImportError::Unreadable(format!("{error:?}")))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Checks a course file whole and installs its course; returns what was installed. Nothing is
/// written unless every byte matched its hash, the bundle validated and the header agreed with
/// it, and the write is one transaction.
///
/// An older version than the one on the device is refused rather than installed: a downgrade
/// would lose lessons the learner may have read (her records name them), and a file passed
/// around a class is more often stale than wanted. Re-importing the same version replaces it,
/// which repairs a damaged install and keeps her progress (it is stored apart).
pub async fn import(
    store: &impl Store,
    bytes: &[u8],
    report: impl Fn(ImportStage),
    now_ms: u64,
) -> Result<InstalledCourse, ImportError> {
    report(ImportStage::Verifying);
    let file = course_file::parse(bytes).map_err(ImportError::Damaged)?;
    let mut actual = Vec::new();
    for part in file.parts() {
        actual.push(sha256(part.bytes).await.map_err(ImportError::Hash)?);
    }
    let issues = course_file::check_hashes(&file, &actual);
    if !issues.is_empty() {
        return Err(ImportError::Damaged(issues));
    }
    let json = std::str::from_utf8(file.bundle().bytes).map_err(|_| {
        ImportError::Invalid(vec![Issue::new(
            "$",
            Problem::Syntax {
                message: "not UTF-8 text".into(),
            },
        )])
    })?;
    let bundle = validate::parse(json).map_err(ImportError::Invalid)?;
    let issues = course_file::check_bundle(&file, &bundle);
    if !issues.is_empty() {
        return Err(ImportError::Damaged(issues));
    }
    if let Some(installed) = store.installed_course(bundle.id()).await?
        && semver_newer(&installed.version, bundle.version())
    {
        return Err(ImportError::Older {
            file: bundle.version().to_owned(),
            installed: installed.version,
        });
    }

    let assets = file
        .assets()
        .map(|part| StoredAsset {
            path: part.path.to_owned(),
            bytes: part.bytes.to_vec(),
        })
        .collect();
    let package = install::package(
        &bundle,
        json.to_owned(),
        file.bundle().sha256.to_owned(),
        assets,
        now_ms,
    );
    let course = package.course.clone();
    // Everything is verified and nothing is written yet: refuse now, with the sizes, rather than
    // let the write fail. The same margin as a download (`quota::space_needed`).
    let media = package.assets.iter().map(|a| a.bytes.len() as u64).sum();
    quota::check_room(quota::space_needed(package.bundle_json.len() as u64, media)).await?;
    report(ImportStage::Saving);
    store.install(package).await?;
    Ok(course)
}

/// Calls `open` with the first file of each launch of the installed app on course files
/// (File Handling: "Open with Nour" on a `.nour` file), for as long as the page lives. Returns
/// false where the browser has no `launchQueue`: the file picker is then the way in.
pub fn on_launch(open: impl Fn(web_sys::File) + 'static) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(queue) = Reflect::get(&window, &"launchQueue".into())
        .ok()
        .filter(JsValue::is_object)
    else {
        return false;
    };
    let Some(set_consumer) = Reflect::get(&queue, &"setConsumer".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let open = Rc::new(open);
    let consumer = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
        // `files` holds FileSystemFileHandles; one course is imported at a time.
        let Some(handle) = Reflect::get(&params, &"files".into())
            .ok()
            .filter(JsValue::is_object)
            .map(|files| js_sys::Array::from(&files).get(0))
            .filter(JsValue::is_object)
        else {
            return;
        };
        let open = Rc::clone(&open);
        wasm_bindgen_futures::spawn_local(async move {
            let promise = Reflect::get(&handle, &"getFile".into())
                .ok()
                .and_then(|f| f.dyn_into::<Function>().ok())
                .and_then(|get_file| get_file.call0(&handle).ok())
                .and_then(|p| p.dyn_into::<Promise>().ok());
            let Some(promise) = promise else {
                return;
            };
            if let Ok(file) = JsFuture::from(promise).await
                && let Ok(file) = file.dyn_into::<web_sys::File>()
            {
                open(file);
            }
        });
    });
    let registered = set_consumer.call1(&queue, consumer.as_ref()).is_ok();
    // The queue keeps the consumer for the page's lifetime, and calls it again for each later
    // launch into this page.
    consumer.forget();
    registered
}
