//! Today's spaced review: the items due across every course on the device, offline.

mod review_page;

pub use review_page::ReviewPage;
