//! The trainer CLI, run as the real binary: `validate`, `new`, `pack`, `schema` and usage errors,
//! with their exit codes (0 ok, 1 invalid bundle, 2 usage or file error).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use nour::core::validate;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::validate::{bad_cases, fixtures_dir, kind, path_kinds, sample_bundle_files};

// ---------------------------------------------------------------------------------------------
// Helpers shared with the other native test modules.

pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nour-bundle"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run nour-bundle {args:?}: {e}"))
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("nour-bundle exited normally")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn describe(output: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}--- stderr\n{}",
        output.status.code(),
        stdout(output),
        stderr(output)
    )
}

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "nour-test-{label}-{}-{n}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        TempDir(dir)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    /// A path inside, as a string argument.
    pub fn arg(&self, relative: &str) -> String {
        self.0.join(relative).display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn sample_args() -> Vec<String> {
    sample_bundle_files()
        .iter()
        .map(|file| file.display().to_string())
        .collect()
}

/// Packs the two sample courses into `out` (its `out/` subdirectory); panics unless it succeeds.
pub fn pack_samples(dir: &TempDir) -> PathBuf {
    let out = dir.path().join("out");
    let mut args = vec!["pack".to_owned()];
    args.extend(sample_args());
    args.extend(["--out".to_owned(), out.display().to_string()]);
    let output = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&output), 0, "{}", describe(&output));
    out
}

fn bad_fixture(file: &str) -> String {
    fixtures_dir().join("bad").join(file).display().to_string()
}

fn good_fixture(file: &str) -> String {
    fixtures_dir().join("good").join(file).display().to_string()
}

/// Files under `dir`, relative, sorted; empty when it does not exist.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.push(
                    path.strip_prefix(root)
                        .expect("inside")
                        .display()
                        .to_string(),
                );
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

// ---------------------------------------------------------------------------------------------
// validate

#[test]
fn validate_accepts_the_sample_courses() {
    let mut args = vec!["validate".to_owned()];
    args.extend(sample_args());
    let output = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&output), 0, "{}", describe(&output));
    let out = stdout(&output);
    assert!(
        out.contains("ok   ") && out.contains("entretien-embauche 1.1.0"),
        "{out}"
    );
    assert!(out.contains("web-html-css 1.1.0"), "{out}");
    assert!(!out.contains("FAIL"), "{out}");

    // A directory argument means DIR/bundle.json.
    let dir = sample_bundle_files()[1]
        .parent()
        .expect("dir")
        .display()
        .to_string();
    let output = run(&["validate", &dir]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    assert!(
        stdout(&output).contains("web-html-css"),
        "{}",
        describe(&output)
    );
}

