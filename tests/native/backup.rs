//! Backups: the file format (a golden file in `tests/fixtures/backup/`, round trips), every way a
//! file is refused with its exact paths (`tests/fixtures/backup/expected.json`), the merge rules
//! (table-driven) and Base64 against the RFC 4648 test vectors.

use std::collections::BTreeSet;

use nour::core::attempt::{Answer, Attempt};
use nour::core::backup::{
    self, Backup, BackupCourse, BackupError, BackupProblem, FORMAT, LearnerData, VERSION,
};
use nour::core::base64;
use nour::core::portfolio::{
    ContactLink, Entry, EntryKind, ImageData, ImageRef, LanguageLevel, Portfolio, Profile,
    SpokenLanguage,
};
use nour::core::progress::{EventKind, LearningEvent};
use nour::core::record::LearnerRecord;
use nour::core::scoring::Response;
use serde_json::Value;

use crate::validate::{fixtures_dir, read_fixture};

// ---------------------------------------------------------------------------------------------
// Builders

fn event(course: &str, lesson: &str, kind: EventKind, at_ms: u64) -> LearningEvent {
    LearningEvent {
        course_id: course.into(),
        lesson_id: lesson.into(),
        kind,
        at_ms,
    }
}

fn attempt(id: &str, started_ms: u64, finished_ms: Option<u64>) -> Attempt {
    Attempt {
        id: id.into(),
        assessment_id: id.split('@').next().unwrap_or(id).into(),
        course_version: "1.0.0".into(),
        seed: 7,
        order: vec!["q1".into(), "q2".into()],
        started_ms,
        finished_ms,
    }
}

fn answer(attempt_id: &str, item: &str, response: Response, credit: u8, at_ms: u64) -> Answer {
    Answer {
        attempt_id: attempt_id.into(),
        assessment_id: attempt_id.split('@').next().unwrap_or(attempt_id).into(),
        item_id: item.into(),
        response,
        credit,
        correct: credit == 100,
        hints_used: 0,
        at_ms,
    }
}

fn image_ref(id: &str) -> ImageRef {
    ImageRef {
        id: id.into(),
        media_type: "image/webp".into(),
        width: 640,
        height: 480,
        bytes: 4,
        alt: format!("capture {id}"),
    }
}

fn entry(id: &str, images: &[&str], updated_ms: u64) -> Entry {
    Entry {
        id: id.into(),
        title: format!("Projet {id}"),
        images: images.iter().map(|image| image_ref(image)).collect(),
        created_ms: 1,
        updated_ms,
        ..Default::default()
    }
}

fn image(id: &str, bytes: &[u8]) -> ImageData {
    ImageData {
        id: id.into(),
        bytes: bytes.to_vec(),
    }
}

fn record(course: &str) -> LearnerRecord {
    LearnerRecord::new(course)
}

