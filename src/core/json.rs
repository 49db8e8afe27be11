//! A strict JSON reader shared by the results file (`file.rs`) and the
//! content files (`content.rs`): a tree that keeps duplicate keys so they
//! can be refused, a cheap nesting check that runs before parsing, and a
//! field reader whose every error names the field's path.

use super::file::{nesting_depth, FileError};

/// A parsed JSON value that keeps every object entry in order, duplicates
/// included, so that a repeated key can be refused rather than silently
/// resolved to one of its values.
#[derive(Debug, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool,
    /// A whole number of zero or more.
    Unsigned(u64),
    /// A negative, fractional or too-large number; no field accepts one.
    OtherNumber,
    Str(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

/// A recursive-descent reader for strict JSON (RFC 8259): no comments, no
/// trailing commas, no lone surrogates, nothing after the value. It is
/// written by hand because a general-purpose parser (serde_json) costs
/// several kilobytes of the bundle that every visitor downloads. Errors carry
/// only the byte offset where reading stopped; [`parse`] turns it into a
/// line and column. Recursion is bounded because [`parse`] checks the
/// nesting depth before reading.
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The offset of the next unread byte.
    at: usize,
}

/// Where reading stopped: the offset just past the offending byte, or the
/// end of the text when it ended too early.
type Stop = usize;

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// An error at the byte just read (or at the end of the text).
    fn stop(&self) -> Stop {
        (self.at + 1).min(self.bytes.len())
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Consumes `byte` or fails there.
    fn expect(&mut self, byte: u8) -> Result<(), Stop> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.stop())
        }
    }

    fn value(&mut self) -> Result<Node, Stop> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Node::Str),
            Some(b't') => self.literal(b"true", Node::Bool),
            Some(b'f') => self.literal(b"false", Node::Bool),
            Some(b'n') => self.literal(b"null", Node::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.stop()),
        }
    }

    fn literal(&mut self, word: &[u8], node: Node) -> Result<Node, Stop> {
        for &byte in word {
            self.expect(byte)?;
        }
        Ok(node)
    }

    /// Reads the comma-separated items of an array or object, from its
    /// opening bracket through `close`; `item` reads one item.
    fn items(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Result<(), Stop>) -> Result<(), Stop> {
        self.at += 1;
        self.skip_whitespace();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(byte) if byte == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.stop()),
            }
        }
    }

    fn object(&mut self) -> Result<Node, Stop> {
        let mut entries = Vec::new();
        self.items(b'}', |reader| {
            reader.skip_whitespace();
            if reader.peek() != Some(b'"') {
                return Err(reader.stop());
            }
            let key = reader.string()?;
            reader.skip_whitespace();
            reader.expect(b':')?;
            entries.push((key, reader.value()?));
            Ok(())
        })?;
        Ok(Node::Object(entries))
    }

    fn array(&mut self) -> Result<Node, Stop> {
        let mut items = Vec::new();
        self.items(b']', |reader| {
            items.push(reader.value()?);
            Ok(())
        })?;
        Ok(Node::Array(items))
    }

    /// Reads a string literal starting at its opening quote.
    fn string(&mut self) -> Result<String, Stop> {
        self.at += 1;
        let mut out = String::new();
        let mut run_start = self.at;
        loop {
            match self.peek() {
                None => return Err(self.bytes.len()),
                Some(b'"') => {
                    out.push_str(self.text.get(run_start..self.at).unwrap_or_default());
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.text.get(run_start..self.at).unwrap_or_default());
                    self.at += 1;
                    out.push(self.escape()?);
                    run_start = self.at;
                }
                // Control characters must be escaped inside strings.
                Some(0..=0x1f) => return Err(self.stop()),
                // Multi-byte characters pass through whole: the text is
                // valid UTF-8 and runs are cut only at ASCII bytes.
                Some(_) => self.at += 1,
            }
        }
    }

    /// Reads one escape after its backslash.
    fn escape(&mut self) -> Result<char, Stop> {
        let byte = self.peek().ok_or(self.bytes.len())?;
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        // A leading surrogate must be followed by its trailing half.
                        self.expect(b'\\')?;
                        self.expect(b'u')?;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(self.at);
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(self.at),
                    _ => first,
                };
                char::from_u32(code).ok_or(self.at)?
            }
            _ => return Err(self.at),
        })
    }

    fn hex4(&mut self) -> Result<u32, Stop> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16)).ok_or(self.stop())?;
            self.at += 1;
            code = code * 16 + digit;
        }
        Ok(code)
    }

    /// Reads a number. Only a plain whole number that fits in 64 bits is
    /// kept; any other valid number is [`Node::OtherNumber`].
    fn number(&mut self) -> Result<Node, Stop> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut value: Option<u64> = Some(0);
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                while let Some(digit @ b'0'..=b'9') = self.peek() {
                    value = value
                        .and_then(|v| v.checked_mul(10))
                        .and_then(|v| v.checked_add(u64::from(digit - b'0')));
                    self.at += 1;
                }
            }
            _ => return Err(self.stop()),
        }
        let mut whole = !negative;
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits()?;
            whole = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.digits()?;
            whole = false;
        }
        Ok(match value {
            Some(value) if whole => Node::Unsigned(value),
            _ => Node::OtherNumber,
        })
    }

    /// One or more decimal digits.
    fn digits(&mut self) -> Result<(), Stop> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.stop());
        }
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        Ok(())
    }
}

