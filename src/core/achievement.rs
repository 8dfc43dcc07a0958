//! Achievements come by themselves: completing a module or passing a checkpoint earns one,
//! derived from the stored records every time (never kept as a counter), so it is earned once, at
//! the moment it first happened, and stays earned.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::core::attempt::{self, AssessmentLog, Attempt};
use crate::core::bundle::{AssessmentRef, Bundle};
use crate::core::mastery;
use crate::core::model::{
    Assessment, AssessmentKind, LocalizedText, Mastery, Module, Person, Skill,
};
use crate::core::progress::{EventKind, LearningEvent};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AchievementKind {
    ModuleCompleted,
    CheckpointPassed,
}

/// One achievement, with everything an export needs to stand on its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Achievement {
    /// Stable: `<course>/module/<module id>` or `<course>/checkpoint/<assessment id>`.
    pub id: String,
    pub kind: AchievementKind,
    pub course_id: String,
    pub course_title: LocalizedText,
    /// The module's or the checkpoint's title.
    pub title: LocalizedText,
    /// What was done to earn it, in words (the module's lessons read and checkpoints passed, or
    /// the checkpoint's mastery rule), per language of the course.
    pub criteria: LocalizedText,
    /// When it was first earned.
    pub earned_ms: u64,
    /// Percent score of the passing attempt (checkpoints; for a module, its best checkpoint score
    /// if it has checkpoints).
    pub score: Option<u8>,
    /// The skills the module teaches, from the bundle.
    pub skills: Vec<Skill>,
    /// The bundle's publisher, else its first author.
    pub issuer: Person,
    /// The course's languages, for picking texts.
    pub languages: Vec<String>,
}

