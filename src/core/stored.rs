//! What the widget keeps on the device between visits, in one shape: a
//! header line (a word naming what it is, its format version, and words of
//! its own, such as the self-check's screen) followed by the body (a
//! results file, a plan file, or a pool's codes). The self-check's draft
//! (`core::draft`), the team plan's (`core::team_plan`) and the tools
//! page's pool (`core::tools`) are read and written through it, so they
//! refuse a foreign or newer text the same way.
//!
//! ```text
//! partnership-selfcheck-team-plan-draft 1
//! { "format": "partnership-selfcheck-team-plan", ... }
//! ```

/// Why a kept text could not be read as what was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoredError {
    /// The text does not start with the expected header.
    NotOurs,
    /// A newer version wrote it, in this format version.
    Newer(u32),
}

/// A kept text, read: its format version, the header's further words, and
/// the body after the header line.
#[derive(Clone, Debug)]
pub struct Kept<'a> {
    /// The format version it was written in (at most the newest asked for).
    pub version: u32,
    /// The header's words after the version.
    pub words: std::str::SplitWhitespace<'a>,
    /// Everything after the header line.
    pub body: &'a str,
}

/// The text to keep: the header line, then `body`. `words` are the
/// header's own further words, or empty.
pub fn write(magic: &str, version: u32, words: &str, body: &str) -> String {
    if words.is_empty() {
        format!("{magic} {version}\n{body}")
    } else {
        format!("{magic} {version} {words}\n{body}")
    }
}

/// Reads a kept text whose header starts with `magic`, refusing one written
/// in a format version newer than `newest`.
pub fn read<'a>(text: &'a str, magic: &str, newest: u32) -> Result<Kept<'a>, StoredError> {
    let (header, body) = text.split_once('\n').unwrap_or((text, ""));
    let mut words = header.split_whitespace();
    if words.next() != Some(magic) {
        return Err(StoredError::NotOurs);
    }
    let version: u32 = words.next().and_then(|v| v.parse().ok()).ok_or(StoredError::NotOurs)?;
    if version > newest {
        return Err(StoredError::Newer(version));
    }
    Ok(Kept { version, words, body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back_and_foreign_or_newer_texts_are_refused() {
        let text = write("magic", 2, "area:x", "body\nlines");
        assert_eq!(text, "magic 2 area:x\nbody\nlines");
        let kept = read(&text, "magic", 2).expect("ours");
        assert_eq!((kept.version, kept.words.collect::<Vec<_>>(), kept.body), (2, vec!["area:x"], "body\nlines"));
        assert_eq!(read("magic 1\n", "magic", 2).map(|k| k.body), Ok(""));
        assert_eq!(read("magic 1", "magic", 2).map(|k| k.body), Ok(""), "a header alone is an empty body");
        assert_eq!(read(&write("magic", 3, "", ""), "magic", 2).err(), Some(StoredError::Newer(3)));
        assert_eq!(read("other 1\n", "magic", 2).err(), Some(StoredError::NotOurs));
        assert_eq!(read("magic x\n", "magic", 2).err(), Some(StoredError::NotOurs));
        assert_eq!(read("", "magic", 2).err(), Some(StoredError::NotOurs));
    }
}
