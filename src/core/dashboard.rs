//! The learner's home page in figures: where to continue, how far each course and module is,
//! the assessments passed, the skills mastered (with the achievements that prove them) and the
//! weekly streak. Derived from the stored records every time, with the clock passed in.
//!
//! **Weeks run Monday to Sunday in the learner's local time**, computed from a UTC offset the
//! caller reads from the device, so a lesson at 23:30 UTC on a Sunday counts for Monday in
//! Morocco (UTC+1).

use std::collections::BTreeSet;

use crate::core::achievement::{self, Achievement};
use crate::core::attempt::AssessmentLog;
use crate::core::bundle::Bundle;
use crate::core::model::{LocalizedText, Skill};
use crate::core::progress::{CourseProgress, LearningEvent};

/// One course's bundle and the learner's records in it. `events` may hold other courses' events:
/// only this course's are read. `log` is this course's assessment log.
#[derive(Clone, Copy, Debug)]
pub struct CourseRecords<'a> {
    pub bundle: &'a Bundle,
    pub events: &'a [LearningEvent],
    pub log: &'a AssessmentLog,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    /// Where to continue; `None` when nothing is started or every started course is complete.
    pub resume: Option<Resume>,
    /// Most recent activity first; courses never touched last, by id.
    pub courses: Vec<CourseSummary>,
    /// Assessments (practice or checkpoint) whose mastery rule is met, over all courses.
    pub assessments_passed: usize,
    pub assessments_total: usize,
    /// Skills of the modules complete now, in the order of `courses`, then of the modules.
    pub mastered_skills: Vec<MasteredSkill>,
    pub streak: Streak,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resume {
    pub course_id: String,
    /// The lesson to continue with ([`CourseProgress::resume_at`]).
    pub lesson_id: String,
    /// The course's last activity.
    pub at_ms: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CourseSummary {
    pub course_id: String,
    pub title: LocalizedText,
    pub languages: Vec<String>,
    pub lessons_done: usize,
    pub lessons_total: usize,
    /// Every lesson read and every checkpoint passed.
    pub complete: bool,
    /// The latest lesson event or answer.
    pub last_activity_ms: Option<u64>,
    pub modules: Vec<ModuleSummary>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ModuleSummary {
    pub module_id: String,
    pub title: LocalizedText,
    pub lessons_done: usize,
    pub lessons_total: usize,
    /// Lessons read and checkpoints passed.
    pub complete: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MasteredSkill {
    pub course_id: String,
    pub skill: Skill,
    /// Ids of the course's achievements that carry this skill.
    pub evidence: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streak {
    /// Consecutive active weeks ending with this week, or with last week while this week has no
    /// activity yet: a streak is not broken before the week is over.
    pub weeks: u32,
    pub active_this_week: bool,
    /// Distinct local days of this week with any activity, 0 to 7.
    pub active_days_this_week: u8,
}

const DAY_MS: i64 = 86_400_000;

/// Everything the home page shows, at `now_ms`, for a learner `utc_offset_minutes` east of UTC.
pub fn dashboard(courses: &[CourseRecords<'_>], now_ms: u64, utc_offset_minutes: i32) -> Dashboard {
    let mut activity: Vec<u64> = Vec::new();
    let mut assessments_passed = 0;
    let mut assessments_total = 0;
    let mut rows: Vec<Row<'_>> = Vec::new();
    for records in courses {
        let bundle = records.bundle;
        let progress = CourseProgress::from_records(bundle, records.events, records.log);
        let times = activity_of(records);
        activity.extend_from_slice(&times);
        for found in bundle.assessments() {
            assessments_total += 1;
            if progress.is_mastered(&found.assessment.id) {
                assessments_passed += 1;
            }
        }
        let modules = bundle
            .modules()
            .iter()
            .map(|module| {
                let (lessons_done, lessons_total) = progress.module_counts(bundle, &module.id);
                ModuleSummary {
                    module_id: module.id.clone(),
                    title: module.title.clone(),
                    lessons_done,
                    lessons_total,
                    complete: progress.is_module_complete(module),
                }
            })
            .collect();
        let summary = CourseSummary {
            course_id: bundle.id().to_owned(),
            title: bundle.title().clone(),
            languages: bundle.languages().to_vec(),
            lessons_done: progress.done_count(),
            lessons_total: progress.total(),
            complete: progress.is_complete(),
            last_activity_ms: times.iter().copied().max(),
            modules,
        };
        let earned = achievement::achievements(bundle, records.events, records.log);
        rows.push(Row {
            summary,
            progress,
            bundle,
            earned,
        });
    }
    // Stable passes from the last key to the first: id, then most recent activity first, then
    // touched before never touched.
    crate::core::stable_sort::sort_by_key(&mut rows, |row| row.summary.course_id.clone());
    crate::core::stable_sort::sort_by_key(&mut rows, |row| {
        std::cmp::Reverse(row.summary.last_activity_ms.unwrap_or(0))
    });
    crate::core::stable_sort::sort_by_key(&mut rows, |row| row.summary.last_activity_ms.is_none());

    let resume = rows
        .iter()
        .filter(|row| !row.summary.complete)
        .find_map(|row| {
            let at_ms = row.summary.last_activity_ms?;
            row.progress.resume_at(row.bundle).map(|found| Resume {
                course_id: row.summary.course_id.clone(),
                lesson_id: found.lesson.id.clone(),
                at_ms,
            })
        });

    let mut mastered_skills = Vec::new();
    for row in &rows {
        for module in row.bundle.modules() {
            if !row.progress.is_module_complete(module) {
                continue;
            }
            for skill in &module.skills {
                mastered_skills.push(MasteredSkill {
                    course_id: row.summary.course_id.clone(),
                    skill: skill.clone(),
                    evidence: row
                        .earned
                        .iter()
                        .filter(|a| a.skills.iter().any(|s| s.id == skill.id))
                        .map(|a| a.id.clone())
                        .collect(),
                });
            }
        }
    }

    Dashboard {
        resume,
        courses: rows.into_iter().map(|row| row.summary).collect(),
        assessments_passed,
        assessments_total,
        mastered_skills,
        streak: streak(&activity, now_ms, utc_offset_minutes),
    }
}

/// One course while the dashboard is built: kept together so they sort together.
struct Row<'a> {
    summary: CourseSummary,
    progress: CourseProgress,
    bundle: &'a Bundle,
    earned: Vec<Achievement>,
}

/// When the learner did something in a course: its lesson events and every answer she gave.
fn activity_of(records: &CourseRecords<'_>) -> Vec<u64> {
    records
        .events
        .iter()
        .filter(|event| event.course_id == records.bundle.id())
        .map(|event| event.at_ms)
        .chain(records.log.answers.iter().map(|answer| answer.at_ms))
        .collect()
}

/// The local day number (days since 1970-01-01 in local time) of an instant.
fn local_day(at_ms: u64, utc_offset_minutes: i32) -> i64 {
    i64::try_from(at_ms)
        .unwrap_or(i64::MAX)
        .saturating_add(i64::from(utc_offset_minutes) * 60_000)
        .div_euclid(DAY_MS)
}

/// The Monday-based week number of a local day: 1970-01-01 was a Thursday, so day 4 (Monday
/// 1970-01-05) starts week 1.
fn week_of(day: i64) -> i64 {
    (day + 3).div_euclid(7)
}

/// The weekly streak at `now_ms` from the instants of the learner's activity. Activity after the
/// current week (a clock set back) is ignored.
pub fn streak(activity_ms: &[u64], now_ms: u64, utc_offset_minutes: i32) -> Streak {
    let this_week = week_of(local_day(now_ms, utc_offset_minutes));
    let days: BTreeSet<i64> = activity_ms
        .iter()
        .map(|at_ms| local_day(*at_ms, utc_offset_minutes))
        .filter(|day| week_of(*day) <= this_week)
        .collect();
    let weeks: BTreeSet<i64> = days.iter().map(|day| week_of(*day)).collect();
    let active_this_week = weeks.contains(&this_week);
    let mut week = if active_this_week {
        this_week
    } else {
        this_week - 1
    };
    let mut count = 0u32;
    while weeks.contains(&week) {
        count += 1;
        week -= 1;
    }
    let days_this_week = days
        .iter()
        .filter(|day| week_of(**day) == this_week)
        .count();
    Streak {
        weeks: count,
        active_this_week,
        active_days_this_week: u8::try_from(days_this_week).unwrap_or(7),
    }
}
