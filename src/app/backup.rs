//! Backups between the store and a file: [`build`] reads everything the learner owns (and, if
//! she wants, the course files) into a [`Backup`]; [`course_packages`] turns the courses of a
//! backup back into what an install writes, trusting nothing in the file: each bundle is
//! validated by the same `validate::parse` as a download, and each asset must match the SHA-256
//! its bundle declares, as `app::install` requires. A backup whose course fails is refused whole,
//! before anything is written.

use crate::app::install;
use crate::core::backup::{Backup, BackupCourse};
use crate::core::validate;
use crate::net;
use crate::storage::{CoursePackage, Store, StoreError, StoredAsset};

/// A course of a backup that cannot be installed, with where and why, for the learner's screen.
#[derive(Clone, Debug, PartialEq)]
pub struct CourseProblem {
    /// `courses[1]`, `courses[1].assets[img/a.png]`…
    pub path: String,
    pub message: String,
}

/// Everything the learner owns, and the installed courses' files when `with_courses`.
/// `locale` is the UI language, restored with the rest.
pub async fn build(
    store: &impl Store,
    with_courses: bool,
    locale: &str,
    now_ms: u64,
) -> Result<Backup, StoreError> {
    let mut data = store.learner_data().await?;
    data.locale = Some(locale.to_owned());
    let mut courses = Vec::new();
    if with_courses {
        for installed in store.installed_courses().await? {
            let Some(bundle_json) = store.bundle_json(&installed.id).await? else {
                continue;
            };
            let mut assets = Vec::new();
            for path in &installed.asset_paths {
                if let Some(bytes) = store.asset(&installed.id, path).await? {
                    assets.push((path.clone(), bytes));
                }
            }
            courses.push(BackupCourse {
                bundle_json,
                assets,
            });
        }
    }
    Ok(Backup {
        created_ms: now_ms,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        data,
        courses,
    })
}

/// The bytes the installed courses take, for the size of a backup with them (an estimate: the
/// file carries assets as Base64).
pub async fn courses_size(store: &impl Store) -> Result<u64, StoreError> {
    Ok(store
        .installed_courses()
        .await?
        .iter()
        .map(|course| course.size)
        .sum())
}

/// The install packages of a backup's courses, every one checked; all the problems otherwise.
pub async fn course_packages(
    courses: &[BackupCourse],
    now_ms: u64,
) -> Result<Vec<CoursePackage>, Vec<CourseProblem>> {
    let mut packages = Vec::new();
    let mut problems = Vec::new();
    for (index, course) in courses.iter().enumerate() {
        match course_package(index, course, now_ms).await {
            Ok(package) => packages.push(package),
            Err(mut found) => problems.append(&mut found),
        }
    }
    if problems.is_empty() {
        Ok(packages)
    } else {
        Err(problems)
    }
}

async fn course_package(
    index: usize,
    course: &BackupCourse,
    now_ms: u64,
) -> Result<CoursePackage, Vec<CourseProblem>> {
    let at = |detail: &str| format!("courses[{index}]{detail}");
    let problem = |path: String, message: String| CourseProblem { path, message };
    let bundle = validate::parse(&course.bundle_json).map_err(|issues| {
        issues
            .iter()
            .map(|issue| problem(at(""), issue.to_string()))
            .collect::<Vec<_>>()
    })?;
    let sha256 = net::sha256_hex(course.bundle_json.as_bytes())
        .await
        .map_err(|error| vec![problem(at(""), error.to_string())])?;
    let mut problems = Vec::new();
    let mut assets = Vec::new();
    // Every asset present has the hash its bundle declares, and nothing else is there. An asset
    // may be absent: the course was on the device without its media (data saver, or "remove
    // media only"), and each lesson offers to download its images again.
    for declared in bundle.assets() {
        let path = at(&format!(".assets[{}]", declared.path));
        let Some((_, bytes)) = course.assets.iter().find(|(p, _)| *p == declared.path) else {
            continue;
        };
        match (declared.sha256.as_deref(), net::sha256_hex(bytes).await) {
            (Some(expected), Ok(actual)) if expected == actual => assets.push(StoredAsset {
                path: declared.path.clone(),
                bytes: bytes.to_vec(),
            }),
            (expected, Ok(actual)) => problems.push(problem(
                path,
                format!(
                    "expected SHA-256 {}, got {actual}",
                    expected.unwrap_or("(none declared)")
                ),
            )),
            (_, Err(error)) => problems.push(problem(path, error.to_string())),
        }
    }
    for (path, _) in &course.assets {
        if !bundle
            .assets()
            .iter()
            .any(|declared| declared.path == *path)
        {
            problems.push(problem(
                at(&format!(".assets[{path}]")),
                "not declared by the bundle".into(),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(install::package(
        &bundle,
        course.bundle_json.clone(),
        sha256,
        assets,
        now_ms,
    ))
}