/// The backup `tests/fixtures/backup/valid.json` holds.
fn sample_backup() -> Backup {
    let web = LearnerRecord {
        course_id: "web".into(),
        events: vec![
            event("web", "l1", EventKind::Opened, 1_000),
            event("web", "l1", EventKind::Completed, 2_000),
        ],
        attempts: vec![
            attempt("quiz@3000", 3_000, Some(5_000)),
            attempt("controle@6000", 6_000, None),
        ],
        answers: vec![
            answer("quiz@3000", "q1", Response::Choices(vec![0, 2]), 50, 3_500),
            answer(
                "quiz@3000",
                "q2",
                Response::Open {
                    text: "« J'ai appris » — تعلمت \"beaucoup\"\n2 lignes".into(),
                    checked: vec![0],
                    portfolio: true,
                },
                100,
                4_000,
            ),
            answer("review", "q3", Response::Skipped, 0, 7_000),
        ],
    };
    let cv = LearnerRecord {
        course_id: "cv".into(),
        events: vec![event("cv", "c1", EventKind::Opened, 8_000)],
        ..Default::default()
    };
    let portfolio = Portfolio {
        profile: Profile {
            name: "Fatima Zahra El Idrissi".into(),
            headline: "Développeuse web junior".into(),
            city: "Smara".into(),
            email: "fz@example.org".into(),
            languages: vec![SpokenLanguage {
                language: "Arabe".into(),
                level: LanguageLevel::Native,
            }],
            links: vec![ContactLink {
                label: "GitHub".into(),
                url: "https://github.com/fz".into(),
            }],
            photo: Some(image_ref("photo")),
            ..Default::default()
        },
        entries: vec![
            entry("site-cooperative", &["a1", "a2"], 9_000),
            Entry {
                kind: EntryKind::Reflection,
                description: "Ce que j'ai **appris**.".into(),
                ..entry("reflexion", &[], 9_500)
            },
        ],
        deleted: Some(entry("ancien", &["d1"], 9_700)),
        hidden_achievements: vec!["web:module:m1".into()],
    };
    Backup {
        created_ms: 1_767_225_600_000,
        app_version: "0.1.0".into(),
        data: LearnerData {
            records: vec![cv, web],
            portfolio,
            images: vec![
                image("photo", &[0xff, 0xd8, 0xff, 0xe0]),
                image("a1", b"RIFF"),
                image("a2", &(0..=255).collect::<Vec<u8>>()),
                image("d1", &[]),
            ],
            locale: Some("ar".into()),
        },
        courses: vec![BackupCourse {
            bundle_json:
                "{\"format\":\"nour-bundle/1\",\"id\":\"web\",\"title\":{\"ar\":\"الويب\"}}\n"
                    .into(),
            assets: vec![
                (
                    "img/logo.svg".into(),
                    b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
                ),
                ("img/a.png".into(), vec![137, 80, 78, 71]),
            ],
        }],
    }
}

fn parse_fixture(name: &str) -> Result<Backup, BackupError> {
    backup::parse(&read_fixture(&format!("backup/{name}")))
}

// ---------------------------------------------------------------------------------------------
// Format and round trip

#[test]
fn golden_file_is_what_to_json_writes() {
    let written = backup::to_json(&sample_backup());
    if std::env::var_os("NOUR_BLESS").is_some() {
        let path = fixtures_dir().join("backup").join("valid.json");
        std::fs::write(&path, format!("{written}\n")).expect("write valid.json");
    }
    assert_eq!(
        written,
        read_fixture("backup/valid.json").trim_end(),
        "the format changed: if on purpose, update tests/fixtures/backup/valid.json (and VERSION \
         if an older app could not read it)"
    );
}

#[test]
fn golden_file_parses_to_the_sample() {
    assert_eq!(parse_fixture("valid.json"), Ok(sample_backup()));
}

#[test]
fn round_trip_keeps_everything_exactly() {
    let sample = sample_backup();
    let text = backup::to_json(&sample);
    let read = backup::parse(&text).expect("a written backup parses");
    assert_eq!(read, sample);
    assert_eq!(read.data.images[2].bytes, (0..=255).collect::<Vec<u8>>());
    assert_eq!(read.courses[0].bundle_json, sample.courses[0].bundle_json);
    assert_eq!(
        backup::to_json(&read),
        text,
        "stable: writing again gives the same text"
    );

    let empty = Backup {
        created_ms: 0,
        app_version: String::new(),
        data: LearnerData::default(),
        courses: vec![],
    };
    assert_eq!(backup::parse(&backup::to_json(&empty)), Ok(empty));
}

