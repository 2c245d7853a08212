//! Build: the one place that assembles a site's outputs: the search
//! indexes, the open data, the theme's static files, the pages in every
//! language and the global pages. `nassij build` streams a whole site to
//! the staging folder through it; `serve` assembles the whole site in
//! memory, a record's own pages, or what a record edit leaves to settle;
//! `check` renders a sample of pages through it. Each caller says what it
//! wants in a [`Plan`]; nothing else in the crate lists a site's outputs.
//!
//! Render, search and export do not know each other: the pages name the
//! search manifests and show the data tables' counts, so this module builds
//! the indexes first and hands render the export tables on demand.

pub mod incremental;
pub mod manifest;

use crate::diagnostics::{self, Diagnostic};
use crate::model::lang::Lang;
use crate::output::OutputFile;
use crate::present::{Page, pages};
use crate::render::{self, Renderer, SearchManifests, Shared};
use crate::search::LangIndex;
use crate::validate::Site;
use crate::validate::reads::{self, Reads};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

/// Which part of the site a file belongs to: serve tells the pages from
/// the files derived from every record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A file of a language's search index.
    Search,
    /// A file of the open data, a feed or calendar, the sitemap or `robots.txt`.
    Exports,
    /// A static file of the theme.
    Assets,
    /// A page of [`Plan::pages`] in one language.
    Page,
    /// `/`, `/404.html` and `/data/`.
    Global,
}

/// The search indexes of a plan.
#[derive(Debug, Clone, Copy)]
pub enum Search<'a> {
    /// Build them and put their files; the pages name the new manifests.
    Build,
    /// Build nothing; the pages name these manifests (the last ones built).
    Given(&'a SearchManifests),
}

/// What to assemble. [`Plan::site`] is the whole site.
#[derive(Clone, Copy)]
pub struct Plan<'a> {
    /// Pages rendered in every language of the site.
    pub pages: &'a [Page],
    pub(crate) search: Search<'a>,
    pub(crate) exports: bool,
    pub(crate) assets: bool,
    pub(crate) globals: bool,
    /// Asked before each part and each page: `serve` drops a plan that a
    /// newer edit made useless.
    pub cancelled: Option<&'a (dyn Fn() -> bool + Sync)>,
    /// Record what each page reads of the site ([`crate::validate::reads`]):
    /// `serve` renders again the pages that read what an edit changed.
    pub record_reads: bool,
    /// The path of `base_url` (`/portal` for `https://org.github.io/portal`),
    /// put before every root-relative link of the HTML pages; empty for a
    /// site at the root of its domain. `build` sets it; `serve` serves at
    /// the root and leaves it empty.
    pub link_prefix: &'a str,
    /// Whether the data page gives the sizes of the open-data files. Without
    /// `exports`, knowing them means making every export in memory: `check`,
    /// which renders a data page only to try its template, goes without.
    pub(crate) data_sizes: bool,
    /// The sizes of the open-data files as an earlier build wrote them, for
    /// a plan without `exports` (an incremental build whose records did
    /// not change).
    pub(crate) given_sizes: Option<&'a HashMap<String, u64>>,
    /// The deflated pieces of the last build's gzip copies, and where this
    /// build's are told ([`crate::export::gzip`]): an incremental build
    /// compresses again only the pieces an edit changed.
    pub(crate) gzip_pieces: Option<&'a dyn crate::export::gzip::Pieces>,
    /// The words of the bodies kept by the last build
    /// ([`crate::search::words`]): the search indexes find again only
    /// those of the bodies that changed.
    pub search_words: Option<&'a crate::search::words::Words>,
}

