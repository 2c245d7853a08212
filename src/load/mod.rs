//! Load: walk `content/`, read and parse every file in parallel into typed
//! records. Every file that cannot be read or parsed becomes a diagnostic
//! with its position; nothing is skipped silently.

pub(crate) mod body;
pub mod cache;
mod files;
pub mod frontmatter;
mod hints;
pub mod sources;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Locus, Position, position_of_offset};
use crate::messages::Msg;
use crate::model::config::SiteConfig;
use crate::model::ids::{Slug, is_valid_slug, suggest_slug};
use crate::model::kinds::KindData;
use crate::model::records::{Association, Institution, News, Offer, Page, Programme, Results};
use crate::model::taxonomy::{Indicator, OrderedMap, Taxonomies, Term, Territories};
use crate::model::{Body, Kind, Record};
use crate::msg;
use body::body_facts;
pub use cache::CacheDir;
use cache::Store;
use files::{Files, Known};
use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use yaml::Hints;

/// No content file may be larger: it bounds memory and time for a file
/// that was committed by mistake (a video, a database dump).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// No Markdown body may be larger (the example site's longest is 9 KB).
/// Sanitizing builds a DOM of the rendered HTML, about 150 times the size
/// of dense Markdown, once per language and in parallel: a 4 MB body took
/// 1.4 GB. 1 MiB keeps that to a bounded, modest amount.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

pub(crate) const CONTENT_DIR: &str = "content";
pub(crate) const SITE_FILE: &str = "site.yaml";
const TAXONOMY_FILES: [&str; 4] = [
    "territories.yaml",
    "domains.yaml",
    "audiences.yaml",
    "indicators.yaml",
];

macro_rules! content {
    ($(($kind:ident, $data:ident, $field:ident)),*) => {
        /// Everything parsed from a site's files, before validation: the
        /// records of each kind ([`crate::with_kinds!`]), in file order.
        #[derive(Debug, Default)]
        pub struct Content {
            $(pub(crate) $field: Vec<Record<$data>>,)*
        }

        impl Content {
            /// Records per kind, and how many of them are drafts.
            pub fn counts(&self) -> Vec<(Kind, usize, usize)> {
                vec![$((
                    Kind::$kind,
                    self.$field.len(),
                    self.$field.iter().filter(|r| r.data.is_draft()).count(),
                )),*]
            }

            /// Every record's position in its kind's list, by kind and slug.
            fn positions(&self) -> HashMap<(Kind, &str), usize> {
                let mut out = HashMap::new();
                $(for (i, r) in self.$field.iter().enumerate() {
                    out.insert((Kind::$kind, r.slug.as_str()), i);
                })*
                out
            }

            /// Room for `n` more records of `kind` (a site's lists are
            /// large: growing them by doubling copies and zeroes memory).
            fn reserve(&mut self, kind: Kind, n: usize) {
                match kind {
                    $(Kind::$kind => self.$field.reserve(n),)*
                }
            }

            /// The body translations of record `i` of `kind`.
            fn translations_mut(&mut self, kind: Kind, i: usize) -> &mut BTreeMap<String, Body> {
                match kind {
                    $(Kind::$kind => &mut self.$field[i].translations,)*
                }
            }
        }

        /// One record file, parsed, of any kind.
        #[derive(Clone)]
        enum AnyRecord {
            $($kind(Record<$data>),)*
        }

        impl AnyRecord {
            /// Parses the record file `path` of `kind`.
            /// A record that parses after its faulty entries are left out
            /// comes with the errors of those entries.
            fn parse(root: &Path, kind: Kind, slug: &str, path: &Path, store: Option<&Store>, files: Option<&Files>) -> Result<(AnyRecord, Vec<Diagnostic>), Vec<Diagnostic>> {
                Ok(match kind {
                    $(Kind::$kind => {
                        let (r, errors) = parse_record(root, kind, slug, path, store, files)?;
                        (AnyRecord::$kind(r), errors)
                    })*
                })
            }

            /// Adds the record to its kind's list.
            fn add_to(self, content: &mut Content) {
                match self {
                    $(AnyRecord::$kind(r) => content.$field.push(r),)*
                }
            }
        }
    };
}

crate::with_kinds!(content);

