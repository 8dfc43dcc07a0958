use super::Msg;

/// The texts of the first load.
pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTagline => "Your courses, even offline",
        Msg::SkipToContent => "Skip to content",
        Msg::LanguageLabel => "Language",
        Msg::NavCourses => "My courses",
        Msg::Offline => "Offline: your downloaded courses are still available.",
        Msg::Loading => "Loading…",
        Msg::OnDevice => "On this device",
        Msg::NothingOnDevice => {
            "No course downloaded yet. Pick one below: once downloaded, it stays available offline."
        }
        Msg::Available => "Available courses",
        Msg::CatalogUnavailable => {
            "The catalog cannot be reached. Go online to see the courses you can download."
        }
        Msg::CatalogInvalid => "The catalog received is invalid. Tell your trainer.",
        Msg::CatalogEmpty => "The catalog offers no course yet.",
        Msg::Languages => "Languages",
        Msg::DownloadSize => "Download size",
        Msg::Download => "Download",
        Msg::Update => "Update",
        Msg::Saving => "Saving…",
        Msg::Installed => "On this device",
        Msg::Open => "Open",
        Msg::Remove => "Remove",
        Msg::ConfirmRemove => "Confirm removal",
        Msg::Cancel => "Cancel",
        Msg::Removed => "Course removed from this device. Your progress is kept.",
        Msg::ErrQuota => "Storage is full. Remove a course and try again. Nothing was changed.",
        Msg::ErrStorage => "Saving failed. Nothing was changed.",
        Msg::StorageUnavailable => {
            "Browser storage is unavailable (private browsing?): courses cannot be saved."
        }
        Msg::CourseNotOnDevice => "This course is not on this device.",
        Msg::LessonNotFound => "This lesson does not exist in this course.",
        Msg::BackToCourses => "Back to my courses",
        Msg::Continue => "Continue",
        Msg::Start => "Start",
        Msg::Modules => "Modules",
        Msg::Authors => "Authors",
        Msg::Publisher => "Publisher",
        Msg::License => "Licence",
        Msg::Completed => "done",
        Msg::MarkDone => "Lesson done",
        Msg::PreviousLesson => "Previous lesson",
        Msg::NextLesson => "Next lesson",
        Msg::BackToCourse => "Course contents",
        Msg::LessonNav => "Lesson navigation",
        Msg::CourseDone => "Well done, you have finished every lesson of this course!",
        Msg::ImageMissing => "Image unavailable",
        Msg::NotFound => "This page does not exist.",
        Msg::LangFr => "French",
        Msg::LangAr => "Arabic",
        Msg::LangEn => "English",
        Msg::LangZgh => "Amazigh",
        Msg::LangOther => "other language",
        Msg::MoveUp => "Move up",
        Msg::MoveDown => "Move down",
        Msg::Practice => "Practice",
        Msg::Checkpoint => "Checkpoint",
        Msg::Assessments => "Assessments",
        Msg::Mastered => "Mastered",
        Msg::ModuleComplete => "Module complete",
        Msg::Date => "Date",
        Msg::Score => "Score",
        Msg::NavReview => "Review",
        Msg::ReviewToday => "Today's review",
        Msg::TestYourself => "Test yourself",
        Msg::NavPortfolio => "Portfolio",
        Msg::NavSettings => "Settings",
        Msg::PortfolioTitle => "My portfolio",
        Msg::EditProfile => "Edit my profile",
        Msg::LevelNative => "Native language",
        Msg::LevelC2 => "C2 – proficient",
        Msg::LevelC1 => "C1 – advanced",
        Msg::LevelB2 => "B2 – upper intermediate",
        Msg::LevelB1 => "B1 – intermediate",
        Msg::LevelA2 => "A2 – elementary",
        Msg::LevelA1 => "A1 – beginner",
        Msg::ProblemRequired => "This field is required.",
        Msg::ProblemNotALink => {
            "Invalid address: it must start with https:// (or http://) and contain no space."
        }
        Msg::ProblemNotAnEmail => "Invalid email address. Example: name@example.com",
        Msg::ProblemNotADate => "Invalid date: choose a month and a year.",
        Msg::ProblemEndBeforeStart => "The end cannot come before the start.",
        Msg::CvTitle => "My CV",
        Msg::UpdateAvailable => "A new version of Nour is ready.",
        Msg::UpdateReload => "Reload",
        Msg::SettingsTitle => "Settings",
        Msg::UpdateNoContentChange => "No lesson or exercise changes",
        Msg::StorageRemoveMedia => "Remove the media only",
        Msg::TextOnlySize => "Text only",
        Msg::LessonImageLabel => "Picture",
        Msg::ImageNeedsConnection => {
            "Image not downloaded. Connect to the Internet to download it."
        }
        Msg::ImageDownloading => "Downloading the image…",
        Msg::ImageDownloadFailed => {
            "The image could not be downloaded. Check the connection and try again."
        }
        Msg::ImageDamaged => "The image received does not match the course: it was not saved.",
        Msg::PartLoading => "Opening the page…",
        Msg::PartMissing => {
            "This page is not on the device yet. Connect once to open it: it then stays available offline."
        }
        Msg::PartRetry => "Try again",
        Msg::KeepPartsIntro => {
            "Data saver: part of the app is not on this device yet. Without a connection, these pages will not open:"
        }
        Msg::KeepPartsWorking => "Downloading the app…",
        Msg::PartIntake => "downloading, updating or sharing a course",
        Msg::PartPractice => "practice and review",
        Msg::PartPortfolio => "portfolio and CV",
        Msg::PartSettings => "settings",
        Msg::PartDashboard => "my progress",
        _ => "",
    }
}