impl<'a> Plan<'a> {
    /// Every output of the site, with `pages` (all of [`pages`]).
    pub fn site(pages: &'a [Page]) -> Plan<'a> {
        Plan {
            pages,
            search: Search::Build,
            exports: true,
            assets: true,
            globals: true,
            cancelled: None,
            record_reads: false,
            link_prefix: "",
            data_sizes: true,
            given_sizes: None,
            gzip_pieces: None,
            search_words: None,
        }
    }

    /// `pages` alone, naming the given search manifests.
    pub fn pages(pages: &'a [Page], manifests: &'a SearchManifests) -> Plan<'a> {
        Plan {
            pages,
            search: Search::Given(manifests),
            exports: false,
            assets: false,
            globals: false,
            cancelled: None,
            record_reads: false,
            link_prefix: "",
            data_sizes: true,
            given_sizes: None,
            gzip_pieces: None,
            search_words: None,
        }
    }

    fn is_cancelled(&self) -> bool {
        self.cancelled.is_some_and(|c| c())
    }
}

/// What was assembled: `.html` pages and files in all, and the search
/// manifests the pages name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assembled {
    pub(crate) pages: usize,
    pub(crate) files: usize,
    search: SearchManifests,
    /// With [`Plan::record_reads`]: what each page read, in all its
    /// languages, and what every page read through the context they share.
    pub reads: Option<PageReads>,
}

/// What the pages of an assembly read of the site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageReads {
    pub(crate) pages: HashMap<Page, Reads>,
    /// Read once for every page (the menu, the site's title...).
    pub shared: Reads,
    /// What each value computed once for many pages read
    /// ([`reads::Read::Group`]).
    pub groups: HashMap<reads::Read, Reads>,
}

/// Why an assembly stopped.
#[derive(Debug)]
pub enum BuildError<E> {
    /// Template errors, all of them, sorted.
    Content(Vec<Diagnostic>),
    /// The sink refused a file (the first refusal).
    Sink(E),
    /// [`Plan::cancelled`] said so.
    Cancelled,
}

/// The manifest URL of each language's index.
fn manifests(indexes: &[LangIndex]) -> SearchManifests {
    indexes
        .iter()
        .map(|i| (i.lang.clone(), i.manifest_url.clone()))
        .collect()
}

