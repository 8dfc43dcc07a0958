use leptos::prelude::*;

use crate::app::context::{AppContext, use_app};
use crate::app::router::{self, Route};
use crate::app::{locale, pwa};
use crate::storage::{IdbStore, StoreError};
use crate::ui::assessment::AssessmentPage;
use crate::ui::catalog::CatalogPage;
use crate::ui::export::CvPage;
use crate::ui::portfolio::{EntryForm, PortfolioPage, ProfileForm};
use crate::ui::reader::{CoursePage, LessonPage};
use crate::ui::review::ReviewPage;
use crate::ui::settings::SettingsPage;
use crate::ui::shell::{AppShell, NotFound};

/// The whole app. `store` is opened before mounting so every page can read at once.
#[component]
pub fn App(store: Result<IdbStore, StoreError>) -> impl IntoView {
    let context = AppContext::new(store, locale::initial(), pwa::is_online(), router::start());
    provide_context(context);
    pwa::watch_connectivity(context.online);
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
    move || match app.route.get() {
        // `/import` is the home page too: its import section takes the file the OS launched.
        Route::Catalog | Route::Import => view! { <CatalogPage /> }.into_any(),
        Route::Course { course } => view! { <CoursePage course /> }.into_any(),
        Route::Lesson { course, lesson } => view! { <LessonPage course lesson /> }.into_any(),
        Route::Assessment { course, assessment } => {
            view! { <AssessmentPage course assessment /> }.into_any()
        }
        Route::Review => view! { <ReviewPage /> }.into_any(),
        // section: portfolio pages
        Route::Portfolio => view! { <PortfolioPage /> }.into_any(),
        Route::ProfileEdit => view! { <ProfileForm /> }.into_any(),
        Route::EntryEdit { entry } => view! { <EntryForm entry /> }.into_any(),
        // section: export and settings pages
        Route::Cv => view! { <CvPage /> }.into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    }
}
