//! Render: every page of the site's table (SPEC.md, "Site") for every
//! language, each a pure function of the read-only [`Site`] and its page
//! context, rendered in parallel.

pub mod charts;
pub mod deps;
pub mod markdown;
pub mod theme;
pub mod urls;
pub mod views;

use crate::diagnostics::Diagnostic;
use crate::i18n::Localizer;
use crate::model::Kind;
use crate::model::date::OfferStatus;
use crate::validate::Site;
use minijinja::Value;
use minijinja::context;
use rayon::prelude::*;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;
use theme::Theme;

/// A serializable view as a template value.
fn val<T: Serialize>(t: T) -> Value {
    Value::from(minijinja::value::Serde(t))
}
use views::*;

/// One file of the output: its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Everything rendering needs besides the site.
pub struct Renderer {
    pub theme: Theme,
    pub i18n: Arc<Localizer>,
}

impl Renderer {
    pub fn load(root: &Path, site: &Site) -> Result<Renderer, Vec<Diagnostic>> {
        let langs: Vec<crate::i18n::LangSpec> = crate::i18n::LangSpec::all_of(&site.config);
        let i18n = Localizer::load(&root.join("i18n"), &langs, &site.config.default_language)
            .map_err(|errors| {
                errors
                    .into_iter()
                    .map(|e| {
                        let file = e.file.strip_prefix(root).unwrap_or(&e.file).to_path_buf();
                        let locus = if e.line > 0 {
                            crate::diagnostics::Locus::At(crate::diagnostics::Position {
                                line: e.line,
                                column: e.column.max(1),
                            })
                        } else {
                            crate::diagnostics::Locus::File
                        };
                        Diagnostic::error("i18n", file, locus, e.message).with_help_opt(e.help)
                    })
                    .collect::<Vec<_>>()
            })?;
        let i18n = Arc::new(i18n);
        let directions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.dir.as_str()))
            .collect();
        let theme = Theme::load(root, &site.config.theme, i18n.clone(), directions)?;
        Ok(Renderer { theme, i18n })
    }
}

impl Renderer {
    /// One warning per language that lacks interface strings (they are
    /// shown from the language's fallback chain).
    pub fn missing_messages(&self, site: &Site) -> Vec<Diagnostic> {
        self.i18n
            .missing()
            .into_iter()
            .filter(|(_, ids)| !ids.is_empty())
            .map(|(lang, ids)| {
                let chain = site.config.chain(&lang);
                let shown: Vec<&str> = chain.iter().skip(1).map(String::as_str).collect();
                let sample: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
                Diagnostic::warning(
                    "missing-translation",
                    format!("i18n/{lang}"),
                    crate::diagnostics::Locus::File,
                    format!(
                        "`{lang}` lacks {} interface messages (e.g. {})",
                        ids.len(),
                        sample.join(", ")
                    ),
                )
                .with_help(format!(
                    "add them to i18n/{lang}/*.ftl; until then they are shown in {}",
                    shown.join(", then ")
                ))
            })
            .collect()
    }
}

/// A page of the site, independent of language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Associations {
        page: usize,
    },
    Facet {
        facet: &'static str,
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
                urls::paginated(&urls::facet(lang, facet, key), *page)
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
            Page::Data => crate::export::page_url(lang),
            Page::NotFound => format!("/{lang}/404.html"),
        }
    }

    fn template(&self) -> &'static str {
        match self {
            Page::Home => "home.html",
            Page::Associations { .. } | Page::Facet { .. } => "associations.html",
            Page::Association(_) => "association.html",
            Page::Programmes => "programmes.html",
            Page::Programme(_) => "programme.html",
            Page::Offers => "offers.html",
            Page::Offer(_) => "offer.html",
            Page::Results => "results.html",
            Page::NewsList => "news_list.html",
            Page::News(_) => "news.html",
            Page::Page(_) => "page.html",
            Page::Search => "search.html",
            Page::Data => "data.html",
            Page::NotFound => "404.html",
        }
    }
}

