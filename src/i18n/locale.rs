//! The locales nassij formats numbers, dates and plurals for.

/// The languages nassij has formatting data for; anything else gets CLDR
/// root behaviour (plural `other` only, `1,234.5`, ISO dates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Locale {
    Ar,
    Fr,
    Zgh,
    Root,
}

impl Locale {
    /// By primary language subtag: `ar`, `ar-MA` and `AR` are all Arabic as
    /// written in Morocco.
    pub(crate) fn of(code: &str) -> Locale {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "ar" => Locale::Ar,
            "fr" => Locale::Fr,
            "zgh" => Locale::Zgh,
            _ => Locale::Root,
        }
    }

    pub(crate) const fn from_u8(n: u8) -> Locale {
        match n {
            0 => Locale::Ar,
            1 => Locale::Fr,
            2 => Locale::Zgh,
            _ => Locale::Root,
        }
    }
}
