//! Reactive glue between the pure core, storage, network and the views: the app context, the
//! install flow, the locale and the PWA hooks, and the routes.

pub mod backup;
pub mod context;
pub mod course_data;
pub mod course_file;
pub mod data_saver;
pub mod download;
pub mod image;
pub mod install;
pub mod learner;
pub mod load;
pub mod locale;
pub mod parts;
pub mod persist;
pub mod pwa;
pub mod quota;
pub mod router;
mod routes;

pub use routes::App;
