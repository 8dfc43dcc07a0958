//! Every string the UI shows, in French (default), Arabic and English, and the formatting of
//! numbers and sizes. A message is an enum variant and each language is one exhaustive `match`,
//! so a missing translation does not compile. `<html lang dir>` follows the chosen locale.

mod ar;
mod en;
mod fr;
mod sharing;

use crate::core::mastery::MasteryStatus;
use crate::core::model::{AssessmentKind, Mastery};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    Fr,
    Ar,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Fr, Locale::Ar, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::Ar => "ar",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|locale| locale.code() == code)
    }

    pub fn dir(self) -> &'static str {
        crate::core::lang::dir(self.code())
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Fr => "Français",
            Locale::Ar => "العربية",
            Locale::En => "English",
        }
    }

    /// The text of `msg` in this language. A part's texts are there once the part has handed
    /// them over ([`provide`]), which it does when it loads, before any of its views exist.
    pub fn t(self, msg: Msg) -> &'static str {
        match msg.section() {
            Section::Main => match self {
                Locale::Fr => fr::text(msg),
                Locale::Ar => ar::text(msg),
                Locale::En => en::text(msg),
            },
            section => PROVIDED
                .with(|provided| provided.get()[section as usize])
                .map_or("", |texts| texts(self, msg)),
        }
    }

    /// A byte count the way a learner reads it on her data plan: "34 Ko", "1,2 Mo".
    pub fn size(self, bytes: u64) -> String {
        let (kb, mb) = match self {
            Locale::Fr => ("Ko", "Mo"),
            Locale::Ar => ("ك.ب", "م.ب"),
            Locale::En => ("KB", "MB"),
        };
        let decimal = if self == Locale::Fr { "," } else { "." };
        if bytes.div_ceil(1_000) < 1_000 {
            format!("{} {kb}", bytes.div_ceil(1_000).max(1))
        } else {
            let tenths = bytes.div_ceil(100_000);
            format!("{}{decimal}{} {mb}", tenths / 10, tenths % 10)
        }
    }

    pub fn minutes(self, minutes: u32) -> String {
        match self {
            Locale::Fr | Locale::En => format!("{minutes} min"),
            Locale::Ar => format!("{minutes} د"),
        }
    }

    pub fn lessons_done(self, done: usize, total: usize) -> String {
        match self {
            Locale::Fr => format!("{done} sur {total} leçons terminées"),
            Locale::Ar => format!("{done} من {total} دروس مكتملة"),
            Locale::En => format!("{done} of {total} lessons done"),
        }
    }

    pub fn lesson_count(self, lessons: u32, modules: u32) -> String {
        match self {
            Locale::Fr => format!("{modules} modules · {lessons} leçons"),
            Locale::Ar => format!("{modules} وحدات · {lessons} دروس"),
            Locale::En => format!("{modules} modules · {lessons} lessons"),
        }
    }

    /// What an update changes, e.g. "2 leçons modifiées, 1 leçon ajoutée". Counts are
    /// `(added, changed, removed)` for lessons, then for assessments. Arabic uses "label: n", which
    /// reads right for every number without its plural forms.
    pub fn update_changes(
        self,
        lessons: (usize, usize, usize),
        assessments: (usize, usize, usize),
    ) -> String {
        let mut parts = Vec::new();
        for (counts, is_lesson) in [(lessons, true), (assessments, false)] {
            let (added, changed, removed) = counts;
            for (n, what) in [(changed, 1), (added, 0), (removed, 2)] {
                if n == 0 {
                    continue;
                }
                let many = n > 1;
                parts.push(match self {
                    Locale::Fr => {
                        let noun = match (is_lesson, many) {
                            (true, false) => "leçon",
                            (true, true) => "leçons",
                            (false, false) => "exercice",
                            (false, true) => "exercices",
                        };
                        let verb = match (what, is_lesson, many) {
                            (1, true, false) => "modifiée",
                            (1, true, true) => "modifiées",
                            (1, false, false) => "modifié",
                            (1, false, true) => "modifiés",
                            (0, true, false) => "ajoutée",
                            (0, true, true) => "ajoutées",
                            (0, false, false) => "ajouté",
                            (0, false, true) => "ajoutés",
                            (_, true, false) => "retirée",
                            (_, true, true) => "retirées",
                            (_, false, false) => "retiré",
                            (_, false, true) => "retirés",
                        };
                        format!("{n} {noun} {verb}")
                    }
                    Locale::En => {
                        let noun = match (is_lesson, many) {
                            (true, false) => "lesson",
                            (true, true) => "lessons",
                            (false, false) => "exercise",
                            (false, true) => "exercises",
                        };
                        let verb = ["added", "changed", "removed"][what];
                        format!("{n} {noun} {verb}")
                    }
                    Locale::Ar => {
                        let label = match (is_lesson, what) {
                            (true, 1) => "دروس معدّلة",
                            (true, 0) => "دروس مضافة",
                            (true, _) => "دروس محذوفة",
                            (false, 1) => "تمارين معدّلة",
                            (false, 0) => "تمارين مضافة",
                            (false, _) => "تمارين محذوفة",
                        };
                        format!("{label}: {n}")
                    }
                });
            }
        }
        if parts.is_empty() {
            return self.t(Msg::UpdateNoContentChange).to_owned();
        }
        parts.join(if self == Locale::Ar { "، " } else { ", " })
    }

    /// "52 Ko reçus sur 120 Ko".
    pub fn received_of(self, received: u64, total: u64) -> String {
        let (received, total) = (self.size(received), self.size(total));
        match self {
            Locale::Fr => format!("{received} reçus sur {total}"),
            Locale::Ar => format!("وصل {received} من {total}"),
            Locale::En => format!("{received} of {total} received"),
        }
    }

    /// "Label : value" with the punctuation of the language (French puts a space before ':').
    pub fn labelled(self, label: Msg, value: &str) -> String {
        match self {
            Locale::Fr => format!("{} : {value}", self.t(label)),
            Locale::Ar | Locale::En => format!("{}: {value}", self.t(label)),
        }
    }

    pub fn question_of(self, number: usize, count: usize) -> String {
        match self {
            Locale::Fr => format!("Question {number} sur {count}"),
            Locale::Ar => format!("السؤال {number} من {count}"),
            Locale::En => format!("Question {number} of {count}"),
        }
    }

    pub fn blank_label(self, number: usize, count: usize) -> String {
        match self {
            Locale::Fr => format!("Trou {number} sur {count}"),
            Locale::Ar => format!("الفراغ {number} من {count}"),
            Locale::En => format!("Blank {number} of {count}"),
        }
    }

    /// "Monter : <entry>", the accessible name of an ordering button.
    pub fn move_label(self, direction: Msg, entry: &str) -> String {
        self.labelled(direction, entry)
    }

    pub fn show_hint(self, number: usize, count: usize) -> String {
        match self {
            Locale::Fr => format!("Afficher un indice ({number} sur {count})"),
            Locale::Ar => format!("أظهر تلميحاً ({number} من {count})"),
            Locale::En => format!("Show a hint ({number} of {count})"),
        }
    }

    pub fn hint_label(self, number: usize, count: usize) -> String {
        match self {
            Locale::Fr => format!("Indice {number} sur {count} : "),
            Locale::Ar => format!("التلميح {number} من {count}: "),
            Locale::En => format!("Hint {number} of {count}: "),
        }
    }

    pub fn partly_right(self, credit: u8) -> String {
        match self {
            Locale::Fr => format!("En partie juste ({credit} % des points)."),
            Locale::Ar => format!("صحيح جزئياً ({credit}٪ من النقاط)."),
            Locale::En => format!("Partly right ({credit}% of the points)."),
        }
    }

    pub fn assessment_facts(self, kind: AssessmentKind, items: usize) -> String {
        match (self, kind) {
            (Locale::Fr, AssessmentKind::Practice) => {
                format!("{items} questions. Correction immédiate, autant d'essais que vous voulez.")
            }
            (Locale::Fr, AssessmentKind::Checkpoint) => format!(
                "{items} questions. Une réponse par question ; le score s'affiche à la fin."
            ),
            (Locale::Ar, AssessmentKind::Practice) => {
                format!("{items} أسئلة. تصحيح فوري ومحاولات بلا حدود.")
            }
            (Locale::Ar, AssessmentKind::Checkpoint) => {
                format!("{items} أسئلة. جواب واحد لكل سؤال، وتظهر النتيجة في النهاية.")
            }
            (Locale::En, AssessmentKind::Practice) => {
                format!("{items} questions. Instant feedback, as many tries as you like.")
            }
            (Locale::En, AssessmentKind::Checkpoint) => {
                format!("{items} questions. One answer per question; the score shows at the end.")
            }
        }
    }

    /// A mastery rule in plain words.
    pub fn mastery_rule(self, rule: Mastery) -> String {
        match (self, rule) {
            (Locale::Fr, Mastery::PassMark(mark)) => {
                format!("Pour réussir : au moins {mark} % des points en une tentative.")
            }
            (Locale::Fr, Mastery::MOfN { m, n }) => {
                format!("Pour maîtriser : {m} bonnes réponses sur vos {n} dernières.")
            }
            (Locale::Fr, Mastery::Streak(k)) => {
                format!("Pour maîtriser : {k} bonnes réponses d'affilée.")
            }
            (Locale::Ar, Mastery::PassMark(mark)) => {
                format!("للنجاح: {mark}٪ على الأقل من النقاط في محاولة واحدة.")
            }
            (Locale::Ar, Mastery::MOfN { m, n }) => {
                format!("للإتقان: {m} أجوبة صحيحة من آخر {n} أجوبة.")
            }
            (Locale::Ar, Mastery::Streak(k)) => format!("للإتقان: {k} أجوبة صحيحة متتالية."),
            (Locale::En, Mastery::PassMark(mark)) => {
                format!("To pass: at least {mark}% of the points in one attempt.")
            }
            (Locale::En, Mastery::MOfN { m, n }) => {
                format!("To master it: {m} right answers among your last {n}.")
            }
            (Locale::En, Mastery::Streak(k)) => {
                format!("To master it: {k} right answers in a row.")
            }
        }
    }

    /// Where the learner stands against the rule.
    pub fn mastery_status(self, rule: Mastery, status: &MasteryStatus) -> String {
        if status.met {
            return self.t(Msg::Mastered).to_owned();
        }
        let (current, target) = (status.current, status.target);
        match (self, rule) {
            (Locale::Fr, Mastery::PassMark(_)) => {
                format!("Meilleur score : {current} % (objectif {target} %).")
            }
            (Locale::Fr, _) => format!("Pour l'instant : {current} sur {target}."),
            (Locale::Ar, Mastery::PassMark(_)) => {
                format!("أفضل نتيجة: {current}٪ (الهدف {target}٪).")
            }
            (Locale::Ar, _) => format!("حتى الآن: {current} من {target}."),
            (Locale::En, Mastery::PassMark(_)) => {
                format!("Best score: {current}% (goal {target}%).")
            }
            (Locale::En, _) => format!("So far: {current} of {target}."),
        }
    }

    pub fn score_line(self, earned: f64, max: u32, percent: u8) -> String {
        let earned = if earned.fract() == 0.0 {
            format!("{earned}")
        } else {
            format!("{earned:.1}")
        };
        match self {
            Locale::Fr => format!(
                "{} sur {max} points ({percent} %)",
                earned.replace('.', ",")
            ),
            Locale::Ar => format!("{earned} من {max} نقطة ({percent}٪)"),
            Locale::En => format!("{earned} of {max} points ({percent}%)"),
        }
    }

    pub fn review_count(self, count: usize) -> String {
        match (self, count) {
            (Locale::Fr, 1) => "1 question à revoir aujourd'hui.".to_owned(),
            (Locale::Fr, _) => format!("{count} questions à revoir aujourd'hui."),
            (Locale::Ar, _) => format!("عدد الأسئلة للمراجعة اليوم: {count}."),
            (Locale::En, 1) => "1 question to review today.".to_owned(),
            (Locale::En, _) => format!("{count} questions to review today."),
        }
    }

    /// "3 weeks in a row · 2 days this week".
    pub fn streak(self, weeks: u32, days_this_week: u8) -> String {
        match self {
            Locale::Fr => format!(
                "{weeks} semaine{} d'affilée · {days_this_week} jour{} actif{} cette semaine",
                if weeks > 1 { "s" } else { "" },
                if days_this_week > 1 { "s" } else { "" },
                if days_this_week > 1 { "s" } else { "" }
            ),
            Locale::Ar => format!("{weeks} أسبوع متتالٍ · {days_this_week} يوم نشاط هذا الأسبوع"),
            Locale::En => format!(
                "{weeks} week{} in a row · {days_this_week} active day{} this week",
                if weeks == 1 { "" } else { "s" },
                if days_this_week == 1 { "" } else { "s" }
            ),
        }
    }

    /// "2 of 5", for counts that are not lessons.
    pub fn of(self, done: usize, total: usize) -> String {
        match self {
            Locale::Fr => format!("{done} sur {total}"),
            Locale::Ar => format!("{done} من {total}"),
            Locale::En => format!("{done} of {total}"),
        }
    }

    /// A day in the learner's calendar, from the browser's own date formatting.
    pub fn date(self, at_ms: u64) -> String {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
        String::from(date.to_locale_date_string(self.code(), &wasm_bindgen::JsValue::UNDEFINED))
    }

    /// The name of a content language code, in the UI language.
    pub fn language_name(self, code: &str) -> &'static str {
        let msg = match code {
            "fr" => Msg::LangFr,
            "ar" => Msg::LangAr,
            "en" => Msg::LangEn,
            "zgh" => Msg::LangZgh,
            _ => Msg::LangOther,
        };
        self.t(msg)
    }

    /// A portfolio form field's problem, in words.
    pub fn field_problem(self, problem: crate::core::portfolio::Problem) -> String {
        use crate::core::portfolio::Problem;
        let msg = match problem {
            Problem::Required => Msg::ProblemRequired,
            Problem::NotALink => Msg::ProblemNotALink,
            Problem::NotAnEmail => Msg::ProblemNotAnEmail,
            Problem::NotADate => Msg::ProblemNotADate,
            Problem::EndBeforeStart => Msg::ProblemEndBeforeStart,
            Problem::TooLong { max } => {
                return match self {
                    Locale::Fr => format!("Trop long : {max} caractères au plus."),
                    Locale::Ar => format!("النص طويل جداً: {max} حرفاً على الأكثر."),
                    Locale::En => format!("Too long: {max} characters at most."),
                };
            }
            Problem::TooMany { max } => {
                return match self {
                    Locale::Fr => format!("Trop nombreux : {max} au plus."),
                    Locale::Ar => format!("العدد كبير جداً: {max} على الأكثر."),
                    Locale::En => format!("Too many: {max} at most."),
                };
            }
            Problem::TooLarge { max } => {
                let size = self.size(u64::from(max));
                return match self {
                    Locale::Fr => format!("Trop lourd : {size} au plus."),
                    Locale::Ar => format!("الحجم كبير جداً: {size} على الأكثر."),
                    Locale::En => format!("Too large: {size} at most."),
                };
            }
        };
        self.t(msg).to_owned()
    }

    /// An action on something named, with the language's quotes: "Monter « Site vitrine »".
    pub fn on_named(self, action: Msg, name: &str) -> String {
        match self {
            Locale::Fr => format!("{} « {name} »", self.t(action)),
            Locale::Ar => format!("{} «{name}»", self.t(action)),
            Locale::En => format!("{} “{name}”", self.t(action)),
        }
    }

    /// What goes before and after an entry's title to say it was deleted (it can be undone):
    /// "« " + title + " » supprimé". The view isolates the title, whose direction is its own.
    pub fn entry_deleted(self) -> (&'static str, &'static str) {
        match self {
            Locale::Fr => ("« ", " » supprimé"),
            Locale::Ar => ("تم حذف «", "»"),
            Locale::En => ("“", "” deleted"),
        }
    }

    /// "Langue 2": the label of the n-th row of a repeated field.
    pub fn numbered(self, label: Msg, number: usize) -> String {
        format!("{} {number}", self.t(label))
    }

    pub fn percent(self, percent: u8) -> String {
        match self {
            Locale::Fr => format!("{percent} %"),
            Locale::Ar => format!("{percent}٪"),
            Locale::En => format!("{percent}%"),
        }
    }

    /// When a portfolio entry took place, from `YYYY-MM` (or `YYYY-MM-DD`) dates, with the
    /// browser's month names: "mars 2025 – juin 2025", "depuis mars 2025". Empty when neither.
    pub fn period(self, start: &str, end: &str) -> String {
        match (self.month(start), self.month(end)) {
            (Some(start), Some(end)) if start == end => start,
            (Some(start), Some(end)) => format!("{start} – {end}"),
            (Some(start), None) => match self {
                Locale::Fr => format!("depuis {start}"),
                Locale::Ar => format!("منذ {start}"),
                Locale::En => format!("since {start}"),
            },
            (None, Some(end)) => end,
            (None, None) => String::new(),
        }
    }

    fn month(self, date: &str) -> Option<String> {
        let mut parts = date.trim().split('-');
        let year: u32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        if !(1..=12).contains(&month) {
            return None;
        }
        let at = js_sys::Date::utc(f64::from(year), f64::from(month - 1));
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at));
        let options = js_sys::Object::new();
        for (key, value) in [("month", "long"), ("year", "numeric"), ("timeZone", "UTC")] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
        }
        Some(String::from(
            date.to_locale_date_string(self.code(), &options),
        ))
    }

    /// Under an image picker: how small the image is made.
    pub fn image_hint(self, max_bytes: u32) -> String {
        let size = self.size(u64::from(max_bytes));
        match self {
            Locale::Fr => {
                format!("JPEG ou PNG. L'image est réduite sur votre appareil, à {size} au plus.")
            }
            Locale::Ar => format!("JPEG أو PNG. تُصغَّر الصورة على جهازك إلى {size} على الأكثر."),
            Locale::En => {
                format!("JPEG or PNG. The image is made smaller on your device, to {size} at most.")
            }
        }
    }

    pub fn images_full(self, max: usize) -> String {
        match self {
            Locale::Fr => {
                format!("{max} images au plus : retirez-en une pour en ajouter une autre.")
            }
            Locale::Ar => format!("{max} صور على الأكثر: أزل واحدة لتضيف أخرى."),
            Locale::En => format!("{max} images at most: remove one to add another."),
        }
    }

    /// A spoken language's level: "B2 – avancé", "Langue maternelle".
    pub fn level_name(self, level: crate::core::portfolio::LanguageLevel) -> &'static str {
        use crate::core::portfolio::LanguageLevel;
        self.t(match level {
            LanguageLevel::Native => Msg::LevelNative,
            LanguageLevel::C2 => Msg::LevelC2,
            LanguageLevel::C1 => Msg::LevelC1,
            LanguageLevel::B2 => Msg::LevelB2,
            LanguageLevel::B1 => Msg::LevelB1,
            LanguageLevel::A2 => Msg::LevelA2,
            LanguageLevel::A1 => Msg::LevelA1,
        })
    }
    /// "1,2 Mo sur 10,7 Go": space used out of the space the browser allows (quotas run to
    /// gigabytes; the allowance is rounded down, never overstated).
    pub fn size_of(self, used: u64, total: u64) -> String {
        let gigabytes = |bytes: u64| {
            let unit = match self {
                Locale::Fr => "Go",
                Locale::Ar => "ج.ب",
                Locale::En => "GB",
            };
            let decimal = if self == Locale::Fr { "," } else { "." };
            let tenths = bytes / 100_000_000;
            format!("{}{decimal}{} {unit}", tenths / 10, tenths % 10)
        };
        let used = self.size(used);
        let total = if total >= 1_000_000_000 {
            gigabytes(total)
        } else {
            self.size(total)
        };
        match self {
            Locale::Fr => format!("{used} sur {total}"),
            Locale::Ar => format!("{used} من {total}"),
            Locale::En => format!("{used} of {total}"),
        }
    }

    /// "Taille du fichier : environ 12 Ko".
    pub fn file_size_about(self, bytes: u64) -> String {
        let size = self.size(bytes);
        match self {
            Locale::Fr => format!("Taille du fichier : environ {size}"),
            Locale::Ar => format!("حجم الملف: حوالي {size}"),
            Locale::En => format!("File size: about {size}"),
        }
    }

    /// A backup file whose JSON breaks off or is damaged at `line`, `column`.
    pub fn backup_not_json(self, line: usize, column: usize) -> String {
        match self {
            Locale::Fr => format!(
                "Ce fichier n'est pas une sauvegarde lisible : son texte JSON est coupé ou abîmé ligne {line}, colonne {column}. Rien n'a changé."
            ),
            Locale::Ar => format!(
                "هذا الملف ليس نسخة احتياطية مقروءة: نص JSON فيه مبتور أو تالف في السطر {line}، العمود {column}. لم يتغيّر أي شيء."
            ),
            Locale::En => format!(
                "This file is not a readable backup: its JSON text is cut off or damaged at line {line}, column {column}. Nothing changed."
            ),
        }
    }

    /// A backup made by a newer Nour, whose format `version` this one does not know.
    pub fn backup_too_new(self, version: &str) -> String {
        match self {
            Locale::Fr => format!(
                "Cette sauvegarde vient d'une version plus récente de Nour (format {version}). Mettez l'application à jour, puis réessayez. Rien n'a changé."
            ),
            Locale::Ar => format!(
                "هذه النسخة الاحتياطية من إصدار أحدث من نور (الصيغة {version}). حدّث التطبيق ثم أعد المحاولة. لم يتغيّر أي شيء."
            ),
            Locale::En => format!(
                "This backup comes from a newer version of Nour (format {version}). Update the app, then try again. Nothing changed."
            ),
        }
    }
}

