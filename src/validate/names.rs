//! What a reference may have been meant to name. Editors often write an
//! institution's acronym (`issuer: MRP`) or a record's name (`Ministère
//! chargé des relations avec le Parlement`, «جمعية تيفاوين») where the
//! record's slug is expected: [`guess`] finds the record they meant, and
//! [`closest`] orders the existing records by likeness for the help line.
//! Both run only for a reference that names no record.

use crate::model::text::Text;

/// What a record can be recognised by: its slug, its acronym, its name.
#[derive(Debug, Clone, Copy)]
pub(super) struct Label<'a> {
    pub(super) slug: &'a str,
    pub(super) acronym: Option<&'a str>,
    pub(super) name: Option<&'a Text>,
}

/// The record a written value most likely means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Guess<'a> {
    /// The value is the record's acronym.
    Acronym(&'a str),
    /// The value is the record's name, or part of it (in the language
    /// given: the record's name as the editor wrote it).
    Name(&'a str, &'a str),
    /// The value is spelled close to the record's slug, acronym or name.
    Near(&'a str),
}

/// A character folded for comparison: lower case (the caller lowers the
/// string), Latin accents and Arabic vowel marks removed, alef, yeh and
/// teh marbuta forms made one. `None` for a character to leave out.
pub(super) fn fold_char(c: char) -> Option<char> {
    match c {
        'à' | 'â' | 'ä' | 'á' => Some('a'),
        'é' | 'è' | 'ê' | 'ë' => Some('e'),
        'î' | 'ï' | 'í' => Some('i'),
        'ô' | 'ö' | 'ó' => Some('o'),
        'ù' | 'û' | 'ü' | 'ú' => Some('u'),
        'ç' => Some('c'),
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        '\u{064B}'..='\u{065F}' | '\u{0640}' => None,
        c => Some(c),
    }
}

/// A value folded for comparison: [`fold_char`] on each character, and
/// only letters and digits kept (`M.R.P.` and `mrp`, `Fès-Meknès` and
/// `fes meknes` fold alike).
pub(super) fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .filter_map(fold_char)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// How alike two folded values are, from 0 to 1.
fn likeness(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    strsim::normalized_damerau_levenshtein(a, b)
}

/// The folded names of a label, each with the name as written.
fn names<'a>(label: &Label<'a>) -> Vec<(String, &'a str)> {
    label
        .name
        .map(|t| t.all().into_iter().map(|n| (fold(n), n)).collect())
        .unwrap_or_default()
}

/// How alike `want` (folded) is to a label's slug, acronym or names.
fn score(want: &str, label: &Label) -> f64 {
    let mut best = likeness(want, &fold(label.slug));
    if let Some(a) = label.acronym {
        best = best.max(likeness(want, &fold(a)));
    }
    for (n, _) in names(label) {
        best = best.max(likeness(want, &n));
    }
    best
}

/// The record `written` most likely names, among `labels` (in slug order:
/// the first of equals wins, so the answer never depends on a hash map):
/// an acronym, a slug written with capitals or accents, a name in any
/// language (whole, or a part of 4 letters or more), else the record
/// spelled closest, when it is close enough to be a typo.
pub(super) fn guess<'a>(written: &str, labels: &[Label<'a>]) -> Option<Guess<'a>> {
    let want = fold(written);
    if want.is_empty() {
        return None;
    }
    if let Some(l) = labels
        .iter()
        .find(|l| l.acronym.is_some_and(|a| fold(a) == want))
    {
        return Some(Guess::Acronym(l.slug));
    }
    if let Some(l) = labels.iter().find(|l| fold(l.slug) == want) {
        return Some(Guess::Near(l.slug));
    }
    for whole in [true, false] {
        if !whole && want.chars().count() < 4 {
            break;
        }
        let mut best: Option<(f64, Guess<'a>)> = None;
        for l in labels {
            for (folded, name) in names(l) {
                let hit = if whole {
                    folded == want
                } else {
                    folded.contains(&want)
                };
                if !hit {
                    continue;
                }
                // Measured for the names that hold the word only: at
                // 250,000 associations, for every name it took seconds.
                let s = likeness(&want, &folded);
                if best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, Guess::Name(l.slug, name)));
                }
            }
        }
        if let Some((_, g)) = best {
            return Some(g);
        }
    }
    // The likest label, the first of equals: scored on every core (a
    // national directory has 250,000 names to measure).
    use rayon::prelude::*;
    let best = labels
        .par_iter()
        .enumerate()
        .map(|(i, l)| (score(&want, l), i))
        .reduce_with(|a, b| {
            if b.0 > a.0 || (b.0 == a.0 && b.1 < a.1) {
                b
            } else {
                a
            }
        });
    best.filter(|(s, _)| *s >= 0.5)
        .map(|(_, i)| Guess::Near(labels[i].slug))
}

