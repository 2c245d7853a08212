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
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
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
///
/// An association belongs to every association's list, its region's, its
/// province's, each of its domains' and each place's with each domain. A
/// national directory has hundreds of thousands of associations and a few
/// thousand lists: each list is named (displayed) once, and an association
/// holds the numbers of its lists.
pub(crate) fn lists(config: &SiteConfig, associations: &[Record<Association>]) -> Lists {
    // (place: region or province and its code, domain) -> list number;
    // list number -> the selection as displayed. Two selections that
    // display alike share their list, as they share its key.
    type Shape<'a> = (Option<(bool, &'a str)>, Option<&'a str>);
    let mut numbers: HashMap<Shape, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let belongs: Vec<Vec<usize>> = associations
        .iter()
        .map(|a| {
            let a = &a.data;
            let places = [
                None,
                Some((true, a.region.as_str())),
                Some((false, a.province.as_str())),
            ];
            let mut domains: Vec<Option<&str>> = vec![None];
            for d in &a.domains {
                let d = Some(d.as_str());
                if !domains.contains(&d) {
                    domains.push(d);
                }
            }
            let mut mine = Vec::with_capacity(places.len() * domains.len());
            for place in places {
                for &domain in &domains {
                    let n = *numbers.entry((place, domain)).or_insert_with(|| {
                        let selection = Selection {
                            place: place.map(|(region, code)| {
                                if region {
                                    Place::Region(code.to_string())
                                } else {
                                    Place::Province(code.to_string())
                                }
                            }),
                            domain: domain.map(str::to_string),
                        };
                        let name = selection.to_string();
                        *by_name.entry(name.clone()).or_insert_with(|| {
                            names.push(name);
                            names.len() - 1
                        })
                    });
                    mine.push(n);
                }
            }
            mine
        })
        .collect();
    let gather = |order: &mut dyn Iterator<Item = usize>| -> Vec<Vec<usize>> {
        let mut lists = vec![Vec::new(); names.len()];
        for i in order {
            for &n in &belongs[i] {
                lists[n].push(i);
            }
        }
        lists
    };
    let members: BTreeMap<String, Vec<usize>> = names
        .iter()
        .cloned()
        .zip(gather(&mut (0..associations.len())))
        .filter(|(_, list)| !list.is_empty())
        .collect();
    // One language per thread: the collation keys are most of the work.
    let languages: Vec<Lang> = config.codes().collect();
    let ordered: BTreeMap<String, Vec<usize>> = languages
        .par_iter()
        .map(|&lang| {
            let chain = config.chain(lang);
            let collation = Collation::new(lang);
            // The keys on every core too (three languages on two cores
            // would leave one waiting), then a stable sort: equal names
            // keep the order of the slugs.
            let keys: Vec<_> = associations
                .par_iter()
                .map(|a| collation.key(a.data.name.get(&chain).text))
                .collect();
            let mut order: Vec<usize> = (0..associations.len()).collect();
            order.par_sort_by(|&a, &b| keys[a].cmp(&keys[b]));
            let lists = gather(&mut order.into_iter());
            names
                .iter()
                .zip(lists)
                .filter(|(_, list)| !list.is_empty())
                .map(|(name, list)| (format!("{lang}/{name}"), list))
                .collect::<Vec<_>>()
        })
        .flatten()
        .collect();
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
