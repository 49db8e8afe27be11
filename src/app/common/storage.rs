//! What the tools and district pages keep between visits: reading a
//! storage key once at the start, and doing after each change what the
//! page's state says to keep.

use crate::browser;
use crate::core::tools::{Keep, StorageBlocked, Stored};

/// What storage holds under `key`, or that it is out of reach.
pub fn stored(key: &str) -> Stored {
    browser::load_text(key).map_err(|_| StorageBlocked)
}

/// Does what the state says with one storage key; `false` when writing
/// failed (storage full or blocked).
pub fn keep(key: &str, what: Keep) -> bool {
    match what {
        Keep::Write(text) => browser::save_text(key, &text).is_ok(),
        Keep::Remove => {
            browser::remove_text(key);
            true
        }
        Keep::Leave => true,
    }
}
