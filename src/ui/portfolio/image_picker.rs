use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::context::use_app;
use crate::app::image::{ImageError, compress};
use crate::core::portfolio::{ImageData, ImageRef, Problem};
use crate::i18n::Msg;
use crate::ui::common::object_url;
use crate::ui::portfolio::{described_by, new_id};

/// An image the learner picked, compressed and ready to store with the next Save.
#[derive(Clone, Debug, PartialEq)]
pub struct Picked {
    pub image: ImageRef,
    pub bytes: Vec<u8>,
    /// A `blob:` URL to preview it before it is stored; the form revokes it.
    pub url: String,
}

impl Picked {
    pub fn data(&self) -> ImageData {
        ImageData {
            id: self.image.id.clone(),
            bytes: self.bytes.clone(),
        }
    }
}

/// A file input for images: each picked file is decoded, scaled and compressed on the device
/// (`app::image::compress`), then handed to `on_picked`. A file that is not an image, or that
/// cannot be made small enough, is said right under the input.
#[component]
pub fn ImagePicker(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    max_side: u32,
    max_bytes: u32,
    /// How many more images may be added; at 0 the input gives way to a note.
    #[prop(into)]
    room: Signal<usize>,
    on_picked: Callback<Picked>,
    /// The form's own problem with the images, shown in the same place.
    #[prop(optional, into)]
    problem: Signal<Option<Problem>>,
) -> impl IntoView {
    let app = use_app();
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ImageError>);
    let hint_id = format!("{id}-hint");
    let problem_id = format!("{id}-problem");
    let troubled = move || failure.with(Option::is_some) || problem.with(Option::is_some);
    let describe = {
        let (hint_id, problem_id) = (hint_id.clone(), problem_id.clone());
        move || described_by(Some(&hint_id), troubled().then_some(problem_id.as_str()))
    };
    let on_change = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let mut files = Vec::new();
        if let Some(list) = input.files() {
            for index in 0..list.length() {
                files.extend(list.get(index));
            }
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
        files.truncate(room.get_untracked());
        if files.is_empty() {
            return;
        }
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            for file in files {
                match compress(&file, max_side, max_bytes).await {
                    Ok(compressed) => {
                        let Some(url) = object_url(&compressed.bytes, &compressed.media_type)
                        else {
                            failure.set(Some(ImageError::Failed));
                            continue;
                        };
                        let image = ImageRef {
                            id: new_id("img"),
                            media_type: compressed.media_type,
                            width: compressed.width,
                            height: compressed.height,
                            bytes: compressed.bytes.len() as u32,
                            alt: String::new(),
                        };
                        on_picked.run(Picked {
                            image,
                            bytes: compressed.bytes,
                            url,
                        });
                    }
                    Err(error) => failure.set(Some(error)),
                }
            }
            busy.set(false);
        });
    };
    let message = move || {
        let locale = app.locale.get();
        match failure.get() {
            Some(ImageError::NotAnImage) => Some(locale.t(Msg::ImageNotAnImage).to_owned()),
            Some(ImageError::TooLarge) => Some(locale.t(Msg::ImageTooLarge).to_owned()),
            Some(ImageError::Failed) => Some(locale.t(Msg::ImageFailed).to_owned()),
            None => problem.get().map(|problem| locale.field_problem(problem)),
        }
    };
    let full = move || room.get() == 0;
    view! {
        <div class="field image-picker" class:field--invalid=troubled>
            <label for=id.clone() hidden=full>{move || label.get()}</label>
            <p class="field__hint" id=hint_id>
                {move || if full() { app.locale.get().images_full(crate::core::portfolio::MAX_IMAGES) } else { app.locale.get().image_hint(max_bytes) }}
            </p>
            <input id=id.clone() type="file" accept="image/*" hidden=full
                multiple=move || { room.get() > 1 }
                aria-describedby=describe aria-invalid=move || troubled().then_some("true")
                on:change=on_change />
            <p class="image-picker__busy" role="status">
                {move || busy.get().then(|| app.t(Msg::Compressing))}
            </p>
            {move || message().map(|text| view! {
                <p class="field__problem" id=problem_id.clone() role="alert">
                    <span aria-hidden="true">"⚠ "</span>{text}
                </p>
            })}
        </div>
    }
}
