//! Course files (`.nour`): written and read back whole; cut at every byte, or with any one byte
//! changed, and always refused with the problem named; files that are not course files, bad
//! headers, trailing bytes, headers that disagree with their bundle; and `nour-bundle share`
//! run as the real binary.

use nour::core::bundle::Bundle;
use nour::core::course_file::{self, About, BUNDLE_PATH, MAGIC, Part};
use nour::core::validate::{self, Issue, Problem};
use serde_json::{Value, json};

use crate::cli::{TempDir, code, pack_samples, run, sha256_hex, stderr, stdout};
use crate::validate::{kind, minimal_value, render, sample_bundle_files};

// ---------------------------------------------------------------------------------------------
// Helpers

/// A small course with two assets: its packed bundle (asset sizes and hashes filled in, minified)
/// and its assets.
fn sample() -> (Vec<u8>, Vec<(String, Vec<u8>)>) {
    let assets = vec![
        (
            "img/a.png".to_owned(),
            (0..300_u32)
                .map(|i| (i * 7 % 251) as u8)
                .collect::<Vec<u8>>(),
        ),
        (
            "img/b.svg".to_owned(),
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>"#.to_vec(),
        ),
    ];
    let mut doc = minimal_value();
    doc["title"] = json!({"fr": "Cours partagé", "ar": "درس مشترك"});
    doc["languages"] = json!(["fr", "ar"]);
    doc["assets"] = assets
        .iter()
        .map(|(path, bytes)| {
            json!({
                "path": path,
                "media_type": if path.ends_with(".png") { "image/png" } else { "image/svg+xml" },
                "size": bytes.len(),
                "sha256": sha256_hex(bytes),
            })
        })
        .collect::<Vec<Value>>()
        .into();
    let bundle = serde_json::to_vec(&doc).expect("json");
    (bundle, assets)
}

/// A course file of `bundle` and `assets`, hashed with `sha2`.
fn make(bundle: &[u8], assets: &[(String, Vec<u8>)]) -> Vec<u8> {
    let parsed = validate::parse(std::str::from_utf8(bundle).expect("utf-8")).expect("valid");
    let hashes: Vec<String> = assets.iter().map(|(_, bytes)| sha256_hex(bytes)).collect();
    let parts: Vec<Part<'_>> = assets
        .iter()
        .zip(&hashes)
        .map(|((path, bytes), sha256)| Part {
            path,
            sha256,
            bytes,
        })
        .collect();
    let about = About {
        id: parsed.id(),
        version: parsed.version(),
        title: parsed.title(),
    };
    course_file::write(&about, &sha256_hex(bundle), bundle, &parts)
}

/// What the app and the CLI do with a file, in order: structure, hashes, bundle, agreement.
fn check_all(bytes: &[u8]) -> Result<Bundle, Vec<Issue>> {
    let file = course_file::parse(bytes)?;
    let actual: Vec<String> = file.parts().map(|part| sha256_hex(part.bytes)).collect();
    let issues = course_file::check_hashes(&file, &actual);
    if !issues.is_empty() {
        return Err(issues);
    }
    let text = std::str::from_utf8(file.bundle().bytes).map_err(|_| {
        vec![Issue::new(
            "$",
            Problem::Syntax {
                message: "not UTF-8".into(),
            },
        )]
    })?;
    let bundle = validate::parse(text)?;
    let issues = course_file::check_bundle(&file, &bundle);
    if issues.is_empty() {
        Ok(bundle)
    } else {
        Err(issues)
    }
}

fn only_problem(bytes: &[u8]) -> Problem {
    let issues = course_file::parse(bytes).expect_err("refused");
    assert_eq!(issues.len(), 1, "{}", render(&issues));
    issues[0].problem.clone()
}

/// Where the data starts: after the magic line and the header line.
fn data_start(bytes: &[u8]) -> usize {
    MAGIC.len()
        + bytes[MAGIC.len()..]
            .iter()
            .position(|&b| b == b'\n')
            .expect("a header line")
        + 1
}

/// A file with a header written by hand (`header` as JSON) and `data` after it.
fn raw(header: &Value, data: &[u8]) -> Vec<u8> {
    let mut bytes = format!("{MAGIC}{header}\n").into_bytes();
    bytes.extend_from_slice(data);
    bytes
}

// ---------------------------------------------------------------------------------------------
// Round trip

