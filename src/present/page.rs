//! The pages of a site, independent of language: the site's page table
//! (SPEC.md, "Site"), each page's URL in a language, and the list of every
//! page that a build renders.

use super::urls::{self, FacetKind, FundingBy};
use crate::model::Kind;
use crate::model::ids::Slug;
use crate::model::lang::Lang;
use crate::validate::Site;

/// A page of the site, independent of language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Page {
    /// The language's home page (`/{lang}/`).
    Home,
    /// A page of the association directory (`/{lang}/associations/`).
    Associations {
        /// Page number, from 1.
        page: usize,
    },
    /// A page of the associations of one region, province or domain.
    Facet {
        /// What divides the directory: region, province or domain.
        facet: FacetKind,
        /// Code of the region or province, or key of the domain.
        key: String,
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
            _ => true,
        }
    }

    pub(crate) fn url(&self, lang: Lang) -> String {
        match self {
            Page::Home => urls::home(lang),
            Page::Associations { page } => {
                urls::paginated(&urls::section(lang, Kind::Associations), *page)
            }
            Page::Facet { facet, key, page } => {
                urls::paginated(&urls::facet(lang, *facet, key), *page)
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
    for n in 1..=page_count(site.associations.len()) {
        pages.push(Page::Associations { page: n });
    }
    // Facet pages exist for every region and province of the territories
    // and every domain, even when empty, so that a link to one never breaks.
    let mut facets: Vec<(FacetKind, String, usize)> = Vec::new();
    for r in &site.tax.regions {
        facets.push((
            FacetKind::Region,
            r.code.0.clone(),
            site.by_region.get(r.code.as_str()).map_or(0, Vec::len),
        ));
        for p in &r.provinces {
            facets.push((
                FacetKind::Province,
                p.code.0.clone(),
                site.by_province.get(p.code.as_str()).map_or(0, Vec::len),
            ));
        }
    }
    for key in site.tax.domains.keys() {
        facets.push((
            FacetKind::Domain,
            key.to_string(),
            site.by_domain.get(key).map_or(0, Vec::len),
        ));
    }
    for (facet, key, count) in facets {
        for n in 1..=page_count(count) {
            pages.push(Page::Facet {
                facet,
                key: key.clone(),
                page: n,
            });
        }
    }
    pages.extend(funding_pages(site));
    for kind in Kind::ALL.into_iter().filter(|k| k.has_pages()) {
        pages.extend(
            site.slugs(kind)
                .map(|slug| Page::Record(kind, slug.clone())),
        );
    }
    pages
}
