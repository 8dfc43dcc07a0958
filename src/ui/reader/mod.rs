//! Reading a course on the device: its contents and progress, and its lessons.

mod course_page;
mod lesson_image;
mod lesson_page;
mod markdown_view;

pub use course_page::CoursePage;
pub use lesson_image::LessonImage;
pub use lesson_page::LessonPage;
pub use markdown_view::MarkdownView;

use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::course_data::CourseLoad;
use crate::i18n::Msg;

/// What the reader shows instead of a course that could not be opened.
pub(crate) fn course_unavailable(load: &CourseLoad) -> AnyView {
    let app = use_app();
    let (msg, detail) = match load {
        CourseLoad::Failed(detail) => (Msg::ErrStorage, Some(detail.clone())),
        _ => (Msg::CourseNotOnDevice, None),
    };
    view! {
        <h1>{move || app.t(msg)}</h1>
        {detail.map(|detail| view! { <p dir="ltr"><code>{detail}</code></p> })}
        <p><a href="/">{move || app.t(Msg::BackToCourses)}</a></p>
    }
    .into_any()
}
