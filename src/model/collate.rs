//! Alphabetical order in a language, as its readers expect it: the Unicode
//! Collation Algorithm with the rules of the Unicode CLDR for that
//! language (ICU4X's collator; hand-written rules would get Arabic hamza
//! forms, French accents or the Tifinagh alphabet wrong). Arabic sorts in
//! the order of the Arabic alphabet, French with accents compared after
//! the letters (`é` beside `e`, not after `z`), and Tifinagh, which CLDR
//! does not tailor, by the root order, which is the order of the Unicode
//! Tifinagh block: the IRCAM alphabet (ⴰ ⴱ ⴳ ⴷ ⴹ ⴻ ⴼ ⴽ ⵀ ⵃ ⵄ ⵅ ⵇ ⵉ ⵊ ⵍ ⵎ ⵏ
//! ⵓ ⵔ ⵕ ⵖ ⵙ ⵚ ⵛ ⵜ ⵟ ⵡ ⵢ ⵣ ⵥ).

use super::lang::Lang;
use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

/// The alphabetical order of one language.
pub struct Collation(CollatorBorrowed<'static>);

impl Collation {
    /// The order of `lang`; the root order (every script in the order of
    /// the Unicode standard) for a language CLDR does not know.
    pub fn new(lang: Lang) -> Collation {
        let prefs = Locale::try_from_str(lang.as_str())
            .map(|l| CollatorPreferences::from(&l))
            .unwrap_or_default();
        let collator = CollatorBorrowed::try_new(prefs, CollatorOptions::default())
            .or_else(|_| {
                CollatorBorrowed::try_new(
                    CollatorPreferences::default(),
                    CollatorOptions::default(),
                )
            })
            // The root collation is compiled into the binary: it cannot be
            // missing, whatever the language.
            .expect("the root collation is compiled in");
        Collation(collator)
    }

    /// The key that orders `text` in this language: comparing two keys as
    /// bytes compares the texts, so a list is sorted with one key per item
    /// rather than a collation per comparison.
    pub fn key(&self, text: &str) -> Vec<u8> {
        let mut key = Vec::with_capacity(text.len() * 2);
        // Writing into a Vec cannot fail.
        let _ = self.0.write_sort_key_to(text, &mut key);
        key
    }

    /// Sorts `items` by their text in this language; items whose texts
    /// collate equal keep the order of `tie` (e.g. the slug), so the order
    /// is the same on every build.
    pub fn sort_by<T>(&self, items: &mut [T], text: impl Fn(&T) -> &str, tie: impl Fn(&T) -> &str) {
        items.sort_by_cached_key(|item| (self.key(text(item)), tie(item).to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: &str, words: &[&str]) -> Vec<String> {
        let c = Collation::new(Lang::new(lang));
        let mut v: Vec<&str> = words.to_vec();
        c.sort_by(&mut v, |s| s, |s| s);
        v.into_iter().map(str::to_string).collect()
    }

    #[test]
    fn french_compares_accents_after_letters() {
        // By code point, "Éducation" would come after "Zagora".
        assert_eq!(
            sorted("fr", &["Zagora", "Éducation", "enfance", "Amal", "école"]),
            ["Amal", "école", "Éducation", "enfance", "Zagora"]
        );
    }

    #[test]
    fn arabic_follows_the_alphabet() {
        // ا ب ت ... ش ... ل م ... ي; an alif carrying a hamza (أ إ) is an
        // alif to the order, as in a dictionary: إشراق (ا ش) comes before
        // الأمل (ا ل), before أمل (ا م). By code point, أ (U+0623) and
        // إ (U+0625) would come before ا (U+0627) and split the alifs.
        assert_eq!(
            sorted(
                "ar",
                &["يد في يد", "أمل", "بوغاز", "الأمل", "تنمية", "إشراق"]
            ),
            ["إشراق", "الأمل", "أمل", "بوغاز", "تنمية", "يد في يد"]
        );
    }

    #[test]
    fn tifinagh_follows_the_ircam_alphabet() {
        // ⴰ (a) < ⴱ (b) < ⴷ (d) < ⵎ (m) < ⵜ (t) < ⵣ (z)
        assert_eq!(
            sorted(
                "zgh",
                &["ⵣⴰⴳⵓⵔⴰ", "ⵜⵉⴼⴰⵡⵉⵏ", "ⴰⵏⵓ", "ⵎⴰⵔⵔⴰⴽⵛ", "ⴱⵓⵖⴰⵣ", "ⴷⴷⴰⵔ"]
            ),
            ["ⴰⵏⵓ", "ⴱⵓⵖⴰⵣ", "ⴷⴷⴰⵔ", "ⵎⴰⵔⵔⴰⴽⵛ", "ⵜⵉⴼⴰⵡⵉⵏ", "ⵣⴰⴳⵓⵔⴰ"]
        );
    }

    #[test]
    fn equal_texts_keep_the_tie_break() {
        let c = Collation::new(Lang::new("fr"));
        let mut v = vec![("Amal", "b"), ("Amal", "a"), ("amal", "c")];
        c.sort_by(&mut v, |p| p.0, |p| p.1);
        // Lower case before upper case at the third level, then the slug.
        assert_eq!(v, [("amal", "c"), ("Amal", "a"), ("Amal", "b")]);
    }

    #[test]
    fn an_unknown_language_gets_the_root_order() {
        assert_eq!(sorted("x-unknown", &["b", "a"]), ["a", "b"]);
    }
}
