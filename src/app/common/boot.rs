//! What every page does when it starts: finding the element to mount
//! into, reading the embed configuration, and mounting the root component
//! in the language the page opens in.

use yew::prelude::*;

use super::language::{self, LanguageProblem, Page};
use super::widgets::{self, Text};
use crate::browser;
use crate::core::config::{self, Warning};
use crate::core::content::{self, Language};

/// The element id of the current screen's heading, which receives focus
/// after every navigation (the root passes its `NodeRef` to every screen) so that
/// screen-reader users hear where they are.
pub const HEADING_ID: &str = "psc-heading";

/// The id of the element the widget mounts into (see index.html).
pub(crate) const MOUNT_ID: &str = "psc-app";

/// What every page of the widget sets up before it renders: the mount
/// element, the embed configuration (with its warnings logged), the theme,
/// and the language to open in. `None` after logging why not.
pub(crate) fn prepare() -> Option<(web_sys::Element, config::Config, Language, Vec<Warning>)> {
    let Some(root) = browser::element_by_id(MOUNT_ID) else {
        browser::warn("Partnership Self-Check: no element with id psc-app to mount into.");
        return None;
    };
    let (config, warnings) = config::parse(&browser::query());
    if let Some(accent) = config.accent {
        browser::set_theme_property(MOUNT_ID, "--psc-theme-accent", &accent.hex());
    }
    // Every problem goes to the console for the developer, in the default
    // language; on the page only when the address asks for it.
    for problem in widgets::config_sentences(Text(content::default_content()), &warnings) {
        browser::warn(&format!("Partnership Self-Check: {problem}"));
    }
    let language = config::starting_language(browser::load_language_choice().as_deref(), config.language, &browser::languages());
    let shown = if config.debug { warnings } else { Vec::new() };
    Some((root, config, language, shown))
}

/// Opens the page's language, puts it on the page, and then mounts `C`
/// into `root` with the properties `props` makes. A language the bundle
/// does not carry is read before anything renders, so the page never shows
/// one language and then another; the loader's copy of the intro stays up
/// meanwhile only for English (see loader.js).
pub(crate) fn mount<C>(
    root: web_sys::Element,
    language: Language,
    page: Page,
    props: impl FnOnce(Text, Option<LanguageProblem>) -> C::Properties + 'static,
) where
    C: BaseComponent,
{
    wasm_bindgen_futures::spawn_local(async move {
        let (text, problem) = language::open(language, page).await;
        // Instantiating the WebAssembly was this task's work; the first
        // render gets a task of its own.
        browser::yield_to_browser().await;
        language::apply(text);
        yew::Renderer::<C>::with_root_and_props(root, props(text, problem)).render();
        browser::post_height_changes(MOUNT_ID);
    });
}
