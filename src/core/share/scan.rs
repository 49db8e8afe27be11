//! Finding share codes in pasted text: one code in a link or message
//! ([`extract_code`], for opening someone's results), or every code in an
//! e-mail thread or chat export, line by line ([`codes_in_lines`], for the
//! team pool). Both share the code alphabet, the percent-decoding of mangled
//! links and the handling of mail quote markers, so a link that opens on the
//! results page also pools.

use super::error::ShareError;
use super::layout::{code_length, LONGEST_CODE_LENGTH};
use crate::core::codec::{base64url_value, percent_decode_repeated};
use crate::core::model::Answers;

/// The most characters [`extract_code`] returns. Codes of any format are meant
/// for links, so a longer run is not a code and need not be read further.
pub const MAX_COLLECTED: usize = 256;

/// Finds the code in pasted text and returns it cleaned: `P`, the version
/// digit and the body characters, nothing else.
///
/// It accepts a bare code or a whole link (the part after the last `#` that
/// holds a code is used, and `r=` may precede the code), surrounding text,
/// whitespace and line breaks inside the code (mail clients wrap long links),
/// `>` quote markers of a mail reply inside the code, even right after the
/// `P` and with the line break gone (an address bar turns a pasted line break
/// into a space or nothing, and the fragment then holds `%20%3E%20`),
/// percent-encoding (`%23`, `%3D`, …, also applied twice), and punctuation
/// around the code such as `<`, `(`, quotes, `.`, `,`, `)` or `>`. None of
/// these characters belongs to the code alphabet, so removing them cannot
/// change which code is read.
///
/// A code starts at a `P` followed by a digit 1–9 that does not continue a
/// word. Once a code of a format this build reads (1 or 2) has all its
/// characters, a following space ends it, so a word typed after the code is
/// not mistaken for part of it. When the text holds several codes, the first
/// complete code of a format this build reads wins, then the first code of a
/// newer format, then the first incomplete one. A code of a known format
/// that is too long is returned with at most one character more than the
/// longest known format's code (47), which is enough to tell it is too long
/// or another format's code with a damaged digit, and any other with at
/// most [`MAX_COLLECTED`] characters.
pub fn extract_code(input: &str) -> Result<String, ShareError> {
    // The common case, a clean code (as pooling sees thousands of), skips
    // the cleaning below; it is exactly what the cleaning would return.
    if is_clean_code(input) {
        return Ok(input.to_owned());
    }
    let text = percent_decode_repeated(input.trim());
    if text.chars().all(is_ignorable) {
        return Err(ShareError::Empty);
    }
    // The code lives in the fragment, so later `#` parts are preferred; a
    // stray `#` after the code leaves an empty last part, hence the search.
    text.rsplit('#').find_map(find_code).ok_or(ShareError::NotACode)
}

/// Whether `input` is a complete code of a format this build reads and
/// nothing else.
fn is_clean_code(input: &str) -> bool {
    let mut chars = input.chars();
    chars.next() == Some('P') && chars.next().and_then(code_length) == Some(input.len()) && chars.all(is_alphabet)
}

/// The length of a complete code of the format that `code` (as collected so
/// far) names with its version digit, if this build reads that format.
fn known_length(code: &str) -> Option<usize> {
    code.strip_prefix('P')?.chars().next().and_then(code_length)
}

/// Whether the character can appear in a code.
fn is_alphabet(c: char) -> bool {
    base64url_value(c).is_some()
}

