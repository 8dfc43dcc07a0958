use super::Msg;

/// The texts of the first load.
pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTagline => "دروسك، حتى بدون اتصال",
        Msg::SkipToContent => "انتقل إلى المحتوى",
        Msg::LanguageLabel => "اللغة",
        Msg::NavCourses => "دوراتي",
        Msg::Offline => "أنت غير متصل: دوراتك المحمّلة تبقى متاحة.",
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
        Msg::Saving => "جارٍ الحفظ…",
        Msg::Installed => "على الجهاز",
        Msg::Open => "فتح",
        Msg::Remove => "حذف",
        Msg::ConfirmRemove => "تأكيد الحذف",
        Msg::Cancel => "إلغاء",
        Msg::Removed => "حُذفت الدورة من الجهاز. تقدّمك محفوظ.",
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
        Msg::MoveUp => "إلى الأعلى",
        Msg::MoveDown => "إلى الأسفل",
        Msg::Practice => "تمرين",
        Msg::Checkpoint => "نقطة مراقبة",
        Msg::Assessments => "التقييمات",
        Msg::Mastered => "متقن",
        Msg::ModuleComplete => "وحدة مكتملة",
        Msg::Date => "التاريخ",
        Msg::Score => "النتيجة",
        Msg::NavReview => "المراجعة",
        Msg::ReviewToday => "مراجعة اليوم",
        Msg::TestYourself => "اختبر نفسك",
        Msg::NavPortfolio => "ملف الإنجازات",
        Msg::NavSettings => "الإعدادات",
        Msg::PortfolioTitle => "ملف إنجازاتي",
        Msg::EditProfile => "تعديل ملفي الشخصي",
        Msg::LevelNative => "اللغة الأم",
        Msg::LevelC2 => "C2 – إتقان تام",
        Msg::LevelC1 => "C1 – متمكن",
        Msg::LevelB2 => "B2 – فوق المتوسط",
        Msg::LevelB1 => "B1 – متوسط",
        Msg::LevelA2 => "A2 – أساسي",
        Msg::LevelA1 => "A1 – مبتدئ",
        Msg::ProblemRequired => "هذا الحقل إلزامي.",
        Msg::ProblemNotALink => {
            "عنوان غير صالح: يجب أن يبدأ بـ https:// (أو http://) دون أي مسافة."
        }
        Msg::ProblemNotAnEmail => "بريد إلكتروني غير صالح. مثال: name@example.ma",
        Msg::ProblemNotADate => "تاريخ غير صالح: اختر شهراً وسنة.",
        Msg::ProblemEndBeforeStart => "لا يمكن أن تسبق النهاية البداية.",
        Msg::CvTitle => "سيرتي الذاتية",
        Msg::UpdateAvailable => "نسخة جديدة من نور جاهزة.",
        Msg::UpdateReload => "أعد التحميل",
        Msg::SettingsTitle => "الإعدادات",
        Msg::UpdateNoContentChange => "لا يتغيّر أي درس ولا أي تمرين",
        Msg::StorageRemoveMedia => "حذف الوسائط فقط",
        Msg::TextOnlySize => "النص وحده",
        Msg::LessonImageLabel => "صورة",
        Msg::ImageNeedsConnection => "الصورة غير محمّلة. اتصل بالإنترنت لتحميلها.",
        Msg::ImageDownloading => "جارٍ تحميل الصورة…",
        Msg::ImageDownloadFailed => "تعذّر تحميل الصورة. تحقّق من الاتصال وأعد المحاولة.",
        Msg::ImageDamaged => "الصورة المستلمة لا تطابق الدورة، ولم تُحفظ.",
        Msg::PartLoading => "جارٍ فتح الصفحة…",
        Msg::PartMissing => {
            "هذه الصفحة ليست على الجهاز بعد. اتصل بالإنترنت مرة واحدة لفتحها: ستبقى بعد ذلك متاحة دون اتصال."
        }
        Msg::PartRetry => "إعادة المحاولة",
        Msg::KeepPartsIntro => {
            "توفير البيانات: جزء من التطبيق ليس على الجهاز بعد. دون اتصال، لن تُفتح هذه الصفحات:"
        }
        Msg::KeepPartsWorking => "جارٍ تحميل التطبيق…",
        Msg::PartIntake => "تحميل دورة أو تحديثها أو مشاركتها",
        Msg::PartPractice => "التمارين والمراجعة",
        Msg::PartPortfolio => "ملف الإنجازات والسيرة الذاتية",
        Msg::PartSettings => "الإعدادات",
        Msg::PartDashboard => "مساري",
        _ => "",
    }
}

