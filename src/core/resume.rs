//! The learner's résumé as a JSON Resume document (schema v1.0.0), for résumé builders, job
//! sites and JSON Resume themes, plus the small helpers every export shares: UTC dates from
//! milliseconds, URI-safe links and skill names.
//!
//! What goes where, and why:
//! - `basics`: name, headline as `label`, email, phone, `about` as `summary`, city, and the
//!   contact links as `profiles` (`network` is the link's label). No `image`: the photo is a
//!   local blob with no address, and the schema wants a URL.
//! - `projects`: the project entries, in her order. `description` is the Markdown as written:
//!   Markdown reads as plain text, and the themes that render Markdown show it formatted. Her
//!   role goes in `roles` only: themes that know `roles` would show it twice from `highlights`.
//! - Reflections go nowhere: JSON Resume has no section for personal writing, and themes render
//!   every `projects` item as a project whatever its `type`, which would mislead an employer.
//!   The HTML portfolio carries them. For the same reason only project skills count below.
//! - `skills`: the skills of the achievements and projects, each once (see
//!   [`crate::core::skills`]); an ESCO skill carries its URI in `url`, an extra property the
//!   schema allows on skills.
//! - `languages`: the mother tongue in words (from the labels), other levels as CEFR codes.
//! - `certificates`: one per achievement shown: title, date earned (UTC), issuer and its page.
//! - `meta`: the schema version and the time of the newest entry or achievement, so the
//!   document is the same whenever it is exported.

use serde_json::{Map, Value, json};

use crate::core::achievement::Achievement;
use crate::core::portfolio::{Entry, EntryKind, LanguageLevel, Profile};
use crate::core::portfolio_html::ExportLabels;
use crate::core::skills::{SkillName, skill_evidence};

/// The JSON Resume document for a profile, its entries and the achievements she shows (already
/// filtered), with course texts picked in `lang`.
pub fn json_resume(
    profile: &Profile,
    entries: &[Entry],
    achievements: &[Achievement],
    labels: &ExportLabels,
    lang: &str,
) -> Value {
    let projects: Vec<Entry> = entries
        .iter()
        .filter(|entry| entry.kind == EntryKind::Project)
        .cloned()
        .collect();

    let mut basics = Map::new();
    put(&mut basics, "name", &profile.name);
    put(&mut basics, "label", &profile.headline);
    // The schema's `email` format is ASCII only (RFC 5322): an address with Arabic letters,
    // rare, is left out rather than making the whole document invalid.
    if profile.email.is_ascii() {
        put(&mut basics, "email", &profile.email);
    }
    put(&mut basics, "phone", &profile.phone);
    put(&mut basics, "summary", &profile.about);
    if !profile.city.trim().is_empty() {
        basics.insert("location".into(), json!({ "city": profile.city.trim() }));
    }
    let links: Vec<Value> = profile
        .links
        .iter()
        .filter(|link| is_web_link(&link.url))
        .map(|link| json!({ "network": link.label.trim(), "url": uri_safe(&link.url) }))
        .collect();
    if !links.is_empty() {
        basics.insert("profiles".into(), links.into());
    }

    let projects_json: Vec<Value> = projects.iter().map(project).collect();

    let skills: Vec<Value> = skill_evidence(achievements, &projects)
        .iter()
        .map(|skill| {
            let mut item = Map::new();
            put(&mut item, "name", skill_label(&skill.name, lang));
            if let Some(esco) = skill.esco.as_deref().filter(|uri| is_web_link(uri)) {
                item.insert("url".into(), uri_safe(esco).into());
            }
            Value::Object(item)
        })
        .collect();

    let languages: Vec<Value> = profile
        .languages
        .iter()
        .map(|spoken| {
            let fluency = match spoken.level {
                LanguageLevel::Native => labels.native.to_owned(),
                level => level.code().to_ascii_uppercase(),
            };
            json!({ "language": spoken.language.trim(), "fluency": fluency })
        })
        .collect();

    let certificates: Vec<Value> = achievements
        .iter()
        .map(|achievement| {
            let mut item = Map::new();
            put(&mut item, "name", &title(achievement, lang));
            item.insert("date".into(), utc_date(achievement.earned_ms).into());
            put(&mut item, "issuer", &achievement.issuer.name);
            if let Some(url) = achievement.issuer.url.as_deref().filter(|u| is_web_link(u)) {
                item.insert("url".into(), uri_safe(url).into());
            }
            Value::Object(item)
        })
        .collect();

    let mut meta = Map::new();
    meta.insert("version".into(), "v1.0.0".into());
    let newest = entries
        .iter()
        .map(|entry| entry.updated_ms)
        .chain(achievements.iter().map(|a| a.earned_ms))
        .max()
        .filter(|ms| *ms > 0);
    if let Some(ms) = newest {
        meta.insert("lastModified".into(), utc_date_time(ms).into());
    }

    let mut resume = Map::new();
    resume.insert("basics".into(), Value::Object(basics));
    for (key, list) in [
        ("projects", projects_json),
        ("skills", skills),
        ("languages", languages),
        ("certificates", certificates),
    ] {
        if !list.is_empty() {
            resume.insert(key.into(), list.into());
        }
    }
    resume.insert("meta".into(), Value::Object(meta));
    Value::Object(resume)
}

