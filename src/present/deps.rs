//! Page dependencies for incremental rebuilds (`nassij serve`): given the
//! site before and after a change and the records that were touched, the
//! pages whose context may differ. The rules follow what each page's context
//! reads (see `page_context`, `views` and `export::jsonld`): an association
//! is shown on its own page, on the directory and facet pages that list it,
//! on the pages of the programmes it takes part in, of the offers that award
//! it and of the associations that name it in their networks. A change the
//! rules cannot bound (institutions, pages in the menu) asks for every page.
//!
//! The section pages (home, lists, search, data, 404) are cheap and read
//! counts and lists of every kind: they are always rendered again.

use super::Page;
use super::urls::FacetKind;
use crate::model::Kind;
use crate::model::records::Association;
use crate::validate::Site;
use std::collections::HashSet;

/// What must be rendered again.
#[derive(Debug, PartialEq, Eq)]
pub enum Affected {
    All,
    /// Pages of the new site.
    Pages(Vec<Page>),
}

/// The pages of `new` to render again after the records of `touched`
/// (kind, slug) changed, were added or were removed between `old` and `new`.
pub fn affected(old: &Site, new: &Site, touched: &HashSet<(Kind, String)>) -> Affected {
    let mut deps = Deps::new(touched);
    deps.before(old);
    deps.after(new)
}

/// The pages a change affects, found in two halves: what the old site
/// shows of the touched records ([`Deps::before`]), then what the new site
/// shows ([`Deps::after`]). `serve` replaces records in place between the
/// two, so that it never holds two sites.
pub struct Deps {
    touched: Vec<(Kind, String)>,
    out: Collector,
    /// Whether each touched record existed in the old site.
    existed: HashSet<(Kind, String)>,
    /// The facets of the touched associations in the old site.
    facets: std::collections::HashMap<String, Facets>,
    all: bool,
}

type Facets = (String, String, Vec<String>);

fn facets(a: &Association) -> Facets {
    (
        a.region.0.clone(),
        a.province.0.clone(),
        a.domains.iter().map(|d| d.0.clone()).collect(),
    )
}

impl Deps {
    pub fn new(touched: &HashSet<(Kind, String)>) -> Deps {
        let mut touched: Vec<(Kind, String)> = touched.iter().cloned().collect();
        touched.sort();
        let mut out = Collector::default();
        for page in super::SECTION_PAGES {
            out.push(page);
        }
        Deps {
            touched,
            out,
            existed: HashSet::new(),
            facets: Default::default(),
            all: false,
        }
    }

    /// What the old site shows of the touched records.
    pub fn before(&mut self, old: &Site) {
        for (kind, slug) in &self.touched {
            let slug = slug.as_str();
            if old.has(*kind, slug) {
                self.existed.insert((*kind, slug.to_string()));
            }
            if let Some(i) = old.position(Kind::Associations, slug) {
                if *kind == Kind::Associations {
                    self.facets
                        .insert(slug.to_string(), facets(&old.associations[i].data));
                }
            }
            self.all |= one(old, *kind, slug, &mut self.out);
        }
    }

    /// What the new site shows of them; the pages to render, of `new`.
    pub fn after(mut self, new: &Site) -> Affected {
        let mut all_directory = false;
        for (kind, slug) in &self.touched {
            let slug = slug.as_str();
            let existed = self.existed.contains(&(*kind, slug.to_string()));
            if existed != new.has(*kind, slug) {
                linking_bodies(new, *kind, slug, &mut self.out);
            }
            self.all |= one(new, *kind, slug, &mut self.out);
            if let Some(i) = new.position(*kind, slug) {
                self.out.record(*kind, slug);
                if *kind == Kind::Associations {
                    let a = &new.associations[i].data;
                    if self.facets.get(slug) == Some(&facets(a)) {
                        directory_pages(new, i, a, &mut self.out);
                    } else {
                        all_directory = true;
                    }
                }
            } else if *kind == Kind::Associations && existed {
                // Removed: counts and pagination move everywhere.
                all_directory = true;
            }
            if *kind == Kind::Associations {
                // Associations that name it among their networks show its name.
                for b in &new.associations {
                    if b.data.networks.iter().any(|n| n.as_str() == slug) {
                        self.out.record(Kind::Associations, b.slug.as_str());
                    }
                }
            }
        }
        if self.all {
            return Affected::All;
        }
        if all_directory {
            for page in super::pages(new) {
                if matches!(page, Page::Associations { .. } | Page::Facet { .. }) {
                    self.out.push(page);
                }
            }
        }
        Affected::Pages(
            self.out
                .pages
                .into_iter()
                .filter(|p| p.exists_in(new))
                .collect(),
        )
    }
}

#[derive(Default)]
struct Collector {
    seen: HashSet<Page>,
    pages: Vec<Page>,
}

impl Collector {
    fn push(&mut self, page: Page) {
        if !self.seen.contains(&page) {
            self.seen.insert(page.clone());
            self.pages.push(page);
        }
    }
    fn record(&mut self, kind: Kind, slug: &str) {
        if let Some(page) = Page::record(kind, slug) {
            self.push(page);
        }
    }
}