/// The texts of the intake part, which it hands over when it loads.
pub(super) fn intake(msg: Msg) -> &'static str {
    match msg {
        Msg::ErrIncomplete => "الملف المستلم ناقص (انقطع التحميل). لم يُحفظ أي شيء: أعد المحاولة.",
        Msg::Downloading => "جارٍ التحميل",
        Msg::Verifying => "جارٍ التحقق…",
        Msg::InstalledNow => "تم تحميل الدورة: أصبحت متاحة بدون اتصال.",
        Msg::ErrNetwork => "فشل التحميل: انقطع الاتصال. أعد المحاولة عندما تكون متصلاً.",
        Msg::ErrIntegrity => {
            "الملف المستلم لا يطابق الفهرس (بصمة SHA-256 مختلفة). تم رفضه ولم يُحفظ أي شيء."
        }
        Msg::ErrInvalid => "تحتوي هذه الدورة على أخطاء وتم رفضها. لم يُحفظ أي شيء.",
        Msg::ErrMismatch => "الملف المستلم ليس الدورة التي أعلن عنها الفهرس. تم رفضه.",
        Msg::UpdateFullDownload => "يلزم تنزيل كامل",
        Msg::UpdateToDownload => "للتنزيل",
        Msg::UpdateRemovedIntro => "حُذف في هذه النسخة (يبقى تقدّمك فيه محفوظاً):",
        Msg::DownloadInterrupted => "توقّف التنزيل",
        Msg::ResumeDownload => "استئناف",
        Msg::InstallQuotaFull => {
            "لا توجد مساحة كافية: امتلأ تخزين المتصفح أثناء الحفظ. لم تُثبَّت الدورة، وبقيت دوراتك الأخرى وتقدّمك كما هي."
        }
        Msg::FreeSpaceLink => "إفراغ مساحة: الإعدادات › التخزين",
        Msg::ShareWorking => "جارٍ تحضير الملف…",
        Msg::ShareSaved => {
            "حُفظ ملف الدورة في التنزيلات. أرسله عبر واتساب أو بلوتوث أو مفتاح USB أو بطاقة SD: يُستورد بدون اتصال."
        }
        Msg::ShareFailed => "تعذّر إنشاء ملف الدورة. لم يتغيّر أي شيء.",
        Msg::ShareMissingMedia => {
            "بعض صور هذه الدورة غير موجودة على هذا الجهاز: حمّلها قبل مشاركة الدورة."
        }
        Msg::ImportTitle => "دورة مستلمة في ملف",
        Msg::ImportIntro => {
            "الدورة التي تصلك في ملف \u{200e}.nour (واتساب، بلوتوث، مفتاح USB، بطاقة SD) تُثبَّت هنا بدون اتصال. يُفحص كل بايت قبل الحفظ."
        }
        Msg::ImportFile => "استيراد دورة من ملف",
        Msg::ImportReading => "جارٍ قراءة الملف…",
        Msg::ImportDone => "تم استيراد الدورة: أصبحت على هذا الجهاز وتُقرأ بدون اتصال.",
        Msg::ImportOpen => "فتح الدورة",
        Msg::ImportNothingStored => "لم يُحفظ أي شيء.",
        Msg::ImportNotNour => "هذا الملف ليس دورة من نور (ملف \u{200e}.nour).",
        Msg::ImportUnreadable => "تعذّرت قراءة هذا الملف.",
        Msg::ImportHeaderCut => "الملف ناقص: ينقطع قبل قائمة محتواه.",
        Msg::ImportDamaged => "الملف تالف: محتواه لا يطابق ما يعلنه.",
        Msg::ImportInvalid => "تحتوي الدورة في هذا الملف على أخطاء: تم رفضها.",
        Msg::ImportDetails => "تفاصيل للمكوّن",
        _ => "",
    }
}

