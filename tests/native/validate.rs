//! Bundle validation: the data-driven table of invalid bundles in `tests/fixtures/bad/`, the
//! inputs too big or too deep to commit (generated here), the valid fixtures and sample courses,
//! and the helpers a reader relies on (fallback resolution, neighbours, versions).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use nour::core::bundle::Bundle;
use nour::core::lang;
use nour::core::model::LocalizedText;
use nour::core::validate::{
    self, Issue, MAX_BODY_BYTES, MAX_BUNDLE_BYTES, MAX_TITLE_CHARS, Problem, is_id, is_semver,
    is_sha256, semver_newer,
};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Helpers shared with the other native test modules.

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

pub fn read_fixture(relative: &str) -> String {
    let path = fixtures_dir().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The two real sample courses shipped in `public/courses/*/bundle.json`.
pub fn sample_bundle_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public")
        .join("courses");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path().join("bundle.json"))
        .filter(|file| file.is_file())
        .collect();
    files.sort();
    files
}

/// A bundle that must be valid, from a fixture under `tests/fixtures/`.
pub fn good_bundle(relative: &str) -> Bundle {
    parse_ok(&read_fixture(relative), relative)
}

pub fn parse_ok(json: &str, what: &str) -> Bundle {
    validate::parse(json)
        .unwrap_or_else(|issues| panic!("{what} should be valid, got:\n{}", render(&issues)))
}

/// The serde tag of a problem, as written in `expected.json` (e.g. "duplicate_id").
pub fn kind(problem: &Problem) -> String {
    let value = serde_json::to_value(problem).expect("a Problem serializes");
    value["kind"]
        .as_str()
        .expect("a Problem has a string `kind` tag")
        .to_owned()
}

/// (path, kind) of every issue, sorted, duplicates kept: compared as a multiset.
pub fn path_kinds(issues: &[Issue]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = issues
        .iter()
        .map(|i| (i.path.clone(), kind(&i.problem)))
        .collect();
    out.sort();
    out
}

pub fn render(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|issue| format!("  {} [{}] {issue}\n", issue.path, kind(&issue.problem)))
        .collect()
}

/// One expected issue of a bad fixture.
#[derive(Clone, Debug)]
pub struct Expected {
    pub path: String,
    pub kind: String,
    pub line: Option<usize>,
}

/// `tests/fixtures/bad/expected.json`: file name -> expected issues, in file-name order.
pub fn bad_cases() -> Vec<(String, Vec<Expected>)> {
    let table: Value =
        serde_json::from_str(&read_fixture("bad/expected.json")).expect("expected.json is JSON");
    let table = table.as_object().expect("expected.json is an object");
    assert!(!table.is_empty(), "expected.json lists no case");
    table
        .iter()
        .map(|(file, list)| {
            let list = list
                .as_array()
                .unwrap_or_else(|| panic!("{file}: expectations must be an array"));
            assert!(
                !list.is_empty(),
                "{file}: a bad fixture must expect at least one issue"
            );
            let expected = list
                .iter()
                .map(|e| Expected {
                    path: e["path"]
                        .as_str()
                        .unwrap_or_else(|| panic!("{file}: missing path"))
                        .to_owned(),
                    kind: e["kind"]
                        .as_str()
                        .unwrap_or_else(|| panic!("{file}: missing kind"))
                        .to_owned(),
                    line: e
                        .get("line")
                        .map(|l| l.as_u64().expect("line is a number") as usize),
                })
                .collect();
            (file.clone(), expected)
        })
        .collect()
}

/// The minimal valid bundle as a JSON value, for tests that derive a variant from it.
pub fn minimal_value() -> Value {
    serde_json::from_str(&read_fixture("good/minimal.json")).expect("minimal.json is JSON")
}

// ---------------------------------------------------------------------------------------------
// The table of bad fixtures.

