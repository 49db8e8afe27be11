//! The results page's share panel: the share link and the results-file
//! download.

use yew::prelude::*;

use crate::app::common::copy_field::CopyField;
use crate::app::common::widgets::Text;
use crate::browser;
use crate::core::content::Key;
use crate::core::content::Placeholder;
use crate::core::file;
use crate::core::model::Answers;
use crate::core::share;

/// Properties of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// What the link and the file carry.
    pub answers: Answers,
    /// The private notes, which only the file can carry, and only when the
    /// person ticks the box.
    pub notes: String,
    /// Whether the embedding page switched the notes on.
    pub notes_enabled: bool,
}

/// The share link with "Copy link", and the results-file download.
#[component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let text = &props.text;
    let link = format!("{}#{}", browser::page_address(), share::fragment(&props.answers));
    let include_notes = use_state(|| false);
    // Whether the file was saved, so the page can say that it happened and
    // where it went: a download gives no sign of its own on a phone.
    let saved = use_state(|| false);
    let name = format!("partnership-selfcheck-{}.json", props.answers.id);
    let on_download = {
        let answers = props.answers.clone();
        let notes = props.notes.clone();
        let include = *include_notes;
        let saved = saved.clone();
        let name = name.clone();
        Callback::from(move |_| {
            let notes = include.then_some(notes.as_str());
            saved.set(browser::download(&name, "application/json", &file::export(&answers, notes)));
        })
    };
    // Phones offer their own share sheet (mail, chat, AirDrop…); where the
    // browser has none, the button is not shown at all.
    let native_share = browser::can_share().then(|| {
        let link = link.clone();
        let title = text.ui(Key::ShareNativeTitle);
        let onclick = Callback::from(move |_| {
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // A closed sheet is the person's choice; the link stays on
                // the page to copy instead.
                let _ = browser::share_link(title, &link).await;
            });
        });
        html! {
            <button type="button" id="psc-share-native" class="psc-button" {onclick}>{ text.ui(Key::ShareNative) }</button>
        }
    });
    html! {
        <section class="psc-share psc-no-print" aria-labelledby="psc-share-heading">
            <h3 id="psc-share-heading">{ text.ui(Key::ShareHeading) }</h3>
            <p>{ text.ui(Key::ShareIntro) }</p>
            <CopyField text={*text} id="psc-share-link" label={text.ui(Key::ShareLinkLabel)} value={link} />
            { native_share }
            <p class="psc-hint">{ text.ui(Key::ShareWhatIsInIt) }</p>
            <h4>{ text.ui(Key::DownloadHeading) }</h4>
            <p class="psc-hint">{ text.ui(Key::DownloadHint) }</p>
            if props.notes_enabled {
                <div class="psc-check">
                    <input type="checkbox" id="psc-include-notes" checked={*include_notes}
                        onchange={let n = include_notes.clone(); move |_| n.set(!*n)} />
                    <label for="psc-include-notes">{ text.ui(Key::DownloadIncludeNotes) }</label>
                </div>
            }
            <button type="button" id="psc-download" class="psc-button" onclick={on_download}>
                { text.ui(Key::DownloadButton) }
            </button>
            // Always in the page, so screen readers announce what appears in it.
            <p id="psc-download-status" class="psc-hint" role="status">
                if *saved { { text.ui_with(Key::DownloadSaved, &[(Placeholder::File, &name)]) } }
            </p>
        </section>
    }
}
