//! What the person should know about their saved answers or an opened link,
//! shown above the screen until dismissed. None of these ever discards what
//! the person had.
//!
//! The list is a reducer of its own, not a `use_state`, because it is
//! changed from outside a render too (the draft saver, the `hashchange`
//! listener): a reducer's dispatcher always acts on the current list, where
//! a captured state handle would overwrite it with an old one.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::common::widgets::Text;
use crate::browser;
use crate::core::content::Key;
use crate::core::draft::DraftError;
use crate::core::share::ShareError;

/// One notice.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Storage is blocked or full: answers live only as long as the page.
    StorageUnavailable,
    /// A saved draft could not be read; its text is kept for download.
    DraftUnreadable { error: DraftError, saved_text: String },
    /// The link in the address bar could not be read.
    BadLink(ShareError),
}

/// The notices shown, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices(pub Vec<Notice>);

/// What can happen to the list.
pub enum NoticeAction {
    /// Show a notice, unless the same one is shown already. A new link
    /// problem replaces an older one: only the link in the address bar now
    /// matters.
    Raise(Notice),
    /// The person dismissed the notice at this position.
    Dismiss(usize),
    /// A readable link was opened: older link problems no longer apply.
    LinkOpened,
}

impl Reducible for Notices {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut list = self.0.clone();
        match action {
            NoticeAction::Raise(notice) => {
                if matches!(notice, Notice::BadLink(_)) {
                    list.retain(|n| !matches!(n, Notice::BadLink(_)));
                }
                if !list.contains(&notice) {
                    list.push(notice);
                }
            }
            NoticeAction::Dismiss(index) => {
                if index < list.len() {
                    list.remove(index);
                }
            }
            NoticeAction::LinkOpened => list.retain(|n| !matches!(n, Notice::BadLink(_))),
        }
        Rc::new(Notices(list))
    }
}

/// Properties of [`NoticeList`].
#[derive(Properties, PartialEq)]
pub struct NoticeListProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The notices to show.
    pub notices: Vec<Notice>,
    /// The list's dispatcher, for dismissing.
    pub dispatch: Callback<NoticeAction>,
}

/// Every notice, each with its way out.
#[component(NoticeList)]
pub fn notice_list(props: &NoticeListProps) -> Html {
    let text = props.text;
    html! {
        <>
        { for props.notices.iter().enumerate().map(|(index, notice)| {
            let dismiss = props.dispatch.reform(move |_: MouseEvent| NoticeAction::Dismiss(index));
            let (message, extra) = match notice {
                Notice::StorageUnavailable => (text.ui(Key::StorageUnavailable).to_owned(), html! {}),
                Notice::BadLink(error) => (
                    format!("{} {}", text.ui(error.message_key()), text.ui(Key::ShareErrorNothingLost)),
                    html! {},
                ),
                Notice::DraftUnreadable { error, saved_text } => {
                    let saved_text = saved_text.clone();
                    (
                        text.ui(error.message_key()).to_owned(),
                        html! {
                            <button type="button" id="psc-download-unreadable" class="psc-button"
                                onclick={move |_| { browser::download("partnership-selfcheck-saved-draft.txt", "text/plain", &saved_text); }}>
                                { text.ui(Key::DraftDownloadUnreadable) }
                            </button>
                        },
                    )
                }
            };
            let error_class = (!matches!(notice, Notice::StorageUnavailable)).then_some("psc-error");
            html! {
                <div class={classes!("psc-notice", error_class)} role="alert">
                    <p>{ message }</p>
                    <div class="psc-actions">
                        { extra }
                        <button type="button" class="psc-button psc-dismiss" onclick={dismiss}>{ text.ui(Key::NoticeDismiss) }</button>
                    </div>
                </div>
            }
        }) }
        </>
    }
}
