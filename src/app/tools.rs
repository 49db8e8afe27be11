//! The facilitator's page: the team summary and the comparison. It is a
//! separate page with its own bundle, so that the self-check most people
//! open stays small; it shares the content, styles and configuration.

use yew::prelude::*;

use super::compare::CompareView;
use super::team::TeamView;
use super::language::{LanguageProblem, Page};
use super::widgets::{self, Header, Text};
use super::{mount, prepare};
use crate::browser;
use crate::core::config::Warning;
use crate::core::content::{Key, ToolsKey};
use crate::core::route::Route;
use crate::core::team::{decode_team, TeamCodeError, TeamCounts};

/// Which tool is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// The team summary.
    Team,
    /// The comparison of two results.
    Compare,
}

/// What the address asked for: a tool, and a team link's counts or error.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The tool to open.
    pub tool: Tool,
    /// A team link's counts, or why it could not be read.
    pub team: Option<Result<TeamCounts, TeamCodeError>>,
}

impl Opening {
    /// What the fragment's route asks the tools page for: a team link
    /// opens the team summary with its counts, `#compare` the comparison,
    /// anything else the empty team summary.
    pub fn from_fragment(fragment: &str) -> Opening {
        match Route::from_fragment(fragment) {
            Route::Team(code) => Opening { tool: Tool::Team, team: Some(decode_team(code)) },
            Route::Compare => Opening { tool: Tool::Compare, team: None },
            Route::Home | Route::SharedResults(_) => Opening { tool: Tool::Team, team: None },
        }
    }
}

/// Properties of [`ToolsApp`].
#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    /// The texts of the language the page opens in; the language switch
    /// changes them.
    pub text: Text,
    /// The school or district name from the embed configuration.
    #[prop_or_default]
    pub name: Option<String>,
    /// The team threshold from the configuration (never below 5).
    pub min_team: u16,
    /// What the address asked for.
    pub opening: Opening,
    /// The configuration's problems, shown with `debug=1`.
    #[prop_or_default]
    pub config_warnings: Vec<Warning>,
    /// The language the page could not open, if any.
    #[prop_or_default]
    pub language_problem: Option<LanguageProblem>,
}

/// The tools page's root component.
#[component(ToolsApp)]
pub fn tools_app(props: &ToolsProps) -> Html {
    let text = use_state(|| props.text);
    let on_language = text.setter();
    let text = &*text;
    let tool = use_state(|| props.opening.tool);
    let switch = |target: Tool, id: &'static str, key: Key| {
        let tool = tool.clone();
        let current = *tool == target;
        html! {
            <button type="button" {id} class={classes!("psc-button", current.then_some("psc-primary"))}
                aria-pressed={if current { "true" } else { "false" }} onclick={move |_| tool.set(target)}>
                { text.ui(key) }
            </button>
        }
    };
    let (opened, link_error) = match &props.opening.team {
        Some(Ok(counts)) => (Some(counts.clone()), None),
        Some(Err(error)) => (None, Some(error.clone())),
        None => (None, None),
    };
    html! {
        <div class="psc-root">
            <Header text={*text} name={props.name.clone().map(AttrValue::from)} page={Page::Tools}
                {on_language} language_problem={props.language_problem}>
                <a id="psc-back-to-self-check" class="psc-link-button" href={browser::page_link("../")}>
                    { text.tools(ToolsKey::ToolsBackToSelfCheck) }
                </a>
            </Header>
            { widgets::config_problems(*text, &props.config_warnings) }
            <nav class="psc-actions psc-no-print" aria-label={text.tools(ToolsKey::ToolsNavLabel)}>
                { switch(Tool::Team, "psc-tool-team", Key::TeamOpen) }
                { switch(Tool::Compare, "psc-tool-compare", Key::CompareOpen) }
            </nav>
            if let Some(error) = link_error {
                <div class="psc-notice psc-error" role="alert">
                    <p>{ format!("{} {}", text.tools(error.message_key()), text.ui(Key::ShareErrorNothingLost)) }</p>
                </div>
            }
            <main class="psc-main">
                { match *tool {
                    Tool::Team => html! { <TeamView text={*text} min_team={props.min_team} {opened} /> },
                    Tool::Compare => html! { <CompareView text={*text} /> },
                } }
            </main>
        </div>
    }
}

/// Mounts the tools page into `#psc-app`.
pub fn start_tools() {
    let Some((root, config, language, config_warnings)) = prepare() else { return };
    mount::<ToolsApp>(root, language, Page::Tools, move |text, language_problem| ToolsProps {
        text,
        language_problem,
        config_warnings,
        name: config.name.clone(),
        min_team: config.min_team,
        opening: Opening::from_fragment(&browser::fragment()),
    });
}
