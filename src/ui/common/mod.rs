//! Small pieces several features share.

mod localized;
mod progress_meter;
mod stored_image;

pub use localized::{Localized, pick};
pub use progress_meter::ProgressMeter;
pub use stored_image::{StoredImage, object_url};
