//! Render: a page of the site's table (SPEC.md, "Site") in one language as
//! HTML, a pure function of the read-only [`Site`], the page and what the
//! pages of one build share ([`Shared`]): minijinja templates of the theme,
//! Fluent messages, the views of [`crate::present`]. Which pages to render,
//! in parallel, and where they go is [`crate::build`]'s business.

pub mod theme;

use crate::diagnostics::Diagnostic;
use crate::i18n::{Localizer, strip_bidi_isolates};
use crate::model::Kind;
use crate::model::date::OfferStatus;
use crate::msg;
use crate::validate::Site;
use crate::validate::directory::Selection;
use minijinja::Value;
use minijinja::context;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use theme::Theme;

/// A serializable view as a template value.
fn val<T: Serialize>(t: T) -> Value {
    Value::from(minijinja::value::Serde(t))
}
use crate::model::ids::Slug;
use crate::model::lang::Lang;
use crate::model::taxonomy::{Province, Region};
use crate::output::OutputFile;
use crate::present::data::DataFiles;
use crate::present::urls::FacetKind;
use crate::present::views::*;
use crate::present::{Page, charts, funding, urls};
use crate::validate::reads::{Read, note};

/// Everything rendering needs besides the site.
pub struct Renderer {
    pub(crate) theme: Theme,
    /// The interface strings of every language of the site.
    pub i18n: Arc<Localizer>,
    /// The date of each content file's last commit, by its path from the
    /// site's root, when the site is a git repository (see [`git_dates`]).
    pub(crate) git_dates: HashMap<PathBuf, crate::model::date::Date>,
}

/// The date of the last commit of each file under `content/`, read with one
/// `git log` when `root` is the top of a git repository (it has `.git`);
/// empty otherwise, or when git is missing or fails. A record page shows it
/// as its last update when the record has no `updated:` (never the build
/// date, which says nothing about the record). With `files`, only those
/// files' dates are read (`check` renders a few pages, and `git log` over
/// a long history of 750,000 files takes seconds).
fn git_dates(root: &Path, files: Option<&[PathBuf]>) -> HashMap<PathBuf, crate::model::date::Date> {
    let mut dates = HashMap::new();
    if !root.join(".git").exists() {
        return dates;
    }
    if files.is_some_and(|f| f.is_empty()) {
        return dates;
    }
    let mut git = std::process::Command::new("git");
    git.arg("-C").arg(root).args([
        "log",
        "--format=%x00%cs",
        "--name-only",
        "--no-renames",
        "--",
    ]);
    match files {
        Some(files) => git.args(files),
        None => git.arg("content"),
    };
    let Ok(out) = git.stderr(std::process::Stdio::null()).output() else {
        return dates;
    };
    if !out.status.success() {
        return dates;
    }
    let mut current: Option<crate::model::date::Date> = None;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some(d) = line.strip_prefix('\0') {
            current = d
                .parse::<jiff::civil::Date>()
                .ok()
                .map(crate::model::date::Date);
        } else if !line.is_empty()
            && let Some(d) = current
        {
            // Newest commits come first: the first date seen is the last commit.
            dates.entry(PathBuf::from(line)).or_insert(d);
        }
    }
    dates
}

impl Renderer {
    /// Loads the interface strings (`i18n/`) and the site's theme, or
    /// returns every error found in them.
    pub fn load(root: &Path, site: &Site) -> Result<Renderer, Vec<Diagnostic>> {
        Renderer::load_dating(root, site, None)
    }

    /// [`Renderer::load`] for rendering the pages of these record files
    /// only: the last commit dates of the others are not read.
    pub fn load_for(
        root: &Path,
        site: &Site,
        files: &[PathBuf],
    ) -> Result<Renderer, Vec<Diagnostic>> {
        Renderer::load_dating(root, site, Some(files))
    }

