//! The only module that touches `window`: storage, location, randomness,
//! focus, printing, clipboard, downloads, messages to the host page, the
//! browser's languages, and the one request the widget makes after it has
//! loaded: a language file, when someone chooses a language it does not
//! carry.
//!
//! Every function here turns browser failures into typed results instead of
//! panicking: storage can be blocked in cross-site iframes, full, or absent,
//! and the widget must keep working all the same.

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

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

/// `localStorage`, through gloo-storage, once it is known to be reachable.
///
/// `LocalStorage::raw()` panics when the property getter throws, as it does
/// in a cross-site iframe with third-party storage blocked, so the getter is
/// tried here first and a failure becomes [`StorageProblem::Unavailable`].
/// The draft is a line of text followed by JSON rather than one JSON value,
/// so it is read and written as raw text, not through gloo's serde methods.
fn storage() -> Result<web_sys::Storage, StorageProblem> {
    match window().local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        _ => Err(StorageProblem::Unavailable),
    }
}

/// The `localStorage` key of the facilitator's team plan (tools page only).
pub const TEAM_PLAN_KEY: &str = "partnership-selfcheck:team-plan";

/// The `localStorage` key of last year's plan under review, with its
/// review (tools page only; `core::tools::review`).
pub const TEAM_REVIEW_KEY: &str = "partnership-selfcheck:team-review";

/// The `localStorage` key of the facilitator's pooled self-checks, kept as
/// their share codes (tools page only; `core::tools::kept`).
pub const TEAM_POOL_KEY: &str = "partnership-selfcheck:team-pool";

/// The `localStorage` key of the district coordinator's workspace: the
/// district's name and each round's schools with their team links
/// (district page only; `core::district`).
pub const DISTRICT_KEY: &str = "partnership-selfcheck:district";

/// Reads the saved draft, if any.
pub fn load_draft() -> Result<Option<String>, StorageProblem> {
    load_text(DRAFT_KEY)
}

/// Saves the draft.
pub fn save_draft(text: &str) -> Result<(), StorageProblem> {
    save_text(DRAFT_KEY, text)
}

/// Reads one of the widget's own keys.
pub fn load_text(key: &str) -> Result<Option<String>, StorageProblem> {
    storage()?.get_item(key).map_err(|_| StorageProblem::Unavailable)
}

/// Writes one of the widget's own keys.
pub fn save_text(key: &str, text: &str) -> Result<(), StorageProblem> {
    storage()?.set_item(key, text).map_err(|_| StorageProblem::WriteFailed)
}

