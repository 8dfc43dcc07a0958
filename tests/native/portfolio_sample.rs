//! Sample portfolios, achievements and export labels shared by the export tests (résumé, badges,
//! HTML portfolio).

use std::collections::BTreeMap;

use nour::core::achievement::{Achievement, AchievementKind};
use nour::core::model::{LocalizedText, Person, Skill};
use nour::core::portfolio::{
    ContactLink, Entry, EntryKind, ImageData, ImageRef, LanguageLevel, Portfolio, Profile,
    SpokenLanguage,
};
use nour::core::portfolio_html::ExportLabels;

/// 2026-03-04T10:20:30Z.
pub const EARNED_MS: u64 = 1_772_619_630_000;
/// 2026-03-10T08:00:00Z.
pub const GENERATED_MS: u64 = 1_773_129_600_000;
pub const ESCO_HTML: &str = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

pub fn text(pairs: &[(&str, &str)]) -> LocalizedText {
    LocalizedText(
        pairs
            .iter()
            .map(|(lang, text)| ((*lang).to_owned(), (*text).to_owned()))
            .collect::<BTreeMap<_, _>>(),
    )
}

pub fn labels_fr() -> ExportLabels<'static> {
    ExportLabels {
        portfolio: "Portfolio",
        about: "À propos",
        projects: "Projets",
        reflections: "Réflexions",
        achievements: "Réussites",
        skills: "Compétences",
        languages: "Langues",
        role: "Rôle",
        repository: "Code source",
        live: "Voir en ligne",
        issued_by: "Délivré par",
        score: "Score",
        module_completed: "Module terminé",
        checkpoint_passed: "Point de contrôle réussi",
        native: "Langue maternelle",
        generated: "Généré par Nour le",
        unsigned: "Attestation non signée, exportée par l'apprenante depuis Nour.",
    }
}

pub fn labels_ar() -> ExportLabels<'static> {
    ExportLabels {
        portfolio: "ملف الإنجازات",
        about: "نبذة",
        projects: "المشاريع",
        reflections: "تأملات",
        achievements: "الإنجازات",
        skills: "المهارات",
        languages: "اللغات",
        role: "الدور",
        repository: "الشفرة المصدرية",
        live: "عرض مباشر",
        issued_by: "صادرة عن",
        score: "النتيجة",
        module_completed: "وحدة مكتملة",
        checkpoint_passed: "نقطة مراجعة ناجحة",
        native: "اللغة الأم",
        generated: "أنشأه نور في",
        unsigned: "شهادة غير موقعة صدّرتها المتعلمة من نور.",
    }
}

fn skill(id: &str, fr: &str, ar: &str, esco: Option<&str>) -> Skill {
    Skill {
        id: id.to_owned(),
        label: text(&[("fr", fr), ("ar", ar)]),
        esco: esco.map(str::to_owned),
    }
}

/// "Structurer une page" of the course web-html-css, completed, with an ESCO skill and one
/// without.
pub fn module_achievement() -> Achievement {
    Achievement {
        id: "web-html-css/module/structure".to_owned(),
        kind: AchievementKind::ModuleCompleted,
        course_id: "web-html-css".to_owned(),
        course_title: text(&[("fr", "Web : HTML et CSS"), ("ar", "الويب: HTML و CSS")]),
        title: text(&[("fr", "Structurer une page"), ("ar", "هيكلة صفحة")]),
        criteria: text(&[
            ("fr", "Lire les 4 leçons et réussir le point de contrôle."),
            ("ar", "قراءة الدروس الأربعة والنجاح في نقطة المراجعة."),
        ]),
        earned_ms: EARNED_MS,
        score: Some(90),
        skills: vec![
            skill("html", "HTML", "لغة HTML", Some(ESCO_HTML)),
            skill("semantics", "Balisage sémantique", "الترميز الدلالي", None),
        ],
        issuer: Person {
            name: "École numérique de Smara".to_owned(),
            url: Some("https://smara.example.org/école".to_owned()),
        },
        languages: vec!["fr".to_owned(), "ar".to_owned()],
    }
}