    fn load_dating(
        root: &Path,
        site: &Site,
        files: Option<&[PathBuf]>,
    ) -> Result<Renderer, Vec<Diagnostic>> {
        let langs: Vec<crate::i18n::LangSpec> = crate::i18n::LangSpec::all_of(&site.config);
        let i18n = Localizer::load_site(
            &root.join("i18n"),
            &langs,
            site.config.default_language.as_str(),
        )
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
            .map(|l| (l.code, l.dir.as_str()))
            .collect();
        let theme = Theme::load(root, &site.config.theme, i18n.clone(), directions)?;
        Ok(Renderer {
            theme,
            i18n,
            git_dates: git_dates(root, files),
        })
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
                let chain = site.config.chain(lang);
                let shown: Vec<&str> = chain.iter().skip(1).map(|l| l.as_str()).collect();
                let sample: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
                Diagnostic::warning(
                    "missing-translation",
                    format!("i18n/{lang}"),
                    crate::diagnostics::Locus::File,
                    msg!(
                        "missing-translation--interface",
                        lang = lang.as_str(),
                        count = ids.len(),
                        examples = sample
                    ),
                )
                .with_help(if shown.is_empty() {
                    msg!(
                        "missing-translation--interface-help-none",
                        lang = lang.as_str()
                    )
                } else {
                    msg!(
                        "missing-translation--interface-help",
                        lang = lang.as_str(),
                        fallbacks = shown
                    )
                })
            })
            .collect()
    }
}

/// The template that renders a page.
fn template(page: &Page) -> &'static str {
    match page {
        Page::Home => "home.html",
        Page::Associations { .. } => "associations.html",
        Page::Record(kind, _) => match kind {
            Kind::Associations => "association.html",
            Kind::Programmes => "programme.html",
            Kind::Offers => "offer.html",
            Kind::News => "news.html",
            // Results and institutions have no page of their own.
            Kind::Pages | Kind::Results | Kind::Institutions => "page.html",
        },
        Page::Funding { .. } => "funding.html",
        Page::Programmes => "programmes.html",
        Page::Offers => "offers.html",
        Page::Results => "results.html",
        Page::NewsList => "news_list.html",
        Page::Search => "search.html",
        Page::Data => "data.html",
        Page::NotFound => "404.html",
    }
}

#[derive(Serialize)]
struct Alternate {
    lang: Lang,
    /// The language's own name (`العربية`), for the language switcher.
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

/// The data page's tables, computed on first use: counting them builds
/// every export table, which the build does (render does not call export).
pub type TablesOf<'s> = &'s (dyn Fn() -> DataFiles + Sync);

/// What the pages of one render share, computed once instead of once per
/// page: per language the part of every page's context that does not
/// depend on the page (with the search manifest it names), the funding
/// lists, and (when a data page asks) the data page's tables.
pub struct Shared<'s> {
    langs: Vec<(Lang, Value)>,
    data_tables: std::sync::OnceLock<DataFiles>,
    tables_of: TablesOf<'s>,
    /// The funding lists, computed once for all the pages that show them.
    funding: crate::present::memo::Memo,
    /// The search manifests (the search page names its language's).
    search: SearchManifests,
    site: &'s Site,
    renderer: &'s Renderer,
}

impl<'s> Shared<'s> {
    /// Computes each language's shared context; `search` gives the manifests
    /// the pages name, `tables_of` the data page's tables when asked.
    pub fn new(
        site: &'s Site,
        renderer: &'s Renderer,
        search: &SearchManifests,
        tables_of: TablesOf<'s>,
    ) -> Shared<'s> {
        let langs = site
            .config
            .codes()
            .map(|lang| (lang, language_context(site, renderer, lang)))
            .collect();
        Shared {
            langs,
            search: search.clone(),
            data_tables: std::sync::OnceLock::new(),
            tables_of,
            funding: crate::present::memo::Memo::default(),
            site,
            renderer,
        }
    }

    fn language(&self, lang: Lang) -> Value {
        self.langs
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or_else(Value::default, |(_, v)| v.clone())
    }

    /// The values computed once for the pages ([`Read::Group`]) so far,
    /// with what computing each read.
    pub(crate) fn groups(&self) -> Vec<(Read, crate::validate::reads::Reads)> {
        self.funding.groups()
    }

    /// The data tables and the sizes of the data files: derived from every record.
    fn data_tables(&self) -> &DataFiles {
        note(|| Read::Derived);
        self.data_tables.get_or_init(self.tables_of)
    }
}

