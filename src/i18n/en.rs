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
    }
}
