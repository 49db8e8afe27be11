//! A read-only field with a "Copy" button, for the share link and the team
//! link.

use yew::prelude::*;

use super::widgets::{select_all, Text};
use crate::browser;
use crate::core::content::Key;

/// Properties of [`CopyField`].
#[derive(Properties, PartialEq)]
pub struct CopyFieldProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The input's id, so the fallback can select it for copying by hand.
    pub id: AttrValue,
    /// The field's visible label.
    pub label: String,
    /// The text to copy.
    pub value: String,
}

/// A read-only link with a "Copy link" button. When the Clipboard API is
/// missing or denied (e.g. in an iframe), the link is selected instead and
/// the person is told how to copy it by hand.
#[component(CopyField)]
pub fn copy_field(props: &CopyFieldProps) -> Html {
    let text = &props.text;
    // None: nothing tried yet; Some(true): copied; Some(false): copy by hand.
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    let on_copy = {
        let copied = copied.clone();
        let value = props.value.clone();
        let field = field.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let value = value.clone();
            let field = field.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&value).await;
                copied.set(Some(ok));
                if !ok {
                    select_all(&field);
                }
            });
        })
    };
    let on_focus = {
        let field = field.clone();
        Callback::from(move |_| select_all(&field))
    };
    let status = match *copied {
        Some(true) => html! { <p class="psc-hint psc-copy-status" role="status">{ text.ui(Key::ShareCopied) }</p> },
        Some(false) => html! { <p class="psc-hint psc-copy-status" role="status">{ text.ui(Key::ShareCopyByHand) }</p> },
        None => html! {},
    };
    html! {
        <>
            <label for={props.id.clone()}>{ &props.label }</label>
            <div class="psc-share-row">
                <input ref={field} id={props.id.clone()} class="psc-share-link" type="text" readonly=true
                    value={props.value.clone()} onfocus={on_focus} />
                <button type="button" id={format!("{}-copy", props.id)} class="psc-button psc-primary" onclick={on_copy}>
                    { text.ui(Key::ShareCopy) }
                </button>
            </div>
            { status }
        </>
    }
}
