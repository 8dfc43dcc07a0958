//! The JSON Resume export: valid against the official schema (tests/schema/), and what it says.

use nour::core::portfolio::{Entry, Portfolio, Profile};
use nour::core::resume::{json_resume, utc_date, utc_date_time};
use serde_json::{Value, json};

use crate::portfolio_sample::{
    ESCO_HTML, checkpoint_achievement, labels_fr, module_achievement, portfolio,
};

/// The official schema, compiled with format assertions on (draft-04 `email`, `uri`, `date`).
fn validator() -> (boon::Schemas, boon::SchemaIndex) {
    let schema: Value =
        serde_json::from_str(include_str!("../schema/jsonresume.schema.json")).expect("schema");
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-04/schema#");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    let url = "file:///jsonresume.schema.json";
    compiler.add_resource(url, schema).expect("add schema");
    let index = compiler.compile(url, &mut schemas).expect("compile schema");
    (schemas, index)
}

fn problems(resume: &Value) -> Option<String> {
    let (schemas, index) = validator();
    schemas
        .validate(resume, index)
        .err()
        .map(|error| format!("{error:#}"))
}

fn sample() -> Value {
    let portfolio = portfolio();
    json_resume(
        &portfolio.profile,
        &portfolio.entries,
        &[module_achievement(), checkpoint_achievement()],
        &labels_fr(),
        "fr",
    )
}

#[test]
fn the_sample_resume_is_valid_against_the_official_schema() {
    let resume = sample();
    assert_eq!(problems(&resume), None, "{resume:#}");
}

#[test]
fn an_empty_portfolio_gives_a_valid_resume() {
    let resume = json_resume(&Profile::default(), &[], &[], &labels_fr(), "fr");
    assert_eq!(problems(&resume), None, "{resume:#}");
    assert_eq!(resume["basics"], json!({}));
    assert_eq!(resume["meta"], json!({ "version": "v1.0.0" }));
    for section in ["projects", "skills", "languages", "certificates"] {
        assert!(
            resume.get(section).is_none(),
            "{section} should be left out"
        );
    }
}

#[test]
fn the_validator_checks_formats_and_unknown_sections() {
    // So that the validity tests above cannot pass on a validator that checks nothing.
    let mut resume = sample();
    resume["basics"]["email"] = json!("not an email");
    assert!(problems(&resume).is_some_and(|p| p.contains("email")));

    let mut resume = sample();
    resume["certificates"][0]["date"] = json!("2026-13-45");
    assert!(problems(&resume).is_some());

    let mut resume = sample();
    resume["projects"][0]["url"] = json!("https://a b");
    assert!(problems(&resume).is_some());

    let mut resume = sample();
    resume["projects"][0]["startDate"] = json!("mars 2026");
    assert!(problems(&resume).is_some());

    let mut resume = sample();
    resume["reflections"] = json!([]);
    assert!(
        problems(&resume).is_some(),
        "the schema refuses unknown sections"
    );
}

#[test]
fn basics_come_from_the_profile() {
    let resume = sample();
    let basics = &resume["basics"];
    assert_eq!(basics["name"], "Amina Benali");
    assert_eq!(basics["label"], "Développeuse web junior");
    assert_eq!(basics["email"], "amina@example.org");
    assert_eq!(basics["phone"], "+212 6 12 34 56 78");
    assert_eq!(
        basics["summary"],
        "J'aime les pages claires.\nEt le travail en équipe."
    );
    assert_eq!(basics["location"], json!({ "city": "Smara" }));
    assert!(basics.get("image").is_none(), "the photo is a local blob");
    assert_eq!(
        basics["profiles"],
        json!([
            { "network": "GitHub", "url": "https://github.example/amina" },
            // An IRI becomes a URI.
            { "network": "Blog", "url": "https://blog.example/%D9%85%D8%AF%D9%88%D9%86%D8%A9" },
        ])
    );
}

#[test]
fn projects_are_the_project_entries_and_reflections_are_left_out() {
    let resume = sample();
    let projects = resume["projects"].as_array().expect("projects");
    assert_eq!(projects.len(), 1, "{projects:#?}");
    let project = &projects[0];
    assert_eq!(project["name"], "Site de la coopérative");
    assert!(
        project["description"]
            .as_str()
            .is_some_and(|d| d.starts_with("Un site **responsive**")),
        "the Markdown as written"
    );
    assert_eq!(project["startDate"], "2026-01");
    assert_eq!(project["endDate"], "2026-02-15");
    assert_eq!(
        project["url"], "https://coop.example",
        "the live address first"
    );
    assert_eq!(project["keywords"], json!(["html", "Figma"]));
    assert_eq!(
        project["roles"],
        json!(["Intégration et tests, en équipe de trois"])
    );
    assert!(project.get("highlights").is_none());
    assert!(
        !resume.to_string().contains("Flexbox"),
        "no reflection anywhere"
    );
}

