//! The language switch of both pages, and the loading of a language the
//! bundle does not carry (`core::content::language_file`).

use std::cell::RefCell;

use yew::prelude::*;

use super::boot::MOUNT_ID;
use super::widgets::Text;
use crate::browser;
use crate::core::content::language_file::{self, LanguageFileError};
use crate::core::content::Placeholder;
use crate::core::content::{self, Content, Key, Language};

thread_local! {
    /// The languages read from their files so far, so that switching back
    /// and forth reads each file once.
    static LOADED: RefCell<Vec<&'static Content>> = const { RefCell::new(Vec::new()) };
}

/// Where a page's language files are: `lang/` beside the self-check, which
/// is one folder up from the tools page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The self-check, at the widget's root.
    SelfCheck,
    /// The tools page, in `tools/`.
    Tools,
}

impl Page {
    fn file(self, language: Language) -> String {
        let up = match self {
            Page::SelfCheck => "",
            Page::Tools => "../",
        };
        format!("{up}{}", language_file::path(language))
    }
}

/// A language that could not be opened, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageProblem {
    /// The language asked for.
    pub language: Language,
    /// Why it could not be shown.
    pub error: LanguageFileError,
}

/// The content of `language`: compiled in, read before, or fetched from its
/// file now.
pub async fn content_of(language: Language, page: Page) -> Result<&'static Content, LanguageFileError> {
    if let Some(content) = content::compiled(language) {
        return Ok(content);
    }
    if let Some(content) = LOADED.with(|loaded| loaded.borrow().iter().copied().find(|c| c.language == language)) {
        return Ok(content);
    }
    let json = browser::fetch_text(&page.file(language)).await.ok_or(LanguageFileError::Unavailable)?;
    // Leaked once per language and page: the texts are `&'static` like the
    // compiled-in ones, and the cache above keeps a second switch from
    // reading the file again.
    let content: &'static Content = Box::leak(Box::new(language_file::read(language, &json)?));
    LOADED.with(|loaded| loaded.borrow_mut().push(content));
    Ok(content)
}

/// The content to start in: `language`'s, or the default language's with
/// the problem when it cannot be had.
pub async fn open(language: Language, page: Page) -> (Text, Option<LanguageProblem>) {
    match content_of(language, page).await {
        Ok(content) => (Text(content), None),
        Err(error) => (Text(content::default_content()), Some(LanguageProblem { language, error })),
    }
}

/// Puts the language on the page: `lang` and `dir` on the root elements and
/// the title in the language.
pub fn apply(text: Text) {
    let language = text.language;
    browser::set_language(MOUNT_ID, language.code(), language.info().direction.attribute(), text.ui(Key::AppName));
}

/// What the switch is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Idle,
    Loading(Language),
    Failed(LanguageProblem),
}

/// Properties of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The texts shown now.
    pub text: Text,
    /// Which page this is, for the language files' folder.
    pub page: Page,
    /// Receives the chosen language's texts once they are ready.
    pub on_ready: UseStateSetter<Text>,
    /// A language the page could not open at the start, if any.
    #[prop_or_default]
    pub problem: Option<LanguageProblem>,
}

/// A small, labelled native select of every offered language, each named
/// in itself. A language the bundle does not carry is fetched when chosen;
/// until it is ready the page stays as it is, and if it cannot be had the
/// page says so and the select goes back.
#[component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let status = use_state(|| props.problem.map_or(Status::Idle, Status::Failed));
    let text = props.text;
    let current = text.language;
    let onchange = {
        let (status, on_ready, page) = (status.clone(), props.on_ready.clone(), props.page);
        Callback::from(move |event: Event| {
            let element: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let Some(language) = Language::from_code(&element.value()).filter(|chosen| *chosen != current) else { return };
            status.set(Status::Loading(language));
            let (status, on_ready) = (status.clone(), on_ready.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match content_of(language, page).await {
                    Ok(content) => {
                        browser::save_language_choice(language.code());
                        apply(Text(content));
                        status.set(Status::Idle);
                        on_ready.set(Text(content));
                    }
                    Err(error) => {
                        element.set_value(current.code());
                        status.set(Status::Failed(LanguageProblem { language, error }));
                    }
                }
            });
        })
    };
    let message = match *status {
        Status::Idle => None,
        Status::Loading(language) => Some(text.ui_with(Key::LanguageLoading, &[(Placeholder::Language, language.info().name)])),
        Status::Failed(problem) => {
            Some(text.ui_with(problem.error.message_key(), &[(Placeholder::Language, problem.language.info().name)]))
        }
    };
    html! {
        <div class="psc-language psc-no-print">
            <label for="psc-language">{ text.ui(Key::LanguageLabel) }</label>
            <select id="psc-language" {onchange} aria-busy={matches!(*status, Status::Loading(_)).then_some("true")}>
                { for current.switch_list().map(|language| html! {
                    <option value={language.code()} lang={language.code()} selected={language == current}>
                        { language.info().name }
                    </option>
                }) }
            </select>
            <p id="psc-language-status" class={classes!("psc-language-status", matches!(*status, Status::Failed(_)).then_some("psc-error"))}
                role="status">
                { message.unwrap_or_default() }
            </p>
        </div>
    }
}