#[test]
fn file_is_readable_json_with_the_documented_shape() {
    let text = backup::to_json(&sample_backup());
    assert!(text.starts_with("{\n  \"format\": \"nour-backup\",\n  \"version\": 1,\n"));
    let value: Value = serde_json::from_str(&text).expect("JSON");
    let keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        keys,
        [
            "app_version",
            "courses",
            "created_ms",
            "format",
            "images",
            "locale",
            "portfolio",
            "records",
            "version"
        ]
    );
    assert_eq!(value["format"], FORMAT);
    assert_eq!(value["version"], VERSION);
    assert_eq!(value["images"][0]["data"], "/9j/4A==");
    assert!(
        value["courses"][0]["bundle"].is_string(),
        "the bundle text, as installed"
    );
    assert_eq!(value["courses"][0]["assets"][1]["data"], "iVBORw==");
}

#[test]
fn tolerated_variations_still_parse() {
    let text = backup::to_json(&sample_backup());
    // A byte order mark, as some editors add.
    assert_eq!(
        backup::parse(&format!("\u{feff}{text}")),
        Ok(sample_backup())
    );
    // No locale, defaulted record and portfolio fields, unknown extra fields (ignored).
    let minimal = r#"{"format":"nour-backup","version":1,"created_ms":5,"app_version":"0.0.1",
        "records":[{"course_id":"web"}],"portfolio":{},"images":[],"courses":[],"note":"x"}"#;
    let read = backup::parse(minimal).expect("valid");
    assert_eq!(read.data.records, vec![record("web")]);
    assert_eq!(read.data.portfolio, Portfolio::default());
    assert_eq!(read.data.locale, None);
    assert_eq!(read.created_ms, 5);
}

// ---------------------------------------------------------------------------------------------
// Refusals: the fixture table

/// Every `.json` file in `tests/fixtures/backup/` (but `expected.json`) is in the table, with the
/// exact error `parse` must return: `{"kind": "ok"}`, `{"kind": "not_json", "line", "column"}`,
/// `{"kind": "foreign"}`, `{"kind": "too_new", "version"}` or
/// `{"kind": "invalid", "problems": [{"path", "message"}]}`.
#[test]
fn every_fixture_gives_its_expected_result() {
    let expected: Value =
        serde_json::from_str(&read_fixture("backup/expected.json")).expect("expected.json");
    let table = expected.as_object().expect("an object of file names");
    let dir = fixtures_dir().join("backup");
    let files: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("fixtures/backup")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".json") && name != "expected.json")
        .collect();
    assert_eq!(
        files,
        table.keys().cloned().collect::<BTreeSet<_>>(),
        "every fixture is in expected.json and every entry has a file"
    );
    for (name, want) in table {
        let got = parse_fixture(name);
        let want = match want["kind"].as_str().expect("kind") {
            "ok" => {
                assert!(got.is_ok(), "{name}: {got:?}");
                continue;
            }
            "not_json" => BackupError::NotJson {
                line: want["line"].as_u64().expect("line") as usize,
                column: want["column"].as_u64().expect("column") as usize,
            },
            "foreign" => BackupError::Foreign,
            "too_new" => BackupError::TooNew {
                version: want["version"].as_u64().expect("version") as u32,
            },
            "invalid" => BackupError::Invalid(
                want["problems"]
                    .as_array()
                    .expect("problems")
                    .iter()
                    .map(|p| BackupProblem {
                        path: p["path"].as_str().expect("path").into(),
                        message: p["message"].as_str().expect("message").into(),
                    })
                    .collect(),
            ),
            other => panic!("{name}: unknown kind {other}"),
        };
        assert_eq!(got, Err(want), "{name}");
    }
}

#[test]
fn truncated_fixture_is_the_golden_file_cut_short() {
    let valid = read_fixture("backup/valid.json");
    let truncated = read_fixture("backup/truncated.json");
    assert!(valid.starts_with(&truncated), "a prefix of valid.json");
}

