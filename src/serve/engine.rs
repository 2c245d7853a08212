//! The incremental build behind `nassij serve`: the parsed files, the last
//! valid site and the output are kept between rebuilds. Each changed path
//! is mapped to the stages it invalidates:
//!
//! - `site.yaml` or a taxonomy: everything (parse, validate, render);
//! - a template, a static file or a `.ftl` file: the renderer is reloaded
//!   and every page rendered again, without parsing content again;
//! - a record: see below.
//!
//! A record edit is applied in two phases, so that the page being edited
//! reloads at once although the search index and the exports (about two
//! seconds at 10,000 associations) are rebuilt from every record:
//!
//! 1. *reload*: the record's files are parsed alone, checked alone against
//!    the slugs of the last full validation ([`validate::Memo::patch`]),
//!    and put in the kept site in place; the record's own pages are
//!    rendered and served, and a `reload` event (`"settled": false`) names
//!    them. When the edit cannot be checked alone (a record added, removed,
//!    renamed or made a draft, a programme's parent changed, an error, an
//!    institution or a page), the whole site is loaded (parse cache) and
//!    validated again first, as before; phase 1 is the same afterwards.
//! 2. *settle*, on a worker thread with its own copy of the site (kept in
//!    step by the same record replacements) and one core: the search
//!    indexes, the exports, every page that read something the edit
//!    changed (their reads were recorded when they last rendered:
//!    [`super::affected`]), and the global pages; then a
//!    second `reload` event (`"settled": true`) names the files that
//!    changed. The page open in the browser reloads only when its own file
//!    is among those named (reload.js). A newer edit cancels a settle in
//!    progress; the pages it had to render are carried over to the next.
//!
//! Once settled, the output after any sequence of changes is the output a
//! full `build` of the same tree would write (tests/serve.rs checks it
//! file by file). Site-wide and renderer changes are applied in one phase.

use super::affected::{Affected, Before, Readers};
use crate::build::{self, PageReads, Part, Plan};
use crate::diagnostics::{self, Diagnostic};
use crate::load::{self, ParseCache};
use crate::model::Kind;
use crate::model::date::Today;
use crate::output::OutputFile;
use crate::present::{Page, pages, urls};
use crate::render::{Renderer, SearchManifests};
use crate::validate::{self, Changed, Memo, Patch, Site};
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

/// The served output: path relative to the output root -> bytes.
pub type Files = HashMap<String, Arc<Vec<u8>>>;

/// What a changed path invalidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// site.yaml, a taxonomy, or something the rules cannot bound.
    Everything,
    /// A template, a static file of the theme, an interface string file.
    Renderer,
    /// A record or a body translation.
    Content,
    /// Nothing the site is built from.
    Nothing,
}

impl Stage {
    /// The name of a rebuild of this scope in reports and reload events.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Everything => "full",
            Stage::Renderer => "renderer",
            Stage::Content => "content",
            Stage::Nothing => "nothing",
        }
    }
}

/// Which stage a path (relative to the root) invalidates.
pub fn stage_of(rel: &Path) -> Stage {
    let parts: Vec<&str> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect();
    match parts.as_slice() {
        [] => Stage::Nothing,
        [load::SITE_FILE] => Stage::Everything,
        [load::CONTENT_DIR] => Stage::Everything,
        [load::CONTENT_DIR, "taxonomies", ..] => Stage::Everything,
        // A file directly in a kind's folder or below it; a folder event
        // (renamed, removed) cannot be bounded by file.
        [load::CONTENT_DIR, folder, .., name] if Kind::from_folder(folder).is_some() => {
            if name.contains('.') {
                Stage::Content
            } else {
                Stage::Everything
            }
        }
        [load::CONTENT_DIR, ..] => Stage::Everything,
        ["themes" | "i18n", ..] => Stage::Renderer,
        _ => Stage::Nothing,
    }
}

/// The record a content path belongs to: `content/KIND/.../SLUG[.LANG].EXT`.
fn record_of(rel: &Path) -> Option<(Kind, String)> {
    let mut parts = rel.components().filter_map(|c| match c {
        Component::Normal(s) => s.to_str(),
        _ => None,
    });
    if parts.next()? != load::CONTENT_DIR {
        return None;
    }
    let kind = Kind::from_folder(parts.next()?)?;
    let name = rel.file_name()?.to_str()?;
    let slug = name.split('.').next()?;
    Some((kind, slug.to_string()))
}

#[derive(Debug, Default)]
struct Pending {
    everything: bool,
    renderer: bool,
    content: HashSet<PathBuf>,
}