/// Assembles `plan`, giving each file to `put` as soon as it is made, from
/// the rendering threads, so that a build of 250,000 associations never
/// holds its output in memory. Each derived part is handed over and dropped
/// before the next is built, so the peak memory is the largest part, not
/// their sum. `stage` is told when each part is done (`serve` and
/// `NASSIJ_TIMINGS` time them). After a template error nothing more is put,
/// but every page is still rendered so that all errors are reported.
pub fn assemble<E: Send>(
    site: &Site,
    renderer: &Renderer,
    plan: &Plan,
    stage: &mut dyn FnMut(&'static str),
    put: &(dyn Fn(Part, OutputFile) -> Result<(), E> + Sync),
) -> Result<Assembled, BuildError<E>> {
    let sink = Sink::new(put, plan.link_prefix);
    if plan.exports && plan.is_cancelled() {
        return Err(BuildError::Cancelled);
    }
    // The search indexes and the open data are made side by side: both
    // read every record, neither reads the other, and each alone leaves a
    // core idle part of the time (three languages on two cores; the
    // open data is written file by file).
    let (search, data_sizes) = rayon::join(
        || match plan.search {
            // The search page names each language's manifest.
            Search::Build => {
                let indexes = crate::search::build(site, &renderer.i18n, plan.search_words);
                let search = manifests(&indexes);
                indexes
                    .into_par_iter()
                    .flat_map(|i| i.files)
                    .for_each(|f| sink.give(Part::Search, f));
                search
            }
            Search::Given(m) => m.clone(),
        },
        // The size of each open-data file, for the data page: as written
        // when the plan writes them, else computed when a data page asks.
        || {
            plan.exports.then(|| {
                let mut sizes = HashMap::new();
                crate::export::each_file(site, &renderer.i18n, plan.gzip_pieces, &mut |f| {
                    if let Some(rel) = f
                        .path
                        .strip_prefix("data/")
                        .filter(|r| crate::export::is_listed(r))
                    {
                        sizes.insert(rel.to_string(), f.bytes.len() as u64);
                    }
                    sink.give(Part::Exports, f)
                });
                sizes
            })
        },
    );
    match (&plan.search, plan.exports) {
        (Search::Build, true) => stage("search+exports"),
        (Search::Build, false) => stage("search"),
        (Search::Given(_), true) => stage("exports"),
        (Search::Given(_), false) => {}
    }
    if plan.assets {
        renderer.theme.assets.par_iter().for_each(|(path, bytes)| {
            sink.give(
                Part::Assets,
                OutputFile {
                    path: path.clone(),
                    bytes: bytes.clone(),
                },
            )
        });
    }
    if plan.is_cancelled() {
        return Err(BuildError::Cancelled);
    }
    let tables_of = || {
        let sizes = match &data_sizes {
            Some(sizes) => sizes.clone(),
            None if plan.given_sizes.is_some() => plan.given_sizes.cloned().unwrap_or_default(),
            None if plan.data_sizes => crate::export::data_sizes(site, &renderer.i18n),
            None => HashMap::new(),
        };
        crate::export::data_tables(site, sizes)
    };
    let (shared, shared_reads) = if plan.record_reads {
        reads::recording(|| Shared::new(site, renderer, &search, &tables_of))
    } else {
        (
            Shared::new(site, renderer, &search, &tables_of),
            Reads::new(),
        )
    };
    let page_reads: Mutex<HashMap<Page, Reads>> = Mutex::new(HashMap::new());
    let langs: Vec<Lang> = site.config.codes().collect();
    let jobs: Vec<(Lang, &Page)> = langs
        .iter()
        .flat_map(|l| plan.pages.iter().map(move |p| (*l, p)))
        .collect();
    let mut errors: Vec<Diagnostic> = jobs
        .par_iter()
        .filter_map(|&(lang, page)| {
            if sink.refused() || plan.is_cancelled() {
                return None;
            }
            let rendered = if plan.record_reads {
                let (rendered, read) =
                    reads::recording(|| render::render_page(&shared, lang, page));
                let mut all = page_reads.lock().unwrap_or_else(|e| e.into_inner());
                all.entry((*page).clone()).or_default().extend(read);
                rendered
            } else {
                render::render_page(&shared, lang, page)
            };
            match rendered {
                Ok(f) => {
                    sink.give(Part::Page, f);
                    None
                }
                Err(d) => {
                    sink.stop();
                    Some(d)
                }
            }
        })
        .collect();
    if plan.is_cancelled() {
        return Err(BuildError::Cancelled);
    }
    if plan.globals {
        match render::global_pages(&shared) {
            Ok(g) => g.into_iter().for_each(|f| sink.give(Part::Global, f)),
            Err(d) => errors.push(d),
        }
    }
    stage("pages");
    if !errors.is_empty() {
        diagnostics::sort(&mut errors);
        return Err(BuildError::Content(errors));
    }
    let reads = plan.record_reads.then(|| PageReads {
        pages: page_reads.into_inner().unwrap_or_else(|e| e.into_inner()),
        shared: shared_reads,
        groups: shared.groups().into_iter().collect(),
    });
    sink.finish(search, reads).map_err(BuildError::Sink)
}

/// A plan assembled in memory.
pub struct Collected {
    /// Sorted by path, each with its part.
    pub files: Vec<(Part, OutputFile)>,
    /// The search manifests the pages name.
    pub search: SearchManifests,
    /// What the pages read, with [`Plan::record_reads`].
    pub reads: Option<PageReads>,
}

impl Collected {
    /// The files without their parts.
    pub fn into_files(self) -> Vec<OutputFile> {
        self.files.into_iter().map(|(_, f)| f).collect()
    }
}

/// Assembles `plan` in memory (`serve` keeps its output in memory); `None`
/// when cancelled.
pub fn collect(
    site: &Site,
    renderer: &Renderer,
    plan: &Plan,
    stage: &mut dyn FnMut(&'static str),
) -> Result<Option<Collected>, Vec<Diagnostic>> {
    let out = Mutex::new(Vec::new());
    let put = |part: Part, f: OutputFile| -> Result<(), std::convert::Infallible> {
        out.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((part, f));
        Ok(())
    };
    match assemble(site, renderer, plan, stage, &put) {
        Ok(assembled) => {
            let mut files = out.into_inner().unwrap_or_else(|e| e.into_inner());
            files.sort_unstable_by(|a, b| a.1.path.cmp(&b.1.path));
            Ok(Some(Collected {
                files,
                search: assembled.search,
                reads: assembled.reads,
            }))
        }
        Err(BuildError::Content(d)) => Err(d),
        Err(BuildError::Cancelled) => Ok(None),
        Err(BuildError::Sink(never)) => match never {},
    }
}

/// The whole site in memory, sorted by path.
pub fn site_files(site: &Site, renderer: &Renderer) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let all = pages(site);
    let files = collect(site, renderer, &Plan::site(&all), &mut |_| {})?;
    Ok(files.map(Collected::into_files).unwrap_or_default())
}

/// The pages [`check_templates`] renders: one page of each kind of page,
/// and of each record kind (they have templates of their own). A record's
/// page shows its own bodies only: `check` reads their text before
/// ([`Site::read_bodies`]).
pub fn template_sample(site: &Site) -> Vec<Page> {
    let mut seen = std::collections::HashSet::new();
    pages(site)
        .into_iter()
        .filter(|p| {
            let kind = match p {
                Page::Record(kind, _) => Some(*kind),
                _ => None,
            };
            seen.insert((std::mem::discriminant(p), kind))
        })
        .collect()
}

/// Renders `sample` (the [`template_sample`], whose bodies `check` has
/// read) in each language, and the global pages, without writing: `check`
/// uses it so that a template error fails the check as it would fail the
/// build.
pub fn check_templates(site: &Site, renderer: &Renderer, sample: &[Page]) -> Vec<Diagnostic> {
    let no_search = SearchManifests::new();
    let plan = Plan {
        globals: true,
        data_sizes: false,
        ..Plan::pages(sample, &no_search)
    };
    let discard = |_: Part, _: OutputFile| -> Result<(), std::convert::Infallible> { Ok(()) };
    match assemble(site, renderer, &plan, &mut |_| {}, &discard) {
        Err(BuildError::Content(errors)) => errors,
        _ => Vec::new(),
    }
}

/// A `put` shared by the rendering threads: counts what it took, keeps the
/// first refusal and takes nothing after a refusal or a [`Sink::stop`].
struct Sink<'p, E> {
    put: &'p (dyn Fn(Part, OutputFile) -> Result<(), E> + Sync),
    link_prefix: &'p str,
    stopped: AtomicBool,
    refused: Mutex<Option<E>>,
    any_refused: AtomicBool,
    pages: AtomicUsize,
    files: AtomicUsize,
}

