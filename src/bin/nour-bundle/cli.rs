use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use nour::core::bundle::Bundle;
use nour::core::catalog::{CATALOG_FORMAT_V1, Catalog, CatalogAsset, CatalogEntry, PackRef};
use nour::core::lang::KNOWN_LANGUAGES;
use nour::core::model::AssessmentKind;
use nour::core::model::{BundleDoc, FORMAT_V1};
use nour::core::pack;
use nour::core::validate::{self, Issue};
use sha2::{Digest, Sha256};

use crate::{aiken, gift};

const USAGE: &str = "\
nour-bundle: write, check and publish Nour course bundles

Usage:
  nour-bundle new DIR [--id ID] [--title TITLE]   create a starter bundle in DIR/bundle.json
  nour-bundle validate FILE_OR_DIR... [--json]    report every problem, with its JSON path
  nour-bundle pack FILE_OR_DIR... --out DIR       write catalog.json, courses/ and assets/ for a web server
  nour-bundle schema                              print the bundle JSON Schema
  nour-bundle share FILE_OR_DIR --out FILE.nour   one course, packed, as one file a learner imports offline
  nour-bundle share --catalog DIR COURSE_ID --out FILE.nour
                                                  the same, from a packed catalog
  nour-bundle import-gift FILE [--lang fr] [--kind practice|checkpoint] [--id ID] [--out FILE]
                                                  Moodle GIFT questions as assessments (JSON)
  nour-bundle import-aiken FILE [--lang fr] [--kind practice|checkpoint] [--id ID] [--out FILE]
                                                  Moodle Aiken questions as an assessment (JSON)

A DIR argument means DIR/bundle.json. Imports print a JSON array of assessments (or write it to
--out) and report each question they could not import as FILE:LINE on stderr.
Exit status: 0 ok, 1 invalid bundle or questions not imported, 2 usage or file error.";

pub fn run(args: &[String]) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("new") => new(&args[1..]),
        Some("validate") => validate_cmd(&args[1..]),
        Some("pack") => pack(&args[1..]),
        Some("schema") => schema(),
        Some("share") => share(&args[1..]),
        Some("import-gift") => import(&args[1..], Importer::Gift),
        Some("import-aiken") => import(&args[1..], Importer::Aiken),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(0)
        }
        _ => Err(Failure::Usage("expected a command".into())),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Usage(message)) => {
            eprintln!("error: {message}\n\n{USAGE}");
            2
        }
        Err(Failure::Io(message)) => {
            eprintln!("error: {message}");
            2
        }
    }
}

enum Failure {
    Usage(String),
    Io(String),
}

fn io_error(path: &Path, error: std::io::Error) -> Failure {
    Failure::Io(format!("{}: {error}", path.display()))
}

/// A bundle read from disk, its directory (for assets) and its validation outcome.
struct Loaded {
    file: PathBuf,
    dir: PathBuf,
    outcome: Result<Bundle, Vec<Issue>>,
}

fn bundle_file(arg: &str) -> PathBuf {
    let path = PathBuf::from(arg);
    if path.is_dir() {
        path.join("bundle.json")
    } else {
        path
    }
}

fn load(arg: &str) -> Result<Loaded, Failure> {
    let file = bundle_file(arg);
    let text = fs::read_to_string(&file).map_err(|e| io_error(&file, e))?;
    let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
    let outcome = validate::parse(&text).and_then(|bundle| {
        let issues = check_asset_files(&bundle, &dir);
        if issues.is_empty() {
            Ok(bundle)
        } else {
            Err(issues)
        }
    });
    Ok(Loaded { file, dir, outcome })
}