/// A passed checkpoint, with an issuer that has no web page and a title only in French.
pub fn checkpoint_achievement() -> Achievement {
    Achievement {
        id: "web-html-css/checkpoint/quiz-1".to_owned(),
        kind: AchievementKind::CheckpointPassed,
        course_id: "web-html-css".to_owned(),
        course_title: text(&[("fr", "Web : HTML et CSS")]),
        title: text(&[("fr", "Quiz : les balises")]),
        criteria: text(&[("fr", "80 % des points en une tentative.")]),
        earned_ms: EARNED_MS - 86_400_000,
        score: Some(85),
        skills: vec![skill("html", "HTML", "لغة HTML", Some(ESCO_HTML))],
        issuer: Person {
            name: "JobInTech Smara".to_owned(),
            url: None,
        },
        languages: vec!["fr".to_owned()],
    }
}

pub fn image_ref(id: &str, media_type: &str, alt: &str) -> ImageRef {
    ImageRef {
        id: id.to_owned(),
        media_type: media_type.to_owned(),
        width: 640,
        height: 480,
        bytes: 4,
        alt: alt.to_owned(),
    }
}

pub fn images() -> Vec<ImageData> {
    vec![
        ImageData {
            id: "photo-1".to_owned(),
            bytes: vec![0xFF, 0xD8, 0xFF, 0xE0],
        },
        ImageData {
            id: "shot-1".to_owned(),
            bytes: b"RIFFxxxxWEBP".to_vec(),
        },
        ImageData {
            id: "vector".to_owned(),
            bytes: b"<svg onload=alert(1)>".to_vec(),
        },
    ]
}

pub fn profile() -> Profile {
    Profile {
        name: "Amina Benali".to_owned(),
        headline: "Développeuse web junior".to_owned(),
        city: "Smara".to_owned(),
        email: "amina@example.org".to_owned(),
        phone: "+212 6 12 34 56 78".to_owned(),
        about: "J'aime les pages claires.\nEt le travail en équipe.".to_owned(),
        languages: vec![
            SpokenLanguage {
                language: "Arabe".to_owned(),
                level: LanguageLevel::Native,
            },
            SpokenLanguage {
                language: "Français".to_owned(),
                level: LanguageLevel::C1,
            },
            SpokenLanguage {
                language: "English".to_owned(),
                level: LanguageLevel::B1,
            },
        ],
        links: vec![
            ContactLink {
                label: "GitHub".to_owned(),
                url: "https://github.example/amina".to_owned(),
            },
            ContactLink {
                label: "Blog".to_owned(),
                url: "https://blog.example/مدونة".to_owned(),
            },
        ],
        photo: Some(image_ref("photo-1", "image/jpeg", "")),
    }
}

pub fn project() -> Entry {
    Entry {
        id: "p1".to_owned(),
        kind: EntryKind::Project,
        title: "Site de la coopérative".to_owned(),
        description: "Un site **responsive** pour la coopérative.\n\n- trois pages\n- un formulaire\n\n```html\n<p dir=\"rtl\">مرحبا</p>\n```".to_owned(),
        role: "Intégration et tests, en équipe de trois".to_owned(),
        start: "2026-01".to_owned(),
        end: "2026-02-15".to_owned(),
        repository: "https://git.example/amina/coop".to_owned(),
        live_url: "https://coop.example".to_owned(),
        skills: vec!["html".to_owned(), "Figma".to_owned()],
        images: vec![
            image_ref("shot-1", "image/webp", "Page d'accueil"),
            image_ref("missing", "image/jpeg", "Perdue"),
        ],
        created_ms: EARNED_MS,
        updated_ms: EARNED_MS + 3_600_000,
    }
}

pub fn reflection() -> Entry {
    Entry {
        id: "r1".to_owned(),
        kind: EntryKind::Reflection,
        title: "Ce que Flexbox m'a appris".to_owned(),
        description: "## Le déclic\n\nAligner *enfin* deux boutons.".to_owned(),
        skills: vec!["CSS".to_owned()],
        created_ms: EARNED_MS,
        updated_ms: EARNED_MS,
        ..Entry::default()
    }
}

pub fn portfolio() -> Portfolio {
    Portfolio {
        profile: profile(),
        entries: vec![project(), reflection()],
        deleted: None,
        hidden_achievements: Vec::new(),
    }
}