/// Where a message's texts are: in the first load (`Main`) or in the part whose views show it.
/// Each part carries its own texts, so the first load holds only the shell's, the catalog's and
/// the reader's. `tests/native/i18n.rs` checks that every message a part's views use is in that
/// part's section or in `Main`, and that each section has every text in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Main,
    Intake,
    Practice,
    Portfolio,
    Settings,
    Dashboard,
}

/// A section's texts in the three languages.
pub type SectionTexts = fn(Locale, Msg) -> &'static str;

thread_local! {
    /// The texts the parts loaded so far handed over, by section.
    static PROVIDED: std::cell::Cell<[Option<SectionTexts>; 6]> =
        const { std::cell::Cell::new([None; 6]) };
}

/// Called by a part as it loads, with its section's texts (`intake_texts`…).
pub fn provide(section: Section, texts: SectionTexts) {
    PROVIDED.with(|provided| {
        let mut all = provided.get();
        all[section as usize] = Some(texts);
        provided.set(all);
    });
}

macro_rules! section_texts {
    ($(#[$doc:meta] $name:ident => $lang_fn:ident),* $(,)?) => {$(
        #[$doc]
        pub fn $name(locale: Locale, msg: Msg) -> &'static str {
            match locale {
                Locale::Fr => fr::$lang_fn(msg),
                Locale::Ar => ar::$lang_fn(msg),
                Locale::En => en::$lang_fn(msg),
            }
        }
    )*};
}

