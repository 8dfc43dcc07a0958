//! The Open Badges 3.0 export: the fields the spec requires, with the right types and values,
//! skills aligned to ESCO, and credentials that say they are unsigned.

use nour::core::achievement::Achievement;
use nour::core::badge::{CONTEXTS, open_badge, open_badges};
use nour::core::model::Person;
use serde_json::{Value, json};

use crate::portfolio_sample::{
    ESCO_HTML, checkpoint_achievement, labels_ar, labels_fr, module_achievement,
};

fn badge(achievement: &Achievement) -> Value {
    open_badge(achievement, "Amina Benali", &labels_fr(), "fr")
}

/// Whether `text` is `YYYY-MM-DDThh:mm:ssZ`.
fn is_date_time_z(text: &str) -> bool {
    let shape = "dddd-dd-ddTdd:dd:ddZ";
    text.len() == shape.len()
        && text.bytes().zip(shape.bytes()).all(|(c, s)| match s {
            b'd' => c.is_ascii_digit(),
            s => c == s,
        })
}

/// Whether a key appears anywhere in a JSON value.
fn has_key(value: &Value, key: &str) -> bool {
    match value {
        Value::Object(map) => map.contains_key(key) || map.values().any(|v| has_key(v, key)),
        Value::Array(items) => items.iter().any(|v| has_key(v, key)),
        _ => false,
    }
}

fn is_uri(text: &str) -> bool {
    let scheme = text.split(':').next().unwrap_or("");
    text.contains(':')
        && !scheme.is_empty()
        && scheme.bytes().all(|b| b.is_ascii_lowercase())
        && text.bytes().all(|b| b.is_ascii_graphic())
}

#[test]
fn a_credential_has_every_field_open_badges_3_requires() {
    let credential = badge(&module_achievement());
    assert_eq!(
        credential["@context"],
        json!([
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ]),
        "the VC context first, then the OB one"
    );
    assert_eq!(credential["@context"], json!(CONTEXTS));
    assert_eq!(
        credential["id"],
        "urn:nour:credential:web-html-css:module:structure"
    );
    assert_eq!(
        credential["type"],
        json!(["VerifiableCredential", "OpenBadgeCredential"])
    );
    assert_eq!(credential["name"], "Structurer une page");
    let valid_from = credential["validFrom"].as_str().expect("validFrom");
    assert!(is_date_time_z(valid_from), "{valid_from}");
    assert_eq!(valid_from, "2026-03-04T10:20:30Z");

    let issuer = &credential["issuer"];
    assert_eq!(issuer["id"], "https://smara.example.org/%C3%A9cole");
    assert_eq!(issuer["type"], json!(["Profile"]));
    assert_eq!(issuer["name"], "École numérique de Smara");
    assert_eq!(issuer["url"], issuer["id"]);

    let subject = &credential["credentialSubject"];
    assert_eq!(subject["type"], json!(["AchievementSubject"]));
    assert_eq!(
        subject["identifier"],
        json!([{
            "type": "IdentityObject",
            "identityHash": "Amina Benali",
            "identityType": "name",
            "hashed": false,
        }]),
        "an AchievementSubject needs an id or an identifier"
    );

    let achievement = &subject["achievement"];
    assert_eq!(
        achievement["id"],
        "urn:nour:achievement:web-html-css:module:structure"
    );
    assert_eq!(achievement["type"], json!(["Achievement"]));
    assert_eq!(achievement["achievementType"], "CertificateOfCompletion");
    assert_eq!(achievement["name"], "Structurer une page");
    assert_eq!(
        achievement["description"],
        "Module terminé — Web : HTML et CSS"
    );
    assert_eq!(
        achievement["criteria"],
        json!({ "narrative": "Lire les 4 leçons et réussir le point de contrôle." })
    );
    for id in [&credential["id"], &issuer["id"], &achievement["id"]] {
        assert!(id.as_str().is_some_and(is_uri), "{id}");
    }
}

