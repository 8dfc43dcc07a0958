//! Reading what learners type: short answers compared after normalisation (French and Arabic
//! cases), and numbers typed the many ways learners type them.

use nour::core::normalize::{normalize_text, parse_number};

#[test]
fn normalize_text_folds_what_a_learner_cannot_be_blamed_for() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        // (why, typed, normalised)
        ("case", "PARIS", "paris"),
        ("accents, upper and lower", "Élève À Ça", "eleve a ca"),
        ("every French accent", "àâäéèêëîïôöùûüÿç", "aaaeeeeiioouuuyc"),
        ("other Latin accents", "ãåāñõøōýīū", "aaanoooyiu"),
        ("ligatures", "Cœur ŒUVRE Ænéide", "coeur oeuvre aeneide"),
        ("sharp s", "Straße", "strasse"),
        ("combining accents (NFD)", "e\u{301}le\u{300}ve", "eleve"),
        ("dotted capital I", "İstanbul", "istanbul"),
        ("spaces collapse and trim", "  mise   en\tpage \n", "mise en page"),
        ("no-break and thin spaces", "mise\u{a0}en\u{202f}page\u{2009}!", "mise en page"),
        ("final full stop", "La balise a.", "la balise a"),
        ("French space before !", "Paris !", "paris"),
        ("several final marks", "Vraiment?!…", "vraiment"),
        ("inner punctuation stays", "a.b, c!d", "a.b, c!d"),
        ("Arabic question mark", "القاهرة؟", "القاهرة"),
        ("harakat", "الْقَاهِرَةُ", "القاهرة"),
        ("tanwin and shadda", "كِتَابٌ مُدَرِّسٌ", "كتاب مدرس"),
        ("superscript alef", "هٰذا", "هذا"),
        ("Quranic marks", "ذلك\u{6d6}", "ذلك"),
        ("tatweel", "مـــدرسة", "مدرسة"),
        ("alef with hamza above", "أحمد", "احمد"),
        ("alef with hamza below", "إسلام", "اسلام"),
        ("alef madda", "آخر", "اخر"),
        ("alef wasla", "ٱلعلم", "العلم"),
        ("alef maqsura", "مستشفى", "مستشفي"),
        ("Persian ya", "کتابی", "کتابي"),
        ("Arabic-Indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("Eastern Arabic-Indic digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("mixed scripts", " HTML٥ هو لغة ", "html5 هو لغة"),
        ("empty", "", ""),
        ("only spaces and marks", " \u{a0}. ", ""),
    ];
    let mut failed = Vec::new();
    for (why, typed, expected) in cases {
        let got = normalize_text(typed);
        if got != *expected {
            failed.push(format!(
                "{why}: {typed:?} -> {got:?}, expected {expected:?}"
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn normalize_text_is_idempotent() {
    for typed in ["Élève  ŒUVRE !", "الْقَاهِرَةُ؟", "  ٣ أحمد  "] {
        let once = normalize_text(typed);
        assert_eq!(normalize_text(&once), once, "{typed:?}");
    }
}

#[test]
fn parse_number_reads_what_learners_type() {
    #[rustfmt::skip]
    let cases: &[(&str, Option<f64>)] = &[
        ("3", Some(3.0)),
        ("3.5", Some(3.5)),
        ("3,5", Some(3.5)),
        ("  3,5 ", Some(3.5)),
        (",5", Some(0.5)),
        ("5.", Some(5.0)),
        ("-2", Some(-2.0)),
        ("+2", Some(2.0)),
        ("\u{2212}2,25", Some(-2.25)),
        ("- 2", Some(-2.0)),
        ("٣٫٥", Some(3.5)),
        ("٣,٥", Some(3.5)),
        ("۱۲", Some(12.0)),
        ("١٬٠٠٠", Some(1000.0)),
        ("1 000", Some(1000.0)),
        ("1 000,5", Some(1000.5)),
        ("1\u{a0}000\u{a0}000", Some(1_000_000.0)),
        ("12\u{202f}345,25", Some(12_345.25)),
        ("1\u{2009}000", Some(1000.0)),
        ("1,000", Some(1.0)),
        ("007", Some(7.0)),
        // Refused.
        ("", None),
        ("   ", None),
        ("-", None),
        (".", None),
        ("abc", None),
        ("3a", None),
        ("3,5,1", None),
        ("3.5.1", None),
        ("1e3", None),
        ("inf", None),
        ("NaN", None),
        ("--3", None),
        ("+-3", None),
        ("3-", None),
        ("1 00", None),
        ("1 0000", None),
        ("1  000", None),
        (" 000", Some(0.0)),
        ("1 000 0", None),
        ("1,5 000", None),
        ("½", None),
        ("3 %", None),
    ];
    let mut failed = Vec::new();
    for (typed, expected) in cases {
        let got = parse_number(typed);
        if got != *expected {
            failed.push(format!("{typed:?} -> {got:?}, expected {expected:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn parse_number_refuses_numbers_too_big_to_be_finite() {
    let huge = "9".repeat(400);
    assert_eq!(parse_number(&huge), None);
    assert_eq!(
        parse_number(&"9".repeat(300)).map(f64::is_finite),
        Some(true)
    );
}
