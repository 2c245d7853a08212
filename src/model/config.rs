//! site.yaml: the site's configuration. Languages are declared once here,
//! with their direction and explicit fallback chains.

use super::lang::Lang;
use super::text::Text;
use serde::{Deserialize, Serialize};

/// The contents of site.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub(crate) title: Text,
    pub(crate) base_url: String,
    pub(crate) default_language: Lang,
    pub(crate) languages: Vec<LanguageDef>,
    pub(crate) theme: String,
    /// The licence of the open data under `/data/` (optional; default
    /// CC-BY-4.0). Shown on the data page and written into every export.
    #[serde(default)]
    pub data_licence: Option<DataLicence>,
    /// The language of nassij's own messages when neither `--lang`,
    /// `NASSIJ_LANG` nor the locale names one (the CLI reads it straight
    /// from the file, before the configuration is loaded).
    #[serde(default)]
    pub editor_language: Option<crate::messages::EditorLang>,
    /// Where readers report an error in a record (optional): every record
    /// page then has a "report an error" `mailto:` link.
    #[serde(default)]
    pub contact_email: Option<String>,
}

/// A data licence: an SPDX identifier, a title and the licence's canonical URL.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DataLicence {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) url: String,
}

impl Default for DataLicence {
    fn default() -> Self {
        DataLicence {
            id: "CC-BY-4.0".into(),
            title: "Creative Commons Attribution 4.0 International".into(),
            url: "https://creativecommons.org/licenses/by/4.0/".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LanguageDef {
    pub(crate) code: Lang,
    pub(crate) name: String,
    pub(crate) dir: Direction,
    #[serde(default)]
    pub(crate) fallback: Vec<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl SiteConfig {
    pub(crate) fn language(&self, code: Lang) -> Option<&LanguageDef> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The language itself, its fallbacks in order, then the default
    /// language; without repeats.
    pub fn chain(&self, code: Lang) -> Vec<Lang> {
        let mut chain = vec![code];
        if let Some(l) = self.language(code) {
            for f in &l.fallback {
                if !chain.contains(f) {
                    chain.push(*f);
                }
            }
        }
        if !chain.contains(&self.default_language) {
            chain.push(self.default_language);
        }
        chain
    }

    pub(crate) fn direction(&self, code: Lang) -> Direction {
        self.language(code).map_or(Direction::Ltr, |l| l.dir)
    }

    pub(crate) fn base_url(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

    /// The path of `base_url` without its last `/` (`/portal` for
    /// `https://org.github.io/portal/`), or "" for a site at the root of
    /// its domain: `build` puts it before the pages' root-relative links.
    pub fn path_prefix(&self) -> &str {
        let url = self.base_url();
        let after_scheme = url.find("://").map_or(0, |i| i + 3);
        url[after_scheme..]
            .find('/')
            .map_or("", |i| &url[after_scheme + i..])
    }

    /// The data licence of site.yaml, or CC-BY-4.0.
    pub fn data_licence(&self) -> DataLicence {
        self.data_licence.clone().unwrap_or_default()
    }

    pub(crate) fn codes(&self) -> impl Iterator<Item = Lang> + '_ {
        self.languages.iter().map(|l| l.code)
    }
}
