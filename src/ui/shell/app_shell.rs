use leptos::prelude::*;

use crate::app::context::use_app;
use crate::i18n::Msg;
use crate::ui::shell::{LanguageSwitcher, OfflineNotice, UpdateBanner};

#[component]
pub fn AppShell(children: Children) -> impl IntoView {
    let app = use_app();
    view! {
        <a class="skip-link" href="#content">{move || app.t(Msg::SkipToContent)}</a>
        <header class="app-header">
            <a href="/" class="app-header__brand">
                <span class="app-header__name">"Nour"</span>
                <span class="app-header__tagline">{move || app.t(Msg::AppTagline)}</span>
            </a>
            <nav class="app-header__nav" aria-label="Nour">
                <a href="/">{move || app.t(Msg::NavCourses)}</a>
                <a href="/review">{move || app.t(Msg::NavReview)}</a>
                <a href="/portfolio">{move || app.t(Msg::NavPortfolio)}</a>
                <a href="/settings">{move || app.t(Msg::NavSettings)}</a>
            </nav>
            <LanguageSwitcher />
        </header>
        <OfflineNotice />
        <UpdateBanner />
        <main id="content" class="app-main" tabindex="-1">
            {children()}
        </main>
    }
}