#[test]
fn every_bad_fixture_reports_exactly_the_expected_issues() {
    let mut failures = Vec::new();
    let cases = bad_cases();
    for (file, expected) in &cases {
        let json = read_fixture(&format!("bad/{file}"));
        let issues = match validate::parse(&json) {
            Ok(_) => {
                failures.push(format!("{file}: accepted, expected {expected:?}"));
                continue;
            }
            Err(issues) => issues,
        };
        let mut want: Vec<(String, String)> = expected
            .iter()
            .map(|e| (e.path.clone(), e.kind.clone()))
            .collect();
        want.sort();
        let got = path_kinds(&issues);
        if got != want {
            failures.push(format!(
                "{file}:\n  expected {want:?}\n  got      {got:?}\n{}",
                render(&issues)
            ));
        }
        for issue in &issues {
            // Machines read the problem's sentence as `message` in the JSON.
            let json = serde_json::to_value(issue).expect("an issue serializes");
            let message = json["message"].as_str().unwrap_or_default();
            if message.trim().is_empty() {
                failures.push(format!("{file}: empty message at {}", issue.path));
            }
            if message != issue.problem.to_string() {
                failures.push(format!(
                    "{file}: message {message:?} is not the problem's text"
                ));
            }
            if !issue.path.starts_with('$') {
                failures.push(format!("{file}: path {:?} is not a JSON path", issue.path));
            }
            // A shape or syntax error comes from the parser, which always knows where it was.
            if matches!(
                issue.problem,
                Problem::Syntax { .. } | Problem::Shape { .. }
            ) && (issue.line.is_none() || issue.column.is_none())
            {
                failures.push(format!(
                    "{file}: parser error without line/column: {issue:?}"
                ));
            }
        }
        for e in expected.iter().filter(|e| e.line.is_some()) {
            let lines: Vec<Option<usize>> = issues
                .iter()
                .filter(|i| i.path == e.path && kind(&i.problem) == e.kind)
                .map(|i| i.line)
                .collect();
            if !lines.contains(&e.line) {
                failures.push(format!(
                    "{file}: {} [{}] expected at line {:?}, got {lines:?}",
                    e.path, e.kind, e.line
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} bad fixtures wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn every_bad_fixture_file_is_in_the_table_and_every_entry_has_a_file() {
    let dir = fixtures_dir().join("bad");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/bad exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json") && name != "expected.json")
        .collect();
    let in_table: BTreeSet<String> = bad_cases().into_iter().map(|(file, _)| file).collect();
    assert_eq!(
        on_disk, in_table,
        "tests/fixtures/bad and expected.json disagree"
    );
    assert!(
        in_table.len() >= 25,
        "the table shrank to {} cases",
        in_table.len()
    );
}

#[test]
fn the_bad_fixtures_cover_every_problem_kind() {
    // Kinds that need inputs too large to commit are covered by the generated tests below.
    let generated = ["file_too_large", "body_too_large", "too_many"];
    let all = [
        "file_too_large",
        "syntax",
        "shape",
        "unknown_format",
        "bad_id",
        "duplicate_id",
        "bad_version",
        "no_language",
        "unknown_language",
        "duplicate_language",
        "undeclared_language",
        "missing_text",
        "empty",
        "text_too_long",
        "no_modules",
        "empty_module",
        "no_author",
        "bad_minutes",
        "body_too_large",
        "raw_html",
        "event_handler",
        "unsafe_link",
        "unknown_image",
        "bad_asset_path",
        "bad_media_type",
        "bad_sha256",
        "bad_url",
        "no_items",
        "pool_too_small",
        "bad_mastery",
        "bad_points",
        "too_few",
        "too_many",
        "no_correct_choice",
        "several_correct_choices",
        "bad_credit",
        "no_full_credit",
        "bad_numeric_answer",
        "bad_range",
        "bad_tolerance",
        "unequal_sides",
        "gap_marker",
        "unknown_gap",
        "answer_not_an_option",
        "duplicate_criterion",
        "unknown_lesson",
    ];
    let covered: BTreeSet<String> = bad_cases()
        .into_iter()
        .flat_map(|(_, list)| list)
        .map(|e| e.kind)
        .collect();
    for kind in all {
        if !generated.contains(&kind) {
            assert!(covered.contains(kind), "no bad fixture expects {kind:?}");
        }
    }
    for kind in &covered {
        assert!(
            all.contains(&kind.as_str()),
            "expected.json uses unknown kind {kind:?}"
        );
    }
}

#[test]
fn several_semantic_problems_are_all_reported_in_one_pass() {
    let issues = validate::parse(&read_fixture("bad/several-problems.json")).expect_err("invalid");
    let kinds: BTreeSet<String> = issues.iter().map(|i| kind(&i.problem)).collect();
    assert!(
        issues.len() >= 18,
        "only {} issues:\n{}",
        issues.len(),
        render(&issues)
    );
    assert!(kinds.len() >= 14, "only kinds {kinds:?}");
    assert!(
        issues.iter().all(|i| i.line.is_none()),
        "semantic issues have no line: {issues:?}"
    );
    // Reported in document order, top to bottom.
    assert_eq!(issues.first().map(|i| i.path.as_str()), Some("$.format"));
    assert_eq!(
        issues.last().map(|i| i.path.as_str()),
        Some("$.modules[1].lessons")
    );
}

#[test]
fn a_duplicate_names_the_first_use() {
    let issues = validate::parse(&read_fixture("bad/duplicate-lesson-id-across-modules.json"))
        .expect_err("invalid");
    assert_eq!(
        issues[0].problem,
        Problem::DuplicateId {
            id: "l1".into(),
            first: "$.modules[0].lessons[0].id".into()
        }
    );
    assert!(
        issues[0].message().contains("$.modules[0].lessons[0].id"),
        "{}",
        issues[0].message()
    );
    let json = serde_json::to_value(&issues[0]).expect("an Issue serializes");
    assert_eq!(json["path"], "$.modules[1].lessons[1].id");
    assert_eq!(json["problem"]["kind"], "duplicate_id");
    assert_eq!(json["problem"]["first"], "$.modules[0].lessons[0].id");
    assert!(
        json.get("line").is_none(),
        "no line for a semantic issue: {json}"
    );
}

#[test]
fn markdown_problems_quote_the_offending_text() {
    let issues =
        validate::parse(&read_fixture("bad/event-handler-in-markdown.json")).expect_err("invalid");
    match &issues[0].problem {
        Problem::EventHandler { snippet } => assert!(snippet.contains("onerror"), "{snippet}"),
        other => panic!("{other:?}"),
    }
    let issues =
        validate::parse(&read_fixture("bad/script-in-markdown.json")).expect_err("invalid");
    assert_eq!(
        issues[0].problem,
        Problem::RawHtml {
            snippet: "<script>".into()
        }
    );
    let issues = validate::parse(&read_fixture("bad/javascript-link.json")).expect_err("invalid");
    assert_eq!(
        issues[0].problem,
        Problem::UnsafeLink {
            url: "javascript:alert(1)".into()
        }
    );
    let issues =
        validate::parse(&read_fixture("bad/image-not-an-asset.json")).expect_err("invalid");
    assert_eq!(
        issues[0].problem,
        Problem::UnknownImage {
            src: "img/absent.png".into()
        }
    );
}

#[test]
fn syntax_and_shape_errors_carry_their_line() {
    let issues = validate::parse(&read_fixture("bad/malformed-json.json")).expect_err("invalid");
    assert_eq!(issues.len(), 1);
    assert!(
        matches!(issues[0].problem, Problem::Syntax { .. }),
        "{:?}",
        issues[0]
    );
    assert_eq!(issues[0].line, Some(4));
    assert!(issues[0].column.is_some_and(|c| c > 0));
    // The position is in its own fields, not repeated in the message.
    assert!(
        !issues[0].message().contains(" at line "),
        "{}",
        issues[0].message()
    );
    assert!(issues[0].to_string().contains("(line 4)"), "{}", issues[0]);

    let issues =
        validate::parse(&read_fixture("bad/wrong-type-minutes.json")).expect_err("invalid");
    assert_eq!(issues[0].line, Some(29));
    assert!(
        issues[0]
            .to_string()
            .starts_with("$.modules[0].lessons[0].minutes (line 29): "),
        "{}",
        issues[0]
    );

    // A syntax error on the last line of a document written on one line.
    let one_line = "{\"format\": \"nour-bundle/1\", \"id\": }";
    let issues = validate::parse(one_line).expect_err("invalid");
    assert_eq!(
        (issues[0].line, kind(&issues[0].problem).as_str()),
        (Some(1), "syntax")
    );

    let three_lines = "{\n  \"format\": \"nour-bundle/1\",\n  \"id\": \"a\" \"b\"\n}";
    let issues = validate::parse(three_lines).expect_err("invalid");
    assert_eq!(issues[0].line, Some(3), "{issues:?}");
}

// ---------------------------------------------------------------------------------------------
// Inputs generated at test time: too big or too deep to commit.

/// minimal.json with one JSON value replaced by `replacement`, by text: cheap even for 10 MB.
fn minimal_with(original: &str, replacement: &str) -> String {
    let template = read_fixture("good/minimal.json");
    assert_eq!(
        template.matches(original).count(),
        1,
        "{original} is not unique in minimal.json"
    );
    template.replacen(original, replacement, 1)
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serializes")
}

fn with_lesson_body(text: &str) -> String {
    minimal_with("\"Texte.\"", &json_string(text))
}

const TEN_MB: usize = 10_000_000;

#[test]
fn a_ten_megabyte_lesson_body_is_refused_with_a_short_message() {
    let json = with_lesson_body(&"a".repeat(TEN_MB));
    assert!(
        json.len() < MAX_BUNDLE_BYTES,
        "the file itself stays under the file limit"
    );
    let issues = validate::parse(&json).expect_err("a 10 MB body is refused");
    let path = "$.modules[0].lessons[0].body.fr";
    assert!(
        issues.iter().any(|i| i.path == path
            && i.problem
                == Problem::BodyTooLarge {
                    bytes: TEN_MB,
                    limit: MAX_BODY_BYTES
                }),
        "{}",
        render(&issues)
    );
    assert!(
        issues
            .iter()
            .all(|i| i.message().len() < 200 && i.path.len() < 100),
        "{}",
        render(&issues)
    );
}

#[test]
fn a_ten_megabyte_lesson_body_is_one_problem_only() {
    let issues = validate::parse(&with_lesson_body(&"a".repeat(TEN_MB))).expect_err("refused");
    assert_eq!(
        path_kinds(&issues),
        vec![(
            "$.modules[0].lessons[0].body.fr".to_owned(),
            "body_too_large".to_owned()
        )],
        "{}",
        render(&issues)
    );
}

#[test]
fn a_body_just_over_the_limit_is_refused_and_one_at_the_limit_is_not() {
    let at_limit = validate::parse(&with_lesson_body(&"a".repeat(MAX_BODY_BYTES)));
    assert!(at_limit.is_ok(), "{:?}", at_limit.err());
    let over =
        validate::parse(&with_lesson_body(&"a".repeat(MAX_BODY_BYTES + 1))).expect_err("over");
    assert!(over.iter().any(
        |i| matches!(i.problem, Problem::BodyTooLarge { bytes, .. } if bytes == MAX_BODY_BYTES + 1)
    ));
}

#[test]
fn a_ten_megabyte_title_is_text_too_long() {
    let json = minimal_with("\"Cours minimal\"", &json_string(&"a".repeat(TEN_MB)));
    let issues = validate::parse(&json).expect_err("refused");
    assert_eq!(
        path_kinds(&issues),
        vec![("$.title.fr".to_owned(), "text_too_long".to_owned())]
    );
    assert_eq!(
        issues[0].problem,
        Problem::TextTooLong {
            chars: TEN_MB,
            limit: MAX_TITLE_CHARS
        }
    );
    assert!(issues[0].message().len() < 100, "{}", issues[0].message());
}

#[test]
fn titles_are_counted_in_characters_not_bytes() {
    // 200 Arabic letters are 400 bytes and still fit.
    let mut doc = minimal_value();
    doc["languages"] = serde_json::json!(["fr", "ar"]);
    doc["title"]["ar"] = Value::String("ب".repeat(MAX_TITLE_CHARS));
    assert!(validate::parse(&doc.to_string()).is_ok());
    doc["title"]["ar"] = Value::String("ب".repeat(MAX_TITLE_CHARS + 1));
    let issues = validate::parse(&doc.to_string()).expect_err("201 characters");
    assert_eq!(
        issues[0].problem,
        Problem::TextTooLong {
            chars: MAX_TITLE_CHARS + 1,
            limit: MAX_TITLE_CHARS
        }
    );
}

#[test]
fn a_ten_megabyte_id_is_quoted_shortened() {
    let json = minimal_with("\"minimal\"", &json_string(&"A".repeat(TEN_MB)));
    let issues = validate::parse(&json).expect_err("refused");
    assert_eq!(
        path_kinds(&issues),
        vec![("$.id".to_owned(), "bad_id".to_owned())]
    );
    match &issues[0].problem {
        Problem::BadId { found } => assert!(
            found.chars().count() <= 80 && found.starts_with("AAA"),
            "{found}"
        ),
        other => panic!("{other:?}"),
    }
    assert!(issues[0].message().len() < 300);
}

/// Long values a trainer (or an attacker) may put anywhere, and the variant of minimal.json that
/// carries each: every message must stay short, whatever the value's length.
fn long_value_cases(long: &str) -> Vec<(&'static str, String)> {
    let s = json_string(long);
    vec![
        ("id", minimal_with("\"minimal\"", &s)),
        ("module id", minimal_with("\"m1\"", &s)),
        (
            "author url",
            minimal_with(
                "\"name\": \"Équipe Nour\"",
                &format!("\"name\": \"A\", \"url\": {s}"),
            ),
        ),
        (
            "language",
            minimal_with("\"fr\"\n  ]", &format!("\"fr\", {s}\n  ]")),
        ),
        (
            "text language key",
            minimal_with("\"Cours minimal\"", &format!("\"x\", {s}: \"y\"")),
        ),
        ("link", with_lesson_body(&format!("[a](javascript:{long})"))),
        ("image", with_lesson_body(&format!("![a](img/{long}.png)"))),
        (
            "raw html",
            with_lesson_body(&format!("<div class=\"{long}\">")),
        ),
    ]
}

#[test]
fn long_values_are_shortened_in_messages() {
    let long = "a".repeat(1_000_000);
    for (name, json) in long_value_cases(&long) {
        let issues = validate::parse(&json).expect_err(name);
        for issue in &issues {
            assert!(
                issue.message().len() < 500,
                "{name}: {} bytes in the message of {}",
                issue.message().len(),
                issue.path
            );
            assert!(
                issue.path.len() < 200,
                "{name}: {} bytes of path",
                issue.path.len()
            );
        }
    }
}

#[test]
fn long_values_are_shortened_in_every_message() {
    let long = "a".repeat(1_000_000);
    let s = json_string(&long);
    let asset = |field: &str| {
        let mut asset = serde_json::json!({"path": "img/a.png", "media_type": "image/png"});
        asset[field] = Value::String(long.clone());
        minimal_with(
            "\"license\"",
            &format!("\"assets\": [{asset}], \"license\""),
        )
    };
    let cases = [
        ("format", minimal_with("\"nour-bundle/1\"", &s)),
        ("version", minimal_with("\"1.0.0\"", &s)),
        ("asset path", asset("path")),
        ("media type", asset("media_type")),
        ("sha256", asset("sha256")),
        (
            "minutes as a string",
            minimal_with("\"minutes\": 1", &format!("\"minutes\": {s}")),
        ),
        // TextTooLong builds its path from the unshortened language key.
        (
            "long key, long text",
            minimal_with(
                "\"Cours minimal\"",
                &format!("\"x\", {s}: {}", json_string(&"b".repeat(300))),
            ),
        ),
    ];
    let mut long_messages = Vec::new();
    for (name, json) in cases {
        let issues = validate::parse(&json).expect_err(name);
        for issue in issues
            .iter()
            .filter(|i| i.message().len() >= 500 || i.path.len() >= 200)
        {
            long_messages.push(format!(
                "{name}: [{}] message {} bytes, path {} bytes",
                kind(&issue.problem),
                issue.message().len(),
                issue.path.len()
            ));
        }
    }
    assert!(long_messages.is_empty(), "{}", long_messages.join("\n"));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let json = with_lesson_body(&"a".repeat(MAX_BUNDLE_BYTES));
    let issues = validate::parse(&json).expect_err("too large");
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].path, "$");
    assert_eq!(
        issues[0].problem,
        Problem::FileTooLarge {
            size: json.len(),
            limit: MAX_BUNDLE_BYTES
        }
    );
    // Not even valid JSON is looked at.
    let garbage = "x".repeat(MAX_BUNDLE_BYTES + 1);
    assert_eq!(
        kind(&validate::parse(&garbage).expect_err("too large")[0].problem),
        "file_too_large"
    );
}

fn nested_arrays(depth: usize) -> String {
    let mut out = String::with_capacity(depth * 2);
    out.extend(std::iter::repeat_n('[', depth));
    out.extend(std::iter::repeat_n(']', depth));
    out
}

/// Each place receives 100 000 nested arrays; parsing must end in one issue, not a stack overflow.
#[test]
fn deep_nesting_is_an_issue_not_a_stack_overflow() {
    let deep = nested_arrays(100_000);
    let minimal = read_fixture("good/minimal.json");
    let cases = [
        ("whole document", deep.clone()),
        ("lesson body", minimal_with("\"Texte.\"", &deep)),
        (
            "lesson list",
            minimal_with("\"lessons\": [", &format!("\"lessons\": [{deep}, ")),
        ),
        (
            "modules",
            minimal_with("\"modules\": [", &format!("\"modules\": [{deep}, ")),
        ),
        (
            "signature",
            minimal_with(
                "\"license\"",
                &format!("\"signature\": {deep}, \"license\""),
            ),
        ),
        ("unclosed", "[".repeat(100_000)),
        (
            "nested objects",
            format!("{}{}", "{\"a\":".repeat(100_000), "}".repeat(100_000)),
        ),
    ];
    for (name, json) in cases {
        assert_ne!(json, minimal, "{name}: the template did not change");
        // A small stack proves the depth is bounded, whatever the default stack of test threads.
        let outcome = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || validate::parse(&json).map(|_| ()))
            .expect("spawn")
            .join()
            .unwrap_or_else(|_| panic!("{name}: validation panicked"));
        let issues = outcome.expect_err(name);
        assert_eq!(issues.len(), 1, "{name}: {issues:?}");
        let k = kind(&issues[0].problem);
        assert!(k == "syntax" || k == "shape", "{name}: {k}");
        assert!(
            !issues[0].message().is_empty() && issues[0].line.is_some(),
            "{name}: {:?}",
            issues[0]
        );
    }
}

#[test]
fn serde_json_recursion_limit_is_reported_as_a_syntax_issue() {
    // Where the type allows nesting, serde_json's own depth limit must stop it.
    let issues = validate::parse_shape::<Value>(&nested_arrays(100_000)).expect_err("too deep");
    assert_eq!(issues.len(), 1);
    assert_eq!(kind(&issues[0].problem), "syntax");
    assert!(
        issues[0].message().contains("recursion"),
        "{}",
        issues[0].message()
    );
}

#[test]
fn deeply_nested_markdown_in_a_valid_bundle_is_validated_quickly() {
    let start = std::time::Instant::now();
    let bodies = [
        ">".repeat(40_000) + " texte",
        "- ".repeat(40_000) + "texte",
        "*".repeat(40_000) + "texte" + &"*".repeat(40_000),
        "[".repeat(40_000) + "texte" + &"](https://example.org)".repeat(2_000),
    ];
    for body in bodies {
        assert!(body.len() <= MAX_BODY_BYTES);
        let json = with_lesson_body(&body);
        let outcome = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || validate::parse(&json).map(|_| ()))
            .expect("spawn")
            .join();
        assert!(
            matches!(outcome, Ok(Ok(()))),
            "{:?}",
            outcome.map(|o| o.err().map(|i| render(&i)))
        );
    }
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

// ---------------------------------------------------------------------------------------------
// Valid bundles.

#[test]
fn good_fixtures_are_valid() {
    let minimal = good_bundle("good/minimal.json");
    assert_eq!(
        (minimal.id(), minimal.version(), minimal.lesson_count()),
        ("minimal", "1.0.0", 1)
    );
    let two = good_bundle("good/two-modules.json");
    assert_eq!(two.modules().len(), 2);
    assert_eq!(two.lesson_count(), 3);
    assert_eq!(two.total_minutes(), 3 + 4 + 600);
    assert_eq!(
        two.asset("img/schema.png").map(|a| a.media_type.as_str()),
        Some("image/png")
    );
    assert!(two.asset("img/other.png").is_none());
}

#[test]
fn the_minimal_fixture_is_minimal() {
    // Dropping any field of the minimal bundle makes it invalid: nothing in it is optional.
    let doc = minimal_value();
    let fields: Vec<String> = doc.as_object().expect("object").keys().cloned().collect();
    assert_eq!(fields.len(), 8, "{fields:?}");
    for field in fields {
        let mut without = doc.clone();
        without.as_object_mut().expect("object").remove(&field);
        assert!(
            validate::parse(&without.to_string()).is_err(),
            "still valid without {field}"
        );
    }
}

#[test]
fn html_inside_code_is_not_raw_html() {
    // two-modules.json has `<script>` in a code span and `<p onclick>` in a fenced block.
    let two = good_bundle("good/two-modules.json");
    let body = &two.lesson("l1").expect("l1").lesson.body.0["fr"];
    assert!(
        body.contains("`<script>`") && body.contains("onclick"),
        "{body}"
    );
    // The same text outside code is refused.
    let issues = validate::parse(&with_lesson_body("Du code : <script>.")).expect_err("raw html");
    assert_eq!(kind(&issues[0].problem), "raw_html");
}

#[test]
fn the_sample_courses_are_valid() {
    let files = sample_bundle_files();
    assert_eq!(files.len(), 2, "{files:?}");
    let mut ids = Vec::new();
    for file in &files {
        let json = std::fs::read_to_string(file).expect("readable");
        let bundle = parse_ok(&json, &file.display().to_string());
        assert!(
            bundle.lesson_count() >= 5,
            "{}: {} lessons",
            bundle.id(),
            bundle.lesson_count()
        );
        assert!(bundle.modules().iter().all(|m| !m.lessons.is_empty()));
        for found in bundle.lessons() {
            for lang in bundle.languages() {
                // Every lesson shows a title in each course language (maybe by fallback).
                assert!(
                    found.lesson.title.pick(lang, bundle.languages()).is_some(),
                    "{}",
                    found.lesson.id
                );
            }
        }
        ids.push(bundle.id().to_owned());
    }
    assert_eq!(ids, ["entretien-embauche", "web-html-css"]);
}

// ---------------------------------------------------------------------------------------------
// Text fallback.

fn text(pairs: &[(&str, &str)]) -> LocalizedText {
    LocalizedText(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    )
}

#[test]
fn localized_text_resolves_the_first_non_blank_language() {
    let t = text(&[("fr", "Bonjour"), ("ar", "  "), ("en", "Hello")]);
    let cases: [(&[&str], Option<&str>); 7] = [
        (&["fr"], Some("Bonjour")),
        (&["en", "fr"], Some("Hello")),
        (&["ar", "fr"], Some("Bonjour")),
        (&["ar", "en", "fr"], Some("Hello")),
        (&["zgh", "ar"], None),
        (&["ar"], None),
        (&[], None),
    ];
    for (order, want) in cases {
        assert_eq!(t.resolve(order.iter().copied()), want, "order {order:?}");
    }
    assert!(text(&[("fr", " \n\t")]).is_empty());
    assert!(text(&[]).is_empty());
    assert!(!text(&[("ar", "x")]).is_empty());
}

#[test]
fn texts_come_in_the_readers_language_then_in_the_course_order() {
    let two = good_bundle("good/two-modules.json");
    let langs = two.languages();
    assert_eq!(langs, ["fr", "ar", "en"]);
    assert_eq!(lang::fallback_order("fr", langs), ["fr", "ar", "en"]);
    assert_eq!(lang::fallback_order("ar", langs), ["ar", "fr", "en"]);
    assert_eq!(lang::fallback_order("en", langs), ["en", "fr", "ar"]);
    assert_eq!(
        lang::fallback_order("zgh", langs),
        ["zgh", "fr", "ar", "en"]
    );

    // title: fr + ar. summary: en only. l3 body: ar only.
    assert_eq!(two.title().pick("ar", langs), Some(("ar", "وحدتان")));
    assert_eq!(two.title().pick("en", langs), Some(("fr", "Deux modules")));
    assert_eq!(
        two.summary().pick("fr", langs),
        Some(("en", "Two modules, three lessons."))
    );
    assert_eq!(
        two.summary().pick("ar", langs).map(|(lang, _)| lang),
        Some("en")
    );
    let l3 = two.lesson("l3").expect("l3");
    assert_eq!(
        l3.lesson.body.pick("fr", langs),
        Some(("ar", "الدرس الثالث"))
    );
    assert_eq!(
        l3.lesson
            .body
            .pick("fr", langs)
            .map(|(lang, _)| lang::dir(lang)),
        Some("rtl")
    );
    assert_eq!(
        two.title()
            .pick("fr", langs)
            .map(|(lang, _)| lang::dir(lang)),
        Some("ltr")
    );

    let minimal = good_bundle("good/minimal.json");
    assert_eq!(
        minimal.summary().pick("fr", minimal.languages()),
        None,
        "an absent optional text has nothing to show"
    );
}

// ---------------------------------------------------------------------------------------------
// Reading order.

#[test]
fn neighbours_cross_module_boundaries() {
    let two = good_bundle("good/two-modules.json");
    let ids = |pair: (
        Option<nour::core::bundle::LessonRef<'_>>,
        Option<nour::core::bundle::LessonRef<'_>>,
    )| {
        (
            pair.0.map(|r| (r.module.id.clone(), r.lesson.id.clone())),
            pair.1.map(|r| (r.module.id.clone(), r.lesson.id.clone())),
        )
    };
    let some = |m: &str, l: &str| Some((m.to_owned(), l.to_owned()));
    assert_eq!(ids(two.neighbours("l1")), (None, some("m1", "l2")));
    assert_eq!(
        ids(two.neighbours("l2")),
        (some("m1", "l1"), some("m2", "l3"))
    );
    assert_eq!(ids(two.neighbours("l3")), (some("m1", "l2"), None));
    assert_eq!(ids(two.neighbours("nope")), (None, None));
    assert_eq!(
        ids(two.neighbours("m1")),
        (None, None),
        "a module id is not a lesson"
    );

    let positions: Vec<(usize, String)> = two
        .lessons()
        .map(|r| (r.position, r.lesson.id.clone()))
        .collect();
    assert_eq!(
        positions,
        [
            (0, "l1".to_owned()),
            (1, "l2".to_owned()),
            (2, "l3".to_owned())
        ]
    );
    assert_eq!(
        two.lesson("l3").map(|r| (r.position, r.module.id.as_str())),
        Some((2, "m2"))
    );

    let minimal = good_bundle("good/minimal.json");
    assert!(matches!(minimal.neighbours("l1"), (None, None)));
}

#[test]
fn neighbours_in_a_sample_course_cross_into_the_next_module() {
    let file = &sample_bundle_files()[0];
    let bundle = parse_ok(&std::fs::read_to_string(file).expect("readable"), "sample");
    let modules = bundle.modules();
    let last_of_first = modules[0].lessons.last().expect("lesson");
    let first_of_second = &modules[1].lessons[0];
    let (_, next) = bundle.neighbours(&last_of_first.id);
    assert_eq!(
        next.map(|r| r.lesson.id.as_str()),
        Some(first_of_second.id.as_str())
    );
    let (previous, _) = bundle.neighbours(&first_of_second.id);
    assert_eq!(
        previous.map(|r| r.lesson.id.as_str()),
        Some(last_of_first.id.as_str())
    );
}

// ---------------------------------------------------------------------------------------------
// Small predicates.

#[test]
fn semver_table() {
    let valid = [
        "0.0.0",
        "1.0.0",
        "1.2.3",
        "10.20.30",
        "1.0.0-alpha",
        "1.0.0-rc.1",
        "1.0.0-rc-1",
        "0.1.0-x.7.z.92",
    ];
    let invalid = [
        "",
        "1",
        "1.0",
        "1.0.0.0",
        "v1.0.0",
        "01.0.0",
        "1.02.0",
        "1.0.00",
        "1.0.0-",
        "1.0.0-alpha..1",
        "1.0.0-al pha",
        "1.0.0+build",
        "1..0",
        "a.b.c",
        " 1.0.0",
        "1.0.0 ",
        "-1.0.0",
        "1.0.x",
    ];
    for v in valid {
        assert!(is_semver(v), "{v:?} should be a semantic version");
    }
    for v in invalid {
        assert!(!is_semver(v), "{v:?} should not be a semantic version");
    }
}

#[test]
fn semver_newer_table() {
    let cases = [
        ("1.0.1", "1.0.0", true),
        ("1.1.0", "1.0.9", true),
        ("2.0.0", "1.99.99", true),
        ("1.10.0", "1.9.0", true),     // numbers, not strings
        ("1.0.0", "1.0.0-rc.1", true), // a release is newer than its pre-release
        ("1.0.0-rc.1", "1.0.0", false),
        ("1.0.0", "1.0.0", false),
        ("1.0.0", "1.0.1", false),
        ("0.9.0", "1.0.0", false),
        ("1.9.0", "1.10.0", false),
        ("1.0.1-beta", "1.0.0", true),
    ];
    for (candidate, installed, want) in cases {
        assert_eq!(
            semver_newer(candidate, installed),
            want,
            "{candidate} newer than {installed}?"
        );
    }
}

#[test]
fn id_and_sha256_tables() {
    for id in ["ab", "m1", "l01-le-web", "a-", &"a".repeat(64)] {
        assert!(is_id(id), "{id:?}");
    }
    for id in [
        "",
        "a",
        "-ab",
        "Ab",
        "a_b",
        "a b",
        "é1",
        "a.b",
        &"a".repeat(65),
    ] {
        assert!(!is_id(id), "{id:?}");
    }
    assert!(is_sha256(&"0123456789abcdef".repeat(4)));
    for sha in [
        "",
        "abc",
        &"A".repeat(64),
        &"g".repeat(64),
        &"a".repeat(63),
        &"a".repeat(65),
    ] {
        assert!(!is_sha256(sha), "{sha:?}");
    }
}