section_texts! {
    /// The intake part's texts.
    intake_texts => intake,
    /// The practice part's texts.
    practice_texts => practice,
    /// The portfolio part's texts.
    portfolio_texts => portfolio,
    /// The settings part's texts.
    settings_texts => settings,
    /// The dashboard part's texts.
    dashboard_texts => dashboard,
}

/// Every UI message, by section: the first load's, then each part's. Keep `Msg::ALL` in step:
/// the i18n test walks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    // section: main. The first load's texts: the shell, the catalog, the reader, and every text
    // more than one part uses.
    AppTagline,
    SkipToContent,
    LanguageLabel,
    NavCourses,
    Offline,
    Loading,
    OnDevice,
    NothingOnDevice,
    Available,
    CatalogUnavailable,
    CatalogInvalid,
    CatalogEmpty,
    Languages,
    DownloadSize,
    Download,
    Update,
    Saving,
    Installed,
    Open,
    Remove,
    ConfirmRemove,
    Cancel,
    Removed,
    ErrQuota,
    ErrStorage,
    StorageUnavailable,
    CourseNotOnDevice,
    LessonNotFound,
    BackToCourses,
    Continue,
    Start,
    Modules,
    Authors,
    Publisher,
    License,
    Completed,
    MarkDone,
    PreviousLesson,
    NextLesson,
    BackToCourse,
    LessonNav,
    CourseDone,
    ImageMissing,
    NotFound,
    LangFr,
    LangAr,
    LangEn,
    LangZgh,
    LangOther,
    MoveUp,
    MoveDown,
    Practice,
    Checkpoint,
    Assessments,
    Mastered,
    ModuleComplete,
    Date,
    Score,
    NavReview,
    ReviewToday,
    TestYourself,
    NavPortfolio,
    NavSettings,
    PortfolioTitle,
    EditProfile,
    LevelNative,
    LevelC2,
    LevelC1,
    LevelB2,
    LevelB1,
    LevelA2,
    LevelA1,
    ProblemRequired,
    ProblemNotALink,
    ProblemNotAnEmail,
    ProblemNotADate,
    ProblemEndBeforeStart,
    CvTitle,
    UpdateAvailable,
    UpdateReload,
    SettingsTitle,
    UpdateNoContentChange,
    StorageRemoveMedia,
    TextOnlySize,
    LessonImageLabel,
    ImageNeedsConnection,
    ImageDownloading,
    ImageDownloadFailed,
    ImageDamaged,
    PartLoading,
    PartMissing,
    PartRetry,
    KeepPartsIntro,
    KeepPartsWorking,
    PartIntake,
    PartPractice,
    PartPortfolio,
    PartSettings,
    PartDashboard,
    // section: intake (download, update, course files)
    ErrIncomplete,
    Downloading,
    Verifying,
    InstalledNow,
    ErrNetwork,
    ErrIntegrity,
    ErrInvalid,
    ErrMismatch,
    UpdateFullDownload,
    UpdateToDownload,
    UpdateRemovedIntro,
    DownloadInterrupted,
    ResumeDownload,
    InstallQuotaFull,
    FreeSpaceLink,
    ShareWorking,
    ShareSaved,
    ShareFailed,
    ShareMissingMedia,
    ImportTitle,
    ImportIntro,
    ImportFile,
    ImportReading,
    ImportDone,
    ImportOpen,
    ImportNothingStored,
    ImportNotNour,
    ImportUnreadable,
    ImportHeaderCut,
    ImportDamaged,
    ImportInvalid,
    ImportDetails,
    // section: practice (assessments, review)
    True,
    False,
    YourAnswer,
    YourNumber,
    SelfCheck,
    Right,
    NotQuite,
    Wrong,
    NotAnswered,
    Explanation,
    TryAgain,
    ReadAgain,
    AnswerFirst,
    Check,
    SubmitAnswer,
    NextQuestion,
    SeeResults,
    Skip,
    AssessmentNotFound,
    StartAssessment,
    Resumed,
    AnswerNotSaved,
    Results,
    Passed,
    NotYetPassed,
    Retry,
    ItemReview,
    RightAnswer,
    AttemptHistory,
    Result,
    ReviewIntro,
    ReviewNothing,
    ReviewStart,
    ReviewDone,
    AddToPortfolio,
    // section: portfolio (portfolio, CV, exports)
    KeptAnswersHeading,
    MakeReflection,
    AddedAsReflection,
    PortfolioIntro,
    PortfolioEmpty,
    ProfileHeading,
    ProfileEmpty,
    CompleteProfile,
    EntriesHeading,
    EntriesEmpty,
    AddProject,
    AddReflection,
    KindProject,
    KindReflection,
    EntryKind,
    Role,
    Skills,
    Repository,
    LiveSite,
    Edit,
    Delete,
    Undo,
    AchievementsHeading,
    AchievementsEmpty,
    ShowInPortfolio,
    HiddenFromPortfolio,
    CheckpointPassedKind,
    Course,
    Issuer,
    SkillsEmpty,
    Evidence,
    EscoLink,
    Name,
    Headline,
    HeadlineHint,
    City,
    Email,
    Phone,
    About,
    AboutHint,
    SpokenLanguages,
    Language,
    Level,
    AddLanguage,
    RemoveLanguage,
    Links,
    LinksHint,
    LinkLabel,
    LinkUrl,
    AddLink,
    RemoveLink,
    Photo,
    ProfilePhoto,
    RemovePhoto,
    Save,
    Compressing,
    ImageNotAnImage,
    ImageTooLarge,
    ImageFailed,
    NewProject,
    NewReflection,
    EntryTitle,
    Description,
    DescriptionHint,
    RoleHint,
    PeriodStart,
    PeriodEnd,
    RepositoryUrl,
    LiveUrl,
    UrlHint,
    SkillsHint,
    SuggestedSkills,
    AddSkill,
    Images,
    AddImage,
    ImageAlt,
    ImageAltHint,
    RemoveImage,
    EntryMissing,
    EntryNotFound,
    BackToPortfolio,
    ExportTitle,
    ExportIntro,
    ExportResume,
    ExportResumeHelp,
    ExportBadges,
    ExportBadgesHelp,
    ExportNoBadges,
    ExportHtml,
    ExportHtmlHelp,
    ExportCvLink,
    ExportSaved,
    ExportFailed,
    ExportReflections,
    ExportModuleCompleted,
    ExportCheckpointPassed,
    ExportGenerated,
    ExportUnsigned,
    CvLanguage,
    CvPrint,
    CvPrintHelp,
    CvEmpty,
    CvFillProfile,
    CvEditProfile,
    CvContact,
    CvEmail,
    CvPhone,
    CvCity,
    CvAbout,
    CvProjects,
    CvRole,
    CvCode,
    CvLive,
    CvCertifications,
    CvCourse,
    CvIssuer,
    CvSkills,
    CvLanguages,
    CvLevelNative,
    // section: settings (storage, data saver, backup, restore)
    StorageTitle,
    StoragePersistent,
    StorageNotPersistent,
    StorageUnknown,
    StorageAsk,
    StorageRefused,
    StorageUsed,
    BackupTitle,
    BackupIntro,
    BackupIncludeCourses,
    BackupIncludeHelp,
    BackupDownload,
    BackupSaved,
    BackupFailed,
    RestoreTitle,
    RestoreIntro,
    RestoreFile,
    RestoreChecking,
    RestoreUnreadable,
    RestoreForeign,
    RestoreInvalid,
    RestoreCourseInvalid,
    RestoreProblems,
    RestoreSummary,
    RestoreCreated,
    RestoreCourses,
    RestoreCourseFiles,
    RestoreEntries,
    RestoreAnswers,
    RestoreChoice,
    RestoreReplace,
    RestoreReplaceHelp,
    RestoreMerge,
    RestoreMergeHelp,
    RestoreConfirm,
    RestoreWorking,
    RestoreDone,
    RestoreFailed,
    StorageCoursesTitle,
    StorageText,
    StorageMedia,
    StorageTotal,
    StorageNoMedia,
    StorageRemoveCourse,
    StorageConfirmCourse,
    StorageConfirmMedia,
    DataSaverTitle,
    DataSaverTextOnly,
    DataSaverHelp,
    // section: dashboard
    DashboardTitle,
    ContinueLearning,
    StartLearning,
    AssessmentsPassedLabel,
    SkillsMasteredLabel,
    WeeklyStreak,
    RecentAchievements,
    SeePortfolio,
    ProgressByModule,
    AllCoursesComplete,
}