/// The texts of the intake part, which it hands over when it loads.
pub(super) fn intake(msg: Msg) -> &'static str {
    match msg {
        Msg::ErrIncomplete => {
            "The file received is incomplete (the download was cut). Nothing was saved: try again."
        }
        Msg::Downloading => "Downloading",
        Msg::Verifying => "Checking…",
        Msg::InstalledNow => "Course downloaded: it is available offline.",
        Msg::ErrNetwork => "The download failed: the connection was lost. Try again once online.",
        Msg::ErrIntegrity => {
            "The file received does not match the catalog (different SHA-256). It was refused and nothing was saved."
        }
        Msg::ErrInvalid => "This course has errors and was refused. Nothing was saved.",
        Msg::ErrMismatch => {
            "The file received is not the course the catalog announced. It was refused."
        }
        Msg::UpdateFullDownload => "Full download needed",
        Msg::UpdateToDownload => "To download",
        Msg::UpdateRemovedIntro => "Removed in this version (your progress on it stays saved):",
        Msg::DownloadInterrupted => "Download interrupted",
        Msg::ResumeDownload => "Resume",
        Msg::InstallQuotaFull => {
            "Not enough space: the browser's storage filled up while saving. The course was not installed; your other courses and your progress are intact."
        }
        Msg::FreeSpaceLink => "Free up space: Settings › Storage",
        Msg::ShareWorking => "Preparing the file…",
        Msg::ShareSaved => {
            "Course file saved in your downloads. Send it by WhatsApp, Bluetooth, USB key or SD card: it imports with no connection."
        }
        Msg::ShareFailed => "The course file could not be made. Nothing changed.",
        Msg::ShareMissingMedia => {
            "Some images of this course are not on this device: download them before sharing the course."
        }
        Msg::ImportTitle => "A course received as a file",
        Msg::ImportIntro => {
            "A course shared as a .nour file (WhatsApp, Bluetooth, USB key, SD card) installs here with no connection. Every byte is checked before it is saved."
        }
        Msg::ImportFile => "Import a course from a file",
        Msg::ImportReading => "Reading the file…",
        Msg::ImportDone => "Course imported: it is on this device and reads with no connection.",
        Msg::ImportOpen => "Open the course",
        Msg::ImportNothingStored => "Nothing was saved.",
        Msg::ImportNotNour => "This file is not a Nour course (.nour file).",
        Msg::ImportUnreadable => "This file could not be read.",
        Msg::ImportHeaderCut => "The file is incomplete: it stops before the list of its contents.",
        Msg::ImportDamaged => "The file is damaged: its contents do not match what it announces.",
        Msg::ImportInvalid => "The course in this file has errors: it was refused.",
        Msg::ImportDetails => "Details for the trainer",
        _ => "",
    }
}