/// The entries of one JSON object, checked for duplicate keys, with the
/// object's path so that every error can name the field.
pub(crate) struct Fields<'a> {
    entries: &'a [(String, Node)],
    path: String,
}

impl<'a> Fields<'a> {
    /// Wraps an object's entries; refuses the object if a key repeats.
    pub(crate) fn new(entries: &'a [(String, Node)], path: &str) -> Result<Fields<'a>, FileError> {
        let fields = Fields {
            entries,
            path: path.to_owned(),
        };
        // Sorting the keys puts any repeat next to its twin: n log n, so a
        // hostile file with thousands of keys costs nothing noticeable, and
        // no hash table code is added to the bundle for it.
        let mut keys: Vec<&str> = entries.iter().map(|(key, _)| key.as_str()).collect();
        keys.sort_unstable();
        if let Some(pair) = keys.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(FileError::DuplicateKey {
                path: fields.path_of(pair[0]),
            });
        }
        Ok(fields)
    }

    /// The path of one of this object's fields.
    pub(crate) fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The field's value, if present.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value)
    }

    /// The field's value, which must be present.
    pub(crate) fn required(&self, key: &str) -> Result<&'a Node, FileError> {
        self.get(key).ok_or_else(|| FileError::MissingField {
            path: self.path_of(key),
        })
    }

    /// Refuses any field not in `allowed`.
    pub(crate) fn only(&self, allowed: &[&str]) -> Result<(), FileError> {
        self.only_keys(|key| allowed.contains(&key))
    }

    /// Refuses any field whose key `allowed` rejects.
    pub(crate) fn only_keys(&self, allowed: impl Fn(&str) -> bool) -> Result<(), FileError> {
        match self.entries.iter().find(|(key, _)| !allowed(key)) {
            Some((key, _)) => Err(FileError::UnknownField {
                path: self.path_of(key),
            }),
            None => Ok(()),
        }
    }

    /// A required nested object.
    pub(crate) fn object(&self, key: &str) -> Result<Fields<'a>, FileError> {
        match self.required(key)? {
            Node::Object(entries) => Fields::new(entries, &self.path_of(key)),
            _ => Err(self.wrong_type(key, "an object ({ … })")),
        }
    }

    /// A required array.
    pub(crate) fn array(&self, key: &str) -> Result<&'a [Node], FileError> {
        match self.required(key)? {
            Node::Array(items) => Ok(items),
            _ => Err(self.wrong_type(key, "a list ([ … ])")),
        }
    }

    /// A required text value.
    pub(crate) fn string(&self, key: &str) -> Result<&'a str, FileError> {
        match self.required(key)? {
            Node::Str(text) => Ok(text),
            _ => Err(self.wrong_type(key, "text")),
        }
    }

    /// A required whole number of zero or more.
    pub(crate) fn integer(&self, key: &str) -> Result<u64, FileError> {
        match self.required(key)? {
            Node::Unsigned(value) => Ok(*value),
            Node::OtherNumber => Err(self.invalid(key, "it should be a whole number of 1 or more")),
            _ => Err(self.wrong_type(key, "a whole number")),
        }
    }

    /// A wrong-type error for one of this object's fields.
    pub(crate) fn wrong_type(&self, key: &str, expected: &'static str) -> FileError {
        wrong_type(self.path_of(key), expected)
    }

    /// An invalid-value error for one of this object's fields.
    pub(crate) fn invalid(&self, key: &str, reason: &'static str) -> FileError {
        invalid(self.path_of(key), reason)
    }
}

/// A wrong-type error at a path.
pub(crate) fn wrong_type(path: String, expected: &'static str) -> FileError {
    FileError::WrongType { path, expected }
}

/// An invalid-value error at a path.
pub(crate) fn invalid(path: String, reason: &'static str) -> FileError {
    FileError::InvalidValue { path, reason }
}

