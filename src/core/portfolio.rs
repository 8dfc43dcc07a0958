//! What the learner shows an employer: her profile, the projects and reflections she writes, and
//! which automatic achievements she shows. Images are referenced by id; their bytes live beside
//! the portfolio in storage and in backups.
//!
//! Entries are validated field by field so the form can show each problem next to its field.

use serde::{Deserialize, Serialize};

/// Largest profile photo, after the browser has resized and compressed it.
pub const PHOTO_MAX_BYTES: u32 = 100_000;
/// Largest entry image, after compression.
pub const IMAGE_MAX_BYTES: u32 = 150_000;
/// Images per entry: enough to show a project, few enough for a phone's storage and a backup.
pub const MAX_IMAGES: usize = 4;
pub const TITLE_MAX_CHARS: usize = 120;
pub const SHORT_MAX_CHARS: usize = 160;
pub const DESCRIPTION_MAX_CHARS: usize = 5_000;
pub const MAX_SKILLS: usize = 20;
pub const MAX_LINKS: usize = 6;
pub const MAX_LANGUAGES: usize = 8;

/// Everything of the portfolio but image bytes: one stored record, so a reorder or a delete is
/// one write.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Portfolio {
    #[serde(default)]
    pub profile: Profile,
    /// In the order the learner chose.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// The entry deleted last, kept (with its images) until the next delete so it can be undone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Entry>,
    /// Ids of the achievements the learner chose not to show.
    #[serde(default)]
    pub hidden_achievements: Vec<String>,
}

impl Portfolio {
    /// Ids of every image the portfolio refers to (photo, entries, the undoable entry).
    pub fn image_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.profile.photo.iter().map(|p| p.id.as_str()).collect();
        for entry in self.entries.iter().chain(self.deleted.iter()) {
            ids.extend(entry.images.iter().map(|image| image.id.as_str()));
        }
        ids
    }

    pub fn is_empty(&self) -> bool {
        self.profile == Profile::default() && self.entries.is_empty() && self.deleted.is_none()
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// Adds a new entry at the top, or replaces the entry with the same id where it stands.
    pub fn upsert(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(existing) => *existing = entry,
            None => self.entries.insert(0, entry),
        }
    }

    /// Removes an entry and keeps it for undo. Returns false when there is no such entry.
    pub fn delete(&mut self, id: &str) -> bool {
        let Some(index) = self.entries.iter().position(|entry| entry.id == id) else {
            return false;
        };
        self.deleted = Some(self.entries.remove(index));
        true
    }

    /// Puts the last deleted entry back at the top. Returns false when there is nothing to undo
    /// (or an entry with its id exists again).
    pub fn undo_delete(&mut self) -> bool {
        match self.deleted.take() {
            Some(entry) if self.entry(&entry.id).is_none() => {
                self.entries.insert(0, entry);
                true
            }
            other => {
                self.deleted = other;
                false
            }
        }
    }

    /// Moves an entry one place up (`-1`) or down (`1`). Returns false at either end.
    pub fn shift(&mut self, id: &str, by: isize) -> bool {
        let Some(index) = self.entries.iter().position(|entry| entry.id == id) else {
            return false;
        };
        let Some(target) = index.checked_add_signed(by) else {
            return false;
        };
        if target >= self.entries.len() {
            return false;
        }
        self.entries.swap(index, target);
        true
    }

    pub fn is_hidden(&self, achievement_id: &str) -> bool {
        self.hidden_achievements
            .iter()
            .any(|id| id == achievement_id)
    }

    pub fn set_hidden(&mut self, achievement_id: &str, hidden: bool) {
        self.hidden_achievements.retain(|id| id != achievement_id);
        if hidden {
            self.hidden_achievements.push(achievement_id.to_owned());
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default)]
    pub name: String,
    /// One line an employer reads first: "Développeuse web junior".
    #[serde(default)]
    pub headline: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// A few sentences about herself (plain text).
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    pub languages: Vec<SpokenLanguage>,
    /// GitHub, LinkedIn, a personal site…
    #[serde(default)]
    pub links: Vec<ContactLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<ImageRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpokenLanguage {
    /// As the learner writes it: "Arabe", "Tamazight", "English".
    pub language: String,
    pub level: LanguageLevel,
}

/// CEFR levels, plus mother tongue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LanguageLevel {
    Native,
    C2,
    C1,
    #[default]
    B2,
    B1,
    A2,
    A1,
}

