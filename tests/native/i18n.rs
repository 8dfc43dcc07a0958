//! UI strings and formatting in French, Arabic and English.

use std::path::Path;

use nour::i18n::{self, Locale, Msg, Section};

/// Every part's texts, as if every part were loaded (each hands its own over as it loads).
fn every_part_loaded() {
    i18n::provide(Section::Intake, i18n::intake_texts);
    i18n::provide(Section::Practice, i18n::practice_texts);
    i18n::provide(Section::Portfolio, i18n::portfolio_texts);
    i18n::provide(Section::Settings, i18n::settings_texts);
    i18n::provide(Section::Dashboard, i18n::dashboard_texts);
}

fn has_arabic(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
}

#[test]
fn every_message_has_a_text_in_every_locale() {
    every_part_loaded();
    let mut missing = Vec::new();
    for locale in Locale::ALL {
        for &msg in Msg::ALL {
            let text = locale.t(msg);
            if text.trim().is_empty() || text != text.trim() {
                missing.push(format!("{locale:?} {msg:?}: {text:?}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "empty or padded texts:\n{}",
        missing.join("\n")
    );
}

#[test]
fn msg_all_has_no_duplicates() {
    for (i, a) in Msg::ALL.iter().enumerate() {
        for b in &Msg::ALL[i + 1..] {
            assert_ne!(a, b, "{a:?} is listed twice in Msg::ALL");
        }
    }
}

/// `Msg::ALL` must list every variant: compare it with the enum as written in the source.
#[test]
fn msg_all_lists_every_variant() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n/mod.rs"))
        .expect("source");
    let start = source
        .find("pub enum Msg {")
        .expect("enum Msg in src/i18n/mod.rs");
    let body = &source[start + "pub enum Msg {".len()..];
    let body = &body[..body.find('}').expect("end of enum")];
    let mut variants: Vec<String> = body
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//") && !line.starts_with("#["))
        .map(|line| line.trim_end_matches(',').to_owned())
        .collect();
    variants.sort();
    let mut listed: Vec<String> = Msg::ALL.iter().map(|msg| format!("{msg:?}")).collect();
    listed.sort();
    assert_eq!(listed, variants);
}

#[test]
fn arabic_texts_are_in_arabic_script_and_the_others_are_not() {
    every_part_loaded();
    for &msg in Msg::ALL {
        assert!(
            has_arabic(Locale::Ar.t(msg)),
            "Ar {msg:?}: {:?}",
            Locale::Ar.t(msg)
        );
        assert!(
            !has_arabic(Locale::Fr.t(msg)),
            "Fr {msg:?}: {:?}",
            Locale::Fr.t(msg)
        );
        assert!(
            !has_arabic(Locale::En.t(msg)),
            "En {msg:?}: {:?}",
            Locale::En.t(msg)
        );
    }
    assert!(has_arabic(Locale::Ar.native_name()));
    assert!(has_arabic(&Locale::Ar.size(34_000)) && has_arabic(&Locale::Ar.minutes(5)));
    assert!(has_arabic(&Locale::Ar.lessons_done(1, 3)));
}

#[test]
fn french_and_english_differ_where_it_matters() {
    every_part_loaded();
    // A message left untranslated in English would be a French copy.
    let same: Vec<Msg> = Msg::ALL
        .iter()
        .copied()
        .filter(|&m| Locale::Fr.t(m) == Locale::En.t(m))
        .collect();
    // Words that are spelled the same in both languages, checked one by one.
    let same_word = [
        Msg::Modules,
        Msg::License,
        Msg::Date,
        Msg::Score,
        Msg::NavPortfolio,
    ];
    assert_eq!(same, same_word, "identical in fr and en");
}

#[test]
fn sizes_read_the_way_a_data_plan_does() {
    let cases = [
        (Locale::Fr, 34_000, "34 Ko"),
        (Locale::Fr, 1_200_000, "1,2 Mo"),
        (Locale::Fr, 1_000_000, "1,0 Mo"),
        (Locale::Fr, 12_340_000, "12,4 Mo"), // rounded up: never understate the cost
        (Locale::Fr, 33_001, "34 Ko"),
        (Locale::Fr, 1, "1 Ko"),
        (Locale::Fr, 0, "1 Ko"),
        (Locale::Fr, 999_000, "999 Ko"),
        (Locale::En, 34_000, "34 KB"),
        (Locale::En, 1_200_000, "1.2 MB"),
        (Locale::En, 250_000_000, "250.0 MB"),
        (Locale::Ar, 34_000, "34 ك.ب"),
        (Locale::Ar, 1_200_000, "1.2 م.ب"),
    ];
    for (locale, bytes, want) in cases {
        assert_eq!(locale.size(bytes), want, "{locale:?} {bytes}");
    }
}

#[test]
fn numbers_and_labels_follow_the_language() {
    assert_eq!(Locale::Fr.minutes(12), "12 min");
    assert_eq!(Locale::Fr.lessons_done(2, 5), "2 sur 5 leçons terminées");
    assert_eq!(Locale::En.lessons_done(2, 5), "2 of 5 lessons done");
    assert_eq!(
        Locale::Fr.labelled(Msg::License, "CC-BY"),
        format!("{} : CC-BY", Locale::Fr.t(Msg::License))
    );
    assert_eq!(
        Locale::En.labelled(Msg::License, "CC-BY"),
        format!("{}: CC-BY", Locale::En.t(Msg::License))
    );
    assert_eq!(Locale::Fr.language_name("ar"), Locale::Fr.t(Msg::LangAr));
    assert_eq!(Locale::En.language_name("zgh"), Locale::En.t(Msg::LangZgh));
    assert_eq!(Locale::En.language_name("de"), Locale::En.t(Msg::LangOther));
}

#[test]
fn locale_codes_and_directions() {
    assert_eq!(Locale::from_code("fr"), Some(Locale::Fr));
    assert_eq!(Locale::from_code("ar"), Some(Locale::Ar));
    assert_eq!(Locale::from_code("en"), Some(Locale::En));
    for unknown in ["", "FR", "fr-FR", "zgh", "de", " ar"] {
        assert_eq!(Locale::from_code(unknown), None, "{unknown:?}");
    }
    for locale in Locale::ALL {
        assert_eq!(Locale::from_code(locale.code()), Some(locale));
    }
    assert_eq!(Locale::Ar.dir(), "rtl");
    assert_eq!(Locale::Fr.dir(), "ltr");
    assert_eq!(Locale::En.dir(), "ltr");
    assert_eq!(Locale::default(), Locale::Fr);
    let names: Vec<&str> = Locale::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["Français", "العربية", "English"]);
}

/// A part's texts are there only once it has loaded, so the views of a part use its own section
/// and the first load's (`Main`), and the first load uses only its own. The sections are where
/// the variants stand in `enum Msg`.
#[test]
fn each_part_uses_only_its_own_texts_and_the_first_loads() {
    let section_of = |name: &str| {
        Msg::ALL
            .iter()
            .find(|msg| format!("{msg:?}") == name)
            .map(|msg| msg.section())
    };
    let expected = |part: Option<&str>| match part {
        None => Section::Main,
        Some("intake") => Section::Intake,
        Some("practice") => Section::Practice,
        Some("portfolio") => Section::Portfolio,
        Some("settings") => Section::Settings,
        Some("dashboard") => Section::Dashboard,
        Some(other) => panic!("unknown part {other}"),
    };
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for file in crate::architecture::rust_files(&src) {
        let text = std::fs::read_to_string(&file).expect("source");
        let text = if file.ends_with("i18n/mod.rs") {
            // The enum and its table name every message; the helpers below them are code.
            let start = text.find("pub enum Msg {").expect("enum Msg");
            let end = text.find("pub const ALL: &[Msg]").expect("Msg::ALL");
            let end = end + text[end..].find("];").expect("end of Msg::ALL");
            format!("{}{}", &text[..start], &text[end..])
        } else if file.parent().is_some_and(|dir| dir.ends_with("i18n")) {
            continue; // the texts themselves
        } else {
            text
        };
        let own = expected(crate::architecture::part_of(&file));
        for (at, _) in text.match_indices("Msg::") {
            let name: String = text[at + 5..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let Some(section) = section_of(&name) else {
                continue; // `Msg::ALL`, `Msg::kind`…
            };
            if section != Section::Main && section != own {
                wrong.push(format!(
                    "{}: Msg::{name} is in {section:?}, but this file is in {own:?}: move the variant to the {own:?} section (or to Main if several parts use it)",
                    file.display()
                ));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
