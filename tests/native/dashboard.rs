//! The home page figures: resume point, courses ordered by activity, per-module counts,
//! assessments passed, mastered skills with their evidence, and the weekly streak in local time.

use nour::core::attempt::AssessmentLog;
use nour::core::bundle::Bundle;
use nour::core::dashboard::{
    CourseRecords, CourseSummary, Dashboard, ModuleSummary, Resume, Streak, dashboard, streak,
};
use nour::core::progress::{EventKind, LearningEvent};

use crate::achievement::{self, LAST_ACTIVITY, ev};
use crate::validate::{good_bundle, read_fixture};

/// Milliseconds since the epoch of a UTC date and time (proleptic Gregorian).
pub fn utc(year: i64, month: i64, day: i64, hour: i64, minute: i64) -> u64 {
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(((days * 24 + hour) * 60 + minute) * 60_000).expect("after 1970")
}

/// Morocco: UTC+1.
const MOROCCO: i32 = 60;

/// Wednesday 2024-01-10 12:00 UTC.
fn now() -> u64 {
    utc(2024, 1, 10, 12, 0)
}

/// The four test courses and the learner's records in them.
struct World {
    web: Bundle,
    deux: Bundle,
    minimal: Bundle,
    evaluation: Bundle,
    web_events: Vec<LearningEvent>,
    web_log: AssessmentLog,
    /// `events/learner.json`: deux-modules has l1 and l3 read, l2 opened last; it also holds
    /// events of another course.
    other_events: Vec<LearningEvent>,
    empty: AssessmentLog,
}

impl World {
    fn new() -> Self {
        let (web_events, web_log) = achievement::records();
        World {
            web: achievement::course(),
            deux: good_bundle("good/two-modules.json"),
            minimal: good_bundle("good/minimal.json"),
            evaluation: good_bundle("assessment/course.json"),
            web_events,
            web_log,
            other_events: serde_json::from_str(&read_fixture("events/learner.json"))
                .expect("events"),
            empty: AssessmentLog::default(),
        }
    }

    /// Every course, listed in an order the dashboard must not keep.
    fn courses(&self) -> Vec<CourseRecords<'_>> {
        vec![
            self.record(&self.minimal, &[]),
            self.record(&self.deux, &self.other_events),
            CourseRecords {
                bundle: &self.web,
                events: &self.web_events,
                log: &self.web_log,
            },
            self.record(&self.evaluation, &[]),
        ]
    }

    fn record<'a>(&'a self, bundle: &'a Bundle, events: &'a [LearningEvent]) -> CourseRecords<'a> {
        CourseRecords {
            bundle,
            events,
            log: &self.empty,
        }
    }

    fn dashboard(&self) -> Dashboard {
        dashboard(&self.courses(), now(), MOROCCO)
    }
}

fn module(id: &str, title: &str, done: usize, total: usize, complete: bool) -> ModuleSummary {
    ModuleSummary {
        module_id: id.into(),
        title: nour::core::model::LocalizedText([("fr".to_owned(), title.to_owned())].into()),
        lessons_done: done,
        lessons_total: total,
        complete,
    }
}

fn course_ids(d: &Dashboard) -> Vec<&str> {
    d.courses.iter().map(|c| c.course_id.as_str()).collect()
}