fn page_count(n: usize) -> usize {
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
    let mut facets: Vec<(&'static str, String, usize)> = Vec::new();
    for r in &site.tax.regions {
        facets.push((
            "region",
            r.code.0.clone(),
            site.by_region.get(r.code.as_str()).map_or(0, Vec::len),
        ));
        for p in &r.provinces {
            facets.push((
                "province",
                p.code.0.clone(),
                site.by_province.get(p.code.as_str()).map_or(0, Vec::len),
            ));
        }
    }
    for key in site.tax.domains.keys() {
        facets.push((
            "domain",
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

#[derive(Serialize)]
struct Alternate {
    lang: String,
    name: String,
    dir: &'static str,
    url: String,
    absolute: String,
    current: bool,
}

#[derive(Serialize)]
struct Pagination {
    current: usize,
    total: usize,
    prev: Option<String>,
    next: Option<String>,
    /// The page links shown: the first, the last and a window around the
    /// current one; `(0, "")` marks a gap (an ellipsis).
    pages: Vec<(usize, String)>,
}

/// Page links on each side of the current page in a pager.
const PAGER_WINDOW: usize = 2;

/// The page numbers a pager shows: 1, the last, and the current page with
/// [`PAGER_WINDOW`] neighbours on each side; 0 where numbers are skipped.
/// A list of 8,000 pages thus links 7 of them from each, not 8,000 (which
/// made the list pages grow with the square of the directory).
fn pager_numbers(current: usize, total: usize) -> Vec<usize> {
    let lo = current.saturating_sub(PAGER_WINDOW).max(1);
    let hi = (current + PAGER_WINDOW).min(total);
    let mut out = Vec::with_capacity(2 * PAGER_WINDOW + 5);
    if lo > 1 {
        out.push(1);
        // A gap of a single page shows that page rather than an ellipsis.
        match lo {
            2 => {}
            3 => out.push(2),
            _ => out.push(0),
        }
    }
    out.extend(lo..=hi);
    if hi < total {
        match total - hi {
            1 => {}
            2 => out.push(total - 1),
            _ => out.push(0),
        }
        out.push(total);
    }
    out
}

fn pagination(base: &str, current: usize, total: usize) -> Option<Pagination> {
    (total > 1).then(|| Pagination {
        current,
        total,
        prev: (current > 1).then(|| urls::paginated(base, current - 1)),
        next: (current < total).then(|| urls::paginated(base, current + 1)),
        pages: pager_numbers(current, total)
            .into_iter()
            .map(|n| match n {
                0 => (0, String::new()),
                n => (n, urls::paginated(base, n)),
            })
            .collect(),
    })
}

/// The search manifest URL of each language (`/search/{lang}/manifest.HASH.json`);
/// empty when no index was built (`check`).
pub type SearchManifests = std::collections::BTreeMap<String, String>;

/// What the pages of one render share, computed once instead of once per
/// page: the search manifests, per language the part of every page's
/// context that does not depend on the page, and (when a data page asks)
/// the data page's tables, whose counts cost a build of every export table.
pub struct Shared<'s> {
    langs: Vec<(String, Value)>,
    data_tables: std::sync::OnceLock<Vec<crate::export::DataTable>>,
    site: &'s Site,
}

impl<'s> Shared<'s> {
    pub fn new(site: &'s Site, renderer: &Renderer, search: &SearchManifests) -> Shared<'s> {
        let langs = site
            .config
            .codes()
            .map(|lang| {
                (
                    lang.to_string(),
                    language_context(site, renderer, lang, search),
                )
            })
            .collect();
        Shared {
            langs,
            data_tables: std::sync::OnceLock::new(),
            site,
        }
    }

    fn language(&self, lang: &str) -> Value {
        self.langs
            .iter()
            .find(|(l, _)| l == lang)
            .map_or_else(Value::default, |(_, v)| v.clone())
    }

    fn data_tables(&self) -> &[crate::export::DataTable] {
        self.data_tables
            .get_or_init(|| crate::export::data_tables(self.site))
    }
}

/// The part of the context that every page of one language shares.
fn language_context(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    search: &SearchManifests,
) -> Value {
    let v = View::new(site, lang, &renderer.i18n);
    let mut menu: Vec<(u32, Link)> = site
        .pages
        .iter()
        .filter_map(|p| {
            p.data
                .menu
                .map(|m| (m, v.link(Kind::Pages, p.slug.as_str())))
        })
        .collect();
    menu.sort_by_key(|(m, _)| *m);
    let lang_def = site.config.language(lang);
    context! {
        lang => lang,
        dir => site.config.direction(lang).as_str(),
        lang_name => lang_def.map(|l| l.name.clone()),
        site_title => val(v.tx(&site.config.title)),
        base_url => site.config.base_url(),
        assets => val(&renderer.theme.asset_urls),
        menu => val(menu.into_iter().map(|(_, l)| l).collect::<Vec<_>>()),
        nav => context! {
            home => urls::home(lang),
            associations => urls::section(lang, Kind::Associations),
            programmes => urls::section(lang, Kind::Programmes),
            offers => urls::section(lang, Kind::Offers),
            results => urls::section(lang, Kind::Results),
            news => urls::section(lang, Kind::News),
            search => urls::search(lang),
            data => crate::export::page_url(lang),
        },
        today => v.date(site.today.date()),
        today_iso => site.today.date().to_string(),
        search_manifest => search.get(lang),
    }
}

/// The context every page shares, for one language and one page: the
/// language's part and the page's URLs, description and structured data.
fn common(site: &Site, renderer: &Renderer, lang: &str, page: &Page, shared: &Shared) -> Value {
    let v = View::new(site, lang, &renderer.i18n);
    let base = site.config.base_url();
    let alternates: Vec<Alternate> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let url = page.url(&l.code, site);
            Alternate {
                lang: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir.as_str(),
                absolute: format!("{base}{url}"),
                url,
                current: l.code == lang,
            }
        })
        .collect();
    let url = page.url(lang, site);
    context! {
        canonical => format!("{base}{url}"),
        url => url,
        alternates => val(alternates),
        description => description(&v, page),
        jsonld => crate::export::jsonld::script(&v, page, &|| shared.data_tables()),
        ..shared.language(lang)
    }
}

/// A one-sentence description of the page for `<meta name="description">`
/// (search engines and link previews): the record's own summary where it
/// has one, else its title, else the site's tagline. Plain text.
fn description(v: &View, page: &Page) -> String {
    let site = v.site;
    let text = match page {
        Page::Association(i) => {
            let a = &site.associations[*i].data;
            a.summary
                .as_ref()
                .map_or_else(|| v.tx(&a.name).text, |s| v.tx(s).text)
        }
        Page::Programme(i) => {
            let p = &site.programmes[*i].data;
            p.objectives
                .first()
                .map_or_else(|| v.tx(&p.title).text, |o| v.tx(o).text)
        }
        Page::Offer(i) => v.tx(&site.offers[*i].data.title).text,
        Page::News(i) => {
            let n = &site.news[*i].data;
            n.summary
                .as_ref()
                .map_or_else(|| v.tx(&n.title).text, |s| v.tx(s).text)
        }
        Page::Page(i) => v.tx(&site.pages[*i].data.title).text,
        _ => v.msg("home-title", &[]),
    };
    crate::i18n::strip_bidi_isolates(&text).into_owned()
}

fn facet_list(v: &View, facet: &'static str) -> Vec<Facet> {
    let site = v.site;
    match facet {
        "region" => site
            .tax
            .regions
            .iter()
            .map(|r| Facet {
                key: r.code.0.clone(),
                name: v.tx(&r.name),
                url: urls::facet(v.lang, "region", r.code.as_str()),
                count: site.by_region.get(r.code.as_str()).map_or(0, Vec::len),
            })
            .collect(),
        _ => site
            .tax
            .domains
            .iter()
            .map(|(k, t)| Facet {
                key: k.to_string(),
                name: v.tx(&t.name),
                url: urls::facet(v.lang, "domain", k),
                count: site.by_domain.get(k).map_or(0, Vec::len),
            })
            .collect(),
    }
}

/// The page's own context.
fn page_context(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    page: &Page,
    shared: &Shared,
) -> Value {
    let v = View::new(site, lang, &renderer.i18n);
    match page {
        Page::Home => {
            let open: Vec<OfferCard> = (0..site.offers.len())
                .filter(|&i| site.offer_status[i] == OfferStatus::Open)
                .map(|i| offer_card(&v, i))
                .collect();
            context! {
                associations_count => site.associations.len(),
                programmes_count => site.programmes.len(),
                open_offers_count => open.len(),
                open_offers => val(open.into_iter().take(5).collect::<Vec<_>>()),
                news => val(site.news.iter().take(3).map(|n| news_card(&v, n)).collect::<Vec<_>>()),
            }
        }
        Page::Associations { page } => {
            let all: Vec<usize> = (0..site.associations.len()).collect();
            directory(
                &v,
                &all,
                *page,
                &urls::section(lang, Kind::Associations),
                None,
            )
        }
        Page::Facet { facet, key, page } => {
            let members = match *facet {
                "region" => site.by_region.get(key),
                "province" => site.by_province.get(key),
                _ => site.by_domain.get(key),
            };
            let empty = Vec::new();
            let members = members.unwrap_or(&empty);
            let name = match *facet {
                "region" => v.region(key),
                "province" => v.province(key),
                _ => v.domain(key),
            };
            // A region lists its provinces; a province links back to its region.
            let provinces: Vec<Facet> = match *facet {
                "region" => site
                    .tax
                    .regions
                    .iter()
                    .filter(|r| r.code.as_str() == key)
                    .flat_map(|r| &r.provinces)
                    .map(|p| Facet {
                        key: p.code.0.clone(),
                        name: v.tx(&p.name),
                        url: urls::facet(lang, "province", p.code.as_str()),
                        count: site.by_province.get(p.code.as_str()).map_or(0, Vec::len),
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let parent_region = (*facet == "province")
                .then(|| {
                    site.tax
                        .regions
                        .iter()
                        .find(|r| r.provinces.iter().any(|p| p.code.as_str() == key))
                })
                .flatten()
                .map(|r| Facet {
                    key: r.code.0.clone(),
                    name: v.tx(&r.name),
                    url: urls::facet(lang, "region", r.code.as_str()),
                    count: site.by_region.get(r.code.as_str()).map_or(0, Vec::len),
                });
            let current = context! { kind => *facet, key => key, name => val(name), provinces => val(provinces), region => val(parent_region) };
            directory(
                &v,
                members,
                *page,
                &urls::facet(lang, facet, key),
                Some(current),
            )
        }
        Page::Association(i) => {
            context! { association => val(association_view(&v, &site.associations[*i])) }
        }
        Page::Programmes => {
            let cards: Vec<ProgrammeCard> = site
                .programmes
                .iter()
                .map(|p| programme_card(&v, p))
                .collect();
            // Top-level programmes first, each followed by its phases.
            let roots: Vec<usize> = (0..site.programmes.len())
                .filter(|&i| {
                    site.programmes[i]
                        .data
                        .parent
                        .as_ref()
                        .is_none_or(|p| !site.has(Kind::Programmes, p.as_str()))
                })
                .collect();
            context! { programmes => val(cards), roots => roots }
        }
        Page::Programme(i) => {
            context! { programme => val(programme_view(&v, &site.programmes[*i])) }
        }
        Page::Offers => {
            let by = |s: OfferStatus| -> Vec<OfferCard> {
                (0..site.offers.len())
                    .filter(|&i| site.offer_status[i] == s)
                    .map(|i| offer_card(&v, i))
                    .collect()
            };
            let mut closed = by(OfferStatus::Closed);
            closed.reverse(); // most recently closed first
            context! { open => val(by(OfferStatus::Open)), upcoming => val(by(OfferStatus::Upcoming)), closed => val(closed) }
        }
        Page::Offer(i) => context! { offer => val(offer_view(&v, *i)) },
        Page::Results => {
            let reports: Vec<ResultsView> =
                site.results.iter().map(|r| results_view(&v, r)).collect();
            context! { reports => val(reports), dashboard => val(charts::dashboard(&v)) }
        }
        Page::NewsList => {
            context! { news => val(site.news.iter().map(|n| news_card(&v, n)).collect::<Vec<_>>()) }
        }
        Page::News(i) => context! { item => val(news_view(&v, &site.news[*i])) },
        Page::Page(i) => context! { page => val(page_view(&v, &site.pages[*i])) },
        Page::Search => {
            context! { regions => val(facet_list(&v, "region")), domains => val(facet_list(&v, "domain")) }
        }
        Page::Data => {
            context! { data => val(crate::export::data_page(&v, shared.data_tables())) }
        }
        Page::NotFound => context! {},
    }
}

fn directory(v: &View, members: &[usize], page: usize, base: &str, facet: Option<Value>) -> Value {
    let total = page_count(members.len());
    let start = (page - 1) * urls::PAGE_SIZE;
    let cards: Vec<AssociationCard> = members
        .iter()
        .skip(start)
        .take(urls::PAGE_SIZE)
        .map(|&i| association_card(v, &v.site.associations[i]))
        .collect();
    context! {
        associations => val(cards),
        count => members.len(),
        facet => facet,
        regions => val(facet_list(v, "region")),
        domains => val(facet_list(v, "domain")),
        pagination => val(pagination(base, page, total)),
    }
}

/// Renders one page in one language.
pub fn render_page(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    page: &Page,
    search: &SearchManifests,
) -> Result<OutputFile, Diagnostic> {
    render_with(
        site,
        renderer,
        lang,
        page,
        &Shared::new(site, renderer, search),
    )
}

fn render_with(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    page: &Page,
    shared: &Shared,
) -> Result<OutputFile, Diagnostic> {
    let ctx = context! { ..common(site, renderer, lang, page, shared), ..page_context(site, renderer, lang, page, shared) };
    let template = renderer
        .theme
        .env
        .get_template(page.template())
        .map_err(|e| renderer.theme.error(&e))?;
    let html = template.render(ctx).map_err(|e| renderer.theme.error(&e))?;
    Ok(OutputFile {
        path: urls::file_of(&page.url(lang, site)),
        bytes: html.into_bytes(),
    })
}

/// The pages outside any language: `/` lets the reader choose a language,
/// `/404.html` serves hosts that have one error page for the whole site,
/// `/data/` (the SPEC's address of the open data) is the data page in the
/// default language, with links to the others.
pub fn global_pages(
    site: &Site,
    renderer: &Renderer,
    search: &SearchManifests,
) -> Result<Vec<OutputFile>, Diagnostic> {
    global_pages_with(site, renderer, &Shared::new(site, renderer, search))
}

fn global_pages_with(
    site: &Site,
    renderer: &Renderer,
    shared: &Shared,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let lang = site.config.default_language.as_str();
    let mut out = Vec::new();
    for (template, path, page) in [
        ("root.html", "index.html", Page::Home),
        ("404.html", "404.html", Page::NotFound),
        ("data.html", "data/index.html", Page::Data),
    ] {
        let mut ctx = context! { ..common(site, renderer, lang, &page, shared), ..page_context(site, renderer, lang, &page, shared) };
        ctx = context! { url => format!("/{path}").replace("/index.html", "/"), ..ctx };
        let t = renderer
            .theme
            .env
            .get_template(template)
            .map_err(|e| renderer.theme.error(&e))?;
        let html = t.render(ctx).map_err(|e| renderer.theme.error(&e))?;
        out.push(OutputFile {
            path: path.to_string(),
            bytes: html.into_bytes(),
        });
    }
    Ok(out)
}

/// Renders the whole site: every page in every language, the global pages,
/// the search indexes, the open data and the theme's static files. All
/// template errors are returned together.
pub fn render_site(site: &Site, renderer: &Renderer) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let langs: Vec<&str> = site.config.codes().collect();
    render_pages(site, renderer, &langs, &pages(site), &mut |_| {}).map(|(files, _)| files)
}

/// Why rendering into a sink stopped.
#[derive(Debug)]
pub enum RenderError<E> {
    /// Template errors, all of them, sorted.
    Content(Vec<Diagnostic>),
    /// The sink refused a file (the first refusal).
    Sink(E),
}

/// What was rendered: `.html` pages and files in all, and the search
/// manifests the pages name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    pub pages: usize,
    pub files: usize,
    pub search: SearchManifests,
}

/// The manifest URL of each language's index.
pub fn manifests(indexes: &[crate::search::index::LangIndex]) -> SearchManifests {
    indexes
        .iter()
        .map(|i| (i.lang.clone(), i.manifest_url.clone()))
        .collect()
}

/// Renders `pages` in `langs`, collected in memory, sorted by path (`serve`
/// keeps its output in memory; see [`render_into`]), with the search
/// manifests.
pub fn render_pages(
    site: &Site,
    renderer: &Renderer,
    langs: &[&str],
    pages: &[Page],
    stage: &mut dyn FnMut(&'static str),
) -> Result<(Vec<OutputFile>, SearchManifests), Vec<Diagnostic>> {
    let out = std::sync::Mutex::new(Vec::new());
    let put = |f: OutputFile| -> Result<(), std::convert::Infallible> {
        out.lock().unwrap_or_else(|e| e.into_inner()).push(f);
        Ok(())
    };
    match render_into(site, renderer, langs, pages, stage, &put) {
        Ok(rendered) => {
            let mut files = out.into_inner().unwrap_or_else(|e| e.into_inner());
            files.sort_unstable_by(|a, b| a.path.cmp(&b.path));
            Ok((files, rendered.search))
        }
        Err(RenderError::Content(d)) => Err(d),
        Err(RenderError::Sink(never)) => match never {},
    }
}

/// Renders `pages` in `langs`, with what depends on every record and so is
/// always rebuilt: the search indexes (the search page names each
/// language's manifest, so they come first), the global pages, the open
/// data and the theme's static files. Each file goes to `put` as soon as it
/// is rendered, from the rendering threads, so that a build of 250,000
/// associations never holds its output in memory. `stage` is told when each
/// part is done (`serve` times them).
pub fn render_into<E: Send>(
    site: &Site,
    renderer: &Renderer,
    langs: &[&str],
    pages: &[Page],
    stage: &mut dyn FnMut(&'static str),
    put: &(dyn Fn(OutputFile) -> Result<(), E> + Sync),
) -> Result<Rendered, RenderError<E>> {
    // Each derived part is handed over as soon as it is built and dropped
    // then, so that the peak memory is the largest part, not their sum.
    let sink = Sink::new(put);
    let indexes = crate::search::build(site, &renderer.i18n);
    let search = manifests(&indexes);
    indexes
        .into_par_iter()
        .flat_map(|i| i.files)
        .for_each(|f| sink.give(f));
    stage("search");
    crate::export::each_file(site, &renderer.i18n, &mut |f| sink.give(f));
    stage("exports");
    renderer.theme.assets.par_iter().for_each(|(path, bytes)| {
        sink.give(OutputFile {
            path: path.clone(),
            bytes: bytes.clone(),
        })
    });
    let errors = render_pages_with(site, renderer, langs, pages, &search, &sink);
    stage("pages");
    if !errors.is_empty() {
        return Err(RenderError::Content(errors));
    }
    sink.finish(search).map_err(RenderError::Sink)
}

/// Renders pages and the global pages into `sink`; returns the template
/// errors, sorted. After an error nothing more is given to the sink, but
/// every page is still rendered so that all errors are reported.
fn render_pages_with<E: Send>(
    site: &Site,
    renderer: &Renderer,
    langs: &[&str],
    pages: &[Page],
    search: &SearchManifests,
    sink: &Sink<'_, E>,
) -> Vec<Diagnostic> {
    let jobs: Vec<(&str, &Page)> = langs
        .iter()
        .flat_map(|l| pages.iter().map(move |p| (*l, p)))
        .collect();
    let shared = Shared::new(site, renderer, search);
    let mut errors: Vec<Diagnostic> = jobs
        .par_iter()
        .filter_map(
            |(lang, page)| match render_with(site, renderer, lang, page, &shared) {
                Ok(f) => {
                    sink.give(f);
                    None
                }
                Err(d) => {
                    sink.stop();
                    Some(d)
                }
            },
        )
        .collect();
    match global_pages_with(site, renderer, &shared) {
        Ok(g) => g.into_iter().for_each(|f| sink.give(f)),
        Err(d) => errors.push(d),
    }
    crate::diagnostics::sort(&mut errors);
    errors
}

/// A `put` shared by the rendering threads: counts what it took, keeps the
/// first refusal and takes nothing after a refusal or a [`Sink::stop`].
struct Sink<'p, E> {
    put: &'p (dyn Fn(OutputFile) -> Result<(), E> + Sync),
    stopped: std::sync::atomic::AtomicBool,
    refused: std::sync::Mutex<Option<E>>,
    pages: std::sync::atomic::AtomicUsize,
    files: std::sync::atomic::AtomicUsize,
}

impl<'p, E: Send> Sink<'p, E> {
    fn new(put: &'p (dyn Fn(OutputFile) -> Result<(), E> + Sync)) -> Self {
        Sink {
            put,
            stopped: false.into(),
            refused: std::sync::Mutex::new(None),
            pages: 0.into(),
            files: 0.into(),
        }
    }

    fn stop(&self) {
        self.stopped
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    fn give(&self, f: OutputFile) {
        use std::sync::atomic::Ordering::Relaxed;
        if self.stopped.load(Relaxed) {
            return;
        }
        let html = f.path.ends_with(".html");
        match (self.put)(f) {
            Ok(()) => {
                self.pages.fetch_add(usize::from(html), Relaxed);
                self.files.fetch_add(1, Relaxed);
            }
            Err(e) => {
                self.stop();
                let mut first = self.refused.lock().unwrap_or_else(|e| e.into_inner());
                first.get_or_insert(e);
            }
        }
    }

    fn finish(self, search: SearchManifests) -> Result<Rendered, E> {
        match self.refused.into_inner().unwrap_or_else(|e| e.into_inner()) {
            Some(e) => Err(e),
            None => Ok(Rendered {
                pages: self.pages.into_inner(),
                files: self.files.into_inner(),
                search,
            }),
        }
    }
}

/// Renders one page of each template in each language, without writing:
/// `check` uses it so that a template error fails the check as it would
/// fail the build.
pub fn render_sample(site: &Site, renderer: &Renderer) -> Vec<Diagnostic> {
    let all = pages(site);
    let mut seen = std::collections::HashSet::new();
    let sample: Vec<&Page> = all
        .iter()
        .filter(|p| seen.insert(std::mem::discriminant(*p)))
        .collect();
    let langs: Vec<&str> = site.config.codes().collect();
    let search = SearchManifests::new();
    let shared = &Shared::new(site, renderer, &search);
    let mut errors: Vec<Diagnostic> = langs
        .par_iter()
        .flat_map(|l| {
            sample
                .par_iter()
                .filter_map(move |p| render_with(site, renderer, l, p, shared).err())
        })
        .collect();
    if let Err(d) = global_pages_with(site, renderer, shared) {
        errors.push(d);
    }
    crate::diagnostics::sort(&mut errors);
    errors
}

#[cfg(test)]
mod tests {
    use super::pager_numbers;

    #[test]
    fn pager_shows_ends_and_a_window_with_gaps() {
        assert_eq!(pager_numbers(1, 1), vec![1]);
        assert_eq!(pager_numbers(1, 7), vec![1, 2, 3, 0, 7]);
        assert_eq!(pager_numbers(4, 7), vec![1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(pager_numbers(5, 10), vec![1, 2, 3, 4, 5, 6, 7, 0, 10]);
        assert_eq!(
            pager_numbers(4000, 8334),
            vec![1, 0, 3998, 3999, 4000, 4001, 4002, 0, 8334]
        );
        assert_eq!(pager_numbers(8334, 8334), vec![1, 0, 8332, 8333, 8334]);
        // A single skipped page is shown, not hidden behind an ellipsis.
        assert_eq!(pager_numbers(5, 8), vec![1, 2, 3, 4, 5, 6, 7, 8]);
    }

    #[test]
    fn pager_links_a_bounded_number_of_pages() {
        for total in 1..200 {
            for current in 1..=total {
                let n = pager_numbers(current, total);
                assert!(n.len() <= 9, "{current}/{total}: {n:?}");
                assert!(n.contains(&current) && n.contains(&1) && n.contains(&total));
                let shown: Vec<usize> = n.iter().copied().filter(|&x| x > 0).collect();
                assert!(shown.windows(2).all(|w| w[0] < w[1]), "{n:?}");
            }
        }
    }
}