/// Forgets one of the widget's own keys; nothing happens when storage is
/// out of reach, since then nothing was kept.
pub fn remove_text(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Sets a custom property on the document's root element, where the
/// page's `@page` rules read it (the running line of printouts). The CSSOM
/// is not inline style, so the strict CSP allows it.
pub fn set_document_property(name: &str, value: &str) {
    if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = root.style().set_property(name, value);
    }
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_element(id: &str) {
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Prints one part of the page: `class` goes on the widget's root while
/// the print dialog is open, so the print stylesheet shows only that part,
/// and comes off once printing is done.
pub fn print_part(mount_id: &str, class: &'static str) {
    let Some(root) = element_by_id(mount_id).and_then(|mount| mount.first_element_child()) else { return print() };
    let _ = root.class_list().add_1(class);
    let listener = gloo_events::EventListener::once(&window(), "afterprint", move |_| {
        let _ = root.class_list().remove_1(class);
    });
    listener.forget();
    print();
}

/// A new random assessment id from the browser's cryptographic generator.
/// Falls back to `Math.random` only where `crypto` is missing, because an id
/// only has to keep one team's assessments apart.
pub fn random_id() -> AssessmentId {
    let mut bytes = [0u8; 5];
    let filled = window().crypto().is_ok_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    AssessmentId::from_random(bytes)
}

/// The assessment id the page's loader chose when the person started on
/// its static copy of the first question (scripts/loader.js), so that the
/// app lists the practices in the order the person already sees there; a
/// new random id when there is none. The loader's choice is used once.
pub fn starting_id() -> AssessmentId {
    let root = document().document_element();
    let chosen = root.as_ref().and_then(|r| r.get_attribute(HANDED_OVER_ID));
    if let Some(root) = root {
        let _ = root.remove_attribute(HANDED_OVER_ID);
    }
    chosen.as_deref().and_then(AssessmentId::from_hex).unwrap_or_else(random_id)
}

/// The attribute on `<html>` that carries the loader's id (scripts/loader.js).
const HANDED_OVER_ID: &str = "data-psc-assessment";

/// Lets the browser run whatever is waiting (a tap, a paint) before going
/// on, so that starting the app is not one long task that a tap on the
/// static first screen would have to wait for.
pub async fn yield_to_browser() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// The URL's query string (without `?`), for the embed configuration.
pub fn query() -> String {
    window().location().search().map(|q| q.trim_start_matches('?').to_owned()).unwrap_or_default()
}

/// The URL's fragment (without `#`).
pub fn fragment() -> String {
    window().location().hash().map(|h| h.trim_start_matches('#').to_owned()).unwrap_or_default()
}

/// Calls `changed` with the new fragment (without `#`) whenever it changes
/// while the page is open, e.g. when a second link is pasted into the same
/// tab. History entries replaced by [`clear_fragment`] do not count. The
/// listener stays until the returned value is dropped.
pub fn on_fragment_change(mut changed: impl FnMut(String) + 'static) -> gloo_events::EventListener {
    gloo_events::EventListener::new(&window(), "hashchange", move |_| changed(fragment()))
}

/// Removes the fragment from the address bar without reloading, so that a
/// reload after leaving shared results does not open them again.
pub fn clear_fragment() {
    let location = window().location();
    let path = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// This page's address without its fragment, for building share links. It
/// keeps the embed settings but the language, which is the reader's own
/// choice (`config::shared_query`).
pub fn page_address() -> String {
    let location = window().location();
    let path = location.href().unwrap_or_default();
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    match crate::core::config::shared_query(query.trim_start_matches('?')) {
        kept if kept.is_empty() => path.to_owned(),
        kept => format!("{path}?{kept}"),
    }
}

/// The address of another page of the widget, relative to this one (e.g.
/// `"tools/"` or `"../"`), keeping the embed configuration and the fragment
/// so that a forwarded team link still opens.
pub fn sibling_page(relative: &str) -> String {
    let mut address = page_link(relative);
    let fragment = fragment();
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

/// Whether the widget runs inside another page's frame, as on a district's
/// website.
pub fn is_embedded() -> bool {
    let w = window();
    w.parent().ok().flatten().is_some_and(|parent| parent != w)
}

/// Whether the screen is as narrow as a phone's: the stylesheet's own
/// breakpoint (40rem), so both agree whatever the reader's font size.
pub fn is_narrow() -> bool {
    window().match_media("(max-width: 40rem)").ok().flatten().is_some_and(|query| query.matches())
}

/// Replaces this page with another, without a history entry.
pub fn go_to(address: &str) {
    let _ = window().location().replace(address);
}

/// The element the widget mounts into, if the page has one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id)
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// Writes a message to the developer console, for configuration warnings.
pub fn warn(message: &str) {
    gloo_console::warn!(message);
}

/// Copies text to the clipboard. `false` when the Clipboard API is missing
/// or access is denied (e.g. inside an iframe without permission); the
/// caller then shows the text pre-selected for copying by hand.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    // Read the property by reflection: on insecure pages it is undefined,
    // and calling a method on undefined would throw past our error handling.
    let clipboard =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok().and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else { return false };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The browser's own share sheet (`navigator.share`), where it has one:
/// phones mostly. It is read by reflection because web-sys offers it only
/// behind its unstable flag, and a missing one must simply hide the button.
fn share_function() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("share")).ok()?.dyn_into().ok()
}

/// Whether the browser can share a link through its own share sheet.
pub fn can_share() -> bool {
    share_function().is_some()
}

/// Shares a link through the browser's share sheet; `false` when there is
/// none, or the person closed it, or the page may not use it.
pub async fn share_link(title: &str, url: &str) -> bool {
    let Some(share) = share_function() else { return false };
    let data = js_sys::Object::new();
    let set = |key: &str, value: &str| js_sys::Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value)).is_ok();
    if !(set("title", title) && set("url", url)) {
        return false;
    }
    match share.call1(&window().navigator(), &data).map(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(Ok(promise)) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        _ => false,
    }
}