#[test]
fn a_written_file_reads_back_whole() {
    let (bundle, assets) = sample();
    let bytes = make(&bundle, &assets);
    assert!(bytes.starts_with(b"NOUR-COURSE/1\n"));
    // No Base64: after the two lines, the file is the bundle and the assets, byte for byte, and
    // the header costs about 110 bytes per file (a path, a size and 64 hex digits).
    let content: usize = bundle.len() + assets.iter().map(|(_, b)| b.len()).sum::<usize>();
    assert_eq!(bytes.len() - data_start(&bytes), content);
    let header_len = data_start(&bytes);
    assert!(header_len < 120 * 4, "header of {header_len} bytes");

    let file = course_file::parse(&bytes).unwrap_or_else(|issues| panic!("{}", render(&issues)));
    let header = file.header();
    assert_eq!(header.id, "minimal");
    assert_eq!(header.version, "1.0.0");
    assert_eq!(header.title.0["ar"], "درس مشترك");
    let paths: Vec<&str> = header.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, [BUNDLE_PATH, "img/a.png", "img/b.svg"]);
    assert_eq!(file.bundle().bytes, bundle.as_slice());
    assert_eq!(file.bundle().sha256, sha256_hex(&bundle));
    let read: Vec<(String, Vec<u8>)> = file
        .assets()
        .map(|part| (part.path.to_owned(), part.bytes.to_vec()))
        .collect();
    assert_eq!(read, assets);
    for part in file.parts() {
        assert_eq!(part.sha256, sha256_hex(part.bytes), "{}", part.path);
    }
    let bundle = check_all(&bytes).unwrap_or_else(|issues| panic!("{}", render(&issues)));
    assert_eq!(bundle.id(), "minimal");

    // The size the export button announces, from the course's size and asset paths alone, is
    // the file's size or a few bytes more.
    let paths: Vec<&str> = assets.iter().map(|(path, _)| path.as_str()).collect();
    let about = About {
        id: bundle.id(),
        version: bundle.version(),
        title: bundle.title(),
    };
    let bound = course_file::size_bound(&about, content as u64, &paths);
    assert!(
        (bytes.len() as u64..=bytes.len() as u64 + 3 * 8).contains(&bound),
        "{bound} for a file of {}",
        bytes.len()
    );
}

#[test]
fn a_course_without_assets_is_its_bundle_and_a_header() {
    let bundle = serde_json::to_vec(&minimal_value()).expect("json");
    let bytes = make(&bundle, &[]);
    let file = course_file::parse(&bytes).expect("valid");
    assert_eq!(file.parts().count(), 1);
    assert_eq!(file.assets().count(), 0);
    assert!(check_all(&bytes).is_ok());
}

#[test]
fn unknown_header_fields_are_ignored_for_later_versions() {
    let (bundle, assets) = sample();
    let bytes = make(&bundle, &assets);
    let start = data_start(&bytes);
    let mut header: Value =
        serde_json::from_slice(&bytes[MAGIC.len()..start - 1]).expect("header JSON");
    header["made_by"] = json!("nour 9.0");
    let again = raw(&header, &bytes[start..]);
    assert!(check_all(&again).is_ok());
}

// ---------------------------------------------------------------------------------------------
// Damage

#[test]
fn a_file_cut_at_any_byte_is_refused_naming_what_is_missing() {
    let (bundle, assets) = sample();
    let bytes = make(&bundle, &assets);
    let start = data_start(&bytes);
    // Where each file ends, to know which one a cut falls in.
    let mut ends = vec![(BUNDLE_PATH.to_owned(), start + bundle.len())];
    for (path, data) in &assets {
        let end = ends.last().map_or(0, |(_, end)| *end) + data.len();
        ends.push((path.clone(), end));
    }
    assert_eq!(ends.last().map(|(_, end)| *end), Some(bytes.len()));
    for cut in 0..bytes.len() {
        let problem = only_problem(&bytes[..cut]);
        let expected = if cut < start {
            Problem::HeaderCut
        } else {
            let (path, _) = ends
                .iter()
                .find(|(_, end)| cut < *end)
                .expect("inside a file");
            Problem::FileCut {
                missing: (bytes.len() - cut) as u64,
                path: path.clone(),
            }
        };
        assert_eq!(problem, expected, "cut at {cut} of {}", bytes.len());
    }
}