/// The texts of the practice part, which it hands over when it loads.
pub(super) fn practice(msg: Msg) -> &'static str {
    match msg {
        Msg::True => "True",
        Msg::False => "False",
        Msg::YourAnswer => "Your answer",
        Msg::YourNumber => "Your answer (a number)",
        Msg::SelfCheck => "Check it yourself: your answer…",
        Msg::Right => "Right!",
        Msg::NotQuite => "Not quite.",
        Msg::Wrong => "Wrong",
        Msg::NotAnswered => "Not answered",
        Msg::Explanation => "Explanation",
        Msg::TryAgain => "Change your answer and check again, or move on.",
        Msg::ReadAgain => "Read the lesson again:",
        Msg::AnswerFirst => "Answer the question first.",
        Msg::Check => "Check",
        Msg::SubmitAnswer => "Submit and continue",
        Msg::NextQuestion => "Next question",
        Msg::SeeResults => "See the results",
        Msg::Skip => "Skip",
        Msg::AssessmentNotFound => "This assessment is not in this course.",
        Msg::StartAssessment => "Start",
        Msg::Resumed => "Picking up your attempt where you left it.",
        Msg::AnswerNotSaved => "Your answer could not be saved on this device.",
        Msg::Results => "Results",
        Msg::Passed => "Passed.",
        Msg::NotYetPassed => "Not passed yet.",
        Msg::Retry => "Try again",
        Msg::ItemReview => "Question by question",
        Msg::RightAnswer => "Right answer",
        Msg::AttemptHistory => "Your attempts",
        Msg::Result => "Result",
        Msg::ReviewIntro => {
            "Questions you missed come back soon, the others more rarely: each right answer spaces out the next review (1, 3, 7, then 21 days)."
        }
        Msg::ReviewNothing => {
            "Nothing to review today. Take assessments: the questions you miss will come back here."
        }
        Msg::ReviewStart => "Start the review",
        Msg::ReviewDone => "Review done for today.",
        Msg::AddToPortfolio => "Keep this answer for my portfolio",
        _ => "",
    }
}