#[test]
fn a_project_without_live_address_links_its_repository_and_bad_dates_are_dropped() {
    let entry = Entry {
        live_url: String::new(),
        start: "2026".to_owned(),
        end: "hier".to_owned(),
        ..crate::portfolio_sample::project()
    };
    let resume = json_resume(&Profile::default(), &[entry], &[], &labels_fr(), "fr");
    assert_eq!(problems(&resume), None, "{resume:#}");
    let project = &resume["projects"][0];
    assert_eq!(project["url"], "https://git.example/amina/coop");
    assert_eq!(project["startDate"], "2026");
    assert!(project.get("endDate").is_none());
}

#[test]
fn skills_merge_achievements_and_projects_once_each() {
    let resume = sample();
    let skills = resume["skills"].as_array().expect("skills");
    let names: Vec<&str> = skills.iter().filter_map(|s| s["name"].as_str()).collect();
    // HTML: two achievements and the project (written "html"); then one piece of evidence each.
    assert_eq!(
        names,
        ["HTML", "Balisage sémantique", "Figma"],
        "{skills:#?}"
    );
    assert_eq!(skills[0]["url"], ESCO_HTML);
    assert!(skills[1].get("url").is_none());
    assert!(
        !names.contains(&"CSS"),
        "a reflection's skill is not in the résumé"
    );
}

#[test]
fn languages_give_the_mother_tongue_in_words_and_cefr_levels() {
    let resume = sample();
    assert_eq!(
        resume["languages"],
        json!([
            { "language": "Arabe", "fluency": "Langue maternelle" },
            { "language": "Français", "fluency": "C1" },
            { "language": "English", "fluency": "B1" },
        ])
    );
}

#[test]
fn each_achievement_is_a_certificate() {
    let resume = sample();
    assert_eq!(
        resume["certificates"],
        json!([
            {
                "name": "Structurer une page",
                "date": "2026-03-04",
                "issuer": "École numérique de Smara",
                "url": "https://smara.example.org/%C3%A9cole",
            },
            { "name": "Quiz : les balises", "date": "2026-03-03", "issuer": "JobInTech Smara" },
        ])
    );
}

#[test]
fn texts_are_picked_in_the_learners_language_with_fallback() {
    let portfolio = Portfolio::default();
    let resume = json_resume(
        &portfolio.profile,
        &[],
        &[module_achievement(), checkpoint_achievement()],
        &labels_fr(),
        "ar",
    );
    assert_eq!(problems(&resume), None);
    assert_eq!(resume["certificates"][0]["name"], "هيكلة صفحة");
    assert_eq!(
        resume["certificates"][1]["name"], "Quiz : les balises",
        "French fallback"
    );
    assert_eq!(resume["skills"][0]["name"], "لغة HTML");
}

#[test]
fn meta_gives_the_schema_version_and_the_newest_change() {
    let resume = sample();
    // The project was updated an hour after the newest achievement.
    assert_eq!(
        resume["meta"],
        json!({ "version": "v1.0.0", "lastModified": "2026-03-04T11:20:30Z" })
    );
}

#[test]
fn utc_dates_match_a_day_by_day_calendar() {
    assert_eq!(utc_date(0), "1970-01-01");
    assert_eq!(utc_date_time(951_868_799_999), "2000-02-29T23:59:59Z");
    assert_eq!(
        utc_date(4_107_542_400_000),
        "2100-03-01",
        "2100 is no leap year"
    );
    // Walk day by day from 1970 to 2400 with the plain rules.
    let (mut year, mut month, mut day) = (1970u64, 1u64, 1u64);
    for days in 0..(430 * 366) {
        let ms = days * 86_400_000 + 86_399_999;
        assert_eq!(
            utc_date(ms),
            format!("{year:04}-{month:02}-{day:02}"),
            "day {days}"
        );
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let length = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        day += 1;
        if day > length {
            day = 1;
            month += 1;
            if month > 12 {
                month = 1;
                year += 1;
            }
        }
    }
}

#[test]
fn loosely_typed_addresses_still_give_a_valid_document() {
    let mut profile = crate::portfolio_sample::profile();
    profile.email = "أمينة@example.org".to_owned();
    profile.links[0].url = " https://x.example/a b%zz|^`{}\"<>\\é%41?q=[1]#top ".to_owned();
    let resume = json_resume(&profile, &[], &[], &labels_fr(), "fr");
    assert_eq!(problems(&resume), None, "{resume:#}");
    assert!(
        resume["basics"].get("email").is_none(),
        "the schema's email is ASCII only"
    );
    assert_eq!(
        resume["basics"]["profiles"][0]["url"],
        "https://x.example/a%20b%25zz%7C%5E%60%7B%7D%22%3C%3E%5C%C3%A9%41?q=%5B1%5D#top"
    );
}
