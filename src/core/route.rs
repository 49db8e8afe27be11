//! Which screen the address's fragment asks for. Both pages read the fragment
//! through this one function, so a link means the same thing wherever it is
//! opened: the self-check forwards the tools' routes to the tools page, and
//! the tools page shows the self-check's shared results as a comparison input
//! would (it never decodes them itself).

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

    /// Whether this route belongs to the facilitator's tools page, so that
    /// the self-check forwards it there.
    pub fn is_for_tools(self) -> bool {
        matches!(self, Route::Team(_) | Route::Compare)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn only_team_links_and_the_comparison_go_to_the_tools_page() {
        assert!(Route::Team("t=").is_for_tools());
        assert!(Route::Compare.is_for_tools());
        assert!(!Route::Home.is_for_tools());
        assert!(!Route::SharedResults("r=P1").is_for_tools());
    }
}