impl<'p, E: Send> Sink<'p, E> {
    fn new(
        put: &'p (dyn Fn(Part, OutputFile) -> Result<(), E> + Sync),
        link_prefix: &'p str,
    ) -> Self {
        Sink {
            put,
            link_prefix,
            stopped: false.into(),
            refused: Mutex::new(None),
            any_refused: false.into(),
            pages: 0.into(),
            files: 0.into(),
        }
    }

    fn stop(&self) {
        self.stopped.store(true, Relaxed);
    }

    /// A refused file stops the rendering too: nothing more can be put.
    fn refused(&self) -> bool {
        self.any_refused.load(Relaxed)
    }

    fn give(&self, part: Part, f: OutputFile) {
        if self.stopped.load(Relaxed) {
            return;
        }
        let html = f.path.ends_with(".html");
        let f = if html && !self.link_prefix.is_empty() {
            OutputFile {
                bytes: prefix_links(&f.bytes, self.link_prefix),
                ..f
            }
        } else {
            f
        };
        match (self.put)(part, f) {
            Ok(()) => {
                self.pages.fetch_add(usize::from(html), Relaxed);
                self.files.fetch_add(1, Relaxed);
            }
            Err(e) => {
                self.stop();
                self.any_refused.store(true, Relaxed);
                let mut first = self.refused.lock().unwrap_or_else(|e| e.into_inner());
                first.get_or_insert(e);
            }
        }
    }

