//! The first check of a results file: `format`, `version` and
//! `instrument_version`, read before the strict read and with every other
//! field skipped, so that a different or newer file gets that message
//! rather than an error about a field it was never meant to have.

use std::fmt;

use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::wire::{self, present};
use super::{FileError, FILE_VERSION, FORMAT_NAME};
use crate::core::model::INSTRUMENT_VERSION;

/// The three fields that decide whether the rest can be read at all.
#[derive(Deserialize)]
struct Header {
    #[serde(default, deserialize_with = "present")]
    format: Option<Scalar>,
    #[serde(default, deserialize_with = "present")]
    version: Option<Scalar>,
    #[serde(default, deserialize_with = "present")]
    instrument_version: Option<Scalar>,
}

/// What one of those fields holds, by kind; any value reads as one.
enum Scalar {
    /// Text: whether it is [`FORMAT_NAME`].
    Text { is_format_name: bool },
    /// A whole number of zero or more.
    Whole(u64),
    /// A negative or fractional number.
    OtherNumber,
    /// `null`, a boolean, a list or an object.
    Other,
}

/// Checks the header of the file's text, which must be valid JSON, and
/// gives the file's format version.
pub(super) fn check(text: &str) -> Result<u64, FileError> {
    let header: Header = match wire::read(text) {
        // Only a value that is not an object at all fails this way.
        Err(FileError::WrongType { path, .. }) if path.is_empty() => {
            return Err(FileError::UnknownFormat)
        }
        other => other?,
    };
    if !matches!(
        header.format,
        Some(Scalar::Text {
            is_format_name: true
        })
    ) {
        return Err(FileError::UnknownFormat);
    }
    let version = whole_number(header.version, "version")?;
    if version > FILE_VERSION {
        return Err(FileError::NewerVersion { version });
    }
    if version == 0 {
        return Err(invalid("version", "there is no file version 0"));
    }
    let instrument = whole_number(header.instrument_version, "instrument_version")?;
    if instrument > u64::from(INSTRUMENT_VERSION) {
        return Err(FileError::NewerInstrument {
            version: instrument,
        });
    }
    if instrument == 0 {
        return Err(invalid(
            "instrument_version",
            "there is no instrument version 0",
        ));
    }
    Ok(version)
}

/// A required top-level whole number.
fn whole_number(value: Option<Scalar>, key: &str) -> Result<u64, FileError> {
    match value {
        None => Err(FileError::MissingField { path: key.into() }),
        Some(Scalar::Whole(number)) => Ok(number),
        Some(Scalar::OtherNumber) => Err(invalid(key, "it should be a whole number of 1 or more")),
        Some(_) => Err(FileError::WrongType {
            path: key.into(),
            expected: "a whole number",
        }),
    }
}

/// An invalid-value error for a header field.
fn invalid(key: &str, reason: &'static str) -> FileError {
    FileError::InvalidValue {
        path: key.into(),
        reason,
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

/// The serde visitor for [`Scalar`]: it takes any value and never fails.
struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text {
            is_format_name: text == FORMAT_NAME,
        })
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Scalar, E> {
        Ok(Scalar::Whole(number))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Scalar, E> {
        Ok(Scalar::OtherNumber)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Scalar, E> {
        Ok(Scalar::OtherNumber)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_header_is_judged() {
        let header = r#"{"format": "partnership-selfcheck", "version": 1, "instrument_version": 1"#;
        assert_eq!(check(&format!("{header}, \"areas\": [[{{}}]]}}")), Ok(1));
        assert_eq!(
            check(&format!("{header}, \"version\": 1}}")),
            Err(FileError::DuplicateKey {
                path: "version".into()
            })
        );
        for (text, error) in [
            ("[]", FileError::UnknownFormat),
            ("\"partnership-selfcheck\"", FileError::UnknownFormat),
            (
                r#"{"format": ["partnership-selfcheck"]}"#,
                FileError::UnknownFormat,
            ),
            (
                r#"{"format": "partnership-selfcheck"}"#,
                FileError::MissingField {
                    path: "version".into(),
                },
            ),
            (
                r#"{"format": "partnership-selfcheck", "version": null}"#,
                FileError::WrongType {
                    path: "version".into(),
                    expected: "a whole number",
                },
            ),
            (
                r#"{"format": "partnership-selfcheck", "version": -1}"#,
                invalid("version", "it should be a whole number of 1 or more"),
            ),
        ] {
            assert_eq!(check(text), Err(error), "{text}");
        }
    }
}
