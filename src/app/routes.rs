use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::app::context::AppContext;
use crate::app::{locale, pwa};
use crate::storage::{IdbStore, StoreError};
use crate::ui::catalog::CatalogPage;
use crate::ui::reader::{CoursePage, LessonPage};
use crate::ui::shell::{NotFound, Shell};

/// The whole app. `store` is opened before mounting so every page can read at once.
#[component]
pub fn App(store: Result<IdbStore, StoreError>) -> impl IntoView {
    let context = AppContext::new(store, locale::initial(), pwa::is_online());
    provide_context(context);
    pwa::watch_connectivity(context.online);
    Effect::new(move || {
        let current = context.locale.get();
        locale::apply_to_document(current);
        locale::remember(current);
    });

    view! {
        <Router>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=CatalogPage />
                    <Route path=path!("/course/:course") view=CoursePage />
                    <Route path=path!("/course/:course/lesson/:lesson") view=LessonPage />
                </Routes>
            </Shell>
        </Router>
    }
}
