//! Small pieces several features share.

mod localized;
mod progress_meter;

pub use localized::{Localized, pick};
pub use progress_meter::ProgressMeter;
