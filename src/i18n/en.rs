use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTagline => "Your courses, even offline",
        Msg::SkipToContent => "Skip to content",
        Msg::LanguageLabel => "Language",
        Msg::NavCourses => "My courses",
        Msg::Offline => "Offline: your downloaded courses are still available.",
        Msg::ErrIncomplete => {
            "The file received is incomplete (the download was cut). Nothing was saved: try again."
        }
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
        Msg::Downloading => "Downloading",
        Msg::Verifying => "Checking…",
        Msg::Saving => "Saving…",
        Msg::Installed => "On this device",
        Msg::InstalledNow => "Course downloaded: it is available offline.",
        Msg::Open => "Open",
        Msg::Remove => "Remove",
        Msg::ConfirmRemove => "Confirm removal",
        Msg::Cancel => "Cancel",
        Msg::Removed => "Course removed from this device. Your progress is kept.",
        Msg::ErrNetwork => "The download failed: the connection was lost. Try again once online.",
        Msg::ErrIntegrity => {
            "The file received does not match the catalog (different SHA-256). It was refused and nothing was saved."
        }
        Msg::ErrInvalid => "This course has errors and was refused. Nothing was saved.",
        Msg::ErrMismatch => {
            "The file received is not the course the catalog announced. It was refused."
        }
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
        Msg::True => "True",
        Msg::False => "False",
        Msg::YourAnswer => "Your answer",
        Msg::YourNumber => "Your answer (a number)",
        Msg::SelfCheck => "Check it yourself: your answer…",
        Msg::MoveUp => "Move up",
        Msg::MoveDown => "Move down",
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
        Msg::Practice => "Practice",
        Msg::Checkpoint => "Checkpoint",
        Msg::Assessments => "Assessments",
        Msg::Results => "Results",
        Msg::Passed => "Passed.",
        Msg::NotYetPassed => "Not passed yet.",
        Msg::Mastered => "Mastered",
        Msg::ModuleComplete => "Module complete",
        Msg::Retry => "Try again",
        Msg::ItemReview => "Question by question",
        Msg::RightAnswer => "Right answer",
        Msg::AttemptHistory => "Your attempts",
        Msg::Date => "Date",
        Msg::Score => "Score",
        Msg::Result => "Result",
        Msg::NavReview => "Review",
        Msg::ReviewToday => "Today's review",
        Msg::ReviewIntro => {
            "Questions you missed come back soon, the others more rarely: each right answer spaces out the next review (1, 3, 7, then 21 days)."
        }
        Msg::ReviewNothing => {
            "Nothing to review today. Take assessments: the questions you miss will come back here."
        }
        Msg::ReviewStart => "Start the review",
        Msg::ReviewDone => "Review done for today.",
        Msg::AddToPortfolio => "Keep this answer for my portfolio",
        Msg::TestYourself => "Test yourself",
    }
}
