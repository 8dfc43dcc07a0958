//! The settings page: whether the browser protects the learner's data, a backup she downloads,
//! and a restore that checks a file completely before it changes anything.

mod backup_section;
mod restore_section;
mod settings_page;
mod storage_section;

pub use backup_section::BackupSection;
pub use restore_section::RestoreSection;
pub use settings_page::SettingsPage;
pub use storage_section::StorageSection;