/// The part of the context that every page of one language shares.
fn language_context(site: &Site, renderer: &Renderer, lang: Lang) -> Value {
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
    // Each language's name in this one (zgh `ar` → `ⵜⴰⵄⵔⴰⴱⵜ`), from the
    // message `language-name-{code}` when this language has it, else the
    // language's own name: the "not yet translated" note names it.
    let language_names: BTreeMap<&str, String> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let id = format!("language-name-{}", l.code.as_str());
            let name = match renderer.i18n.message(lang, &id, &[]) {
                Ok((text, from)) if from == lang => strip_bidi_isolates(&text).into_owned(),
                _ => l.name.clone(),
            };
            (l.code.as_str(), name)
        })
        .collect();
    context! {
        lang => lang.as_str(),
        dir => site.config.direction(lang).as_str(),
        lang_name => lang_def.map(|l| l.name.clone()),
        language_names => val(language_names),
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
            data => urls::data(lang),
            funding => urls::funding(lang, None),
        },
        // The offers' and news' feeds and the calendar of deadlines, for the
        // "follow the deadlines" links and the head's <link rel="alternate">.
        follow => context! {
            offers_feed => urls::offers_feed(lang),
            news_feed => urls::news_feed(lang),
            deadlines => urls::deadlines(lang),
            deadlines_webcal => urls::webcal(site.config.base_url(), &urls::deadlines(lang)),
        },
        today => v.date(site.today.date()),
        today_iso => site.today.date().to_string(),
    }
}

/// The context every page shares, for one language and one page: the
/// language's part and the page's URLs, description and structured data.
fn common(site: &Site, renderer: &Renderer, lang: Lang, page: &Page, shared: &Shared) -> Value {
    let v = View::new(site, lang, &renderer.i18n);
    let base = site.config.base_url();
    let alternates: Vec<Alternate> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let url = page.url(l.code);
            Alternate {
                lang: l.code,
                name: l.name.clone(),
                dir: l.dir.as_str(),
                absolute: format!("{base}{url}"),
                url,
                current: l.code == lang,
            }
        })
        .collect();
    let url = page.url(lang);
    let provenance = provenance(&v, renderer, page, &format!("{base}{url}"));
    context! {
        canonical => format!("{base}{url}"),
        url => url,
        alternates => val(alternates),
        description => description(&v, page),
        jsonld => crate::present::jsonld::script(&v, page, &|| shared.data_tables()),
        provenance => provenance,
        ..shared.language(lang)
    }
}

/// What a record page says of its own record, after it: its sources (its
/// `sources`, and a programme's results reports'), when it was last updated (its `updated:`, else its file's last commit, else nothing) and
/// a "report an error" `mailto:` to `site.yaml`'s `contact_email` with the
/// page's address in the subject. None on other pages.
fn provenance(v: &View, renderer: &Renderer, page: &Page, address: &str) -> Option<Value> {
    let Page::Record(kind, slug) = page else {
        return None;
    };
    let site = v.site;
    let i = site.position(*kind, slug.as_str())?;
    let (file, updated, own) = match kind {
        Kind::Associations => {
            let r = &site.associations[i];
            (&r.file, r.data.updated, &r.data.sources)
        }
        Kind::Programmes => {
            let r = &site.programmes[i];
            (&r.file, r.data.updated, &r.data.sources)
        }
        Kind::Offers => {
            let r = &site.offers[i];
            (&r.file, r.data.updated, &r.data.sources)
        }
        Kind::News => {
            let r = &site.news[i];
            (&r.file, r.data.updated, &r.data.sources)
        }
        Kind::Pages => {
            let r = &site.pages[i];
            (&r.file, r.data.updated, &r.data.sources)
        }
        Kind::Results | Kind::Institutions => return None,
    };
    let updated = updated.or_else(|| renderer.git_dates.get(file).copied());
    let report = site.config.contact_email.as_deref().map(|email| {
        let subject = v.msg("report-error-subject", &[("address", address)]);
        format!("mailto:{email}?subject={}", percent_encode(&subject))
    });
    // The record's own sources, and a programme's results reports' (and
    // its phases').
    let programme = (*kind == Kind::Programmes).then_some(slug.as_str());
    let sources = crate::present::views::record_sources(v, own, programme);
    if updated.is_none() && report.is_none() && sources.is_empty() {
        return None;
    }
    Some(context! {
        sources => val(sources),
        updated => updated.map(|d| v.date(d)),
        updated_iso => updated.map(|d| d.0.to_string()),
        report => report,
    })
}

