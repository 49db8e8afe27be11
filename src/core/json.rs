//! A strict JSON reader shared by the results file (`file.rs`) and the
//! content files (`content.rs`): a tree that keeps duplicate keys so they
//! can be refused, a cheap nesting check that runs before parsing, and a
//! field reader whose every error names the field's path.

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::file::FileError;
use super::model::Likert;

/// A parsed JSON value that keeps every object entry in order, duplicates
/// included, because `serde_json::Value` would silently keep only the last.
#[derive(Debug)]
pub(crate) enum Node {
    Null,
    Bool,
    /// A whole number of zero or more.
    Unsigned(u64),
    /// A negative or fractional number; no field accepts one.
    OtherNumber,
    Str(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// Builds a [`Node`] from whatever JSON value comes next.
struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Bool)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Node, E> {
        Ok(Node::Unsigned(value))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Node, E> {
        Ok(Node::OtherNumber)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
        Ok(Node::OtherNumber)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Node, E> {
        Ok(Node::Str(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Node, E> {
        Ok(Node::Str(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            entries.push((key, value));
        }
        Ok(Node::Object(entries))
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
        let mut seen = HashSet::new();
        for (key, _) in entries {
            if !seen.insert(key.as_str()) {
                return Err(FileError::DuplicateKey {
                    path: fields.path_of(key),
                });
            }
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

    /// A required scale point: 1–5 or null.
    pub(crate) fn likert(&self, key: &str) -> Result<Option<Likert>, FileError> {
        match self.required(key)? {
            Node::Null => Ok(None),
            Node::Unsigned(value) => u8::try_from(*value)
                .ok()
                .and_then(Likert::new)
                .map(Some)
                .ok_or_else(|| self.invalid(key, "scale points are whole numbers from 1 to 5")),
            Node::OtherNumber => {
                Err(self.invalid(key, "scale points are whole numbers from 1 to 5"))
            }
            _ => Err(self.wrong_type(key, "a whole number from 1 to 5, or null")),
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

/// The deepest nesting of arrays and objects in JSON-like text, found in one
/// pass without allocating, so that absurd nesting is refused before the
/// parser spends anything on it. Brackets inside strings do not count; the
/// text need not be valid, since the parser judges that afterwards.
pub(crate) fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for byte in text.bytes() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Parses JSON text into a [`Node`], refusing nesting deeper than
/// `max_depth` before the parser sees it.
pub(crate) fn parse(text: &str, max_depth: usize) -> Result<Node, FileError> {
    if nesting_depth(text) > max_depth {
        return Err(FileError::TooDeep);
    }
    serde_json::from_str(text).map_err(|e| FileError::NotJson { line: e.line(), column: e.column() })
}