#[test]
fn only_skills_with_an_esco_uri_are_aligned() {
    let credential = badge(&module_achievement());
    assert_eq!(
        credential["credentialSubject"]["achievement"]["alignment"],
        json!([{
            "type": ["Alignment"],
            "targetName": "HTML",
            "targetUrl": ESCO_HTML,
            "targetFramework": "ESCO",
            "targetCode": "html",
        }])
    );
    let mut no_esco = module_achievement();
    for skill in &mut no_esco.skills {
        skill.esco = None;
    }
    let credential = badge(&no_esco);
    assert!(!has_key(&credential, "alignment"), "{credential:#}");
}

#[test]
fn a_score_is_a_percent_result() {
    let credential = badge(&checkpoint_achievement());
    let achievement = &credential["credentialSubject"]["achievement"];
    assert_eq!(achievement["achievementType"], "Assessment");
    let id = "urn:nour:achievement:web-html-css:checkpoint:quiz-1:score";
    assert_eq!(
        achievement["resultDescription"],
        json!([{
            "id": id,
            "type": ["ResultDescription"],
            "name": "Score",
            "resultType": "Percent",
            "valueMin": "0",
            "valueMax": "100",
        }])
    );
    assert_eq!(
        credential["credentialSubject"]["result"],
        json!([{ "type": ["Result"], "resultDescription": id, "value": "85" }])
    );
    let mut unscored = checkpoint_achievement();
    unscored.score = None;
    let credential = badge(&unscored);
    assert!(!has_key(&credential, "result"));
    assert!(!has_key(&credential, "resultDescription"));
}

#[test]
fn credentials_say_they_are_unsigned_and_carry_no_proof() {
    for achievement in [module_achievement(), checkpoint_achievement()] {
        let credential = badge(&achievement);
        assert!(!has_key(&credential, "proof"), "{credential:#}");
        assert_eq!(credential["description"], labels_fr().unsigned);
    }
    let arabic = open_badge(&module_achievement(), "أمينة", &labels_ar(), "ar");
    assert_eq!(arabic["description"], labels_ar().unsigned);
    assert_eq!(arabic["name"], "هيكلة صفحة");
    assert_eq!(
        arabic["credentialSubject"]["achievement"]["description"],
        "وحدة مكتملة — الويب: HTML و CSS"
    );
    assert_eq!(
        arabic["credentialSubject"]["identifier"][0]["identityHash"],
        "أمينة"
    );
}

#[test]
fn an_issuer_without_a_page_gets_a_urn_and_ids_stay_uri_safe() {
    let mut achievement = checkpoint_achievement();
    achievement.id = "web-html-css/checkpoint/quiz:1 é/x".to_owned();
    achievement.issuer = Person {
        name: "École de Smara".to_owned(),
        url: Some("javascript:alert(1)".to_owned()),
    };
    let credential = badge(&achievement);
    assert_eq!(
        credential["id"],
        "urn:nour:credential:web-html-css:checkpoint:quiz%3A1%20%C3%A9%2Fx"
    );
    let issuer = &credential["issuer"];
    assert_eq!(issuer["id"], "urn:nour:issuer:%C3%89cole%20de%20Smara");
    assert!(issuer.get("url").is_none(), "only web pages are kept");
    assert!(!credential.to_string().contains("javascript"));
    // The same achievement always gives the same ids.
    assert_eq!(badge(&achievement), credential);
}

#[test]
fn open_badges_gives_one_credential_per_achievement() {
    let all = open_badges(
        &[module_achievement(), checkpoint_achievement()],
        "Amina Benali",
        &labels_fr(),
        "fr",
    );
    let list = all.as_array().expect("an array");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0], badge(&module_achievement()));
    assert_eq!(list[1], badge(&checkpoint_achievement()));
    assert_eq!(open_badges(&[], "x", &labels_fr(), "fr"), json!([]));
}
