//! The lists of the association directory: every association, those of a
//! region or a province, of a domain, or of a place and a domain together
//! (SPEC.md, "Site"), each in the alphabetical order of every language of
//! the site ([`Collation`]): a reader of the Arabic site finds the names in
//! the order of the Arabic alphabet, a reader of the French site in the
//! French order, whatever the slugs. Names that collate equal keep the order
//! of their slugs, so every build lists them the same way.
//!
//! Each list is an entry of one derived index, keyed by language and
//! selection: a page that shows a list notes that entry, and `serve` renders
//! it again when the list (its members or their order) changes.

use crate::model::Record;
use crate::model::collate::Collation;
use crate::model::config::SiteConfig;
use crate::model::lang::Lang;
use crate::model::records::Association;
use std::collections::BTreeMap;
use std::fmt;

/// Where the associations of a list are.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// In a region, by its code (`MA-03`).
    Region(String),
    /// In a province or prefecture, by its code (`MA-FES`).
    Province(String),
}

/// A list of the directory: the associations of a place, of a domain, of
/// both, or every association when both are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Selection {
    /// The region or province, if any.
    pub place: Option<Place>,
    /// The domain key, if any.
    pub domain: Option<String>,
}

impl Selection {
    /// Every association.
    pub fn all() -> Selection {
        Selection::default()
    }

    /// The associations of a region, by its code.
    pub fn region(code: &str) -> Selection {
        Selection::all().with_place(Some(Place::Region(code.to_string())))
    }

    /// The associations of a province or prefecture, by its code.
    pub fn province(code: &str) -> Selection {
        Selection::all().with_place(Some(Place::Province(code.to_string())))
    }

    /// The associations of a domain, by its key.
    pub fn domain(key: &str) -> Selection {
        Selection::all().with_domain(Some(key))
    }

    /// This selection with another place (`None`: every place).
    pub fn with_place(&self, place: Option<Place>) -> Selection {
        Selection {
            place,
            domain: self.domain.clone(),
        }
    }

    /// This selection with another domain (`None`: every domain).
    pub fn with_domain(&self, domain: Option<&str>) -> Selection {
        Selection {
            place: self.place.clone(),
            domain: domain.map(str::to_string),
        }
    }
}

/// The key of a list in the index: the language, then the selection
/// (`ar/`, `fr/region/MA-03/`, `zgh/province/MA-FES/domain/youth/`).
pub(crate) fn key(lang: Lang, selection: &Selection) -> String {
    format!("{lang}/{selection}")
}

/// A selection as the end of its list's URL, after `associations/`:
/// `region/MA-03/`, `province/MA-FES/domain/youth/`, empty for every
/// association. It also keys who is in the list ([`Lists::members`]).
impl fmt::Display for Selection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(Place::Region(code)) => write!(f, "region/{code}/")?,
            Some(Place::Province(code)) => write!(f, "province/{code}/")?,
            None => {}
        }
        if let Some(domain) = &self.domain {
            write!(f, "domain/{domain}/")?;
        }
        Ok(())
    }
}

/// The selections an association belongs to: every association, its
/// region, its province, each of its domains, and each place with each
/// domain.
fn selections(a: &Association) -> Vec<Selection> {
    let places = [
        None,
        Some(Place::Region(a.region.0.clone())),
        Some(Place::Province(a.province.0.clone())),
    ];
    let mut domains: Vec<Option<String>> = vec![None];
    for d in &a.domains {
        let d = Some(d.to_string());
        if !domains.contains(&d) {
            domains.push(d);
        }
    }
    let mut out = Vec::with_capacity(places.len() * domains.len());
    for place in places {
        for domain in &domains {
            out.push(Selection {
                place: place.clone(),
                domain: domain.clone(),
            });
        }
    }
    out
}

/// The lists of the directory: who is in each non-empty one, and in what
/// order each language shows them.
pub(crate) struct Lists {
    /// Selection (as [`Selection`] displays it) -> positions of the
    /// associations in it, in the order of `associations` (by slug): what
    /// counts and links need, and what changes only when an association
    /// enters or leaves the list.
    pub(crate) members: BTreeMap<String, Vec<usize>>,
    /// [`key`] (language and selection) -> the same positions in that
    /// language's alphabetical order of the names.
    pub(crate) ordered: BTreeMap<String, Vec<usize>>,
}

/// Every non-empty list of the directory, in every language of `config`.
pub(crate) fn lists(config: &SiteConfig, associations: &[Record<Association>]) -> Lists {
    let belongs: Vec<Vec<Selection>> = associations.iter().map(|a| selections(&a.data)).collect();
    let mut members: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, list) in belongs.iter().enumerate() {
        for s in list {
            members.entry(s.to_string()).or_default().push(i);
        }
    }
    let mut ordered: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for lang in config.codes() {
        let chain = config.chain(lang);
        let collation = Collation::new(lang);
        let mut order: Vec<usize> = (0..associations.len()).collect();
        // Stable: equal names keep the order of the slugs.
        order.sort_by_cached_key(|&i| collation.key(associations[i].data.name.get(&chain).text));
        for i in order {
            for s in &belongs[i] {
                ordered.entry(key(lang, s)).or_default().push(i);
            }
        }
    }
    Lists { members, ordered }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_the_language_and_the_selection() {
        let fr = Lang::new("fr");
        assert_eq!(key(fr, &Selection::all()), "fr/");
        let s = Selection {
            place: Some(Place::Province("MA-FES".into())),
            domain: Some("youth".into()),
        };
        assert_eq!(key(fr, &s), "fr/province/MA-FES/domain/youth/");
        assert_eq!(
            key(fr, &s.with_place(None)),
            "fr/domain/youth/",
            "a selection keeps its domain when its place changes"
        );
        assert_eq!(
            key(fr, &s.with_domain(None)),
            "fr/province/MA-FES/",
            "and its place when its domain changes"
        );
        assert_eq!(Selection::region("MA-03").to_string(), "region/MA-03/");
        assert_eq!(Selection::domain("youth").to_string(), "domain/youth/");
    }
}