/// Parses JSON text into a [`Node`], refusing nesting deeper than
/// `max_depth` before the parser sees it.
pub(crate) fn parse(text: &str, max_depth: usize) -> Result<Node, FileError> {
    if nesting_depth(text) > max_depth {
        return Err(FileError::TooDeep);
    }
    let mut reader = Reader { text, bytes: text.as_bytes(), at: 0 };
    let result = reader.value().and_then(|node| {
        reader.skip_whitespace();
        if reader.at == reader.bytes.len() {
            Ok(node)
        } else {
            Err(reader.stop())
        }
    });
    result.map_err(|stop| {
        // Lines count from 1; the column is the number of bytes read on the
        // line so far, 0 when the text is empty.
        let before = &text.as_bytes()[..stop.min(text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
        FileError::NotJson { line, column }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    /// What serde_json, the reference reader, makes of the text, in our
    /// terms. Its objects are sorted by key, so ours are sorted to compare.
    fn reference(text: &str) -> Result<Node, (usize, usize)> {
        fn convert(value: Value) -> Node {
            match value {
                Value::Null => Node::Null,
                Value::Bool(_) => Node::Bool,
                Value::Number(n) => n.as_u64().map_or(Node::OtherNumber, Node::Unsigned),
                Value::String(s) => Node::Str(s),
                Value::Array(items) => Node::Array(items.into_iter().map(convert).collect()),
                Value::Object(map) => Node::Object(map.into_iter().map(|(k, v)| (k, convert(v))).collect()),
            }
        }
        serde_json::from_str::<Value>(text)
            .map(convert)
            .map_err(|e| (e.line(), e.column()))
    }

    /// The node as serde_json's `Value` holds it: objects sorted by key,
    /// one entry per key.
    fn sorted(node: Node) -> Node {
        match node {
            Node::Array(items) => Node::Array(items.into_iter().map(sorted).collect()),
            Node::Object(entries) => {
                // serde_json keeps the last of repeated keys (our reader
                // keeps all, for `Fields` to refuse), so compare that.
                let mut last: Vec<(String, Node)> = Vec::new();
                for (key, value) in entries {
                    last.retain(|(k, _)| *k != key);
                    last.push((key, sorted(value)));
                }
                last.sort_by(|a, b| a.0.cmp(&b.0));
                Node::Object(last)
            }
            other => other,
        }
    }

    fn ours(text: &str) -> Result<Node, (usize, usize)> {
        match parse(text, 1000) {
            Ok(node) => Ok(sorted(node)),
            Err(FileError::NotJson { line, column }) => Err((line, column)),
            Err(other) => panic!("unexpected error {other:?}"),
        }
    }

    /// Whether serde_json refused the text only because a number is too
    /// large for a float; our reader keeps such a number as
    /// [`Node::OtherNumber`], which no field accepts anyway.
    fn float_overflow(text: &str) -> bool {
        serde_json::from_str::<Value>(text).is_err_and(|e| e.to_string().contains("out of range"))
    }

    fn assert_agrees(text: &str) {
        if float_overflow(text) {
            return;
        }
        match (ours(text), reference(text)) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text:?}"),
            (Err((line, _)), Err((ref_line, _))) => assert_eq!(line, ref_line, "{text:?}"),
            (a, b) => panic!("{text:?}: ours {a:?}, serde_json {b:?}"),
        }
    }

    #[test]
    fn agrees_with_serde_json_on_hand_picked_texts() {
        let texts = [
            "", " ", "null", "true", "false", "nul", "tru", "0", "-0", "01", "1.", "1.5", "-1", "1e5", "1E+5", "1e", "-",
            "18446744073709551615", "18446744073709551616", "1e400", "\"\"", "\"a\\u00e9\\ud83d\\ude42\"",
            "\"\\ud83d\"", "\"\\ude42\"", "\"\\ud83dx\"", "\"\\x\"", "\"tab\there\"", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"",
            "[]", "[ ]", "[1,]", "[,1]", "[1 2]", "{}", "{ }", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":1}x",
            "{\"a\":[1,{\"b\":null}],\"c\":\"é\"}", "\n\n  [1,\n  2,\n  x]", "[\"unterminated", "{\"a\":1", "\u{feff}{}",
            "[1]\n", "\t[ true , false ]\r\n", "\"é✓🙂\"", "[-]", "[--1]", "[+1]", "[.5]", "[0x10]", "[1e+]",
        ];
        for text in texts {
            assert_agrees(text);
        }
    }

    #[test]
    fn reports_the_position_serde_json_reports_for_simple_errors() {
        assert_eq!(ours(""), Err((1, 0)));
        assert_eq!(ours("hello"), reference("hello"));
        assert_eq!(ours("[1,\n 2,\n x]"), reference("[1,\n 2,\n x]"));
        assert_eq!(ours("{\"a\":1}x"), reference("{\"a\":1}x"));
    }

    /// Any JSON value without repeated keys, serde_json's form.
    fn any_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            "\\PC{0,12}".prop_map(Value::String),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map("\\PC{0,6}", inner, 0..6)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn reads_whatever_serde_json_writes(value in any_value(), pretty in any::<bool>()) {
            let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
            assert_agrees(&text);
            prop_assert!(ours(&text).is_ok());
        }

        #[test]
        fn accepts_and_refuses_what_serde_json_does(
            value in any_value(),
            cut in any::<prop::sample::Index>(),
            insert in prop::sample::select(vec!["", ",", "]", "}", "\"", "\\", "x", "-", "0", ".", "e", "\n", "\u{1}", "{", "[", ":", "é"]),
            remove in 0usize..3,
        ) {
            let text = serde_json::to_string_pretty(&value).unwrap();
            // Damage the text at a character boundary: drop up to two
            // characters and insert one troublesome one.
            let chars: Vec<char> = text.chars().collect();
            let at = cut.index(chars.len() + 1);
            let end = (at + remove).min(chars.len());
            let damaged: String = chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
            assert_agrees(&damaged);
        }
    }
}