#[test]
fn any_single_changed_byte_is_caught_and_a_changed_file_is_named() {
    let (bundle, assets) = sample();
    let bytes = make(&bundle, &assets);
    let start = data_start(&bytes);
    let mut file_at = Vec::new();
    file_at.extend(std::iter::repeat_n(BUNDLE_PATH, bundle.len()));
    for (path, data) in &assets {
        file_at.extend(std::iter::repeat_n(path.as_str(), data.len()));
    }
    for at in 0..bytes.len() {
        for flip in [0x01_u8, 0x80] {
            let mut changed = bytes.clone();
            changed[at] ^= flip;
            let issues = match check_all(&changed) {
                Ok(_) => panic!("byte {at} ^ {flip:#x} was not caught"),
                Err(issues) => issues,
            };
            if at >= start {
                // Inside a file's bytes, the structure holds and the hash names the file.
                let path = file_at[at - start];
                assert!(
                    matches!(&issues[..], [Issue { problem: Problem::HashMismatch { path: p, .. }, .. }] if p == path),
                    "byte {at} ^ {flip:#x} in {path}:\n{}",
                    render(&issues)
                );
            }
        }
    }
}

#[test]
fn files_that_are_not_course_files_are_refused_as_such() {
    let expected = MAGIC.trim_end().to_owned();
    let not_ours = Problem::NotCourseFile {
        expected: expected.clone(),
    };
    let cases: Vec<(&str, Vec<u8>, Problem)> = vec![
        ("an empty file", Vec::new(), Problem::HeaderCut),
        (
            "a file cut in its magic",
            b"NOUR-CO".to_vec(),
            Problem::HeaderCut,
        ),
        (
            "a backup",
            br#"{"format": "nour-backup", "version": 1}"#.to_vec(),
            not_ours.clone(),
        ),
        (
            "a bundle",
            serde_json::to_vec(&minimal_value()).expect("json"),
            not_ours.clone(),
        ),
        (
            "a PNG",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            not_ours.clone(),
        ),
        (
            "a lowercase magic",
            b"nour-course/1\n{}\n".to_vec(),
            not_ours.clone(),
        ),
        (
            "a version 0",
            b"NOUR-COURSE/0\n{}\n".to_vec(),
            not_ours.clone(),
        ),
        ("CRLF", b"NOUR-COURSE/1\r\n{}\n".to_vec(), not_ours.clone()),
        (
            "a newer format",
            b"NOUR-COURSE/2\n{\"anything\": true}\nbytes".to_vec(),
            Problem::CourseFileTooNew {
                found: "NOUR-COURSE/2".into(),
                expected,
            },
        ),
    ];
    for (what, bytes, problem) in cases {
        let issues = course_file::parse(&bytes).expect_err(what);
        assert_eq!(issues.len(), 1, "{what}: {}", render(&issues));
        assert_eq!(issues[0].problem, problem, "{what}");
        assert_eq!(issues[0].path, "$", "{what}");
    }
}

