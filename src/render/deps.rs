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
use crate::model::Kind;
use crate::model::records::Association;
use crate::validate::Site;
use std::collections::HashSet;

/// What must be rendered again.
#[derive(Debug, PartialEq, Eq)]
pub enum Affected {
    All,
    /// Pages of the new site (positions index the new site's records).
    Pages(Vec<Page>),
}

/// The pages of `new` to render again after the records of `touched`
/// (kind, slug) changed, were added or were removed between `old` and `new`.
pub fn affected(old: &Site, new: &Site, touched: &HashSet<(Kind, String)>) -> Affected {
    let mut out = Collector::default();
    for page in [
        Page::Home,
        Page::Programmes,
        Page::Offers,
        Page::Results,
        Page::NewsList,
        Page::Search,
        Page::Data,
        Page::NotFound,
    ] {
        out.push(page);
    }
    let mut all_directory = false;
    for (kind, slug) in touched {
        let slug = slug.as_str();
        if old.has(*kind, slug) != new.has(*kind, slug) {
            linking_bodies(new, *kind, slug, &mut out);
        }
        match kind {
            Kind::Institutions | Kind::Pages => return Affected::All,
            Kind::Associations => {
                if association(old, new, slug, &mut out) {
                    all_directory = true;
                }
            }
            Kind::Programmes => programme(old, new, slug, &mut out),
            Kind::Offers => {
                for site in [old, new] {
                    let Some(i) = site.position(Kind::Offers, slug) else {
                        continue;
                    };
                    let o = &site.offers[i].data;
                    if let Some(p) = &o.programme {
                        out.programme(new, p.as_str());
                    }
                    for aw in &o.awards {
                        out.association(new, aw.association.as_str());
                    }
                }
                out.offer(new, slug);
            }
            Kind::Results => {
                for site in [old, new] {
                    if let Some(i) = site.position(Kind::Results, slug) {
                        let p = site.results[i].data.programme.as_str();
                        // Charts show the results of a programme's phases.
                        for s in ancestors(old, p).into_iter().chain(ancestors(new, p)) {
                            out.programme(new, &s);
                        }
                    }
                }
            }
            Kind::News => {
                for site in [old, new] {
                    if let Some(i) = site.position(Kind::News, slug) {
                        for p in &site.news[i].data.programmes {
                            out.programme(new, p.as_str());
                        }
                    }
                }
                out.news(new, slug);
            }
        }
    }
    if all_directory {
        for page in super::pages(new) {
            if matches!(page, Page::Associations { .. } | Page::Facet { .. }) {
                out.push(page);
            }
        }
    }
    Affected::Pages(out.pages)
}

#[derive(Default)]
struct Collector {
    seen: HashSet<Page>,
    pages: Vec<Page>,
}

impl Collector {
    fn push(&mut self, page: Page) {
        if self.seen.insert(page.clone()) {
            self.pages.push(page);
        }
    }
    fn association(&mut self, site: &Site, slug: &str) {
        if let Some(i) = site.position(Kind::Associations, slug) {
            self.push(Page::Association(i));
        }
    }
    fn programme(&mut self, site: &Site, slug: &str) {
        if let Some(i) = site.position(Kind::Programmes, slug) {
            self.push(Page::Programme(i));
        }
    }
    fn offer(&mut self, site: &Site, slug: &str) {
        if let Some(i) = site.position(Kind::Offers, slug) {
            self.push(Page::Offer(i));
        }
    }
    fn news(&mut self, site: &Site, slug: &str) {
        if let Some(i) = site.position(Kind::News, slug) {
            self.push(Page::News(i));
        }
    }
    fn record(&mut self, site: &Site, kind: Kind, slug: &str) {
        match kind {
            Kind::Associations => self.association(site, slug),
            Kind::Programmes => self.programme(site, slug),
            Kind::Offers => self.offer(site, slug),
            Kind::News => self.news(site, slug),
            Kind::Pages => {
                if let Some(i) = site.position(Kind::Pages, slug) {
                    self.push(Page::Page(i));
                }
            }
            Kind::Results | Kind::Institutions => {}
        }
    }
}