/// The texts of the practice part, which it hands over when it loads.
pub(super) fn practice(msg: Msg) -> &'static str {
    match msg {
        Msg::True => "صحيح",
        Msg::False => "خطأ",
        Msg::YourAnswer => "جوابك",
        Msg::YourNumber => "جوابك (عدد)",
        Msg::SelfCheck => "تحقّق بنفسك: جوابك…",
        Msg::Right => "جواب صحيح!",
        Msg::NotQuite => "ليس تماماً.",
        Msg::Wrong => "جواب خاطئ",
        Msg::NotAnswered => "بدون جواب",
        Msg::Explanation => "الشرح",
        Msg::TryAgain => "عدّل جوابك وتحقّق من جديد، أو انتقل إلى السؤال الموالي.",
        Msg::ReadAgain => "أعد قراءة الدرس:",
        Msg::AnswerFirst => "أجب عن السؤال أولاً.",
        Msg::Check => "تحقّق",
        Msg::SubmitAnswer => "تأكيد ومتابعة",
        Msg::NextQuestion => "السؤال الموالي",
        Msg::SeeResults => "عرض النتيجة",
        Msg::Skip => "تجاوز",
        Msg::AssessmentNotFound => "هذا التقييم غير موجود في هذا الدرس.",
        Msg::StartAssessment => "ابدأ",
        Msg::Resumed => "استئناف محاولتك من حيث توقفت.",
        Msg::AnswerNotSaved => "تعذّر حفظ جوابك على هذا الجهاز.",
        Msg::Results => "النتيجة",
        Msg::Passed => "ناجح.",
        Msg::NotYetPassed => "لم تنجح بعد.",
        Msg::Retry => "أعد المحاولة",
        Msg::ItemReview => "سؤالاً بسؤال",
        Msg::RightAnswer => "الجواب الصحيح",
        Msg::AttemptHistory => "محاولاتك",
        Msg::Result => "الحصيلة",
        Msg::ReviewIntro => {
            "تعود الأسئلة التي أخطأت فيها بسرعة، والأخرى بشكل أقل: كل جواب صحيح يؤجّل المراجعة الموالية (1 ثم 3 ثم 7 ثم 21 يوماً)."
        }
        Msg::ReviewNothing => {
            "لا شيء للمراجعة اليوم. أجب عن التقييمات: ستعود الأسئلة التي أخطأت فيها إلى هنا."
        }
        Msg::ReviewStart => "ابدأ المراجعة",
        Msg::ReviewDone => "انتهت مراجعة اليوم.",
        Msg::AddToPortfolio => "احتفظ بهذا الجواب في ملف إنجازاتي",
        _ => "",
    }
}

