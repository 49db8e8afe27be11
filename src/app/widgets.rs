//! Small pieces shared by the screens.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::content::Content;

/// The content, shared by every component and compared by identity so that
/// property checks stay cheap.
#[derive(Clone, Debug)]
pub struct Text(pub Rc<Content>);

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Text {
    type Target = Content;
    fn deref(&self) -> &Content {
        &self.0
    }
}

/// A callback that keeps a text state in step with a text area as the
/// person types.
pub fn text_setter(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        state.set(area.value());
    })
}

/// The heading every screen starts with. It takes focus after navigation
/// (see `HEADING_ID`), so it is focusable from script but not in tab order.
pub fn screen_heading(title: String) -> Html {
    html! { <h2 id={super::HEADING_ID} class="psc-screen-heading" tabindex="-1">{ title }</h2> }
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub text: Text,
    /// The school or district name from the embed configuration.
    pub name: Option<String>,
    /// The link or button at the header's end.
    pub children: Html,
}

/// The widget's header: its name, the school's name, and one action.
#[component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="psc-header">
            <p class="psc-brand">
                { props.text.ui("app_name") }
                if let Some(name) = &props.name { <span class="psc-school-name">{ name }</span> }
            </p>
            { props.children.clone() }
        </header>
    }
}
