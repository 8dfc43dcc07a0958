//! The learner's dashboard: the top of the home page once a course is on the device.

mod dashboard_panel;

pub use dashboard_panel::DashboardPanel;