/// The texts of the portfolio part, which it hands over when it loads.
pub(super) fn portfolio(msg: Msg) -> &'static str {
    match msg {
        Msg::KeptAnswersHeading => "إجابات احتفظت بها لملف إنجازاتي",
        Msg::MakeReflection => "اجعلها تأمّلاً",
        Msg::AddedAsReflection => "أضيفت إلى تأمّلاتي.",
        Msg::PortfolioIntro => {
            "ما تعرضه على صاحب العمل: ملفك الشخصي ومشاريعك وإنجازاتك ومهاراتك. كل شيء يبقى على هذا الجهاز."
        }
        Msg::PortfolioEmpty => {
            "ملف إنجازاتك فارغ حالياً. ابدأ بملفك الشخصي، ثم أضف مشروعاً أنجزته أثناء التكوين أو تأملاً فيما تعلمته. إنجازات دوراتك تُضاف إليه وحدها."
        }
        Msg::ProfileHeading => "ملفي الشخصي",
        Msg::ProfileEmpty => {
            "عرّف بنفسك: اسمك، والمهنة التي تطمح إليها، ومدينتك، ولغاتك، وروابطك (GitHub وLinkedIn…)."
        }
        Msg::CompleteProfile => "إكمال ملفي الشخصي",
        Msg::EntriesHeading => "المشاريع والتأملات",
        Msg::EntriesEmpty => {
            "لا مشاريع بعد. أضف مشروعاً أنجزته (موقعاً أو نموذجاً أو تمريناً) أو تأملاً: ما تعلمته أو صعوبة تجاوزتها."
        }
        Msg::AddProject => "إضافة مشروع",
        Msg::AddReflection => "إضافة تأمل",
        Msg::KindProject => "مشروع",
        Msg::KindReflection => "تأمل",
        Msg::EntryKind => "النوع",
        Msg::Role => "الدور",
        Msg::Skills => "المهارات",
        Msg::Repository => "الشيفرة المصدرية",
        Msg::LiveSite => "المشاهدة على الإنترنت",
        Msg::Edit => "تعديل",
        Msg::Delete => "حذف",
        Msg::Undo => "تراجع",
        Msg::AchievementsHeading => "إنجازاتي",
        Msg::AchievementsEmpty => "ستظهر إنجازاتك هنا عندما تُكمل وحدة أو تنجح في تقييم.",
        Msg::ShowInPortfolio => "إظهارها في ملف إنجازاتي",
        Msg::HiddenFromPortfolio => "مخفية: لا تظهر في مهاراتك ولا في ملفاتك المصدَّرة.",
        Msg::CheckpointPassedKind => "تقييم ناجح",
        Msg::Course => "الدورة",
        Msg::Issuer => "الجهة المانحة",
        Msg::SkillsEmpty => {
            "ستظهر مهاراتك هنا: مهارات الدورات التي تنجح فيها والمهارات التي تذكرها في مشاريعك."
        }
        Msg::Evidence => "الأدلة",
        Msg::EscoLink => "بطاقة ESCO",
        Msg::Name => "الاسم الكامل",
        Msg::Headline => "المسمى المهني",
        Msg::HeadlineHint => "المهنة التي تطمح إليها في سطر واحد. مثال: مطورة ويب مبتدئة.",
        Msg::City => "المدينة",
        Msg::Email => "البريد الإلكتروني",
        Msg::Phone => "الهاتف",
        Msg::About => "نبذة عني",
        Msg::AboutHint => "بضع جمل: من أنت، وما تحب أن تفعله، وما تبحث عنه.",
        Msg::SpokenLanguages => "اللغات التي أتحدثها",
        Msg::Language => "اللغة",
        Msg::Level => "المستوى",
        Msg::AddLanguage => "إضافة لغة",
        Msg::RemoveLanguage => "إزالة اللغة",
        Msg::Links => "الروابط",
        Msg::LinksHint => "GitHub وLinkedIn وموقع شخصي… يبدأ العنوان بـ https://.",
        Msg::LinkLabel => "اسم الرابط",
        Msg::LinkUrl => "عنوان الرابط",
        Msg::AddLink => "إضافة رابط",
        Msg::RemoveLink => "إزالة الرابط",
        Msg::Photo => "الصورة",
        Msg::ProfilePhoto => "صورة الملف الشخصي",
        Msg::RemovePhoto => "إزالة الصورة",
        Msg::Save => "حفظ",
        Msg::Compressing => "جارٍ تصغير الصورة…",
        Msg::ImageNotAnImage => "هذا الملف ليس صورة يمكن قراءتها. اختر صورة بصيغة JPEG أو PNG.",
        Msg::ImageTooLarge => "لا يمكن تصغير هذه الصورة بما يكفي. اختر صورة أخرى.",
        Msg::ImageFailed => {
            "لم يتمكن المتصفح من معالجة هذه الصورة. أعد المحاولة أو اختر صورة أخرى."
        }
        Msg::NewProject => "مشروع جديد",
        Msg::NewReflection => "تأمل جديد",
        Msg::EntryTitle => "العنوان",
        Msg::Description => "الوصف",
        Msg::DescriptionHint => {
            "يمكنك الكتابة بصيغة Markdown: **عريض** و*مائل* وقوائم تبدأ بـ «-» وروابط [نص](https://…)."
        }
        Msg::RoleHint => "دورك في العمل. مثال: الإدماج والاختبار ضمن فريق من ثلاثة.",
        Msg::PeriodStart => "البداية",
        Msg::PeriodEnd => "النهاية",
        Msg::RepositoryUrl => "عنوان الشيفرة المصدرية",
        Msg::LiveUrl => "عنوان الموقع على الإنترنت",
        Msg::UrlHint => "يبدأ العنوان بـ https://.",
        Msg::SkillsHint => "افصل بينها بفواصل. مثال: HTML، CSS، العمل الجماعي.",
        Msg::SuggestedSkills => "مهارات دوراتك",
        Msg::AddSkill => "إضافة المهارة",
        Msg::Images => "الصور",
        Msg::AddImage => "إضافة صورة",
        Msg::ImageAlt => "وصف الصورة",
        Msg::ImageAltHint => "ما تُظهره الصورة، لمن لا يستطيع رؤيتها.",
        Msg::RemoveImage => "إزالة الصورة رقم",
        Msg::EntryMissing => "المشروع غير موجود",
        Msg::EntryNotFound => "هذا المشروع أو التأمل غير موجود على هذا الجهاز. ربما تم حذفه.",
        Msg::BackToPortfolio => "العودة إلى ملف إنجازاتي",
        Msg::ExportTitle => "تصدير",
        Msg::ExportIntro => {
            "ملفات تحتفظ بها أو ترسلها إلى مشغّل. تُنشأ على هذا الجهاز، حتى بدون اتصال."
        }
        Msg::ExportResume => "تحميل السيرة الذاتية بصيغة JSON Resume",
        Msg::ExportResumeHelp => {
            "صيغة JSON Resume المفتوحة: تقرؤها مواقع توظيف وأدوات لإنشاء السير الذاتية."
        }
        Msg::ExportBadges => "تحميل شاراتي (Open Badges 3.0، غير موقّعة)",
        Msg::ExportBadgesHelp => {
            "إنجازاتك بالصيغة المعيارية للشارات الرقمية. ليست موقّعة: يمكن للمدرسة التحقق منها."
        }
        Msg::ExportNoBadges => "لا توجد شارات بعد: أنهِ وحدة أو انجح في تقييم لتحصل على واحدة.",
        Msg::ExportHtml => "تحميل صفحة ملف إنجازاتي (HTML)",
        Msg::ExportHtmlHelp => "صفحة واحدة بصورها، تُفتح في متصفح أو تُنشر على الإنترنت.",
        Msg::ExportCvLink => "عرض سيرتي الذاتية وطباعتها",
        Msg::ExportSaved => "تم إنشاء الملف: تجده في التنزيلات.",
        Msg::ExportFailed => "تعذّر إنشاء الملف. أعد المحاولة.",
        Msg::ExportReflections => "تأملات",
        Msg::ExportModuleCompleted => "وحدة مكتملة",
        Msg::ExportCheckpointPassed => "تقييم ناجح",
        Msg::ExportGenerated => "أُنشئ بواسطة نور في",
        Msg::ExportUnsigned => "شهادة غير موقّعة، صدّرها المتعلّم من نور: لم توقّعها الجهة المانحة.",
        Msg::CvLanguage => "لغة السيرة الذاتية",
        Msg::CvPrint => "طباعة / حفظ بصيغة PDF",
        Msg::CvPrintHelp => "للحصول على ملف PDF، اختر «حفظ بصيغة PDF» كطابعة.",
        Msg::CvEmpty => "تُبنى سيرتك الذاتية من ملفك الشخصي. ابدأ باسمك ومسماك المهني.",
        Msg::CvFillProfile => "املأ ملفي الشخصي",
        Msg::CvEditProfile => "تعديل ملفي الشخصي",
        Msg::CvContact => "معلومات الاتصال",
        Msg::CvEmail => "البريد الإلكتروني",
        Msg::CvPhone => "الهاتف",
        Msg::CvCity => "المدينة",
        Msg::CvAbout => "نبذة عني",
        Msg::CvProjects => "المشاريع",
        Msg::CvRole => "الدور",
        Msg::CvCode => "الشيفرة المصدرية",
        Msg::CvLive => "على الإنترنت",
        Msg::CvCertifications => "الشهادات والإنجازات",
        Msg::CvCourse => "التكوين",
        Msg::CvIssuer => "الجهة المانحة",
        Msg::CvSkills => "المهارات",
        Msg::CvLanguages => "اللغات",
        Msg::CvLevelNative => "اللغة الأم",
        _ => "",
    }
}

