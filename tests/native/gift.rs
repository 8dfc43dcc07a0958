//! `nour-bundle import-gift` and `import-aiken`, run as the real binary.
//!
//! - The corpus in `tests/fixtures/gift/` (see its README) covers every example of Moodle's GIFT
//!   documentation, an Arabic/French file, broken files and Aiken files. Each file imports to
//!   exactly `expected/<name>.json` and reports exactly the listed lines on stderr. After a
//!   deliberate change, rewrite the expected files with
//!   `NOUR_BLESS_GIFT=1 cargo test --test native gift` and review the diff.
//! - A table of one-question files pins each mapping rule next to its GIFT.
//! - Every output passes the app's validation inside a bundle, the sample course's checkpoint
//!   inside the sample course.
//! - The CLI: exit codes 0, 1 and 2, `FILE:LINE:` reports, `--out`, options and usage errors.

use std::path::{Path, PathBuf};

use nour::core::model::Assessment;
use nour::core::validate;
use serde_json::{Value, json};

use crate::cli::{TempDir, code, run, stderr, stdout};
use crate::validate::{fixtures_dir, minimal_value};

fn corpus(relative: &str) -> PathBuf {
    fixtures_dir().join("gift").join(relative)
}

fn describe(output: &std::process::Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}--- stderr\n{}",
        output.status.code(),
        stdout(output),
        stderr(output)
    )
}

/// One corpus file: how it is imported, its exit status and every line it reports.
struct Case {
    file: &'static str,
    command: &'static str,
    args: &'static [&'static str],
    exit: i32,
    /// `(line, "error" or "note", words the message contains)`, in order.
    reports: &'static [(usize, &'static str, &'static str)],
}

const fn gift(file: &'static str, reports: &'static [(usize, &'static str, &'static str)]) -> Case {
    Case {
        file,
        command: "import-gift",
        args: &[],
        exit: 0,
        reports,
    }
}

const CORPUS: &[Case] = &[
    gift(
        "moodle-multiple-choice.gift",
        &[(39, "note", "weights rounded")],
    ),
    gift("moodle-true-false.gift", &[]),
    gift("moodle-short-answer.gift", &[]),
    gift("moodle-matching.gift", &[]),
    gift(
        "moodle-missing-word.gift",
        &[(19, "note", "imported as a single choice with a blank")],
    ),
    gift(
        "moodle-numerical.gift",
        &[(27, "note", "imported as a numeric question with a blank")],
    ),
    gift("moodle-essay.gift", &[]),
    gift("moodle-escapes.gift", &[]),
    gift(
        "moodle-categories.gift",
        &[(
            33,
            "note",
            "empty $CATEGORY: the questions that follow go into",
        )],
    ),
    Case {
        file: "moodle-export.gift",
        command: "import-gift",
        args: &[],
        exit: 1,
        reports: &[(52, "error", "a description, not a question")],
    },
    gift(
        "formats.gift",
        &[
            (9, "note", "dropped, the text kept: <span>, <sub>, <u>"),
            (11, "note", "link to \"@@PLUGINFILE@@/notes.pdf\" dropped"),
            (11, "note", "dropped with its content: <script>"),
            (22, "note", "Nour shows them as plain text"),
        ],
    ),
    Case {
        file: "arabe-francais.gift",
        command: "import-gift",
        args: &["--lang", "ar"],
        exit: 0,
        reports: &[],
    },
    Case {
        file: "broken/syntax.gift",
        command: "import-gift",
        args: &[],
        exit: 1,
        reports: &[
            (3, "error", "unclosed '{'"),
            (5, "error", "'}' without an opening '{'"),
            (10, "error", "weight %abc% is not a number"),
            (13, "error", "'->' outside a matching question"),
            (15, "error", "\"twelve\" is not a number"),
            (
                17,
                "error",
                "\"3,5\" is not a number (write decimals with a point",
            ),
            (19, "error", "a weight has no closing %"),
            (21, "error", "the title has no closing '::'"),
            (23, "error", "a second answer block"),
            (25, "error", "'{' inside an answer block"),
            (27, "error", "'->' outside a matching question"),
            (
                31,
                "error",
                "'~' only introduces the feedback for any other answer",
            ),
            (33, "error", "weight %150% is outside -100 to 100"),
        ],
    },
    Case {
        file: "broken/unmappable.gift",
        command: "import-gift",
        args: &[],
        exit: 1,
        reports: &[
            (
                3,
                "error",
                "a description, not a question, and Nour has no description items",
            ),
            (9, "error", "a matching distractor (= -> extra"),
            (
                12,
                "error",
                "2 matching pairs: GIFT matching needs at least 3",
            ),
            (
                14,
                "error",
                "a numerical answer worth 0% cannot be imported",
            ),
            (16, "error", "2 answers marked '='"),
            (18, "error", "negative weight -50% next to an '=' answer"),
            (
                20,
                "error",
                "an image (@@PLUGINFILE@@/tomb.png) cannot be imported",
            ),
            (22, "error", "an HTML table cannot be imported"),
            (24, "error", "raw HTML in [markdown] text (<b>)"),
            (26, "error", "the positive weights add up to 150%"),
            (28, "error", "no answer gives full credit"),
            (30, "error", "no right answer"),
            (32, "error", "a true/false answer takes no weight"),
        ],
    },
    Case {
        file: "broken/empty.gift",
        command: "import-gift",
        args: &[],
        exit: 1,
        reports: &[(1, "error", "no question found")],
    },
    Case {
        file: "aiken/css.txt",
        command: "import-aiken",
        args: &[],
        exit: 0,
        reports: &[],
    },
    Case {
        file: "aiken/broken.txt",
        command: "import-aiken",
        args: &[],
        exit: 1,
        reports: &[
            (1, "error", "no ANSWER line"),
            (8, "error", "ANSWER D is not one of the options (A, B)"),
            (10, "error", "an ANSWER line without a question"),
            (12, "error", "1 option(s): a question needs at least 2"),
            (19, "error", "ANSWER \"A, B\" is not one letter"),
            (23, "error", "option A is listed twice"),
        ],
    },
];