/// The outcome of loading a site: what could be parsed, and a diagnostic
/// for every file that could not.
#[derive(Debug)]
pub struct Loaded {
    /// `None` when site.yaml itself could not be read or parsed.
    pub config: Option<SiteConfig>,
    /// `None` when a taxonomy file is missing or broken (references to it
    /// cannot be checked).
    pub taxonomies: Option<Taxonomies>,
    pub(crate) content: Content,
    /// Records whose file exists but could not be parsed: references to
    /// them are not reported again (their own error says what is wrong).
    pub unparsed: HashMap<Kind, HashSet<String>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// What a file under content/ is, from its place and name.
#[derive(Debug, Clone)]
enum Entry {
    Record {
        kind: Kind,
        slug: String,
        path: PathBuf,
    },
    Translation {
        kind: Kind,
        slug: String,
        lang: String,
        path: PathBuf,
    },
    Taxonomy {
        name: &'static str,
        path: PathBuf,
    },
}

#[derive(Clone)]
enum Parsed {
    /// Boxed: a record is several hundred bytes, the other variants few.
    /// With the errors of the entries left out to parse it (the record
    /// is validated too, so every mistake of a file shows in one run).
    Record(Box<AnyRecord>, Vec<Diagnostic>),
    Translation {
        kind: Kind,
        slug: String,
        lang: String,
        body: Body,
    },
    Territories(Territories),
    Domains(OrderedMap<Term>),
    Audiences(OrderedMap<Term>),
    Indicators(OrderedMap<Indicator>),
}

/// Reads and parses a whole site.
pub fn load(root: &Path) -> Loaded {
    load_with(root, |entries| {
        entries
            .par_iter()
            .map(|e| parse_entry(root, e, None, None))
            .collect()
    })
}

/// Like [`load`], with the parse cache in `cache` ([`cache`]): a record
/// file whose YAML is in the cache is not parsed again, and the cache is
/// brought up to date for the next load. The result is the same as
/// [`load`]'s, whatever the cache holds; a cache that cannot be read is
/// ignored and one that cannot be written is not an error.
pub fn load_with_cache(root: &Path, cache: &CacheDir) -> Loaded {
    load_with_cache_counted(root, cache).0
}

/// [`load_with_cache`], and how many record files came from the cache and
/// how many were parsed (and cached) anew.
pub fn load_with_cache_counted(root: &Path, cache: &CacheDir) -> (Loaded, (usize, usize)) {
    let store = Store::open(cache);
    let loaded = load_with(root, |entries| {
        entries
            .par_iter()
            .map(|e| parse_entry(root, e, Some(&store), None))
            .collect()
    });
    let counts = store.counts();
    let _ = store.save();
    (loaded, counts)
}

/// [`load_with_cache_counted`] for `check`, which reads only what
/// validation needs: a file unchanged since the last check that loaded
/// without a diagnostic is not read again ([`files`]); its record comes
/// from the parse cache and its bodies' facts from the file index, their
/// text unread ([`read_body`] reads it). Also counts the files not read.
pub fn load_for_check(root: &Path, cache: &CacheDir) -> (Loaded, (usize, usize, usize)) {
    load_for_check_at(root, cache, std::time::SystemTime::now())
}

/// [`load_for_check`] as if it began at `now` (tests: files older than
/// the racy delay without waiting for it).
fn load_for_check_at(
    root: &Path,
    cache: &CacheDir,
    now: std::time::SystemTime,
) -> (Loaded, (usize, usize, usize)) {
    let (loaded, (store, files)) = load_prepared(
        root,
        || {
            rayon::join(
                || Store::open(cache),
                || Files::open(&cache.0, &cache::tool(), now),
            )
        },
        |entries, (store, files)| {
            let parsed = entries
                .par_iter()
                .map(|e| parse_entry(root, e, Some(&store), Some(&files)))
                .collect();
            (parsed, (store, files))
        },
    );
    let (reused, parsed) = store.counts();
    let unread = files.hits();
    let _ = files.save(&cache::tool());
    let _ = store.save();
    (loaded, (reused, parsed, unread))
}

/// Reads the text of `body` when the load did not ([`load_for_check`]):
/// the body of a Markdown record (after its front matter) or a body
/// translation file. A file that cannot be read or split any more leaves
/// the body empty: the load said what it held, `check` only shows it.
pub fn read_body(root: &Path, body: &mut Body) {
    if body.read {
        return;
    }
    body.read = true;
    let Ok(text) = read_text(root, &body.file) else {
        return;
    };
    body.markdown = if body.offset == 0 {
        text
    } else {
        match frontmatter::split(&text) {
            Ok(split) => split.body.to_string(),
            Err(_) => String::new(),
        }
    };
}

/// The parsed files of a site kept between two loads (`nassij serve`), by
/// path relative to the root: a reload parses only the files it is told
/// changed and the files it has not seen, and reuses the others.
#[derive(Default)]
pub struct ParseCache {
    parsed: HashMap<PathBuf, Result<Parsed, Vec<Diagnostic>>>,
    /// The files parsed by the last load (changed or new).
    last_parsed: Vec<PathBuf>,
}

impl ParseCache {
    /// Forgets every parsed file (site.yaml changed: the languages, and so
    /// the meaning of file names, may have changed).
    pub fn clear(&mut self) {
        self.parsed.clear();
    }

    /// The files the last [`load_cached`] parsed (changed or not seen before).
    pub fn last_parsed(&self) -> &[PathBuf] {
        &self.last_parsed
    }

    /// How many files the cache holds.
    pub fn len(&self) -> usize {
        self.parsed.len()
    }

