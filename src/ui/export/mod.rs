//! What the learner takes out of Nour: the printable CV page and the export panel (JSON Resume,
//! Open Badges, the one-file HTML portfolio). Every file is made on the device from the same
//! [`crate::app::learner::LearnerView`] the portfolio shows.

mod cv_page;
mod export_panel;

pub use cv_page::CvPage;
pub use export_panel::ExportPanel;

use crate::core::portfolio_html::ExportLabels;
use crate::i18n::{Locale, Msg};

/// The words of every export, in `locale`.
pub(crate) fn export_labels(locale: Locale) -> ExportLabels<'static> {
    ExportLabels {
        portfolio: locale.t(Msg::NavPortfolio),
        about: locale.t(Msg::CvAbout),
        projects: locale.t(Msg::CvProjects),
        reflections: locale.t(Msg::ExportReflections),
        achievements: locale.t(Msg::CvCertifications),
        skills: locale.t(Msg::CvSkills),
        languages: locale.t(Msg::CvLanguages),
        role: locale.t(Msg::CvRole),
        repository: locale.t(Msg::CvCode),
        live: locale.t(Msg::CvLive),
        issued_by: locale.t(Msg::CvIssuer),
        score: locale.t(Msg::Score),
        module_completed: locale.t(Msg::ExportModuleCompleted),
        checkpoint_passed: locale.t(Msg::ExportCheckpointPassed),
        native: locale.t(Msg::CvLevelNative),
        generated: locale.t(Msg::ExportGenerated),
        unsigned: locale.t(Msg::ExportUnsigned),
    }
}