#[test]
fn the_dashboard_of_the_fixture() {
    let world = World::new();
    let d = world.dashboard();
    assert_eq!(
        d.resume,
        Some(Resume {
            course_id: "web-debutant".into(),
            lesson_id: "s2".into(),
            at_ms: LAST_ACTIVITY,
        })
    );
    assert_eq!(
        course_ids(&d),
        ["web-debutant", "deux-modules", "evaluation", "minimal"],
        "most recent first, then never touched by id"
    );
    let web = &d.courses[0];
    assert_eq!(
        (
            web.lessons_done,
            web.lessons_total,
            web.complete,
            web.last_activity_ms
        ),
        (3, 5, false, Some(LAST_ACTIVITY))
    );
    assert_eq!(web.languages, ["fr", "ar", "en"]);
    assert_eq!(web.title, *world.web.title());
    assert_eq!(web.modules[0].module_id, "bases");
    assert_eq!(
        (
            web.modules[0].lessons_done,
            web.modules[0].lessons_total,
            web.modules[0].complete
        ),
        (2, 2, true)
    );
    assert_eq!(
        (
            web.modules[1].lessons_done,
            web.modules[1].lessons_total,
            web.modules[1].complete
        ),
        (1, 3, false)
    );
    assert_eq!(
        d.courses[1],
        CourseSummary {
            course_id: "deux-modules".into(),
            title: world.deux.title().clone(),
            languages: vec!["fr".into(), "ar".into(), "en".into()],
            lessons_done: 2,
            lessons_total: 3,
            complete: false,
            // The event of a lesson this version no longer has is activity all the same.
            last_activity_ms: Some(1_700_002_000_000),
            modules: vec![
                module("m1", "Premier module", 1, 2, false),
                module("m2", "Second module", 1, 1, true),
            ],
        }
    );
    assert_eq!(d.courses[3].last_activity_ms, None);
    assert_eq!(d.courses[3].lessons_done, 0);
    // web-debutant: practice (100 %) and checkpoint (best 100 %) mastered; evaluation: 2 not.
    assert_eq!((d.assessments_passed, d.assessments_total), (2, 4));
    let mastered: Vec<(&str, &str, Vec<&str>)> = d
        .mastered_skills
        .iter()
        .map(|m| {
            (
                m.course_id.as_str(),
                m.skill.id.as_str(),
                m.evidence.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let evidence = vec![
        "web-debutant/checkpoint/controle-bases",
        "web-debutant/module/bases",
    ];
    assert_eq!(
        mastered,
        [
            ("web-debutant", "html", evidence.clone()),
            ("web-debutant", "lire-page", evidence)
        ]
    );
    assert_eq!(
        d.mastered_skills[0].skill.esco.as_deref(),
        Some("http://data.europa.eu/esco/skill/html")
    );
    // Active the week of 2024-01-01 (Jan 4) and this week on Monday 8 and Tuesday 9.
    assert_eq!(
        d.streak,
        Streak {
            weeks: 2,
            active_this_week: true,
            active_days_this_week: 2,
        }
    );
}

#[test]
fn a_reopened_lesson_unmasters_the_skill_but_not_the_assessment() {
    let mut world = World::new();
    world
        .web_events
        .push(ev("b2", EventKind::Reopened, LAST_ACTIVITY + 1_000));
    let d = world.dashboard();
    let web = &d.courses[0];
    assert_eq!((web.lessons_done, web.modules[0].complete), (2, false));
    assert_eq!(web.modules[0].lessons_done, 1);
    assert_eq!(d.mastered_skills, []);
    assert_eq!((d.assessments_passed, d.assessments_total), (2, 4));
    assert_eq!(
        d.resume.map(|r| (r.lesson_id, r.at_ms)),
        Some(("s2".to_owned(), LAST_ACTIVITY + 1_000)),
        "the reopen is the latest activity; resume stays at the last lesson opened"
    );
}

#[test]
fn resume_skips_complete_courses_and_is_none_when_nothing_is_started() {
    let mut world = World::new();
    // Nothing started anywhere.
    let untouched = [
        world.record(&world.minimal, &[]),
        world.record(&world.evaluation, &[]),
    ];
    let d = dashboard(&untouched, now(), MOROCCO);
    assert_eq!(d.resume, None);
    assert_eq!(course_ids(&d), ["evaluation", "minimal"]);
    assert_eq!(d.streak, Streak::default());

    // web-debutant finished: continue deux-modules where it was left (l2 opened last).
    for (lesson, at) in [("s2", 1), ("s3", 2)] {
        world
            .web_events
            .push(ev(lesson, EventKind::Completed, LAST_ACTIVITY + at));
    }
    let d = world.dashboard();
    assert!(d.courses[0].complete);
    assert_eq!(
        d.resume,
        Some(Resume {
            course_id: "deux-modules".into(),
            lesson_id: "l2".into(),
            at_ms: 1_700_002_000_000,
        })
    );
    // Styles has a skill too, now mastered, proven by the module alone.
    let css = d
        .mastered_skills
        .iter()
        .find(|m| m.skill.id == "css")
        .expect("css mastered");
    assert_eq!(css.evidence, ["web-debutant/module/styles"]);

    // Every started course complete: nothing to resume.
    let only_web = [CourseRecords {
        bundle: &world.web,
        events: &world.web_events,
        log: &world.web_log,
    }];
    assert_eq!(dashboard(&only_web, now(), MOROCCO).resume, None);
}

#[test]
fn answers_count_as_activity() {
    let world = World::new();
    // web-debutant with answers only: its last answer (2024-01-09) is newer than deux-modules'
    // events (2023-11), so it comes first, resuming at its first lesson not done.
    let courses = [
        world.record(&world.deux, &world.other_events),
        CourseRecords {
            bundle: &world.web,
            events: &[],
            log: &world.web_log,
        },
    ];
    let d = dashboard(&courses, now(), MOROCCO);
    assert_eq!(course_ids(&d), ["web-debutant", "deux-modules"]);
    assert_eq!(
        d.resume,
        Some(Resume {
            course_id: "web-debutant".into(),
            lesson_id: "b1".into(),
            at_ms: 1_704_790_860_000,
        })
    );
    assert_eq!(d.courses[0].lessons_done, 0);
    assert!(!d.courses[0].modules[0].complete, "lessons unread");
    assert_eq!(
        d.streak,
        Streak {
            weeks: 1,
            active_this_week: true,
            active_days_this_week: 2,
        }
    );
}

#[test]
fn courses_with_the_same_last_activity_are_ordered_by_id() {
    let world = World::new();
    let at = |course: &str| LearningEvent {
        course_id: course.into(),
        ..ev("l1", EventKind::Opened, 5_000)
    };
    let minimal_events = [at("minimal")];
    let deux_events = [at("deux-modules")];
    let courses = [
        world.record(&world.minimal, &minimal_events),
        world.record(&world.deux, &deux_events),
    ];
    let d = dashboard(&courses, now(), MOROCCO);
    assert_eq!(course_ids(&d), ["deux-modules", "minimal"]);
    assert_eq!(
        d.resume.map(|r| r.course_id),
        Some("deux-modules".to_owned())
    );
}

/// (case, activity, now, UTC offset in minutes, expected (weeks, active this week, days)).
type StreakCase = (&'static str, Vec<u64>, u64, i32, (u32, bool, u8));

#[test]
fn streak_counts_monday_based_weeks_in_local_time() {
    let wednesday = utc(2024, 1, 10, 12, 0);
    let cases: Vec<StreakCase> = vec![
        ("no activity", vec![], wednesday, MOROCCO, (0, false, 0)),
        (
            "Sunday 23:30 UTC is Monday 00:30 in Morocco: this week",
            vec![utc(2024, 1, 7, 23, 30)],
            wednesday,
            MOROCCO,
            (1, true, 1),
        ),
        (
            "the same instant in UTC is last Sunday: last week keeps the streak",
            vec![utc(2024, 1, 7, 23, 30)],
            wednesday,
            0,
            (1, false, 0),
        ),
        (
            "Monday 03:00 UTC is still Sunday five hours west",
            vec![utc(2024, 1, 8, 3, 0)],
            wednesday,
            -300,
            (1, false, 0),
        ),
        (
            "now itself is read in local time: Sunday 23:30 UTC is Monday in Morocco",
            vec![utc(2024, 1, 7, 10, 0)],
            utc(2024, 1, 7, 23, 30),
            MOROCCO,
            (1, false, 0),
        ),
        (
            "three weeks in a row, across the new year (Sunday 31 December, Monday 1 January)",
            vec![
                utc(2023, 12, 31, 20, 0),
                utc(2024, 1, 1, 8, 0),
                utc(2024, 1, 9, 8, 0),
            ],
            wednesday,
            MOROCCO,
            (3, true, 1),
        ),
        (
            "a week without activity breaks the streak",
            vec![utc(2023, 12, 20, 9, 0), utc(2024, 1, 9, 9, 0)],
            wednesday,
            MOROCCO,
            (1, true, 1),
        ),
        (
            "a gap before last week: last week alone",
            vec![utc(2023, 12, 20, 9, 0), utc(2024, 1, 3, 9, 0)],
            wednesday,
            MOROCCO,
            (1, false, 0),
        ),
        (
            "nothing this week or last week: broken",
            vec![utc(2023, 12, 27, 9, 0)],
            wednesday,
            MOROCCO,
            (0, false, 0),
        ),
        (
            "this week without activity yet keeps last week's streak",
            vec![
                utc(2023, 12, 19, 9, 0),
                utc(2023, 12, 27, 9, 0),
                utc(2024, 1, 5, 9, 0),
            ],
            utc(2024, 1, 8, 7, 0),
            MOROCCO,
            (3, false, 0),
        ),
        (
            "distinct local days: two lessons on Monday, one late Tuesday that is Wednesday locally",
            vec![
                utc(2024, 1, 8, 9, 0),
                utc(2024, 1, 8, 18, 0),
                utc(2024, 1, 9, 23, 15),
                utc(2024, 1, 10, 11, 0),
            ],
            wednesday,
            MOROCCO,
            (1, true, 2),
        ),
        (
            "activity after this week (a clock set back) is ignored",
            vec![utc(2024, 1, 3, 9, 0), utc(2024, 1, 16, 9, 0)],
            wednesday,
            MOROCCO,
            (1, false, 0),
        ),
        (
            "later this week counts",
            vec![utc(2024, 1, 12, 9, 0)],
            wednesday,
            MOROCCO,
            (1, true, 1),
        ),
        (
            "the order of the activity does not matter",
            vec![
                utc(2024, 1, 9, 8, 0),
                utc(2023, 12, 31, 20, 0),
                utc(2024, 1, 1, 8, 0),
            ],
            wednesday,
            MOROCCO,
            (3, true, 1),
        ),
    ];
    for (case, activity, now, offset, (weeks, active_this_week, active_days_this_week)) in cases {
        assert_eq!(
            streak(&activity, now, offset),
            Streak {
                weeks,
                active_this_week,
                active_days_this_week,
            },
            "{case}"
        );
    }
}

#[test]
fn the_date_helper_is_right() {
    assert_eq!(utc(1970, 1, 1, 0, 0), 0);
    assert_eq!(utc(2024, 1, 8, 9, 0), 1_704_704_400_000);
    assert_eq!(utc(2024, 1, 7, 23, 30), 1_704_670_200_000);
}
