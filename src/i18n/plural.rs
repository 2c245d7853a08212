//! Plural categories (CLDR cardinal rules) for the site's languages, applied by
//! us rather than by fluent-bundle so that every language, Amazigh included,
//! follows a rule that is written down and tested.
//!
//! Fluent files select plural forms with the `PLURAL($n)` function registered
//! on every bundle (see `mod.rs`): it returns the category name as a string,
//! and the variant keys `[zero] [one] [two] [few] [many] *[other]` match it.

use super::locale::Locale;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// `zero`.
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`, the default variant.
    Other,
}

impl PluralCategory {
    /// The CLDR keyword, as written in Fluent variant keys.
    pub fn as_str(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    pub(crate) fn from_keyword(s: &str) -> Option<Self> {
        Some(match s {
            "zero" => PluralCategory::Zero,
            "one" => PluralCategory::One,
            "two" => PluralCategory::Two,
            "few" => PluralCategory::Few,
            "many" => PluralCategory::Many,
            "other" => PluralCategory::Other,
            _ => return None,
        })
    }
}

/// The plural operands of CLDR (UTS #35, "Plural Operand Meanings") that our
/// rules use, computed from the shortest decimal form of the number.
struct Operands {
    /// absolute value
    n: f64,
    /// integer digits of n
    i: u64,
    /// number of visible fraction digits
    v: usize,
}

impl Operands {
    fn new(x: f64) -> Operands {
        let n = x.abs();
        let text = format!("{n}");
        let v = text.split_once('.').map_or(0, |(_, frac)| frac.len());
        Operands {
            n,
            i: n.trunc() as u64,
            v,
        }
    }

    fn is_integer(&self) -> bool {
        self.n.fract() == 0.0
    }
}

/// The cardinal plural category of `n` in `locale`.
///
/// * **ar** (CLDR `plurals.xml`): zero: n = 0; one: n = 1; two: n = 2;
///   few: n % 100 = 3..10; many: n % 100 = 11..99; other: everything else
///   (100, 101, 102, 1.5 ...).
/// * **fr** (CLDR ≥ 38): one: i = 0,1; many: e = 0 and i != 0 and
///   i % 1000000 = 0 and v = 0 (we never use compact exponents, so e = 0);
///   other.
/// * **zgh** (Standard Moroccan Amazigh): CLDR has no rule for zgh. We use
///   **one: i = 0 or n = 1; other: everything else**. Reasons:
///   - SMA as standardised and taught by IRCAM has two number forms of the
///     noun, singular and plural, and uses the plural after every number
///     from two up (ⵙⵉⵏ ⵉⵔⴳⴰⵣⵏ, ⵎⵔⴰⵡ ⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ): two categories.
///   - For 0 and 1 the two close relatives that CLDR does describe agree on
///     the singular: `shi` (Tachelhit) one: i = 0 or n = 1, and `tzm`
///     (Central Atlas Tamazight) one: n = 0..1. We take the `shi` formulation,
///     which also puts 0.5 in the singular.
///   - We do not take `shi`'s few: n = 2..10 nor `tzm`'s one: n = 11..99:
///     both reflect the spoken counting systems (Arabic loan numerals above
///     ten followed by a singular noun), not the written standard where
///     numbers are written in digits before a plural noun. Taking them would
///     force translators to repeat the plural form or write a singular after
///     "12".
/// * any other language: CLDR root, where every number is `other`.
pub(crate) fn category(locale: Locale, x: f64) -> PluralCategory {
    if !x.is_finite() {
        return PluralCategory::Other;
    }
    let op = Operands::new(x);
    match locale {
        Locale::Ar => {
            if !op.is_integer() {
                return PluralCategory::Other;
            }
            match op.i {
                0 => PluralCategory::Zero,
                1 => PluralCategory::One,
                2 => PluralCategory::Two,
                i => match i % 100 {
                    3..=10 => PluralCategory::Few,
                    11..=99 => PluralCategory::Many,
                    _ => PluralCategory::Other,
                },
            }
        }
        Locale::Fr => {
            if op.i == 0 || op.i == 1 {
                PluralCategory::One
            } else if op.v == 0 && op.i % 1_000_000 == 0 {
                PluralCategory::Many
            } else {
                PluralCategory::Other
            }
        }
        Locale::Zgh => {
            if op.i == 0 || op.n == 1.0 {
                PluralCategory::One
            } else {
                PluralCategory::Other
            }
        }
        Locale::Root => PluralCategory::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::PluralCategory::*;
    use super::*;

    fn cats(locale: Locale, ns: &[f64]) -> Vec<PluralCategory> {
        ns.iter().map(|&n| category(locale, n)).collect()
    }

    #[test]
    fn arabic_has_six_categories() {
        assert_eq!(
            cats(
                Locale::Ar,
                &[
                    0.0, 1.0, 2.0, 3.0, 10.0, 11.0, 99.0, 100.0, 101.0, 102.0, 103.0, 111.0
                ]
            ),
            [
                Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many
            ]
        );
        assert_eq!(category(Locale::Ar, 1.5), Other);
        assert_eq!(category(Locale::Ar, -3.0), Few);
    }

    #[test]
    fn french_one_covers_zero_and_fractions_below_two() {
        assert_eq!(
            cats(
                Locale::Fr,
                &[
                    0.0,
                    1.0,
                    1.5,
                    2.0,
                    100.0,
                    1_000_000.0,
                    2_000_000.0,
                    1_000_001.0
                ]
            ),
            [One, One, One, Other, Other, Many, Many, Other]
        );
    }

    #[test]
    fn amazigh_singular_for_zero_and_one_plural_otherwise() {
        assert_eq!(
            cats(
                Locale::Zgh,
                &[
                    0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 11.0, 12.0, 99.0, 100.0, 101.0
                ]
            ),
            [
                One, One, One, Other, Other, Other, Other, Other, Other, Other, Other, Other
            ]
        );
    }

    #[test]
    fn unknown_languages_use_the_root_rule() {
        assert_eq!(cats(Locale::Root, &[0.0, 1.0, 2.0]), [Other, Other, Other]);
        assert_eq!(category(Locale::Ar, f64::NAN), Other);
    }

    #[test]
    fn keywords_round_trip() {
        for c in [Zero, One, Two, Few, Many, Other] {
            assert_eq!(PluralCategory::from_keyword(c.as_str()), Some(c));
        }
        assert_eq!(PluralCategory::from_keyword("plenty"), None);
    }
}