/// An association's pages; true when every directory page must be rendered
/// again (it appeared, disappeared or changed facets: counts and
/// pagination move everywhere).
fn association(old: &Site, new: &Site, slug: &str, out: &mut Collector) -> bool {
    fn get<'s>(site: &'s Site, slug: &str) -> Option<(usize, &'s Association)> {
        site.position(Kind::Associations, slug)
            .map(|i| (i, &site.associations[i].data))
    }
    let (before, after) = (get(old, slug), get(new, slug));
    let facets = |a: &Association| {
        (
            a.region.0.clone(),
            a.province.0.clone(),
            a.domains.iter().map(|d| d.0.clone()).collect::<Vec<_>>(),
        )
    };
    let all_directory = before.map(|(_, a)| facets(a)) != after.map(|(_, a)| facets(a));
    if let Some((i, a)) = after {
        out.push(Page::Association(i));
        if !all_directory {
            let page_of = |list: Option<&Vec<usize>>| {
                list.and_then(|l| l.iter().position(|&x| x == i))
                    .map(|p| p / super::urls::PAGE_SIZE + 1)
            };
            out.push(Page::Associations {
                page: i / super::urls::PAGE_SIZE + 1,
            });
            let mut facets: Vec<(&'static str, &str, Option<&Vec<usize>>)> = vec![
                (
                    "region",
                    a.region.as_str(),
                    new.by_region.get(a.region.as_str()),
                ),
                (
                    "province",
                    a.province.as_str(),
                    new.by_province.get(a.province.as_str()),
                ),
            ];
            for d in &a.domains {
                facets.push(("domain", d.as_str(), new.by_domain.get(d.as_str())));
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
    }
    for (site, record) in [(old, before), (new, after)] {
        let Some((_, a)) = record else { continue };
        for p in &a.programmes {
            out.programme(new, p.programme.as_str());
        }
        if let Some(list) = site.awards_by_association.get(slug) {
            for &(o, _) in list {
                out.offer(new, site.offers[o].slug.as_str());
            }
        }
    }
    // Associations that name it among their networks show its name.
    for (i, a) in new.associations.iter().enumerate() {
        if a.data.networks.iter().any(|n| n.as_str() == slug) {
            out.push(Page::Association(i));
        }
    }
    all_directory
}

fn programme(old: &Site, new: &Site, slug: &str, out: &mut Collector) {
    for site in [old, new] {
        for s in ancestors(site, slug) {
            out.programme(new, &s);
        }
        for &c in site.children.get(slug).into_iter().flatten() {
            out.programme(new, site.programmes[c].slug.as_str());
        }
        for pt in site.participants.get(slug).into_iter().flatten() {
            out.association(new, site.associations[pt.association].slug.as_str());
        }
        for &o in site.offers_by_programme.get(slug).into_iter().flatten() {
            out.offer(new, site.offers[o].slug.as_str());
        }
        for &n in site.news_by_programme.get(slug).into_iter().flatten() {
            out.news(new, site.news[n].slug.as_str());
        }
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
    fn scan<T>(
        records: &[crate::model::Record<T>],
        kind: Kind,
        needle: &str,
        site: &Site,
        out: &mut Collector,
    ) {
        for r in records {
            let links = r
                .body
                .iter()
                .chain(r.translations.values())
                .any(|b| b.markdown.contains(needle));
            if links {
                out.record(site, kind, r.slug.as_str());
            }
        }
    }
    scan(&site.associations, Kind::Associations, &needle, site, out);
    scan(&site.programmes, Kind::Programmes, &needle, site, out);
    scan(&site.offers, Kind::Offers, &needle, site, out);
    scan(&site.news, Kind::News, &needle, site, out);
    scan(&site.pages, Kind::Pages, &needle, site, out);
}