/// Percent-encodes everything but RFC 3986's unreserved characters, for a
/// `mailto:` header value.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A one-sentence description of the page for `<meta name="description">`
/// (search engines and link previews): the record's own summary where it
/// has one, else its title, else the site's tagline. Plain text.
fn description(v: &View, page: &Page) -> String {
    let site = v.site;
    let at = |kind: Kind, slug: &Slug| site.position(kind, slug.as_str()).unwrap_or_default();
    let text = match page {
        Page::Record(Kind::Associations, slug) => {
            let a = &site.associations[at(Kind::Associations, slug)].data;
            a.summary
                .as_ref()
                .map_or_else(|| v.tx(&a.name).text, |s| v.tx(s).text)
        }
        Page::Record(Kind::Programmes, slug) => {
            let p = &site.programmes[at(Kind::Programmes, slug)].data;
            p.objectives
                .first()
                .map_or_else(|| v.tx(&p.title).text, |o| v.tx(o).text)
        }
        Page::Record(Kind::Offers, slug) => {
            v.tx(&site.offers[at(Kind::Offers, slug)].data.title).text
        }
        Page::Record(Kind::News, slug) => {
            let n = &site.news[at(Kind::News, slug)].data;
            n.summary
                .as_ref()
                .map_or_else(|| v.tx(&n.title).text, |s| v.tx(s).text)
        }
        Page::Record(Kind::Pages, slug) => v.tx(&site.pages[at(Kind::Pages, slug)].data.title).text,
        Page::Funding { .. } => v.msg("funding-intro", &[]),
        _ => v.msg("home-title", &[]),
    };
    crate::i18n::strip_bidi_isolates(&text).into_owned()
}

/// The links to every facet of a kind, with their counts.
fn facet_list(v: &View, facet: FacetKind) -> Vec<Facet> {
    let site = v.site;
    let region = |r: &Region| Facet {
        key: r.code.0.clone(),
        name: v.tx(&r.name),
        url: urls::facet(v.lang, FacetKind::Region, r.code.as_str()),
        count: site.members(&Selection::region(r.code.as_str())),
    };
    let province = |p: &Province| Facet {
        key: p.code.0.clone(),
        name: v.tx(&p.name),
        url: urls::facet(v.lang, FacetKind::Province, p.code.as_str()),
        count: site.members(&Selection::province(p.code.as_str())),
    };
    match facet {
        FacetKind::Region => site.tax.regions.iter().map(region).collect(),
        FacetKind::Province => site
            .tax
            .regions
            .iter()
            .flat_map(|r| &r.provinces)
            .map(province)
            .collect(),
        FacetKind::Domain => site
            .tax
            .domains
            .iter()
            .map(|(k, t)| Facet {
                key: k.to_string(),
                name: v.tx(&t.name),
                url: urls::facet(v.lang, FacetKind::Domain, k),
                count: site.members(&Selection::domain(k)),
            })
            .collect(),
    }
}

