//! Small pieces shared by the screens.

use yew::prelude::*;

use super::language::{LanguageProblem, LanguageSwitch, Page};
use crate::core::config::Warning;
use crate::core::content::{Content, Key, Placeholder};
use crate::core::session::Action;

/// The content, shared by every component and compared by identity so that
/// property checks stay cheap. It is compiled-in static data, so a copy is
/// one pointer.
#[derive(Clone, Copy, Debug)]
pub struct Text(pub &'static Content);

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for Text {
    type Target = Content;
    fn deref(&self) -> &Content {
        self.0
    }
}

/// A callback for any event that dispatches one fixed action. Every button,
/// box and radio of the walk-through uses this one closure type, where a
/// closure per control would add its own copy of the event plumbing to the
/// bundle.
pub fn send<E: 'static>(dispatch: &Callback<Action>, action: Action) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: E| dispatch.emit(action.clone()))
}

/// How a data table sits on narrow screens.
#[derive(Clone, Copy, PartialEq)]
pub enum Table {
    /// Narrow enough for a phone as it is.
    Fits,
    /// Wide: it scrolls sideways in a focusable region, so the page itself
    /// never does (WCAG reflow) and keyboard users can still scroll it.
    Scrolls,
    /// Like `Scrolls`, with an extra class on the table.
    ScrollsWithClass(&'static str),
}

/// A data table with a caption and column headings; every chart's numbers
/// are also shown this way. The texts may be static or built, and the
/// generic part is only this conversion, so each use adds little code.
pub fn data_table<H: Into<AttrValue>>(caption: impl Into<AttrValue>, headings: Vec<H>, rows: Html, layout: Table) -> Html {
    table_of(caption.into(), headings.into_iter().map(Into::into).collect(), rows, layout)
}

fn table_of(caption: AttrValue, headings: Vec<AttrValue>, rows: Html, layout: Table) -> Html {
    let extra = match layout {
        Table::ScrollsWithClass(class) => Some(class),
        Table::Fits | Table::Scrolls => None,
    };
    let table = html! {
        <table class={classes!("psc-table", extra)}>
            <caption>{ caption.clone() }</caption>
            <thead>
                <tr>{ for headings.into_iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr>
            </thead>
            <tbody>{ rows }</tbody>
        </table>
    };
    match layout {
        Table::Fits => table,
        Table::Scrolls | Table::ScrollsWithClass(_) => html! {
            <div class="psc-table-scroll" tabindex="0" role="region" aria-label={caption}>{ table }</div>
        },
    }
}

/// One row of a [`stacked_table`]: the row's heading cell, its data cells
/// in column order, and whether it is marked out (the widest gap).
pub struct StackedRow {
    pub head: Html,
    pub cells: Vec<Html>,
    pub highlight: bool,
}

/// A data table that becomes stacked rows on a narrow screen: each row a
/// block, each cell under its column's heading, so that no column is ever
/// off-screen. The explicit roles keep it a table to assistive technology
/// when the stylesheet turns its rows into blocks.
pub fn stacked_table(caption: &'static str, headings: &[&'static str], rows: Vec<StackedRow>) -> Html {
    let data_headings = headings.get(1..).unwrap_or_default();
    html! {
        <table class="psc-table psc-stacked" role="table">
            <caption>{ caption }</caption>
            <thead role="rowgroup">
                <tr role="row">{ for headings.iter().map(|h| html! { <th scope="col" role="columnheader">{ *h }</th> }) }</tr>
            </thead>
            <tbody role="rowgroup">
                { for rows.into_iter().map(|row| html! {
                    <tr role="row" class={classes!(row.highlight.then_some("psc-widest"))}>
                        <th scope="row" role="rowheader">{ row.head }</th>
                        { for row.cells.into_iter().zip(data_headings).map(|(cell, heading)| html! {
                            <td role="cell" data-label={*heading}>{ cell }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
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

/// The heading every screen starts with. It takes focus after navigation, so
/// it is focusable from script but not in tab order. `focus` is the root's
/// reference to it, passed down as a property rather than provided as a
/// context: a context provider and a component around one `<h2>` cost the
/// first load 2.2 KB of brotli. The id stays for the tests and for in-page
/// links.
pub fn screen_heading(title: impl Into<AttrValue>, focus: &NodeRef) -> Html {
    html! {
        <h2 ref={focus.clone()} id={super::boot::HEADING_ID} class="psc-screen-heading" tabindex="-1">{ title.into() }</h2>
    }
}

/// Focuses the text field behind `node` and selects its text, so that it
/// can be copied by hand where the Clipboard API is refused.
pub fn select_all(node: &NodeRef) {
    if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// Moves keyboard and screen-reader focus to the element behind `node`, if
/// it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The configuration's problems, for whoever set the page up (`debug=1`);
/// nothing when there are none.
pub fn config_problems(text: Text, warnings: &[Warning]) -> Html {
    if warnings.is_empty() {
        return html! {};
    }
    html! {
        <div class="psc-notice psc-config-problems" role="status">
            <p><strong>{ text.ui(Key::ConfigDebugHeading) }</strong></p>
            <ul>{ for config_sentences(text, warnings).into_iter().map(|problem| html! { <li>{ problem }</li> }) }</ul>
        </div>
    }
}

/// The configuration's problems in words, in `text`'s language.
pub fn config_sentences(text: Text, warnings: &[Warning]) -> Vec<String> {
    warnings
        .iter()
        .map(|warning| {
            let values = warning.values();
            let pairs: Vec<(Placeholder, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            text.ui_with(warning.message_key(), &pairs)
        })
        .collect()
}

/// Properties of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The school or district name from the embed configuration.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// Which page this is, for the language switch.
    pub page: Page,
    /// Sets the page's texts to the language chosen in the switch. A
    /// state's setter is the same from one render to the next, so the
    /// header still compares equal.
    pub on_language: UseStateSetter<Text>,
    /// A language the page could not open at the start, for the switch.
    #[prop_or_default]
    pub language_problem: Option<LanguageProblem>,
    /// The one action at the header's end. It should be a component or tags
    /// without listeners: a listener written in `html!` is new on every
    /// render, so it would never compare equal and the header would be
    /// drawn again whenever its page is.
    #[prop_or_default]
    pub children: Html,
    /// The self-check's dispatcher, when the header ends with its "About"
    /// button (shared results have none). The header makes the button's
    /// listener itself, so that its properties still compare equal from
    /// one render to the next (the dispatcher is the same callback on
    /// every render); a component of its own for the button cost the
    /// first load 0.3 KB more.
    #[prop_or_default]
    pub about: Option<Callback<Action>>,
}

/// The widget's header: its name, the school's name from the embed
/// configuration, the language switch, and one action at its end.
#[component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="psc-header">
            <p class="psc-brand">
                { props.text.ui(Key::AppName) }
                if let Some(name) = &props.name { <span class="psc-school-name">{ name.clone() }</span> }
            </p>
            <LanguageSwitch text={props.text} page={props.page} on_ready={props.on_language.clone()} problem={props.language_problem} />
            { props.children.clone() }
            if let Some(dispatch) = &props.about {
                <button type="button" id="psc-about" class="psc-link-button" onclick={send(dispatch, Action::OpenAbout)}>
                    { props.text.ui(Key::AboutOpen) }
                </button>
            }
        </header>
    }
}
