//! The self-check's page: the walk-through from the intro to the results,
//! shared results opened from a link or file, and the notices above them.
//! Its parts are private to this folder; the tools page cannot reach them.

mod hooks;
mod notices;
mod results;
mod share;
mod steps;

use std::rc::Rc;

use yew::prelude::*;

use super::common::boot::{mount, prepare};
use super::common::language::{LanguageProblem, Page};
use super::common::widgets::{self, send, Header, Text};
use crate::browser;
use crate::core::config::Warning;
use crate::core::content::Key;
use crate::core::draft;
use crate::core::order::{self, PracticeOrder};
use crate::core::route::{self, Opened};
use crate::core::session::{Action, Draft, Screen, Sections, SharedView, Source, State, Step};
use notices::{Notice, NoticeList, Notices};

// Yew's reducer hook drives the core's pure state machine directly: the
// shell adds no state of its own to the walk-through.
impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State::reduce(&self, action))
    }
}

/// Properties of the root component: the content and optional sections
/// chosen by the embedding page.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The texts of the language the page opens in; the language switch
    /// changes them.
    pub text: Text,
    /// The optional sections chosen by the embedding page.
    pub sections: Sections,
    /// The school or district name from the embed configuration.
    #[prop_or_default]
    pub name: Option<String>,
    /// How each area's practices are listed (`order=`).
    #[prop_or_default]
    pub order: PracticeOrder,
    /// Staff mode (`mode=staff`): no facilitator tools, no panel for opening
    /// someone's results.
    #[prop_or_default]
    pub staff_mode: bool,
    /// The configuration's problems, shown on the page when the address
    /// asks for it (`debug=1`); empty otherwise.
    #[prop_or_default]
    pub config_warnings: Vec<Warning>,
    /// The language the page could not open, if any.
    #[prop_or_default]
    pub language_problem: Option<LanguageProblem>,
}

/// What the widget found when it started: the draft to resume, results to
/// show from the link, and notices.
struct Boot {
    state: State,
    notices: Vec<Notice>,
}

fn boot(sections: Sections) -> Boot {
    let mut notices = Vec::new();
    let draft = match browser::load_draft() {
        Ok(Some(saved)) => match draft::decode(&saved) {
            Ok(draft) => Some(draft),
            Err(error) => {
                notices.push(Notice::DraftUnreadable { error, saved_text: saved });
                None
            }
        },
        Ok(None) => None,
        Err(_) => {
            notices.push(Notice::StorageUnavailable);
            None
        }
    };
    let mut state = State::new(draft.unwrap_or_else(|| Draft::new(browser::starting_id())), sections);
    match route::open(&browser::fragment()) {
        Opened::Results(answers) => state = state.reduce(Action::OpenShared(SharedView::from_link(answers))),
        Opened::Damaged(error) => notices.push(Notice::BadLink(error)),
        // `start` has forwarded the tools' links already.
        Opened::Own | Opened::Tools => {}
    }
    Boot { state, notices }
}

/// The root component.
#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let sections = props.sections;
    let boot = use_memo((), move |_| boot(sections));
    let state = use_reducer({
        let boot = boot.clone();
        move || boot.state.clone()
    });
    let notices = use_reducer({
        let boot = boot.clone();
        move || Notices(boot.notices.clone())
    });
    // The reducer's dispatcher is made once, when the component first
    // renders, so this callback wraps the same function on every render.
    // Callbacks compare by that pointer: children that take `dispatch` as a
    // property are therefore skipped when nothing else of theirs changed.
    // A `Callback::from` closure here would be new each time and make every
    // child re-render on every keystroke.
    let dispatch = state.dispatcher().to_callback();
    // The texts follow the language switch; the answers and the screen do
    // not depend on them, so a switch loses nothing.
    let text = use_state(|| props.text);
    let on_language = text.setter();

    // Focus follows navigation, but not on first load: an embedded widget
    // must not pull the host page's focus or scroll position.
    let first_render = use_mut_ref(|| true);
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(state.draft.screen, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                widgets::focus(&heading);
            }
        });
    }

    let storage_reported = boot.notices.contains(&Notice::StorageUnavailable);
    hooks::use_draft_saving(&state.draft, notices.dispatcher(), storage_reported);
    hooks::use_fragment_links(state.dispatcher(), notices.dispatcher());

    let walk = &*state;
    let text = *text;
    // Shared results have no "About" button: the header's one action
    // belongs to the person's own walk-through.
    let header = html! {
        <Header {text} name={props.name.clone().map(AttrValue::from)} page={Page::SelfCheck}
            {on_language} language_problem={props.language_problem}
            about={walk.shared.is_none().then(|| dispatch.clone())} />
    };

    if let Some(view) = &walk.shared {
        return shared_page(text, header, walk, view, &dispatch, &heading, sections);
    }

    let body = screen(props, walk, text, &dispatch, &heading);

    html! {
        <div class="psc-root">
            { header }
            { widgets::config_problems(text, &props.config_warnings) }
            <NoticeList {text} notices={notices.0.clone()} dispatch={notices.dispatcher().to_callback()} />
            if walk.previous_draft.is_some() {
                { previous_draft_notice(text, walk, &dispatch) }
            }
            <main class="psc-main">{ body }</main>
        </div>
    }
}