#[test]
fn refusals_not_in_files() {
    let cases: &[(&str, BackupError)] = &[
        ("", BackupError::NotJson { line: 1, column: 0 }),
        (
            "{\"format\": \"nour-backup\",",
            BackupError::NotJson {
                line: 1,
                column: 25,
            },
        ),
        ("[1, 2]", BackupError::Foreign),
        ("\"nour-backup\"", BackupError::Foreign),
        ("{}", BackupError::Foreign),
        ("{\"format\": 1}", BackupError::Foreign),
        ("{\"format\": \"nour-backup/1\"}", BackupError::Foreign),
        (
            "{\"format\": \"nour-backup\", \"version\": 99999999999}",
            BackupError::TooNew { version: u32::MAX },
        ),
    ];
    for (text, want) in cases {
        assert_eq!(backup::parse(text).as_ref(), Err(want), "{text:?}");
    }
    // Bad or missing versions, and missing sections, are reported with everything else.
    let Err(BackupError::Invalid(problems)) =
        backup::parse("{\"format\": \"nour-backup\", \"version\": 0}")
    else {
        panic!("invalid expected");
    };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "version",
            "created_ms",
            "app_version",
            "records",
            "portfolio",
            "images",
            "courses"
        ]
    );
    assert!(problems.iter().skip(1).all(|p| p.message == "missing"));
}

#[test]
fn numbers_indexeddb_cannot_hold_are_refused() {
    let text = r#"{"format":"nour-backup","version":1,"created_ms":5,"app_version":"0.1.0",
        "records":[{"course_id":"web","events":[
            {"course_id":"web","lesson_id":"l1","kind":"opened","at_ms":9007199254740991},
            {"course_id":"web","lesson_id":"l1","kind":"opened","at_ms":9007199254740992}]}],
        "portfolio":{"entries":[{"id":"e","title":"t","created_ms":1,"updated_ms":18446744073709551615}]},
        "images":[],"courses":[]}"#;
    assert_eq!(
        backup::parse(text),
        Err(BackupError::Invalid(vec![
            BackupProblem {
                path: "records[0].events[1].at_ms".into(),
                message: "9007199254740992 is above 2^53 - 1, the largest number stored".into(),
            },
            BackupProblem {
                path: "portfolio.entries[0].updated_ms".into(),
                message: "18446744073709551615 is above 2^53 - 1, the largest number stored".into(),
            },
        ]))
    );
}

#[test]
fn errors_read_as_english() {
    assert_eq!(
        BackupError::NotJson { line: 3, column: 7 }.to_string(),
        "the file is not JSON (line 3, column 7)"
    );
    assert_eq!(
        BackupError::Foreign.to_string(),
        "the file is JSON but not a Nour backup"
    );
    assert_eq!(
        BackupError::TooNew { version: 2 }.to_string(),
        "the backup has format version 2; this app reads up to version 1"
    );
    let invalid = BackupError::Invalid(vec![
        BackupProblem {
            path: "records[0].answers[1].credit".into(),
            message: "credit 150 is above 100".into(),
        },
        BackupProblem {
            path: "images[0].data".into(),
            message: "not valid Base64".into(),
        },
    ]);
    assert_eq!(
        invalid.to_string(),
        "the backup has 2 problem(s); records[0].answers[1].credit: credit 150 is above 100; \
         images[0].data: not valid Base64"
    );
}

// ---------------------------------------------------------------------------------------------
// Merge

struct MergeCase {
    name: &'static str,
    current: LearnerData,
    incoming: LearnerData,
    expected: LearnerData,
}

fn data(records: Vec<LearnerRecord>) -> LearnerData {
    LearnerData {
        records,
        ..Default::default()
    }
}

fn with_portfolio(portfolio: Portfolio, images: Vec<ImageData>) -> LearnerData {
    LearnerData {
        portfolio,
        images,
        ..Default::default()
    }
}

fn portfolio(entries: Vec<Entry>) -> Portfolio {
    Portfolio {
        entries,
        ..Default::default()
    }
}

fn named(name: &str) -> Profile {
    Profile {
        name: name.into(),
        ..Default::default()
    }
}

