//! Scoring every kind of item: right, wrong and partly right answers, the feedback chosen, the
//! per-part marks, and responses that do not fit the item. The items are those of
//! `tests/fixtures/assessment/course.json` (assessment "quiz"), a bundle that must validate.

use nour::core::bundle::Bundle;
use nour::core::model::{Assessment, Item, LocalizedText};
use nour::core::scoring::{Response as R, evaluate, max_points};

use crate::validate::good_bundle;

/// Course "evaluation": m1 = [l1] with practice "quiz" (one item of each kind, shuffled),
/// m2 = [l2] with checkpoint "controle" (c1 true/false 1 pt, c2 true/false 2 pts, c3 open
/// without rubric, pass mark 75).
pub fn course() -> Bundle {
    good_bundle("assessment/course.json")
}

pub fn assessment(bundle: &Bundle, id: &str) -> Assessment {
    bundle
        .modules()
        .iter()
        .flat_map(|m| &m.assessments)
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no assessment {id}"))
        .clone()
}

fn item<'a>(quiz: &'a Assessment, id: &str) -> &'a Item {
    quiz.items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

fn fr(text: &LocalizedText) -> &str {
    text.0
        .get("fr")
        .or_else(|| text.0.get("ar"))
        .map_or("", String::as_str)
}

const T: bool = true;
const F: bool = false;

fn s(text: &str) -> String {
    text.to_owned()
}

/// (item, response, credit, correct, feedback shown (fr), marks)
type Case = (
    &'static str,
    R,
    u8,
    bool,
    &'static [&'static str],
    &'static [bool],
);