#[test]
fn validate_rejects_every_bad_fixture_naming_the_paths() {
    let mut failures = Vec::new();
    for (file, expected) in bad_cases() {
        let arg = bad_fixture(&file);
        let output = run(&["validate", &arg]);
        let out = stdout(&output);
        if code(&output) != 1 {
            failures.push(format!("{file}: {}", describe(&output)));
            continue;
        }
        if !out.contains(&format!("FAIL {arg}")) {
            failures.push(format!("{file}: no FAIL line\n{out}"));
        }
        for e in &expected {
            // Each problem is on its own line: "  [FILE:LINE: ]PATH: message".
            let found = out.lines().any(|line| {
                let line = line.trim_start();
                let (at_line, rest) = match line.strip_prefix(&format!("{arg}:")) {
                    Some(rest) => match rest.split_once(": ") {
                        Some((n, rest)) => (n.parse::<usize>().ok(), rest),
                        None => return false,
                    },
                    None => (None, line),
                };
                rest.starts_with(&format!("{}: ", e.path))
                    && (e.line.is_none() || at_line == e.line)
            });
            if !found {
                failures.push(format!(
                    "{file}: no line for {} (line {:?})\n{out}",
                    e.path, e.line
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn validate_json_reports_every_issue_as_json() {
    let several = bad_fixture("several-problems.json");
    let minimal = good_fixture("minimal.json");
    let malformed = bad_fixture("malformed-json.json");
    let output = run(&["validate", "--json", &several, &minimal, &malformed]);
    assert_eq!(code(&output), 1, "{}", describe(&output));
    let report: Value = serde_json::from_str(&stdout(&output))
        .unwrap_or_else(|e| panic!("{e}: {}", describe(&output)));
    let report = report.as_array().expect("an array, one entry per file");
    assert_eq!(report.len(), 3);

    assert_eq!(report[0]["file"], several.as_str());
    assert_eq!(report[0]["valid"], false);
    let mut got: Vec<(String, String)> = report[0]["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|issue| {
            assert!(
                issue["message"].as_str().is_some_and(|m| !m.is_empty()),
                "{issue}"
            );
            (
                issue["path"].as_str().expect("path").to_owned(),
                issue["problem"]["kind"].as_str().expect("kind").to_owned(),
            )
        })
        .collect();
    got.sort();
    let lib =
        validate::parse(&std::fs::read_to_string(&several).expect("read")).expect_err("invalid");
    assert_eq!(
        got,
        path_kinds(&lib),
        "the CLI reports what the library reports"
    );
    let (_, expected) = bad_cases()
        .into_iter()
        .find(|(f, _)| f == "several-problems.json")
        .expect("in table");
    assert_eq!(got.len(), expected.len());

    assert_eq!(report[1]["file"], minimal.as_str());
    assert_eq!(report[1]["valid"], true);
    assert_eq!(report[1]["issues"], serde_json::json!([]));

    assert_eq!(report[2]["valid"], false);
    assert_eq!(report[2]["issues"][0]["problem"]["kind"], "syntax");
    assert_eq!(report[2]["issues"][0]["line"], 4);
    assert!(report[2]["issues"][0]["column"].is_u64());

    // --json prints nothing but the JSON.
    assert!(!stdout(&output).contains("FAIL"));
}

#[test]
fn validate_fails_when_any_input_fails() {
    let output = run(&[
        "validate",
        &good_fixture("minimal.json"),
        &bad_fixture("bad-id.json"),
    ]);
    assert_eq!(code(&output), 1, "{}", describe(&output));
    let out = stdout(&output);
    assert!(out.contains("ok   ") && out.contains("FAIL"), "{out}");
}

#[test]
fn validate_refuses_missing_files_and_no_files_with_exit_2() {
    let missing = fixtures_dir()
        .join("no-such-bundle.json")
        .display()
        .to_string();
    let output = run(&["validate", &missing]);
    assert_eq!(code(&output), 2, "{}", describe(&output));
    assert!(
        stderr(&output).contains("no-such-bundle.json"),
        "{}",
        describe(&output)
    );

    let output = run(&["validate"]);
    assert_eq!(code(&output), 2, "{}", describe(&output));
    assert!(stderr(&output).contains("Usage"), "{}", describe(&output));
}

#[test]
fn validate_checks_asset_files_beside_the_bundle() {
    let dir = TempDir::new("assets");
    let mut doc: Value =
        serde_json::from_str(&crate::validate::read_fixture("good/minimal.json")).expect("json");
    doc["assets"] = serde_json::json!([
        {"path": "img/present.png", "media_type": "image/png", "size": 3},
        {"path": "img/absent.png", "media_type": "image/png"},
        {"path": "img/hashed.png", "media_type": "image/png", "sha256": "0".repeat(64)},
    ]);
    std::fs::create_dir_all(dir.path().join("img")).expect("mkdir");
    std::fs::write(dir.path().join("img/present.png"), b"four").expect("write");
    std::fs::write(dir.path().join("img/hashed.png"), b"png").expect("write");
    std::fs::write(dir.path().join("bundle.json"), doc.to_string()).expect("write");
    // The library alone accepts it: file checks are the CLI's.
    assert!(validate::parse(&doc.to_string()).is_ok());

    let output = run(&["validate", "--json", &dir.path().display().to_string()]);
    assert_eq!(code(&output), 1, "{}", describe(&output));
    let report: Value = serde_json::from_str(&stdout(&output)).expect("json");
    let mut paths: Vec<&str> = report[0]["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["path"].as_str().expect("path"))
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        ["$.assets[0].size", "$.assets[1].path", "$.assets[2].sha256"],
        "{report}"
    );

    // The same bundle cannot be packed, and nothing is written.
    let out = dir.path().join("out");
    let output = run(&[
        "pack",
        &dir.path().display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(code(&output), 1, "{}", describe(&output));
    assert!(files_under(&out).is_empty(), "{:?}", files_under(&out));
}

// ---------------------------------------------------------------------------------------------
// new

#[test]
fn new_scaffolds_a_valid_bundle_and_refuses_to_overwrite_it() {
    let dir = TempDir::new("new");
    let course = dir.path().join("Mon Cours 2");
    let course_arg = course.display().to_string();
    let output = run(&["new", &course_arg]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    let file = course.join("bundle.json");
    let text = std::fs::read_to_string(&file).expect("bundle.json written");

    // It validates, with the library and with the CLI.
    let bundle = crate::validate::parse_ok(&text, "the scaffolded bundle");
    assert_eq!(
        bundle.id(),
        "mon-cours-2",
        "id derived from the directory name"
    );
    assert_eq!(bundle.version(), "0.1.0");
    let doc: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(doc["$schema"], "bundle.schema.json");
    let output = run(&["validate", &course_arg]);
    assert_eq!(code(&output), 0, "{}", describe(&output));

    // A second run refuses and leaves the file alone.
    std::fs::write(&file, "{\"edited\": true}").expect("edit");
    let output = run(&["new", &course_arg]);
    assert_eq!(code(&output), 2, "{}", describe(&output));
    assert!(
        stderr(&output).contains("already exists"),
        "{}",
        describe(&output)
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("still there"),
        "{\"edited\": true}"
    );
}

#[test]
fn new_takes_an_id_and_a_title_and_refuses_a_bad_id() {
    let dir = TempDir::new("new-options");
    let course = dir.arg("x");
    let output = run(&[
        "new",
        &course,
        "--id",
        "cours-html",
        "--title",
        "Le HTML en 10 leçons",
    ]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    let bundle = crate::validate::parse_ok(
        &std::fs::read_to_string(dir.path().join("x/bundle.json")).expect("written"),
        "new",
    );
    assert_eq!(bundle.id(), "cours-html");
    assert_eq!(
        bundle.title().pick("fr", bundle.languages()),
        Some(("fr", "Le HTML en 10 leçons"))
    );

    let bad = dir.arg("y");
    let output = run(&["new", &bad, "--id", "Bad Id"]);
    assert_eq!(code(&output), 2, "{}", describe(&output));
    assert!(!dir.path().join("y/bundle.json").exists());

    let output = run(&["new", &dir.arg("z"), "--colour", "red"]);
    assert_eq!(code(&output), 2, "{}", describe(&output));
    let output = run(&["new"]);
    assert_eq!(code(&output), 2, "{}", describe(&output));
}

// ---------------------------------------------------------------------------------------------
// pack

#[test]
fn pack_writes_a_catalog_whose_sizes_and_hashes_match_the_files() {
    let dir = TempDir::new("pack");
    let out = pack_samples(&dir);
    let catalog_text =
        std::fs::read_to_string(out.join("catalog.json")).expect("catalog.json written");
    let catalog: Value = serde_json::from_str(&catalog_text).expect("catalog is JSON");
    assert_eq!(catalog["format"], "nour-catalog/1");
    let courses = catalog["courses"].as_array().expect("courses");
    let ids: Vec<&str> = courses
        .iter()
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["entretien-embauche", "web-html-css"], "sorted by id");

    let mut expected_files = vec!["catalog.json".to_owned()];
    for (entry, source) in courses.iter().zip(sample_bundle_files()) {
        let url = entry["url"].as_str().expect("url");
        assert_eq!(
            url,
            format!(
                "courses/{}-{}.json",
                entry["id"].as_str().expect("id"),
                entry["version"].as_str().expect("v")
            )
        );
        expected_files.push(url.to_owned());
        let packed = std::fs::read(out.join(url)).unwrap_or_else(|e| panic!("{url}: {e}"));
        assert_eq!(
            entry["size"].as_u64(),
            Some(packed.len() as u64),
            "{url} size"
        );
        assert_eq!(
            entry["sha256"].as_str(),
            Some(sha256_hex(&packed).as_str()),
            "{url} sha256"
        );

        // The packed bundle is valid as the app will see it, minified, without `$schema`, and
        // carries the same course.
        let packed_text = String::from_utf8(packed).expect("utf-8");
        let bundle = crate::validate::parse_ok(&packed_text, url);
        assert!(
            !packed_text.contains('\n') && !packed_text.contains("$schema"),
            "{url} is not minified"
        );
        let original =
            crate::validate::parse_ok(&std::fs::read_to_string(&source).expect("read"), "sample");
        assert_eq!(bundle.modules(), original.modules());
        assert_eq!(
            entry["modules"].as_u64(),
            Some(bundle.modules().len() as u64)
        );
        assert_eq!(
            entry["lessons"].as_u64(),
            Some(bundle.lesson_count() as u64)
        );
        assert_eq!(
            entry["minutes"].as_u64(),
            Some(u64::from(bundle.total_minutes()))
        );
        assert_eq!(entry["languages"], serde_json::json!(bundle.languages()));

        let assets = entry["assets"].as_array().expect("assets");
        assert_eq!(assets.len(), bundle.assets().len());
        for (asset, declared) in assets.iter().zip(bundle.assets()) {
            let original = std::fs::read(source.parent().expect("dir").join(&declared.path))
                .expect("asset source");
            let sha = sha256_hex(&original);
            assert_eq!(asset["path"].as_str(), Some(declared.path.as_str()));
            assert_eq!(asset["size"].as_u64(), Some(original.len() as u64));
            assert_eq!(asset["sha256"].as_str(), Some(sha.as_str()));
            // The packed bundle is filled in too, and the content sits at assets/<sha256>.
            assert_eq!(declared.size, Some(original.len() as u64));
            assert_eq!(declared.sha256.as_deref(), Some(sha.as_str()));
            assert_eq!(
                std::fs::read(out.join("assets").join(&sha)).expect("assets/<sha256>"),
                original
            );
            expected_files.push(format!("assets/{sha}"));
        }
    }
    assert!(
        expected_files.iter().any(|f| f.starts_with("assets/")),
        "web-html-css has an image"
    );
    expected_files.sort();
    // Chunks and pack manifests are checked in `pack.rs`.
    let files: Vec<String> = files_under(&out)
        .into_iter()
        .filter(|f| !f.starts_with("chunks/") && !f.starts_with("packs/"))
        .collect();
    assert_eq!(
        files, expected_files,
        "exactly these files, no leftover temporary"
    );
    assert!(nour::core::catalog::parse(&catalog_text).is_ok());
}

#[test]
fn pack_with_one_bad_input_writes_nothing() {
    let dir = TempDir::new("pack-bad");
    let out = dir.path().join("out");
    let mut args = vec![
        "pack".to_owned(),
        sample_args()[0].clone(),
        bad_fixture("several-problems.json"),
    ];
    args.extend(["--out".to_owned(), out.display().to_string()]);
    let output = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&output), 1, "{}", describe(&output));
    assert!(
        stderr(&output).contains("several-problems.json"),
        "{}",
        describe(&output)
    );
    assert!(
        stderr(&output).contains("$.modules[1].lessons"),
        "names the paths: {}",
        describe(&output)
    );
    assert!(!out.join("catalog.json").exists(), "no catalog.json");
    assert_eq!(files_under(&out), Vec::<String>::new(), "no half output");
}

#[test]
fn pack_refuses_two_inputs_with_the_same_course_id() {
    let dir = TempDir::new("pack-dup");
    let out = dir.path().join("out");
    let sample = sample_args()[0].clone();
    let output = run(&[
        "pack",
        &sample,
        &sample,
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(code(&output), 1, "{}", describe(&output));
    assert!(files_under(&out).is_empty(), "{:?}", files_under(&out));
}

#[test]
fn pack_usage_errors_exit_2() {
    let output = run(&["pack", &sample_args()[0]]);
    assert_eq!(code(&output), 2, "no --out: {}", describe(&output));
    let dir = TempDir::new("pack-usage");
    let output = run(&["pack", "--out", &dir.arg("out")]);
    assert_eq!(code(&output), 2, "no input: {}", describe(&output));
    assert!(files_under(dir.path()).is_empty());
}

// ---------------------------------------------------------------------------------------------
// schema and usage

#[test]
fn schema_prints_the_committed_schema() {
    let output = run(&["schema"]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    let printed = stdout(&output);
    let committed_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema/bundle.schema.json");
    let committed = std::fs::read_to_string(&committed_path).expect("committed schema");
    let printed_value: Value = serde_json::from_str(&printed).expect("schema output is JSON");
    assert_eq!(printed_value["title"], "BundleDoc");
    assert!(
        printed_value["properties"]["modules"].is_object(),
        "{printed_value}"
    );
    assert_eq!(
        printed, committed,
        "public/schema/bundle.schema.json is stale: regenerate it with `nour-bundle schema > public/schema/bundle.schema.json`"
    );
}

#[test]
fn unknown_or_missing_command_exits_2_with_usage() {
    for args in [&["frobnicate"][..], &[], &["--json"]] {
        let output = run(args);
        assert_eq!(code(&output), 2, "{args:?}: {}", describe(&output));
        assert!(
            stderr(&output).contains("Usage:"),
            "{args:?}: {}",
            describe(&output)
        );
        assert!(
            stdout(&output).is_empty(),
            "{args:?}: {}",
            describe(&output)
        );
    }
    let output = run(&["--help"]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    assert!(
        stdout(&output).contains("nour-bundle validate"),
        "{}",
        describe(&output)
    );
}

#[test]
fn every_problem_kind_the_cli_prints_is_a_known_kind() {
    // The CLI's own file checks reuse `shape`; nothing else is invented outside the library.
    let output = run(&["validate", "--json", &bad_fixture("bad-assets.json")]);
    let report: Value = serde_json::from_str(&stdout(&output)).expect("json");
    let lib = validate::parse(&crate::validate::read_fixture("bad/bad-assets.json"))
        .expect_err("invalid");
    let lib_kinds: Vec<String> = lib.iter().map(|i| kind(&i.problem)).collect();
    let cli_kinds: Vec<String> = report[0]["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["problem"]["kind"].as_str().expect("kind").to_owned())
        .collect();
    assert_eq!(cli_kinds, lib_kinds);
}
