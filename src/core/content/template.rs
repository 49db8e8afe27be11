//! Text templates: a sentence of the content with `{name}` placeholders,
//! filled with values the page computes. Placeholders are named by
//! `Placeholder`, which the build generates from the texts, never by strings.

use super::Placeholder;

/// Replaces each `{name}` in `template` with its value. Placeholders are
/// named by `Placeholder`, which the build makes from the texts, so a
/// misspelt name does not compile.
///
/// ```
/// use partnership_selfcheck::core::content::{fill, Placeholder};
/// assert_eq!(fill("{count} of {total}", &[(Placeholder::Count, "3"), (Placeholder::Total, "5")]), "3 of 5");
/// ```
///
/// ```compile_fail
/// use partnership_selfcheck::core::content::{fill, Placeholder};
/// fill("{count} people", &[(Placeholder::Cuont, "3")]);
/// ```
pub fn fill(template: &str, values: &[(Placeholder, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{}}}", name.name()), value))
}

/// A template split around its one `{name}` placeholder, so that a view can
/// set the value apart (in bold, say) while the sentence around it stays
/// the language's own; `None` when the template lacks the placeholder.
pub fn split_at_placeholder(template: &str, name: Placeholder) -> Option<(&str, &str)> {
    let placeholder = format!("{{{}}}", name.name());
    let at = template.find(&placeholder)?;
    Some((&template[..at], &template[at + placeholder.len()..]))
}
