//! The frame around every page: skip link, header, language switcher, offline notice.

mod language_switcher;
mod not_found;
mod offline_notice;
mod shell;

pub use language_switcher::LanguageSwitcher;
pub use not_found::NotFound;
pub use offline_notice::OfflineNotice;
pub use shell::Shell;
