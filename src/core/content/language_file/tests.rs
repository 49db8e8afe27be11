use super::*;
use crate::core::content::{compiled, pseudo, PluralKey, Pseudo};

/// Every real language but the default one, compiled into this native
/// build.
fn translations() -> Vec<&'static Content> {
    Language::offered()
        .filter(|l| *l != default_content().language)
        .map(|l| compiled(l).expect("native builds carry every folder"))
        .collect()
}

#[test]
fn there_is_a_translation_to_test() {
    assert!(translations().iter().any(|content| content.language.code() == "es"));
}

#[test]
fn every_translation_reads_back_from_its_file_exactly() {
    for content in translations() {
        let read = read(content.language, &write(content)).unwrap_or_else(|e| panic!("{:?}: {e:?}", content.language));
        assert_eq!(read.language, content.language);
        assert_eq!(read.instrument, content.instrument);
        assert_eq!(read.plural_rule, content.plural_rule);
        assert_eq!(texts(&read), texts(content));
        for key in Key::ALL {
            assert_eq!(read.ui(key), content.ui(key), "{key:?}");
        }
        for key in ToolsKey::ALL {
            assert_eq!(read.tools(key), content.tools(key), "{key:?}");
        }
        for count in [0, 1, 2, 7] {
            for key in PluralKey::ALL {
                assert_eq!(read.ui_count(key, count, &[]), content.ui_count(key, count, &[]), "{key:?} {count}");
            }
            for key in ToolsPluralKey::ALL {
                assert_eq!(read.tools_count(key, count, &[]), content.tools_count(key, count, &[]), "{key:?} {count}");
            }
        }
    }
}

#[test]
fn a_pseudo_locale_reads_back_with_every_text_transformed() {
    for language in Language::ALL.into_iter().filter(|l| l.info().pseudo.is_some()) {
        let kind = language.info().pseudo.unwrap();
        let made: Vec<String> = texts(default_content()).into_iter().map(|t| pseudo::transform(kind, t)).collect();
        let read = read(language, &encode(language, made.clone())).expect("a pseudo-locale's file reads");
        assert_eq!(texts(&read), made);
        if kind == Pseudo::RightToLeft {
            assert_eq!(language.info().direction, crate::core::content::Direction::Rtl);
        }
    }
}

#[test]
fn a_file_for_another_language_or_layout_is_refused() {
    let spanish = Language::from_code("es").unwrap();
    let good = write(compiled(spanish).unwrap());
    let english = Language::from_code("en").unwrap();
    assert_eq!(read(english, &good).err(), Some(LanguageFileError::Mismatched), "written for es");
    let other_shape = good.replacen(&format!("\"{CONTENT_SHAPE}\""), "\"1\"", 1);
    assert_ne!(other_shape, good);
    assert_eq!(read(spanish, &other_shape).err(), Some(LanguageFileError::Mismatched), "another layout");
    let mut texts: Vec<String> = texts(compiled(spanish).unwrap()).into_iter().map(str::to_owned).collect();
    texts.pop();
    assert_eq!(read(spanish, &encode(spanish, texts.clone())).err(), Some(LanguageFileError::Mismatched), "one text short");
    texts.extend(["a".to_owned(), "b".to_owned()]);
    assert_eq!(read(spanish, &encode(spanish, texts)).err(), Some(LanguageFileError::Mismatched), "one text too many");
}

#[test]
fn a_file_that_is_not_a_language_file_is_refused() {
    let spanish = Language::from_code("es").unwrap();
    for json in ["", "<!doctype html><title>Not found</title>", "{}", "[1,2]", "[\"es\",\"1\",[]]", "{\"language\":\"es\"}"] {
        assert_eq!(read(spanish, json).err(), Some(LanguageFileError::Unreadable), "{json}");
    }
    for json in ["[]", "[\"es\"]", "[\"es\",\"1\"]"] {
        assert_eq!(read(spanish, json).err(), Some(LanguageFileError::Mismatched), "{json}");
    }
    let huge = format!("[\"es\",\"1\",\"{}\"]", "x".repeat(MAX_FILE_BYTES));
    assert_eq!(read(spanish, &huge).err(), Some(LanguageFileError::TooLarge));
}

#[test]
fn every_error_has_a_message() {
    for error in [LanguageFileError::Unavailable, LanguageFileError::TooLarge, LanguageFileError::Unreadable, LanguageFileError::Mismatched]
    {
        assert!(default_content().ui(error.message_key()).contains("{language}"), "{error:?}");
    }
}

#[test]
fn the_path_is_beside_the_page_and_names_the_build() {
    assert_eq!(path(Language::from_code("es").unwrap()), format!("lang/es.{FILES_VERSION}.json"));
    assert_eq!(path(Language::from_code("ar-xb").unwrap()), format!("lang/ar-XB.{FILES_VERSION}.json"));
    assert_eq!(FILES_VERSION.len(), 16);
    assert!(FILES_VERSION.bytes().all(|b| b.is_ascii_hexdigit()));
}
