//! Which screen the address's fragment asks for. Both pages read the fragment
//! through this one function, so a link means the same thing wherever it is
//! opened: the self-check forwards the tools' routes to the tools page, and
//! the tools page shows the self-check's shared results as a comparison input
//! would (it never decodes them itself).

use super::model::Answers;
use super::share::{self, ShareError};

/// The fragment that opens the comparison on the tools page.
pub const COMPARE_FRAGMENT: &str = "compare";

/// The start of a team link's fragment (`#t=T1…`).
pub const TEAM_PREFIX: &str = "t=";

/// What a fragment (without its `#`) asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    /// No fragment: the page's own start screen.
    Home,
    /// Someone's results (`#r=P1…`, or anything that might be a mangled
    /// share link). The whole fragment is kept, because the share-code reader
    /// repairs what mail clients do to links and needs all of it.
    SharedResults(&'a str),
    /// A team link (`#t=T1…`), with the whole fragment for the team-code
    /// reader.
    Team(&'a str),
    /// The comparison of two results on the tools page.
    Compare,
}

impl<'a> Route<'a> {
    /// Reads a fragment. Anything that is neither empty, a team link nor the
    /// comparison is taken for shared results, so that a damaged share link
    /// is reported as damaged instead of being silently ignored.
    pub fn from_fragment(fragment: &'a str) -> Route<'a> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if fragment.trim().is_empty() {
            Route::Home
        } else if fragment.starts_with(TEAM_PREFIX) {
            Route::Team(fragment)
        } else if fragment == COMPARE_FRAGMENT {
            Route::Compare
        } else {
            Route::SharedResults(fragment)
        }
    }
}

/// What the self-check does with a fragment, when it starts and whenever the
/// fragment changes (a second link pasted into the same tab must behave as
/// if it had been opened fresh).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// No fragment: the person's own draft.
    Own,
    /// Someone's results, to be shown read-only over the draft.
    Results(Answers),
    /// A link that could not be read, and why; the draft is shown with the
    /// reason.
    Damaged(ShareError),
    /// A team link or the comparison, which the tools page opens.
    Tools,
}

/// Reads a fragment for the self-check.
pub fn open(fragment: &str) -> Opened {
    match Route::from_fragment(fragment) {
        Route::Home => Opened::Own,
        Route::SharedResults(code) => match share::decode(code) {
            Ok(answers) => Opened::Results(answers),
            Err(error) => Opened::Damaged(error),
        },
        Route::Team(_) | Route::Compare => Opened::Tools,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::AssessmentId;

    #[test]
    fn a_fragment_opens_the_draft_results_a_reason_or_the_tools() {
        let answers = Answers::new(AssessmentId::from_random([7; 5]));
        assert_eq!(open(""), Opened::Own);
        assert_eq!(open(&share::fragment(&answers)), Opened::Results(answers.clone()));
        assert!(matches!(open("r=P1AAAAzzzzBROKEN"), Opened::Damaged(_)));
        assert_eq!(open("t=T1abc"), Opened::Tools);
        assert_eq!(open("compare"), Opened::Tools);
    }

    #[test]
    fn every_kind_of_fragment_has_its_route() {
        assert_eq!(Route::from_fragment(""), Route::Home);
        assert_eq!(Route::from_fragment("#"), Route::Home);
        assert_eq!(Route::from_fragment("  "), Route::Home);
        assert_eq!(Route::from_fragment("t=T1abc"), Route::Team("t=T1abc"));
        assert_eq!(Route::from_fragment("#t=T1abc"), Route::Team("t=T1abc"));
        assert_eq!(Route::from_fragment("compare"), Route::Compare);
        assert_eq!(Route::from_fragment("r=P1AAAA"), Route::SharedResults("r=P1AAAA"));
        // A mangled share link is still taken for results, to be reported.
        assert_eq!(Route::from_fragment("r%3DP1AAAA"), Route::SharedResults("r%3DP1AAAA"));
        assert_eq!(Route::from_fragment("comparex"), Route::SharedResults("comparex"));
    }
}
