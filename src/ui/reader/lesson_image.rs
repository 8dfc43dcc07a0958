use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::load::load;
use crate::i18n::Msg;
use crate::storage::Store;
use crate::ui::common::object_url;

/// An image from the course's stored assets, shown through a `blob:` URL that is released when
/// the view goes away.
#[component]
pub fn LessonImage(
    course_id: String,
    path: String,
    alt: String,
    media_type: String,
) -> impl IntoView {
    let app = use_app();
    let url = load(move || {
        let (course_id, path, media_type) = (course_id.clone(), path.clone(), media_type.clone());
        async move {
            let bytes = app.store().ok()?.asset(&course_id, &path).await.ok()??;
            object_url(&bytes, &media_type)
        }
    });
    on_cleanup(move || {
        if let Some(Some(url)) = url.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
    view! {
        {move || match url.get() {
            None => ().into_any(),
            Some(Some(src)) => view! { <img class="lesson-image" src=src alt=alt.clone() loading="lazy" /> }.into_any(),
            Some(None) => view! { <span class="lesson-image lesson-image--missing" role="img" aria-label=alt.clone()>{app.t(Msg::ImageMissing)}</span> }.into_any(),
        }}
    }
}