/// Declared assets must exist beside the bundle, and match a declared size or hash.
fn check_asset_files(bundle: &Bundle, dir: &Path) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (i, asset) in bundle.assets().iter().enumerate() {
        let path = format!("$.assets[{i}]");
        match fs::read(dir.join(&asset.path)) {
            Err(error) => issues.push(file_issue(
                &format!("{path}.path"),
                format!("cannot read {}: {error}", asset.path),
            )),
            Ok(bytes) => {
                if asset.size.is_some_and(|size| size != bytes.len() as u64) {
                    issues.push(file_issue(
                        &format!("{path}.size"),
                        format!("the file has {} bytes", bytes.len()),
                    ));
                }
                let actual = sha256_hex(&bytes);
                if asset.sha256.as_ref().is_some_and(|sha| *sha != actual) {
                    issues.push(file_issue(
                        &format!("{path}.sha256"),
                        format!("the file's SHA-256 is {actual}"),
                    ));
                }
            }
        }
    }
    issues
}

fn file_issue(path: &str, message: String) -> Issue {
    Issue::new(path, validate::Problem::Shape { message })
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn validate_cmd(args: &[String]) -> Result<i32, Failure> {
    let json = args.iter().any(|a| a == "--json");
    if let Some(unknown) = args.iter().find(|a| a.starts_with("--") && *a != "--json") {
        return Err(Failure::Usage(format!("unknown option {unknown}")));
    }
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if files.is_empty() {
        return Err(Failure::Usage(
            "validate needs at least one bundle file".into(),
        ));
    }
    let mut report = Vec::new();
    let mut failed = false;
    for arg in files {
        let loaded = load(arg)?;
        let file = loaded.file.display().to_string();
        match &loaded.outcome {
            Ok(bundle) => {
                if !json {
                    println!(
                        "ok   {file}: {} {} — {} modules, {} lessons",
                        bundle.id(),
                        bundle.version(),
                        bundle.modules().len(),
                        bundle.lesson_count()
                    );
                }
                report.push(serde_json::json!({"file": file, "valid": true, "issues": []}));
            }
            Err(issues) => {
                failed = true;
                if !json {
                    println!(
                        "FAIL {file}: {} problem{}",
                        issues.len(),
                        if issues.len() == 1 { "" } else { "s" }
                    );
                    for issue in issues {
                        let at = issue
                            .line
                            .map(|line| format!("{file}:{line}: "))
                            .unwrap_or_default();
                        println!("  {at}{}: {}", issue.path, issue.problem);
                    }
                }
                report.push(serde_json::json!({"file": file, "valid": false, "issues": issues}));
            }
        }
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    }
    Ok(i32::from(failed))
}

fn pack(args: &[String]) -> Result<i32, Failure> {
    let mut out = None;
    let mut inputs = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--out" {
            out = rest.next().map(PathBuf::from);
        } else {
            inputs.push(arg);
        }
    }
    let out = out.ok_or_else(|| Failure::Usage("pack needs --out DIR".into()))?;
    if inputs.is_empty() {
        return Err(Failure::Usage("pack needs at least one bundle".into()));
    }

    // Validate everything before writing anything.
    let mut loaded = Vec::new();
    let mut failed = false;
    for arg in inputs {
        let item = load(arg)?;
        if let Err(issues) = &item.outcome {
            failed = true;
            eprintln!("FAIL {}: {} problem(s)", item.file.display(), issues.len());
            for issue in issues {
                eprintln!("  {issue}");
            }
        }
        loaded.push(item);
    }
    let mut seen = std::collections::BTreeSet::new();
    for item in &loaded {
        if let Ok(bundle) = &item.outcome
            && !seen.insert(bundle.id().to_owned())
        {
            failed = true;
            eprintln!(
                "FAIL {}: another input is also course {:?}",
                item.file.display(),
                bundle.id()
            );
        }
    }
    if failed {
        eprintln!("nothing written to {}", out.display());
        return Ok(1);
    }

    let mut entries = Vec::new();
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for item in &loaded {
        let Ok(bundle) = &item.outcome else { continue };
        let mut doc: BundleDoc = bundle.doc().clone();
        doc.schema = None;
        let mut catalog_assets = Vec::new();
        let mut asset_files = Vec::new();
        for asset in &mut doc.assets {
            let file = item.dir.join(&asset.path);
            let bytes = fs::read(&file).map_err(|e| io_error(&file, e))?;
            let sha = sha256_hex(&bytes);
            asset.size = Some(bytes.len() as u64);
            asset.sha256 = Some(sha.clone());
            catalog_assets.push(CatalogAsset {
                path: asset.path.clone(),
                size: bytes.len() as u64,
                sha256: sha.clone(),
            });
            files.push((out.join("assets").join(&sha), bytes.clone()));
            asset_files.push((asset.path.clone(), bytes));
        }
        // The packed bundle is minified: learners pay for every byte.
        let packed = serde_json::to_vec(&doc).map_err(|e| Failure::Io(e.to_string()))?;
        // What we publish must pass the app's validation exactly as the app will see it.
        let text = String::from_utf8_lossy(&packed);
        if let Err(issues) = validate::parse(&text) {
            eprintln!(
                "FAIL {}: the packed form is invalid: {}",
                item.file.display(),
                issues[0]
            );
            return Ok(1);
        }
        let url = format!("courses/{}-{}.json", doc.id, doc.version);
        let (manifest, chunks) = pack::manifest(&doc, &packed, &asset_files, sha256_hex);
        for (chunk, bytes) in chunks {
            files.push((out.join(pack::chunk_url(&chunk)), bytes));
        }
        let manifest_json =
            serde_json::to_vec(&manifest).map_err(|e| Failure::Io(e.to_string()))?;
        let pack_url = format!("packs/{}-{}.json", doc.id, doc.version);
        let pack = PackRef {
            url: pack_url.clone(),
            size: manifest_json.len() as u64,
            sha256: sha256_hex(&manifest_json),
        };
        files.push((out.join(pack_url), manifest_json));
        entries.push(CatalogEntry {
            id: doc.id.clone(),
            version: doc.version.clone(),
            title: doc.title.clone(),
            summary: doc.summary.clone(),
            languages: doc.languages.clone(),
            url: url.clone(),
            size: packed.len() as u64,
            sha256: sha256_hex(&packed),
            assets: catalog_assets,
            modules: doc.modules.len() as u32,
            lessons: bundle.lesson_count() as u32,
            minutes: bundle.total_minutes(),
            pack,
        });
        files.push((out.join(url), packed));
    }
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    let catalog = Catalog {
        format: CATALOG_FORMAT_V1.into(),
        courses: entries,
    };
    let catalog_json =
        serde_json::to_vec_pretty(&catalog).map_err(|e| Failure::Io(e.to_string()))?;

    for (path, bytes) in &files {
        write_file(path, bytes)?;
    }
    // The catalog goes last and by rename, so a reader never sees one that points at missing files.
    let catalog_path = out.join("catalog.json");
    let temporary = out.join("catalog.json.tmp");
    write_file(&temporary, &catalog_json)?;
    fs::rename(&temporary, &catalog_path).map_err(|e| io_error(&catalog_path, e))?;
    for entry in &catalog.courses {
        println!(
            "packed {} {} ({} bytes, {} assets)",
            entry.id,
            entry.version,
            entry.download_size(),
            entry.assets.len()
        );
    }
    println!("wrote {}", catalog_path.display());
    Ok(0)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
    }
    fs::write(path, bytes).map_err(|e| io_error(path, e))
}

