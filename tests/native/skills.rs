//! Skills with their evidence: course skills from the achievements shown (one per course skill,
//! one per ESCO URI across courses), entry skills matched to them ignoring case and accents, the
//! learner's own skills, and the order (most evidence first, then by name).

use nour::core::achievement::{Achievement, achievements};
use nour::core::model::LocalizedText;
use nour::core::portfolio::Entry;
use nour::core::progress::{EventKind, LearningEvent};
use nour::core::skills::{SkillEvidence, SkillName, skill_evidence};

use crate::achievement;
use crate::validate::good_bundle;

const CHECKPOINT: &str = "web-debutant/checkpoint/controle-bases";
const MODULE: &str = "web-debutant/module/bases";
const DEUX_M1: &str = "deux-modules/module/m1";

/// web-debutant's two achievements (skills html and lire-page, ESCO …/abc), then deux-modules'
/// m1 and m2 (m1 teaches "lire", ESCO …/abc too; m2 teaches nothing).
fn shown() -> Vec<Achievement> {
    let (events, log) = achievement::records();
    let mut all = achievements(&achievement::course(), &events, &log);
    let deux = good_bundle("good/two-modules.json");
    let read: Vec<LearningEvent> = ["l1", "l2", "l3"]
        .into_iter()
        .enumerate()
        .map(|(i, lesson)| LearningEvent {
            course_id: "deux-modules".into(),
            lesson_id: lesson.into(),
            kind: EventKind::Completed,
            at_ms: 1_000 + i as u64,
        })
        .collect();
    all.extend(achievements(&deux, &read, &Default::default()));
    all
}

fn entry(id: &str, skills: &[&str]) -> Entry {
    Entry {
        id: id.into(),
        title: format!("Projet {id}"),
        skills: skills.iter().map(|s| (*s).to_owned()).collect(),
        ..Default::default()
    }
}

fn entries() -> Vec<Entry> {
    vec![
        entry("e1", &["ecrire du html", "Git"]),
        entry("e2", &["WRITE HTML", " git ", "lire"]),
        // With a kasra: Arabic diacritics are ignored.
        entry("e3", &["كِتابة HTML"]),
        entry("e4", &["", "   "]),
        entry("e5", &["Figma", "Accessibilité", "figma"]),
        entry("e6", &["accessibilite"]),
    ]
}

