use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::{AppContext, use_app};
use crate::app::load::load;
use crate::core::catalog::{CatalogAsset, CatalogEntry};
use crate::core::model::Asset;
use crate::i18n::Msg;
use crate::net;
use crate::storage::{Store, StoreError, StoredAsset};
use crate::ui::common::object_url;

/// Numbers the descriptions of missing images, so each download button can point at its own.
static DESCRIPTIONS: AtomicUsize = AtomicUsize::new(0);

/// Where fetching a missing image stands.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fetch {
    Idle,
    Working,
    Failed(Msg),
}

/// An image from the course's stored assets, shown through a `blob:` URL that is released when
/// the view goes away.
///
/// An image that is not on the device (its media were removed, or the course came with the data
/// saver on) shows its description instead, with a button that fetches that one file, at the
/// size the bundle declares: the bytes must match the bundle's SHA-256 before they are stored,
/// and the image then shows. Offline, it says a connection is needed. Everything sits in a
/// `<span>`, because Markdown puts images inside paragraphs.
#[component]
pub fn LessonImage(
    course_id: String,
    path: String,
    alt: String,
    /// The bundle's declaration of the image: media type, and the size and SHA-256 that a packed
    /// bundle always has. `None` if the bundle does not declare it.
    asset: Option<Asset>,
) -> impl IntoView {
    let app = use_app();
    let media_type = asset
        .as_ref()
        .map(|asset| asset.media_type.clone())
        .unwrap_or_default();
    // Bumped once a fetched image is stored, so it is read back from the store and shown.
    let stored = RwSignal::new(0_u32);
    let url = {
        let (course_id, path) = (course_id.clone(), path.clone());
        load(move || {
            stored.track();
            let (course_id, path, media_type) =
                (course_id.clone(), path.clone(), media_type.clone());
            async move {
                let bytes = app.store().ok()?.asset(&course_id, &path).await.ok()??;
                object_url(&bytes, &media_type)
            }
        })
    };
    // Every URL made here, the one on screen included, is released with the view.
    let made = StoredValue::new(Vec::<String>::new());
    Effect::new(move || {
        if let Some(Some(url)) = url.get() {
            made.update_value(|urls| urls.push(url));
        }
    });
    on_cleanup(move || {
        for url in made.get_value() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });

    // Only a declared image with its size and hash can be fetched and checked.
    let remote = asset.and_then(|asset| {
        Some(CatalogAsset {
            path: path.clone(),
            size: asset.size?,
            sha256: asset.sha256?,
        })
    });
    let state = RwSignal::new(Fetch::Idle);
    let description_id = format!(
        "lesson-image-{}",
        DESCRIPTIONS.fetch_add(1, Ordering::Relaxed)
    );
    let alt = StoredValue::new(alt);
    let course_id = StoredValue::new(course_id);
    let remote = StoredValue::new(remote);
    let fetch = move |_| {
        let Some(remote) = remote.get_value() else {
            return;
        };
        if state.get_untracked() == Fetch::Working {
            return;
        }
        state.set(Fetch::Working);
        spawn_local(async move {
            match fetch_image(app, &course_id.get_value(), remote).await {
                Ok(()) => {
                    let _ = state.try_set(Fetch::Idle);
                    let _ = stored.try_update(|n| *n += 1);
                    app.installed_changed();
                }
                Err(msg) => {
                    let _ = state.try_set(Fetch::Failed(msg));
                }
            }
        });
    };

    let missing = move || {
        let locale = app.locale.get();
        let Some(size) = remote.with_value(|remote| remote.as_ref().map(|r| r.size)) else {
            return view! {
                <span class="lesson-image lesson-image--missing" role="img" aria-label=alt.get_value()>
                    {locale.t(Msg::ImageMissing)}
                </span>
            }
            .into_any();
        };
        let id = description_id.clone();
        view! {
            <span class="lesson-image lesson-image--absent" data-testid="missing-image">
                <span class="lesson-image__alt" id=id.clone() dir="auto">
                    {locale.labelled(Msg::LessonImageLabel, &alt.get_value())}
                </span>
                {move || if app.online.get() {
                    view! {
                        <button type="button" class="button" aria-describedby=id.clone() on:click=fetch>
                            {move || app.locale.get().download_image(size)}
                        </button>
                    }.into_any()
                } else {
                    view! { <span class="lesson-image__note">{move || app.t(Msg::ImageNeedsConnection)}</span> }.into_any()
                }}
                <span class="lesson-image__status" role="status" aria-live="polite">
                    {move || match state.get() {
                        Fetch::Working => Some(app.t(Msg::ImageDownloading)),
                        _ => None,
                    }}
                </span>
                {move || match state.get() {
                    Fetch::Failed(msg) => Some(view! {
                        <span class="lesson-image__error" role="alert">{app.t(msg)}</span>
                    }),
                    _ => None,
                }}
            </span>
        }
        .into_any()
    };

    view! {
        {move || match url.get() {
            None => ().into_any(),
            Some(Some(src)) => view! { <img class="lesson-image" src=src alt=alt.get_value() loading="lazy" /> }.into_any(),
            Some(None) => missing(),
        }}
    }
}

/// Downloads one asset from the catalog, checks it against the bundle's SHA-256 and stores it
/// with the course; what to tell the learner otherwise. Nothing is stored unless it matched.
async fn fetch_image(app: AppContext, course_id: &str, remote: CatalogAsset) -> Result<(), Msg> {
    let failed = |error: &dyn std::fmt::Display| {
        web_sys::console::warn_1(&format!("image {}: {error}", remote.path).into());
        Msg::ImageDownloadFailed
    };
    let bytes = net::fetch_from_catalog(&CatalogEntry::asset_url(&remote), remote.size, |_, _| {})
        .await
        .map_err(|error| failed(&error))?;
    let actual = net::sha256_hex(&bytes)
        .await
        .map_err(|error| failed(&error))?;
    if actual != remote.sha256 {
        return Err(Msg::ImageDamaged);
    }
    let store = app.store().map_err(|_| Msg::ErrStorage)?;
    store
        .put_asset(
            course_id,
            StoredAsset {
                path: remote.path.clone(),
                bytes,
            },
        )
        .await
        .map_err(|error| match error {
            StoreError::QuotaExceeded => Msg::ErrQuota,
            _ => Msg::ErrStorage,
        })
}