fn schema() -> Result<i32, Failure> {
    let schema = schemars::schema_for!(BundleDoc);
    let text = serde_json::to_string_pretty(&schema).map_err(|e| Failure::Io(e.to_string()))?;
    std::io::stdout()
        .write_all(format!("{text}\n").as_bytes())
        .map_err(|e| Failure::Io(e.to_string()))?;
    Ok(0)
}

fn new(args: &[String]) -> Result<i32, Failure> {
    let mut dir = None;
    let mut id = None;
    let mut title = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--id" => id = rest.next().cloned(),
            "--title" => title = rest.next().cloned(),
            other if other.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {other}")));
            }
            other => dir = Some(PathBuf::from(other)),
        }
    }
    let dir = dir.ok_or_else(|| Failure::Usage("new needs a directory".into()))?;
    let file = dir.join("bundle.json");
    if file.exists() {
        return Err(Failure::Io(format!(
            "{} already exists; not overwriting it",
            file.display()
        )));
    }
    let id = id.unwrap_or_else(|| {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let slug: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let slug = slug.trim_matches('-').to_owned();
        if validate::is_id(&slug) {
            slug
        } else {
            "mon-cours".into()
        }
    });
    if !validate::is_id(&id) {
        return Err(Failure::Usage(format!(
            "{id:?} is not a valid id: lowercase letters, digits and '-'"
        )));
    }
    let title = title.unwrap_or_else(|| "Mon premier cours".into());
    let starter = serde_json::json!({
        "$schema": "https://nour.invalid/schema/bundle.schema.json",
        "format": FORMAT_V1,
        "id": id,
        "version": "0.1.0",
        "languages": ["fr", "ar"],
        "title": {"fr": title, "ar": "دورتي الأولى"},
        "summary": {"fr": "Ce que l'apprenant saura faire à la fin du cours."},
        "authors": [{"name": "Votre nom"}],
        "license": "CC-BY-SA-4.0",
        "modules": [{
            "id": "module-1",
            "title": {"fr": "Premier module", "ar": "الوحدة الأولى"},
            "lessons": [{
                "id": "lecon-1",
                "title": {"fr": "Première leçon", "ar": "الدرس الأول"},
                "minutes": 5,
                "body": {
                    "fr": "## Bienvenue\n\nÉcrivez la leçon en **Markdown** : titres, listes, liens, `code` et blocs de code.\n\n```html\n<p>Bonjour</p>\n```",
                    "ar": "## مرحبا\n\nاكتب الدرس بصيغة **Markdown**."
                }
            }]
        }]
    });
    let mut text =
        serde_json::to_string_pretty(&starter).map_err(|e| Failure::Io(e.to_string()))?;
    // Editors resolve a relative `$schema`; `nour-bundle schema > bundle.schema.json` writes it.
    text = text.replace(
        "https://nour.invalid/schema/bundle.schema.json",
        "bundle.schema.json",
    );
    write_file(&file, format!("{text}\n").as_bytes())?;
    println!("created {}", file.display());
    println!(
        "next: edit it, then run `nour-bundle validate {}`",
        dir.display()
    );
    Ok(0)
}

