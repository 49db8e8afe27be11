//! Which language the widget opens in.

use crate::core::content::Language;

/// The language to open in. In order: the person's own choice from an
/// earlier visit (kept on the device), the page's `lang=`, then the first
/// of the browser's preferred languages (`navigator.languages`) that the
/// widget has, matched exactly (`es-MX` to a folder `es-mx`) or by its
/// primary language (`es-MX` to `es`), and last the default language. A
/// pseudo-locale is opened only by name, never for a browser's preference.
pub fn starting_language(chosen: Option<&str>, page: Option<Language>, browser: &[String]) -> Language {
    chosen.and_then(Language::from_code).or(page).or_else(|| browser.iter().find_map(|tag| preferred(tag))).unwrap_or(Language::DEFAULT)
}

/// The offered language a browser's language tag asks for, if any.
fn preferred(tag: &str) -> Option<Language> {
    let primary = tag.split('-').next().unwrap_or(tag);
    let offered = |code: &str| Language::offered().find(|language| language.code().eq_ignore_ascii_case(code));
    offered(tag).or_else(|| offered(primary))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(language: Language) -> &'static str {
        language.code()
    }

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|tag| (*tag).to_owned()).collect()
    }

    #[test]
    fn with_nothing_to_go_by_it_is_the_default_language() {
        assert_eq!(code(starting_language(None, None, &[])), "en");
        assert_eq!(code(starting_language(None, None, &tags(&["fr-FR", "de"]))), "en");
    }

    #[test]
    fn the_browser_picks_among_the_languages_there_are() {
        assert_eq!(code(starting_language(None, None, &tags(&["es-MX", "en-US"]))), "es");
        assert_eq!(code(starting_language(None, None, &tags(&["fr", "ES", "en"]))), "es");
        assert_eq!(code(starting_language(None, None, &tags(&["en-GB", "es"]))), "en");
    }

    #[test]
    fn the_browser_never_picks_a_pseudo_locale() {
        assert_eq!(code(starting_language(None, None, &tags(&["en-XA", "ar-XB", "ar"]))), "en");
    }

    #[test]
    fn the_page_goes_before_the_browser() {
        let spanish = Language::from_code("es");
        assert_eq!(code(starting_language(None, spanish, &tags(&["en-US"]))), "es");
        let english = Language::from_code("en");
        assert_eq!(code(starting_language(None, english, &tags(&["es-MX"]))), "en");
    }

    #[test]
    fn the_persons_own_choice_goes_first() {
        let spanish = Language::from_code("es");
        assert_eq!(code(starting_language(Some("en"), spanish, &tags(&["es"]))), "en");
        assert_eq!(code(starting_language(Some("es"), None, &tags(&["en"]))), "es");
        // A choice this version does not have (kept by a newer one, say)
        // is passed over.
        assert_eq!(code(starting_language(Some("vi"), spanish, &[])), "es");
    }
}
