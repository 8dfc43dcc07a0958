//! Saving bytes the app made (exports, backups) as a file in the learner's downloads: a `Blob`,
//! an object URL, a temporary `<a download>` clicked once, and the URL released afterwards.
//! Nothing leaves the device. Also the file names: the learner's name as a slug and the date.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Why a file could not be saved: the browser refused to make the blob or the link.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("the file could not be saved: {0}")]
pub struct DownloadError(String);

/// Hands `bytes` to the browser as a download named `file_name`.
pub fn save(bytes: &[u8], file_name: &str, media_type: &str) -> Result<(), DownloadError> {
    let fail = |what: &str| DownloadError(what.to_owned());
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("object URL"))?;
    let clicked = click_link(&url, file_name);
    // The browser has read the URL when the click returns in Chromium, but Safari and old
    // WebViews read it a moment later: release it after a while rather than at once.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    clicked
}

fn click_link(url: &str, file_name: &str) -> Result<(), DownloadError> {
    let fail = |what: &str| DownloadError(what.to_owned());
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let body = document.body().ok_or_else(|| fail("no body"))?;
    let link = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| fail("link"))?;
    link.set_attribute("href", url).map_err(|_| fail("link"))?;
    link.set_attribute("download", file_name)
        .map_err(|_| fail("link"))?;
    link.set_attribute("hidden", "").map_err(|_| fail("link"))?;
    body.append_child(&link).map_err(|_| fail("link"))?;
    link.click();
    link.remove();
    Ok(())
}

/// Today in the learner's time zone, as `YYYY-MM-DD` (sorts well in a downloads folder).
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// `prefix-<name slug>-<date>.<extension>`, or `prefix-<date>.<extension>` without a name.
pub fn file_name(prefix: &str, learner_name: &str, extension: &str) -> String {
    let slug = slug(learner_name);
    let date = today();
    if slug.is_empty() {
        format!("{prefix}-{date}.{extension}")
    } else {
        format!("{prefix}-{slug}-{date}.{extension}")
    }
}

/// A name as a file-name part: lower case, Latin accents dropped, any other letter (Arabic,
/// Tifinagh) kept, everything else a single `-`. "Amina El Idrissi" → "amina-el-idrissi".
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = unaccent(c);
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    // Keep file names short; cut at a char boundary.
    slug.chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

fn unaccent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs() {
        assert_eq!(slug("Amina El Idrissi"), "amina-el-idrissi");
        assert_eq!(slug("  Hélène  D'Aubigné "), "helene-d-aubigne");
        assert_eq!(slug("أمينة الإدريسي"), "أمينة-الإدريسي");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slug(""), "");
    }
}