/// (name as shown, achievements, entries) of each skill, in order.
fn table(skills: &[SkillEvidence]) -> Vec<(String, Vec<&str>, Vec<&str>)> {
    skills
        .iter()
        .map(|skill| {
            let name = match &skill.name {
                SkillName::Course {
                    course_id, label, ..
                } => format!(
                    "{course_id}: {}",
                    label.0.get("fr").map_or("", String::as_str)
                ),
                SkillName::Own(text) => format!("own: {text}"),
            };
            (
                name,
                skill.achievements.iter().map(String::as_str).collect(),
                skill.entries.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

fn row(
    name: &str,
    achievements: &[&'static str],
    entries: &[&'static str],
) -> (String, Vec<&'static str>, Vec<&'static str>) {
    (name.to_owned(), achievements.to_vec(), entries.to_vec())
}

#[test]
fn course_skills_gather_achievements_and_matching_entries() {
    let got = skill_evidence(&shown(), &entries());
    assert_eq!(
        table(&got),
        [
            row(
                "web-debutant: Écrire du HTML",
                &[CHECKPOINT, MODULE],
                &["e1", "e2", "e3"]
            ),
            // One ESCO URI in two courses: one skill, named as first met; "lire" matches the
            // deux-modules label merged into it.
            row(
                "web-debutant: Lire une page web",
                &[CHECKPOINT, MODULE, DEUX_M1],
                &["e2"]
            ),
            // Two pieces of evidence each: ordered by name, accents aside.
            row("own: Accessibilité", &[], &["e5", "e6"]),
            row("own: Git", &[], &["e1", "e2"]),
            row("own: Figma", &[], &["e5"]),
        ]
    );
    let html = &got[0];
    assert_eq!(
        html.esco.as_deref(),
        Some("http://data.europa.eu/esco/skill/html")
    );
    assert_eq!(
        html.name,
        SkillName::Course {
            course_id: "web-debutant".into(),
            label: LocalizedText(
                [
                    ("fr".to_owned(), "Écrire du HTML".to_owned()),
                    ("ar".to_owned(), "كتابة HTML".to_owned()),
                    ("en".to_owned(), "Write HTML".to_owned()),
                ]
                .into()
            ),
            languages: vec!["fr".into(), "ar".into(), "en".into()],
        }
    );
    assert_eq!(
        got[1].esco.as_deref(),
        Some("http://data.europa.eu/esco/skill/abc")
    );
    assert!(got[2..].iter().all(|skill| skill.esco.is_none()));
    assert_eq!(got[0].evidence_count(), 5);
}

#[test]
fn without_achievements_every_entry_skill_is_her_own() {
    let got = skill_evidence(&[], &entries());
    assert_eq!(
        table(&got),
        [
            row("own: Accessibilité", &[], &["e5", "e6"]),
            row("own: Git", &[], &["e1", "e2"]),
            row("own: ecrire du html", &[], &["e1"]),
            row("own: Figma", &[], &["e5"]),
            row("own: lire", &[], &["e2"]),
            row("own: WRITE HTML", &[], &["e2"]),
            row("own: كِتابة HTML", &[], &["e3"]),
        ]
    );
    assert_eq!(skill_evidence(&[], &[]), []);
}

#[test]
fn skills_are_deduplicated_by_course_and_id_and_by_esco() {
    let base = shown();
    let module = base
        .iter()
        .find(|a| a.id == MODULE)
        .expect("module")
        .clone();
    // The same achievement twice counts once.
    let twice = vec![module.clone(), module.clone()];
    let got = skill_evidence(&twice, &[]);
    assert_eq!(
        table(&got),
        [
            row("web-debutant: Écrire du HTML", &[MODULE], &[]),
            row("web-debutant: Lire une page web", &[MODULE], &[]),
        ]
    );
    // Another course with the same skill ids: without ESCO URIs they are different skills, with
    // a shared URI they are one.
    let other = |esco: bool| Achievement {
        id: "autre/module/x".into(),
        course_id: "autre".into(),
        skills: module
            .skills
            .iter()
            .cloned()
            .map(|mut skill| {
                if !esco {
                    skill.esco = None;
                }
                skill
            })
            .collect(),
        ..module.clone()
    };
    // Equal names and counts keep the order they were met in.
    let separate = skill_evidence(&[module.clone(), other(false)], &[]);
    assert_eq!(
        table(&separate),
        [
            row("web-debutant: Écrire du HTML", &[MODULE], &[]),
            row("autre: Écrire du HTML", &["autre/module/x"], &[]),
            row("web-debutant: Lire une page web", &[MODULE], &[]),
            row("autre: Lire une page web", &["autre/module/x"], &[]),
        ]
    );
    let merged = skill_evidence(&[module.clone(), other(true)], &[]);
    assert_eq!(
        table(&merged),
        [
            row(
                "web-debutant: Écrire du HTML",
                &[MODULE, "autre/module/x"],
                &[]
            ),
            row(
                "web-debutant: Lire une page web",
                &[MODULE, "autre/module/x"],
                &[]
            ),
        ]
    );
}

#[test]
fn an_entry_naming_a_skill_twice_counts_once() {
    let got = skill_evidence(
        &shown(),
        &[entry("e1", &["Write HTML", "écrire du HTML", "HTML"])],
    );
    assert_eq!(got[0].entries, ["e1"]);
    assert_eq!(
        table(&got).last(),
        Some(&row("own: HTML", &[], &["e1"])),
        "a part of a label is not the label"
    );
}