impl Msg {
    /// Where the message's texts are: its place in the enum says it.
    pub fn section(self) -> Section {
        let at = self as u16;
        if at < Msg::ErrIncomplete as u16 {
            Section::Main
        } else if at < Msg::True as u16 {
            Section::Intake
        } else if at < Msg::KeptAnswersHeading as u16 {
            Section::Practice
        } else if at < Msg::StorageTitle as u16 {
            Section::Portfolio
        } else if at < Msg::DashboardTitle as u16 {
            Section::Settings
        } else {
            Section::Dashboard
        }
    }

    /// The name of an assessment's kind.
    pub fn kind(kind: AssessmentKind) -> Msg {
        match kind {
            AssessmentKind::Practice => Msg::Practice,
            AssessmentKind::Checkpoint => Msg::Checkpoint,
        }
    }

    pub const ALL: &[Msg] = &[
        Msg::AppTagline,
        Msg::SkipToContent,
        Msg::LanguageLabel,
        Msg::NavCourses,
        Msg::Offline,
        Msg::Loading,
        Msg::OnDevice,
        Msg::NothingOnDevice,
        Msg::Available,
        Msg::CatalogUnavailable,
        Msg::CatalogInvalid,
        Msg::CatalogEmpty,
        Msg::Languages,
        Msg::DownloadSize,
        Msg::Download,
        Msg::Update,
        Msg::Saving,
        Msg::Installed,
        Msg::Open,
        Msg::Remove,
        Msg::ConfirmRemove,
        Msg::Cancel,
        Msg::Removed,
        Msg::ErrQuota,
        Msg::ErrStorage,
        Msg::StorageUnavailable,
        Msg::CourseNotOnDevice,
        Msg::LessonNotFound,
        Msg::BackToCourses,
        Msg::Continue,
        Msg::Start,
        Msg::Modules,
        Msg::Authors,
        Msg::Publisher,
        Msg::License,
        Msg::Completed,
        Msg::MarkDone,
        Msg::PreviousLesson,
        Msg::NextLesson,
        Msg::BackToCourse,
        Msg::LessonNav,
        Msg::CourseDone,
        Msg::ImageMissing,
        Msg::NotFound,
        Msg::LangFr,
        Msg::LangAr,
        Msg::LangEn,
        Msg::LangZgh,
        Msg::LangOther,
        Msg::MoveUp,
        Msg::MoveDown,
        Msg::Practice,
        Msg::Checkpoint,
        Msg::Assessments,
        Msg::Mastered,
        Msg::ModuleComplete,
        Msg::Date,
        Msg::Score,
        Msg::NavReview,
        Msg::ReviewToday,
        Msg::TestYourself,
        Msg::NavPortfolio,
        Msg::NavSettings,
        Msg::PortfolioTitle,
        Msg::EditProfile,
        Msg::LevelNative,
        Msg::LevelC2,
        Msg::LevelC1,
        Msg::LevelB2,
        Msg::LevelB1,
        Msg::LevelA2,
        Msg::LevelA1,
        Msg::ProblemRequired,
        Msg::ProblemNotALink,
        Msg::ProblemNotAnEmail,
        Msg::ProblemNotADate,
        Msg::ProblemEndBeforeStart,
        Msg::CvTitle,
        Msg::UpdateAvailable,
        Msg::UpdateReload,
        Msg::SettingsTitle,
        Msg::UpdateNoContentChange,
        Msg::StorageRemoveMedia,
        Msg::TextOnlySize,
        Msg::LessonImageLabel,
        Msg::ImageNeedsConnection,
        Msg::ImageDownloading,
        Msg::ImageDownloadFailed,
        Msg::ImageDamaged,
        Msg::PartLoading,
        Msg::PartMissing,
        Msg::PartRetry,
        Msg::KeepPartsIntro,
        Msg::KeepPartsWorking,
        Msg::PartIntake,
        Msg::PartPractice,
        Msg::PartPortfolio,
        Msg::PartSettings,
        Msg::PartDashboard,
        Msg::ErrIncomplete,
        Msg::Downloading,
        Msg::Verifying,
        Msg::InstalledNow,
        Msg::ErrNetwork,
        Msg::ErrIntegrity,
        Msg::ErrInvalid,
        Msg::ErrMismatch,
        Msg::UpdateFullDownload,
        Msg::UpdateToDownload,
        Msg::UpdateRemovedIntro,
        Msg::DownloadInterrupted,
        Msg::ResumeDownload,
        Msg::InstallQuotaFull,
        Msg::FreeSpaceLink,
        Msg::ShareWorking,
        Msg::ShareSaved,
        Msg::ShareFailed,
        Msg::ShareMissingMedia,
        Msg::ImportTitle,
        Msg::ImportIntro,
        Msg::ImportFile,
        Msg::ImportReading,
        Msg::ImportDone,
        Msg::ImportOpen,
        Msg::ImportNothingStored,
        Msg::ImportNotNour,
        Msg::ImportUnreadable,
        Msg::ImportHeaderCut,
        Msg::ImportDamaged,
        Msg::ImportInvalid,
        Msg::ImportDetails,
        Msg::True,
        Msg::False,
        Msg::YourAnswer,
        Msg::YourNumber,
        Msg::SelfCheck,
        Msg::Right,
        Msg::NotQuite,
        Msg::Wrong,
        Msg::NotAnswered,
        Msg::Explanation,
        Msg::TryAgain,
        Msg::ReadAgain,
        Msg::AnswerFirst,
        Msg::Check,
        Msg::SubmitAnswer,
        Msg::NextQuestion,
        Msg::SeeResults,
        Msg::Skip,
        Msg::AssessmentNotFound,
        Msg::StartAssessment,
        Msg::Resumed,
        Msg::AnswerNotSaved,
        Msg::Results,
        Msg::Passed,
        Msg::NotYetPassed,
        Msg::Retry,
        Msg::ItemReview,
        Msg::RightAnswer,
        Msg::AttemptHistory,
        Msg::Result,
        Msg::ReviewIntro,
        Msg::ReviewNothing,
        Msg::ReviewStart,
        Msg::ReviewDone,
        Msg::AddToPortfolio,
        Msg::KeptAnswersHeading,
        Msg::MakeReflection,
        Msg::AddedAsReflection,
        Msg::PortfolioIntro,
        Msg::PortfolioEmpty,
        Msg::ProfileHeading,
        Msg::ProfileEmpty,
        Msg::CompleteProfile,
        Msg::EntriesHeading,
        Msg::EntriesEmpty,
        Msg::AddProject,
        Msg::AddReflection,
        Msg::KindProject,
        Msg::KindReflection,
        Msg::EntryKind,
        Msg::Role,
        Msg::Skills,
        Msg::Repository,
        Msg::LiveSite,
        Msg::Edit,
        Msg::Delete,
        Msg::Undo,
        Msg::AchievementsHeading,
        Msg::AchievementsEmpty,
        Msg::ShowInPortfolio,
        Msg::HiddenFromPortfolio,
        Msg::CheckpointPassedKind,
        Msg::Course,
        Msg::Issuer,
        Msg::SkillsEmpty,
        Msg::Evidence,
        Msg::EscoLink,
        Msg::Name,
        Msg::Headline,
        Msg::HeadlineHint,
        Msg::City,
        Msg::Email,
        Msg::Phone,
        Msg::About,
        Msg::AboutHint,
        Msg::SpokenLanguages,
        Msg::Language,
        Msg::Level,
        Msg::AddLanguage,
        Msg::RemoveLanguage,
        Msg::Links,
        Msg::LinksHint,
        Msg::LinkLabel,
        Msg::LinkUrl,
        Msg::AddLink,
        Msg::RemoveLink,
        Msg::Photo,
        Msg::ProfilePhoto,
        Msg::RemovePhoto,
        Msg::Save,
        Msg::Compressing,
        Msg::ImageNotAnImage,
        Msg::ImageTooLarge,
        Msg::ImageFailed,
        Msg::NewProject,
        Msg::NewReflection,
        Msg::EntryTitle,
        Msg::Description,
        Msg::DescriptionHint,
        Msg::RoleHint,
        Msg::PeriodStart,
        Msg::PeriodEnd,
        Msg::RepositoryUrl,
        Msg::LiveUrl,
        Msg::UrlHint,
        Msg::SkillsHint,
        Msg::SuggestedSkills,
        Msg::AddSkill,
        Msg::Images,
        Msg::AddImage,
        Msg::ImageAlt,
        Msg::ImageAltHint,
        Msg::RemoveImage,
        Msg::EntryMissing,
        Msg::EntryNotFound,
        Msg::BackToPortfolio,
        Msg::ExportTitle,
        Msg::ExportIntro,
        Msg::ExportResume,
        Msg::ExportResumeHelp,
        Msg::ExportBadges,
        Msg::ExportBadgesHelp,
        Msg::ExportNoBadges,
        Msg::ExportHtml,
        Msg::ExportHtmlHelp,
        Msg::ExportCvLink,
        Msg::ExportSaved,
        Msg::ExportFailed,
        Msg::ExportReflections,
        Msg::ExportModuleCompleted,
        Msg::ExportCheckpointPassed,
        Msg::ExportGenerated,
        Msg::ExportUnsigned,
        Msg::CvLanguage,
        Msg::CvPrint,
        Msg::CvPrintHelp,
        Msg::CvEmpty,
        Msg::CvFillProfile,
        Msg::CvEditProfile,
        Msg::CvContact,
        Msg::CvEmail,
        Msg::CvPhone,
        Msg::CvCity,
        Msg::CvAbout,
        Msg::CvProjects,
        Msg::CvRole,
        Msg::CvCode,
        Msg::CvLive,
        Msg::CvCertifications,
        Msg::CvCourse,
        Msg::CvIssuer,
        Msg::CvSkills,
        Msg::CvLanguages,
        Msg::CvLevelNative,
        Msg::StorageTitle,
        Msg::StoragePersistent,
        Msg::StorageNotPersistent,
        Msg::StorageUnknown,
        Msg::StorageAsk,
        Msg::StorageRefused,
        Msg::StorageUsed,
        Msg::BackupTitle,
        Msg::BackupIntro,
        Msg::BackupIncludeCourses,
        Msg::BackupIncludeHelp,
        Msg::BackupDownload,
        Msg::BackupSaved,
        Msg::BackupFailed,
        Msg::RestoreTitle,
        Msg::RestoreIntro,
        Msg::RestoreFile,
        Msg::RestoreChecking,
        Msg::RestoreUnreadable,
        Msg::RestoreForeign,
        Msg::RestoreInvalid,
        Msg::RestoreCourseInvalid,
        Msg::RestoreProblems,
        Msg::RestoreSummary,
        Msg::RestoreCreated,
        Msg::RestoreCourses,
        Msg::RestoreCourseFiles,
        Msg::RestoreEntries,
        Msg::RestoreAnswers,
        Msg::RestoreChoice,
        Msg::RestoreReplace,
        Msg::RestoreReplaceHelp,
        Msg::RestoreMerge,
        Msg::RestoreMergeHelp,
        Msg::RestoreConfirm,
        Msg::RestoreWorking,
        Msg::RestoreDone,
        Msg::RestoreFailed,
        Msg::StorageCoursesTitle,
        Msg::StorageText,
        Msg::StorageMedia,
        Msg::StorageTotal,
        Msg::StorageNoMedia,
        Msg::StorageRemoveCourse,
        Msg::StorageConfirmCourse,
        Msg::StorageConfirmMedia,
        Msg::DataSaverTitle,
        Msg::DataSaverTextOnly,
        Msg::DataSaverHelp,
        Msg::DashboardTitle,
        Msg::ContinueLearning,
        Msg::StartLearning,
        Msg::AssessmentsPassedLabel,
        Msg::SkillsMasteredLabel,
        Msg::WeeklyStreak,
        Msg::RecentAchievements,
        Msg::SeePortfolio,
        Msg::ProgressByModule,
        Msg::AllCoursesComplete,
    ];
}