    fn finish(self, search: SearchManifests, reads: Option<PageReads>) -> Result<Assembled, E> {
        match self.refused.into_inner().unwrap_or_else(|e| e.into_inner()) {
            Some(e) => Err(e),
            None => Ok(Assembled {
                pages: self.pages.into_inner(),
                files: self.files.into_inner(),
                search,
                reads,
            }),
        }
    }
}

/// The attributes whose root-relative values are links of the site.
const LINK_ATTRIBUTES: [&[u8]; 4] = [b"href", b"src", b"action", b"data-search-manifest"];

/// `html` with every root-relative link (`href="/fr/"`, `src="/static/…"`,
/// `action`, the search manifest) moved below `prefix` (`/portal`):
/// a site published in a folder of its host, such as GitHub Pages'
/// `https://org.github.io/portal/`. Protocol-relative (`//host`) and
/// absolute links, and any other attribute, are left as they are. The
/// theme and the Markdown renderer quote every attribute with `"`.
fn prefix_links(html: &[u8], prefix: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(html.len() + 4096);
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = html[at..].windows(3).position(|w| w == b"=\"/") {
        let eq = at + found;
        let slash = eq + 2;
        at = slash + 1;
        if html.get(slash + 1) == Some(&b'/') {
            continue;
        }
        let name = &html[..eq];
        let is_link = LINK_ATTRIBUTES.iter().any(|attr| {
            name.ends_with(attr)
                && name
                    .len()
                    .checked_sub(attr.len() + 1)
                    .is_some_and(|i| name[i].is_ascii_whitespace())
        });
        if is_link {
            out.extend_from_slice(&html[copied..slash]);
            out.extend_from_slice(prefix.as_bytes());
            copied = slash;
        }
    }
    out.extend_from_slice(&html[copied..]);
    out
}

#[cfg(test)]
mod prefix_tests {
    use super::prefix_links;

    fn prefixed(html: &str) -> String {
        String::from_utf8(prefix_links(html.as_bytes(), "/portal")).unwrap()
    }

    #[test]
    fn root_relative_links_move_below_the_prefix() {
        assert_eq!(
            prefixed(r#"<a href="/fr/">x</a><script defer src="/static/js/a.1.js"></script>"#),
            r#"<a href="/portal/fr/">x</a><script defer src="/portal/static/js/a.1.js"></script>"#
        );
        assert_eq!(
            prefixed(r#"<form action="/fr/search/" data-search-manifest="/search/fr/m.json">"#),
            r#"<form action="/portal/fr/search/" data-search-manifest="/portal/search/fr/m.json">"#
        );
        assert_eq!(
            prefixed("<svg><a href=\"/fr/\">"),
            "<svg><a href=\"/portal/fr/\">"
        );
    }

    #[test]
    fn other_links_and_attributes_are_left_alone() {
        for html in [
            r#"<a href="https://example.org/">"#,
            r#"<a href="//cdn.example.org/x">"#,
            r##"<a href="#main">"##,
            r#"<a href="../x/">"#,
            r#"<meta content="/fr/">"#,
            r#"<div data-href="/fr/">"#,
            r#"<p>title="/fr/" in text</p>"#,
            "",
        ] {
            assert_eq!(prefixed(html), html);
        }
    }
}