#[test]
fn a_bad_header_is_refused_with_its_path_and_line() {
    let sha = "ab".repeat(32);
    let entry =
        |path: &str, size: u64, sha256: &str| json!({"path": path, "size": size, "sha256": sha256});
    let header = |files: Value| json!({"id": "web", "version": "1.0.0", "title": {"fr": "Web"}, "files": files});

    // Not JSON: the header is line 2 of the file.
    let issues = course_file::parse(b"NOUR-COURSE/1\n{\"id\": \"web\",\n").expect_err("syntax");
    assert_eq!(kind(&issues[0].problem), "syntax");
    assert_eq!(issues[0].line, Some(2));
    assert!(issues[0].column.is_some());

    // Not UTF-8.
    let issues = course_file::parse(b"NOUR-COURSE/1\n{\"id\": \"\xff\"}\n").expect_err("bytes");
    assert_eq!(kind(&issues[0].problem), "syntax");

    // The wrong shape, with the JSON path of the value.
    let bad_size = header(json!([{"path": "bundle.json", "size": "12", "sha256": sha}]));
    let issues = course_file::parse(&raw(&bad_size, b"")).expect_err("shape");
    assert_eq!(issues.len(), 1, "{}", render(&issues));
    assert_eq!(kind(&issues[0].problem), "shape");
    assert_eq!(issues[0].path, "$.files[0].size");
    assert_eq!(issues[0].line, Some(2));

    // Every semantic problem at once, each with its path.
    let mut many = header(json!([
        entry("img/a.png", 1, &sha),
        entry("img/a.png", 1, "ABC"),
        entry("", 1, &sha),
    ]));
    many["id"] = json!("Web Course");
    many["version"] = json!("v1");
    let issues = course_file::parse(&raw(&many, b"abc")).expect_err("semantic");
    let mut got: Vec<(String, String)> = issues
        .iter()
        .map(|i| (i.path.clone(), kind(&i.problem)))
        .collect();
    got.sort();
    let want: Vec<(String, String)> = [
        ("$.files[0].path", "bundle_not_first"),
        ("$.files[1].path", "duplicate_path"),
        ("$.files[1].sha256", "bad_sha256"),
        ("$.files[2].path", "empty"),
        ("$.id", "bad_id"),
        ("$.version", "bad_version"),
    ]
    .iter()
    .map(|(p, k)| ((*p).to_owned(), (*k).to_owned()))
    .collect();
    assert_eq!(got, want, "{}", render(&issues));

    // No file at all.
    let issues = course_file::parse(&raw(&header(json!([])), b"")).expect_err("empty");
    assert_eq!(issues[0].path, "$.files");
    assert_eq!(issues[0].problem, Problem::Empty);

    // A header line that never ends is a file cut inside its header.
    assert_eq!(
        only_problem(b"NOUR-COURSE/1\n{\"id\": \"web\"}"),
        Problem::HeaderCut
    );

    // Sizes too big to add up are a file cut short, not a crash.
    let huge = header(json!([
        entry("bundle.json", u64::MAX, &sha),
        entry("x", u64::MAX, &sha)
    ]));
    assert!(matches!(
        only_problem(&raw(&huge, b"abc")),
        Problem::FileCut { missing, path } if missing == u64::MAX - 3 && path == "bundle.json"
    ));
}

#[test]
fn bytes_after_the_last_file_are_refused() {
    let (bundle, assets) = sample();
    let mut bytes = make(&bundle, &assets);
    bytes.extend_from_slice(b"xyz");
    assert_eq!(only_problem(&bytes), Problem::TrailingBytes { extra: 3 });
    // Two files sent as one.
    let twice = [make(&bundle, &assets), make(&bundle, &assets)].concat();
    assert!(matches!(
        only_problem(&twice),
        Problem::TrailingBytes { .. }
    ));
}