/// At most `n` labels, the likest to `written` first (then in slug order).
pub(super) fn closest<'l, 'a>(
    written: &str,
    labels: &'l [Label<'a>],
    n: usize,
) -> Vec<&'l Label<'a>> {
    let want = fold(written);
    let mut scored: Vec<(f64, &Label)> = labels.iter().map(|l| (score(&want, l), l)).collect();
    scored.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.1.slug.cmp(b.1.slug))
    });
    scored.into_iter().take(n).map(|(_, l)| l).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(&str, &str)]) -> Text {
        Text::PerLang(
            pairs
                .iter()
                .map(|(l, s)| (l.to_string(), s.to_string()))
                .collect(),
        )
    }

    struct Fixture {
        ministere: Text,
        agence: Text,
        tifawin: Text,
        tamount: Text,
    }

    impl Fixture {
        fn new() -> Fixture {
            Fixture {
                ministere: text(&[
                    ("ar", "الوزارة المكلفة بالعلاقات مع البرلمان"),
                    ("fr", "Ministère chargé des relations avec le Parlement"),
                ]),
                agence: text(&[
                    ("ar", "وكالة التنمية الاجتماعية"),
                    ("fr", "Agence de Développement Social"),
                ]),
                tifawin: text(&[("ar", "جمعية تيفاوين"), ("fr", "Association Tifawin")]),
                tamount: Text::Same("Tamount".into()),
            }
        }

        fn labels(&self) -> Vec<Label<'_>> {
            vec![
                Label {
                    slug: "agence",
                    acronym: Some("ADS"),
                    name: Some(&self.agence),
                },
                Label {
                    slug: "ministere",
                    acronym: Some("M.R.P."),
                    name: Some(&self.ministere),
                },
                Label {
                    slug: "tamount",
                    acronym: None,
                    name: Some(&self.tamount),
                },
                Label {
                    slug: "tifawin",
                    acronym: None,
                    name: Some(&self.tifawin),
                },
                Label {
                    slug: "unparsed",
                    acronym: None,
                    name: None,
                },
            ]
        }
    }

    #[test]
    fn an_acronym_names_its_record_whatever_the_case_and_dots() {
        let f = Fixture::new();
        let labels = f.labels();
        assert_eq!(guess("MRP", &labels), Some(Guess::Acronym("ministere")));
        assert_eq!(guess("mrp", &labels), Some(Guess::Acronym("ministere")));
        assert_eq!(guess("A.D.S", &labels), Some(Guess::Acronym("agence")));
    }

    #[test]
    fn a_name_in_any_language_names_its_record() {
        let f = Fixture::new();
        let labels = f.labels();
        let fr = "Ministère chargé des relations avec le Parlement";
        assert_eq!(guess(fr, &labels), Some(Guess::Name("ministere", fr)));
        // Without accents, in capitals.
        assert_eq!(
            guess("MINISTERE CHARGE DES RELATIONS AVEC LE PARLEMENT", &labels),
            Some(Guess::Name("ministere", fr))
        );
        // In Arabic, with other forms of alef and teh marbuta.
        assert_eq!(
            guess("جمعيه تيفاوين", &labels),
            Some(Guess::Name("tifawin", "جمعية تيفاوين"))
        );
        // A part of the name.
        assert_eq!(
            guess("Développement social", &labels),
            Some(Guess::Name("agence", "Agence de Développement Social"))
        );
        // The slug with capitals.
        assert_eq!(guess("Tifawin", &labels), Some(Guess::Near("tifawin")));
    }

    #[test]
    fn a_typo_is_near_and_a_stranger_is_nothing() {
        let f = Fixture::new();
        let labels = f.labels();
        assert_eq!(guess("ministre", &labels), Some(Guess::Near("ministere")));
        assert_eq!(guess("unparsd", &labels), Some(Guess::Near("unparsed")));
        assert_eq!(guess("ONDH", &labels), None);
        assert_eq!(guess("", &labels), None);
        assert_eq!(guess("  ", &labels), None);
        // Too short to be a part of a name.
        assert_eq!(guess("de", &labels), None);
    }

    #[test]
    fn closest_orders_by_likeness_then_slug() {
        let f = Fixture::new();
        let labels = f.labels();
        let slugs = |written: &str, n: usize| -> Vec<&str> {
            closest(written, &labels, n)
                .into_iter()
                .map(|l| l.slug)
                .collect()
        };
        assert_eq!(slugs("tamoun", 2), ["tamount", "tifawin"]);
        assert_eq!(
            slugs("", 8),
            ["agence", "ministere", "tamount", "tifawin", "unparsed"]
        );
    }

    #[test]
    fn folding_keeps_letters_and_digits_only() {
        assert_eq!(fold("M.R.P."), "mrp");
        assert_eq!(fold("Fès-Meknès 2"), "fesmeknes2");
        assert_eq!(fold("إقليم أكادير"), fold("اقليم اكادير"));
    }
}
