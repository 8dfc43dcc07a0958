//! What every view can reach: the store, the locale, connectivity and a revision counter that
//! tells views to re-read the installed courses after an install or a removal.

use leptos::prelude::*;

use crate::app::pwa::PartsMissing;
use crate::app::router::Route;
use crate::i18n::{Locale, Msg};
use crate::storage::{IdbStore, StoreError};

#[derive(Clone, Copy)]
pub struct AppContext {
    /// `Err` when IndexedDB cannot be opened (some private modes): the app still shows the
    /// catalog and says why nothing can be saved.
    store: StoredValue<Result<IdbStore, StoreError>, LocalStorage>,
    pub locale: RwSignal<Locale>,
    pub online: RwSignal<bool>,
    pub route: RwSignal<Route>,
    /// Bumped after every write that changes the set of installed courses.
    pub installed_revision: RwSignal<u32>,
    /// What the service worker does not keep yet of the parts loaded on demand (`None` until it
    /// says).
    pub parts_missing: RwSignal<Option<PartsMissing>>,
}

impl AppContext {
    pub fn new(
        store: Result<IdbStore, StoreError>,
        locale: Locale,
        online: bool,
        route: RwSignal<Route>,
    ) -> Self {
        AppContext {
            store: StoredValue::new_local(store),
            locale: RwSignal::new(locale),
            online: RwSignal::new(online),
            route,
            installed_revision: RwSignal::new(0),
            parts_missing: RwSignal::new(None),
        }
    }

    pub fn store(&self) -> Result<IdbStore, StoreError> {
        self.store.get_value()
    }

    /// Translates a message in the current locale, tracking the locale.
    pub fn t(&self, msg: Msg) -> &'static str {
        self.locale.get().t(msg)
    }

    pub fn installed_changed(&self) {
        self.installed_revision.update(|revision| *revision += 1);
    }
}

/// The app context; panics only if a view is mounted outside `App`, a programming error.
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}