/// The outcome of one rebuild, or of the settling that completes it.
#[derive(Debug)]
pub struct Report {
    /// Errors (positions resolved, sorted), then warnings (unresolved).
    pub diagnostics: Vec<Diagnostic>,
    /// False when errors kept the previous output in place.
    pub ok: bool,
    /// What was rebuilt: everything, the renderer (every page) or content.
    pub scope: Stage,
    /// False after phase 1 of a record edit: the settling follows, with a
    /// report of its own (see the module's documentation).
    pub settled: bool,
    /// Pages rendered (all languages), files changed and removed.
    pub rendered: usize,
    /// Output paths whose bytes changed (new files included), sorted.
    pub changed: Vec<String>,
    /// Output paths no longer served.
    pub removed: Vec<String>,
    pub(super) elapsed: Duration,
    /// Time spent per stage (milliseconds).
    pub stages: Vec<(&'static str, u64)>,
    /// A settle that finished while the last rebuild's errors are still on
    /// show: its files are served, but the errors must not be cleared.
    pub errors_pending: bool,
}

impl Report {
    /// How many of the diagnostics are errors.
    pub fn errors(&self) -> usize {
        diagnostics::counts(&self.diagnostics).0
    }

    fn failed(scope: Stage, diagnostics: Vec<Diagnostic>, started: Instant) -> Report {
        Report {
            diagnostics,
            ok: false,
            scope,
            settled: true,
            rendered: 0,
            changed: Vec::new(),
            removed: Vec::new(),
            elapsed: started.elapsed(),
            stages: Vec::new(),
            errors_pending: false,
        }
    }
}

/// Told of every report, phase 1 and settling alike, in order, while the
/// output is as the report says (`serve` prints, mirrors and broadcasts).
pub type Listener = Arc<dyn Fn(&Report) + Send + Sync>;

/// The state of the served output, shared by the engine and its settling
/// worker; every change of the output is made under its lock.
#[derive(Default)]
struct Applied {
    /// Counts the engine's applies.
    generation: u64,
    /// The generation whose derived files and pages are all up to date.
    settled: u64,
    /// Every page of the site (paths), and the other files served.
    page_paths: HashSet<String>,
    derived: HashSet<String>,
    manifests: SearchManifests,
    /// What each page read when it was last rendered.
    readers: Readers,
    /// The last rebuild failed: its errors stay on show until one succeeds,
    /// whatever settles meanwhile.
    failing: bool,
}

struct Shared {
    output: Arc<RwLock<Files>>,
    state: Mutex<Applied>,
    settled: Condvar,
    /// Bumped when the engine starts a rebuild: the worker drops what it
    /// started for an older value (a job with the new value follows).
    epoch: AtomicU64,
    listener: RwLock<Option<Listener>>,
}

impl Shared {
    fn state(&self) -> std::sync::MutexGuard<'_, Applied> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn tell(&self, report: &Report) {
        let listener = self.listener.read().ok().and_then(|l| l.clone());
        if let Some(l) = listener {
            l(report);
        }
    }

    /// Puts files in the output; returns the paths whose bytes changed.
    fn put(&self, files: Vec<OutputFile>, removed: &[String]) -> Vec<String> {
        let mut changed = Vec::new();
        let Ok(mut out) = self.output.write() else {
            return changed;
        };
        for path in removed {
            out.remove(path);
        }
        for f in files {
            let same = out.get(&f.path).is_some_and(|b| **b == f.bytes);
            if !same {
                changed.push(f.path.clone());
                out.insert(f.path, Arc::new(f.bytes));
            }
        }
        changed.sort();
        changed
    }
}

/// A record's kind, slug, file and body translation files.
type RecordFiles = (Kind, String, PathBuf, Vec<PathBuf>);

/// How the worker's copy of the site follows the engine's.
enum Update {
    Nothing,
    Site(Box<Site>),
    Records(Vec<Changed>),
}

/// Work for the settling worker.
struct Job {
    epoch: u64,
    generation: u64,
    update: Update,
    renderer: Arc<Renderer>,
    /// Forget the pages still to render (everything was just rendered).
    reset: bool,
    /// The pages left to render in the settle step.
    keys: Vec<Page>,
    all: bool,
    scope: Stage,
    started: Instant,
}

