use leptos::prelude::*;

use crate::app::context::{AppContext, use_app};
use crate::app::parts::Part;
use crate::app::router::{self, Route};
use crate::app::{data_saver, locale, pwa};
use crate::storage::{IdbStore, StoreError};
use crate::ui::catalog::CatalogPage;
use crate::ui::reader::{CoursePage, LessonPage};
use crate::ui::shell::{AppShell, LazyPage, NotFound};

/// The whole app. `store` is opened before mounting so every page can read at once.
#[component]
pub fn App(store: Result<IdbStore, StoreError>) -> impl IntoView {
    let context = AppContext::new(store, locale::initial(), pwa::is_online(), router::start());
    provide_context(context);
    pwa::watch_connectivity(context.online);
    pwa::watch_parts(context.parts_missing);
    // Once the first screen is up, and again whenever the connection comes back: the worker
    // keeps every part loaded on demand, so the whole app opens offline. With the data saver on
    // over a connection that may cost money it only says what is missing; the learner decides.
    Effect::new(move || {
        if context.online.get() {
            pwa::ask_parts(!data_saver::text_only() || pwa::unmetered());
        }
    });
    Effect::new(move || {
        let current = context.locale.get();
        locale::apply_to_document(current);
        locale::remember(current);
    });

    view! {
        <AppShell>
            <Page />
        </AppShell>
    }
}

/// Each navigation builds its page afresh, so every page reads the store as it is now.
#[component]
fn Page() -> impl IntoView {
    let app = use_app();
    move || {
        let route = app.route.get();
        if let Some(part) = Part::of(&route) {
            return view! { <LazyPage part route /> }.into_any();
        }
        match route {
            // `/import` is the home page too: its import section takes the file the OS launched.
            Route::Catalog | Route::Import => view! { <CatalogPage /> }.into_any(),
            Route::Course { course } => view! { <CoursePage course /> }.into_any(),
            Route::Lesson { course, lesson } => view! { <LessonPage course lesson /> }.into_any(),
            _ => view! { <NotFound /> }.into_any(),
        }
    }
}
