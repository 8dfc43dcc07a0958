//! The only code that talks to the network: the catalog, bundle and asset downloads (with
//! progress), and the SHA-256 check, done by the browser's Web Crypto so no hashing code ships in
//! the wasm. Nothing here stores anything; `app::install` decides what to do with the bytes.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, RequestCache, RequestInit, Response};

use crate::core::catalog::{self, Catalog};

/// Where `nour-bundle pack --out` output is published, relative to the app's root.
pub const CATALOG_BASE: &str = "/catalog/";

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum NetError {
    /// No answer: offline, DNS, connection dropped mid-download.
    #[error("network error: {0}")]
    Unreachable(String),
    #[error("HTTP {0}")]
    Status(u16),
    #[error("the server sent {received} bytes where {expected} were announced")]
    Truncated { expected: u64, received: u64 },
    /// The catalog breaks a rule; `first` is the JSON path of its first problem. The problems
    /// themselves are for the trainer's `nour-bundle`, not worth their words in the first load.
    #[error("invalid catalog: {problems} problem(s), the first at {first}")]
    InvalidCatalog { problems: usize, first: String },
}

fn js_text(value: &JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Fetches and validates the catalog. Always revalidates with the server: a stale catalog would
/// announce hashes that no longer match.
pub async fn fetch_catalog() -> Result<Catalog, NetError> {
    let bytes = fetch_bytes(&format!("{CATALOG_BASE}catalog.json"), None, |_, _| {}).await?;
    let text = String::from_utf8_lossy(&bytes);
    catalog::parse(&text).map_err(|issues| NetError::InvalidCatalog {
        problems: issues.len(),
        first: issues
            .into_iter()
            .next()
            .map(|issue| issue.path)
            .unwrap_or_default(),
    })
}

/// Downloads a URL relative to the catalog, calling `on_progress(received, expected)` as chunks
/// arrive. `expected` is the size the catalog announced (the server's own length may be
/// compressed), and a body that does not reach it is refused as truncated.
pub async fn fetch_from_catalog(
    relative_url: &str,
    expected: u64,
    on_progress: impl Fn(u64, u64),
) -> Result<Vec<u8>, NetError> {
    fetch_bytes(
        &format!("{CATALOG_BASE}{relative_url}"),
        Some(expected),
        on_progress,
    )
    .await
}

async fn fetch_bytes(
    url: &str,
    expected: Option<u64>,
    on_progress: impl Fn(u64, u64),
) -> Result<Vec<u8>, NetError> {
    Pending::start(url)?.bytes(expected, on_progress).await
}

/// A request already sent. Starting several before reading any lets them download side by side:
/// on a slow link each request costs a round trip, which is paid once for the batch.
pub struct Pending(JsFuture);

impl Pending {
    /// Sends the request now.
    pub fn start(url: &str) -> Result<Pending, NetError> {
        let window = web_sys::window().ok_or_else(|| NetError::Unreachable("no window".into()))?;
        let init = RequestInit::new();
        init.set_cache(RequestCache::NoCache);
        Ok(Pending(JsFuture::from(
            window.fetch_with_str_and_init(url, &init),
        )))
    }

    /// Sends a request for a URL relative to the catalog.
    pub fn from_catalog(relative_url: &str) -> Result<Pending, NetError> {
        Pending::start(&format!("{CATALOG_BASE}{relative_url}"))
    }

    /// Reads the whole body, calling `on_progress(received, expected)` as parts arrive, and
    /// refuses a body shorter than `expected` as truncated.
    pub async fn bytes(
        self,
        expected: Option<u64>,
        on_progress: impl Fn(u64, u64),
    ) -> Result<Vec<u8>, NetError> {
        let response: Response = self
            .0
            .await
            .map_err(|e| NetError::Unreachable(js_text(&e)))?
            .unchecked_into();
        if !response.ok() {
            return Err(NetError::Status(response.status()));
        }
        let Some(body) = response.body() else {
            return Ok(Vec::new());
        };
        let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        let total = expected.unwrap_or(0);
        let mut bytes = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
        loop {
            let chunk = JsFuture::from(reader.read())
                .await
                .map_err(|e| NetError::Unreachable(js_text(&e)))?;
            let done = Reflect::get(&chunk, &"done".into())
                .ok()
                .and_then(|d| d.as_bool())
                .unwrap_or(true);
            if done {
                break;
            }
            if let Ok(value) = Reflect::get(&chunk, &"value".into()) {
                bytes.extend(Uint8Array::new(&value).to_vec());
                on_progress(bytes.len() as u64, total.max(bytes.len() as u64));
            }
        }
        // A longer body is left to the hash check, which names the real problem.
        if let Some(expected) = expected
            && (bytes.len() as u64) < expected
        {
            return Err(NetError::Truncated {
                expected,
                received: bytes.len() as u64,
            });
        }
        Ok(bytes)
    }
}

/// SHA-256 as 64 lowercase hex digits, computed by the browser.
pub async fn sha256_hex(bytes: &[u8]) -> Result<String, NetError> {
    let crypto = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .ok_or_else(|| NetError::Unreachable("Web Crypto is unavailable".into()))?;
    let promise = crypto
        .subtle()
        .digest_with_str_and_u8_array("SHA-256", bytes)
        .map_err(|e| NetError::Unreachable(js_text(&e)))?;
    let digest = JsFuture::from(promise)
        .await
        .map_err(|e| NetError::Unreachable(js_text(&e)))?;
    Ok(Uint8Array::new(&digest)
        .to_vec()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}
