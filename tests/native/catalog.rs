//! The published catalog: what `nour-bundle pack` writes must parse, and a catalog that points
//! outside its server, lies about hashes or repeats a course must not.

use std::sync::OnceLock;

use nour::core::catalog::{self, CATALOG_FORMAT_V1, CatalogAsset, CatalogEntry};
use nour::core::model::LocalizedText;
use serde_json::{Value, json};

use crate::cli::{TempDir, pack_samples};
use crate::validate::{kind, path_kinds, render};

/// catalog.json as `nour-bundle pack` writes it for the two sample courses (packed once).
fn packed_catalog() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let dir = TempDir::new("catalog");
        let out = pack_samples(&dir);
        std::fs::read_to_string(out.join("catalog.json")).expect("catalog.json")
    })
}

fn packed_value() -> Value {
    serde_json::from_str(packed_catalog()).expect("catalog is JSON")
}

/// Parses a catalog that must be refused and returns its (path, kind) pairs.
fn refused(value: &Value) -> Vec<(String, String)> {
    match catalog::parse(&value.to_string()) {
        Ok(_) => panic!("accepted:\n{value:#}"),
        Err(issues) => {
            assert!(!issues.is_empty());
            assert!(
                issues.iter().all(|i| !i.message().is_empty()),
                "{}",
                render(&issues)
            );
            path_kinds(&issues)
        }
    }
}

fn pk(path: &str, kind: &str) -> (String, String) {
    (path.to_owned(), kind.to_owned())
}

#[test]
fn the_packed_catalog_parses() {
    let parsed =
        catalog::parse(packed_catalog()).unwrap_or_else(|issues| panic!("{}", render(&issues)));
    assert_eq!(parsed.format, CATALOG_FORMAT_V1);
    let ids: Vec<&str> = parsed.courses.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["entretien-embauche", "web-html-css"]);
    let web = &parsed.courses[1];
    assert_eq!(web.assets.len(), 1);
    assert_eq!(web.assets[0].path, "img/box-model.svg");
    assert_eq!(
        CatalogEntry::asset_url(&web.assets[0]),
        format!("assets/{}", web.assets[0].sha256)
    );
    assert_eq!(web.download_size(), web.size + web.assets[0].size);
    assert!(web.assets[0].size > 0 && web.download_size() > web.size);
    let interview = &parsed.courses[0];
    assert!(interview.assets.is_empty());
    assert_eq!(interview.download_size(), interview.size);
    assert!(
        interview
            .title
            .resolve(["fr"])
            .is_some_and(|t| t.contains("entretien"))
    );
}

#[test]
fn a_catalog_with_a_bad_sha256_is_refused() {
    for bad in ["", "abc", &"A".repeat(64), &"z".repeat(64)] {
        let mut value = packed_value();
        value["courses"][0]["sha256"] = json!(bad);
        assert_eq!(
            refused(&value),
            [pk("$.courses[0].sha256", "bad_sha256")],
            "{bad:?}"
        );
    }
    let mut value = packed_value();
    value["courses"][1]["assets"][0]["sha256"] = json!("../../etc/passwd");
    assert_eq!(
        refused(&value),
        [pk("$.courses[1].assets[0].sha256", "bad_sha256")]
    );
}

#[test]
fn a_bundle_url_must_stay_beside_the_catalog() {
    let bad_urls = [
        "",
        "/courses/x.json",
        "//evil.example/x.json",
        "https://evil.example/x.json",
        "http://evil.example/x.json",
        "HTTPS://evil.example/x.json",
        "../x.json",
        "courses/../../x.json",
        "courses/..",
        "courses//x.json",
        "courses\\..\\x.json",
    ];
    for url in bad_urls {
        let mut value = packed_value();
        value["courses"][1]["url"] = json!(url);
        assert_eq!(
            refused(&value),
            [pk("$.courses[1].url", "bad_url")],
            "{url:?}"
        );
    }
    for url in [
        "x.json",
        "courses/x-1.0.0.json",
        "a/b/c.json",
        "courses/./x.json",
    ] {
        let mut value = packed_value();
        value["courses"][1]["url"] = json!(url);
        assert!(
            catalog::parse(&value.to_string()).is_ok(),
            "{url:?} should be accepted"
        );
    }
}