/// The notice after "Start over", or after a shared result replaced the
/// draft: what happened, and Undo.
fn previous_draft_notice(text: Text, walk: &State, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="psc-notice" role="status">
            <p>{ if walk.draft.answers.is_blank() { text.ui(Key::StartOverDone) } else { text.ui(Key::DraftReplaced) } }</p>
            <div class="psc-actions">
                <button type="button" id="psc-undo" class="psc-button" onclick={send(dispatch, Action::RestorePreviousDraft)}>
                    { text.ui(Key::StartOverUndo) }
                </button>
                <button type="button" class="psc-button psc-dismiss" onclick={send(dispatch, Action::ForgetPreviousDraft)}>
                    { text.ui(Key::NoticeDismiss) }
                </button>
            </div>
        </div>
    }
}

/// Someone else's results, opened from a link or a file: read-only, with
/// the way back to the person's own walk-through or on from these answers.
fn shared_page(
    text: Text,
    header: Html,
    walk: &State,
    view: &SharedView,
    dispatch: &Callback<Action>,
    heading: &NodeRef,
    sections: Sections,
) -> Html {
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            browser::clear_fragment();
            dispatch.emit(Action::CloseShared);
        })
    };
    let continue_shared = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            browser::clear_fragment();
            dispatch.emit(Action::ContinueShared);
        })
    };
    let source_key = match view.source {
        Source::Link => Key::SharedFromLink,
        Source::File => Key::SharedFromFile,
    };
    html! {
        <div class="psc-root">
            { header }
            <main class="psc-main">
                <results::Results {text} dispatch={dispatch.clone()} heading={heading.clone()}
                    answers={view.answers.clone()} {sections} read_only=true>
                    <div class="psc-notice psc-shared-banner" role="status">
                        <p><strong>{ text.ui(Key::SharedBanner) }</strong>{ " " }{ text.ui(source_key) }</p>
                        <p>{ text.ui(Key::SharedReadOnly) }</p>
                        if view.notes.is_some() {
                            <p>{ text.ui(Key::SharedFileHasNotes) }</p>
                        }
                        <div class="psc-actions">
                            <button type="button" id="psc-shared-own" class="psc-button psc-primary" onclick={close}>
                                { if walk.draft.answers.is_blank() { text.ui(Key::SharedStartOwn) } else { text.ui(Key::SharedBackToOwn) } }
                            </button>
                            <button type="button" id="psc-shared-continue" class="psc-button psc-secondary" onclick={continue_shared}>
                                { text.ui(Key::SharedContinue) }
                            </button>
                        </div>
                        if !walk.draft.answers.is_blank() {
                            <p class="psc-hint">{ text.ui(Key::SharedContinueKeepsYours) }</p>
                        }
                    </div>
                </results::Results>
            </main>
        </div>
    }
}

/// The current screen of the person's own walk-through.
fn screen(props: &AppProps, walk: &State, text: Text, dispatch: &Callback<Action>, heading: &NodeRef) -> Html {
    let sections = props.sections;
    match walk.draft.screen {
        Screen::Intro => html! {
            <>
                { steps::intro(&text, dispatch, heading, !walk.draft.answers.is_blank(), props.staff_mode) }
                if !props.staff_mode {
                    <share::OpenPanel {text} dispatch={dispatch.clone()} />
                }
            </>
        },
        Screen::About => steps::about(&text, dispatch, heading),
        Screen::Step(step) => {
            let (current, total) = walk.step_number(step).unwrap_or((1, 1));
            let at = steps::Position { step, current, total };
            let answers = &walk.draft.answers;
            let page = match step {
                Step::Area(area) => html! {
                    // Keyed by area, so that each area gets its own controls.
                    // Reused radios would keep the checked state of the group
                    // they belonged to before their name changed, and show
                    // the previous area's mark, or none, for this one.
                    <steps::AreaStep key={area.key()} {text} dispatch={dispatch.clone()} heading={heading.clone()} {area} answer={*answers.area(area)}
                    asking={walk.unmarked_ticks == Some(area)} types_shown={walk.types_shown(area)}
                    shuffled={(props.order == PracticeOrder::Shuffled)
                        .then(|| order::shuffled(answers.id, area, |level| text.practices(area, level).len()))} />
                },
                Step::Beliefs => {
                    html! { <steps::BeliefsStep {text} dispatch={dispatch.clone()} heading={heading.clone()} answers={answers.clone()} /> }
                }
                Step::Reflection => html! {
                    <steps::ReflectionStep {text} dispatch={dispatch.clone()} heading={heading.clone()} barriers={answers.barriers}
                        notes={AttrValue::from(walk.draft.notes.clone())} {sections} />
                },
                Step::Results => html! {
                    <results::Results {text} dispatch={dispatch.clone()} heading={heading.clone()}
                        answers={answers.clone()} {sections} refused={walk.priority_refused}
                        notes={sections.notes.then(|| AttrValue::from(walk.draft.notes.clone()))}
                        share={html! { <share::SharePanel {text} answers={answers.clone()}
                            notes={walk.draft.notes.clone()} notes_enabled={sections.notes} /> }} />
                },
            };
            html! {
                <>
                    <steps::Progress {text} dispatch={dispatch.clone()} {at} steps={walk.step_statuses()} />
                    { page }
                    <steps::StepNav {text} dispatch={dispatch.clone()} {at} />
                </>
            }
        }
    }
}

/// Mounts the self-check. A team link (`#t=…`) or `#compare` belongs to the
/// facilitator's tools page, so it is forwarded there.
pub fn start() {
    if route::open(&browser::fragment()) == Opened::Tools {
        browser::go_to(&browser::sibling_page("tools/"));
        return;
    }
    let Some((root, config, language, config_warnings)) = prepare() else { return };
    mount::<App>(root, language, Page::SelfCheck, move |text, language_problem| AppProps {
        text,
        language_problem,
        sections: config.sections,
        name: config.name.clone(),
        order: config.order,
        staff_mode: config.staff_mode,
        config_warnings,
    });
}
