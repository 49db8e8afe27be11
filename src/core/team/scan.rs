//! Finding share codes in pasted text, line by line.

use super::pool::{is_newer, saturating_u32};
use crate::core::codec;
use crate::core::model::Answers;
use crate::core::share::{self, ShareError};

/// The fewest characters (prefix and version digit included) that a bare
/// code must have to be reported as a candidate.
pub const MIN_BARE_CANDIDATE_LEN: usize = 20;

/// A candidate found in text, already decoded.
pub(super) struct Candidate {
    pub(super) line: u32,
    pub(super) code: String,
    pub(super) decoded: Result<Answers, ShareError>,
}

/// The raw result of scanning text, before anything is added to a pool.
pub(super) struct Scan {
    pub(super) candidates: Vec<Candidate>,
    pub(super) lines_without_code: u32,
}

/// A code's position within one (percent-decoded) line.
struct Found {
    start: usize,
    end: usize,
}

fn is_code_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// The end of the run of code characters starting at `from`.
fn run_end(bytes: &[u8], from: usize) -> usize {
    let mut end = from;
    while bytes.get(end).is_some_and(|b| is_code_byte(*b)) {
        end += 1;
    }
    end
}

/// Undoes percent-escapes whose byte is a code character, `=` or `#`
/// (all a share link needs), up to three times. Other escapes are left
/// alone so the result is still valid text.
pub(super) fn percent_decode_repeated(line: &str) -> String {
    codec::percent_decode_repeated(line, |b| is_code_byte(b) || b == b'=' || b == b'#')
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
        if bytes.get(i) == Some(&b'P')
            && at_boundary
            && bytes.get(i + 1).is_some_and(|b| (b'1'..=b'9').contains(b))
        {
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
fn decode_candidate(code: &str) -> Result<Answers, ShareError> {
    let first = share::decode(code);
    if !is_damaged(&first) {
        return first;
    }
    let mut shorter = code;
    while let Some(trimmed) = shorter.strip_suffix(['-', '_']) {
        shorter = trimmed;
        if let Ok(answers) = share::decode(shorter) {
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

pub(super) fn scan_text(text: &str) -> Scan {
    let lines: Vec<String> = text.lines().map(percent_decode_repeated).collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut lines_without_code: u32 = 0;
    // Bytes at the start of a line already used to finish a code broken over
    // the previous line; they are not scanned again.
    let mut skip_to: usize = 0;
    for (index, line) in lines.iter().enumerate() {
        let line_number = saturating_u32(index.saturating_add(1));
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
            let mut decoded = decode_candidate(&code);
            let mut code = code;
            let is_last = position + 1 == count;
            let ends_line = rest.get(end..).is_some_and(|tail| tail.trim().is_empty());
            if is_last && ends_line && is_damaged(&decoded) {
                if let Some(next) = lines.get(index + 1) {
                    let from = content_start(next);
                    let to = run_end(next.as_bytes(), from);
                    if to > from {
                        let joined = format!("{code}{}", next.get(from..to).unwrap_or(""));
                        if let Ok(answers) = share::decode(&joined) {
                            decoded = Ok(answers);
                            code = joined;
                            skip_to = to;
                        }
                    }
                }
            }
            candidates.push(Candidate { line: line_number, code, decoded });
        }
    }
    Scan { candidates, lines_without_code }
}

fn is_damaged(decoded: &Result<Answers, ShareError>) -> bool {
    matches!(decoded, Err(error) if !is_newer(error))
}