#[test]
fn a_bundle_url_with_a_scheme_but_no_slashes_is_refused() {
    for url in ["data:application/json,{}", "javascript:alert(1)", "blob:x"] {
        let mut value = packed_value();
        value["courses"][0]["url"] = json!(url);
        assert_eq!(
            refused(&value),
            [pk("$.courses[0].url", "bad_url")],
            "{url:?}"
        );
    }
}

#[test]
fn duplicate_course_ids_are_refused() {
    let mut value = packed_value();
    let first = value["courses"][0].clone();
    value["courses"]
        .as_array_mut()
        .expect("courses")
        .push(first);
    assert_eq!(refused(&value), [pk("$.courses[2].id", "duplicate_id")]);
}

#[test]
fn an_unknown_catalog_format_is_refused() {
    for format in ["nour-catalog/2", "nour-bundle/1", ""] {
        let mut value = packed_value();
        value["format"] = json!(format);
        let issues = catalog::parse(&value.to_string()).expect_err(format);
        assert_eq!(
            path_kinds(&issues),
            [pk("$.format", "unknown_format")],
            "{format:?}"
        );
    }
}

#[test]
fn bad_ids_and_versions_are_refused_and_all_problems_are_reported() {
    let mut value = packed_value();
    value["format"] = json!("nour-catalog/0");
    value["courses"][0]["id"] = json!("Entretien");
    value["courses"][0]["version"] = json!("1.0");
    value["courses"][1]["url"] = json!("https://cdn.example/web.json");
    value["courses"][1]["sha256"] = json!("nope");
    let mut want = vec![
        pk("$.format", "unknown_format"),
        pk("$.courses[0].id", "bad_id"),
        pk("$.courses[0].version", "bad_version"),
        pk("$.courses[1].sha256", "bad_sha256"),
        pk("$.courses[1].url", "bad_url"),
    ];
    want.sort();
    assert_eq!(refused(&value), want);
}

#[test]
fn a_catalog_of_the_wrong_shape_is_refused_with_its_path() {
    let mut value = packed_value();
    value["courses"][1]["size"] = json!("12 KB");
    let issues = catalog::parse(&value.to_string()).expect_err("size is a string");
    assert_eq!(issues.len(), 1);
    assert_eq!(kind(&issues[0].problem), "shape");
    assert_eq!(issues[0].path, "$.courses[1].size");

    let mut value = packed_value();
    value["courses"][0]["tracking"] = json!(true);
    assert_eq!(
        kind(&catalog::parse(&value.to_string()).expect_err("unknown field")[0].problem),
        "shape"
    );

    let issues =
        catalog::parse("{\"format\": \"nour-catalog/1\", \"courses\": [").expect_err("truncated");
    assert_eq!(kind(&issues[0].problem), "syntax");
    assert!(issues[0].line.is_some());
}

#[test]
fn an_empty_catalog_is_valid() {
    let parsed =
        catalog::parse("{\"format\": \"nour-catalog/1\", \"courses\": []}").expect("valid");
    assert!(parsed.courses.is_empty());
}

#[test]
fn download_size_sums_the_bundle_and_its_assets() {
    let asset = |size: u64| CatalogAsset {
        path: format!("img/{size}.png"),
        size,
        sha256: "a".repeat(64),
    };
    let entry = |size: u64, assets: Vec<CatalogAsset>| CatalogEntry {
        id: "cours".into(),
        version: "1.0.0".into(),
        title: LocalizedText::default(),
        summary: LocalizedText::default(),
        languages: vec!["fr".into()],
        url: "courses/cours-1.0.0.json".into(),
        size,
        sha256: "b".repeat(64),
        assets,
        modules: 1,
        lessons: 1,
        minutes: 1,
        pack: nour::core::catalog::PackRef {
            url: "packs/cours-1.0.0.json".into(),
            size: 100,
            sha256: "c".repeat(64),
        },
    };
    assert_eq!(entry(1_000, vec![]).download_size(), 1_000);
    assert_eq!(
        entry(1_000, vec![asset(200), asset(300)]).download_size(),
        1_500
    );
    assert_eq!(entry(0, vec![asset(5_000_000)]).download_size(), 5_000_000);
    // Sizes beyond 4 GiB do not wrap.
    assert_eq!(
        entry(u64::from(u32::MAX), vec![asset(u64::from(u32::MAX))]).download_size(),
        2 * u64::from(u32::MAX)
    );
}