fn merge_cases() -> Vec<MergeCase> {
    let e = |lesson: &str, at: u64| event("web", lesson, EventKind::Completed, at);
    let a =
        |item: &str, credit: u8, at: u64| answer("quiz@1", item, Response::Bool(true), credit, at);
    let rec =
        |events: Vec<LearningEvent>, attempts: Vec<Attempt>, answers: Vec<Answer>| LearnerRecord {
            course_id: "web".into(),
            events,
            attempts,
            answers,
        };
    vec![
        MergeCase {
            name: "nothing on either side",
            current: LearnerData::default(),
            incoming: LearnerData::default(),
            expected: LearnerData::default(),
        },
        MergeCase {
            name: "records of different courses are all kept, ordered by course id",
            current: data(vec![record("web"), record("algo")]),
            incoming: data(vec![record("cv")]),
            expected: data(vec![record("algo"), record("cv"), record("web")]),
        },
        MergeCase {
            name: "events: union without exact duplicates, in time order, stable",
            current: data(vec![rec(
                vec![e("l1", 10), e("l2", 30), e("l3", 30)],
                vec![],
                vec![],
            )]),
            incoming: data(vec![rec(
                vec![e("l2", 30), e("l4", 20), e("l5", 30), e("l1", 10)],
                vec![],
                vec![],
            )]),
            expected: data(vec![rec(
                vec![
                    e("l1", 10),
                    e("l4", 20),
                    e("l2", 30),
                    e("l3", 30),
                    e("l5", 30),
                ],
                vec![],
                vec![],
            )]),
        },
        MergeCase {
            name: "events with the same lesson and time but another kind are both kept",
            current: data(vec![rec(vec![e("l1", 10)], vec![], vec![])]),
            incoming: data(vec![rec(
                vec![event("web", "l1", EventKind::Reopened, 10)],
                vec![],
                vec![],
            )]),
            expected: data(vec![rec(
                vec![e("l1", 10), event("web", "l1", EventKind::Reopened, 10)],
                vec![],
                vec![],
            )]),
        },
        MergeCase {
            name: "attempts: by id, incoming fills gaps, in start order",
            current: data(vec![rec(vec![], vec![attempt("quiz@5", 5, None)], vec![])]),
            incoming: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, Some(2)), attempt("quiz@5", 5, None)],
                vec![],
            )]),
            expected: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, Some(2)), attempt("quiz@5", 5, None)],
                vec![],
            )]),
        },
        MergeCase {
            name: "attempts: a finished_ms set on either side wins",
            current: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, None), attempt("quiz@2", 2, Some(8))],
                vec![],
            )]),
            incoming: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, Some(9)), attempt("quiz@2", 2, None)],
                vec![],
            )]),
            expected: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, Some(9)), attempt("quiz@2", 2, Some(8))],
                vec![],
            )]),
        },
        MergeCase {
            name: "attempts: both finished keeps current's time",
            current: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, Some(3))],
                vec![],
            )]),
            incoming: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, Some(4))],
                vec![],
            )]),
            expected: data(vec![rec(
                vec![],
                vec![attempt("quiz@1", 1, Some(3))],
                vec![],
            )]),
        },
        MergeCase {
            name: "answers: union without exact duplicates, by time",
            current: data(vec![rec(
                vec![],
                vec![],
                vec![a("q1", 0, 10), a("q1", 100, 20)],
            )]),
            incoming: data(vec![rec(
                vec![],
                vec![],
                vec![a("q1", 0, 10), a("q2", 50, 15), a("q1", 100, 25)],
            )]),
            expected: data(vec![rec(
                vec![],
                vec![],
                vec![
                    a("q1", 0, 10),
                    a("q2", 50, 15),
                    a("q1", 100, 20),
                    a("q1", 100, 25),
                ],
            )]),
        },
        MergeCase {
            name: "entries: union by id, larger updated_ms wins, current's order then incoming's",
            current: with_portfolio(
                portfolio(vec![
                    entry("b", &[], 5),
                    entry("a", &[], 9),
                    entry("c", &[], 1),
                ]),
                vec![],
            ),
            incoming: with_portfolio(
                portfolio(vec![
                    entry("x", &[], 1),
                    Entry {
                        title: "newer".into(),
                        ..entry("b", &[], 6)
                    },
                    Entry {
                        title: "older".into(),
                        ..entry("a", &[], 8)
                    },
                    Entry {
                        title: "same time".into(),
                        ..entry("c", &[], 1)
                    },
                    entry("y", &[], 1),
                ]),
                vec![],
            ),
            expected: with_portfolio(
                portfolio(vec![
                    Entry {
                        title: "newer".into(),
                        ..entry("b", &[], 6)
                    },
                    entry("a", &[], 9),
                    entry("c", &[], 1),
                    entry("x", &[], 1),
                    entry("y", &[], 1),
                ]),
                vec![],
            ),
        },
        MergeCase {
            name: "profile: current's when filled in",
            current: with_portfolio(
                Portfolio {
                    profile: named("Aïcha"),
                    ..Default::default()
                },
                vec![],
            ),
            incoming: with_portfolio(
                Portfolio {
                    profile: named("Fatima"),
                    ..Default::default()
                },
                vec![],
            ),
            expected: with_portfolio(
                Portfolio {
                    profile: named("Aïcha"),
                    ..Default::default()
                },
                vec![],
            ),
        },
        MergeCase {
            name: "profile: incoming's when current's is empty, with its photo",
            current: LearnerData::default(),
            incoming: with_portfolio(
                Portfolio {
                    profile: Profile {
                        photo: Some(image_ref("p")),
                        ..named("Fatima")
                    },
                    ..Default::default()
                },
                vec![image("p", b"photo")],
            ),
            expected: with_portfolio(
                Portfolio {
                    profile: Profile {
                        photo: Some(image_ref("p")),
                        ..named("Fatima")
                    },
                    ..Default::default()
                },
                vec![image("p", b"photo")],
            ),
        },
        MergeCase {
            name: "hidden achievements: union; deleted: current's",
            current: with_portfolio(
                Portfolio {
                    hidden_achievements: vec!["a".into(), "b".into()],
                    deleted: Some(entry("old", &[], 1)),
                    ..Default::default()
                },
                vec![],
            ),
            incoming: with_portfolio(
                Portfolio {
                    hidden_achievements: vec!["c".into(), "a".into()],
                    deleted: Some(entry("other", &[], 1)),
                    ..Default::default()
                },
                vec![],
            ),
            expected: with_portfolio(
                Portfolio {
                    hidden_achievements: vec!["a".into(), "b".into(), "c".into()],
                    deleted: Some(entry("old", &[], 1)),
                    ..Default::default()
                },
                vec![],
            ),
        },
        MergeCase {
            name: "images: union by id, only those the merged portfolio refers to",
            current: with_portfolio(
                Portfolio {
                    entries: vec![entry("a", &["a1"], 5), entry("b", &["b1"], 5)],
                    deleted: Some(entry("d", &["d1"], 1)),
                    ..Default::default()
                },
                vec![
                    image("a1", b"a1 v1"),
                    image("b1", b"b1"),
                    image("d1", b"d1"),
                ],
            ),
            incoming: with_portfolio(
                Portfolio {
                    entries: vec![entry("a", &["a2"], 6), entry("n", &["n1"], 1)],
                    deleted: Some(entry("e", &["e1"], 1)),
                    ..Default::default()
                },
                vec![image("a2", b"a2"), image("n1", b"n1"), image("e1", b"e1")],
            ),
            expected: with_portfolio(
                Portfolio {
                    entries: vec![
                        entry("a", &["a2"], 6),
                        entry("b", &["b1"], 5),
                        entry("n", &["n1"], 1),
                    ],
                    deleted: Some(entry("d", &["d1"], 1)),
                    ..Default::default()
                },
                vec![
                    image("a2", b"a2"),
                    image("b1", b"b1"),
                    image("n1", b"n1"),
                    image("d1", b"d1"),
                ],
            ),
        },
        MergeCase {
            name: "images: current's bytes win for the same id",
            current: with_portfolio(
                portfolio(vec![entry("a", &["a1"], 1)]),
                vec![image("a1", b"mine")],
            ),
            incoming: with_portfolio(
                portfolio(vec![entry("a", &["a1"], 1)]),
                vec![image("a1", b"theirs")],
            ),
            expected: with_portfolio(
                portfolio(vec![entry("a", &["a1"], 1)]),
                vec![image("a1", b"mine")],
            ),
        },
        MergeCase {
            name: "locale: current's when set",
            current: LearnerData {
                locale: Some("fr".into()),
                ..Default::default()
            },
            incoming: LearnerData {
                locale: Some("ar".into()),
                ..Default::default()
            },
            expected: LearnerData {
                locale: Some("fr".into()),
                ..Default::default()
            },
        },
        MergeCase {
            name: "locale: incoming's when current has none",
            current: LearnerData::default(),
            incoming: LearnerData {
                locale: Some("ar".into()),
                ..Default::default()
            },
            expected: LearnerData {
                locale: Some("ar".into()),
                ..Default::default()
            },
        },
    ]
}

