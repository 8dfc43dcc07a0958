//! Every string the UI shows, in French (default), Arabic and English, and the formatting of
//! numbers and sizes. A message is an enum variant and each language is one exhaustive `match`,
//! so a missing translation does not compile. `<html lang dir>` follows the chosen locale.

mod ar;
mod en;
mod fr;

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

    pub fn t(self, msg: Msg) -> &'static str {
        match self {
            Locale::Fr => fr::text(msg),
            Locale::Ar => ar::text(msg),
            Locale::En => en::text(msg),
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
}

/// Every UI message. Keep `Msg::ALL` in step: the i18n test walks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTagline,
    SkipToContent,
    LanguageLabel,
    NavCourses,
    Offline,
    ErrIncomplete,
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
    Downloading,
    Verifying,
    Saving,
    Installed,
    InstalledNow,
    Open,
    Remove,
    ConfirmRemove,
    Cancel,
    Removed,
    ErrNetwork,
    ErrIntegrity,
    ErrInvalid,
    ErrMismatch,
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
    True,
    False,
    YourAnswer,
    YourNumber,
    SelfCheck,
    MoveUp,
    MoveDown,
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
    Practice,
    Checkpoint,
    Assessments,
    Results,
    Passed,
    NotYetPassed,
    Mastered,
    ModuleComplete,
    Retry,
    ItemReview,
    RightAnswer,
    AttemptHistory,
    Date,
    Score,
    Result,
    NavReview,
    ReviewToday,
    ReviewIntro,
    ReviewNothing,
    ReviewStart,
    ReviewDone,
    AddToPortfolio,
    TestYourself,
}

impl Msg {
    pub const ALL: [Msg; 104] = [
        Msg::AppTagline,
        Msg::SkipToContent,
        Msg::LanguageLabel,
        Msg::NavCourses,
        Msg::Offline,
        Msg::ErrIncomplete,
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
        Msg::Downloading,
        Msg::Verifying,
        Msg::Saving,
        Msg::Installed,
        Msg::InstalledNow,
        Msg::Open,
        Msg::Remove,
        Msg::ConfirmRemove,
        Msg::Cancel,
        Msg::Removed,
        Msg::ErrNetwork,
        Msg::ErrIntegrity,
        Msg::ErrInvalid,
        Msg::ErrMismatch,
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
        Msg::True,
        Msg::False,
        Msg::YourAnswer,
        Msg::YourNumber,
        Msg::SelfCheck,
        Msg::MoveUp,
        Msg::MoveDown,
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
        Msg::Practice,
        Msg::Checkpoint,
        Msg::Assessments,
        Msg::Results,
        Msg::Passed,
        Msg::NotYetPassed,
        Msg::Mastered,
        Msg::ModuleComplete,
        Msg::Retry,
        Msg::ItemReview,
        Msg::RightAnswer,
        Msg::AttemptHistory,
        Msg::Date,
        Msg::Score,
        Msg::Result,
        Msg::NavReview,
        Msg::ReviewToday,
        Msg::ReviewIntro,
        Msg::ReviewNothing,
        Msg::ReviewStart,
        Msg::ReviewDone,
        Msg::AddToPortfolio,
        Msg::TestYourself,
    ];
}