#[derive(Clone, Copy)]
enum Importer {
    Gift,
    Aiken,
}

/// `import-gift` and `import-aiken`: questions to a JSON array of assessments.
fn import(args: &[String], importer: Importer) -> Result<i32, Failure> {
    let mut file = None;
    let mut lang = "fr".to_owned();
    let mut kind = AssessmentKind::Practice;
    let mut id = None;
    let mut out = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--lang" => lang = value("--lang")?,
            "--kind" => {
                kind = match value("--kind")?.as_str() {
                    "practice" => AssessmentKind::Practice,
                    "checkpoint" => AssessmentKind::Checkpoint,
                    other => {
                        return Err(Failure::Usage(format!(
                            "--kind {other:?}: use practice or checkpoint"
                        )));
                    }
                }
            }
            "--id" => id = Some(value("--id")?),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            other if other.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {other}")));
            }
            other => {
                if file.is_some() {
                    return Err(Failure::Usage("import one file at a time".into()));
                }
                file = Some(other.to_owned());
            }
        }
    }
    let file = file.ok_or_else(|| Failure::Usage("import needs a question file".into()))?;
    if !KNOWN_LANGUAGES.contains(&lang.as_str()) {
        return Err(Failure::Usage(format!(
            "--lang {lang:?}: use one of {}",
            KNOWN_LANGUAGES.join(", ")
        )));
    }
    if let Some(id) = &id
        && !validate::is_id(id)
    {
        return Err(Failure::Usage(format!(
            "{id:?} is not a valid id: lowercase letters, digits and '-', 2 to 64 characters"
        )));
    }
    let path = PathBuf::from(&file);
    let bytes = fs::read(&path).map_err(|e| io_error(&path, e))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Failure::Io(format!(
            "{file}: not UTF-8 text; save the file as UTF-8 and try again"
        ))
    })?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = id.unwrap_or_else(|| {
        Some(gift::slug(&stem))
            .filter(|slug| validate::is_id(slug))
            .unwrap_or_else(|| "questions".into())
    });
    let options = gift::Options {
        lang,
        kind,
        id,
        title: if stem.trim().is_empty() {
            "Questions".into()
        } else {
            stem
        },
    };
    let outcome = match importer {
        Importer::Gift => gift::import(&text, &options),
        Importer::Aiken => aiken::import(&text, &options),
    };
    for report in &outcome.reports {
        eprintln!("{file}:{}: {report}", report.line);
    }
    let json = serde_json::to_string_pretty(&outcome.assessments)
        .map_err(|e| Failure::Io(e.to_string()))?;
    match &out {
        Some(path) => write_file(path, format!("{json}\n").as_bytes())?,
        None => std::io::stdout()
            .write_all(format!("{json}\n").as_bytes())
            .map_err(|e| Failure::Io(e.to_string()))?,
    }
    let skipped = outcome.skipped();
    eprintln!(
        "{file}: {} question{} imported into {} assessment{}{}{}",
        outcome.imported,
        if outcome.imported == 1 { "" } else { "s" },
        outcome.assessments.len(),
        if outcome.assessments.len() == 1 {
            ""
        } else {
            "s"
        },
        if skipped > 0 {
            format!(", {skipped} not imported")
        } else {
            String::new()
        },
        out.as_ref()
            .map(|p| format!("; wrote {}", p.display()))
            .unwrap_or_default(),
    );
    Ok(i32::from(outcome.failed()))
}

