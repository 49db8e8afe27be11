//! The text parsed by serde_json into a [`Json`] tree, through one visitor
//! that takes every value, so that serde_json's parser is compiled once for
//! every file kind and every refusal afterwards is the readers' own.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON value as the strict readers see it. Unlike `serde_json::Value`,
/// an object keeps its entries in the order written and keeps a repeated
/// key, so the readers can refuse the repeat where it stands; and numbers
/// are only what the formats tell apart.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A string.
    Text(String),
    /// A whole number of zero or more.
    Whole(u64),
    /// A negative or fractional number (or one too large for `u64`).
    OtherNumber,
    /// A list.
    List(Vec<Json>),
    /// An object's entries, in the order written, repeats kept.
    Object(Vec<(String, Json)>),
}

/// The visitor that takes every value as a [`Json`].
struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Json, E> {
        Ok(Json::Bool(value))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Json, E> {
        Ok(Json::Text(text.to_owned()))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Json, E> {
        Ok(Json::Whole(number))
    }

    // serde_json gives every non-negative whole number as `u64`, so an
    // `i64` is negative (and `-0` comes as a float).
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Json, E> {
        Ok(Json::OtherNumber)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Json, E> {
        Ok(Json::OtherNumber)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut list = Vec::new();
        while let Some(value) = seq.next_element()? {
            list.push(value);
        }
        Ok(Json::List(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Json, A::Error> {
        entries(map).map(Json::Object)
    }
}

/// Every entry of an object, in order.
fn entries<'de, A: MapAccess<'de>>(mut map: A) -> Result<Vec<(String, Json)>, A::Error> {
    let mut entries = Vec::new();
    while let Some(entry) = map.next_entry()? {
        entries.push(entry);
    }
    Ok(entries)
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

/// The visitor for the top of a file, which takes an object only.
struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Json, A::Error> {
        entries(map).map(Json::Object)
    }
}

/// Why a text did not parse as one object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NotParsed {
    /// The text starts with a JSON value that is not an object.
    NotObject,
    /// The text is not JSON: where parsing stopped (1-based line; column
    /// 0 when the text ended at the start of a line).
    NotJson {
        /// The line.
        line: usize,
        /// The column.
        column: usize,
    },
}

/// Parses the text as one object with nothing after it. serde_json refuses
/// any other top value as soon as it sees it, without reading further, and
/// since the visitors below the top take every value, that refusal (a data
/// error, where every other is a syntax or end-of-text one) can only mean
/// "JSON, but not an object".
pub(super) fn parse_object(text: &str) -> Result<Json, NotParsed> {
    let not_json = |error: serde_json::Error| NotParsed::NotJson { line: error.line(), column: error.column() };
    let mut reader = serde_json::Deserializer::from_str(text);
    let top = match reader.deserialize_map(TopVisitor) {
        Ok(top) => top,
        Err(error) if error.classify() == serde_json::error::Category::Data => return Err(NotParsed::NotObject),
        Err(error) => return Err(not_json(error)),
    };
    reader.end().map_err(not_json)?;
    Ok(top)
}

/// The deepest nesting of arrays and objects in JSON-like text, found in one
/// pass without allocating, so that absurd nesting is refused before the
/// parser spends anything on it. Brackets inside strings do not count; the
/// text need not be valid, since the parser judges that afterwards.
pub fn nesting_depth(text: &str) -> usize {
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