    /// True when the cache holds no file.
    pub fn is_empty(&self) -> bool {
        self.parsed.is_empty()
    }
}

/// Like [`load`], but reuses the records of `cache` for every file not in
/// `dirty` (paths relative to the root). The result is the same as a fresh
/// [`load`] of the same files.
pub fn load_cached(root: &Path, cache: &mut ParseCache, dirty: &HashSet<PathBuf>) -> Loaded {
    load_with(root, |entries| {
        let fresh: Vec<(usize, Result<Parsed, Vec<Diagnostic>>)> = entries
            .par_iter()
            .enumerate()
            .filter(|(_, e)| {
                let path = e.path();
                dirty.contains(path) || !cache.parsed.contains_key(path)
            })
            .map(|(i, e)| (i, parse_entry(root, e, None, None)))
            .collect();
        cache.last_parsed = fresh
            .iter()
            .map(|(i, _)| entries[*i].path().to_path_buf())
            .collect();
        for (i, parsed) in fresh {
            cache.parsed.insert(entries[i].path().to_path_buf(), parsed);
        }
        let live: HashSet<&Path> = entries.iter().map(Entry::path).collect();
        cache.parsed.retain(|p, _| live.contains(p.as_path()));
        entries
            .par_iter()
            .map(|e| match cache.parsed.get(e.path()) {
                Some(parsed) => parsed.clone(),
                None => parse_entry(root, e, None, None),
            })
            .collect()
    })
}

/// Parses one record's files alone: `file` (`content/KIND/…/SLUG.EXT`) and
/// the body translations given with it, against the site's configuration,
/// by the same code and rules as a whole [`load`] (file names, languages,
/// front matter, fields). `serve` parses an edited record with it. The
/// taxonomies are not needed: references are checked by validation. The
/// result holds that record alone, or every diagnostic its files raise.
pub fn load_record(
    root: &Path,
    config: &SiteConfig,
    file: &Path,
    translations: &[PathBuf],
) -> Result<Content, Vec<Diagnostic>> {
    let languages: Vec<String> = config.codes().map(|l| l.to_string()).collect();
    let mut diagnostics = Vec::new();
    let mut entries = Vec::new();
    for rel in std::iter::once(file).chain(translations.iter().map(PathBuf::as_path)) {
        let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
        let kind = match (parts.next().as_deref(), parts.next()) {
            (Some(CONTENT_DIR), Some(folder)) => Kind::from_folder(&folder),
            _ => None,
        };
        let (Some(kind), Some(name)) = (kind, rel.file_name()) else {
            diagnostics.push(Diagnostic::error(
                "stray-file",
                rel,
                Locus::File,
                msg!("stray-file--not-in-kind", file = rel),
            ));
            continue;
        };
        if std::fs::symlink_metadata(root.join(rel)).is_ok_and(|m| m.file_type().is_symlink()) {
            diagnostics.push(
                Diagnostic::error("symlink", rel, Locus::File, Msg::plain("symlink"))
                    .with_help(Msg::plain("symlink--help")),
            );
            continue;
        }
        let name = name.to_string_lossy();
        if let Some(entry) = classify(
            kind,
            &name,
            rel.to_path_buf(),
            Some(&languages),
            Some(config.default_language.as_str()),
            &mut diagnostics,
        ) {
            entries.push(entry);
        }
    }
    let parsed = entries
        .iter()
        .map(|e| parse_entry(root, e, None, None))
        .collect();
    let Gathered { content, .. } = gather(&entries, parsed, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(content)
    } else {
        Err(diagnostics)
    }
}

impl Entry {
    fn path(&self) -> &Path {
        match self {
            Entry::Record { path, .. }
            | Entry::Translation { path, .. }
            | Entry::Taxonomy { path, .. } => path,
        }
    }
}

/// What parsed files give: the records with their body translations
/// attached, the records that did not parse, the taxonomies.
struct Gathered {
    content: Content,
    unparsed: HashMap<Kind, HashSet<String>>,
    territories: Option<Territories>,
    domains: Option<OrderedMap<Term>>,
    audiences: Option<OrderedMap<Term>>,
    indicators: Option<OrderedMap<Indicator>>,
}

/// Sorts the results of parsing `entries` (one each, in order) into what
/// they give; a file that did not parse adds its diagnostic.
fn gather(
    entries: &[Entry],
    parsed: Vec<Result<Parsed, Vec<Diagnostic>>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Gathered {
    let mut unparsed: HashMap<Kind, HashSet<String>> = HashMap::new();
    for (entry, result) in entries.iter().zip(&parsed) {
        if let (Entry::Record { kind, slug, .. }, Err(_)) = (entry, result) {
            unparsed.entry(*kind).or_default().insert(slug.clone());
        }
    }
    let mut g = Gathered {
        content: Content::default(),
        unparsed,
        territories: None,
        domains: None,
        audiences: None,
        indicators: None,
    };
    let mut per_kind: HashMap<Kind, usize> = HashMap::new();
    for entry in entries {
        if let Entry::Record { kind, .. } = entry {
            *per_kind.entry(*kind).or_default() += 1;
        }
    }
    for (kind, n) in per_kind {
        g.content.reserve(kind, n);
    }
    let mut translations = Vec::new();
    for p in parsed {
        match p {
            Err(d) => diagnostics.extend(d),
            Ok(Parsed::Record(r, errors)) => {
                diagnostics.extend(errors);
                r.add_to(&mut g.content);
            }
            Ok(Parsed::Translation {
                kind,
                slug,
                lang,
                body,
            }) => translations.push((kind, slug, lang, body)),
            Ok(Parsed::Territories(t)) => g.territories = Some(t),
            Ok(Parsed::Domains(t)) => g.domains = Some(t),
            Ok(Parsed::Audiences(t)) => g.audiences = Some(t),
            Ok(Parsed::Indicators(t)) => g.indicators = Some(t),
        }
    }
    attach_translations(&mut g.content, translations, &g.unparsed, diagnostics);
    g
}

fn load_with(
    root: &Path,
    parse: impl FnOnce(&[Entry]) -> Vec<Result<Parsed, Vec<Diagnostic>>>,
) -> Loaded {
    load_prepared(root, || (), |entries, ()| (parse(entries), ())).0
}

/// [`load_with`], with `prepare` run while the content folder is walked
/// (opening caches) and its result given to `parse`, which may give back
/// something besides the parsed files (the caches).
fn load_prepared<P: Send, R>(
    root: &Path,
    prepare: impl FnOnce() -> P + Send,
    parse: impl FnOnce(&[Entry], P) -> (Vec<Result<Parsed, Vec<Diagnostic>>>, R),
) -> (Loaded, R) {
    let ((config, entries, mut diagnostics), prepared) = rayon::join(
        || {
            let mut diagnostics = Vec::new();
            let config = load_config(root, &mut diagnostics);
            let languages: Option<Vec<String>> = config
                .as_ref()
                .map(|c| c.codes().map(|l| l.to_string()).collect());
            let default = config.as_ref().map(|c| c.default_language.to_string());
            let entries = walk(
                root,
                languages.as_deref(),
                default.as_deref(),
                &mut diagnostics,
            );
            (config, entries, diagnostics)
        },
        prepare,
    );

    let (parsed, given) = parse(&entries, prepared);
    let Gathered {
        content,
        unparsed,
        territories,
        domains,
        audiences,
        indicators,
    } = gather(&entries, parsed, &mut diagnostics);

    for (name, present) in TAXONOMY_FILES.iter().zip([
        territories.is_some(),
        domains.is_some(),
        audiences.is_some(),
        indicators.is_some(),
    ]) {
        let path = Path::new(CONTENT_DIR).join("taxonomies").join(name);
        if !present && !root.join(&path).exists() {
            diagnostics.push(
                Diagnostic::error(
                    "missing-taxonomy",
                    &path,
                    Locus::File,
                    msg!("missing-taxonomy", file = &path),
                )
                .with_help(Msg::plain("missing-taxonomy--help")),
            );
        }
    }
    let taxonomies = match (territories, domains, audiences, indicators) {
        (Some(t), Some(d), Some(a), Some(i)) => Some(Taxonomies {
            regions: t.regions,
            domains: d,
            audiences: a,
            indicators: i,
        }),
        _ => None,
    };
    let loaded = Loaded {
        config,
        taxonomies,
        content,
        unparsed,
        diagnostics,
    };
    (loaded, given)
}

/// The site's `site.yaml` alone, or every problem that prevents reading it.
pub fn site_config(root: &Path) -> Result<SiteConfig, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    load_config(root, &mut diagnostics).ok_or(diagnostics)
}

fn load_config(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<SiteConfig> {
    let path = Path::new(SITE_FILE);
    let full = root.join(path);
    if !full.is_file() {
        diagnostics.push(
            Diagnostic::error(
                "missing-site-file",
                path,
                Locus::File,
                msg!("missing-site-file", folder = root),
            )
            .with_help(Msg::plain("missing-site-file--help")),
        );
        return None;
    }
    let text = read_text(root, path)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    whole(parse_yaml::<SiteConfig>(path, &text, 0, &Hints::default()))
        .map_err(|d| diagnostics.extend(d))
        .ok()
}

/// Lists every file of content/, classifying it by folder and name. Files
/// that cannot be content (bad names, wrong extensions, links, stray files)
/// are reported here.
///
/// The order is a depth-first walk with each folder's names sorted. A
/// national site keeps 400,000 files in one folder: walkdir's sorting asks
/// each entry's file name from its path at each comparison, so the folders
/// are read unsorted and the whole list is sorted once by path (component
/// by component: the same order), then classified in parallel.
fn walk(
    root: &Path,
    languages: Option<&[String]>,
    default: Option<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Entry> {
    let content = root.join(CONTENT_DIR);
    let mut entries = Vec::new();
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::error(
                "missing-content",
                CONTENT_DIR,
                Locus::File,
                Msg::plain("missing-content"),
            )
            .with_help(Msg::plain("missing-content--help")),
        );
        return entries;
    }
    let walker = walkdir::WalkDir::new(&content)
        .follow_links(false)
        .min_depth(1);
    // An error reading a folder comes right after the folder itself, as
    // walkdir gives it; an error without a path, last.
    let mut items: Vec<walkdir::Result<walkdir::DirEntry>> = walker.into_iter().collect();
    // Paths are unique: without errors, an unstable sort gives the same order.
    if items.iter().all(|i| i.is_ok()) {
        // Below `content/`, a walk's paths have no empty, `.` or `..`
        // component (checked once here, not at every comparison), so their
        // bytes give their order ([`path_order`]).
        let plain = std::path::MAIN_SEPARATOR == '/'
            && items.par_iter().all(|i| {
                i.as_ref().is_ok_and(|e| {
                    e.path()
                        .strip_prefix(&content)
                        .is_ok_and(|rel| is_plain(rel.as_os_str().as_encoded_bytes()))
                })
            });

        if plain {
            items.par_sort_unstable_by(|a, b| byte_order(entry_bytes(a), entry_bytes(b)));
        } else {
            items.par_sort_unstable_by(|a, b| match (a, b) {
                (Ok(x), Ok(y)) => path_order(x.path(), y.path()),
                _ => std::cmp::Ordering::Equal,
            });
        }
    } else {
        items.par_sort_by(|a, b| {
            let key = |i: &walkdir::Result<walkdir::DirEntry>| match i {
                Ok(e) => (Some(e.path().to_path_buf()), false),
                Err(e) => (e.path().map(Path::to_path_buf), true),
            };
            match (a, b) {
                (Ok(x), Ok(y)) => path_order(x.path(), y.path()),
                _ => {
                    let (ka, kb) = (key(a), key(b));
                    (ka.0.is_none(), ka).cmp(&(kb.0.is_none(), kb))
                }
            }
        });
    }
    let visited: Vec<(Option<Entry>, Vec<Diagnostic>)> = items
        .into_par_iter()
        .map(|item| visit(root, item, languages, default))
        .collect();
    for (entry, found) in visited {
        entries.extend(entry);
        diagnostics.extend(found);
    }
    entries
}

/// The order of [`Path`]s (component by component), faster: past the
/// components two paths share, comparing their bytes with the separator
/// taken as the smallest byte gives the same order when what follows has
/// no empty, `.` or `..` component (the paths of a walk). Other paths are
/// compared as paths.
fn path_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    let (x, y) = (
        a.as_os_str().as_encoded_bytes(),
        b.as_os_str().as_encoded_bytes(),
    );
    let common = first_difference(x, y);
    let start = memchr::memrchr(b'/', &x[..common]).map_or(0, |i| i + 1);
    if std::path::MAIN_SEPARATOR != '/' || !is_plain(&x[start..]) || !is_plain(&y[start..]) {
        return a.cmp(b);
    }
    byte_order(x, y)
}