/// Whether the character is one that copying may slip into a code and that
/// carries nothing: whitespace, line breaks, and invisible formatting
/// characters (zero-width spaces and joiners, word joiner, byte-order mark,
/// soft hyphen).
fn is_ignorable(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Whether the character may sit between two characters of a code and is
/// skipped there: an ignorable character or a `>` quote marker. A marker is
/// skipped even without a line break before it, because an address bar drops
/// the pasted line break and keeps the marker.
fn is_gap(c: char) -> bool {
    is_ignorable(c) || c == '>'
}

/// The code in one `#`-separated part of the text, cleaned: the first
/// complete code of a format this build reads, else the first code of a newer
/// format (so that the person hears a newer version is needed), else the
/// first incomplete or overlong code (so that the person hears what is wrong
/// with it).
fn find_code(part: &str) -> Option<String> {
    let chars: Vec<char> = part.chars().collect();
    let (mut first, mut newer) = (None, None);
    let mut previous: Option<char> = None;
    for (start, c) in chars.iter().copied().enumerate() {
        let starts_word = previous.is_none_or(|p| !is_alphabet(p));
        previous = Some(c);
        if c != 'P' || !starts_word {
            continue;
        }
        // The version digit is checked before collecting, so that text full
        // of lone `P`s is read in one pass rather than once per `P`.
        let rest = chars.get(start + 1..).unwrap_or_default();
        let Some(version) = rest.iter().copied().find(|c| !is_gap(*c)) else {
            break;
        };
        let candidate = chars.get(start..).unwrap_or_default();
        if let Some(length) = code_length(version) {
            let code = collect_code(candidate);
            if code.len() == length {
                return Some(code);
            }
            first.get_or_insert(code);
        } else if matches!(version, '1'..='9') && newer.is_none() {
            let code = collect_code(candidate);
            first.get_or_insert_with(|| code.clone());
            newer = Some(code);
        }
    }
    newer.or(first)
}

/// Collects code characters from the start of `chars`, skipping gaps (see
/// [`is_gap`]) and stopping at anything else. A complete code of a format
/// this build reads also stops at a gap, so that text after it is not joined
/// on. Collecting stops one character past the longest known format's code
/// ([`LONGEST_CODE_LENGTH`]) for known formats, which is enough to know a
/// code is too long, or to read whole another format's code whose digit was
/// damaged into this one, or at [`MAX_COLLECTED`] characters for other
/// formats; either way pasted text costs time in proportion to its length,
/// not more.
fn collect_code(chars: &[char]) -> String {
    let mut code = String::new();
    let mut after_gap = false;
    for c in chars.iter().copied() {
        if is_alphabet(c) {
            let known = known_length(&code);
            let limit = if known.is_some() { LONGEST_CODE_LENGTH + 1 } else { MAX_COLLECTED };
            let complete = known.is_some_and(|length| code.len() >= length);
            if (after_gap && complete) || code.len() >= limit {
                break;
            }
            code.push(c);
            after_gap = false;
        } else if is_gap(c) {
            after_gap = true;
        } else {
            break;
        }
    }
    code
}

/// The fewest characters (prefix and version digit included) that a bare
/// code must have to be reported as a candidate.
pub const MIN_BARE_CANDIDATE_LEN: usize = 20;

/// A candidate code found in pasted text, already decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundCode {
    /// The 1-based number of the line where the code starts.
    pub line: u32,
    /// The code as found (joined when it was broken over two lines).
    pub code: String,
    /// The code decoded, or why it could not be.
    pub decoded: Result<Answers, ShareError>,
}

/// Every candidate code in a pasted text, with how many lines held none.
///
/// A candidate is either
/// - whatever follows `#r=` in a link, up to the first character that cannot
///   be in a code (even when it is too short or damaged, because the link
///   says a code was meant to be there), or
/// - a bare `P`, a version digit and a run of base64url characters
///   (`A–Z a–z 0–9 - _`), at least [`MIN_BARE_CANDIDATE_LEN`] characters in
///   all, not preceded by a letter or digit; the length floor keeps words
///   such as "P2P" or "P1 meeting" from being reported as damaged codes.
///
/// Percent-escapes (`%2D`, `%3D`, …) are decoded first. A code that a mail
/// program broke over two lines is joined only when the joined text passes
/// the code's checksum, so joining never invents a code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodesInText {
    /// Every candidate, in the order it appears in the text.
    pub found: Vec<FoundCode>,
    /// How many non-empty lines held no code at all (quote markers and
    /// whitespace alone do not make a line non-empty).
    pub lines_without_code: u32,
}

