//! Team links found in text pasted where people's own links belong: a
//! facilitator who pastes a team summary link (`#t=T2…`) into the team box
//! is told what it is and what can be done with it, rather than seeing the
//! line skipped as holding no code.

use super::code::{decode_team_with_families, TeamCodeError, TeamCodeRead, TEAM_CODE_PREFIX};
use crate::core::codec::{base64url_value, percent_decode_repeated};

/// The fewest characters a bare team code (`T`, a digit, base64url) must
/// have to be reported; real codes are far longer, and the floor keeps
/// words such as "T2 meeting" out.
const MIN_BARE_TEAM_CODE: usize = 20;

/// A team link or code found in pasted text.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamLinkFound {
    /// The 1-based number of the line it is on.
    pub line: u32,
    /// The code as found (`T2…`).
    pub code: String,
    /// The pooled counts it carries (the families' too, from a `T3` code),
    /// or why it cannot be read.
    pub read: Result<TeamCodeRead, TeamCodeError>,
}

/// Every team link (`#t=` followed by a code) and bare team code (`T` and a
/// version digit at a word's start, then base64url, at least
/// [`MIN_BARE_TEAM_CODE`] characters) in `text`, line by line.
pub fn find_team_links(text: &str) -> Vec<TeamLinkFound> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX);
        let line = percent_decode_repeated(line);
        for code in codes_in_line(&line) {
            found.push(TeamLinkFound { line: line_number, read: decode_team_with_families(code), code: code.to_owned() });
        }
    }
    found
}

/// The team codes in one line, left to right.
fn codes_in_line(line: &str) -> Vec<&str> {
    let bytes = line.as_bytes();
    let run_end = |from: usize| {
        let mut end = from;
        while bytes.get(end).is_some_and(|b| base64url_value(char::from(*b)).is_some()) {
            end += 1;
        }
        end
    };
    let mut codes = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let after_link = bytes.get(i..i + 3) == Some(b"#t=");
        let start = if after_link { i + 3 } else { i };
        let at_boundary = after_link || i == 0 || bytes.get(i - 1).is_some_and(|b| !b.is_ascii_alphanumeric());
        let is_code =
            at_boundary && bytes.get(start) == Some(&(TEAM_CODE_PREFIX as u8)) && bytes.get(start + 1).is_some_and(u8::is_ascii_digit);
        let end = run_end(start);
        if is_code && (after_link || end - start >= MIN_BARE_TEAM_CODE) {
            codes.push(line.get(start..end).unwrap_or(""));
            i = end;
        } else {
            i += 1;
        }
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::team::code::encode_team;
    use crate::core::team::test_support::counts_of;

    #[test]
    fn team_links_and_bare_team_codes_are_found_by_line() {
        let counts = counts_of(&[[1; 5], [2; 5], [3; 5], [4; 5], [2; 5]]);
        let code = encode_team(&counts);
        let text = format!("Hi,\n> see https://example.org/tools/#t={code}\nT2 meeting at noon\n{code}.\n#t=T2abc\n");
        let found = find_team_links(&text);
        let lines: Vec<u32> = found.iter().map(|f| f.line).collect();
        assert_eq!(lines, vec![2, 4, 5]);
        assert_eq!(found[0].read.clone().map(|read| read.counts), Ok(counts.clone()));
        assert_eq!(found[1].code, code, "the full stop after it is not part of it");
        assert!(found[2].read.is_err(), "a cut team link is found and said to be unreadable");
        assert!(find_team_links("P2AAAA and T-shirts, T2").is_empty());
    }
}