/// The bytes of the path of a walk's item (none for an error).
fn entry_bytes(item: &walkdir::Result<walkdir::DirEntry>) -> &[u8] {
    item.as_ref()
        .map_or(&[], |e| e.path().as_os_str().as_encoded_bytes())
}

/// Whether the path `p` (bytes, `/` separators) has no empty, `.` or
/// `..` component.
fn is_plain(p: &[u8]) -> bool {
    p.split(|&c| c == b'/')
        .all(|part| !part.is_empty() && part != b"." && part != b"..")
}

/// The order of two paths' bytes with the separator taken as the smallest
/// byte: [`path_order`] for paths whose components past those they share
/// are plain ([`is_plain`]).
fn byte_order(x: &[u8], y: &[u8]) -> std::cmp::Ordering {
    let common = first_difference(x, y);
    let rank = |p: &[u8]| match p.get(common) {
        None => 0u16,
        Some(b'/') => 1,
        Some(&c) => u16::from(c) + 2,
    };
    rank(x).cmp(&rank(y))
}

/// The length of the longest common beginning of `x` and `y`, compared
/// eight bytes at a time: the paths of a walk share their first tens of
/// bytes (`content/associations/` and more), and sorting 440,000 of them
/// compares some eight million pairs.
fn first_difference(x: &[u8], y: &[u8]) -> usize {
    let n = x.len().min(y.len());
    let mut i = 0;
    while i + 8 <= n {
        let word = |s: &[u8]| u64::from_le_bytes(s[i..i + 8].try_into().unwrap_or_default());
        let diff = word(x) ^ word(y);
        if diff != 0 {
            return i + (diff.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + x[i..n]
        .iter()
        .zip(&y[i..n])
        .take_while(|(p, q)| p == q)
        .count()
}

/// One item of the walk of content/: the entry it is, or the problem it
/// raises, or neither (folders, hidden files, the editors' guide).
fn visit(
    root: &Path,
    item: walkdir::Result<walkdir::DirEntry>,
    languages: Option<&[String]>,
    default: Option<&str>,
) -> (Option<Entry>, Vec<Diagnostic>) {
    let item = match item {
        Ok(item) => item,
        Err(e) => {
            let path = e
                .path()
                .map(|p| relative(root, p))
                .unwrap_or_else(|| PathBuf::from(CONTENT_DIR));
            let d = Diagnostic::error(
                "unreadable",
                path,
                Locus::File,
                msg!("unreadable--folder", reason = e.to_string()),
            )
            .with_help(Msg::plain("unreadable--help"));
            return (None, vec![d]);
        }
    };
    let rel = relative(root, item.path());
    let name = item.file_name().to_string_lossy().to_string();
    if name.starts_with('.') {
        return (None, Vec::new()); // .gitkeep, .DS_Store, editor swap files
    }
    if item.path_is_symlink() {
        let d = Diagnostic::error("symlink", &rel, Locus::File, Msg::plain("symlink"))
            .with_help(Msg::plain("symlink--help"));
        return (None, vec![d]);
    }
    let components: Vec<String> = rel
        .components()
        .skip(1)
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect();
    let Some(top) = components.first() else {
        return (None, Vec::new());
    };
    if item.file_type().is_dir() {
        if components.len() == 1 && top != "taxonomies" && Kind::from_folder(top).is_none() {
            let d = Diagnostic::error(
                "unknown-folder",
                &rel,
                Locus::File,
                msg!("unknown-folder", folder = top.as_str()),
            )
            .with_help(folder_hint(top));
            return (None, vec![d]);
        }
        return (None, Vec::new());
    }
    if components.len() == 1 && is_guide(&name) {
        return (None, Vec::new()); // the editors' guide, shown by code hosts in the folder view
    }
    if components.len() == 1 {
        let d = Diagnostic::error(
            "stray-file",
            &rel,
            Locus::File,
            msg!("stray-file", file = name.as_str()),
        )
        .with_help(Msg::plain("stray-file--help"));
        return (None, vec![d]);
    }
    if top == "taxonomies" {
        return match TAXONOMY_FILES.iter().find(|t| **t == name) {
            Some(t) if components.len() == 2 => {
                (Some(Entry::Taxonomy { name: t, path: rel }), Vec::new())
            }
            _ => {
                let d = Diagnostic::error(
                    "unknown-taxonomy",
                    &rel,
                    Locus::File,
                    msg!("unknown-taxonomy", file = name.as_str()),
                )
                .with_help(Msg::plain("unknown-taxonomy--help"));
                (None, vec![d])
            }
        };
    }
    let Some(kind) = Kind::from_folder(top) else {
        return (None, Vec::new());
    };
    let mut found = Vec::new();
    let entry = classify(kind, &name, rel, languages, default, &mut found);
    (entry, found)
}

/// `content/README.md` (and `README.LANG.md`) is the editors' guide, not a
/// record.
fn is_guide(name: &str) -> bool {
    name.starts_with("README") && name.ends_with(".md")
}

fn folder_hint(found: &str) -> Msg {
    let names: Vec<&str> = Kind::ALL
        .iter()
        .map(|k| k.folder())
        .chain(["taxonomies"])
        .collect();
    match crate::diagnostics::nearest(found, names.iter().copied()) {
        Some(n) => msg!("unknown-folder--nearest", folder = n),
        None => msg!("unknown-folder--list", folders = names),
    }
}

/// Classifies `name` inside a kind's folder: `slug.md`/`slug.yaml`, or a
/// body translation `slug.LANG.md`.
fn classify(
    kind: Kind,
    name: &str,
    rel: PathBuf,
    languages: Option<&[String]>,
    default: Option<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let expected = if kind.is_markdown() { "md" } else { "yaml" };
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    if ext != expected {
        let base = stem.split('.').next().unwrap_or(stem);
        let help = if ext == "yml" {
            msg!("bad-extension--yml", name = format!("{stem}.yaml"))
        } else if kind.is_markdown() {
            msg!(
                "bad-extension--markdown",
                folder = kind.folder(),
                name = format!("{base}.md")
            )
        } else {
            msg!(
                "bad-extension--yaml",
                folder = kind.folder(),
                name = format!("{base}.yaml")
            )
        };
        diagnostics.push(
            Diagnostic::error(
                "bad-extension",
                &rel,
                Locus::File,
                msg!("bad-extension", file = name, folder = kind.folder()),
            )
            .with_help(help),
        );
        return None;
    }
    let (slug, lang) = match stem.rsplit_once('.') {
        Some((slug, lang)) if kind.is_markdown() => (slug, Some(lang)),
        _ => (stem, None),
    };
    if !is_valid_slug(slug) {
        let suggestion = suggest_slug(slug);
        let help = if suggestion.is_empty() {
            // A name in Arabic or Tifinagh script: no letter to keep.
            Msg::plain("bad-file-name--latin")
        } else {
            match lang {
                Some(l) => msg!(
                    "bad-file-name--rename",
                    name = format!("{suggestion}.{l}.{ext}")
                ),
                None => msg!(
                    "bad-file-name--rename",
                    name = format!("{suggestion}.{ext}")
                ),
            }
        };
        diagnostics.push(
            Diagnostic::error(
                "bad-file-name",
                &rel,
                Locus::File,
                msg!("bad-file-name", name = name),
            )
            .with_help(help),
        );
        return None;
    }
    match lang {
        None => Some(Entry::Record {
            kind,
            slug: slug.to_string(),
            path: rel,
        }),
        Some(lang) => {
            if let (Some(langs), Some(default)) = (languages, default) {
                if lang == default {
                    diagnostics.push(
                        Diagnostic::error(
                            "default-language-translation",
                            &rel,
                            Locus::File,
                            msg!("default-language-translation", name = name, lang = lang),
                        )
                        .with_help(msg!(
                            "default-language-translation--help",
                            file = format!("{slug}.md")
                        )),
                    );
                    return None;
                }
                if !langs.iter().any(|l| l == lang) {
                    let hint = crate::diagnostics::nearest(lang, langs.iter().map(String::as_str))
                        .map(|n| {
                            msg!(
                                "unknown-language--nearest",
                                name = format!("{slug}.{n}.md"),
                                languages = langs.to_vec()
                            )
                        })
                        .unwrap_or_else(|| {
                            msg!("unknown-language--list", languages = langs.to_vec())
                        });
                    diagnostics.push(
                        Diagnostic::error(
                            "unknown-language",
                            &rel,
                            Locus::File,
                            msg!("unknown-language--file", lang = lang, name = name),
                        )
                        .with_help(hint),
                    );
                    return None;
                }
            }
            Some(Entry::Translation {
                kind,
                slug: slug.to_string(),
                lang: lang.to_string(),
                path: rel,
            })
        }
    }
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Reads and decodes a file, refusing oversized ones before reading.
/// A site has hundreds of thousands of files: this takes four system calls
/// a file (open, the size of the open file, one read, close).
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    read_text_meta(root, rel).map(|(text, _)| text)
}

/// [`read_text`], and the status of the file when it was opened.
fn read_text_meta(root: &Path, rel: &Path) -> Result<(String, std::fs::Metadata), Diagnostic> {
    use std::io::Read;
    let full = root.join(rel);
    let mut file = std::fs::File::open(&full).map_err(|e| io_error(rel, &e))?;
    let meta = file.metadata().map_err(|e| io_error(rel, &e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            "file-too-large",
            rel,
            Locus::File,
            msg!("file-too-large", bytes = meta.len(), limit = MAX_FILE_BYTES),
        )
        .with_help(Msg::plain("file-too-large--help")));
    }
    // The size the file had when opened: reading stops there, without a
    // last read to find the end.
    let size = meta.len() as usize;
    let mut bytes = vec![0; size];
    let mut filled = 0;
    while filled < size {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(rel, &e)),
        }
    }
    bytes.truncate(filled);
    if size == 0 {
        // A size of 0 may be a file whose size the system does not know.
        (&mut file)
            .take(MAX_FILE_BYTES)
            .read_to_end(&mut bytes)
            .map_err(|e| io_error(rel, &e))?;
    }
    let text = frontmatter::decode(bytes).map_err(|e| {
        Diagnostic::error("bad-encoding", rel, Locus::At(e.position), e.message).with_help(e.help)
    })?;
    Ok((text, meta))
}

