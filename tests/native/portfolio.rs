//! The portfolio core: every field problem the forms show, the entry list's edits (reorder,
//! delete, undo), skills typed with commas, and reflection titles made from a question.

use nour::core::portfolio::{
    ContactLink, Entry, EntryKind, Field, FieldError, ImageRef, LanguageLevel, Portfolio, Problem,
    Profile, SpokenLanguage, parse_skills, title_from_prompt, validate_entry, validate_profile,
};

fn entry(id: &str) -> Entry {
    Entry {
        id: id.into(),
        title: format!("Projet {id}"),
        created_ms: 1,
        updated_ms: 1,
        ..Entry::default()
    }
}

fn image(id: &str, bytes: u32) -> ImageRef {
    ImageRef {
        id: id.into(),
        media_type: "image/jpeg".into(),
        width: 640,
        height: 480,
        bytes,
        alt: String::new(),
    }
}

/// A case: what it shows, how it changes a valid value, and the problems expected.
type Case<T> = (&'static str, fn(&mut T), Vec<(Field, Problem)>);

fn problems(errors: Vec<FieldError>) -> Vec<(Field, Problem)> {
    errors.into_iter().map(|e| (e.field, e.problem)).collect()
}

#[test]
fn entry_fields_report_each_problem_where_it_is() {
    let cases: Vec<Case<Entry>> = vec![
        ("a valid entry", |_| {}, vec![]),
        (
            "blank title",
            |e| e.title = "  ".into(),
            vec![(Field::Title, Problem::Required)],
        ),
        (
            "long title",
            |e| e.title = "x".repeat(121),
            vec![(Field::Title, Problem::TooLong { max: 120 })],
        ),
        (
            "month dates",
            |e| {
                e.start = "2025-03".into();
                e.end = "2025-06".into()
            },
            vec![],
        ),
        (
            "day dates",
            |e| {
                e.start = "2025-03-01".into();
                e.end = "2025-03-31".into()
            },
            vec![],
        ),
        (
            "month 13",
            |e| e.start = "2025-13".into(),
            vec![(Field::Start, Problem::NotADate)],
        ),
        (
            "words for a date",
            |e| e.end = "juin".into(),
            vec![(Field::End, Problem::NotADate)],
        ),
        (
            "end before start",
            |e| {
                e.start = "2025-06".into();
                e.end = "2025-03".into()
            },
            vec![(Field::End, Problem::EndBeforeStart)],
        ),
        (
            "a repository that is not a link",
            |e| e.repository = "github.com/amina".into(),
            vec![(Field::Repository, Problem::NotALink)],
        ),
        (
            "javascript: link",
            |e| e.live_url = "javascript:alert(1)".into(),
            vec![(Field::LiveUrl, Problem::NotALink)],
        ),
        (
            "a space in a link",
            |e| e.live_url = "https://a b.org".into(),
            vec![(Field::LiveUrl, Problem::NotALink)],
        ),
        (
            "web links",
            |e| {
                e.repository = "https://github.com/a/b".into();
                e.live_url = "http://a.org".into()
            },
            vec![],
        ),
        (
            "21 skills",
            |e| e.skills = (0..21).map(|n| format!("s{n}")).collect(),
            vec![(Field::Skills, Problem::TooMany { max: 20 })],
        ),
        (
            "5 images",
            |e| e.images = (0..5).map(|n| image(&n.to_string(), 1_000)).collect(),
            vec![(Field::Images, Problem::TooMany { max: 4 })],
        ),
        (
            "an image over 150 KB",
            |e| e.images = vec![image("big", 150_001)],
            vec![(Field::Images, Problem::TooLarge { max: 150_000 })],
        ),
        (
            "several at once",
            |e| {
                e.title = String::new();
                e.start = "2025".into();
                e.live_url = "ftp://a".into()
            },
            vec![
                (Field::Title, Problem::Required),
                (Field::Start, Problem::NotADate),
                (Field::LiveUrl, Problem::NotALink),
            ],
        ),
    ];
    for (what, change, expected) in cases {
        let mut e = entry("e1");
        change(&mut e);
        assert_eq!(problems(validate_entry(&e)), expected, "{what}");
    }
}

#[test]
fn profile_fields_report_each_problem_where_it_is() {
    assert_eq!(
        validate_profile(&Profile::default()),
        vec![],
        "an empty profile is valid"
    );
    let full = Profile {
        name: "Amina El Idrissi".into(),
        email: "amina@example.org".into(),
        languages: vec![SpokenLanguage {
            language: "Arabe".into(),
            level: LanguageLevel::Native,
        }],
        links: vec![ContactLink {
            label: "GitHub".into(),
            url: "https://github.com/amina".into(),
        }],
        photo: Some(image("photo", 100_000)),
        ..Profile::default()
    };
    assert_eq!(validate_profile(&full), vec![]);
    let cases: Vec<Case<Profile>> = vec![
        (
            "no @",
            |p| p.email = "amina.example.org".into(),
            vec![(Field::Email, Problem::NotAnEmail)],
        ),
        (
            "no domain dot",
            |p| p.email = "amina@example".into(),
            vec![(Field::Email, Problem::NotAnEmail)],
        ),
        (
            "blank language",
            |p| p.languages[0].language = " ".into(),
            vec![(Field::Language(0), Problem::Required)],
        ),
        (
            "second link blank",
            |p| p.links.push(ContactLink::default()),
            vec![(Field::Link(1), Problem::Required)],
        ),
        (
            "link without scheme",
            |p| p.links[0].url = "github.com/amina".into(),
            vec![(Field::Link(0), Problem::NotALink)],
        ),
        (
            "photo over 100 KB",
            |p| p.photo = Some(image("photo", 100_001)),
            vec![(Field::Photo, Problem::TooLarge { max: 100_000 })],
        ),
        (
            "long name",
            |p| p.name = "n".repeat(161),
            vec![(Field::Name, Problem::TooLong { max: 160 })],
        ),
    ];
    for (what, change, expected) in cases {
        let mut p = full.clone();
        change(&mut p);
        assert_eq!(problems(validate_profile(&p)), expected, "{what}");
    }
}

fn ids(portfolio: &Portfolio) -> Vec<&str> {
    portfolio.entries.iter().map(|e| e.id.as_str()).collect()
}

#[test]
fn entries_are_added_on_top_replaced_in_place_reordered_and_deleted_with_undo() {
    let mut p = Portfolio::default();
    for id in ["a", "b", "c"] {
        p.upsert(entry(id));
    }
    assert_eq!(ids(&p), ["c", "b", "a"], "a new entry goes on top");
    let mut edited = entry("b");
    edited.title = "Edited".into();
    p.upsert(edited);
    assert_eq!(ids(&p), ["c", "b", "a"], "an edit stays where it is");
    assert_eq!(p.entry("b").map(|e| e.title.as_str()), Some("Edited"));

    assert!(p.shift("a", -1));
    assert_eq!(ids(&p), ["c", "a", "b"]);
    assert!(!p.shift("c", -1), "the first cannot go up");
    assert!(!p.shift("b", 1), "the last cannot go down");
    assert!(!p.shift("zz", 1));

    assert!(p.delete("a"));
    assert_eq!(ids(&p), ["c", "b"]);
    assert!(!p.delete("a"));
    assert!(p.undo_delete());
    assert_eq!(ids(&p), ["a", "c", "b"], "undo puts it back on top");
    assert!(!p.undo_delete(), "one undo per delete");

    // A second delete replaces the first one's undo (and lets its images go).
    let mut with_image = entry("d");
    with_image.images = vec![image("img-d", 10)];
    p.upsert(with_image);
    p.delete("d");
    assert!(
        p.image_ids().contains(&"img-d"),
        "the undoable entry keeps its images"
    );
    p.delete("c");
    assert!(!p.image_ids().contains(&"img-d"));
    assert!(p.undo_delete());
    assert_eq!(ids(&p), ["c", "a", "b"]);
}

#[test]
fn achievements_are_hidden_and_shown_again() {
    let mut p = Portfolio::default();
    p.set_hidden("web/module/m1", true);
    p.set_hidden("web/module/m1", true);
    assert!(p.is_hidden("web/module/m1"));
    assert_eq!(p.hidden_achievements, ["web/module/m1"]);
    p.set_hidden("web/module/m1", false);
    assert!(!p.is_hidden("web/module/m1"));
    assert!(p.hidden_achievements.is_empty());
}

#[test]
fn skills_typed_with_commas_are_trimmed_and_deduplicated() {
    let cases = [
        ("HTML, CSS ,  Flexbox", vec!["HTML", "CSS", "Flexbox"]),
        ("html, HTML, Html", vec!["html"]),
        (" , ,", vec![]),
        ("تصميم، برمجة", vec!["تصميم", "برمجة"]),
        ("Git\nSQL", vec!["Git", "SQL"]),
    ];
    for (typed, expected) in cases {
        assert_eq!(parse_skills(typed), expected, "{typed:?}");
    }
}

#[test]
fn a_reflection_is_titled_by_the_first_sentence_of_its_question() {
    let long = "m".repeat(200);
    let cases = [
        (
            "**Votre présentation.** Écrivez la réponse…",
            "Votre présentation".to_owned(),
        ),
        (
            "Pourquoi ce poste ? Dites-le en deux phrases.",
            "Pourquoi ce poste".to_owned(),
        ),
        ("**تقديمك الشخصي.** اكتب الجواب", "تقديمك الشخصي".to_owned()),
        ("# Titre sans point\nsuite", "Titre sans point".to_owned()),
        (long.as_str(), format!("{}…", "m".repeat(119))),
        ("", String::new()),
    ];
    for (prompt, expected) in cases {
        assert_eq!(title_from_prompt(prompt), expected, "{prompt:?}");
    }
    assert_eq!(EntryKind::default(), EntryKind::Project);
}