/// The page's own context.
fn page_context(
    site: &Site,
    renderer: &Renderer,
    lang: Lang,
    page: &Page,
    shared: &Shared,
) -> Value {
    let mut v = View::new(site, lang, &renderer.i18n);
    v.funding = Some(&shared.funding);
    match page {
        Page::Home => {
            let open: Vec<OfferCard> = (0..site.offers.len())
                .filter(|&i| site.offer_status[i] == OfferStatus::Open)
                .map(|i| offer_card(&v, i))
                .collect();
            context! {
                associations_count => site.associations.count(),
                programmes_count => site.programmes.count(),
                open_offers_count => open.len(),
                open_offers => val(open.into_iter().take(5).collect::<Vec<_>>()),
                news => val(site.news.iter().take(3).map(|n| news_card(&v, n)).collect::<Vec<_>>()),
                awarded => val(funding::total_awarded(&v)),
                funding_url => urls::funding(lang, None),
            }
        }
        Page::Associations { selection, page } => {
            let (view, total) = crate::present::directory::directory_view(&v, selection, *page);
            let base = urls::directory(lang, selection);
            context! {
                directory => val(view),
                pagination => val(pagination(&base, *page, total)),
            }
        }
        Page::Record(kind, slug) => {
            // render_with checked that the record exists.
            let i = site.position(*kind, slug.as_str()).unwrap_or_default();
            match kind {
                Kind::Associations => {
                    context! {
                        association => val(association_view(&v, &site.associations[i])),
                        support => val(funding::association_total(&v, slug.as_str())),
                    }
                }
                Kind::Programmes => {
                    context! {
                        programme => val(programme_view(&v, &site.programmes[i])),
                        funding => val(funding::programme_funding(&v, slug.as_str())),
                    }
                }
                Kind::Offers => context! { offer => val(offer_view(&v, i)) },
                Kind::News => context! { item => val(news_view(&v, &site.news[i])) },
                Kind::Pages => context! { page => val(page_view(&v, &site.pages[i])) },
                Kind::Results | Kind::Institutions => context! {},
            }
        }
        Page::Funding { by, page } => {
            let by = by.as_ref().map(|(b, k)| (*b, k.as_str()));
            let (view, total) = funding::funding_view(&v, by, *page);
            let base = urls::funding(lang, by);
            context! {
                funding => val(view),
                funding_url => urls::funding(lang, None),
                pagination => val(pagination(&base, *page, total)),
            }
        }
        Page::Programmes => {
            // Strategy -> programmes -> phases -> projects, by `parent`.
            context! { tree => val(programme_tree(&v)) }
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
        Page::Results => {
            let reports: Vec<ResultsView> =
                site.results.iter().map(|r| results_view(&v, r)).collect();
            context! { reports => val(reports), dashboard => val(charts::dashboard(&v)) }
        }
        Page::NewsList => {
            context! { news => val(site.news.iter().map(|n| news_card(&v, n)).collect::<Vec<_>>()) }
        }
        Page::Search => {
            // The manifest is derived from every record.
            note(|| Read::Derived);
            context! {
                regions => val(facet_list(&v, FacetKind::Region)),
                provinces => val(facet_list(&v, FacetKind::Province)),
                domains => val(facet_list(&v, FacetKind::Domain)),
                audiences => val(site.tax.audiences.iter().map(|(k, t)| (k.to_string(), v.tx(&t.name))).collect::<Vec<_>>()),
                search_manifest => shared.search.get(lang.as_str()),
            }
        }
        Page::Data => {
            context! { data => val(crate::present::data::data_page(&v, shared.data_tables())) }
        }
        Page::NotFound => context! {},
    }
}

/// Renders one page in one language.
pub fn render_page(shared: &Shared, lang: Lang, page: &Page) -> Result<OutputFile, Diagnostic> {
    render_with(shared.site, shared.renderer, lang, page, shared)
}

fn render_with(
    site: &Site,
    renderer: &Renderer,
    lang: Lang,
    page: &Page,
    shared: &Shared,
) -> Result<OutputFile, Diagnostic> {
    if let Page::Record(kind, slug) = page
        && !page.exists_in(site)
    {
        // Callers render the pages of the site they hold; this names the
        // record should a caller ever ask for one that is gone.
        return Err(Diagnostic::error(
            "missing-record",
            format!("content/{}/{slug}", kind.folder()),
            crate::diagnostics::Locus::File,
            msg!("missing-record--page", slug = slug.as_str()),
        ));
    }
    let ctx = context! { ..common(site, renderer, lang, page, shared), ..page_context(site, renderer, lang, page, shared) };
    let template = renderer
        .theme
        .env
        .get_template(template(page))
        .map_err(|e| renderer.theme.error(&e))?;
    let html = template.render(ctx).map_err(|e| renderer.theme.error(&e))?;
    Ok(OutputFile {
        path: urls::file_of(&page.url(lang)),
        bytes: html.into_bytes(),
    })
}

/// The pages outside any language: `/` lets the reader choose a language,
/// `/404.html` serves hosts that have one error page for the whole site,
/// `/data/` (the SPEC's address of the open data) is the data page in the
/// default language, with links to the others.
pub fn global_pages(shared: &Shared) -> Result<Vec<OutputFile>, Diagnostic> {
    global_pages_with(shared.site, shared.renderer, shared)
}

fn global_pages_with(
    site: &Site,
    renderer: &Renderer,
    shared: &Shared,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let lang = site.config.default_language;
    let mut out = Vec::new();
    for (template, path, page) in [
        ("root.html", "index.html", Page::Home),
        ("404.html", "404.html", Page::NotFound),
        ("data.html", "data/index.html", Page::Data),
    ] {
        let mut ctx = context! { ..common(site, renderer, lang, &page, shared), ..page_context(site, renderer, lang, &page, shared) };
        ctx = context! { url => format!("/{path}").replace("/index.html", "/"), ..ctx };
        if template == "root.html" {
            ctx = context! { questions => root_questions(site, renderer), ..ctx };
        }
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

/// The language chooser's question in each language of the site, in that
/// language (`/` belongs to none of them), with the language it is really
/// written in should a catalogue lack it.
fn root_questions(site: &Site, renderer: &Renderer) -> Value {
    let questions: Vec<Value> = site
        .config
        .languages
        .iter()
        .filter_map(|l| {
            let (text, from) = renderer.i18n.message(l.code, "choose-language", &[]).ok()?;
            let dir = site
                .config
                .language(from)
                .map_or(l.dir.as_str(), |d| d.dir.as_str());
            Some(context! { lang => from.as_str(), dir => dir, text => text })
        })
        .collect();
    Value::from(questions)
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
