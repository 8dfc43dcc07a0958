//! The home page: the dashboard once a course is on the device, the courses on this device and
//! the courses the school's catalog offers. What downloads, imports or shares a course is in the
//! intake part (`ui::intake`), the dashboard in its own.

mod catalog_page;
mod installed_course_card;
mod offered_course_card;

pub use catalog_page::CatalogPage;
pub use installed_course_card::InstalledCourseCard;
pub use offered_course_card::OfferedCourseCard;