// section: storage
impl Locale {
    /// The accessible name of "remove the media only" on the storage screen: the visible label,
    /// then the course and what it frees, "… de « Cours » (1,2 Mo)".
    pub fn remove_media_label(self, title: &str, bytes: u64) -> String {
        let size = self.size(bytes);
        let label = self.t(Msg::StorageRemoveMedia);
        match self {
            Locale::Fr => format!("{label} de « {title} » ({size})"),
            Locale::Ar => format!("{label} من «{title}» ({size})"),
            Locale::En => format!("{label} from “{title}” ({size})"),
        }
    }

    pub fn media_removed(self, freed: u64) -> String {
        let size = self.size(freed);
        match self {
            Locale::Fr => {
                format!(
                    "Médias supprimés : {size} libérés. Le texte du cours reste sur l'appareil."
                )
            }
            Locale::Ar => format!("حُذفت الوسائط وتحرّرت {size}. يبقى نص الدورة على الجهاز."),
            Locale::En => {
                format!("Media removed: {size} freed. The course text stays on the device.")
            }
        }
    }

    /// The button that fetches one missing lesson image, with what it costs.
    pub fn download_image(self, bytes: u64) -> String {
        let size = self.size(bytes);
        match self {
            Locale::Fr => format!("Télécharger l'image ({size})"),
            Locale::Ar => format!("تحميل الصورة ({size})"),
            Locale::En => format!("Download the image ({size})"),
        }
    }

