//! The strict reader's rules, apart from any file kind.

use super::*;

/// A refusal whose value problems are words.
type Refused = Refusal<&'static str>;

/// The fields of the test object: `a` required, `b` optional.
const FIELDS: [Field; 2] = [Field::required("a"), Field::optional("b")];

/// Reads `{"x": [ {a, b?}, … ]}`, giving each entry's `a` and `b` as text,
/// refusing an `a` of "bad".
fn read(text: &str) -> Result<Vec<(String, Option<String>)>, Refused> {
    let top = parse::<&'static str>(text)?;
    let mut out = Vec::new();
    At::top(&top).object(&[Field::required("x")], &mut |_, list| {
        list.list(&mut |entry| {
            let (mut a, mut b) = (String::new(), None);
            entry.object(&FIELDS, &mut |field, value| {
                let text = value.text()?;
                match field {
                    0 if text == "bad" => return Err(value.invalid("bad")),
                    0 => a = text.to_owned(),
                    _ => b = Some(text.to_owned()),
                }
                Ok(())
            })?;
            out.push((a, b));
            Ok(())
        })
    })?;
    Ok(out)
}

#[test]
fn every_refusal_names_its_path() {
    assert_eq!(read(r#"{"x": [{"a": "1"}, {"a": "2", "b": "3"}]}"#), Ok(vec![("1".into(), None), ("2".into(), Some("3".into()))]));
    let wrong = |path: &str, expected| Err(Refusal::WrongType { path: path.into(), expected });
    assert_eq!(read(r#"{"x": [{"a": 1}]}"#), wrong("x[0].a", TEXT));
    assert_eq!(read(r#"{"x": [{"a": "1"}, ["1"]]}"#), wrong("x[1]", OBJECT));
    assert_eq!(read(r#"{"x": {}}"#), wrong("x", LIST));
    assert_eq!(read(r#"{"x": [{"a": "bad"}]}"#), Err(Refusal::Invalid { path: "x[0].a".into(), problem: "bad" }));
    assert_eq!(read(r#"{"x": [{"b": "1"}]}"#), Err(Refusal::MissingField { path: "x[0].a".into() }));
    assert_eq!(read(r#"{}"#), Err(Refusal::MissingField { path: "x".into() }));
    assert_eq!(read(r#"{"x": [{"a": "1", "c": 2}]}"#), Err(Refusal::UnknownField { path: "x[0].c".into() }));
    assert_eq!(read(r#"{"x": [{"a": "1", "a": "2"}]}"#), Err(Refusal::DuplicateKey { path: "x[0].a".into() }));
}

#[test]
fn refusals_come_in_the_order_written() {
    // The first problem met reading the text in order is the one reported;
    // a missing field only once the object has ended.
    assert_eq!(read(r#"{"x": [{"a": 1, "c": 2}]}"#), Err(Refusal::WrongType { path: "x[0].a".into(), expected: TEXT }));
    assert_eq!(read(r#"{"x": [{"c": 2, "a": 1}]}"#), Err(Refusal::UnknownField { path: "x[0].c".into() }));
    assert_eq!(read(r#"{"x": [{"b": "1", "b": 1}]}"#), Err(Refusal::DuplicateKey { path: "x[0].b".into() }));
}

#[test]
fn text_that_is_no_object_is_refused_before_any_field() {
    assert_eq!(read("[1, 2"), Err(Refusal::UnknownFormat), "not an object, whatever follows");
    assert_eq!(read("3"), Err(Refusal::UnknownFormat));
    assert_eq!(read(""), Err(Refusal::NotJson { line: 1, column: 0 }));
    assert_eq!(read("{\"x\": []} x"), Err(Refusal::NotJson { line: 1, column: 11 }));
    assert_eq!(read("{\"x\": [}"), Err(Refusal::NotJson { line: 1, column: 8 }));
    assert_eq!(read(&"[".repeat(MAX_DEPTH + 1)), Err(Refusal::TooDeep));
    assert_eq!(read(&" ".repeat(MAX_FILE_BYTES + 1)), Err(Refusal::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
    assert_eq!(read("\u{FEFF}{\"x\": []}"), Ok(Vec::new()));
}

#[test]
fn the_format_and_versions_are_judged_first() {
    let header = Header { format: "f", newest: 2, newest_instrument: 1 };
    let versions = |text: &str| versions(&parse::<VersionProblem>(text)?, header);
    assert_eq!(versions(r#"{"format": "f", "version": 2, "instrument_version": 1, "x": [[{}]]}"#), Ok(2));
    assert_eq!(versions(r#"{"format": "g", "version": 1}"#), Err(Refusal::UnknownFormat));
    assert_eq!(versions(r#"{"format": null}"#), Err(Refusal::UnknownFormat));
    assert_eq!(versions(r#"{"version": 1, "format": "f", "version": 1}"#), Err(Refusal::DuplicateKey { path: "version".into() }));
    assert_eq!(versions(r#"{"format": "f"}"#), Err(Refusal::MissingField { path: "version".into() }));
    assert_eq!(versions(r#"{"format": "f", "version": 3}"#), Err(Refusal::NewerVersion { version: 3 }));
    assert_eq!(versions(r#"{"format": "f", "version": "1"}"#), Err(Refusal::WrongType { path: "version".into(), expected: WHOLE_NUMBER }));
    let invalid = |path: &str, problem| Err(Refusal::Invalid { path: path.into(), problem });
    assert_eq!(versions(r#"{"format": "f", "version": 0}"#), invalid("version", VersionProblem::Zero));
    assert_eq!(versions(r#"{"format": "f", "version": -1}"#), invalid("version", VersionProblem::NotWhole));
    assert_eq!(
        versions(r#"{"format": "f", "version": 1, "instrument_version": 1.5}"#),
        invalid("instrument_version", VersionProblem::NotWhole)
    );
    assert_eq!(versions(r#"{"format": "f", "version": 1, "instrument_version": 2}"#), Err(Refusal::NewerInstrument { version: 2 }));
}

#[test]
fn numbers_are_whole_or_not() {
    let value = |text: &str| parse::<()>(&format!("{{\"n\": {text}}}"));
    let whole = |n| Ok(Json::Object(vec![("n".into(), Json::Whole(n))]));
    let other = Ok(Json::Object(vec![("n".into(), Json::OtherNumber)]));
    assert_eq!(value("0"), whole(0));
    assert_eq!(value("18446744073709551615"), whole(u64::MAX));
    for text in ["-0", "-1", "0.5", "1e3", "18446744073709551616"] {
        assert_eq!(value(text), other, "{text}");
    }
}

#[test]
fn nesting_ignores_brackets_in_strings() {
    assert_eq!(nesting_depth(r#"{"a": "[[[[", "b": [[1]]}"#), 3);
    assert_eq!(nesting_depth(r#"{"a": "\"[["}"#), 1);
    assert_eq!(nesting_depth("]]]"), 0);
}
