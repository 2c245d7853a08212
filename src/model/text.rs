//! Translated text: a plain string (the same in every language, such as a
//! proper noun or an acronym) or a map from language code to string.

use super::lang::Lang;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A translated text: the same string in every language, or one string
/// per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// The same in every language.
    Same(String),
    /// Language code to text, in the order written.
    PerLang(Vec<(String, String)>),
}

/// A text chosen for one language: the string, the language it is really
/// in, and whether it is a fallback (the page then marks it with its real
/// `lang` and the build counts a missing translation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Localized<'a> {
    /// The chosen string.
    pub text: &'a str,
    pub(crate) lang: Lang,
    pub(crate) fallback: bool,
}

/// The first language of a chain (the page's own).
fn first(chain: &[Lang]) -> Lang {
    chain.first().copied().unwrap_or_else(|| Lang::new(""))
}

impl Text {
    /// The text in `lang`, walking `chain` (the language itself first, then
    /// its fallbacks, then the default language), then any language at all.
    pub fn get<'a>(&'a self, chain: &[Lang]) -> Localized<'a> {
        match self {
            Text::Same(s) => Localized {
                text: s,
                lang: first(chain),
                fallback: false,
            },
            Text::PerLang(map) => {
                for (i, lang) in chain.iter().enumerate() {
                    if let Some((_, s)) = map.iter().find(|(l, _)| *lang == l.as_str()) {
                        return Localized {
                            text: s,
                            lang: *lang,
                            fallback: i > 0,
                        };
                    }
                }
                match map.first() {
                    // A language outside the chain (validation reports it).
                    Some((l, s)) => Localized {
                        text: s,
                        lang: Lang::new(l),
                        fallback: true,
                    },
                    None => Localized {
                        text: "",
                        lang: first(chain),
                        fallback: false,
                    },
                }
            }
        }
    }

    /// True when the text is given for `lang` itself (or is the same in all).
    pub fn has(&self, lang: Lang) -> bool {
        match self {
            Text::Same(_) => true,
            Text::PerLang(map) => map.iter().any(|(l, _)| lang == l.as_str()),
        }
    }

    /// Every string of the text, whatever its language.
    pub fn all(&self) -> Vec<&str> {
        match self {
            Text::Same(s) => vec![s.as_str()],
            Text::PerLang(map) => map.iter().map(|(_, s)| s.as_str()).collect(),
        }
    }

    /// The language codes a map names (empty for a plain string).
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let map: &[(String, String)] = match self {
            Text::Same(_) => &[],
            Text::PerLang(map) => map,
        };
        map.iter().map(|(l, _)| l.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// `compact`: a binary format (the parse cache) reads back what
        /// Serialize wrote, a map as a list of pairs; YAML never does.
        struct TextVisitor {
            compact: bool,
        }
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text: a string, or a map of language code to string such as {ar: \"...\", fr: \"...\"}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Same(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Same(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text::Same(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text::Same(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut entries = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    entries.push((k, v));
                }
                Ok(Text::PerLang(entries))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
                if !self.compact {
                    return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
                }
                let mut entries = Vec::new();
                while let Some(pair) = seq.next_element::<(String, String)>()? {
                    entries.push(pair);
                }
                Ok(Text::PerLang(entries))
            }
        }
        let compact = !deserializer.is_human_readable();
        deserializer.deserialize_any(TextVisitor { compact })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(v: &[&str]) -> Vec<Lang> {
        v.iter().map(|s| Lang::new(s)).collect()
    }

    #[test]
    fn fallback_walks_the_chain_and_marks_the_real_language() {
        let t = Text::PerLang(vec![
            ("ar".into(), "جمعية".into()),
            ("fr".into(), "Association".into()),
        ]);
        let c = chain(&["zgh", "fr", "ar"]);
        let got = t.get(&c);
        assert_eq!(
            (got.text, got.lang, got.fallback),
            ("Association", Lang::new("fr"), true)
        );
        let c = chain(&["ar"]);
        let got = t.get(&c);
        assert_eq!(
            (got.text, got.lang, got.fallback),
            ("جمعية", Lang::new("ar"), false)
        );
        let same = Text::Same("ADS".into());
        let c = chain(&["zgh", "ar"]);
        assert!(!same.get(&c).fallback);
    }
}
