//! Photos are made small in the browser before they are stored: a phone photo (3 to 12 MB) would
//! fill a low-end phone's storage and a backup. The file is decoded by the browser
//! (`createImageBitmap`, which also applies the photo's EXIF orientation), drawn scaled down on a
//! canvas and encoded as JPEG, stepping the quality down and then the size down until it fits.
//! No image code ships in the wasm: the browser's decoders and encoder do the work.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// An image ready to store.
#[derive(Clone, Debug, PartialEq)]
pub struct Compressed {
    pub bytes: Vec<u8>,
    /// What the encoder gave: `image/jpeg`.
    pub media_type: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// The browser cannot decode the file (not an image, or a format it does not read, such as
    /// HEIC on most Android browsers).
    #[error("the file is not an image the browser can read")]
    NotAnImage,
    /// Even small and at the lowest quality it stays above the limit.
    #[error("the image cannot be made small enough")]
    TooLarge,
    /// Canvas or encoder failure (out of memory on a very large photo, for instance).
    #[error("the browser could not encode the image")]
    Failed,
}

/// JPEG qualities tried in turn at each size; below 0.4 artefacts show on faces and text.
const QUALITIES: [f64; 6] = [0.85, 0.75, 0.65, 0.55, 0.45, 0.4];
/// Each size step keeps this share of the longest side.
const SHRINK: f64 = 0.75;
/// Below this longest side an image is no use: give up rather than store a thumbnail.
const MIN_SIDE: u32 = 96;

/// Decodes `file`, scales it so its longest side is at most `max_side` pixels, and encodes it as
/// JPEG in at most `max_bytes` bytes. Transparent areas become white (JPEG has no alpha).
pub async fn compress(
    file: &web_sys::File,
    max_side: u32,
    max_bytes: u32,
) -> Result<Compressed, ImageError> {
    let window = web_sys::window().ok_or(ImageError::Failed)?;
    let decoding = window
        .create_image_bitmap_with_blob(file)
        .map_err(|_| ImageError::NotAnImage)?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(decoding)
        .await
        .map_err(|_| ImageError::NotAnImage)?
        .dyn_into()
        .map_err(|_| ImageError::NotAnImage)?;
    let result = encode(&bitmap, max_side, max_bytes).await;
    // Frees the decoded pixels now rather than at the next garbage collection: on a phone a
    // 12-megapixel bitmap is 48 MB.
    bitmap.close();
    result
}

async fn encode(
    bitmap: &web_sys::ImageBitmap,
    max_side: u32,
    max_bytes: u32,
) -> Result<Compressed, ImageError> {
    let (width, height) = (bitmap.width(), bitmap.height());
    let longest = width.max(height);
    if longest == 0 {
        return Err(ImageError::NotAnImage);
    }
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or(ImageError::Failed)?;
    let mut side = max_side.max(1).min(longest);
    loop {
        let scale = f64::from(side) / f64::from(longest);
        let w = ((f64::from(width) * scale).round() as u32).max(1);
        let h = ((f64::from(height) * scale).round() as u32).max(1);
        draw(&canvas, bitmap, w, h)?;
        for quality in QUALITIES {
            let blob = to_jpeg(&canvas, quality).await?;
            if blob.size() <= f64::from(max_bytes) {
                let buffer = JsFuture::from(blob.array_buffer())
                    .await
                    .map_err(|_| ImageError::Failed)?;
                return Ok(Compressed {
                    bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
                    media_type: blob.type_(),
                    width: w,
                    height: h,
                });
            }
        }
        if side <= MIN_SIDE {
            return Err(ImageError::TooLarge);
        }
        side = ((f64::from(side) * SHRINK) as u32).max(MIN_SIDE);
    }
}

fn draw(
    canvas: &web_sys::HtmlCanvasElement,
    bitmap: &web_sys::ImageBitmap,
    w: u32,
    h: u32,
) -> Result<(), ImageError> {
    canvas.set_width(w);
    canvas.set_height(h);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(ImageError::Failed)?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(w), f64::from(h));
    // Not in web-sys yet; "high" makes large reductions smooth instead of aliased.
    let _ = js_sys::Reflect::set(
        &context,
        &JsValue::from_str("imageSmoothingQuality"),
        &JsValue::from_str("high"),
    );
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, f64::from(w), f64::from(h))
        .map_err(|_| ImageError::Failed)
}

/// `canvas.toBlob(…, "image/jpeg", quality)` as a future.
async fn to_jpeg(
    canvas: &web_sys::HtmlCanvasElement,
    quality: f64,
) -> Result<web_sys::Blob, ImageError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        if canvas
            .to_blob_with_type_and_encoder_options(
                done.unchecked_ref(),
                "image/jpeg",
                &JsValue::from_f64(quality),
            )
            .is_err()
        {
            let _ = reject.call0(&JsValue::NULL);
        }
    });
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|blob| blob.dyn_into::<web_sys::Blob>().ok())
        .ok_or(ImageError::Failed)
}