    /// A download refused before it started: what the course needs on the device, what is left.
    /// `no_room` for a course file: the import panel says itself that nothing was stored.
    pub fn no_room_for_file(self, needed: u64, available: u64) -> String {
        let (needed, available) = (self.size(needed), self.size(available));
        match self {
            Locale::Fr => format!(
                "Pas assez de place : ce cours demande {needed} sur l'appareil, il reste {available}."
            ),
            Locale::Ar => {
                format!(
                    "لا توجد مساحة كافية: تحتاج هذه الدورة إلى {needed} على الجهاز، والمتبقي {available}."
                )
            }
            Locale::En => {
                format!(
                    "Not enough space: this course needs {needed} on the device, {available} is left."
                )
            }
        }
    }

    /// The button that fetches the parts of the app the device lacks: "Télécharger maintenant (312 Ko)".
    pub fn keep_parts(self, bytes: u64) -> String {
        let size = self.size(bytes);
        match self {
            Locale::Fr => format!("Télécharger maintenant ({size})"),
            Locale::Ar => format!("تحميلها الآن ({size})"),
            Locale::En => format!("Download now ({size})"),
        }
    }

    pub fn no_room(self, needed: u64, available: u64) -> String {
        let (needed, available) = (self.size(needed), self.size(available));
        match self {
            Locale::Fr => format!(
                "Pas assez de place : ce cours demande {needed} sur l'appareil, il reste {available}. Rien n'a été téléchargé."
            ),
            Locale::Ar => format!(
                "لا توجد مساحة كافية: تحتاج هذه الدورة إلى {needed} على الجهاز، والمتبقي {available}. لم يُحمَّل أي شيء."
            ),
            Locale::En => format!(
                "Not enough space: this course needs {needed} on the device, {available} is left. Nothing was downloaded."
            ),
        }
    }
}
