//! The pages of a site, independent of language: the site's page table
//! (SPEC.md, "Site"), each page's URL in a language, and the list of every
//! page that a build renders.

use super::urls::{self, FacetKind};
use crate::model::Kind;
use crate::validate::Site;

/// A page of the site, independent of language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Associations {
        page: usize,
    },
    Facet {
        facet: FacetKind,
        key: String,
        page: usize,
    },
    Association(usize),
    Programmes,
    Programme(usize),
    Offers,
    Offer(usize),
    Results,
    NewsList,
    News(usize),
    Page(usize),
    Search,
    /// The open data page (`/{lang}/data/`, see [`crate::export`]).
    Data,
    NotFound,
}

impl Page {
    pub fn url(&self, lang: &str, site: &Site) -> String {
        match self {
            Page::Home => urls::home(lang),
            Page::Associations { page } => {
                urls::paginated(&urls::section(lang, Kind::Associations), *page)
            }
            Page::Facet { facet, key, page } => {
                urls::paginated(&urls::facet(lang, *facet, key), *page)
            }
            Page::Association(i) => urls::record(
                lang,
                Kind::Associations,
                site.associations[*i].slug.as_str(),
            ),
            Page::Programmes => urls::section(lang, Kind::Programmes),
            Page::Programme(i) => {
                urls::record(lang, Kind::Programmes, site.programmes[*i].slug.as_str())
            }
            Page::Offers => urls::section(lang, Kind::Offers),
            Page::Offer(i) => urls::record(lang, Kind::Offers, site.offers[*i].slug.as_str()),
            Page::Results => urls::section(lang, Kind::Results),
            Page::NewsList => urls::section(lang, Kind::News),
            Page::News(i) => urls::record(lang, Kind::News, site.news[*i].slug.as_str()),
            Page::Page(i) => urls::record(lang, Kind::Pages, site.pages[*i].slug.as_str()),
            Page::Search => urls::search(lang),
            Page::Data => urls::data(lang),
            Page::NotFound => format!("/{lang}/404.html"),
        }
    }
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
    pages.extend((0..site.associations.len()).map(Page::Association));
    pages.extend((0..site.programmes.len()).map(Page::Programme));
    pages.extend((0..site.offers.len()).map(Page::Offer));
    pages.extend((0..site.news.len()).map(Page::News));
    pages.extend((0..site.pages.len()).map(Page::Page));
    pages
}
