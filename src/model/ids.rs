//! Identities: slugs, territory codes and taxonomy keys. They are plain
//! strings when parsed; validation resolves each reference once.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! identity {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The identity's string, as written in the content.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        // Maps keyed by an identity are looked up with a `&str`: the order,
        // equality and hash of the identity are its string's.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

identity!(
    /// A record's slug: its file name without extension.
    Slug
);
identity!(
    /// An ISO 3166-2:MA region code, e.g. `MA-03`.
    RegionCode
);
identity!(
    /// An ISO 3166-2:MA prefecture or province code, e.g. `MA-FES`.
    ProvinceCode
);
identity!(
    /// A key of domains.yaml, audiences.yaml or indicators.yaml.
    TermKey
);

/// True when `s` matches `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A slug suggested for a bad file name: lowercase ASCII, accents dropped,
/// other characters turned into single hyphens.
pub fn suggest_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = fold_latin(c);
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn fold_latin(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_rule() {
        for ok in ["tifawin", "nassij-2022-2026", "a1"] {
            assert!(is_valid_slug(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "Tifawin", "a b", "جمعية", "a_b"] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_are_valid_slugs() {
        assert_eq!(suggest_slug("Association Él Amal"), "association-el-amal");
        assert_eq!(suggest_slug("my_file 2"), "my-file-2");
        assert!(is_valid_slug(&suggest_slug("Réseau  -- Souss")));
    }
}