/// A code's position within one (percent-decoded) line.
struct Found {
    start: usize,
    end: usize,
}

/// Whether the byte is a code character (see [`is_alphabet`]).
fn is_code_byte(b: u8) -> bool {
    is_alphabet(char::from(b))
}

/// The end of the run of code characters starting at `from`.
fn run_end(bytes: &[u8], from: usize) -> usize {
    let mut end = from;
    while bytes.get(end).is_some_and(|b| is_code_byte(*b)) {
        end += 1;
    }
    end
}

/// Every candidate in one line, left to right.
fn find_in_line(line: &str) -> Vec<Found> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i..i + 3) == Some(b"#r=") {
            let start = i + 3;
            let end = run_end(bytes, start);
            found.push(Found { start, end });
            i = end.max(i + 1);
            continue;
        }
        let at_boundary = i == 0 || bytes.get(i - 1).is_some_and(|b| !b.is_ascii_alphanumeric());
        if bytes.get(i) == Some(&b'P') && at_boundary && bytes.get(i + 1).is_some_and(|b| (b'1'..=b'9').contains(b)) {
            let end = run_end(bytes, i + 1);
            if end - i >= MIN_BARE_CANDIDATE_LEN {
                found.push(Found { start: i, end });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// Decodes a candidate. When it fails and ends in `-` or `_`, those may be
/// punctuation that touched the code (a dash after a link), so the shorter
/// forms are tried too; the checksum keeps this from accepting a wrong code.
fn decode_candidate(code: &str, decode: &impl Fn(&str) -> Result<Answers, ShareError>) -> Result<Answers, ShareError> {
    let first = decode(code);
    if !is_damaged(&first) {
        return first;
    }
    let mut shorter = code;
    while let Some(trimmed) = shorter.strip_suffix(['-', '_']) {
        shorter = trimmed;
        if let Ok(answers) = decode(shorter) {
            return Ok(answers);
        }
    }
    first
}

/// The start of a line once quote markers ("> > ") and indentation are
/// skipped, as a byte offset.
fn content_start(line: &str) -> usize {
    line.len() - line.trim_start_matches(|c: char| c == '>' || c.is_whitespace()).len()
}

/// Finds every candidate code in `text`, line by line, and decodes each with
/// `decode` (the share module passes its own, which keeps this module below
/// it).
pub(super) fn codes_in_lines(text: &str, decode: impl Fn(&str) -> Result<Answers, ShareError>) -> CodesInText {
    let lines: Vec<String> = text.lines().map(percent_decode_repeated).collect();
    let mut found_codes: Vec<FoundCode> = Vec::new();
    let mut lines_without_code: u32 = 0;
    // Bytes at the start of a line already used to finish a code broken over
    // the previous line; they are not scanned again.
    let mut skip_to: usize = 0;
    for (index, line) in lines.iter().enumerate() {
        let line_number = u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX);
        let rest = line.get(skip_to..).unwrap_or("");
        let joined_here = skip_to > 0;
        skip_to = 0;
        let found = find_in_line(rest);
        if found.is_empty() {
            if !joined_here && content_start(rest) < rest.len() {
                lines_without_code = lines_without_code.saturating_add(1);
            }
            continue;
        }
        let count = found.len();
        for (position, Found { start, end }) in found.into_iter().enumerate() {
            let code = rest.get(start..end).unwrap_or("").to_owned();
            let mut decoded = decode_candidate(&code, &decode);
            let mut code = code;
            let is_last = position + 1 == count;
            let ends_line = rest.get(end..).is_some_and(|tail| tail.trim().is_empty());
            if is_last && ends_line && is_damaged(&decoded) {
                if let Some(next) = lines.get(index + 1) {
                    let from = content_start(next);
                    let to = run_end(next.as_bytes(), from);
                    if to > from {
                        let joined = format!("{code}{}", next.get(from..to).unwrap_or(""));
                        if let Ok(answers) = decode(&joined) {
                            decoded = Ok(answers);
                            code = joined;
                            skip_to = to;
                        }
                    }
                }
            }
            found_codes.push(FoundCode { line: line_number, code, decoded });
        }
    }
    CodesInText { found: found_codes, lines_without_code }
}

fn is_damaged(decoded: &Result<Answers, ShareError>) -> bool {
    matches!(decoded, Err(error) if !error.is_newer())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::AssessmentId;
    use crate::core::share::{decode, encode};

    fn code() -> String {
        let mut answers = Answers::new(AssessmentId::from_random([4, 3, 2, 1, 0]));
        answers.barriers = answers.barriers.with(crate::core::model::Barrier::ALL[0], true);
        encode(&answers)
    }

    #[test]
    fn one_code_is_found_in_a_mangled_link() {
        let code = code();
        assert!(is_clean_code(&code));
        let (head, tail) = code.split_at(20);
        let quoted = format!("> see <https://example.org/%2523r%253D{head}\n> {tail}>.");
        assert_eq!(extract_code(&quoted), Ok(code.clone()));
        assert_eq!(extract_code(" \u{200B} "), Err(ShareError::Empty));
        assert_eq!(extract_code("room P12"), Ok("P12".to_owned()), "an incomplete code, so the person hears it is cut");
        assert_eq!(extract_code("hello"), Err(ShareError::NotACode));
    }

    #[test]
    fn quote_markers_are_skipped_anywhere_inside_a_code() {
        let code = code();
        let (head, tail) = code.split_at(1);
        assert_eq!(extract_code(&format!("#r={head}\n> {tail}")), Ok(code.clone()), "a break right after the P");
        let (head, tail) = code.split_at(10);
        for fragment in [
            format!("r={head}%20%3E%20{tail}"),
            format!("r={head}>%20>%20{tail}"),
            format!("r={head}%2520%253E%253E%2520{tail}"),
            format!("r={head}>{tail}"),
        ] {
            assert_eq!(extract_code(&fragment), Ok(code.clone()), "an address bar's fragment {fragment:?}");
        }
        assert_eq!(extract_code(&format!("<{code}>more")), Ok(code.clone()), "a complete code ends at the gap");
    }

    #[test]
    fn lines_find_links_and_bare_codes_but_not_words() {
        let line = format!("#r=abc and P1 meeting, P2P, then ({})", code());
        let found: Vec<&str> = find_in_line(&line).iter().map(|f| &line[f.start..f.end]).collect();
        assert_eq!(found, vec!["abc", code().as_str()]);
        assert_eq!(content_start("> >  text"), 5);
    }

    #[test]
    fn a_code_broken_over_two_lines_is_joined_only_when_it_checks() {
        let code = code();
        let (head, tail) = code.split_at(25);
        let text = format!("Hi,\n{head}\n> {tail}\nP1tooshortbutlongenough\nbye");
        let scan = codes_in_lines(&text, decode);
        let lines: Vec<(u32, &str)> = scan.found.iter().map(|f| (f.line, f.code.as_str())).collect();
        assert_eq!(lines, vec![(2, code.as_str()), (4, "P1tooshortbutlongenough")]);
        assert!(scan.found.first().is_some_and(|f| f.decoded.is_ok()));
        assert_eq!(scan.found.get(1).map(|f| f.decoded.clone()), Some(Err(ShareError::Incomplete)));
        assert_eq!(scan.lines_without_code, 2, "\"Hi,\" and \"bye\"");
    }

    #[test]
    fn a_dash_that_touched_the_code_is_trimmed() {
        let code = code();
        let scan = codes_in_lines(&format!("{code}--"), decode);
        assert_eq!(scan.found.first().map(|f| f.decoded.is_ok()), Some(true));
    }
}
