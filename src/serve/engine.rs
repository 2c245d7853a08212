//! The incremental build behind `nassij serve`: the parsed files, the last
//! valid site and the output are kept between rebuilds. Each changed path
//! is mapped to the stages it invalidates:
//!
//! - `site.yaml` or a taxonomy: everything (parse, validate, render);
//! - a template, a static file or a `.ftl` file: the renderer is reloaded
//!   and every page rendered again, without parsing content again;
//! - a record: only its files are parsed again, the site is validated again
//!   (cheap), and only the pages that show the records touched are rendered
//!   again ([`crate::render::deps`]), with the search index, the exports and
//!   the section pages.
//!
//! The output after any sequence of changes is the output a full `build` of
//! the same tree would write (tests/serve.rs checks it file by file).

use crate::diagnostics::{self, Diagnostic};
use crate::load::{self, ParseCache};
use crate::model::Kind;
use crate::model::date::Today;
use crate::render::deps::{self, Affected};
use crate::render::{self, OutputFile, Renderer};
use crate::validate::{self, Site};
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, RwLock};
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

/// The outcome of one rebuild.
#[derive(Debug)]
pub struct Report {
    /// Errors (positions resolved, sorted), then warnings (unresolved).
    pub diagnostics: Vec<Diagnostic>,
    /// False when errors kept the previous output in place.
    pub ok: bool,
    /// "full", "renderer" or "content".
    pub scope: &'static str,
    /// Pages rendered (all languages), files changed and removed.
    pub rendered: usize,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
    pub elapsed: Duration,
    /// Time spent per stage: load, validate, render, apply (milliseconds).
    pub stages: Vec<(&'static str, u64)>,
}

impl Report {
    pub fn errors(&self) -> usize {
        diagnostics::counts(&self.diagnostics).0
    }
}

pub struct Engine {
    root: PathBuf,
    today: Today,
    options: validate::Options,
    cache: ParseCache,
    renderer: Option<Renderer>,
    /// The site the served output was rendered from.
    site: Option<Site>,
    output: Arc<RwLock<Files>>,
    page_paths: HashSet<String>,
    derived_paths: HashSet<String>,
    pending: Pending,
}

impl Engine {
    pub fn new(root: &Path, today: Today, drafts: bool) -> Engine {
        Engine {
            root: root.to_path_buf(),
            today,
            options: validate::Options { drafts },
            cache: ParseCache::default(),
            renderer: None,
            site: None,
            output: Arc::new(RwLock::new(Files::new())),
            page_paths: HashSet::new(),
            derived_paths: HashSet::new(),
            pending: Pending {
                everything: true,
                ..Pending::default()
            },
        }
    }

    /// The served output, shared with the HTTP server.
    pub fn output(&self) -> Arc<RwLock<Files>> {
        self.output.clone()
    }

