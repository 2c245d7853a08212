//! Languages: a site declares its languages once, in `site.yaml`; a
//! [`Lang`] names one of them wherever a language is meant (a page's
//! language, a fallback chain, the key of a translation), so that a
//! language cannot be confused with another string. It is a small `Copy`
//! value compared by its code.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;
use std::fmt;
use std::sync::Mutex;

/// A language code such as `ar`, `fr` or `zgh` (BCP 47).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

/// Every code seen by this process, each stored once: a site declares a
/// handful, and a process that reloads `site.yaml` (serve) sees the same
/// few again.
static CODES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

impl Lang {
    /// The language of `code`.
    pub fn new(code: &str) -> Lang {
        let mut codes = CODES.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = codes.get(code) {
            return Lang(known);
        }
        let stored: &'static str = Box::leak(code.to_owned().into_boxed_str());
        codes.insert(stored);
        Lang(stored)
    }

    /// The code, as written in `site.yaml`.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Lang> for &str {
    fn eq(&self, other: &Lang) -> bool {
        *self == other.0
    }
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        self.0
    }
}

// Maps keyed by a language are looked up with a `&str` too: the order,
// equality and hash of a `Lang` are its code's.
impl std::borrow::Borrow<str> for Lang {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(d)?;
        Ok(Lang::new(&code))
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn one_code_one_value() {
        let a = Lang::new("zgh");
        let b = Lang::new(&String::from("zgh"));
        assert_eq!(a, b);
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_ne!(a, Lang::new("ar"));
        assert!(a == "zgh");
        assert!("zgh" == a);
        assert_eq!(format!("{a} {a:?}"), "zgh \"zgh\"");
        assert!(Lang::new("ar") < Lang::new("fr"));
    }

    #[test]
    fn serializes_as_its_code() {
        let v: Vec<Lang> = serde_json::from_str(r#"["ar","fr"]"#).unwrap();
        assert_eq!(v, [Lang::new("ar"), Lang::new("fr")]);
        assert_eq!(serde_json::to_string(&v).unwrap(), r#"["ar","fr"]"#);
    }
}