/// Every achievement the learner's records earn in one course, ordered by `earned_ms` then id.
///
/// - A checkpoint is passed by its first finished attempt that passes by the checkpoint's own
///   rule ([`mastery::attempt_passed`]); it is earned at that attempt's finish time, with that
///   attempt's score. Practice assessments earn nothing.
/// - A module is completed the first moment its lessons are all read and its checkpoints all
///   passed, replaying lesson events and checkpoint passes in time order. A lesson reopened
///   later, or a count rule that later falls below its target, takes nothing away.
pub fn achievements(
    bundle: &Bundle,
    events: &[LearningEvent],
    log: &AssessmentLog,
) -> Vec<Achievement> {
    let issuer = bundle
        .publisher()
        .or_else(|| bundle.authors().first())
        .cloned()
        .unwrap_or(Person {
            name: String::new(),
            url: None,
        });
    let base = |id: String, kind, title: &LocalizedText, skills: &[Skill]| Achievement {
        id,
        kind,
        course_id: bundle.id().to_owned(),
        course_title: bundle.title().clone(),
        title: title.clone(),
        criteria: LocalizedText::default(),
        earned_ms: 0,
        score: None,
        skills: skills.to_vec(),
        issuer: issuer.clone(),
        languages: bundle.languages().to_vec(),
    };

    let passes: Vec<(AssessmentRef<'_>, Pass)> = bundle
        .assessments()
        .filter(|found| found.assessment.kind == AssessmentKind::Checkpoint)
        .filter_map(|found| first_pass(found.assessment, log).map(|pass| (found, pass)))
        .collect();
    let mut earned: Vec<Achievement> = passes
        .iter()
        .map(|(found, pass)| Achievement {
            criteria: per_language(bundle.languages(), |phrases, lang| {
                checkpoint_criteria(
                    phrases,
                    &title_in(&found.assessment.title, lang, bundle.languages()),
                    mastery::rule(found.assessment),
                )
            }),
            earned_ms: pass.at_ms,
            score: Some(pass.percent),
            ..base(
                format!("{}/checkpoint/{}", bundle.id(), found.assessment.id),
                AchievementKind::CheckpointPassed,
                &found.assessment.title,
                &found.module.skills,
            )
        })
        .collect();

    for (module, at_ms) in modules_completed(bundle, events, &passes) {
        let module_checkpoints: Vec<&Assessment> = checkpoints(module).collect();
        let score = module_checkpoints
            .iter()
            .flat_map(|assessment| attempt::finished(log, assessment))
            .map(|(_, score)| score.percent())
            .max();
        earned.push(Achievement {
            criteria: per_language(bundle.languages(), |phrases, lang| {
                let titles: Vec<String> = module_checkpoints
                    .iter()
                    .map(|assessment| title_in(&assessment.title, lang, bundle.languages()))
                    .collect();
                module_criteria(phrases, module.lessons.len(), &titles)
            }),
            earned_ms: at_ms,
            // None without checkpoints: nothing was scored.
            score,
            ..base(
                format!("{}/module/{}", bundle.id(), module.id),
                AchievementKind::ModuleCompleted,
                &module.title,
                &module.skills,
            )
        });
    }
    // Two stable passes: by id, then by time, so equal times stay in id order.
    crate::core::stable_sort::sort_by_key(&mut earned, |a| a.id.clone());
    crate::core::stable_sort::sort_by_key(&mut earned, |a| a.earned_ms);
    earned
}

/// The first time a checkpoint was passed, and that attempt's percent.
struct Pass {
    at_ms: u64,
    percent: u8,
}

fn first_pass(assessment: &Assessment, log: &AssessmentLog) -> Option<Pass> {
    attempt::finished(log, assessment)
        .into_iter()
        .filter(|(attempt, _)| mastery::attempt_passed(assessment, log, attempt))
        .map(|(attempt, score)| {
            (
                finish_time(attempt, log),
                attempt.started_ms,
                score.percent(),
            )
        })
        // The earliest finish; on a tie, the attempt started first.
        .min_by_key(|(at_ms, started_ms, _)| (*at_ms, *started_ms))
        .map(|(at_ms, _, percent)| Pass { at_ms, percent })
}

/// When an attempt finished: its stored finish time, else its last answer (an attempt is also
/// finished once every item is answered), else its start.
fn finish_time(attempt: &Attempt, log: &AssessmentLog) -> u64 {
    attempt.finished_ms.unwrap_or_else(|| {
        log.answers
            .iter()
            .filter(|answer| answer.attempt_id == attempt.id)
            .map(|answer| answer.at_ms)
            .max()
            .unwrap_or(attempt.started_ms)
    })
}

fn checkpoints(module: &Module) -> impl Iterator<Item = &Assessment> {
    module
        .assessments
        .iter()
        .filter(|assessment| assessment.kind == AssessmentKind::Checkpoint)
}

/// One step of the replay: a lesson event, or a checkpoint's first pass.
enum Step<'a> {
    Lesson(&'a LearningEvent),
    Passed(&'a str),
}

/// The modules completed at some point, with the moment each first was, in reading order.
fn modules_completed<'a>(
    bundle: &'a Bundle,
    events: &[LearningEvent],
    passes: &[(AssessmentRef<'a>, Pass)],
) -> Vec<(&'a Module, u64)> {
    let mut steps: Vec<(u64, Step<'_>)> = events
        .iter()
        .filter(|event| event.course_id == bundle.id())
        .map(|event| (event.at_ms, Step::Lesson(event)))
        .chain(
            passes
                .iter()
                .map(|(found, pass)| (pass.at_ms, Step::Passed(found.assessment.id.as_str()))),
        )
        .collect();
    // Stable: at the same time, lesson events keep their stored order and come before passes.
    crate::core::stable_sort::sort_by_key(&mut steps, |(at_ms, _)| *at_ms);

    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut passed: BTreeSet<&str> = BTreeSet::new();
    let mut completed: BTreeMap<&str, u64> = BTreeMap::new();
    for (at_ms, step) in steps {
        let module = match step {
            Step::Lesson(event) => {
                let Some(found) = bundle.lesson(&event.lesson_id) else {
                    continue;
                };
                match event.kind {
                    EventKind::Opened => continue,
                    EventKind::Completed => done.insert(found.lesson.id.as_str()),
                    EventKind::Reopened => done.remove(found.lesson.id.as_str()),
                };
                found.module
            }
            Step::Passed(id) => {
                let Some(found) = bundle.assessment(id) else {
                    continue;
                };
                passed.insert(found.assessment.id.as_str());
                found.module
            }
        };
        let complete = module
            .lessons
            .iter()
            .all(|lesson| done.contains(lesson.id.as_str()))
            && checkpoints(module).all(|assessment| passed.contains(assessment.id.as_str()));
        if complete {
            completed.entry(module.id.as_str()).or_insert(at_ms);
        }
    }
    bundle
        .modules()
        .iter()
        .filter_map(|module| {
            completed
                .get(module.id.as_str())
                .map(|at_ms| (module, *at_ms))
        })
        .collect()
}

/// Which fixed phrases write a sentence: French, Arabic, or English for every other language.
#[derive(Clone, Copy)]
enum Phrases {
    Fr,
    Ar,
    En,
}

/// One sentence per language of the course, each written with its language's phrases.
fn per_language(languages: &[String], write: impl Fn(Phrases, &str) -> String) -> LocalizedText {
    LocalizedText(
        languages
            .iter()
            .map(|lang| {
                let phrases = match lang.as_str() {
                    "fr" => Phrases::Fr,
                    "ar" => Phrases::Ar,
                    _ => Phrases::En,
                };
                (lang.clone(), write(phrases, lang))
            })
            .collect(),
    )
}

/// A title as a reader of `lang` sees it, with the course's fallbacks.
fn title_in(title: &LocalizedText, lang: &str, languages: &[String]) -> String {
    title
        .pick(lang, languages)
        .map(|(_, text)| text.trim().to_owned())
        .unwrap_or_default()
}

fn quoted(phrases: Phrases, titles: &[String]) -> String {
    let (open, close, separator) = match phrases {
        Phrases::Fr => ("« ", " »", ", "),
        Phrases::Ar => ("«", "»", "، "),
        Phrases::En => ("“", "”", ", "),
    };
    titles
        .iter()
        .map(|title| format!("{open}{title}{close}"))
        .collect::<Vec<_>>()
        .join(separator)
}

fn module_criteria(phrases: Phrases, lessons: usize, checkpoint_titles: &[String]) -> String {
    let titles = quoted(phrases, checkpoint_titles);
    let several = checkpoint_titles.len() > 1;
    let read = match (phrases, lessons) {
        (Phrases::Fr, 1) => "Lire la leçon du module".to_owned(),
        (Phrases::Fr, n) => format!("Lire les {n} leçons du module"),
        (Phrases::Ar, 1) => "قراءة درس الوحدة".to_owned(),
        (Phrases::Ar, n) => format!("قراءة دروس الوحدة كلها (عددها {n})"),
        (Phrases::En, 1) => "Read the module's lesson".to_owned(),
        (Phrases::En, n) => format!("Read the {n} lessons of the module"),
    };
    if checkpoint_titles.is_empty() {
        return read;
    }
    match (phrases, several) {
        (Phrases::Fr, false) => format!("{read} et réussir son évaluation {titles}"),
        (Phrases::Fr, true) => format!("{read} et réussir ses évaluations {titles}"),
        (Phrases::Ar, false) => format!("{read} واجتياز تقييمها {titles}"),
        (Phrases::Ar, true) => format!("{read} واجتياز تقييماتها {titles}"),
        (Phrases::En, false) => format!("{read} and pass its assessment {titles}"),
        (Phrases::En, true) => format!("{read} and pass its assessments {titles}"),
    }
}

fn checkpoint_criteria(phrases: Phrases, title: &str, rule: Mastery) -> String {
    let title = quoted(phrases, &[title.to_owned()]);
    match (phrases, rule) {
        (Phrases::Fr, Mastery::PassMark(mark)) => {
            format!("Réussir l'évaluation {title} (seuil : {mark} %)")
        }
        (Phrases::Fr, Mastery::MOfN { m, n }) => {
            format!("Réussir l'évaluation {title} ({m} bonnes réponses sur les {n} dernières)")
        }
        (Phrases::Fr, Mastery::Streak(k)) => {
            format!("Réussir l'évaluation {title} ({k} bonnes réponses d'affilée)")
        }
        (Phrases::Ar, Mastery::PassMark(mark)) => {
            format!("اجتياز التقييم {title} (عتبة النجاح: {mark}٪)")
        }
        (Phrases::Ar, Mastery::MOfN { m, n }) => {
            format!("اجتياز التقييم {title} ({m} أجوبة صحيحة من آخر {n} أجوبة)")
        }
        (Phrases::Ar, Mastery::Streak(k)) => {
            format!("اجتياز التقييم {title} ({k} أجوبة صحيحة متتالية)")
        }
        (Phrases::En, Mastery::PassMark(mark)) => {
            format!("Pass the assessment {title} (pass mark: {mark}%)")
        }
        (Phrases::En, Mastery::MOfN { m, n }) => {
            format!("Pass the assessment {title} ({m} right answers among the last {n})")
        }
        (Phrases::En, Mastery::Streak(k)) => {
            format!("Pass the assessment {title} ({k} right answers in a row)")
        }
    }
}