/// The texts of the settings part, which it hands over when it loads.
pub(super) fn settings(msg: Msg) -> &'static str {
    match msg {
        Msg::StorageTitle => "التخزين على هذا الجهاز",
        Msg::StoragePersistent => "التخزين محمي: لن يحذف المتصفح دوراتك ولا بياناتك لتوفير المساحة.",
        Msg::StorageNotPersistent => {
            "التخزين غير محمي: إذا امتلأت ذاكرة الجهاز، قد يمحو المتصفح بياناتك. احفظ نسخاً احتياطية."
        }
        Msg::StorageUnknown => "لا يخبر هذا المتصفح إن كانت بياناتك محمية. احفظ نسخاً احتياطية.",
        Msg::StorageAsk => "احمِ بياناتي",
        Msg::StorageRefused => {
            "رفض المتصفح في الوقت الحالي. غالباً ما يقبل بعد بضع زيارات، أو عند تثبيت نور على الشاشة الرئيسية."
        }
        Msg::StorageUsed => "المساحة المستعملة",
        Msg::BackupTitle => "حفظ نسخة احتياطية من بياناتي",
        Msg::BackupIntro => {
            "ملف يضم تقدّمك وأجوبتك وملف إنجازاتك وصوره. احتفظ به في مكان آخر غير هذا الهاتف (ذاكرة USB، بريد إلكتروني، حاسوب)."
        }
        Msg::BackupIncludeCourses => "تضمين ملفات الدورات",
        Msg::BackupIncludeHelp => "لاسترجاع كل شيء بدون اتصال على جهاز آخر. يصبح الملف أكبر.",
        Msg::BackupDownload => "تحميل النسخة الاحتياطية",
        Msg::BackupSaved => "تم إنشاء النسخة الاحتياطية: تجدها في التنزيلات.",
        Msg::BackupFailed => "تعذّر إنشاء النسخة الاحتياطية. لم يتغيّر أي شيء.",
        Msg::RestoreTitle => "استرجاع نسخة احتياطية",
        Msg::RestoreIntro => "اختر ملف نسخة احتياطية من نور. يُفحص الملف قبل أن يتغيّر أي شيء.",
        Msg::RestoreFile => "ملف النسخة الاحتياطية (.json)",
        Msg::RestoreChecking => "جارٍ فحص الملف…",
        Msg::RestoreUnreadable => "تعذّرت قراءة هذا الملف (ليس نصاً). لم يتغيّر أي شيء.",
        Msg::RestoreForeign => "هذا الملف ليس نسخة احتياطية من نور. لم يتغيّر أي شيء.",
        Msg::RestoreInvalid => {
            "هذه النسخة الاحتياطية تالفة: بعض البيانات غير صالحة. لم يتغيّر أي شيء."
        }
        Msg::RestoreCourseInvalid => {
            "إحدى دورات هذه النسخة الاحتياطية تالفة (ملف معدّل أو ناقص). لم يتغيّر أي شيء."
        }
        Msg::RestoreProblems => "المشاكل المكتشفة",
        Msg::RestoreSummary => "محتوى النسخة الاحتياطية",
        Msg::RestoreCreated => "تاريخ الإنشاء",
        Msg::RestoreCourses => "الدورات المتابَعة",
        Msg::RestoreCourseFiles => "ملفات الدورات المضمّنة",
        Msg::RestoreEntries => "المشاريع والتأملات",
        Msg::RestoreAnswers => "الأجوبة",
        Msg::RestoreChoice => "ماذا نفعل ببيانات هذا الجهاز؟",
        Msg::RestoreReplace => "استبدال بياناتي",
        Msg::RestoreReplaceHelp => "يُستبدل كل ما على هذا الجهاز بمحتوى النسخة الاحتياطية.",
        Msg::RestoreMerge => "دمج",
        Msg::RestoreMergeHelp => "الاحتفاظ بكل شيء وإضافة ما تحتويه النسخة الاحتياطية زيادة عليه.",
        Msg::RestoreConfirm => "استرجاع",
        Msg::RestoreWorking => "جارٍ الاسترجاع…",
        Msg::RestoreDone => "تم استرجاع بياناتك.",
        Msg::RestoreFailed => "فشل الاسترجاع. لم تتغيّر بياناتك.",
        Msg::StorageCoursesTitle => "المساحة التي تشغلها كل دورة",
        Msg::StorageText => "النص",
        Msg::StorageMedia => "الوسائط",
        Msg::StorageTotal => "المجموع",
        Msg::StorageNoMedia => "لا شيء على الجهاز",
        Msg::StorageRemoveCourse => "حذف الدورة",
        Msg::StorageConfirmCourse => {
            "هل تريد حذف هذه الدورة من الجهاز؟ يبقى تقدّمك محفوظاً، ويمكنك تحميلها من جديد."
        }
        Msg::StorageConfirmMedia => {
            "هل تريد حذف صور هذه الدورة؟ يبقى النص مقروءاً دون اتصال، ويمكن لكل درس تحميل صوره من جديد."
        }
        Msg::DataSaverTitle => "توفير البيانات",
        Msg::DataSaverTextOnly => "النص فقط",
        Msg::DataSaverHelp => {
            "تُحمَّل الدورات القادمة بدون صورها. في الدرس، تظهر الصورة غير المحمّلة بوصفها وبزرّ لتحميلها مع حجمها. وتنتظر صفحات التطبيق غير الموجودة على الجهاز أن تطلبها أو اتصال Wi-Fi."
        }
        _ => "",
    }
}

/// The texts of the dashboard part, which it hands over when it loads.
pub(super) fn dashboard(msg: Msg) -> &'static str {
    match msg {
        Msg::DashboardTitle => "مساري",
        Msg::ContinueLearning => "استأنف من حيث توقفت",
        Msg::StartLearning => "ابدأ الدرس",
        Msg::AssessmentsPassedLabel => "التقييمات الناجحة",
        Msg::SkillsMasteredLabel => "المهارات المكتسبة",
        Msg::WeeklyStreak => "أسابيع نشاط متتالية",
        Msg::RecentAchievements => "آخر إنجازاتي",
        Msg::SeePortfolio => "عرض ملف إنجازاتي",
        Msg::ProgressByModule => "التقدم حسب الوحدة",
        Msg::AllCoursesComplete => "أنهيت كل دروسك. أحسنت! أضف مشروعاً إلى ملف إنجازاتك.",
        _ => "",
    }
}
