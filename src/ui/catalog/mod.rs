//! The home page: the dashboard once a course is on the device, the courses on this device and
//! the courses the school's catalog offers.

mod catalog_page;
mod course_file_import;
mod download_plan;
mod installed_course_card;
mod offered_course_card;
mod share_course_button;

pub use catalog_page::CatalogPage;
pub use course_file_import::CourseFileImport;
pub use installed_course_card::InstalledCourseCard;
pub use offered_course_card::OfferedCourseCard;
pub use share_course_button::ShareCourseButton;