fn project(entry: &Entry) -> Value {
    let mut item = Map::new();
    put(&mut item, "name", &entry.title);
    put(&mut item, "description", &entry.description);
    for (key, date) in [("startDate", &entry.start), ("endDate", &entry.end)] {
        if is_partial_date(date.trim()) {
            item.insert(key.into(), date.trim().into());
        }
    }
    let url = [&entry.live_url, &entry.repository]
        .into_iter()
        .find(|url| is_web_link(url));
    if let Some(url) = url {
        item.insert("url".into(), uri_safe(url).into());
    }
    let skills: Vec<&str> = entry
        .skills
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if !skills.is_empty() {
        item.insert("keywords".into(), skills.into());
    }
    if !entry.role.trim().is_empty() {
        item.insert("roles".into(), json!([entry.role.trim()]));
    }
    Value::Object(item)
}

/// Inserts a trimmed text, unless it is blank: the schema has no required field, and an empty
/// string would fail its `email` format.
fn put(map: &mut Map<String, Value>, key: &str, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        map.insert(key.into(), text.into());
    }
}

/// An achievement's title in `lang`, else in its course's fallback order.
pub(crate) fn title(achievement: &Achievement, lang: &str) -> String {
    pick(&achievement.title, achievement, lang)
}

/// A text of an achievement in `lang`, else in its course's fallback order; empty when none.
pub(crate) fn pick(
    text: &crate::core::model::LocalizedText,
    achievement: &Achievement,
    lang: &str,
) -> String {
    text.pick(lang, &achievement.languages)
        .map(|(_, text)| text.trim().to_owned())
        .unwrap_or_default()
}

/// A skill's name in `lang` (a course skill's label) or as she wrote it.
pub(crate) fn skill_label<'a>(name: &'a SkillName, lang: &str) -> &'a str {
    match name {
        SkillName::Course {
            label, languages, ..
        } => label.pick(lang, languages).map_or("", |(_, text)| text),
        SkillName::Own(text) => text,
    }
}

/// Whether `url` is an `https://` or `http://` address (what the portfolio forms accept).
pub(crate) fn is_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty())
}

/// `url` trimmed, with every byte a URI may not hold percent-encoded (spaces, quotes, non-ASCII
/// letters of an Arabic page name, brackets, a `%` that starts no escape…), so a link typed as
/// an IRI is still a valid URI.
pub(crate) fn uri_safe(url: &str) -> String {
    percent_encode(url.trim(), b"-._~:/?#@!$&'()*+,;=%")
}

/// `text` with every byte but ASCII letters, digits and `keep` percent-encoded; a `%` is kept
/// (when in `keep`) only where it starts an escape.
pub(crate) fn percent_encode(text: &str, keep: &[u8]) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, &byte) in bytes.iter().enumerate() {
        let kept = if byte == b'%' {
            keep.contains(&byte)
                && bytes
                    .get(i + 1..i + 3)
                    .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
        } else {
            byte.is_ascii_alphanumeric() || keep.contains(&byte)
        };
        if kept {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as JSON Resume's `iso8601` pattern has them.
fn is_partial_date(date: &str) -> bool {
    let b = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    let year = digits(0..4) && matches!(b.first(), Some(b'1' | b'2'));
    let month = b.get(4) == Some(&b'-') && digits(5..7) && matches!(b.get(5), Some(b'0' | b'1'));
    let day = b.get(7) == Some(&b'-') && digits(8..10) && matches!(b.get(8), Some(b'0'..=b'3'));
    match b.len() {
        4 => year,
        7 => year && month,
        10 => year && month && day,
        _ => false,
    }
}

/// The UTC calendar date of a time in milliseconds since 1970: `YYYY-MM-DD`.
pub fn utc_date(ms: u64) -> String {
    let (year, month, day) = civil_from_days(ms / 86_400_000);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The UTC date and time of a time in milliseconds since 1970, to the second:
/// `YYYY-MM-DDThh:mm:ssZ`.
pub fn utc_date_time(ms: u64) -> String {
    let seconds = ms / 1000 % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        utc_date(ms),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// (year, month, day) of the proleptic Gregorian calendar, `days` after 1970-01-01: Howard
/// Hinnant's `civil_from_days`, in unsigned arithmetic since exports never predate 1970.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097; // day of the 400-year era
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of the year, from March 1st
    let mp = (5 * doy + 2) / 153; // month, from March
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + u64::from(month <= 2), month, day)
}
