//! Reading what a coordinator pastes (links one per line, a forwarded
//! e-mail thread, a dropped file's text) into team links with the school's
//! name each carries, and the lines that must be refused: someone's own
//! results link (`#r=…`, or a bare share code) and a family link (`#f=…`).
//! The district works from team links only, so no one person's answers
//! ever reach it.

use crate::core::codec::percent_decode_repeated;
use crate::core::config;
use crate::core::family::{decode_family, FAMILY_FRAGMENT_PREFIX};
use crate::core::share;
use crate::core::team::{find_team_links, TeamCodeError, TeamCodeRead};

/// Why a line of pasted text was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Someone's own results (`#r=…` or a share code): one person's answers.
    Individual,
    /// A family's link: one family's answers.
    Family,
    /// A team link that cannot be read, and why.
    Damaged(TeamCodeError),
}

/// One thing found in pasted text.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// A readable team link.
    Team {
        /// The 1-based line it is on.
        line: u32,
        /// The team code (`T2…`, or `T3…` with families), as the school's
        /// identity within a round.
        code: String,
        /// The school's name from the link's `name=`, if it has one.
        name: Option<String>,
        /// The staff's pooled counts and the families' a `T3` code carries,
        /// boxed because they are far larger than a refusal.
        read: Box<TeamCodeRead>,
    },
    /// A line refused, and why.
    Refused {
        /// The 1-based line.
        line: u32,
        /// Why.
        why: Refused,
    },
}

/// Every team link and every refused link in `text`, in the order of the
/// text. A line may hold several links; each is read on its own.
pub fn read_pasted(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX);
        read_line(raw, line, &mut found);
    }
    found
}

/// The links of one line.
fn read_line(raw: &str, line: u32, found: &mut Vec<Found>) {
    // Words are split before decoding, so a name's encoded space stays
    // inside its link; only characters a browser always encodes in an
    // address end a word, so a name such as "St. Mary's (Annex)" does not.
    let words = raw.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'));
    for word in words.filter(|w| !w.is_empty()) {
        let decoded = percent_decode_repeated(word);
        // A family's own answers are as personal as a staff member's, so
        // the district refuses them too.
        if decoded.contains(&format!("#{}", share::FRAGMENT_PREFIX)) {
            found.push(Found::Refused { line, why: Refused::Individual });
            continue;
        }
        if decoded.contains(&format!("#{FAMILY_FRAGMENT_PREFIX}")) || looks_like_family_code(word) {
            found.push(Found::Refused { line, why: Refused::Family });
            continue;
        }
        let teams = find_team_links(word);
        if teams.is_empty() {
            if looks_like_share_code(word) {
                found.push(Found::Refused { line, why: Refused::Individual });
            }
            continue;
        }
        let name = name_in(word);
        for team in teams {
            found.push(match team.read {
                Ok(read) => Found::Team { line, code: team.code, name: name.clone(), read: Box::new(read) },
                Err(error) => Found::Refused { line, why: Refused::Damaged(error) },
            });
        }
    }
}

/// Whether a word is someone's own share code (`P2…`) that reads: words
/// that merely start with `P` and a digit are left alone.
fn looks_like_share_code(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next() == Some('P') && chars.next().is_some_and(|c| c.is_ascii_digit()) && share::decode(word).is_ok()
}

/// Whether a word is a family's own code (`F1…`) that reads.
fn looks_like_family_code(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next() == Some('F') && chars.next().is_some_and(|c| c.is_ascii_digit()) && decode_family(word).is_ok()
}

/// The `name=` of a link's query (between `?` and `#`), as the page's
/// configuration reads it: decoded, without control characters, at most
/// [`config::MAX_NAME_CHARS`] characters.
pub fn name_in(link: &str) -> Option<String> {
    let link = if link.contains('?') { link.to_owned() } else { crate::core::codec::percent_decode(link) };
    let (_, after) = link.split_once('?')?;
    let query = after.split('#').next().unwrap_or("");
    config::parse(query).0.name
}