// ---------------------------------------------------------------------------------------------
// share

/// One course ready to go into a course file: the packed bundle (minified, asset sizes and hashes
/// filled in, exactly as `pack` publishes it) and its assets.
struct Shared {
    bundle: Bundle,
    packed: Vec<u8>,
    assets: Vec<(String, Vec<u8>)>,
}

/// `share`: one course as one `.nour` file (`core::course_file`) that a learner imports with no
/// network, from its bundle or directory (packed on the way) or from a packed catalog. The file
/// is written only once the course is valid, and it is read back and checked like the app does
/// before the command says it is done.
fn share(args: &[String]) -> Result<i32, Failure> {
    use nour::core::course_file;

    let mut out = None;
    let mut catalog = None;
    let mut inputs = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .map(PathBuf::from)
                .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--out" => out = Some(value("--out")?),
            "--catalog" => catalog = Some(value("--catalog")?),
            other if other.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {other}")));
            }
            other => inputs.push(other),
        }
    }
    let out = out.ok_or_else(|| Failure::Usage("share needs --out FILE.nour".into()))?;
    let [input] = inputs.as_slice() else {
        return Err(Failure::Usage(
            "share takes one course: a bundle or its directory, or --catalog DIR COURSE_ID".into(),
        ));
    };
    let shared = match &catalog {
        None => share_from_course(input)?,
        Some(dir) => share_from_catalog(dir, input)?,
    };
    let shared = match shared {
        Ok(shared) => shared,
        Err(problems) => {
            for problem in problems {
                eprintln!("FAIL {problem}");
            }
            eprintln!("nothing written to {}", out.display());
            return Ok(1);
        }
    };

    let hashes: Vec<String> = shared
        .assets
        .iter()
        .map(|(_, bytes)| sha256_hex(bytes))
        .collect();
    let bytes = course_file::write_bundle(
        &shared.bundle,
        &shared.packed,
        &sha256_hex(&shared.packed),
        &shared.assets,
        &hashes,
    );
    // What a learner's app will check, checked here first: a file the app would refuse is a bug.
    let issues = match course_file::parse(&bytes) {
        Ok(file) => {
            let actual: Vec<String> = file.parts().map(|part| sha256_hex(part.bytes)).collect();
            let mut issues = course_file::check_hashes(&file, &actual);
            issues.extend(course_file::check_bundle(&file, &shared.bundle));
            issues
        }
        Err(issues) => issues,
    };
    if let Some(issue) = issues.first() {
        return Err(Failure::Io(format!(
            "the course file made is unreadable: {issue}"
        )));
    }
    write_file(&out, &bytes)?;
    println!(
        "shared {} {} ({} bytes, {} assets)",
        shared.bundle.id(),
        shared.bundle.version(),
        bytes.len(),
        shared.assets.len()
    );
    println!("wrote {}", out.display());
    Ok(0)
}