fn io_error(rel: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "unreadable",
        rel,
        Locus::File,
        msg!("unreadable", reason = e.to_string()),
    )
    .with_help(Msg::plain("unreadable--file-help"))
}

/// Parses YAML whose first line is line `1 + line_offset` of the file:
/// the value when it parses once the faulty entries are left out, and the
/// errors of every faulty entry.
fn parse_yaml<T: DeserializeOwned>(
    rel: &Path,
    yaml: &str,
    line_offset: usize,
    hints: &Hints,
) -> (Option<T>, Vec<Diagnostic>) {
    if yaml.trim().is_empty() {
        let d = Diagnostic::error(
            "empty-record",
            rel,
            Locus::At(Position {
                line: 1 + line_offset,
                column: 1,
            }),
            Msg::plain("empty-record"),
        )
        .with_help(Msg::plain("empty-record--help"));
        return (None, vec![d]);
    }
    let (value, errors) = yaml::parse_all::<T>(yaml, hints);
    let diagnostics = errors
        .into_iter()
        .map(|e| {
            let position = e.position.map_or(
                Position {
                    line: 1 + line_offset,
                    column: 1,
                },
                |p| Position {
                    line: p.line + line_offset,
                    column: p.column,
                },
            );
            let mut d = Diagnostic::error(e.code, rel, Locus::At(position), e.message);
            d.covers = e.covers;
            d.length = e.length;
            d.alias = e.alias;
            match e.help {
                Some(h) => d.with_help(h),
                None => d,
            }
        })
        .collect();
    (value, diagnostics)
}

