//! Achievements as Open Badges 3.0 credentials (1EdTech, on the W3C Verifiable Credentials Data
//! Model 2.0), for wallets and badge backpacks.
//!
//! **The credentials are unsigned.** Nour runs on the learner's phone and holds no key of the
//! issuer, so it cannot sign on the school's behalf; claiming otherwise would be a forgery. Two
//! marks say so:
//! - for a verifier: there is no `proof`. A verifier checks the proof first and reports a
//!   credential without one as unverified, whatever it claims; a tag or a custom flag would be
//!   read by no verifier.
//! - for a person: the credential's `description`, which wallets show under its name, is the
//!   `unsigned` notice of [`ExportLabels`], in her language.
//!
//! Choices within the spec:
//! - `id`s are URNs derived from the achievement id (`urn:nour:credential:<course>:<kind>:<id>`
//!   for the credential, `urn:nour:achievement:…` for the achievement), so the same export gives
//!   the same ids every time. Each part is percent-encoded outside `A-Za-z0-9-._~`.
//! - the issuer is the course's publisher: its page as `id` when it has one, else a URN from its
//!   name.
//! - the learner is named by an `identifier` (an `IdentityObject` of type `name`, not hashed):
//!   an `AchievementSubject` needs an `id` or an `identifier`, and she has no URI of her own.
//! - `achievementType` is `CertificateOfCompletion` for a module (its lessons read and its
//!   checkpoints passed: training completed) and `Assessment` for a checkpoint.
//! - a skill with an ESCO URI becomes an `Alignment` with `targetFramework` "ESCO"; skills
//!   without one are not aligned to anything and are left out.
//! - a score becomes a `Result` whose `ResultDescription` is a `Percent` from 0 to 100.

use serde_json::{Map, Value, json};

use crate::core::achievement::{Achievement, AchievementKind};
use crate::core::portfolio_html::ExportLabels;
use crate::core::resume::{is_web_link, percent_encode, pick, title, uri_safe, utc_date_time};

/// The JSON-LD contexts of an Open Badges 3.0 credential, in the order the spec gives.
pub const CONTEXTS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// One achievement as an unsigned `OpenBadgeCredential` awarded to `learner_name`, with course
/// texts picked in `lang`.
pub fn open_badge(
    achievement: &Achievement,
    learner_name: &str,
    labels: &ExportLabels,
    lang: &str,
) -> Value {
    let (kind, achievement_type, kind_label) = match achievement.kind {
        AchievementKind::ModuleCompleted => {
            ("module", "CertificateOfCompletion", labels.module_completed)
        }
        AchievementKind::CheckpointPassed => ("checkpoint", "Assessment", labels.checkpoint_passed),
    };
    // `<course>/<kind>/<id>`, whatever the kind is called in the stored id.
    let item_id = achievement
        .id
        .splitn(3, '/')
        .nth(2)
        .unwrap_or(&achievement.id);
    let path = format!(
        "{}:{kind}:{}",
        urn_part(&achievement.course_id),
        urn_part(item_id)
    );
    let achievement_id = format!("urn:nour:achievement:{path}");
    let name = title(achievement, lang);
    let course = pick(&achievement.course_title, achievement, lang);

    let mut issuer = Map::new();
    let issuer_url = achievement.issuer.url.as_deref().filter(|u| is_web_link(u));
    let issuer_id = match issuer_url {
        Some(url) => uri_safe(url),
        None => format!(
            "urn:nour:issuer:{}",
            urn_part(achievement.issuer.name.trim())
        ),
    };
    issuer.insert("id".into(), issuer_id.into());
    issuer.insert("type".into(), json!(["Profile"]));
    issuer.insert("name".into(), achievement.issuer.name.trim().into());
    if let Some(url) = issuer_url {
        issuer.insert("url".into(), uri_safe(url).into());
    }

    let mut badge = Map::new();
    badge.insert("id".into(), achievement_id.clone().into());
    badge.insert("type".into(), json!(["Achievement"]));
    badge.insert("achievementType".into(), achievement_type.into());
    badge.insert("name".into(), name.clone().into());
    let description = if course.is_empty() {
        kind_label.to_owned()
    } else {
        format!("{kind_label} — {course}")
    };
    badge.insert("description".into(), description.into());
    badge.insert(
        "criteria".into(),
        json!({ "narrative": pick(&achievement.criteria, achievement, lang) }),
    );
    let alignment: Vec<Value> = achievement
        .skills
        .iter()
        .filter_map(|skill| {
            let url = skill.esco.as_deref().filter(|uri| is_web_link(uri))?;
            let label = skill
                .label
                .pick(lang, &achievement.languages)
                .map_or(skill.id.as_str(), |(_, text)| text);
            Some(json!({
                "type": ["Alignment"],
                "targetName": label.trim(),
                "targetUrl": uri_safe(url),
                "targetFramework": "ESCO",
                "targetCode": skill.id,
            }))
        })
        .collect();
    if !alignment.is_empty() {
        badge.insert("alignment".into(), alignment.into());
    }

    let mut subject = Map::new();
    subject.insert("type".into(), json!(["AchievementSubject"]));
    subject.insert(
        "identifier".into(),
        json!([{
            "type": "IdentityObject",
            "identityHash": learner_name.trim(),
            "identityType": "name",
            "hashed": false,
        }]),
    );
    if let Some(score) = achievement.score {
        let result_id = format!("{achievement_id}:score");
        badge.insert(
            "resultDescription".into(),
            json!([{
                "id": result_id,
                "type": ["ResultDescription"],
                "name": labels.score,
                "resultType": "Percent",
                "valueMin": "0",
                "valueMax": "100",
            }]),
        );
        subject.insert(
            "result".into(),
            json!([{
                "type": ["Result"],
                "resultDescription": result_id,
                "value": score.to_string(),
            }]),
        );
    }
    subject.insert("achievement".into(), Value::Object(badge));

    json!({
        "@context": CONTEXTS,
        "id": format!("urn:nour:credential:{path}"),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer,
        "validFrom": utc_date_time(achievement.earned_ms),
        "name": name,
        "description": labels.unsigned,
        "credentialSubject": subject,
    })
}

/// Every achievement as a credential, in one array for one download.
pub fn open_badges(
    achievements: &[Achievement],
    learner_name: &str,
    labels: &ExportLabels,
    lang: &str,
) -> Value {
    achievements
        .iter()
        .map(|achievement| open_badge(achievement, learner_name, labels, lang))
        .collect()
}

/// `text` with every byte outside `A-Za-z0-9-._~` percent-encoded: safe inside a URN part.
fn urn_part(text: &str) -> String {
    percent_encode(text, b"-._~")
}