/// The texts of the portfolio part, which it hands over when it loads.
pub(super) fn portfolio(msg: Msg) -> &'static str {
    match msg {
        Msg::KeptAnswersHeading => "Answers kept for my portfolio",
        Msg::MakeReflection => "Make it a reflection",
        Msg::AddedAsReflection => "Added to my reflections.",
        Msg::PortfolioIntro => {
            "What you show an employer: your profile, projects, achievements and skills. Everything stays on this device."
        }
        Msg::PortfolioEmpty => {
            "Your portfolio is empty for now. Start with your profile, then add a project you made during your training or a reflection on what you learned. Your course achievements are added by themselves."
        }
        Msg::ProfileHeading => "My profile",
        Msg::ProfileEmpty => {
            "Introduce yourself: your name, the job you are aiming for, your city, your languages and your links (GitHub, LinkedIn…)."
        }
        Msg::CompleteProfile => "Complete my profile",
        Msg::EntriesHeading => "Projects and reflections",
        Msg::EntriesEmpty => {
            "No projects yet. Add a project you made (a website, a mock-up, an exercise) or a reflection: what you learned, a difficulty you overcame."
        }
        Msg::AddProject => "Add a project",
        Msg::AddReflection => "Add a reflection",
        Msg::KindProject => "Project",
        Msg::KindReflection => "Reflection",
        Msg::EntryKind => "Kind",
        Msg::Role => "Role",
        Msg::Skills => "Skills",
        Msg::Repository => "Source code",
        Msg::LiveSite => "See it online",
        Msg::Edit => "Edit",
        Msg::Delete => "Delete",
        Msg::Undo => "Undo",
        Msg::AchievementsHeading => "My achievements",
        Msg::AchievementsEmpty => {
            "Your achievements will appear here when you complete a module or pass an assessment."
        }
        Msg::ShowInPortfolio => "Show in my portfolio",
        Msg::HiddenFromPortfolio => {
            "Hidden: it appears neither in your skills nor in your exports."
        }
        Msg::CheckpointPassedKind => "Assessment passed",
        Msg::Course => "Course",
        Msg::Issuer => "Issued by",
        Msg::SkillsEmpty => {
            "Your skills will appear here: those of the courses you pass and those you name in your projects."
        }
        Msg::Evidence => "Evidence",
        Msg::EscoLink => "ESCO page",
        Msg::Name => "Full name",
        Msg::Headline => "Headline",
        Msg::HeadlineHint => {
            "The job you are aiming for, in one line. Example: Junior web developer."
        }
        Msg::City => "City",
        Msg::Email => "Email",
        Msg::Phone => "Phone",
        Msg::About => "About me",
        Msg::AboutHint => {
            "A few sentences: who you are, what you like doing, what you are looking for."
        }
        Msg::SpokenLanguages => "Languages I speak",
        Msg::Language => "Language",
        Msg::Level => "Level",
        Msg::AddLanguage => "Add a language",
        Msg::RemoveLanguage => "Remove language",
        Msg::Links => "Links",
        Msg::LinksHint => "GitHub, LinkedIn, a personal site… The address starts with https://.",
        Msg::LinkLabel => "Link name",
        Msg::LinkUrl => "Link address",
        Msg::AddLink => "Add a link",
        Msg::RemoveLink => "Remove link",
        Msg::Photo => "My photo",
        Msg::ProfilePhoto => "Profile photo",
        Msg::RemovePhoto => "Remove the photo",
        Msg::Save => "Save",
        Msg::Compressing => "Making the image smaller…",
        Msg::ImageNotAnImage => {
            "This file is not an image that can be read. Choose a JPEG or PNG photo."
        }
        Msg::ImageTooLarge => "This image cannot be made small enough. Choose another one.",
        Msg::ImageFailed => {
            "The browser could not process this image. Try again or choose another one."
        }
        Msg::NewProject => "New project",
        Msg::NewReflection => "New reflection",
        Msg::EntryTitle => "Title",
        Msg::Description => "Description",
        Msg::DescriptionHint => {
            "You can write Markdown: **bold**, *italic*, lists with “-”, links [text](https://…)."
        }
        Msg::RoleHint => {
            "Your part in the work. Example: integration and testing, in a team of three."
        }
        Msg::PeriodStart => "Start",
        Msg::PeriodEnd => "End",
        Msg::RepositoryUrl => "Source code address",
        Msg::LiveUrl => "Live site address",
        Msg::UrlHint => "It starts with https://.",
        Msg::SkillsHint => "Separated by commas. Example: HTML, CSS, teamwork.",
        Msg::SuggestedSkills => "Skills from your courses",
        Msg::AddSkill => "Add the skill",
        Msg::Images => "Pictures",
        Msg::AddImage => "Add an image",
        Msg::ImageAlt => "Image description",
        Msg::ImageAltHint => "What the image shows, for people who cannot see it.",
        Msg::RemoveImage => "Remove image",
        Msg::EntryMissing => "Project not found",
        Msg::EntryNotFound => {
            "This project or reflection is not on this device. It may have been deleted."
        }
        Msg::BackToPortfolio => "Back to my portfolio",
        Msg::ExportTitle => "Export",
        Msg::ExportIntro => {
            "Files to keep or to send to an employer. They are made on this device, even offline."
        }
        Msg::ExportResume => "Download the JSON Resume CV",
        Msg::ExportResumeHelp => "The open JSON Resume format: job sites and CV tools can read it.",
        Msg::ExportBadges => "Download my badges (Open Badges 3.0, unsigned)",
        Msg::ExportBadgesHelp => {
            "Your achievements in the standard format of digital badges. They are not signed: the school can check them."
        }
        Msg::ExportNoBadges => "No badge yet: finish a module or pass an assessment to earn one.",
        Msg::ExportHtml => "Download my portfolio page (HTML)",
        Msg::ExportHtmlHelp => "One page, images included, to open in a browser or to put online.",
        Msg::ExportCvLink => "View and print my CV",
        Msg::ExportSaved => "File made: find it in your downloads.",
        Msg::ExportFailed => "The file could not be made. Try again.",
        Msg::ExportReflections => "Reflections",
        Msg::ExportModuleCompleted => "Module completed",
        Msg::ExportCheckpointPassed => "Assessment passed",
        Msg::ExportGenerated => "Made with Nour on",
        Msg::ExportUnsigned => {
            "Unsigned statement, exported by the learner from Nour: the issuer has not signed it."
        }
        Msg::CvLanguage => "CV language",
        Msg::CvPrint => "Print / save as PDF",
        Msg::CvPrintHelp => "For a PDF file, pick “Save as PDF” as the printer.",
        Msg::CvEmpty => "Your CV is built from your profile. Start with your name and headline.",
        Msg::CvFillProfile => "Fill in my profile",
        Msg::CvEditProfile => "Edit my profile",
        Msg::CvContact => "Contact details",
        Msg::CvEmail => "Email",
        Msg::CvPhone => "Phone",
        Msg::CvCity => "City",
        Msg::CvAbout => "Profile",
        Msg::CvProjects => "Projects",
        Msg::CvRole => "Role",
        Msg::CvCode => "Source code",
        Msg::CvLive => "Live",
        Msg::CvCertifications => "Certifications and achievements",
        Msg::CvCourse => "Course",
        Msg::CvIssuer => "Issued by",
        Msg::CvSkills => "Skills",
        Msg::CvLanguages => "Languages",
        Msg::CvLevelNative => "Native speaker",
        _ => "",
    }
}

