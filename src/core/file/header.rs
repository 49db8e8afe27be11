//! The first check of a results file: `format`, `version` and
//! `instrument_version`, read before the strict read and with every other
//! field skipped, so that a different or newer file gets that message
//! rather than an error about a field it was never meant to have.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::leaf::{Scalar, ScalarVisitor, Takes};
use super::wire;
use super::{FileError, FILE_VERSION, FORMAT_NAME};
use crate::core::model::INSTRUMENT_VERSION;

/// The three fields that decide whether the rest can be read at all.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Field,
    #[serde(default)]
    version: Field,
    #[serde(default)]
    instrument_version: Field,
}

/// One header field: any value, read as a [`Scalar`] by the visitor the
/// leaves use, or `None` when the field is absent (the default). The
/// strict read takes the header fields as this type too, since they have
/// been judged here already, and the exporter writes them with it.
#[derive(Default)]
pub(super) struct Field(Option<Scalar>);

impl Field {
    /// A text field.
    pub(super) fn text(text: &str) -> Field {
        Field(Some(Scalar::Text(text.to_owned())))
    }

    /// A whole-number field.
    pub(super) fn whole(number: u64) -> Field {
        Field(Some(Scalar::Whole(number)))
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let visitor = ScalarVisitor { takes: Takes::Any, expected: "any value" };
        d.deserialize_any(visitor).map(|value| Field(Some(value)))
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The exporter writes only text and whole numbers.
        match &self.0 {
            Some(Scalar::Text(text)) => s.serialize_str(text),
            Some(Scalar::Whole(number)) => s.serialize_u64(*number),
            _ => s.serialize_unit(),
        }
    }
}

/// Checks the header of the file's text, which must be valid JSON, and
/// gives the file's format version.
pub(super) fn check(text: &str) -> Result<u64, FileError> {
    let header: Header = match wire::read(text) {
        // Only a value that is not an object at all fails this way.
        Err(FileError::WrongType { path, .. }) if path.is_empty() => return Err(FileError::UnknownFormat),
        other => other?,
    };
    if !matches!(&header.format.0, Some(Scalar::Text(name)) if name == FORMAT_NAME) {
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
        return Err(FileError::NewerInstrument { version: instrument });
    }
    if instrument == 0 {
        return Err(invalid("instrument_version", "there is no instrument version 0"));
    }
    Ok(version)
}

/// A required top-level whole number.
fn whole_number(value: Field, key: &str) -> Result<u64, FileError> {
    match value.0 {
        None => Err(FileError::MissingField { path: key.into() }),
        Some(Scalar::Whole(number)) => Ok(number),
        Some(Scalar::OtherNumber) => Err(invalid(key, "it should be a whole number of 1 or more")),
        Some(_) => Err(FileError::WrongType { path: key.into(), expected: "a whole number" }),
    }
}

/// An invalid-value error for a header field.
fn invalid(key: &str, reason: &'static str) -> FileError {
    FileError::InvalidValue { path: key.into(), reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_header_is_judged() {
        let header = r#"{"format": "partnership-selfcheck", "version": 1, "instrument_version": 1"#;
        assert_eq!(check(&format!("{header}, \"areas\": [[{{}}]]}}")), Ok(1));
        assert_eq!(check(&format!("{header}, \"version\": 1}}")), Err(FileError::DuplicateKey { path: "version".into() }));
        for (text, error) in [
            ("[]", FileError::UnknownFormat),
            ("\"partnership-selfcheck\"", FileError::UnknownFormat),
            (r#"{"format": ["partnership-selfcheck"]}"#, FileError::UnknownFormat),
            (r#"{"format": "partnership-selfcheck"}"#, FileError::MissingField { path: "version".into() }),
            (
                r#"{"format": "partnership-selfcheck", "version": null}"#,
                FileError::WrongType { path: "version".into(), expected: "a whole number" },
            ),
            (r#"{"format": "partnership-selfcheck", "version": -1}"#, invalid("version", "it should be a whole number of 1 or more")),
        ] {
            assert_eq!(check(text), Err(error), "{text}");
        }
    }
}
