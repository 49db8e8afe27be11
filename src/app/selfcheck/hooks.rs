//! The self-check root's effects: saving the draft as it changes, and
//! opening a link pasted into the address bar of a tab already open.

use yew::prelude::*;

use super::notices::{Notice, NoticeAction, Notices};
use crate::browser;
use crate::core::draft;
use crate::core::route::{self, Opened};
use crate::core::session::{Action, Draft, SharedView, State};

/// Saves every change to the draft at once. The first run is skipped: it
/// would only write back what was just read, or overwrite an unreadable
/// draft before the person could download it. A failure raises the storage
/// notice once (`reported`: it was raised already when the page started),
/// not again on every keystroke.
#[hook]
pub fn use_draft_saving(draft: &Draft, notices: UseReducerDispatcher<Notices>, reported: bool) {
    let first_save = use_mut_ref(|| true);
    let storage_reported = use_mut_ref(|| reported);
    use_effect_with(draft.clone(), move |draft| {
        if !std::mem::replace(&mut *first_save.borrow_mut(), false) {
            let failed = browser::save_draft(&draft::encode(draft)).is_err();
            if failed && !std::mem::replace(&mut *storage_reported.borrow_mut(), true) {
                notices.dispatch(NoticeAction::Raise(Notice::StorageUnavailable));
            }
        }
    });
}

/// Opens a link pasted into the address bar of a tab that already shows
/// the widget: that changes only the fragment, so the page is not loaded
/// again, and it is opened here as a fresh load would open it. The
/// person's draft is never touched, and the listener goes with the
/// component.
#[hook]
pub fn use_fragment_links(state: UseReducerDispatcher<State>, notices: UseReducerDispatcher<Notices>) {
    use_effect_with((), move |_| {
        let listener = browser::on_fragment_change(move |fragment| match route::open(&fragment) {
            Opened::Own => state.dispatch(Action::CloseShared),
            Opened::Results(answers) => {
                notices.dispatch(NoticeAction::LinkOpened);
                state.dispatch(Action::OpenShared(SharedView::from_link(answers)));
            }
            Opened::Damaged(error) => {
                state.dispatch(Action::CloseShared);
                notices.dispatch(NoticeAction::Raise(Notice::BadLink(error)));
            }
            Opened::Tools => browser::go_to(&browser::sibling_page("tools/")),
        });
        move || drop(listener)
    });
}
