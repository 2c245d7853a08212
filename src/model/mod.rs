//! The content model: what a site is made of, as typed values. Parsing
//! fills these types; validation checks them and builds the read-only
//! [`crate::validate::Site`] that rendering receives.

pub mod collate;
pub mod config;
pub mod date;
pub mod ids;
pub mod kinds;
pub mod lang;
pub mod records;
pub mod sets;
pub mod taxonomy;
pub mod text;

use lang::Lang;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The record kinds, one folder of content/ each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `associations/`: the directory of associations.
    Associations,
    /// `programmes/`: public programmes, strategies, phases and projects.
    Programmes,
    /// `offers/`: support offers and calls.
    Offers,
    /// `results/`: results reports of programmes.
    Results,
    /// `institutions/`: lead and partner institutions.
    Institutions,
    /// `news/`: news items.
    News,
    /// `pages/`: free-standing pages.
    Pages,
}

impl Kind {
    pub(crate) const ALL: [Kind; 7] = [
        Kind::Associations,
        Kind::Programmes,
        Kind::Offers,
        Kind::Results,
        Kind::Institutions,
        Kind::News,
        Kind::Pages,
    ];

    pub(crate) fn folder(self) -> &'static str {
        match self {
            Kind::Associations => "associations",
            Kind::Programmes => "programmes",
            Kind::Offers => "offers",
            Kind::Results => "results",
            Kind::Institutions => "institutions",
            Kind::News => "news",
            Kind::Pages => "pages",
        }
    }

    /// One record of the kind, in English (`association`, `results`):
    /// the search index's `kind:` facet and editors' messages.
    pub fn singular(self) -> &'static str {
        match self {
            Kind::Associations => "association",
            Kind::Programmes => "programme",
            Kind::Offers => "offer",
            Kind::Results => "results",
            Kind::Institutions => "institution",
            Kind::News => "news",
            Kind::Pages => "page",
        }
    }

    pub(crate) fn from_folder(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == s)
    }

    /// Markdown records carry a body; the others are data-only `.yaml`.
    pub fn is_markdown(self) -> bool {
        !matches!(self, Kind::Results | Kind::Institutions)
    }

    /// Kinds whose records have a page of their own (targets of `@/` links).
    pub fn has_pages(self) -> bool {
        !matches!(self, Kind::Results | Kind::Institutions)
    }
}

/// A Markdown body: its text and where it sits in its file.
#[derive(Debug, Clone)]
pub struct Body {
    pub(crate) file: PathBuf,
    /// Empty when `read` is false.
    pub(crate) markdown: String,
    /// Byte offset of the Markdown in the file's (normalized) text.
    pub offset: usize,
    /// What validation reads of the text.
    pub(crate) facts: BodyFacts,
    /// False for a body `check` knew from its last run and did not read
    /// again (`load::files`): its facts hold, its `markdown` is empty.
    pub(crate) read: bool,
}

/// What validation reads of a body, found when the body is read
/// (`load::body_facts`): `check` keeps them for the files it need not
/// read again.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BodyFacts {
    /// The text is blank (whitespace only).
    pub(crate) blank: bool,
    /// Each internal link (`@/kind/slug`) as written, with the byte
    /// offset in the body where it points.
    pub(crate) links: Vec<(usize, String)>,
    /// The byte offset in the body of each stand-in sentence of `nassij
    /// new` it holds (`load::PLACEHOLDERS`, in that order).
    pub(crate) placeholders: Vec<usize>,
}

/// One record: its identity, its file, its typed fields and its bodies.
#[derive(Debug, Clone)]
pub struct Record<T> {
    /// The file name without extension.
    pub slug: ids::Slug,
    /// Relative to the site root, e.g. `content/associations/tifawin.md`.
    pub file: PathBuf,
    pub(crate) data: T,
    /// The body in the default language (`slug.md`).
    pub body: Option<Body>,
    /// Bodies in other languages (`slug.LANG.md`), by language code.
    pub translations: BTreeMap<String, Body>,
}

impl<T> Record<T> {
    /// The body for a language chain: the first language that has one.
    pub fn body_for(&self, chain: &[Lang], default: Lang) -> Option<(&Body, Lang)> {
        for &lang in chain {
            if lang == default {
                if let Some(b) = &self.body {
                    if !b.markdown.trim().is_empty() {
                        return Some((b, lang));
                    }
                }
            } else if let Some(b) = self.translations.get(lang.as_str()) {
                // An empty translation file (a warning) falls back too.
                if !b.markdown.trim().is_empty() {
                    return Some((b, lang));
                }
            }
        }
        None
    }
}
