//! The learner's skills and what proves each: the skills of the achievements she shows, and the
//! skills she names on her portfolio entries. An entry's skill that matches a course skill's
//! label in any language (ignoring case and accents) becomes evidence for that skill; the others
//! are her own skills, with the entries that name them.
//!
//! The same skill is listed once: once per course skill id, and once across courses for one
//! ESCO URI.

use std::cmp::Reverse;

use crate::core::achievement::Achievement;
use crate::core::model::LocalizedText;
use crate::core::normalize::normalize_text;
use crate::core::portfolio::Entry;

#[derive(Clone, Debug, PartialEq)]
pub enum SkillName {
    /// A skill a course teaches: its label and the course's languages, to pick the label with.
    Course {
        course_id: String,
        label: LocalizedText,
        languages: Vec<String>,
    },
    /// A skill the learner named herself, as she first wrote it.
    Own(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct SkillEvidence {
    pub name: SkillName,
    pub esco: Option<String>,
    /// Ids of the achievements that carry the skill, in the order given.
    pub achievements: Vec<String>,
    /// Ids of the portfolio entries that name it, in the order given.
    pub entries: Vec<String>,
}

impl SkillEvidence {
    /// Achievements and entries together.
    pub fn evidence_count(&self) -> usize {
        self.achievements.len() + self.entries.len()
    }
}

/// A skill being gathered, with what it is recognised by.
struct Gathered {
    evidence: SkillEvidence,
    /// `(course id, skill id)` of every course skill merged into it.
    keys: Vec<(String, String)>,
    /// Normalized labels (every language) or own name, that entry skills are matched against.
    names: Vec<String>,
}

/// Every skill the `achievements` (already filtered to those shown) and `entries` give evidence
/// for, the best-proven first, then by name. Ties keep the order they were met in.
pub fn skill_evidence(achievements: &[Achievement], entries: &[Entry]) -> Vec<SkillEvidence> {
    let mut skills: Vec<Gathered> = Vec::new();
    for achievement in achievements {
        for skill in &achievement.skills {
            let key = (achievement.course_id.clone(), skill.id.clone());
            let found = skills.iter_mut().find(|g| {
                g.keys.contains(&key) || (skill.esco.is_some() && g.evidence.esco == skill.esco)
            });
            let labels = skill.label.0.values().map(|label| normalize_text(label));
            match found {
                Some(gathered) => {
                    if !gathered.keys.contains(&key) {
                        gathered.keys.push(key);
                        gathered.names.extend(labels);
                    }
                    push_once(&mut gathered.evidence.achievements, &achievement.id);
                }
                None => skills.push(Gathered {
                    evidence: SkillEvidence {
                        name: SkillName::Course {
                            course_id: achievement.course_id.clone(),
                            label: skill.label.clone(),
                            languages: achievement.languages.clone(),
                        },
                        esco: skill.esco.clone(),
                        achievements: vec![achievement.id.clone()],
                        entries: Vec::new(),
                    },
                    keys: vec![key],
                    names: labels.collect(),
                }),
            }
        }
    }
    for entry in entries {
        for written in &entry.skills {
            let name = normalize_text(written);
            if name.is_empty() {
                continue;
            }
            // Course skills first: an own skill never shadows a course skill's label.
            let found = skills
                .iter()
                .position(|g| g.evidence.name.is_course() && g.names.contains(&name))
                .or_else(|| skills.iter().position(|g| g.names.contains(&name)));
            match found.and_then(|index| skills.get_mut(index)) {
                Some(gathered) => push_once(&mut gathered.evidence.entries, &entry.id),
                None => skills.push(Gathered {
                    evidence: SkillEvidence {
                        name: SkillName::Own(written.trim().to_owned()),
                        esco: None,
                        achievements: Vec::new(),
                        entries: vec![entry.id.clone()],
                    },
                    keys: Vec::new(),
                    names: vec![name],
                }),
            }
        }
    }
    let mut evidence: Vec<SkillEvidence> = skills.into_iter().map(|g| g.evidence).collect();
    crate::core::stable_sort::sort_by_key(&mut evidence, |skill| {
        (Reverse(skill.evidence_count()), sort_name(&skill.name))
    });
    evidence
}

impl SkillName {
    fn is_course(&self) -> bool {
        matches!(self, SkillName::Course { .. })
    }
}

/// The name a skill is sorted by: its label in the course's first language that has one.
fn sort_name(name: &SkillName) -> String {
    match name {
        SkillName::Course {
            label, languages, ..
        } => label
            .resolve(languages.iter().map(String::as_str))
            .or_else(|| label.0.values().next().map(String::as_str))
            .map(normalize_text)
            .unwrap_or_default(),
        SkillName::Own(text) => normalize_text(text),
    }
}

fn push_once(ids: &mut Vec<String>, id: &str) {
    if !ids.iter().any(|known| known == id) {
        ids.push(id.to_owned());
    }
}
