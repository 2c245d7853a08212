//! The pages of a site, independent of language: the site's page table
//! (SPEC.md, "Site"), each page's URL in a language, and the list of every
//! page that a build renders.

use super::urls::{self, FundingBy};
use crate::model::Kind;
use crate::model::ids::Slug;
use crate::model::lang::Lang;
use crate::validate::Site;
use crate::validate::directory::{Place, Selection};

/// A page of the site, independent of language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Page {
    /// The language's home page (`/{lang}/`).
    Home,
    /// A page of the association directory: every association
    /// (`/{lang}/associations/`), or those of a region or a province, of a
    /// domain, or of a place and a domain
    /// (`/{lang}/associations/region/MA-03/domain/youth/`).
    Associations {
        /// Which associations.
        selection: Selection,
        /// Page number, from 1.
        page: usize,
    },
    /// A record's own page, by kind and slug (the kinds that have pages:
    /// [`Kind::has_pages`]): the same value names the same page in every
    /// version of the site, whatever the records around it.
    Record(Kind, Slug),
    /// Where the money went (`/{lang}/funding/`), or the awards of one
    /// programme, issuer, region, province, year or domain
    /// (`/{lang}/funding/region/MA-03/`), paginated.
    Funding {
        /// The division and its key; `None` for every award.
        by: Option<(FundingBy, String)>,
        /// Page number, from 1.
        page: usize,
    },
    /// The list of programmes (`/{lang}/programmes/`).
    Programmes,
    /// The open, upcoming and closed offers (`/{lang}/offers/`).
    Offers,
    /// The results reports and dashboard (`/{lang}/results/`).
    Results,
    /// The list of news (`/{lang}/news/`).
    NewsList,
    /// The search page (`/{lang}/search/`).
    Search,
    /// The open data page (`/{lang}/data/`, see [`crate::export`]).
    Data,
    /// The language's not-found page (`/{lang}/404.html`).
    NotFound,
}

impl Page {
    /// The page of record (kind, slug), for the kinds that have pages.
    pub fn record(kind: Kind, slug: &str) -> Option<Page> {
        kind.has_pages()
            .then(|| Page::Record(kind, Slug(slug.to_string())))
    }

    /// Whether `site` has this page: a record's page exists while the
    /// record does; list and section pages always.
    pub fn exists_in(&self, site: &Site) -> bool {
        match self {
            Page::Record(kind, slug) => site.has(*kind, slug.as_str()),
            // A funding page exists while its key has awards, and a page
            // of its list while the list is that long.
            Page::Funding { by, page } => {
                let by = by.as_ref().map(|(b, k)| (*b, k.as_str()));
                let n = super::funding::count(site, by);
                (by.is_none() || n > 0) && *page <= page_count(n)
            }
            // The whole directory and a single region, province or domain
            // exist even when empty; a place with a domain while it has
            // associations (a link to one is only made then).
            Page::Associations { selection, page } => {
                let n = site.members(selection);
                let combined = selection.place.is_some() && selection.domain.is_some();
                (!combined || n > 0) && *page <= page_count(n)
            }
            _ => true,
        }
    }

    pub(crate) fn url(&self, lang: Lang) -> String {
        match self {
            Page::Home => urls::home(lang),
            Page::Associations { selection, page } => {
                urls::paginated(&urls::directory(lang, selection), *page)
            }
            Page::Record(kind, slug) => urls::record(lang, *kind, slug.as_str()),
            Page::Funding { by, page } => urls::paginated(
                &urls::funding(lang, by.as_ref().map(|(b, k)| (*b, k.as_str()))),
                *page,
            ),
            Page::Programmes => urls::section(lang, Kind::Programmes),
            Page::Offers => urls::section(lang, Kind::Offers),
            Page::Results => urls::section(lang, Kind::Results),
            Page::NewsList => urls::section(lang, Kind::News),
            Page::Search => urls::search(lang),
            Page::Data => urls::data(lang),
            Page::NotFound => urls::not_found(lang),
        }
    }
}

/// The funding pages: the list of every award, and a page for each key
/// of a division that has awards (a link to one is only made then), each
/// list in pages of [`urls::PAGE_SIZE`]. They change with the awards and
/// the recipients' fields, which `serve` checks after each edit.
pub fn funding_pages(site: &Site) -> Vec<Page> {
    let mut pages = Vec::new();
    for n in 1..=page_count(super::funding::count(site, None)) {
        pages.push(Page::Funding { by: None, page: n });
    }
    for (by, key, n) in super::funding::facet_keys(site) {
        for page in 1..=page_count(n) {
            pages.push(Page::Funding {
                by: Some((by, key.clone())),
                page,
            });
        }
    }
    pages
}

/// The pages of the directory. Every region and province of the
/// territories and every domain has its list, even when empty, so that a
/// link to one never breaks; a place with a domain has one while it has
/// associations.
pub fn directory_pages(site: &Site) -> Vec<Page> {
    let domains: Vec<Option<String>> = std::iter::once(None)
        .chain(site.tax.domains.keys().map(|k| Some(k.to_string())))
        .collect();
    let mut places = vec![None];
    for r in &site.tax.regions {
        places.push(Some(Place::Region(r.code.0.clone())));
        for p in &r.provinces {
            places.push(Some(Place::Province(p.code.0.clone())));
        }
    }
    let mut pages = Vec::new();
    for place in &places {
        for domain in &domains {
            let selection = Selection {
                place: place.clone(),
                domain: domain.clone(),
            };
            let n = site.members(&selection);
            if n == 0 && place.is_some() && domain.is_some() {
                continue;
            }
            for page in 1..=page_count(n) {
                pages.push(Page::Associations {
                    selection: selection.clone(),
                    page,
                });
            }
        }
    }
    pages
}

/// The pages that come and go with the records' fields: the directory's
/// and the funding pages. `serve` compares them before and after an edit.
pub fn data_pages(site: &Site) -> Vec<Page> {
    let mut pages = directory_pages(site);
    pages.extend(funding_pages(site));
    pages
}

/// The number of list pages for `n` associations (at least one).
pub fn page_count(n: usize) -> usize {
    n.div_ceil(urls::PAGE_SIZE).max(1)
}

/// The section pages: one of each in every language, whatever the records.
pub const SECTION_PAGES: [Page; 8] = [
    Page::Home,
    Page::Programmes,
    Page::Offers,
    Page::Results,
    Page::NewsList,
    Page::Search,
    Page::Data,
    Page::NotFound,
];

/// Every page of the site, for one language (the list is the same in all).
pub fn pages(site: &Site) -> Vec<Page> {
    let mut pages = SECTION_PAGES.to_vec();
    pages.extend(data_pages(site));
    for kind in Kind::ALL.into_iter().filter(|k| k.has_pages()) {
        pages.extend(
            site.slugs(kind)
                .map(|slug| Page::Record(kind, slug.clone())),
        );
    }
    pages
}