/// The site held in memory by `serve`: notes edited files, rebuilds what
/// they invalidate, and keeps the output that is served.
pub struct Engine {
    root: PathBuf,
    today: Today,
    options: validate::Options,
    cache: ParseCache,
    /// Files replaced in the site without `load_cached`: parsed again by
    /// the next full load.
    stale: HashSet<PathBuf>,
    renderer: Option<Arc<Renderer>>,
    /// The site the served output was rendered from.
    site: Option<Site>,
    memo: Option<Memo>,
    /// The warnings of the site (errors keep the previous site).
    warnings: Vec<Diagnostic>,
    shared: Arc<Shared>,
    jobs: Sender<Job>,
    pending: Pending,
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.shared.epoch.fetch_add(1, Ordering::SeqCst);
    }
}

/// `pages` in every language, naming the given search manifests, with
/// what they read.
fn render_list(
    site: &Site,
    renderer: &Renderer,
    pages: &[Page],
    search: &SearchManifests,
) -> Result<(Vec<OutputFile>, PageReads), Vec<Diagnostic>> {
    let plan = Plan {
        record_reads: true,
        ..Plan::pages(pages, search)
    };
    match build::collect(site, renderer, &plan, &mut |_| {})? {
        Some(mut c) => {
            let reads = c.reads.take().unwrap_or_default();
            Ok((c.into_files(), reads))
        }
        None => Ok((Vec::new(), PageReads::default())),
    }
}

fn page_paths(site: &Site, pages: &[Page]) -> HashSet<String> {
    site.config
        .codes()
        .flat_map(|l| pages.iter().map(move |p| urls::file_of(&p.url(l))))
        .collect()
}

/// The time of each stage of a rebuild, for its report.
struct Laps {
    stages: Vec<(&'static str, u64)>,
    since: Instant,
}

impl Laps {
    fn new() -> Laps {
        Laps {
            stages: Vec::new(),
            since: Instant::now(),
        }
    }

    /// Ends the stage `name`, which began at the last lap.
    fn lap(&mut self, name: &'static str) {
        self.stages.push((name, ms(self.since)));
        self.since = Instant::now();
    }
}

fn ms(t: Instant) -> u64 {
    t.elapsed().as_millis() as u64
}

impl Engine {
    /// An engine for the site at `root`, as of `today`, publishing drafts
    /// when `drafts` is set; nothing is built before the first rebuild.
    pub fn new(root: &Path, today: Today, drafts: bool) -> Engine {
        Engine::with_options(
            root,
            today,
            validate::Options {
                drafts,
                future: false,
            },
        )
    }

    /// An engine publishing what `options` says (drafts, scheduled records).
    pub(crate) fn with_options(root: &Path, today: Today, options: validate::Options) -> Engine {
        let shared = Arc::new(Shared {
            output: Arc::new(RwLock::new(Files::new())),
            state: Mutex::new(Applied::default()),
            settled: Condvar::new(),
            epoch: AtomicU64::new(0),
            listener: RwLock::new(None),
        });
        let (jobs, rx) = channel();
        {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("nassij-settle".into())
                .spawn(move || worker(shared, rx))
                .expect("a thread for the settling worker");
        }
        Engine {
            root: root.to_path_buf(),
            today,
            options,
            cache: ParseCache::default(),
            stale: HashSet::new(),
            renderer: None,
            site: None,
            memo: None,
            warnings: Vec::new(),
            shared,
            jobs,
            pending: Pending {
                everything: true,
                ..Pending::default()
            },
        }
    }

    /// Tells `listener` of every report from now on (phase 1 and settling).
    pub fn listen(&self, listener: Listener) {
        if let Ok(mut l) = self.shared.listener.write() {
            *l = Some(listener);
        }
    }

    /// The served output, shared with the HTTP server.
    pub fn output(&self) -> Arc<RwLock<Files>> {
        self.shared.output.clone()
    }

    /// A copy of the output (tests).
    pub fn snapshot(&self) -> Files {
        self.shared
            .output
            .read()
            .map(|f| f.clone())
            .unwrap_or_default()
    }