/// A value only when it parsed without any error (configuration and
/// taxonomies: a partial one would hide its mistakes behind others).
fn whole<T>((value, errors): (Option<T>, Vec<Diagnostic>)) -> Result<T, Vec<Diagnostic>> {
    match value {
        Some(v) if errors.is_empty() => Ok(v),
        _ => Err(errors),
    }
}

fn check_body_size(rel: &Path, body: &str, at: Position) -> Result<(), Diagnostic> {
    if body.len() <= MAX_BODY_BYTES {
        return Ok(());
    }
    Err(Diagnostic::error(
        "body-too-large",
        rel,
        Locus::At(at),
        msg!("body-too-large", bytes = body.len(), limit = MAX_BODY_BYTES),
    )
    .with_help(Msg::plain("body-too-large--help")))
}

/// [`parse_yaml`] through the parse cache: a value that parsed without any
/// diagnostic is kept, and found again for the same kind and text.
fn parse_yaml_cached<T: DeserializeOwned + Serialize>(
    store: Option<(&Store, cache::Key)>,
    rel: &Path,
    yaml: &str,
    line_offset: usize,
    hints: &Hints,
) -> (Option<T>, Vec<Diagnostic>) {
    let Some((store, key)) = store else {
        return parse_yaml(rel, yaml, line_offset, hints);
    };
    if let Some(value) = store.get(&key) {
        return (Some(value), Vec::new());
    }
    let (value, errors) = parse_yaml(rel, yaml, line_offset, hints);
    if let (Some(v), true) = (&value, errors.is_empty()) {
        store.put(key, v);
    }
    (value, errors)
}

