//! The intake part (loaded on demand, see `app::parts`): everything that brings a course onto
//! the device or takes one off it as a file. An offered course's download (with the plan of an
//! update or of a cut download, progress and failures), the import of a `.nour` file and the
//! button that shares a course as one. The cards around them are in the first load
//! (`ui::catalog`), so the home page shows before this part arrives.

mod course_download;
mod course_file_import;
mod download_plan;
mod share_course_button;

pub use course_download::CourseDownload;
pub use course_file_import::CourseFileImport;
pub use download_plan::{DownloadPlan, PlanSummary};
pub use share_course_button::ShareCourseButton;