/// The texts of the settings part, which it hands over when it loads.
pub(super) fn settings(msg: Msg) -> &'static str {
    match msg {
        Msg::StorageTitle => "Storage on this device",
        Msg::StoragePersistent => {
            "Storage is protected: the browser will not delete your courses or your data to free space."
        }
        Msg::StorageNotPersistent => {
            "Storage is not protected: if the device runs out of space, the browser may erase your data. Make backups."
        }
        Msg::StorageUnknown => {
            "This browser does not say whether your data is protected. Make backups."
        }
        Msg::StorageAsk => "Protect my data",
        Msg::StorageRefused => {
            "The browser said no for now. It often agrees after a few visits, or once Nour is installed on the home screen."
        }
        Msg::StorageUsed => "Space used",
        Msg::BackupTitle => "Back up my data",
        Msg::BackupIntro => {
            "A file with your progress, your answers, your portfolio and its images. Keep it somewhere other than this phone (USB stick, email, computer)."
        }
        Msg::BackupIncludeCourses => "Include the course files",
        Msg::BackupIncludeHelp => {
            "To get everything back offline on another device. The file is bigger."
        }
        Msg::BackupDownload => "Download the backup",
        Msg::BackupSaved => "Backup made: find it in your downloads.",
        Msg::BackupFailed => "The backup could not be made. Nothing changed.",
        Msg::RestoreTitle => "Restore a backup",
        Msg::RestoreIntro => "Pick a Nour backup file. It is checked before anything changes.",
        Msg::RestoreFile => "Backup file (.json)",
        Msg::RestoreChecking => "Checking the file…",
        Msg::RestoreUnreadable => "This file could not be read (it is not text). Nothing changed.",
        Msg::RestoreForeign => "This file is not a Nour backup. Nothing changed.",
        Msg::RestoreInvalid => {
            "This backup is damaged: some of its data is not valid. Nothing changed."
        }
        Msg::RestoreCourseInvalid => {
            "A course in this backup is damaged (a changed or incomplete file). Nothing changed."
        }
        Msg::RestoreProblems => "Problems found",
        Msg::RestoreSummary => "What the backup holds",
        Msg::RestoreCreated => "Made on",
        Msg::RestoreCourses => "Courses followed",
        Msg::RestoreCourseFiles => "Course files included",
        Msg::RestoreEntries => "Projects and reflections",
        Msg::RestoreAnswers => "Answers",
        Msg::RestoreChoice => "What to do with the data on this device?",
        Msg::RestoreReplace => "Replace my data",
        Msg::RestoreReplaceHelp => "Everything on this device is replaced by the backup.",
        Msg::RestoreMerge => "Merge",
        Msg::RestoreMergeHelp => "Keep everything and add what the backup holds besides.",
        Msg::RestoreConfirm => "Restore",
        Msg::RestoreWorking => "Restoring…",
        Msg::RestoreDone => "Your data is restored.",
        Msg::RestoreFailed => "The restore failed. Your data did not change.",
        Msg::StorageCoursesTitle => "Space used by each course",
        Msg::StorageText => "Text",
        Msg::StorageMedia => "Media",
        Msg::StorageTotal => "Total",
        Msg::StorageNoMedia => "none on the device",
        Msg::StorageRemoveCourse => "Remove the course",
        Msg::StorageConfirmCourse => {
            "Remove this course from the device? Your progress is kept, and you can download it again."
        }
        Msg::StorageConfirmMedia => {
            "Remove this course's images? The text stays readable offline, and each lesson can download its images again."
        }
        Msg::DataSaverTitle => "Data saver",
        Msg::DataSaverTextOnly => "Text only",
        Msg::DataSaverHelp => {
            "Courses you download next come without their images. In a lesson, a missing image shows its description and a button to download it, with its size. The pages of the app not yet on this device wait until you ask for them, or for a Wi-Fi connection."
        }
        _ => "",
    }
}

/// The texts of the dashboard part, which it hands over when it loads.
pub(super) fn dashboard(msg: Msg) -> &'static str {
    match msg {
        Msg::DashboardTitle => "My progress",
        Msg::ContinueLearning => "Continue where I left off",
        Msg::StartLearning => "Start the course",
        Msg::AssessmentsPassedLabel => "Assessments passed",
        Msg::SkillsMasteredLabel => "Skills mastered",
        Msg::WeeklyStreak => "Weeks in a row",
        Msg::RecentAchievements => "My latest achievements",
        Msg::SeePortfolio => "See my portfolio",
        Msg::ProgressByModule => "Progress by module",
        Msg::AllCoursesComplete => {
            "All your courses are complete. Well done! Add a project to your portfolio."
        }
        _ => "",
    }
}