fn expected_path(file: &str) -> PathBuf {
    corpus("expected").join(format!("{}.json", file.replace('/', "-")))
}

/// Runs an import; returns the output, the JSON printed and the report lines as
/// `(line, "error"/"note", message)`.
fn import(
    command: &str,
    file: &Path,
    args: &[&str],
) -> (std::process::Output, Value, Vec<(usize, String, String)>) {
    let file_arg = file.display().to_string();
    let mut all = vec![command, file_arg.as_str()];
    all.extend(args);
    let output = run(&all);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap_or_else(|e| {
        panic!(
            "{file_arg}: stdout is not JSON ({e}): {}",
            describe(&output)
        )
    });
    let prefix = format!("{file_arg}:");
    let reports = stderr(&output)
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix(&prefix)?;
            let (number, rest) = rest.split_once(": ")?;
            let (kind, message) = rest.split_once(": ")?;
            Some((number.parse().ok()?, kind.to_owned(), message.to_owned()))
        })
        .collect();
    (output, json, reports)
}

#[test]
fn every_corpus_file_imports_to_its_expected_json_and_reports_its_lines() {
    let bless = std::env::var_os("NOUR_BLESS_GIFT").is_some();
    let mut failures = Vec::new();
    for case in CORPUS {
        let (output, json, reports) = import(case.command, &corpus(case.file), case.args);
        if code(&output) != case.exit {
            failures.push(format!("{}: {}", case.file, describe(&output)));
            continue;
        }
        let expected_file = expected_path(case.file);
        if bless {
            std::fs::write(&expected_file, stdout(&output)).expect("write expected");
        }
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_file)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_file.display())),
        )
        .expect("expected JSON");
        if json != expected {
            failures.push(format!(
                "{}: the output differs from {}:\n{}",
                case.file,
                expected_file.display(),
                serde_json::to_string_pretty(&json).unwrap_or_default()
            ));
        }
        // The output has the shape of assessments, field for field.
        if let Err(e) = serde_json::from_value::<Vec<Assessment>>(json.clone()) {
            failures.push(format!("{}: not assessments: {e}", case.file));
        }
        let got: Vec<(usize, &str)> = reports.iter().map(|(l, k, _)| (*l, k.as_str())).collect();
        let want: Vec<(usize, &str)> = case.reports.iter().map(|(l, k, _)| (*l, *k)).collect();
        if got != want {
            failures.push(format!(
                "{}: reports at {got:?}, expected {want:?}\n{}",
                case.file,
                stderr(&output)
            ));
            continue;
        }
        for ((_, _, message), (line, _, words)) in reports.iter().zip(case.reports) {
            if !message.contains(words) {
                failures.push(format!("{}:{line}: {message:?} lacks {words:?}", case.file));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_corpus_file_is_in_the_table_and_has_its_expected_file() {
    let mut on_disk = Vec::new();
    for dir in ["", "broken", "aiken"] {
        for entry in std::fs::read_dir(corpus(dir))
            .expect("corpus dir")
            .flatten()
        {
            let path = entry.path();
            if path.is_file() && path.extension().is_some_and(|e| e == "gift" || e == "txt") {
                let name = path
                    .file_name()
                    .expect("name")
                    .to_string_lossy()
                    .into_owned();
                on_disk.push(if dir.is_empty() {
                    name
                } else {
                    format!("{dir}/{name}")
                });
            }
        }
    }
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|c| c.file.to_owned()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every corpus file has a row in CORPUS, and only those"
    );
    let mut expected: Vec<String> = std::fs::read_dir(corpus("expected"))
        .expect("expected dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    expected.sort();
    let mut wanted: Vec<String> = CORPUS
        .iter()
        .map(|c| {
            expected_path(c.file)
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    wanted.sort();
    assert_eq!(expected, wanted, "no stale expected file");
}

/// Puts assessments into the first module of a valid bundle, in the given language.
fn bundle_with(assessments: &Value, lang: &str) -> String {
    let mut doc = minimal_value();
    if lang != "fr" {
        doc["languages"] = json!(["fr", lang]);
    }
    doc["modules"][0]["assessments"] = assessments.clone();
    doc.to_string()
}

#[test]
fn every_imported_assessment_passes_the_apps_validation_inside_a_bundle() {
    let mut failures = Vec::new();
    for case in CORPUS {
        let (_, json, _) = import(case.command, &corpus(case.file), case.args);
        if json.as_array().is_none_or(Vec::is_empty) {
            continue;
        }
        let lang = if case.args.contains(&"ar") {
            "ar"
        } else {
            "fr"
        };
        if let Err(issues) = validate::parse(&bundle_with(&json, lang)) {
            failures.push(format!(
                "{}:\n{}",
                case.file,
                issues
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// ---------------------------------------------------------------------------------------------
// The mapping rules, one question each.

/// Imports one question (in a file of its own) and returns its item; panics unless it imports.
fn item(gift: &str, args: &[&str]) -> Value {
    let dir = TempDir::new("gift-rule");
    let file = dir.path().join("q.gift");
    std::fs::write(&file, gift).expect("write");
    let (output, json, _) = import("import-gift", &file, args);
    assert_eq!(code(&output), 0, "{gift}\n{}", describe(&output));
    let items = json[0]["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "{gift}: {json}");
    items[0].clone()
}

fn interaction(gift: &str) -> Value {
    item(gift, &[])["interaction"].clone()
}

#[test]
fn choice_blocks_map_to_single_or_multiple_choice_with_credits() {
    // One '=' is a single choice; '~' answers are wrong.
    assert_eq!(
        interaction("Q {=a ~b}"),
        json!({"single_choice": {"choices": [
            {"text": {"fr": "a"}, "correct": true},
            {"text": {"fr": "b"}},
        ]}})
    );
    // '~%n%' next to '=' is partial credit; '#' is the choice's feedback.
    assert_eq!(
        interaction("Q {~%25%a#close =b#yes ~c}"),
        json!({"single_choice": {"choices": [
            {"text": {"fr": "a"}, "credit": 25, "feedback": {"fr": "close"}},
            {"text": {"fr": "b"}, "correct": true, "feedback": {"fr": "yes"}},
            {"text": {"fr": "c"}},
        ]}})
    );
    // No '=': the positive weights are the right choices; every credit is written, so a wrong
    // choice without weight costs nothing, as in Moodle.
    assert_eq!(
        interaction("Q {~%50%a ~%50%b ~c ~%-100%d}"),
        json!({"multiple_choice": {"choices": [
            {"text": {"fr": "a"}, "correct": true, "credit": 50},
            {"text": {"fr": "b"}, "correct": true, "credit": 50},
            {"text": {"fr": "c"}, "credit": 0},
            {"text": {"fr": "d"}, "credit": -100},
        ]}})
    );
}

#[test]
fn true_false_puts_the_wrong_answer_feedback_first_as_gift_does() {
    // {T#a#b}: 'a' is shown for a wrong answer (false), 'b' for a right one (true).
    assert_eq!(
        interaction("Q {T#wrong#right}"),
        json!({"true_false": {"answer": true,
            "feedback_true": {"fr": "right"}, "feedback_false": {"fr": "wrong"}}})
    );
    assert_eq!(
        interaction("Q {FALSE#wrong#right}"),
        json!({"true_false": {"answer": false,
            "feedback_true": {"fr": "wrong"}, "feedback_false": {"fr": "right"}}})
    );
    assert_eq!(
        interaction("Q {F#only for a wrong answer}"),
        json!({"true_false": {"answer": false, "feedback_true": {"fr": "only for a wrong answer"}}})
    );
    for written in ["{T}", "{TRUE}", "{true}", "{t}"] {
        assert_eq!(
            interaction(&format!("Q {written}")),
            json!({"true_false": {"answer": true}}),
            "{written}"
        );
    }
}

#[test]
fn short_numeric_matching_and_essay_blocks() {
    assert_eq!(
        interaction("Q {=four =%50%4#digits =Four}"),
        json!({"short_text": {"answers": [
            {"text": "four"},
            {"text": "4", "credit": 50, "feedback": {"fr": "digits"}},
            {"text": "Four"},
        ]}})
    );
    assert_eq!(
        interaction("Q {#2:0.5}"),
        json!({"numeric": {"answers": [{"value": 2.0, "tolerance": 0.5}]}})
    );
    assert_eq!(
        interaction("Q {#-5..-1}"),
        json!({"numeric": {"answers": [{"min": -5.0, "max": -1.0}]}})
    );
    assert_eq!(
        interaction("Q {# =1822:0 =%50%1821:2#close}"),
        json!({"numeric": {"answers": [
            {"value": 1822.0},
            {"value": 1821.0, "tolerance": 2.0, "credit": 50, "feedback": {"fr": "close"}},
        ]}})
    );
    let numeric = item("Q {#=6 ~#count again}", &[]);
    assert_eq!(numeric["feedback_wrong"], json!({"fr": "count again"}));
    assert_eq!(
        interaction("Q {=a -> 1 =b -> 2 =c -> 3}"),
        json!({"matching": {
            "left": [{"fr": "a"}, {"fr": "b"}, {"fr": "c"}],
            "right": [{"fr": "1"}, {"fr": "2"}, {"fr": "3"}],
        }})
    );
    assert_eq!(interaction("Q {}"), json!({"open": {}}));
    let essay = item("Q {####Why it matters.}", &[]);
    assert_eq!(essay["interaction"], json!({"open": {}}));
    assert_eq!(essay["explanation"], json!({"fr": "Why it matters."}));
}

#[test]
fn a_block_inside_the_text_is_a_missing_word() {
    let choice = item("Gandhi's birthday is {~15th =2nd} of October.", &[]);
    assert_eq!(choice["prompt"], json!({"fr": "Complétez le texte."}));
    assert_eq!(
        choice["interaction"],
        json!({"fill_blanks": {
            "text": {"fr": "Gandhi's birthday is [[1]] of October."},
            "gaps": [{"answers": ["2nd"], "options": ["15th", "2nd"]}],
        }})
    );
    assert_eq!(
        interaction("Two plus {=two =2} equals four."),
        json!({"fill_blanks": {
            "text": {"fr": "Two plus [[1]] equals four."},
            "gaps": [{"answers": ["two", "2"]}],
        }})
    );
    // What a gap cannot hold keeps its type, with the blank in the prompt.
    let kept = item("Born in {#1822} in Ohio.", &[]);
    assert_eq!(
        kept["prompt"],
        json!({"fr": "Born in \\_\\_\\_\\_\\_ in Ohio."})
    );
    assert_eq!(
        kept["interaction"],
        json!({"numeric": {"answers": [{"value": 1822.0}]}})
    );
    // The instruction follows --lang.
    let arabic = item("الخاصية {=display} تجعل العنصر مرنًا.", &["--lang", "ar"]);
    assert_eq!(arabic["prompt"], json!({"ar": "أكمل الفراغ."}));
    // No instruction is built in for Amazigh: a placeholder, and a note asking for one.
    let dir = TempDir::new("gift-zgh");
    let file = dir.path().join("q.gift");
    std::fs::write(&file, "ⴰ {=ⴱ} ⵛ").expect("write");
    let (output, json, reports) = import("import-gift", &file, &["--lang", "zgh"]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    assert_eq!(json[0]["items"][0]["prompt"], json!({"zgh": "…"}));
    assert_eq!(reports.len(), 1, "{}", describe(&output));
    assert!(reports[0].2.contains("write one"), "{}", describe(&output));
}

#[test]
fn texts_become_markdown_that_shows_what_the_trainer_wrote() {
    let prompt = |gift: &str| {
        item(gift, &[])["prompt"]["fr"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    // [html]: formatting becomes Markdown, entities are decoded, tags written as text become code.
    assert_eq!(
        prompt("[html]<p>The <b>&lt;p&gt;</b> tag</p><p>Second <i>one</i></p> {T}"),
        "The **`<p>`** tag\n\nSecond *one*"
    );
    // The default format is Moodle's: a line break stays one, and HTML is read.
    assert_eq!(
        prompt("Line one\nline <b>two</b> {T}"),
        "Line one\\\nline **two**"
    );
    // [plain]: Markdown characters are escaped, tags shown as code.
    assert_eq!(
        prompt("[plain]Use <p> and *not* # or 1. here {T}"),
        "Use `<p>` and \\*not\\* # or 1. here"
    );
    // Line starts that would make a heading or a list are escaped.
    assert_eq!(
        prompt("[plain]x\\n# title\\n1. item\\n- dash {T}"),
        "x\\\n\\# title\\\n1\\. item\\\n\\- dash"
    );
    // [markdown] stays as written.
    assert_eq!(
        prompt("[markdown]Some **bold** and `<p>` {T}"),
        "Some **bold** and `<p>`"
    );
    // GIFT escapes.
    assert_eq!(
        prompt("1 \\= 1, \\{ \\} \\# \\~ \\: {T}"),
        "1 = 1, { } # ~ :"
    );
}

#[test]
fn item_and_assessment_ids_come_from_titles_categories_and_options() {
    let dir = TempDir::new("gift-ids");
    let file = dir.path().join("Mon Quiz.gift");
    std::fs::write(
        &file,
        "::Élément en ligne::A {T}\n\nB {T}\n\n::الألوان::C {T}\n\n::Élément en ligne::D {T}\n\n\
         ::q2::E {T}\n\n::A title far too long to be an id, so long that it has to be cut at sixty-four bytes::F {T}\n\n\
         $CATEGORY: الوحدة\n\nG {T}\n",
    )
    .expect("write");
    let (output, json, _) = import("import-gift", &file, &["--kind", "checkpoint"]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    let ids: Vec<&str> = json[0]["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id"))
        .collect();
    // Titled ids first; then q<position>, which steps aside for a title's id.
    assert_eq!(
        ids,
        [
            "element-en-ligne",
            "q2-2",
            "q3",
            "element-en-ligne-2",
            "q2",
            "a-title-far-too-long-to-be-an-id-so-long-that-it-has-to-be-cut-a",
        ]
    );
    assert_eq!(json[0]["id"], "mon-quiz", "the file name, slugified");
    assert_eq!(json[0]["title"], json!({"fr": "Mon Quiz"}));
    assert_eq!(json[0]["kind"], "checkpoint");
    // An Arabic category makes no id: the file's id with the category's number.
    assert_eq!(json[1]["id"], "mon-quiz-1");
    assert_eq!(json[1]["title"], json!({"fr": "الوحدة"}));

    let (output, json, _) = import("import-gift", &file, &["--id", "quiz-css"]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    assert_eq!(json[0]["id"], "quiz-css");
    assert_eq!(json[0]["kind"], "practice");
    assert_eq!(json[1]["id"], "quiz-css-1");
}

#[test]
fn crlf_bom_tabs_and_trailing_spaces_change_nothing() {
    let dir = TempDir::new("gift-whitespace");
    for name in [
        "moodle-multiple-choice.gift",
        "moodle-categories.gift",
        "formats.gift",
    ] {
        let source = std::fs::read_to_string(corpus(name)).expect("read");
        let (_, plain, plain_reports) = import("import-gift", &corpus(name), &[]);
        let variants = [
            format!("\u{feff}{}", source.replace('\n', "\r\n")),
            source.replace('\n', " \t\n"),
            source.replace('\n', "\r"),
            source.replace("\n\n", "\n  \t\n"),
        ];
        for (k, variant) in variants.iter().enumerate() {
            let file = dir.path().join(name);
            std::fs::write(&file, variant).expect("write");
            let (output, json, reports) = import("import-gift", &file, &[]);
            assert_eq!(
                code(&output),
                0,
                "{name} variant {k}: {}",
                describe(&output)
            );
            assert_eq!(json, plain, "{name} variant {k}");
            let lines =
                |r: &[(usize, String, String)]| r.iter().map(|(l, _, _)| *l).collect::<Vec<_>>();
            assert_eq!(lines(&reports), lines(&plain_reports), "{name} variant {k}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The CLI.

#[test]
fn import_exit_status_is_0_when_all_is_imported_and_1_when_a_question_is_not() {
    let ok = corpus("moodle-true-false.gift");
    let output = run(&["import-gift", &ok.display().to_string()]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    assert!(
        stdout(&output).starts_with("[\n  {\n    \"id\""),
        "pretty, 2 spaces: {}",
        describe(&output)
    );
    assert!(stdout(&output).ends_with("]\n"));
    assert!(
        stderr(&output).contains("7 questions imported into 1 assessment"),
        "{}",
        describe(&output)
    );

    // Exit 1: the report lists each question left out as FILE:LINE, the others are written.
    let broken = corpus("broken/syntax.gift").display().to_string();
    let output = run(&["import-gift", &broken]);
    assert_eq!(code(&output), 1, "{}", describe(&output));
    let report = stderr(&output);
    assert!(
        report.contains(&format!("{broken}:3: error: unclosed '{{'")),
        "{report}"
    );
    assert!(report.contains("(question not imported)"), "{report}");
    assert!(
        report.contains("1 question imported into 1 assessment, 13 not imported"),
        "{report}"
    );
    let json: Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(
        json[0]["items"][0]["prompt"],
        json!({"fr": "A fine question between broken ones."})
    );
}

#[test]
fn import_out_writes_the_file_even_when_some_questions_are_reported() {
    let dir = TempDir::new("gift-out");
    let out = dir.path().join("new/dir/out.json");
    let output = run(&[
        "import-gift",
        &corpus("broken/unmappable.gift").display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(code(&output), 1, "{}", describe(&output));
    assert!(stdout(&output).is_empty(), "{}", describe(&output));
    assert!(stderr(&output).contains(&format!("wrote {}", out.display())));
    let written = std::fs::read_to_string(&out).expect("--out written");
    let printed = stdout(&run(&[
        "import-gift",
        &corpus("broken/unmappable.gift").display().to_string(),
    ]));
    assert_eq!(written, printed, "--out holds what stdout would show");

    let out = dir.path().join("aiken.json");
    let output = run(&[
        "import-aiken",
        &corpus("aiken/css.txt").display().to_string(),
        "--out",
        &out.display().to_string(),
        "--kind",
        "checkpoint",
        "--id",
        "css-rapide",
    ]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("written")).expect("json");
    assert_eq!(json[0]["id"], "css-rapide");
    assert_eq!(json[0]["kind"], "checkpoint");
}

#[test]
fn import_usage_and_file_errors_exit_2() {
    let dir = TempDir::new("gift-usage");
    let file = corpus("moodle-true-false.gift").display().to_string();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec![], "needs a question file"),
        (vec![file.clone(), file.clone()], "one file at a time"),
        (
            vec![file.clone(), "--colour".into()],
            "unknown option --colour",
        ),
        (
            vec![file.clone(), "--kind".into(), "exam".into()],
            "use practice or checkpoint",
        ),
        (
            vec![file.clone(), "--lang".into(), "de".into()],
            "use one of fr, ar, en, zgh",
        ),
        (
            vec![file.clone(), "--id".into(), "Bad Id".into()],
            "not a valid id",
        ),
        (vec![file.clone(), "--out".into()], "--out needs a value"),
    ];
    for command in ["import-gift", "import-aiken"] {
        for (args, message) in &cases {
            let mut all = vec![command];
            all.extend(args.iter().map(String::as_str));
            let output = run(&all);
            assert_eq!(code(&output), 2, "{all:?}: {}", describe(&output));
            assert!(
                stderr(&output).contains(message),
                "{all:?}: {}",
                describe(&output)
            );
            assert!(
                stderr(&output).contains("Usage:"),
                "{all:?}: {}",
                describe(&output)
            );
            assert!(stdout(&output).is_empty(), "{all:?}");
        }
        let missing = dir.arg("missing.gift");
        let output = run(&[command, &missing]);
        assert_eq!(code(&output), 2, "{}", describe(&output));
        assert!(
            stderr(&output).contains("missing.gift"),
            "{}",
            describe(&output)
        );

        let latin1 = dir.path().join("latin1.gift");
        std::fs::write(&latin1, b"Caf\xe9 {T}\n").expect("write");
        let output = run(&[command, &latin1.display().to_string()]);
        assert_eq!(code(&output), 2, "{}", describe(&output));
        assert!(
            stderr(&output).contains("not UTF-8"),
            "{}",
            describe(&output)
        );
    }
    let output = run(&["--help"]);
    assert!(
        stdout(&output).contains("nour-bundle import-gift FILE"),
        "{}",
        describe(&output)
    );
    assert!(
        stdout(&output).contains("nour-bundle import-aiken FILE"),
        "{}",
        describe(&output)
    );
}

// ---------------------------------------------------------------------------------------------
// The sample course's checkpoint.

#[test]
fn the_sample_courses_checkpoint_is_its_gift_file_imported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/courses/web-html-css/gift");
    let gift = dir.join("css-entrainement.gift").display().to_string();
    let output = run(&["import-gift", &gift, "--kind", "practice"]);
    assert_eq!(code(&output), 0, "{}", describe(&output));
    let committed =
        std::fs::read_to_string(dir.join("css-entrainement.json")).expect("committed json");
    assert_eq!(
        stdout(&output),
        committed,
        "css-entrainement.json is stale: run `nour-bundle import-gift {gift} --kind practice --out public/courses/web-html-css/gift/css-entrainement.json`"
    );

    let assessments: Vec<Assessment> = serde_json::from_str(&committed).expect("assessments");
    assert_eq!(assessments.len(), 1);
    assert_eq!(assessments[0].id, "css-entrainement");
    assert_eq!(assessments[0].items.len(), 8);
    let kinds: Vec<String> = assessments[0]
        .items
        .iter()
        .map(|item| {
            let value = serde_json::to_value(&item.interaction).expect("json");
            value
                .as_object()
                .and_then(|o| o.keys().next().cloned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "single_choice",
            "true_false",
            "numeric",
            "short_text",
            "matching",
            "fill_blanks",
            "single_choice",
            "multiple_choice",
        ]
    );
    assert!(
        assessments[0]
            .items
            .iter()
            .all(|item| !item.explanation.is_empty()),
        "every item explains"
    );

    // It validates in the CSS module of the sample course, next to the real lessons.
    let bundle_file = dir.parent().expect("course dir").join("bundle.json");
    let mut bundle: Value =
        serde_json::from_str(&std::fs::read_to_string(bundle_file).expect("bundle")).expect("json");
    let modules = bundle["modules"].as_array_mut().expect("modules");
    let css = modules
        .iter_mut()
        .find(|m| m["id"] == "m3-mise-en-forme-css")
        .expect("the CSS module");
    css["assessments"] = serde_json::from_str(&committed).expect("json");
    if let Err(issues) = validate::parse(&bundle.to_string()) {
        panic!(
            "{}",
            issues
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// The sample course carries the imported practice exactly as the importer writes it.
#[test]
fn the_sample_course_holds_the_imported_css_practice_unchanged() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/courses/web-html-css");
    let imported: Vec<Assessment> = serde_json::from_str(
        &std::fs::read_to_string(root.join("gift/css-entrainement.json")).expect("imported json"),
    )
    .expect("assessments");
    let bundle = nour::core::validate::parse(
        &std::fs::read_to_string(root.join("bundle.json")).expect("bundle"),
    )
    .expect("the sample course is valid");
    let found = bundle
        .assessment("css-entrainement")
        .expect("in the course");
    assert_eq!(found.module.id, "m3-mise-en-forme-css");
    assert_eq!(found.assessment, &imported[0]);
}
