//! The only module that touches `window`: storage, location, randomness,
//! focus, printing, clipboard, downloads and messages to the host page.
//!
//! Every function here turns browser failures into typed results instead of
//! panicking: storage can be blocked in cross-site iframes, full, or absent,
//! and the widget must keep working all the same.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, Storage, Window};

use crate::core::model::AssessmentId;

/// The one `localStorage` key the widget writes.
pub const DRAFT_KEY: &str = "partnership-selfcheck:draft";

/// Why the device could not keep the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Reading `localStorage` threw (e.g. `SecurityError` in an iframe) or it
    /// does not exist.
    Unavailable,
    /// A write threw, most likely `QuotaExceededError`.
    WriteFailed,
}

fn window() -> Option<Window> {
    web_sys::window()
}

fn storage() -> Result<Storage, StorageProblem> {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageProblem::Unavailable)
}

/// Reads the saved draft, if any.
pub fn load_draft() -> Result<Option<String>, StorageProblem> {
    storage()?.get_item(DRAFT_KEY).map_err(|_| StorageProblem::Unavailable)
}

/// Saves the draft.
pub fn save_draft(text: &str) -> Result<(), StorageProblem> {
    storage()?.set_item(DRAFT_KEY, text).map_err(|_| StorageProblem::WriteFailed)
}

/// Removes the saved draft.
pub fn clear_draft() -> Result<(), StorageProblem> {
    storage()?.remove_item(DRAFT_KEY).map_err(|_| StorageProblem::WriteFailed)
}

/// A new random assessment id from the browser's cryptographic generator.
/// Falls back to `Math.random` only where `crypto` is missing, because an id
/// only has to keep one team's assessments apart.
pub fn random_id() -> AssessmentId {
    let mut bytes = [0u8; 5];
    let filled = window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    AssessmentId::from_random(bytes)
}

/// The URL's query string (without `?`), for the embed configuration.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|q| q.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// The URL's fragment (without `#`).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading, so that a
/// reload after leaving shared results does not open them again.
pub fn clear_fragment() {
    if let Some(w) = window() {
        let location = w.location();
        let path = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
        }
    }
}

/// This page's address without its fragment, for building share links.
pub fn page_address() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The address of another page of the widget, relative to this one (e.g.
/// `"tools/"` or `"../"`), keeping the embed configuration and the fragment
/// so that a forwarded team link still opens.
pub fn sibling_page(relative: &str) -> String {
    let query = query();
    let fragment = fragment();
    let mut address = relative.to_owned();
    if !query.is_empty() {
        address.push('?');
        address.push_str(&query);
    }
    if !fragment.is_empty() {
        address.push('#');
        address.push_str(&fragment);
    }
    address
}

/// The address of another page of the widget, keeping the embed
/// configuration but not this page's fragment.
pub fn page_link(relative: &str) -> String {
    let query = query();
    if query.is_empty() {
        relative.to_owned()
    } else {
        format!("{relative}?{query}")
    }
}

/// Replaces this page with another, without a history entry.
pub fn go_to(address: &str) {
    if let Some(w) = window() {
        let _ = w.location().replace(address);
    }
}

/// Moves keyboard and screen-reader focus to the element with the given id,
/// without scrolling the host page more than needed.
pub fn focus_by_id(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Writes a message to the developer console, for configuration warnings.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Copies text to the clipboard. `false` when the Clipboard API is missing
/// or access is denied (e.g. inside an iframe without permission); the
/// caller then shows the text pre-selected for copying by hand.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else { return false };
    // Read the property by reflection: on insecure pages it is undefined,
    // and calling a method on undefined would throw past our error handling.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else { return false };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers text as a file download, without any network request.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let anchor = window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let done = match anchor {
        Some(anchor) => {
            anchor.set_href(&url);
            anchor.set_download(file_name);
            anchor.click();
            true
        }
        None => false,
    };
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// Why a chosen file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileReadProblem {
    /// The file is larger than the limit; it was not read at all.
    TooLarge { bytes: u64 },
    /// The browser could not read it.
    Unreadable,
}

/// Reads a chosen or dropped file as text, refusing files over `limit`
/// bytes before reading them, so a huge file never reaches memory.
pub async fn read_file(file: web_sys::File, limit: usize) -> Result<String, FileReadProblem> {
    let bytes = file.size() as u64;
    if bytes > limit as u64 {
        return Err(FileReadProblem::TooLarge { bytes });
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(FileReadProblem::Unreadable)
}

/// Selects the text of an input field, so it can be copied by hand.
pub fn select_text(id: &str) {
    let input = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// Sets a CSS custom property on the mount element through the CSSOM, which
/// the strict Content-Security-Policy allows (an inline `style` attribute
/// would be blocked).
pub fn set_theme_property(mount_id: &str, name: &str, value: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(mount_id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.style().set_property(name, value);
    }
}

/// Marks the widget's language on its mount element, so screen readers
/// pronounce the content correctly whatever the host page's language.
pub fn set_language(mount_id: &str, language: &str) {
    let element = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(mount_id));
    if let Some(element) = element {
        let _ = element.set_attribute("lang", language);
    }
}

/// The message type the widget posts to an embedding page.
pub const RESIZE_MESSAGE: &str = "partnership-selfcheck:resize";

/// When the widget runs inside an iframe, tells the parent page its height
/// whenever it changes, so `embed.js` can fit the iframe to it. The message
/// holds only the type and the height: no answers ever cross to the host.
pub fn post_height_changes(mount_id: &str) {
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let Some(element) = w.document().and_then(|d| d.get_element_by_id(mount_id)) else { return };
    let observed = element.clone();
    let post = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let Some(w) = window() else { return };
        let bottom = observed.get_bounding_client_rect().bottom() + w.scroll_y().unwrap_or(0.0);
        // The body's margin below the widget is part of the page's height.
        let height = (bottom + 8.0).ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = w.parent() {
            // "*" is safe: the message carries nothing but a height.
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&element);
    }
    // The observer lives as long as the page, so its callback must too.
    post.forget();
}
