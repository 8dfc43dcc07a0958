//! The frame around every page: skip link, header, language switcher, offline notice, and the
//! new-version banner.

mod app_shell;
mod language_switcher;
mod lazy_page;
mod not_found;
mod offline_notice;
mod update_banner;

pub use app_shell::AppShell;
pub use language_switcher::LanguageSwitcher;
pub use lazy_page::LazyPage;
pub use not_found::NotFound;
pub use offline_notice::OfflineNotice;
pub use update_banner::UpdateBanner;
