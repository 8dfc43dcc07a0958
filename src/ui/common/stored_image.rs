use leptos::prelude::*;

use crate::app::context::use_app;
use crate::app::load::load;
use crate::i18n::Msg;
use crate::storage::Store;

/// A portfolio image (profile photo, entry image) read from the store and shown through a
/// `blob:` URL that is released when the view goes away. While it loads nothing is shown; an
/// image that is no longer stored shows its text alternative.
#[component]
pub fn StoredImage(
    /// The image's id, as in [`crate::core::portfolio::ImageRef::id`].
    #[prop(into)]
    id: String,
    /// Its text alternative; empty for a decorative image.
    #[prop(into)]
    alt: String,
    /// Extra class names on the `<img>`.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let app = use_app();
    let url = load(move || {
        let id = id.clone();
        async move {
            let bytes = app.store().ok()?.image(&id).await.ok()??;
            object_url(&bytes, media_type(&bytes))
        }
    });
    on_cleanup(move || {
        if let Some(Some(url)) = url.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
    let class = format!("stored-image {class}").trim().to_owned();
    view! {
        {move || match url.get() {
            None => ().into_any(),
            Some(Some(src)) => view! { <img class=class.clone() src=src alt=alt.clone() decoding="async" /> }.into_any(),
            Some(None) => view! {
                <span class=format!("{class} stored-image--missing") role="img" aria-label=alt.clone()>
                    {move || app.t(Msg::ImageMissing)}
                </span>
            }.into_any(),
        }}
    }
}

/// A `blob:` URL showing bytes in an `<img>`; the caller revokes it when the image goes.
pub fn object_url(bytes: &[u8], media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Stored image bytes are typed from their first bytes (the store keeps bytes only).
fn media_type(bytes: &[u8]) -> &'static str {
    match bytes {
        [0xFF, 0xD8, ..] => "image/jpeg",
        [0x89, b'P', b'N', b'G', ..] => "image/png",
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'E',
            b'B',
            b'P',
            ..,
        ] => "image/webp",
        [b'G', b'I', b'F', ..] => "image/gif",
        _ => "application/octet-stream",
    }
}