fn check(cases: Vec<Case>) {
    let quiz = assessment(&course(), "quiz");
    let mut failed = Vec::new();
    for (id, response, credit, correct, feedback, marks) in cases {
        let got = evaluate(item(&quiz, id), &response);
        let got_feedback: Vec<&str> = got.feedback.iter().map(|t| fr(t)).collect();
        if (got.credit, got.correct, &got_feedback[..], &got.marks[..])
            != (credit, correct, feedback, marks)
        {
            failed.push(format!(
                "{id} {response:?}:\n   got ({}, {}, {got_feedback:?}, {:?})\n  \
                 want ({credit}, {correct}, {feedback:?}, {marks:?})",
                got.credit, got.correct, got.marks
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

const WRONG_SINGLE: &str = "Relisez la leçon.";
const NEARLY: &str = "Presque : `<link>` relie une feuille de style.";

#[test]
#[rustfmt::skip]
fn single_choice() {
    check(vec![
        ("single", R::Choices(vec![0]), 100, T, &["Oui, a comme ancre."], &[T, T, T, T]),
        // A wrong choice with partial credit and its own feedback.
        ("single", R::Choices(vec![1]), 50, F, &[NEARLY], &[F, F, T, T]),
        // No feedback of its own: the item's.
        ("single", R::Choices(vec![2]), 0, F, &[WRONG_SINGLE], &[F, T, F, T]),
        // A blank feedback counts as none.
        ("single", R::Choices(vec![3]), 0, F, &[WRONG_SINGLE], &[F, T, T, F]),
        // Not exactly one choice, or out of range, or not a choice at all.
        ("single", R::Choices(vec![]), 0, F, &[WRONG_SINGLE], &[]),
        ("single", R::Choices(vec![0, 1]), 0, F, &[WRONG_SINGLE], &[]),
        ("single", R::Choices(vec![0, 0]), 0, F, &[WRONG_SINGLE], &[]),
        ("single", R::Choices(vec![4]), 0, F, &[WRONG_SINGLE], &[]),
        ("single", R::Choices(vec![usize::MAX]), 0, F, &[WRONG_SINGLE], &[]),
        ("single", R::Bool(true), 0, F, &[WRONG_SINGLE], &[]),
        ("single", R::Skipped, 0, F, &[WRONG_SINGLE], &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn multiple_choice() {
    const H1: &str = "h1 : titre principal.";
    const HR: &str = "hr est un trait.";
    const WRONG: &str = "Les titres vont de h1 à h6.";
    check(vec![
        // Two right choices: +50 each; "hr" -50; "header" has credit 0.
        ("multiple", R::Choices(vec![0, 1]), 100, T, &[H1], &[T, T, T, T]),
        ("multiple", R::Choices(vec![1, 0]), 100, T, &[H1], &[T, T, T, T]),
        ("multiple", R::Choices(vec![0, 1, 1, 0]), 100, T, &[H1], &[T, T, T, T]),
        ("multiple", R::Choices(vec![1]), 50, F, &[WRONG], &[F, T, T, T]),
        ("multiple", R::Choices(vec![0]), 50, F, &[H1], &[T, F, T, T]),
        // Every selected choice's feedback, in bundle order.
        ("multiple", R::Choices(vec![2, 0, 1]), 50, F, &[H1, HR], &[T, T, F, T]),
        ("multiple", R::Choices(vec![0, 2]), 0, F, &[H1, HR], &[T, F, F, T]),
        // Never below zero.
        ("multiple", R::Choices(vec![2]), 0, F, &[HR], &[F, F, F, T]),
        ("multiple", R::Choices(vec![3]), 0, F, &[WRONG], &[F, F, T, F]),
        ("multiple", R::Choices(vec![1, 3]), 50, F, &[WRONG], &[F, T, T, F]),
        ("multiple", R::Choices(vec![]), 0, F, &[WRONG], &[F, F, T, T]),
        ("multiple", R::Choices(vec![0, 4]), 0, F, &[WRONG], &[]),
        ("multiple", R::Order(vec![0, 1]), 0, F, &[WRONG], &[]),
        // Three right choices of 33 each: all three make 100, not 99.
        ("multiple-thirds", R::Choices(vec![0, 1, 2]), 100, T, &[], &[T, T, T, T]),
        ("multiple-thirds", R::Choices(vec![0, 1]), 66, F, &[], &[T, T, F, T]),
        ("multiple-thirds", R::Choices(vec![0]), 33, F, &[], &[T, F, F, T]),
        // "href" weighs -100/3: 99 - 33.3 = 65.7, rounded.
        ("multiple-thirds", R::Choices(vec![0, 1, 2, 3]), 66, F, &[], &[T, T, T, F]),
        ("multiple-thirds", R::Choices(vec![0, 1, 3]), 33, F, &[], &[T, T, F, F]),
        ("multiple-thirds", R::Choices(vec![0, 3]), 0, F, &[], &[T, F, F, F]),
    ]);
}

#[test]
#[rustfmt::skip]
fn true_false() {
    const SAID_TRUE: &str = "Non : c'est un langage de balisage.";
    const SAID_FALSE: &str = "Oui : HTML décrit, il ne calcule pas.";
    const WRONG: &str = "Pas ce texte : la réponse a son propre retour.";
    check(vec![
        ("true-false", R::Bool(false), 100, T, &[SAID_FALSE], &[]),
        ("true-false", R::Bool(true), 0, F, &[SAID_TRUE], &[]),
        ("true-false", R::Text(s("faux")), 0, F, &[WRONG], &[]),
        ("true-false", R::Skipped, 0, F, &[WRONG], &[]),
        // No feedback anywhere: nothing to show.
        ("true-false-bare", R::Bool(true), 100, T, &[], &[]),
        ("true-false-bare", R::Bool(false), 0, F, &[], &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn numeric() {
    const EXACT: &str = "Exact.";
    const CLOSE: &str = "Proche.";
    const WRONG: &str = "Comptez de h1 à h6.";
    check(vec![
        // 3.5 is in both the range (50) and value ± tolerance (100): the best credit wins.
        ("numeric", R::Number(s("3.5")), 100, T, &[EXACT], &[]),
        ("numeric", R::Number(s("3,5")), 100, T, &[EXACT], &[]),
        ("numeric", R::Number(s(" ٣٫٥ ")), 100, T, &[EXACT], &[]),
        ("numeric", R::Number(s("+3,50")), 100, T, &[EXACT], &[]),
        // Tolerance bounds are included.
        ("numeric", R::Number(s("3,55")), 100, T, &[EXACT], &[]),
        ("numeric", R::Number(s("3,45")), 100, T, &[EXACT], &[]),
        ("numeric", R::Number(s("3,56")), 50, F, &[CLOSE], &[]),
        // Range bounds are included.
        ("numeric", R::Number(s("3")), 50, F, &[CLOSE], &[]),
        ("numeric", R::Number(s("4")), 50, F, &[CLOSE], &[]),
        ("numeric", R::Number(s("4.01")), 0, F, &[WRONG], &[]),
        ("numeric", R::Number(s("-3,5")), 0, F, &[WRONG], &[]),
        // Unreadable or not a number at all.
        ("numeric", R::Number(s("trois")), 0, F, &[WRONG], &[]),
        ("numeric", R::Number(s("")), 0, F, &[WRONG], &[]),
        ("numeric", R::Text(s("3.5")), 0, F, &[WRONG], &[]),
        // Stored 0.1 + 0.2 = 0.30000000000000004; the learner types 0.3.
        ("numeric-float", R::Number(s("0,3")), 100, T, &[], &[]),
        ("numeric-float", R::Number(s("0.3000001")), 0, F, &[], &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn short_text() {
    const WRONG: &str = "C'est sur la Seine.";
    check(vec![
        ("short", R::Text(s("Paris")), 100, T, &["Bravo."], &[]),
        ("short", R::Text(s("  PARIS ! ")), 100, T, &["Bravo."], &[]),
        // Partly right without feedback of its own: the item's feedback for a wrong answer.
        ("short", R::Text(s("ville\u{a0}de  paris.")), 80, F, &[WRONG], &[]),
        ("short", R::Text(s("LUTECE")), 50, F, &["Son nom romain."], &[]),
        ("short", R::Text(s("Lutèce")), 50, F, &["Son nom romain."], &[]),
        ("short", R::Text(s("Londres")), 0, F, &[WRONG], &[]),
        ("short", R::Text(s("Pari")), 0, F, &[WRONG], &[]),
        ("short", R::Text(s("")), 0, F, &[WRONG], &[]),
        ("short", R::Text(s(" . ")), 0, F, &[WRONG], &[]),
        ("short", R::Number(s("Paris")), 0, F, &[WRONG], &[]),
        // Arabic: harakat, tatweel, alef forms and a question mark do not matter.
        ("short-ar", R::Text(s("القاهرة")), 100, T, &[], &[]),
        ("short-ar", R::Text(s("الْقَاهِرَة")), 100, T, &[], &[]),
        ("short-ar", R::Text(s("القـاهرة؟")), 100, T, &[], &[]),
        ("short-ar", R::Text(s("ٱلقاهرة")), 100, T, &[], &[]),
        ("short-ar", R::Text(s("القاهره")), 0, F, &[], &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn fill_blanks() {
    const WRONG: &str = "HTML est un sigle anglais.";
    let blanks = |texts: &[&str]| R::Blanks(texts.iter().map(|t| s(t)).collect());
    check(vec![
        ("blanks", blanks(&["HyperText", "Markup", "Language"]), 100, T, &[], &[T, T, T]),
        ("blanks", blanks(&["hypertext ", "BALISAGE", "langage."]), 100, T, &[], &[T, T, T]),
        ("blanks", blanks(&["hypertext", "Markup", "Logic"]), 67, F, &[WRONG], &[T, T, F]),
        ("blanks", blanks(&["hypertext", "", "langage"]), 67, F, &[WRONG], &[T, F, T]),
        ("blanks", blanks(&["HyperText"]), 33, F, &[WRONG], &[T, F, F]),
        // Answers in the wrong gaps are wrong.
        ("blanks", blanks(&["Markup", "HyperText", "Language"]), 33, F, &[WRONG], &[F, F, T]),
        ("blanks", blanks(&[]), 0, F, &[WRONG], &[F, F, F]),
        ("blanks", blanks(&["HyperText", "Markup", "Language", "extra"]), 100, T, &[], &[T, T, T]),
        ("blanks", R::Text(s("HyperText Markup Language")), 0, F, &[WRONG], &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn ordering() {
    const WRONG: &str = "Le doctype vient d'abord.";
    check(vec![
        ("order", R::Order(vec![0, 1, 2, 3]), 100, T, &[], &[T, T, T, T]),
        ("order", R::Order(vec![0, 1, 3, 2]), 50, F, &[WRONG], &[T, T, F, F]),
        ("order", R::Order(vec![1, 0, 2, 3]), 50, F, &[WRONG], &[F, F, T, T]),
        ("order", R::Order(vec![1, 2, 3, 0]), 0, F, &[WRONG], &[F, F, F, F]),
        ("order", R::Order(vec![3, 1, 2, 0]), 50, F, &[WRONG], &[F, T, T, F]),
        // Not a permutation of 0..4: all wrong.
        ("order", R::Order(vec![0, 1, 2]), 0, F, &[WRONG], &[F, F, F, F]),
        ("order", R::Order(vec![0, 1, 2, 3, 4]), 0, F, &[WRONG], &[F, F, F, F]),
        ("order", R::Order(vec![0, 1, 1, 3]), 0, F, &[WRONG], &[F, F, F, F]),
        ("order", R::Order(vec![0, 1, 2, 9]), 0, F, &[WRONG], &[F, F, F, F]),
        ("order", R::Order(vec![]), 0, F, &[WRONG], &[F, F, F, F]),
        ("order", R::Choices(vec![0, 1, 2, 3]), 0, F, &[WRONG], &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn matching() {
    const WRONG: &str = "Une balise, un rôle.";
    check(vec![
        ("match", R::Matches(vec![Some(0), Some(1), Some(2)]), 100, T, &[], &[T, T, T]),
        ("match", R::Matches(vec![Some(0), None, Some(2)]), 67, F, &[WRONG], &[T, F, T]),
        ("match", R::Matches(vec![Some(1), Some(0), Some(2)]), 33, F, &[WRONG], &[F, F, T]),
        // The same right-hand entry twice: only its own left entry is right.
        ("match", R::Matches(vec![Some(0), Some(0), Some(0)]), 33, F, &[WRONG], &[T, F, F]),
        // Missing entries are unmatched.
        ("match", R::Matches(vec![Some(0)]), 33, F, &[WRONG], &[T, F, F]),
        ("match", R::Matches(vec![]), 0, F, &[WRONG], &[F, F, F]),
        // Out of range or too many: does not fit.
        ("match", R::Matches(vec![Some(0), Some(1), Some(3)]), 0, F, &[WRONG], &[]),
        ("match", R::Matches(vec![Some(0), Some(1), Some(2), None]), 0, F, &[WRONG], &[]),
        ("match", R::Order(vec![0, 1, 2]), 0, F, &[WRONG], &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn open() {
    const WRONG: &str = "Reprenez la grille.";
    let open = |text: &str, checked: &[usize]| R::Open {
        text: s(text),
        checked: checked.to_vec(),
        portfolio: false,
    };
    check(vec![
        ("open-rubric", open("Ma page", &[0, 1, 2]), 100, T, &[], &[T, T, T]),
        ("open-rubric", open("Ma page", &[2, 0, 1]), 100, T, &[], &[T, T, T]),
        ("open-rubric", open("Ma page", &[0, 2]), 67, F, &[WRONG], &[T, F, T]),
        // Repeated and unknown criteria count once and not at all.
        ("open-rubric", open("Ma page", &[0, 0, 0, 7]), 33, F, &[WRONG], &[T, F, F]),
        ("open-rubric", open("Ma page", &[]), 0, F, &[WRONG], &[F, F, F]),
        // An empty answer earns nothing, whatever is checked.
        ("open-rubric", open(" \n ", &[0, 1, 2]), 0, F, &[WRONG], &[]),
        ("open-rubric", R::Text(s("Ma page")), 0, F, &[WRONG], &[]),
        // No rubric: not scored, any real answer is fine.
        ("open-free", open("J'ai appris le HTML.", &[]), 100, T, &[], &[]),
        ("open-free", open("J'ai appris le HTML.", &[0]), 100, T, &[], &[]),
        ("open-free", open("", &[]), 0, F, &[], &[]),
        ("open-free", R::Skipped, 0, F, &[], &[]),
    ]);
}

#[test]
fn max_points_leaves_out_open_items_without_a_rubric() {
    let bundle = course();
    let quiz = assessment(&bundle, "quiz");
    let controle = assessment(&bundle, "controle");
    let cases = [
        (&quiz, "single", 1),
        (&quiz, "open-rubric", 3),
        (&quiz, "open-free", 0),
        (&controle, "c2", 2),
        (&controle, "c3", 0),
    ];
    for (assessment, id, points) in cases {
        assert_eq!(max_points(item(assessment, id)), points, "{id}");
    }
}

/// Every item against every kind of response, fitting or not: no panic, credit within 0..=100,
/// full credit exactly when right, and never an empty feedback text.
#[test]
fn every_item_against_every_response_stays_in_bounds() {
    let quiz = assessment(&course(), "quiz");
    let responses = [
        R::Choices(vec![]),
        R::Choices(vec![0]),
        R::Choices(vec![0, 1, 2, 3, 4, 5]),
        R::Choices(vec![usize::MAX]),
        R::Bool(true),
        R::Bool(false),
        R::Number(s("3,5")),
        R::Number(s("1e999")),
        R::Text(s("Paris")),
        R::Text(s("\u{0301}\u{0640}")),
        R::Blanks(vec![s(""); 10]),
        R::Order(vec![0, 1, 2, 3]),
        R::Order(vec![usize::MAX; 4]),
        R::Matches(vec![Some(usize::MAX)]),
        R::Matches(vec![None; 3]),
        R::Open {
            text: s("x"),
            checked: vec![usize::MAX, 0],
            portfolio: true,
        },
        R::Skipped,
    ];
    for item in &quiz.items {
        for response in &responses {
            let got = evaluate(item, response);
            assert!(got.credit <= 100, "{} {response:?}", item.id);
            assert!(
                !got.correct || got.credit == 100,
                "{} {response:?}: right but {}",
                item.id,
                got.credit
            );
            assert!(got.feedback.iter().all(|t| !t.is_empty()), "{}", item.id);
        }
    }
}
