use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTagline => "دروسك، حتى بدون اتصال",
        Msg::SkipToContent => "انتقل إلى المحتوى",
        Msg::LanguageLabel => "اللغة",
        Msg::NavCourses => "دوراتي",
        Msg::Offline => "أنت غير متصل: دوراتك المحمّلة تبقى متاحة.",
        Msg::ErrIncomplete => "الملف المستلم ناقص (انقطع التحميل). لم يُحفظ أي شيء: أعد المحاولة.",
        Msg::Loading => "جارٍ التحميل…",
        Msg::OnDevice => "على هذا الجهاز",
        Msg::NothingOnDevice => {
            "لم تحمّل أي دورة بعد. اختر دورة من القائمة أدناه: بعد تحميلها تبقى متاحة بدون اتصال."
        }
        Msg::Available => "الدورات المتاحة",
        Msg::CatalogUnavailable => {
            "تعذّر الوصول إلى الفهرس. اتصل بالإنترنت لرؤية الدورات المتاحة للتحميل."
        }
        Msg::CatalogInvalid => "الفهرس المستلم غير صالح. أخبر مكوّنك.",
        Msg::CatalogEmpty => "لا يقدّم الفهرس أي دورة حاليًا.",
        Msg::Languages => "اللغات",
        Msg::DownloadSize => "حجم التحميل",
        Msg::Download => "تحميل",
        Msg::Update => "تحديث",
        Msg::Downloading => "جارٍ التحميل",
        Msg::Verifying => "جارٍ التحقق…",
        Msg::Saving => "جارٍ الحفظ…",
        Msg::Installed => "على الجهاز",
        Msg::InstalledNow => "تم تحميل الدورة: أصبحت متاحة بدون اتصال.",
        Msg::Open => "فتح",
        Msg::Remove => "حذف",
        Msg::ConfirmRemove => "تأكيد الحذف",
        Msg::Cancel => "إلغاء",
        Msg::Removed => "حُذفت الدورة من الجهاز. تقدّمك محفوظ.",
        Msg::ErrNetwork => "فشل التحميل: انقطع الاتصال. أعد المحاولة عندما تكون متصلاً.",
        Msg::ErrIntegrity => {
            "الملف المستلم لا يطابق الفهرس (بصمة SHA-256 مختلفة). تم رفضه ولم يُحفظ أي شيء."
        }
        Msg::ErrInvalid => "تحتوي هذه الدورة على أخطاء وتم رفضها. لم يُحفظ أي شيء.",
        Msg::ErrMismatch => "الملف المستلم ليس الدورة التي أعلن عنها الفهرس. تم رفضه.",
        Msg::ErrQuota => "مساحة التخزين ممتلئة. احذف دورة ثم أعد المحاولة. لم يتغيّر أي شيء.",
        Msg::ErrStorage => "فشل الحفظ. لم يتغيّر أي شيء.",
        Msg::StorageUnavailable => "تخزين المتصفح غير متاح (تصفّح خاص؟): لا يمكن حفظ الدورات.",
        Msg::CourseNotOnDevice => "هذه الدورة ليست على هذا الجهاز.",
        Msg::LessonNotFound => "هذا الدرس غير موجود في هذه الدورة.",
        Msg::BackToCourses => "العودة إلى دوراتي",
        Msg::Continue => "متابعة",
        Msg::Start => "ابدأ",
        Msg::Modules => "الوحدات",
        Msg::Authors => "المؤلفون",
        Msg::Publisher => "الناشر",
        Msg::License => "الترخيص",
        Msg::Completed => "مكتمل",
        Msg::MarkDone => "أنهيت الدرس",
        Msg::PreviousLesson => "الدرس السابق",
        Msg::NextLesson => "الدرس التالي",
        Msg::BackToCourse => "فهرس الدورة",
        Msg::LessonNav => "التنقل بين الدروس",
        Msg::CourseDone => "أحسنت، لقد أنهيت كل دروس هذه الدورة!",
        Msg::ImageMissing => "الصورة غير متاحة",
        Msg::NotFound => "هذه الصفحة غير موجودة.",
        Msg::LangFr => "الفرنسية",
        Msg::LangAr => "العربية",
        Msg::LangEn => "الإنجليزية",
        Msg::LangZgh => "الأمازيغية",
        Msg::LangOther => "لغة أخرى",
    }
}