#[test]
fn a_header_that_disagrees_with_its_bundle_is_refused() {
    let (bundle, assets) = sample();
    let rewrite = |edit: &dyn Fn(&mut Value, &mut Vec<u8>)| -> Vec<Issue> {
        let bytes = make(&bundle, &assets);
        let start = data_start(&bytes);
        let mut header: Value =
            serde_json::from_slice(&bytes[MAGIC.len()..start - 1]).expect("header JSON");
        let mut data = bytes[start..].to_vec();
        edit(&mut header, &mut data);
        check_all(&raw(&header, &data)).expect_err("refused")
    };
    let paths_kinds = |issues: &[Issue]| -> Vec<(String, String)> {
        issues
            .iter()
            .map(|i| (i.path.clone(), kind(&i.problem)))
            .collect()
    };
    let pair = |p: &str, k: &str| vec![(p.to_owned(), k.to_owned())];

    // Another course's id, version or title.
    let issues = rewrite(&|header, _| header["id"] = json!("other"));
    assert_eq!(paths_kinds(&issues), pair("$.id", "header_mismatch"));
    let issues = rewrite(&|header, _| header["version"] = json!("2.0.0"));
    assert_eq!(paths_kinds(&issues), pair("$.version", "header_mismatch"));
    let issues = rewrite(&|header, _| header["title"]["fr"] = json!("Autre"));
    assert_eq!(paths_kinds(&issues), pair("$.title", "header_mismatch"));

    // An asset replaced with its header hash updated to match: the bundle still names the
    // original, so the file is refused.
    let svg_len = assets[1].1.len();
    let issues = rewrite(&|header, data| {
        let last = data.len() - 1;
        data[last] ^= 1;
        header["files"][2]["sha256"] = json!(sha256_hex(&data[data.len() - svg_len..]));
    });
    assert_eq!(
        paths_kinds(&issues),
        pair("$.files[2].sha256", "header_mismatch")
    );

    // An asset the bundle does not declare, and a declared one left out.
    let issues = rewrite(&|header, _| header["files"][2]["path"] = json!("img/c.svg"));
    let mut got = paths_kinds(&issues);
    got.sort();
    assert_eq!(
        got,
        [
            ("$.files".to_owned(), "missing_asset".to_owned()),
            ("$.files[2].path".to_owned(), "not_an_asset".to_owned())
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// nour-bundle share

fn read_checked(path: &std::path::Path) -> (Vec<u8>, Bundle) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let bundle = check_all(&bytes).unwrap_or_else(|issues| panic!("{}", render(&issues)));
    (bytes, bundle)
}

#[test]
fn share_writes_the_packed_course_as_one_checked_file() {
    let dir = TempDir::new("share");
    let web = sample_bundle_files()
        .into_iter()
        .find(|file| file.display().to_string().contains("web-html-css"))
        .expect("the web sample");
    let course_dir = web.parent().expect("dir");
    let out = dir.path().join("web.nour");
    let output = run(&[
        "share",
        &course_dir.display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(code(&output), 0, "{}{}", stdout(&output), stderr(&output));
    assert!(
        stdout(&output).contains("web-html-css 1.1.0"),
        "{}",
        stdout(&output)
    );
    let (bytes, bundle) = read_checked(&out);
    assert_eq!(bundle.id(), "web-html-css");
    let file = course_file::parse(&bytes).expect("parsed");
    // Each asset is the file beside the bundle, byte for byte.
    for part in file.assets() {
        let on_disk = std::fs::read(course_dir.join(part.path)).expect("asset on disk");
        assert_eq!(part.bytes, on_disk.as_slice(), "{}", part.path);
    }
    assert!(file.assets().count() >= 1);

    // The bundle is exactly what `pack` publishes: same bytes, same hash as in the catalog.
    let packed = pack_samples(&dir);
    let catalog: Value =
        serde_json::from_slice(&std::fs::read(packed.join("catalog.json")).expect("catalog.json"))
            .expect("json");
    let entry = catalog["courses"]
        .as_array()
        .expect("courses")
        .iter()
        .find(|c| c["id"] == "web-html-css")
        .expect("web in the catalog");
    assert_eq!(file.bundle().sha256, entry["sha256"].as_str().expect("sha"));
    let published =
        std::fs::read(packed.join(entry["url"].as_str().expect("url"))).expect("bundle");
    assert_eq!(file.bundle().bytes, published.as_slice());

    // From the packed catalog instead of the course directory: the same file.
    let again = dir.path().join("again.nour");
    let output = run(&[
        "share",
        "--catalog",
        &packed.display().to_string(),
        "web-html-css",
        "--out",
        &again.display().to_string(),
    ]);
    assert_eq!(code(&output), 0, "{}{}", stdout(&output), stderr(&output));
    assert_eq!(read_checked(&again).0, bytes);
}

#[test]
fn share_refuses_an_invalid_course_a_damaged_catalog_and_bad_usage() {
    let dir = TempDir::new("share-bad");
    let out = dir.path().join("x.nour");
    let out_arg = out.display().to_string();

    // An invalid bundle: exit 1, nothing written.
    let mut doc = minimal_value();
    doc["id"] = json!("Not An Id");
    std::fs::write(dir.path().join("bundle.json"), doc.to_string()).expect("write");
    let output = run(&[
        "share",
        &dir.path().display().to_string(),
        "--out",
        &out_arg,
    ]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert!(stderr(&output).contains("$.id"), "{}", stderr(&output));
    assert!(!out.exists());

    // A packed asset altered after packing: its hash no longer matches the catalog.
    let packed = pack_samples(&dir);
    let asset = std::fs::read_dir(packed.join("assets"))
        .expect("assets")
        .next()
        .expect("one asset")
        .expect("entry")
        .path();
    let mut bytes = std::fs::read(&asset).expect("read");
    bytes[0] ^= 1;
    std::fs::write(&asset, bytes).expect("write");
    let output = run(&[
        "share",
        "--catalog",
        &packed.display().to_string(),
        "web-html-css",
        "--out",
        &out_arg,
    ]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert!(stderr(&output).contains("SHA-256"), "{}", stderr(&output));
    assert!(!out.exists());

    // A course the catalog does not have, and usage errors.
    let output = run(&[
        "share",
        "--catalog",
        &packed.display().to_string(),
        "no-such-course",
        "--out",
        &out_arg,
    ]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("no-such-course"),
        "{}",
        stderr(&output)
    );
    for args in [
        vec!["share"],
        vec!["share", "some-dir"],
        vec!["share", "a", "b", "--out", "x.nour"],
    ] {
        let output = run(&args);
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("Usage"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}