/// What `site` shows of the record (kind, slug) on other records' pages;
/// true when every page must be rendered again.
fn one(site: &Site, kind: Kind, slug: &str, out: &mut Collector) -> bool {
    match kind {
        Kind::Institutions | Kind::Pages => return true,
        Kind::Associations => {
            let Some(i) = site.position(Kind::Associations, slug) else {
                return false;
            };
            for p in &site.associations[i].data.programmes {
                out.record(Kind::Programmes, p.programme.as_str());
            }
            if let Some(list) = site.awards_by_association.get(slug) {
                for &(o, _) in list {
                    out.record(Kind::Offers, site.offers[o].slug.as_str());
                }
            }
        }
        Kind::Programmes => programme(site, slug, out),
        Kind::Offers => {
            if let Some(i) = site.position(Kind::Offers, slug) {
                let o = &site.offers[i].data;
                if let Some(p) = &o.programme {
                    out.record(Kind::Programmes, p.as_str());
                }
                for aw in &o.awards {
                    out.record(Kind::Associations, aw.association.as_str());
                }
            }
        }
        Kind::Results => {
            if let Some(i) = site.position(Kind::Results, slug) {
                let p = site.results[i].data.programme.as_str();
                // Charts show the results of a programme's phases.
                for s in ancestors(site, p) {
                    out.record(Kind::Programmes, &s);
                }
            }
        }
        Kind::News => {
            if let Some(i) = site.position(Kind::News, slug) {
                for p in &site.news[i].data.programmes {
                    out.record(Kind::Programmes, p.as_str());
                }
            }
        }
    }
    false
}

/// The directory page and the facet pages that list association `i`.
fn directory_pages(site: &Site, i: usize, a: &Association, out: &mut Collector) {
    let page_of = |list: Option<&Vec<usize>>| {
        list.and_then(|l| l.iter().position(|&x| x == i))
            .map(|p| p / super::urls::PAGE_SIZE + 1)
    };
    out.push(Page::Associations {
        page: i / super::urls::PAGE_SIZE + 1,
    });
    let mut facets: Vec<(FacetKind, &str, Option<&Vec<usize>>)> = vec![
        (
            FacetKind::Region,
            a.region.as_str(),
            site.by_region.get(a.region.as_str()),
        ),
        (
            FacetKind::Province,
            a.province.as_str(),
            site.by_province.get(a.province.as_str()),
        ),
    ];
    for d in &a.domains {
        facets.push((
            FacetKind::Domain,
            d.as_str(),
            site.by_domain.get(d.as_str()),
        ));
    }
    for (facet, key, list) in facets {
        if let Some(page) = page_of(list) {
            out.push(Page::Facet {
                facet,
                key: key.to_string(),
                page,
            });
        }
    }
}

fn programme(site: &Site, slug: &str, out: &mut Collector) {
    for s in ancestors(site, slug) {
        out.record(Kind::Programmes, &s);
    }
    for &c in site.children.get(slug).into_iter().flatten() {
        out.record(Kind::Programmes, site.programmes[c].slug.as_str());
    }
    for pt in site.participants.get(slug).into_iter().flatten() {
        out.record(
            Kind::Associations,
            site.associations[pt.association].slug.as_str(),
        );
    }
    for &o in site.offers_by_programme.get(slug).into_iter().flatten() {
        out.record(Kind::Offers, site.offers[o].slug.as_str());
    }
    for &n in site.news_by_programme.get(slug).into_iter().flatten() {
        out.record(Kind::News, site.news[n].slug.as_str());
    }
}

/// The programme and its parents, up to the top (bounded: validation
/// refuses cycles, but a bound costs nothing).
fn ancestors(site: &Site, slug: &str) -> Vec<String> {
    let mut chain = vec![slug.to_string()];
    let mut current = slug.to_string();
    while chain.len() <= site.programmes.len() {
        let Some(i) = site.position(Kind::Programmes, &current) else {
            break;
        };
        let Some(parent) = &site.programmes[i].data.parent else {
            break;
        };
        if chain.contains(&parent.0) {
            break;
        }
        chain.push(parent.0.clone());
        current = parent.0.clone();
    }
    chain
}

/// Records whose Markdown links to `@/kind/slug`: the link becomes (or stops
/// being) a link when the record appears or disappears.
fn linking_bodies(site: &Site, kind: Kind, slug: &str, out: &mut Collector) {
    let needle = format!("@/{}/{slug}", kind.folder());
    fn scan<T>(records: &[crate::model::Record<T>], kind: Kind, needle: &str, out: &mut Collector) {
        for r in records {
            let links = r
                .body
                .iter()
                .chain(r.translations.values())
                .any(|b| b.markdown.contains(needle));
            if links {
                out.record(kind, r.slug.as_str());
            }
        }
    }
    scan(&site.associations, Kind::Associations, &needle, out);
    scan(&site.programmes, Kind::Programmes, &needle, out);
    scan(&site.offers, Kind::Offers, &needle, out);
    scan(&site.news, Kind::News, &needle, out);
    scan(&site.pages, Kind::Pages, &needle, out);
}