    /// Waits until the last rebuild is settled (tests).
    pub fn wait_settled(&self) {
        let mut state = self.shared.state();
        while state.settled != state.generation {
            state = self
                .shared
                .settled
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Records that `rel` (relative to the root) changed; returns false when
    /// the path does not matter to the site.
    pub fn note(&mut self, rel: &Path) -> bool {
        match stage_of(rel) {
            Stage::Everything => self.pending.everything = true,
            Stage::Renderer => self.pending.renderer = true,
            Stage::Content => {
                self.pending.content.insert(rel.to_path_buf());
            }
            Stage::Nothing => return false,
        }
        true
    }

    pub(super) fn has_pending(&self) -> bool {
        let p = &self.pending;
        p.everything || p.renderer || !p.content.is_empty()
    }

    /// Rebuilds what the noted changes invalidate. On errors the previous
    /// output stays served and the changes stay pending, so that the next
    /// rebuild (after the fix) covers them too.
    pub fn rebuild(&mut self) -> Report {
        let started = Instant::now();
        let epoch = self.shared.epoch.fetch_add(1, Ordering::SeqCst) + 1;
        let whole = self.pending.everything
            || self.pending.renderer
            || self.site.is_none()
            || self.renderer.is_none();
        let report = if whole {
            self.full(started, epoch)
        } else {
            match self.patch(started, epoch) {
                Some(report) => report,
                None => self.content(started, epoch),
            }
        };
        if !report.ok {
            // The worker resumes what it was doing.
            if let Some(renderer) = &self.renderer {
                let generation = self.shared.state().generation;
                let _ = self.jobs.send(Job {
                    epoch,
                    generation,
                    update: Update::Nothing,
                    renderer: renderer.clone(),
                    reset: false,
                    keys: Vec::new(),
                    all: false,
                    scope: Stage::Content,
                    started,
                });
            }
            let mut guard = self.shared.state();
            guard.failing = true;
            self.shared.tell(&report);
        }
        report
    }

    fn fail(&self, scope: Stage, mut diagnostics: Vec<Diagnostic>, started: Instant) -> Report {
        finish(&self.root, &mut diagnostics);
        Report::failed(scope, diagnostics, started)
    }

    /// Parses, validates and renders everything (site.yaml, a taxonomy, the
    /// renderer, or the first build).
    fn full(&mut self, started: Instant, epoch: u64) -> Report {
        let everything = self.pending.everything || self.site.is_none();
        let scope = if everything {
            Stage::Everything
        } else {
            Stage::Renderer
        };
        if everything {
            self.cache.clear();
        }
        let mut laps = Laps::new();
        let mut stage = |name: &'static str| laps.lap(name);
        let dirty: HashSet<PathBuf> = self.pending.content.union(&self.stale).cloned().collect();
        let loaded = load::load_cached(&self.root, &mut self.cache, &dirty);
        stage("load");
        let (validated, memo) = validate::validate_keeping(loaded, &self.today, &self.options);
        stage("validate");
        let mut diagnostics = validated.diagnostics;
        let Some(site) = validated.site else {
            return self.fail(scope, diagnostics, started);
        };
        let renderer = match Renderer::load(&self.root, &site) {
            Ok(r) => Arc::new(r),
            Err(mut d) => {
                diagnostics.append(&mut d);
                return self.fail(scope, diagnostics, started);
            }
        };
        let langs = site.config.languages.len();
        let all_pages = pages(&site);
        let plan = Plan {
            record_reads: true,
            ..Plan::site(&all_pages)
        };
        let reads;
        let (files, manifests) = match build::collect(&site, &renderer, &plan, &mut stage) {
            Ok(Some(mut c)) => {
                reads = c.reads.take().unwrap_or_default();
                (
                    c.files.into_iter().map(|(_, f)| f).collect::<Vec<_>>(),
                    c.search,
                )
            }
            Ok(None) => unreachable!("a full rebuild's plan cannot be cancelled"),
            Err(mut d) => {
                diagnostics.append(&mut d);
                return self.fail(scope, diagnostics, started);
            }
        };
        let pages_paths = page_paths(&site, &all_pages);
        let produced: HashSet<String> = files.iter().map(|f| f.path.clone()).collect();
        let mut report = {
            let mut state = self.shared.state();
            let mut removed: Vec<String> = self
                .shared
                .output
                .read()
                .map(|o| {
                    o.keys()
                        .filter(|k| !produced.contains(*k))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            removed.sort();
            let changed = self.shared.put(files, &removed);
            state.derived = produced
                .into_iter()
                .filter(|p| !pages_paths.contains(p))
                .collect();
            state.page_paths = pages_paths;
            state.manifests = manifests;
            state.readers.reset(reads);
            state.generation += 1;
            state.failing = false;
            state.settled = state.generation;
            stage("apply");
            let report = Report {
                diagnostics: Vec::new(),
                ok: true,
                scope,
                settled: true,
                rendered: all_pages.len() * langs,
                changed,
                removed,
                elapsed: started.elapsed(),
                stages: std::mem::take(&mut laps.stages),
                errors_pending: false,
            };
            finish_ok(&mut diagnostics);
            let report = Report {
                diagnostics: diagnostics.clone(),
                ..report
            };
            self.shared.tell(&report);
            self.shared.settled.notify_all();
            report
        };
        let _ = self.jobs.send(Job {
            epoch,
            generation: self.shared.state().generation,
            update: Update::Site(Box::new(site.clone())),
            renderer: renderer.clone(),
            reset: true,
            keys: Vec::new(),
            all: false,
            scope,
            started,
        });
        self.warnings = diagnostics;
        self.site = Some(site);
        self.memo = memo;
        self.renderer = Some(renderer);
        self.stale.clear();
        self.pending = Pending::default();
        report.diagnostics = self.warnings.clone();
        report
    }

    /// The files of the records the changed paths belong to, when each is
    /// a record or a body translation of an existing record of a kind that
    /// can be checked alone: (kind, slug, record file, translation files).
    fn changed_records(&self) -> Option<Vec<RecordFiles>> {
        let site = self.site.as_ref()?;
        let default = site.config.default_language.as_str();
        let mut out: Vec<RecordFiles> = Vec::new();
        for path in &self.pending.content {
            let (kind, slug) = record_of(path)?;
            if !matches!(
                kind,
                Kind::Associations | Kind::Programmes | Kind::Offers | Kind::Results | Kind::News
            ) {
                return None;
            }
            let name = path.file_name()?.to_str()?;
            let ext = if kind.is_markdown() { "md" } else { "yaml" };
            let dir = path.parent()?;
            let own = name == format!("{slug}.{ext}");
            let translation = kind.is_markdown()
                && site
                    .config
                    .codes()
                    .any(|l| l != default && name == format!("{slug}.{l}.md"));
            if !own && !translation {
                return None;
            }
            if out.iter().any(|(k, s, _, _)| *k == kind && *s == slug) {
                continue;
            }
            let file = dir.join(format!("{slug}.{ext}"));
            if !self.root.join(&file).is_file() {
                return None;
            }
            let translations = if kind.is_markdown() {
                site.config
                    .codes()
                    .filter(|l| *l != default)
                    .map(|l| dir.join(format!("{slug}.{l}.md")))
                    .filter(|t| self.root.join(t).is_file())
                    .collect()
            } else {
                Vec::new()
            };
            out.push((kind, slug, file, translations));
        }
        (!out.is_empty()).then_some(out)
    }

    /// Parses the changed records alone ([`load::load_record`]); `None`
    /// when one of them has an error or is not of a kind checked alone:
    /// the full load then reports its errors with the rest of the site.
    fn parse_alone(&self, records: &[RecordFiles]) -> Option<Vec<Changed>> {
        let config = &self.site.as_ref()?.config;
        let mut changed = Vec::with_capacity(records.len());
        for (_, _, file, translations) in records {
            let c = load::load_record(&self.root, config, file, translations).ok()?;
            if !c.institutions.is_empty() || !c.pages.is_empty() {
                return None;
            }
            changed.extend(
                (c.associations.into_iter().map(Changed::Association))
                    .chain(c.programmes.into_iter().map(Changed::Programme))
                    .chain(c.offers.into_iter().map(Changed::Offer))
                    .chain(c.results.into_iter().map(Changed::Results))
                    .chain(c.news.into_iter().map(Changed::News)),
            );
        }
        (changed.len() == records.len()).then_some(changed)
    }

    /// Phase 1 of a record edit checked alone (see the module's
    /// documentation); `None` when the edit needs [`Engine::content`].
    fn patch(&mut self, started: Instant, epoch: u64) -> Option<Report> {
        let mut laps = Laps::new();
        let mut stage = |name: &'static str| laps.lap(name);
        let records = self.changed_records()?;
        let changed = self.parse_alone(&records)?;
        stage("parse");
        let touched: HashSet<(Kind, String)> = changed
            .iter()
            .map(|c| (c.kind(), c.slug().to_string()))
            .collect();
        let site = self.site.as_mut()?;
        let memo = self.memo.as_mut()?;
        let renderer = self.renderer.clone()?;
        let before = Before::of(site, &touched);
        let copy = changed.clone();
        let data_pages = crate::present::page::data_pages(site);
        let (old, warnings) = match memo.patch(site, changed) {
            Patch::Applied { old, warnings } => (old, warnings),
            Patch::Refused(_) => return None,
        };
        if crate::present::page::data_pages(site) != data_pages {
            // The edit adds or removes pages (a region, year or programme
            // gains or loses its awards, a province its last association
            // of a domain, a list its last page):
            // the old records go back and the site is loaded again, which
            // computes the pages anew.
            site.replace(old);
            return None;
        }
        stage("check");
        let changed_reads = before.changed(site, &touched);
        let affected = self.shared.state().readers.affected(&changed_reads);
        stage("deps");
        // The records' own pages first.
        let own: Vec<Page> = touched
            .iter()
            .filter_map(|(k, s)| Page::record(*k, s))
            .filter(|p| p.exists_in(site))
            .collect();
        let manifests = self.shared.state().manifests.clone();
        let (files, own_reads) = match render_list(site, &renderer, &own, &manifests) {
            Ok(rendered) => rendered,
            Err(errors) => {
                // The records stay in the site: the fix is a new edit of
                // them, or anything that reloads the site.
                self.memo = None;
                self.site = None;
                return Some(self.fail(Stage::Content, errors, started));
            }
        };
        stage("render");
        let (keys, all) = match affected {
            Affected::All => (Vec::new(), true),
            Affected::Pages(pages) => (pages, false),
        };
        // Warnings: those of the records' files are replaced.
        let mut files_of: HashSet<PathBuf> = HashSet::new();
        for c in copy.iter().chain(&old) {
            files_of.insert(c.file().to_path_buf());
        }
        for (_, _, file, translations) in &records {
            files_of.insert(file.clone());
            files_of.extend(translations.iter().cloned());
        }
        for (kind, slug, file, _) in &records {
            if let Some(dir) = file.parent() {
                if kind.is_markdown() {
                    for l in site.config.codes() {
                        files_of.insert(dir.join(format!("{slug}.{l}.md")));
                    }
                }
            }
        }
        self.warnings.retain(|d| !files_of.contains(&d.file));
        self.warnings.extend(warnings);
        self.stale.extend(files_of);
        self.stale.extend(self.pending.content.drain());
        self.pending = Pending::default();
        let rendered = files.len();
        let report = {
            let mut state = self.shared.state();
            let changed = self.shared.put(files, &[]);
            state.readers.update(own_reads);
            state.generation += 1;
            state.failing = false;
            stage("apply");
            let report = Report {
                diagnostics: self.warnings.clone(),
                ok: true,
                scope: Stage::Content,
                settled: false,
                rendered,
                changed,
                removed: Vec::new(),
                elapsed: started.elapsed(),
                stages: std::mem::take(&mut laps.stages),
                errors_pending: false,
            };
            self.shared.tell(&report);
            let _ = self.jobs.send(Job {
                epoch,
                generation: state.generation,
                update: Update::Records(copy),
                renderer,
                reset: false,
                keys,
                all,
                scope: Stage::Content,
                started,
            });
            report
        };
        Some(report)
    }

    /// Phase 1 of a record edit after a full load and validation.
    fn content(&mut self, started: Instant, epoch: u64) -> Report {
        let mut laps = Laps::new();
        let mut stage = |name: &'static str| laps.lap(name);
        let dirty: HashSet<PathBuf> = self.pending.content.union(&self.stale).cloned().collect();
        let loaded = load::load_cached(&self.root, &mut self.cache, &dirty);
        stage("load");
        let (validated, memo) = validate::validate_keeping(loaded, &self.today, &self.options);
        stage("validate");
        let mut diagnostics = validated.diagnostics;
        let Some(site) = validated.site else {
            return self.fail(Stage::Content, diagnostics, started);
        };
        let Some(renderer) = self.renderer.clone() else {
            return self.fail(Stage::Content, diagnostics, started);
        };
        let old = self.site.take();
        let touched = match &old {
            Some(old) => touched(old, &site, self.cache.last_parsed()),
            None => HashSet::new(),
        };
        let affected = match &old {
            Some(old) => {
                let changed = Before::of(old, &touched).changed(&site, &touched);
                let state = self.shared.state();
                match state.readers.affected(&changed) {
                    Affected::All => Affected::All,
                    // With the pages that were not there (a new record's,
                    // a new page of a list).
                    Affected::Pages(mut list) => {
                        list.extend(pages(&site).into_iter().filter(|p| !state.readers.knows(p)));
                        Affected::Pages(list)
                    }
                }
            }
            None => Affected::All,
        };
        // The old site is freed on another thread: 10,000 records take
        // tens of milliseconds to drop.
        std::thread::spawn(move || drop(old));
        stage("deps");
        let own: Vec<Page> = touched
            .iter()
            .filter_map(|(k, s)| Page::record(*k, s))
            .filter(|p| p.exists_in(&site))
            .collect();
        let manifests = self.shared.state().manifests.clone();
        let (files, own_reads) = match render_list(&site, &renderer, &own, &manifests) {
            Ok(rendered) => rendered,
            Err(mut errors) => {
                diagnostics.append(&mut errors);
                self.memo = None;
                return self.fail(Stage::Content, diagnostics, started);
            }
        };
        stage("render");
        let all_paths = page_paths(&site, &pages(&site));
        let (keys, all) = match affected {
            Affected::All => (Vec::new(), true),
            Affected::Pages(pages) => (pages, false),
        };
        let rendered = files.len();
        finish_ok(&mut diagnostics);
        let report = {
            let mut state = self.shared.state();
            let mut removed: Vec<String> =
                state.page_paths.difference(&all_paths).cloned().collect();
            removed.sort();
            let changed = self.shared.put(files, &removed);
            state.readers.update(own_reads);
            state.page_paths = all_paths;
            state.generation += 1;
            state.failing = false;
            stage("apply");
            let report = Report {
                diagnostics: diagnostics.clone(),
                ok: true,
                scope: Stage::Content,
                settled: false,
                rendered,
                changed,
                removed,
                elapsed: started.elapsed(),
                stages: std::mem::take(&mut laps.stages),
                errors_pending: false,
            };
            self.shared.tell(&report);
            let _ = self.jobs.send(Job {
                epoch,
                generation: state.generation,
                update: Update::Site(Box::new(site.clone())),
                renderer,
                reset: false,
                keys,
                all,
                scope: Stage::Content,
                started,
            });
            report
        };
        self.warnings = diagnostics;
        self.site = Some(site);
        self.memo = memo;
        self.stale.clear();
        self.pending = Pending::default();
        report
    }
}

/// The settling worker: follows the engine's site, and renders what the
/// last record edits left to render (see the module's documentation), on
/// a pool of one thread so that the next edit always has a core.
fn worker(shared: Arc<Shared>, jobs: Receiver<Job>) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "nassij-settle-pool".into())
        .build()
        .ok();
    let mut site: Option<Site> = None;
    let mut renderer: Option<Arc<Renderer>> = None;
    let mut keys: Vec<Page> = Vec::new();
    let mut seen: HashSet<Page> = HashSet::new();
    let mut all = false;
    // Whether the last jobs left work that no settle completed.
    let mut unfinished = false;
    // The job to finish: epoch, generation, scope, start.
    let mut target: Option<(u64, u64, Stage, Instant)> = None;
    loop {
        let job = if target.is_some() {
            match jobs.try_recv() {
                Ok(job) => Some(job),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => return,
            }
        } else {
            match jobs.recv() {
                Ok(job) => Some(job),
                Err(_) => return,
            }
        };
        if let Some(job) = job {
            match job.update {
                Update::Nothing => {}
                Update::Site(s) => site = Some(*s),
                Update::Records(records) => {
                    if let Some(site) = site.as_mut() {
                        site.replace(records);
                    }
                }
            }
            renderer = Some(job.renderer);
            if job.reset {
                keys.clear();
                seen.clear();
                all = false;
            }
            for k in job.keys {
                if seen.insert(k.clone()) {
                    keys.push(k);
                }
            }
            all |= job.all;
            if job.reset {
                unfinished = false;
            }
            unfinished |= all || !keys.is_empty();
            target = unfinished.then_some((job.epoch, job.generation, job.scope, job.started));
            continue;
        }
        let (Some((epoch, generation, scope, started)), Some(s), Some(r)) =
            (target, site.as_ref(), renderer.as_ref())
        else {
            target = None;
            continue;
        };
        let cancelled = || shared.epoch.load(Ordering::SeqCst) != epoch;
        let run = || {
            settle(
                &shared,
                s,
                r,
                &keys,
                all,
                &cancelled,
                (epoch, generation, scope, started),
            )
        };
        let done = match &pool {
            Some(pool) => pool.install(run),
            None => run(),
        };
        if done {
            keys.clear();
            seen.clear();
            all = false;
            unfinished = false;
        }
        target = None;
    }
}

/// Renders what is left and applies it; false when cancelled.
fn settle(
    shared: &Shared,
    site: &Site,
    renderer: &Renderer,
    keys: &[Page],
    all: bool,
    cancelled: &(dyn Fn() -> bool + Sync),
    (epoch, generation, scope, started): (u64, u64, Stage, Instant),
) -> bool {
    let t = Instant::now();
    let mut laps = Laps::new();
    let mut stage = |name: &'static str| laps.lap(name);
    let pages: Vec<Page> = if all {
        crate::present::pages(site)
    } else {
        keys.iter().filter(|p| p.exists_in(site)).cloned().collect()
    };
    let rendered = pages.len() * site.config.languages.len() + 3;
    let plan = Plan {
        cancelled: Some(cancelled),
        record_reads: true,
        ..Plan::site(&pages)
    };
    let (files, manifests, reads) = match build::collect(site, renderer, &plan, &mut stage) {
        Ok(Some(c)) => (c.files, c.search, c.reads.unwrap_or_default()),
        Ok(None) => return false,
        Err(errors) => {
            let mut state = shared.state();
            if shared.epoch.load(Ordering::SeqCst) == epoch && state.generation == generation {
                state.settled = generation;
                let report = Report::failed(scope, errors, started);
                shared.tell(&report);
                shared.settled.notify_all();
            }
            return false;
        }
    };
    if cancelled() {
        return false;
    }
    // Everything but the listed pages is derived from every record.
    let derived: HashSet<String> = files
        .iter()
        .filter(|(part, _)| *part != Part::Page)
        .map(|(_, f)| f.path.clone())
        .collect();
    let files: Vec<OutputFile> = files.into_iter().map(|(_, f)| f).collect();
    let mut state = shared.state();
    if shared.epoch.load(Ordering::SeqCst) != epoch || state.generation != generation {
        return false;
    }
    let mut removed: Vec<String> = state
        .derived
        .iter()
        .filter(|p| !derived.contains(*p) && !state.page_paths.contains(*p))
        .cloned()
        .collect();
    removed.sort();
    let changed = shared.put(files, &removed);
    state.derived = derived;
    state.manifests = manifests;
    if all {
        state.readers.reset(reads);
    } else {
        state.readers.update(reads);
    }
    state.settled = generation;
    laps.lap("apply");
    laps.stages.push(("settle", ms(t)));
    let report = Report {
        diagnostics: Vec::new(),
        ok: true,
        scope,
        settled: true,
        rendered,
        changed,
        removed,
        elapsed: started.elapsed(),
        stages: std::mem::take(&mut laps.stages),
        errors_pending: state.failing,
    };
    shared.tell(&report);
    shared.settled.notify_all();
    true
}

/// Warnings only (the site is valid), as [`finish`] leaves them.
fn finish_ok(diagnostics: &mut [Diagnostic]) {
    debug_assert!(!diagnostics.iter().any(Diagnostic::is_error));
}

/// Records touched between two sites: those whose files were parsed again,
/// and those that appeared or disappeared.
fn touched(old: &Site, new: &Site, parsed: &[PathBuf]) -> HashSet<(Kind, String)> {
    let mut touched: HashSet<(Kind, String)> = parsed.iter().filter_map(|p| record_of(p)).collect();
    for kind in Kind::ALL {
        let a: HashSet<&str> = old.slugs(kind).map(|s| s.as_str()).collect();
        let b: HashSet<&str> = new.slugs(kind).map(|s| s.as_str()).collect();
        for slug in a.symmetric_difference(&b) {
            touched.insert((kind, slug.to_string()));
        }
    }
    touched
}

/// Errors first, positions resolved, sorted. Warnings are only counted by
/// `serve` (`check` lists them): resolving the positions of thousands of
/// missing-translation warnings re-reads their files and would cost more
/// than the rebuild itself.
fn finish(root: &Path, diagnostics: &mut Vec<Diagnostic>) {
    let (mut errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(diagnostics)
        .into_iter()
        .partition(Diagnostic::is_error);
    let sources = load::sources::SourceCache::for_diagnostics(root, &errors);
    diagnostics::resolve(&mut errors, &sources);
    diagnostics::sort(&mut errors);
    errors.extend(warnings);
    *diagnostics = errors;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_of_paths() {
        assert_eq!(stage_of(Path::new("site.yaml")), Stage::Everything);
        assert_eq!(
            stage_of(Path::new("content/taxonomies/domains.yaml")),
            Stage::Everything
        );
        assert_eq!(
            stage_of(Path::new("content/associations/a.md")),
            Stage::Content
        );
        assert_eq!(
            stage_of(Path::new("content/associations/sub")),
            Stage::Everything
        );
        assert_eq!(
            stage_of(Path::new("themes/default/templates/base.html")),
            Stage::Renderer
        );
        assert_eq!(stage_of(Path::new("i18n/ar/main.ftl")), Stage::Renderer);
        assert_eq!(stage_of(Path::new("public/index.html")), Stage::Nothing);
        assert_eq!(
            record_of(Path::new("content/news/sub/x.fr.md")),
            Some((Kind::News, "x".to_string()))
        );
    }
}
