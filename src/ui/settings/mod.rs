//! The settings page: whether the browser protects the learner's data and the space each course
//! takes (with removals), the data saver, a backup she downloads, and a restore that checks a
//! file completely before it changes anything.

mod backup_section;
mod course_storage_list;
mod course_storage_row;
mod data_saver_section;
mod restore_section;
mod settings_page;
mod storage_section;

pub use backup_section::BackupSection;
pub use course_storage_list::CourseStorageList;
pub use course_storage_row::CourseStorageRow;
pub use data_saver_section::DataSaverSection;
pub use restore_section::RestoreSection;
pub use settings_page::SettingsPage;
pub use storage_section::StorageSection;