/// A course from its bundle file or directory, packed as `pack` does; or every problem found.
fn share_from_course(arg: &str) -> Result<Result<Shared, Vec<String>>, Failure> {
    let item = load(arg)?;
    let file = item.file.display().to_string();
    let bundle = match item.outcome {
        Ok(bundle) => bundle,
        Err(issues) => {
            return Ok(Err(issues
                .iter()
                .map(|issue| format!("{file}: {issue}"))
                .collect()));
        }
    };
    let mut doc: BundleDoc = bundle.doc().clone();
    doc.schema = None;
    let mut assets = Vec::new();
    for asset in &mut doc.assets {
        let path = item.dir.join(&asset.path);
        let bytes = fs::read(&path).map_err(|e| io_error(&path, e))?;
        asset.size = Some(bytes.len() as u64);
        asset.sha256 = Some(sha256_hex(&bytes));
        assets.push((asset.path.clone(), bytes));
    }
    let packed = serde_json::to_vec(&doc).map_err(|e| Failure::Io(e.to_string()))?;
    Ok(match validate::parse(&String::from_utf8_lossy(&packed)) {
        Ok(bundle) => Ok(Shared {
            bundle,
            packed,
            assets,
        }),
        Err(issues) => Err(issues
            .iter()
            .map(|issue| format!("{file}: the packed form is invalid: {issue}"))
            .collect()),
    })
}

/// A course from a catalog `pack` wrote, every file checked against the catalog's hashes.
fn share_from_catalog(dir: &Path, course_id: &str) -> Result<Result<Shared, Vec<String>>, Failure> {
    let read = |relative: &str| {
        let path = dir.join(relative);
        fs::read(&path).map_err(|e| io_error(&path, e))
    };
    let text = String::from_utf8_lossy(&read("catalog.json")?).into_owned();
    let catalog = match nour::core::catalog::parse(&text) {
        Ok(catalog) => catalog,
        Err(issues) => {
            return Ok(Err(issues
                .iter()
                .map(|issue| format!("{}: {issue}", dir.join("catalog.json").display()))
                .collect()));
        }
    };
    let Some(entry) = catalog.courses.iter().find(|c| c.id == course_id) else {
        let ids: Vec<&str> = catalog.courses.iter().map(|c| c.id.as_str()).collect();
        return Err(Failure::Io(format!(
            "{}: no course {course_id:?} (it has: {})",
            dir.join("catalog.json").display(),
            ids.join(", ")
        )));
    };
    let mut problems = Vec::new();
    let mut checked = |relative: &str, expected: &str| -> Result<Vec<u8>, Failure> {
        let bytes = read(relative)?;
        let actual = sha256_hex(&bytes);
        if actual != expected {
            problems.push(format!(
                "{}: expected SHA-256 {expected} (catalog.json), got {actual}",
                dir.join(relative).display()
            ));
        }
        Ok(bytes)
    };
    let packed = checked(&entry.url, &entry.sha256)?;
    let mut assets = Vec::new();
    for asset in &entry.assets {
        let bytes = checked(&CatalogEntry::asset_url(asset), &asset.sha256)?;
        assets.push((asset.path.clone(), bytes));
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let bundle = match validate::parse(&String::from_utf8_lossy(&packed)) {
        Ok(bundle) => bundle,
        Err(issues) => {
            return Ok(Err(issues
                .iter()
                .map(|issue| format!("{}: {issue}", dir.join(&entry.url).display()))
                .collect()));
        }
    };
    if bundle.id() != entry.id || bundle.version() != entry.version {
        return Ok(Err(vec![format!(
            "{}: the bundle is {} {}, the catalog announces {} {}",
            dir.join(&entry.url).display(),
            bundle.id(),
            bundle.version(),
            entry.id,
            entry.version
        )]));
    }
    Ok(Ok(Shared {
        bundle,
        packed,
        assets,
    }))
}
