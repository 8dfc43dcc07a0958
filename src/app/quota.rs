//! Room on the device before a download: the learner pays for every byte, so a course that would
//! not fit is refused before anything is fetched, with the space it needs and the space left.
//!
//! The check reads `navigator.storage.estimate()` (`quota - usage`). It is a first line only:
//! since Chrome 138 the quota it reports is `usage` plus a bucketed value (at least 1 GiB, at
//! most 10 GiB) rather than the quota Chrome enforces, so on Chrome it catches only a nearly full
//! disk; Firefox and Safari report the real figure. What always holds is the second line: every
//! write is one IndexedDB transaction, so a `QuotaExceededError` (`StoreError::QuotaExceeded`)
//! leaves a staged part whole or absent and the course on the device whole or as it was.

use crate::app::persist::{self, Estimate};

/// Fixed room for what an install writes besides the files themselves: the course record, the
/// keys, and IndexedDB's own bookkeeping.
const OVERHEAD: u64 = 64 * 1024;

/// Not enough room for a download: what it needs on the device and what the browser says is
/// left, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not enough storage: {needed} bytes needed, {available} left")]
pub struct NoRoom {
    pub needed: u64,
    pub available: u64,
}

/// The room a download needs on the device, from its bundle text and its media (bytes as the
/// catalog announces them): three times the text, twice the media, plus [`OVERHEAD`].
///
/// Chromium checks the quota against the bytes each transaction writes, not the net change, and
/// a download writes each byte twice: every verified part is staged as it arrives (so a cut
/// download resumes), then the install writes the whole course, dropping the staged parts in the
/// same transaction. The install writes the bundle as a string, and a string with a single
/// character outside Latin-1 (an Arabic letter, a French `’` or `…`) is kept as UTF-16: measured
/// in Chromium 156, 1 MB of mostly ASCII text with one `…` took 2.0 MB, where 1 MB of image bytes
/// took 1.0 MB. Hence 1 + 2 for the text and 1 + 1 for the media. Refusing a course that would
/// have just fitted costs the learner a visit to the storage screen; accepting one that does not
/// fit costs her the whole download.
pub fn space_needed(text: u64, media: u64) -> u64 {
    text.saturating_mul(3)
        .saturating_add(media.saturating_mul(2))
        .saturating_add(OVERHEAD)
}

/// Whether `needed` bytes fit in what `estimate` says is left.
pub fn room_for(needed: u64, estimate: Estimate) -> Result<(), NoRoom> {
    let available = estimate.quota.saturating_sub(estimate.usage);
    if needed <= available {
        Ok(())
    } else {
        Err(NoRoom { needed, available })
    }
}

/// Checks with the browser that `bytes` (from [`space_needed`]) fit. A browser that gives no
/// estimate (no `navigator.storage`) is not a reason to refuse: the transactions still guard.
pub async fn check_room(bytes: u64) -> Result<(), NoRoom> {
    match persist::estimate().await {
        Some(estimate) => room_for(bytes, estimate),
        None => Ok(()),
    }
}