fn parse_record<T: DeserializeOwned + Serialize>(
    root: &Path,
    kind: Kind,
    slug: &str,
    rel: &Path,
    store: Option<&Store>,
    files: Option<&Files>,
) -> Result<(Record<T>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let record = |data: T, body: Option<Body>| Record {
        slug: Slug(slug.to_string()),
        file: rel.to_path_buf(),
        data,
        body,
        translations: BTreeMap::new(),
    };
    let both = store.zip(files);
    if let Some((store, files)) = both {
        if let Some(hit) = files.known(root, rel) {
            if let Known::Record { yaml, body } = &hit.known {
                if let Some(data) = store.get::<T>(&cache::Key(*yaml)) {
                    files.keep(&hit);
                    let body = body.as_ref().map(|(offset, facts)| Body {
                        file: rel.to_path_buf(),
                        markdown: String::new(),
                        offset: *offset,
                        facts: facts.clone(),
                        read: false,
                    });
                    return Ok((record(data, body), Vec::new()));
                }
            }
        }
    }
    let (text, meta) = read_text_meta(root, rel).map_err(|d| vec![d])?;
    let hints = Hints {
        folder: Some(kind.folder()),
    };
    let (yaml, line_offset, body) = if kind.is_markdown() {
        let split = frontmatter::split(&text).map_err(|e| {
            vec![
                Diagnostic::error("front-matter", rel, Locus::At(e.position), e.message)
                    .with_help(e.help),
            ]
        })?;
        check_body_size(
            rel,
            split.body,
            position_of_offset(&text, split.body_offset),
        )
        .map_err(|d| vec![d])?;
        let body = Body {
            file: rel.to_path_buf(),
            markdown: split.body.to_string(),
            offset: split.body_offset,
            facts: body_facts(split.body),
            read: true,
        };
        (split.yaml, 1, Some(body))
    } else {
        (text.as_str(), 0, None)
    };
    let key = store.map(|s| (s, cache::Key::of(kind, yaml)));
    let (data, errors) = parse_yaml_cached::<T>(key, rel, yaml, line_offset, &hints);
    let Some(data) = data else {
        return Err(errors);
    };
    if let (Some(files), Some((_, key)), true) = (files, key, errors.is_empty()) {
        let body = body.as_ref().map(|b| (b.offset, b.facts.clone()));
        files.remember(rel, &meta, Known::Record { yaml: key.0, body });
    }
    Ok((record(data, body), errors))
}

fn parse_entry(
    root: &Path,
    entry: &Entry,
    store: Option<&Store>,
    files: Option<&Files>,
) -> Result<Parsed, Vec<Diagnostic>> {
    match entry {
        Entry::Record { kind, slug, path } => {
            let (record, errors) = AnyRecord::parse(root, *kind, slug, path, store, files)?;
            Ok(Parsed::Record(Box::new(record), errors))
        }
        Entry::Translation {
            kind,
            slug,
            lang,
            path,
        } => {
            let translation = |body: Body| Parsed::Translation {
                kind: *kind,
                slug: slug.clone(),
                lang: lang.clone(),
                body,
            };
            if let Some(files) = files {
                if let Some(hit) = files.known(root, path) {
                    if let Known::Translation(facts) = &hit.known {
                        files.keep(&hit);
                        return Ok(translation(Body {
                            file: path.clone(),
                            markdown: String::new(),
                            offset: 0,
                            facts: facts.clone(),
                            read: false,
                        }));
                    }
                }
            }
            let (text, meta) = read_text_meta(root, path).map_err(|d| vec![d])?;
            if text.starts_with("---") && frontmatter::split(&text).is_ok() {
                return Err(vec![
                    Diagnostic::error(
                        "front-matter-in-translation",
                        path,
                        Locus::At(Position { line: 1, column: 1 }),
                        Msg::plain("front-matter-in-translation"),
                    )
                    .with_help(msg!(
                        "front-matter-in-translation--help",
                        file = format!("{slug}.md"),
                        lang = lang.as_str()
                    )),
                ]);
            }
            check_body_size(path, &text, Position { line: 1, column: 1 }).map_err(|d| vec![d])?;
            let facts = body_facts(&text);
            if let Some(files) = files {
                files.remember(path, &meta, Known::Translation(facts.clone()));
            }
            Ok(translation(Body {
                file: path.clone(),
                markdown: text,
                offset: 0,
                facts,
                read: true,
            }))
        }
        Entry::Taxonomy { name, path } => {
            let text = read_text(root, path).map_err(|d| vec![d])?;
            let hints = Hints::default();
            Ok(match *name {
                "territories.yaml" => {
                    Parsed::Territories(whole(parse_yaml(path, &text, 0, &hints))?)
                }
                "domains.yaml" => Parsed::Domains(whole(parse_yaml(path, &text, 0, &hints))?),
                "audiences.yaml" => Parsed::Audiences(whole(parse_yaml(path, &text, 0, &hints))?),
                _ => Parsed::Indicators(whole(parse_yaml(path, &text, 0, &hints))?),
            })
        }
    }
}

/// Gives each body translation to its record; a translation whose record
/// does not exist is an error.
fn attach_translations(
    content: &mut Content,
    translations: Vec<(Kind, String, String, Body)>,
    unparsed: &HashMap<Kind, HashSet<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let positions: HashMap<(Kind, String), usize> = content
        .positions()
        .into_iter()
        .map(|((kind, slug), i)| ((kind, slug.to_string()), i))
        .collect();
    for (kind, slug, lang, body) in translations {
        let Some(&i) = positions.get(&(kind, slug.clone())) else {
            if unparsed.get(&kind).is_some_and(|s| s.contains(&slug)) {
                continue;
            }
            let file = body.file.clone();
            diagnostics.push(
                Diagnostic::error(
                    "orphan-translation",
                    &file,
                    Locus::File,
                    msg!("orphan-translation", file = &file),
                )
                .with_help(msg!(
                    "orphan-translation--help",
                    file = format!("content/{}/{slug}.md", kind.folder())
                )),
            );
            continue;
        };
        content.translations_mut(kind, i).insert(lang, body);
    }
}

#[cfg(test)]
mod cache_tests {
    use super::cache::CacheDir;
    use std::path::Path;
    use std::time::{Duration, SystemTime};