#[test]
fn merge_rules() {
    for case in merge_cases() {
        assert_eq!(
            backup::merge(case.current, case.incoming),
            case.expected,
            "{}",
            case.name
        );
    }
}

#[test]
fn merging_a_backup_with_itself_changes_nothing() {
    let data = sample_backup().data;
    let mut expected = data.clone();
    // Images come out in the portfolio's order.
    expected.images = vec![
        image("photo", &[0xff, 0xd8, 0xff, 0xe0]),
        image("a1", b"RIFF"),
        image("a2", &(0..=255).collect::<Vec<u8>>()),
        image("d1", &[]),
    ];
    assert_eq!(backup::merge(data.clone(), data), expected);
}

// ---------------------------------------------------------------------------------------------
// Base64

#[test]
fn base64_rfc4648_vectors() {
    let vectors = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ];
    for (plain, encoded) in vectors {
        assert_eq!(base64::encode(plain.as_bytes()), encoded, "{plain:?}");
        assert_eq!(
            base64::decode(encoded),
            Some(plain.as_bytes().to_vec()),
            "{encoded:?}"
        );
    }
}

#[test]
fn base64_round_trips_every_byte_and_length() {
    let all: Vec<u8> = (0..=255).collect();
    for len in 0..all.len() {
        let bytes = &all[all.len() - len..];
        assert_eq!(
            base64::decode(&base64::encode(bytes)).as_deref(),
            Some(bytes)
        );
    }
    assert_eq!(
        base64::encode(&[0xfb, 0xff, 0xbf]),
        "+/+/",
        "standard alphabet"
    );
    assert_eq!(base64::encode(&[0, 0, 0]), "AAAA");
}

#[test]
fn base64_rejects_what_is_not_canonical_padded_base64() {
    for bad in [
        "Zg",       // no padding
        "Zg=",      // length not a multiple of 4
        "Zm9vY",    // idem
        "Zg==Zg==", // padding in the middle
        "Z===",     // too much padding
        "====",     // only padding
        "Zm=v",     // padding before data
        "Zh==",     // non-zero unused bits: not the encoding of any byte string
        "Zm9=",     // idem
        "Zm-v",     // URL-safe alphabet
        "Zm_v",     // idem
        "Zm9v\n",   // whitespace
        "Zm 9v",    // idem
        "Zm9vYmé",  // non-ASCII (8 bytes)
    ] {
        assert_eq!(base64::decode(bad), None, "{bad:?}");
    }
}
