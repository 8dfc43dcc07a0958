//! Every string the UI shows, in French (default), Arabic and English, and the formatting of
//! numbers and sizes. A message is an enum variant and each language is one exhaustive `match`,
//! so a missing translation does not compile. `<html lang dir>` follows the chosen locale.

mod ar;
mod en;
mod fr;

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
}

impl Msg {
    pub const ALL: [Msg; 57] = [
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
    ];
}