    fn copy_tree(from: &Path, to: &Path) {
        for e in walkdir::WalkDir::new(from) {
            let e = e.unwrap();
            let target = to.join(e.path().strip_prefix(from).unwrap());
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(e.path(), &target).unwrap();
            }
        }
    }

    /// What a load gives, bodies aside (their text, unread or not), and
    /// the bodies' facts, which stand for the text in validation.
    fn shown(loaded: &super::Loaded) -> (String, String) {
        let mut content = format!("{:?}", loaded.content);
        // `markdown: "…", offset: N, facts: …, read: B` -> the facts alone.
        let mut out = String::new();
        while let Some(i) = content.find("markdown: \"") {
            out.push_str(&content[..i]);
            let rest = &content[i..];
            let end = rest.find(", offset: ").unwrap();
            content = rest[end..].to_string();
        }
        out.push_str(&content);
        let out = out.replace(", read: true", "").replace(", read: false", "");
        (out, format!("{:?}", loaded.diagnostics))
    }

    /// A copy of the valid fixture, and the cache folder in it.
    fn valid_fixture_copy() -> (tempfile::TempDir, CacheDir) {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = tempfile::tempdir().unwrap();
        copy_tree(&repo.join("tests/fixtures/valid"), site.path());
        let cache = CacheDir(site.path().join(".nassij-cache"));
        (site, cache)
    }

    /// `check`'s load reads again only the files changed since the last
    /// one, and gives what a plain load gives (bodies' text aside), after
    /// an edit of the same length in the same second, a file removed and
    /// a file added.
    #[test]
    fn check_reads_again_only_the_files_that_changed() {
        let (site, cache) = valid_fixture_copy();
        let root = site.path();
        let later = SystemTime::now() + Duration::from_secs(60);
        let same = |label: &str, unread: usize| {
            let plain = super::load(root);
            let (checked, (_, _, n)) = super::load_for_check_at(root, &cache, later);
            assert_eq!(shown(&checked), shown(&plain), "{label}");
            assert_eq!(n, unread, "{label}: files not read");
            checked
        };
        let files = walkdir::WalkDir::new(root.join("content"))
            .into_iter()
            .filter(|e| e.as_ref().unwrap().file_type().is_file())
            .count();
        // Cold, then warm: every file (taxonomies aside) known.
        same("cold", 0);
        let taxonomies = 4;
        same("warm", files - taxonomies);
        // The same length, at once: its stamp changes (time or change time).
        let about = root.join("content/pages/about.fr.md");
        let text = std::fs::read_to_string(&about).unwrap();
        let edited = text.replace(
            "Voir [Tifawin](@/associations/tifawin)",
            "Voir [Tifawin](@/associations/tifawim)",
        );
        assert_eq!(edited.len(), text.len());
        std::fs::write(&about, &edited).unwrap();
        let loaded = same("edited", files - taxonomies - 1);
        let about = loaded
            .content
            .pages
            .iter()
            .find(|p| p.slug.as_str() == "about")
            .unwrap();
        assert!(
            about.translations["fr"].facts.links[0]
                .1
                .ends_with("tifawim")
        );
        // Removed, added.
        std::fs::remove_file(root.join("content/associations/tifawin.zgh.md")).unwrap();
        std::fs::write(
            root.join("content/news/lancement.zgh.md"),
            "ⴰⵣⵓⵍ. Texte de la page en arabe ici.\n",
        )
        .unwrap();
        let loaded = same("removed and added", files - taxonomies - 1);
        let news = &loaded.content.news[0];
        assert_eq!(news.translations["zgh"].facts.placeholders.len(), 1);
        // Each file read last time is known now, and nothing else.
        same("warm again", files - taxonomies);
    }

    /// A file changed less than the racy delay before a load is read again
    /// by the next load: its times would not move for an edit in the same
    /// clock tick.
    #[test]
    fn a_file_changed_just_before_a_load_is_read_again() {
        let (site, cache) = valid_fixture_copy();
        let root = site.path();
        for _ in 0..2 {
            // Files copied just now: none is kept.
            let (_, (_, _, unread)) = super::load_for_check(root, &cache);
            assert_eq!(unread, 0);
        }
    }

    /// Every record of the example site and of the valid fixture (every
    /// kind, texts as strings and maps, `regions: all`, scopes, deadlines
    /// with a time) reads back from the cache as YAML gave it.
    #[test]
    fn records_read_back_from_the_cache_as_they_were_parsed() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for root in [repo.to_path_buf(), repo.join("tests/fixtures/valid")] {
            let dir = tempfile::tempdir().unwrap();
            let cache = CacheDir(dir.path().join("cache"));
            let plain = super::load(&root);
            let (cold, (reused, parsed)) = super::load_with_cache_counted(&root, &cache);
            assert_eq!(reused, 0);
            assert!(parsed > 10, "{}: {parsed} records", root.display());
            let (warm, counts) = super::load_with_cache_counted(&root, &cache);
            assert_eq!(counts, (parsed, 0), "{}", root.display());
            for loaded in [&cold, &warm] {
                assert_eq!(
                    format!("{:?}", loaded.content),
                    format!("{:?}", plain.content)
                );
                assert_eq!(
                    format!("{:?}", loaded.diagnostics),
                    format!("{:?}", plain.diagnostics)
                );
            }
        }
    }

    #[test]
    fn first_difference_is_the_length_of_the_common_beginning() {
        let naive = |x: &[u8], y: &[u8]| x.iter().zip(y).take_while(|(p, q)| p == q).count();
        let long = b"content/associations/achourouq-agd-10492.fr.md";
        for i in 0..=long.len() {
            for j in 0..long.len() {
                let mut other = long[..i].to_vec();
                other.extend_from_slice(&long[j..]);
                let other = &other[..];
                assert_eq!(super::first_difference(long, other), naive(long, other));
                assert_eq!(super::first_difference(other, long), naive(other, long));
                let mut changed = long.to_vec();
                changed[j] ^= 0x20;
                assert_eq!(super::first_difference(long, &changed), j);
            }
        }
    }

    #[test]
    fn path_order_is_the_order_of_paths() {
        let names = [
            "a", "a/b", "a/b/c", "a-b", "a-b/c", "a.md", "a.fr.md", "a/.x", "a/..", "a/./b",
            "a//b", ".", "./a", "./a-b/c", "./a/b", "b", "ab", "a b", "é", "z/", "z", "",
        ];
        for x in names {
            for y in names {
                let (p, q) = (Path::new(x), Path::new(y));
                assert_eq!(super::path_order(p, q), p.cmp(q), "{x:?} {y:?}");
                if super::is_plain(x.as_bytes()) && super::is_plain(y.as_bytes()) {
                    let order = super::byte_order(x.as_bytes(), y.as_bytes());
                    assert_eq!(order, p.cmp(q), "{x:?} {y:?}");
                }
            }
        }
    }
}
