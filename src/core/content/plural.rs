//! Plural forms as data: each language names its CLDR plural rule in
//! `instrument.json`, and a text with a number in it gives one form per
//! category that rule distinguishes. The code only asks for a text and a
//! number; which words go with which number is the language's business.

/// A CLDR plural category (<https://cldr.unicode.org/index/cldr-spec/plural-rules>).
/// Only the categories some compiled-in rule uses are listed; a rule that
/// needs "few" or "many" adds them here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// CLDR "one": exactly 1 in English and Spanish.
    One,
    /// CLDR "other": every number no other category takes.
    Other,
}

impl PluralCategory {
    /// The category's name in the content files, e.g. `"one"`.
    pub fn key(self) -> &'static str {
        match self {
            PluralCategory::One => "one",
            PluralCategory::Other => "other",
        }
    }
}

/// How a language chooses the plural form for a number. The schema has the
/// same rules by the same names (`schema::PluralRule`); a test checks that
/// both give the same categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralRule {
    /// "one" for exactly 1, "other" otherwise (English, Spanish).
    OneOther,
    /// No plural distinction: "other" for every number.
    Other,
}

impl PluralRule {
    /// The categories a plural text of this rule gives, in the schema's order.
    pub fn categories(self) -> &'static [PluralCategory] {
        match self {
            PluralRule::OneOther => &[PluralCategory::One, PluralCategory::Other],
            PluralRule::Other => &[PluralCategory::Other],
        }
    }

    /// The category of `count` under this rule.
    pub fn category(self, count: u64) -> PluralCategory {
        match self {
            PluralRule::OneOther if count == 1 => PluralCategory::One,
            PluralRule::OneOther | PluralRule::Other => PluralCategory::Other,
        }
    }
}

/// The forms of one plural text, by category, as the build checked them:
/// exactly the categories of the language's rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PluralText(pub &'static [(PluralCategory, &'static str)]);

impl PluralText {
    /// The form for `category`. Every rule has "other", and the build checked
    /// that every form of the rule is present, so the fallbacks to "other"
    /// and then to an empty text only keep this total.
    pub fn form(&self, category: PluralCategory) -> &'static str {
        let find = |wanted: PluralCategory| self.0.iter().find(|(c, _)| *c == wanted).map(|(_, text)| *text);
        find(category).or_else(|| find(PluralCategory::Other)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_other_gives_one_for_exactly_one() {
        let rule = PluralRule::OneOther;
        assert_eq!(rule.category(1), PluralCategory::One);
        for count in [0, 2, 5, 11, 21, 101, u64::MAX] {
            assert_eq!(rule.category(count), PluralCategory::Other, "{count}");
        }
    }

    #[test]
    fn other_never_distinguishes() {
        for count in [0, 1, 2, 21] {
            assert_eq!(PluralRule::Other.category(count), PluralCategory::Other, "{count}");
        }
    }

    #[test]
    fn every_rule_picks_only_categories_it_has() {
        for rule in [PluralRule::OneOther, PluralRule::Other] {
            assert!(rule.categories().contains(&PluralCategory::Other), "CLDR: every rule has other");
            for count in 0..200 {
                assert!(rule.categories().contains(&rule.category(count)), "{rule:?} {count}");
            }
        }
    }

    #[test]
    fn a_missing_form_falls_back_to_other() {
        let text = PluralText(&[(PluralCategory::One, "{count} line"), (PluralCategory::Other, "{count} lines")]);
        assert_eq!(text.form(PluralCategory::One), "{count} line");
        assert_eq!(text.form(PluralCategory::Other), "{count} lines");
        let only_other = PluralText(&[(PluralCategory::Other, "{count} lines")]);
        assert_eq!(only_other.form(PluralCategory::One), "{count} lines");
        assert_eq!(PluralText(&[]).form(PluralCategory::One), "");
    }
}