    /// A copy of the output (tests).
    pub fn snapshot(&self) -> Files {
        self.output.read().map(|f| f.clone()).unwrap_or_default()
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

    pub fn has_pending(&self) -> bool {
        let p = &self.pending;
        p.everything || p.renderer || !p.content.is_empty()
    }

    /// Rebuilds what the noted changes invalidate. On errors the previous
    /// output stays served and the changes stay pending, so that the next
    /// rebuild (after the fix) covers them too.
    pub fn rebuild(&mut self) -> Report {
        let started = Instant::now();
        let everything = self.pending.everything || self.site.is_none();
        let scope = if everything {
            "full"
        } else if self.pending.renderer {
            "renderer"
        } else {
            "content"
        };
        if everything {
            self.cache.clear();
        }
        let mut stages = Vec::new();
        let mut lap = Instant::now();
        let mut stage = |name: &'static str| {
            stages.push((name, lap.elapsed().as_millis() as u64));
            lap = Instant::now();
        };
        let loaded = load::load_cached(&self.root, &mut self.cache, &self.pending.content);
        stage("load");
        let validated = validate::validate(loaded, &self.today, &self.options);
        stage("validate");
        let mut diagnostics = validated.diagnostics;
        let fail = |root: &Path, mut diagnostics: Vec<Diagnostic>| {
            finish(root, &mut diagnostics);
            Report {
                diagnostics,
                ok: false,
                scope,
                rendered: 0,
                changed: Vec::new(),
                removed: Vec::new(),
                elapsed: started.elapsed(),
                stages: Vec::new(),
            }
        };
        let Some(site) = validated.site else {
            return fail(&self.root, diagnostics);
        };
        if everything || self.pending.renderer || self.renderer.is_none() {
            self.renderer = None;
            match Renderer::load(&self.root, &site) {
                Ok(r) => self.renderer = Some(r),
                Err(mut d) => {
                    diagnostics.append(&mut d);
                    return fail(&self.root, diagnostics);
                }
            }
        }
        let Some(renderer) = self.renderer.as_ref() else {
            return fail(&self.root, diagnostics);
        };
        let langs: Vec<&str> = site.config.codes().collect();
        let all_pages = render::pages(&site);
        let page_paths: HashSet<String> = langs
            .iter()
            .flat_map(|l| {
                all_pages
                    .iter()
                    .map(|p| render::urls::file_of(&p.url(l, &site)))
            })
            .collect();
        let whole = everything || self.pending.renderer;
        let (files, rendered) = match (&self.site, whole) {
            (Some(old), false) => {
                let touched = touched(old, &site, self.cache.last_parsed());
                let pages = match deps::affected(old, &site, &touched) {
                    Affected::All => all_pages.clone(),
                    Affected::Pages(p) => p,
                };
                match render::render_pages(&site, renderer, &langs, &pages, &mut stage) {
                    Ok(files) => (files, pages.len() * langs.len()),
                    Err(mut d) => {
                        diagnostics.append(&mut d);
                        return fail(&self.root, diagnostics);
                    }
                }
            }
            _ => match render::render_site(&site, renderer) {
                Ok(files) => (files, all_pages.len() * langs.len()),
                Err(mut d) => {
                    diagnostics.append(&mut d);
                    return fail(&self.root, diagnostics);
                }
            },
        };
        stage("render");
        let (changed, removed) = self.apply(files, page_paths, whole);
        stage("apply");
        self.site = Some(site);
        self.pending = Pending::default();
        finish(&self.root, &mut diagnostics);
        Report {
            diagnostics,
            ok: true,
            scope,
            rendered,
            changed,
            removed,
            elapsed: started.elapsed(),
            stages,
        }
    }

    /// Puts the rendered files in the served output and removes the files
    /// that no longer exist: pages gone from the site, and derived files
    /// (exports, search shards, assets) not produced again.
    fn apply(
        &mut self,
        files: Vec<OutputFile>,
        page_paths: HashSet<String>,
        full: bool,
    ) -> (Vec<String>, Vec<String>) {
        let derived: HashSet<String> = files
            .iter()
            .filter(|f| !page_paths.contains(&f.path))
            .map(|f| f.path.clone())
            .collect();
        let mut removed: Vec<String> = Vec::new();
        let mut changed = Vec::new();
        let Ok(mut out) = self.output.write() else {
            return (changed, removed);
        };
        if full {
            let produced: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
            removed.extend(
                out.keys()
                    .filter(|k| !produced.contains(k.as_str()))
                    .cloned(),
            );
        } else {
            removed.extend(self.page_paths.difference(&page_paths).cloned());
            removed.extend(
                self.derived_paths
                    .iter()
                    .filter(|p| !derived.contains(*p) && !page_paths.contains(*p))
                    .cloned(),
            );
        }
        for path in &removed {
            out.remove(path);
        }
        for f in files {
            let same = out.get(&f.path).is_some_and(|b| **b == f.bytes);
            if !same {
                changed.push(f.path.clone());
                out.insert(f.path, Arc::new(f.bytes));
            }
        }
        removed.sort();
        changed.sort();
        self.page_paths = page_paths;
        self.derived_paths = derived;
        (changed, removed)
    }
}

/// Records touched between two sites: those whose files were parsed again,
/// and those that appeared or disappeared.
fn touched(old: &Site, new: &Site, parsed: &[PathBuf]) -> HashSet<(Kind, String)> {
    let mut touched: HashSet<(Kind, String)> = parsed.iter().filter_map(|p| record_of(p)).collect();
    for kind in Kind::ALL {
        let (Some(a), Some(b)) = (old.index.get(&kind), new.index.get(&kind)) else {
            continue;
        };
        for slug in a.keys().filter(|s| !b.contains_key(*s)) {
            touched.insert((kind, slug.clone()));
        }
        for slug in b.keys().filter(|s| !a.contains_key(*s)) {
            touched.insert((kind, slug.clone()));
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