/// Today's date as the device writes it in `language`, for printouts only:
/// it is never put into anything shared.
pub fn local_date(language: &str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &JsValue::from_str("dateStyle"), &JsValue::from_str("long"));
    js_sys::Date::new_0().to_locale_date_string(language, &options).into()
}

/// Offers text as a file download, without any network request: the file
/// is a blob in memory, and its object URL is revoked when `url` is dropped.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    let Some(anchor) = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    true
}

/// Why a chosen file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileReadProblem {
    /// The file is larger than the limit; it was not read at all.
    TooLarge { bytes: u64 },
    /// The browser could not read it.
    Unreadable,
}

/// Reads a chosen or dropped file's bytes, refusing files over `limit`
/// bytes before reading them, so a huge file never reaches memory. The
/// bytes are made text by the core (`core::file::text_of`), strictly,
/// rather than by the browser, which would replace what is not UTF-8.
pub async fn read_file(file: web_sys::File, limit: usize) -> Result<Vec<u8>, FileReadProblem> {
    let file = gloo_file::File::from(file);
    let bytes = file.size();
    if bytes > limit as u64 {
        return Err(FileReadProblem::TooLarge { bytes });
    }
    gloo_file::futures::read_as_bytes(&file).await.map_err(|_| FileReadProblem::Unreadable)
}

/// Sets a CSS custom property on the mount element through the CSSOM, which
/// the strict Content-Security-Policy allows (an inline `style` attribute
/// would be blocked).
pub fn set_theme_property(mount_id: &str, name: &str, value: &str) {
    if let Some(element) = element_by_id(mount_id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.style().set_property(name, value);
    }
}

/// Marks the widget's language on its mount element, so screen readers
/// pronounce the content correctly whatever the host page's language.
pub fn set_language(mount_id: &str, language: &str, direction: &str, title: &str) {
    // The page's own root too: the widget's page is its own document (an
    // iframe on a district's site), so its <html> speaks the widget's
    // language, and its title with it.
    let root = document().document_element();
    for element in [element_by_id(mount_id), root].into_iter().flatten() {
        let _ = element.set_attribute("lang", language);
        let _ = element.set_attribute("dir", direction);
    }
    document().set_title(title);
}

/// The key of the person's language choice. It sits beside the draft
/// rather than in it, so that both pages share it and "Start over" keeps
/// it.
pub const LANGUAGE_KEY: &str = "partnership-selfcheck:language";

/// The language code the person chose on an earlier visit, if storage has
/// one.
pub fn load_language_choice() -> Option<String> {
    load_text(LANGUAGE_KEY).ok().flatten()
}

/// Keeps the person's language choice for their next visit. When storage
/// is blocked the choice lasts only as long as the page, which is all the
/// widget can do; it says so about the draft already.
pub fn save_language_choice(code: &str) {
    let _ = save_text(LANGUAGE_KEY, code);
}

/// The browser's preferred languages, most preferred first.
pub fn languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|tag| tag.as_string()).collect()
}

/// Fetches a text file from the widget's own folder. `None` when it cannot
/// be had: offline, not found, or not text.
pub async fn fetch_text(relative: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window().fetch_with_str(relative)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The message type the widget posts to an embedding page.
pub const RESIZE_MESSAGE: &str = "partnership-selfcheck:resize";

/// When the widget runs inside an iframe, tells the parent page its height
/// whenever it changes, so `embed.js` can fit the iframe to it. The message
/// holds only the type and the height: no answers ever cross to the host.
pub fn post_height_changes(mount_id: &str) {
    if !is_embedded() {
        return;
    }
    let Some(element) = element_by_id(mount_id) else { return };
    let observed = element.clone();
    let post = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let w = window();
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