impl LanguageLevel {
    pub const ALL: [LanguageLevel; 7] = [
        LanguageLevel::Native,
        LanguageLevel::C2,
        LanguageLevel::C1,
        LanguageLevel::B2,
        LanguageLevel::B1,
        LanguageLevel::A2,
        LanguageLevel::A1,
    ];

    pub fn code(self) -> &'static str {
        match self {
            LanguageLevel::Native => "native",
            LanguageLevel::C2 => "c2",
            LanguageLevel::C1 => "c1",
            LanguageLevel::B2 => "b2",
            LanguageLevel::B1 => "b1",
            LanguageLevel::A2 => "a2",
            LanguageLevel::A1 => "a1",
        }
    }

    pub fn from_code(code: &str) -> Option<LanguageLevel> {
        LanguageLevel::ALL
            .into_iter()
            .find(|level| level.code() == code)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactLink {
    /// "GitHub", "LinkedIn"…
    pub label: String,
    pub url: String,
}

/// An image the browser compressed, stored by id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageRef {
    pub id: String,
    /// image/jpeg or image/webp (what the browser's encoder gave).
    pub media_type: String,
    pub width: u32,
    pub height: u32,
    pub bytes: u32,
    /// Text alternative, for screen readers and the exports.
    #[serde(default)]
    pub alt: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    #[default]
    Project,
    /// What she learned, a difficulty overcome: writing that shows how she thinks.
    Reflection,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    #[serde(default)]
    pub kind: EntryKind,
    pub title: String,
    /// Markdown, rendered through the same typed views as lessons.
    #[serde(default)]
    pub description: String,
    /// Her part in it: "Intégration et tests, en équipe de trois".
    #[serde(default)]
    pub role: String,
    /// `YYYY-MM` or `YYYY-MM-DD`; empty when not given.
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub end: String,
    #[serde(default)]
    pub repository: String,
    #[serde(default)]
    pub live_url: String,
    /// Skill names as the learner writes them; those matching a course skill link to it.
    #[serde(default)]
    pub skills: Vec<String>,
    #[serde(default)]
    pub images: Vec<ImageRef>,
    pub created_ms: u64,
    pub updated_ms: u64,
}

/// A form field with a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Headline,
    City,
    Email,
    Phone,
    About,
    /// The n-th spoken language.
    Language(usize),
    /// The n-th contact link.
    Link(usize),
    Photo,
    Title,
    Description,
    Role,
    Start,
    End,
    Repository,
    LiveUrl,
    Skills,
    Images,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    /// Not an `https://` or `http://` address.
    NotALink,
    NotAnEmail,
    /// Not `YYYY-MM` or `YYYY-MM-DD`.
    NotADate,
    EndBeforeStart,
    TooMany {
        max: usize,
    },
    TooLarge {
        max: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// Every problem of a profile; empty when it can be saved. An empty profile is valid: the learner
/// fills it when she wants.
pub fn validate_profile(profile: &Profile) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut check = |field, problem: Option<Problem>| {
        if let Some(problem) = problem {
            errors.push(FieldError { field, problem });
        }
    };
    check(Field::Name, too_long(&profile.name, SHORT_MAX_CHARS));
    check(
        Field::Headline,
        too_long(&profile.headline, SHORT_MAX_CHARS),
    );
    check(Field::City, too_long(&profile.city, SHORT_MAX_CHARS));
    check(Field::Phone, too_long(&profile.phone, 40));
    check(
        Field::About,
        too_long(&profile.about, DESCRIPTION_MAX_CHARS),
    );
    let email = profile.email.trim();
    check(
        Field::Email,
        (!email.is_empty() && !is_email(email)).then_some(Problem::NotAnEmail),
    );
    if profile.languages.len() > MAX_LANGUAGES {
        check(
            Field::Language(MAX_LANGUAGES),
            Some(Problem::TooMany { max: MAX_LANGUAGES }),
        );
    }
    for (index, spoken) in profile.languages.iter().enumerate() {
        let problem = if spoken.language.trim().is_empty() {
            Some(Problem::Required)
        } else {
            too_long(&spoken.language, 60)
        };
        check(Field::Language(index), problem);
    }
    if profile.links.len() > MAX_LINKS {
        check(
            Field::Link(MAX_LINKS),
            Some(Problem::TooMany { max: MAX_LINKS }),
        );
    }
    for (index, link) in profile.links.iter().enumerate() {
        check(Field::Link(index), link_problem(&link.url, true));
    }
    if let Some(photo) = &profile.photo {
        check(
            Field::Photo,
            (photo.bytes > PHOTO_MAX_BYTES).then_some(Problem::TooLarge {
                max: PHOTO_MAX_BYTES,
            }),
        );
    }
    errors
}

/// Every problem of an entry; empty when it can be saved.
pub fn validate_entry(entry: &Entry) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut check = |field, problem: Option<Problem>| {
        if let Some(problem) = problem {
            errors.push(FieldError { field, problem });
        }
    };
    let title = if entry.title.trim().is_empty() {
        Some(Problem::Required)
    } else {
        too_long(&entry.title, TITLE_MAX_CHARS)
    };
    check(Field::Title, title);
    check(
        Field::Description,
        too_long(&entry.description, DESCRIPTION_MAX_CHARS),
    );
    check(Field::Role, too_long(&entry.role, SHORT_MAX_CHARS));
    let start = date_problem(&entry.start);
    let end = date_problem(&entry.end);
    check(Field::Start, start);
    check(Field::End, end);
    if start.is_none()
        && end.is_none()
        && !entry.start.trim().is_empty()
        && !entry.end.trim().is_empty()
        && entry.end.trim() < entry.start.trim()
    {
        check(Field::End, Some(Problem::EndBeforeStart));
    }
    check(Field::Repository, link_problem(&entry.repository, false));
    check(Field::LiveUrl, link_problem(&entry.live_url, false));
    let skills = if entry.skills.len() > MAX_SKILLS {
        Some(Problem::TooMany { max: MAX_SKILLS })
    } else {
        entry.skills.iter().find_map(|skill| too_long(skill, 60))
    };
    check(Field::Skills, skills);
    let images = if entry.images.len() > MAX_IMAGES {
        Some(Problem::TooMany { max: MAX_IMAGES })
    } else {
        entry
            .images
            .iter()
            .any(|image| image.bytes > IMAGE_MAX_BYTES)
            .then_some(Problem::TooLarge {
                max: IMAGE_MAX_BYTES,
            })
    };
    check(Field::Images, images);
    errors
}

/// Skills as typed in a comma-separated field: trimmed, blanks and repeats dropped.
pub fn parse_skills(text: &str) -> Vec<String> {
    let mut skills: Vec<String> = Vec::new();
    for skill in text
        .split([',', '،', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if !skills
            .iter()
            .any(|known| known.to_lowercase() == skill.to_lowercase())
        {
            skills.push(skill.to_owned());
        }
    }
    skills
}

fn too_long(text: &str, max: usize) -> Option<Problem> {
    (text.trim().chars().count() > max).then_some(Problem::TooLong { max })
}

/// `required`: a contact link must have an address; an entry's links are optional.
fn link_problem(url: &str, required: bool) -> Option<Problem> {
    let url = url.trim();
    if url.is_empty() {
        return required.then_some(Problem::Required);
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty() && !rest.contains(char::is_whitespace) && url.len() <= 500 =>
        {
            None
        }
        _ => Some(Problem::NotALink),
    }
}

fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
}

/// `YYYY-MM` or `YYYY-MM-DD` with a real month and day; blank is fine.
fn date_problem(date: &str) -> Option<Problem> {
    let date = date.trim();
    if date.is_empty() {
        return None;
    }
    let parts: Vec<&str> = date.split('-').collect();
    let number = |part: &str, len: usize| {
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let valid = match parts.as_slice() {
        [year, month] => number(year, 4).is_some() && matches!(number(month, 2), Some(1..=12)),
        [year, month, day] => {
            number(year, 4).is_some()
                && matches!(number(month, 2), Some(1..=12))
                && matches!(number(day, 2), Some(1..=31))
        }
        _ => false,
    };
    (!valid).then_some(Problem::NotADate)
}

/// The bytes of a stored image, as storage and backups carry them.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageData {
    pub id: String,
    pub bytes: Vec<u8>,
}

/// A reflection's title from the prompt of the question it answers: its first sentence, without
/// Markdown marks, at most [`TITLE_MAX_CHARS`]. "**Votre présentation.** Écrivez…" gives
/// "Votre présentation".
pub fn title_from_prompt(prompt: &str) -> String {
    let line = prompt.trim().lines().next().unwrap_or_default();
    let plain: String = line
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '`' | '#'))
        .collect();
    let plain = plain.trim();
    let sentence = plain
        .find(['.', '?', '!', '؟'])
        .map_or(plain, |end| &plain[..end])
        .trim();
    let sentence = if sentence.is_empty() { plain } else { sentence };
    if sentence.chars().count() <= TITLE_MAX_CHARS {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(TITLE_MAX_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}
