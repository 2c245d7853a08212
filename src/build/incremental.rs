//! Incremental builds: what the last build into an output recorded in its
//! manifest ([`super::manifest`]), compared with the site just validated,
//! says which pages to render again; everything else keeps its files.
//!
//! Nothing here knows which page shows what. While a page renders, the
//! site notes every record, list and index entry it reads
//! ([`crate::validate::reads`]); the manifest keeps those reads with a
//! fingerprint of each. A page is rendered again when one of its reads
//! has another fingerprint now, when it is new, or when it was never
//! recorded; a page gone from the page table loses its files. The search
//! indexes and the open data, made from every record, are made again when
//! any record or index entry changed (and only the files whose bytes
//! changed are written); the theme's files when the theme changed. What
//! every page depends on (the configuration, taxonomies, theme, messages,
//! today's date, the build's options, the tool itself) is one fingerprint:
//! when it changes, or when the manifest is missing, damaged or written
//! by another build of the tool, the build is a full one.
//!
//! The result is the output a full build of the same tree writes, byte
//! for byte: `tests/incremental.rs` checks it after random sequences of
//! edits.

use super::manifest::{self, ABSENT, DebugHasher, FileEntry, Fp, KeyMap, KeySet, Manifest, Owner};
use super::{Assembled, BuildError, Part, Plan, Search};
use crate::export::gzip::{Piece, Pieces};
use crate::model::{Kind, Record};
use crate::output::OutputFile;
use crate::present::{Page, urls};
use crate::render::{Renderer, SearchManifests};
use crate::search::words::Words;
use crate::validate::Site;
use crate::validate::reads::{Read, Reads};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

/// What a build depends on, fingerprinted.
pub struct Inputs {
    /// The tool: its version and a hash of its executable.
    pub tool: String,
    /// What every page depends on.
    pub global: Fp,
    /// Every record and index entry.
    pub content: Fp,
    /// Each read of the site (by [`manifest::key_of_read`]): records,
    /// kinds, counts, index entries and indexes.
    reads: KeyMap<Fp>,
}

/// A record's slug, and the fingerprints of its fields and of its bodies.
type RecordFps = (String, (Fp, Fp));

/// Where a build puts a file (relative path, bytes).
pub type Put<'a, E> = &'a (dyn Fn(&str, &[u8]) -> Result<(), E> + Sync);

/// Reads `len` bytes at `offset` of a file of the last output (relative
/// path); `None` when it cannot.
pub type ReadOld<'a> = &'a (dyn Fn(&str, u64, u64) -> Option<Vec<u8>> + Sync);

/// What a build takes from earlier ones.
pub struct Reuse<'a> {
    /// The last build's manifest, when it was read whole.
    pub old: Option<&'a Manifest>,
    /// Reads the last output's files (the gzip pieces `old` names).
    pub read_old: ReadOld<'a>,
    /// The words of the bodies, kept in the cache folder.
    pub words: Option<&'a Words>,
}

/// The pieces of the last output's gzip copies, whose deflated bytes are
/// read from the copies ([`crate::export::gzip::Pieces`]), and those of
/// this build's copies. A copy is read from only when its bytes are still
/// those the manifest recorded (a copy edited or recompressed by hand
/// gives nothing, and its pieces are compressed again).
struct GzPieces<'a> {
    /// Where each piece of the last output is: copy, offset, length.
    at: HashMap<u128, (&'a str, u64, u64)>,
    /// The size and hash of each copy, as the manifest recorded them.
    files: HashMap<&'a str, (u64, Fp)>,
    /// The size and hash of the file each copy was made from, and the
    /// copy's pieces, as the manifest recorded them.
    plain: HashMap<&'a str, ((u64, Fp), &'a [Piece])>,
    /// Whether each copy read so far is as recorded.
    intact: Mutex<HashMap<&'a str, bool>>,
    read: ReadOld<'a>,
    made: Mutex<HashMap<String, Vec<Piece>>>,
    /// How many pieces were taken from the last output.
    reused: std::sync::atomic::AtomicUsize,
}

impl<'a> GzPieces<'a> {
    /// The pieces `last` recorded, for copies it still lists with the tool
    /// of this build (another build of the tool may deflate otherwise).
    fn new(last: Option<&'a Manifest>, tool: &str, read: ReadOld<'a>) -> Self {
        let mut at = HashMap::new();
        let mut files = HashMap::new();
        let mut plain = HashMap::new();
        if let Some(m) = last.filter(|m| m.tool == tool) {
            for (path, table) in &m.pieces {
                let Some(file) = m.files.get(path) else {
                    continue;
                };
                files.insert(path.as_str(), (file.size, file.hash));
                if let Some(from) = path.strip_suffix(".gz").and_then(|p| m.files.get(p)) {
                    plain.insert(path.as_str(), ((from.size, from.hash), table.as_slice()));
                }
                for p in table.iter().filter(|p| p.offset + p.len <= file.size) {
                    at.insert(p.key, (path.as_str(), p.offset, p.len));
                }
            }
        }
        GzPieces {
            at,
            files,
            plain,
            intact: Mutex::new(HashMap::new()),
            read,
            made: Mutex::new(HashMap::new()),
            reused: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// Whether the copy at `path` has the bytes the manifest recorded
    /// (read and hashed once).
    fn is_intact(&self, path: &'a str) -> bool {
        let mut intact = self.intact.lock().unwrap_or_else(|e| e.into_inner());
        *intact
            .entry(path)
            .or_insert_with(|| self.as_recorded(path).is_some())
    }

    /// The copy at `path`, read whole, when it has the size and hash the
    /// manifest recorded.
    fn as_recorded(&self, path: &str) -> Option<Vec<u8>> {
        let &(size, hash) = self.files.get(path)?;
        (self.read)(path, 0, size).filter(|b| b.len() as u64 == size && manifest::fp(b) == hash)
    }
}

impl Pieces for GzPieces<'_> {
    fn deflated(&self, key: u128) -> Option<Vec<u8>> {
        let &(path, offset, len) = self.at.get(&key)?;
        if !self.is_intact(path) {
            return None;
        }
        let d = (self.read)(path, offset, len).filter(|d| d.len() as u64 == len)?;
        self.reused
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(d)
    }

    fn made(&self, path: &str, pieces: Vec<Piece>) {
        self.made
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), pieces);
    }

    fn copy(&self, path: &str, plain: &[u8]) -> Option<Vec<u8>> {
        let (&path, &((size, hash), table)) = self.plain.get_key_value(path)?;
        if size != plain.len() as u64 || hash != manifest::fp(plain) {
            return None;
        }
        let copy = self.as_recorded(path)?;
        self.made(path, table.to_vec());
        self.reused
            .fetch_add(table.len(), std::sync::atomic::Ordering::Relaxed);
        Some(copy)
    }
}

/// The build's options that change its output.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions<'a> {
    /// `--drafts`.
    pub drafts: bool,
    /// `--future`.
    pub future: bool,
    /// See [`Plan::link_prefix`].
    pub link_prefix: &'a str,
}

/// The tool that builds: its version and a hash of the sources it was
/// built from (a rebuilt binary of the same version may render
/// differently).
pub fn tool_id() -> String {
    format!("{}+{}", env!("CARGO_PKG_VERSION"), crate::builtin::BUILD_ID)
}

/// Hashes every file under `dir` (path and bytes), in path order.
fn tree(h: &mut DebugHasher, dir: &Path) {
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    for f in files {
        h.debug(&f);
        h.bytes(&std::fs::read(&f).unwrap_or_default());
    }
}

/// A record's fingerprints: of its fields, with the date of its file's
/// last commit (its pages show it when it has no `updated:`) and what
/// today's moment makes of it (an offer's status: a deadline can have an
/// hour); and of its bodies, which only the pages that show them read.
fn fp_of<T: serde::Serialize>(
    r: &Record<T>,
    dates: &HashMap<std::path::PathBuf, crate::model::date::Date>,
    status: Option<&crate::model::date::OfferStatus>,
) -> (Fp, Fp) {
    let mut fields = DebugHasher::new();
    fields
        .debug(&r.slug)
        .debug(&r.file)
        .serde(&r.data)
        .debug(&dates.get(&r.file))
        .debug(&status);
    // Bodies are long: their bytes, not their `Debug`.
    let mut bodies = DebugHasher::new();
    for (lang, body) in std::iter::once(("", r.body.as_ref()))
        .chain(r.translations.iter().map(|(l, b)| (l.as_str(), Some(b))))
    {
        bodies.bytes(lang.as_bytes());
        if let Some(b) = body {
            bodies
                .debug(&b.file)
                .bytes(&b.offset.to_le_bytes())
                .bytes(b.markdown.as_bytes());
        }
    }
    (fields.finish(), bodies.finish())
}

/// The fingerprints of every read of `site`, and of what every page
/// depends on. `root` is the site's folder (its theme and messages are
/// hashed as files).
pub fn inputs(site: &Site, renderer: &Renderer, root: &Path, options: BuildOptions) -> Inputs {
    let tool = tool_id();
    let mut g = DebugHasher::new();
    g.debug(&tool)
        .debug(&site.config)
        .debug(&site.tax)
        .debug(&site.today.date())
        .debug(&options)
        .debug(&std::env::var("NASSIJ_DATA_SPLIT_BYTES").ok())
        .debug(&std::env::var("NASSIJ_SITEMAP_MAX_URLS").ok());
    tree(&mut g, &root.join("themes"));
    tree(&mut g, &root.join("i18n"));
    let global = g.finish();

    let dates = &renderer.git_dates;
    let mut per_kind: Vec<(Kind, Vec<RecordFps>)> = Vec::new();
    macro_rules! kinds {
        ($(($kind:ident, $data:ident, $field:ident)),*) => {
            $(
                per_kind.push((
                    Kind::$kind,
                    site.$field
                        .par_iter()
                        .enumerate()
                        .map(|(i, r)| {
                            let status = (Kind::$kind == Kind::Offers)
                                .then(|| site.offer_status.get(i))
                                .flatten();
                            (r.slug.0.clone(), fp_of(r, dates, status))
                        })
                        .collect(),
                ));
            )*
        };
    }
    crate::with_kinds!(kinds);
    let mut reads: KeyMap<Fp> = KeyMap::default();
    let mut content = DebugHasher::new();
    for (kind, records) in &per_kind {
        let mut all = DebugHasher::new();
        for (slug, (fields, bodies)) in records {
            all.debug(slug)
                .bytes(&fields.to_le_bytes())
                .bytes(&bodies.to_le_bytes());
        }
        let all = all.finish();
        content.debug(kind).bytes(&all.to_le_bytes());
        reads.insert(manifest::key_of_read(&Read::Kind(*kind)), all);
        reads.insert(
            manifest::key_of_read(&Read::Count(*kind)),
            manifest::fp(&(records.len() as u64).to_le_bytes()),
        );
    }
    let record_keys: Vec<(u64, Fp)> = per_kind
        .par_iter()
        .flat_map(|(kind, records)| {
            records
                .par_iter()
                .flat_map_iter(|(slug, (fields, bodies))| {
                    [
                        (
                            manifest::key_of_read(&Read::Record(*kind, slug.clone())),
                            *fields,
                        ),
                        (
                            manifest::key_of_read(&Read::Body(*kind, slug.clone())),
                            *bodies,
                        ),
                    ]
                })
                .collect::<Vec<_>>()
        })
        .collect();
    reads.extend(record_keys);
    let mut indexes: HashMap<_, DebugHasher> = HashMap::new();
    for ((index, key), list) in site.entries() {
        let f = DebugHasher::new().debug(&list).finish();
        reads.insert(manifest::key_of_read(&Read::Entry(index, key.clone())), f);
        indexes
            .entry(index)
            .or_default()
            .debug(&key)
            .bytes(&f.to_le_bytes());
    }
    let mut indexes: Vec<_> = indexes.into_iter().collect();
    indexes.sort_by_key(|(i, _)| *i);
    for (index, h) in indexes {
        let f = h.finish();
        content.debug(&index).bytes(&f.to_le_bytes());
        reads.insert(manifest::key_of_read(&Read::Index(index)), f);
    }
    let content = content.finish();
    // What is derived from every record changes with any of them.
    reads.insert(manifest::key_of_read(&Read::Derived), content);
    Inputs {
        tool,
        global,
        content,
        reads,
    }
}

impl Inputs {
    fn now(&self, key: u64) -> Fp {
        self.reads.get(&key).copied().unwrap_or(ABSENT)
    }
}

/// What a build into an existing output has to do.
#[derive(Debug)]
pub enum Scope {
    /// Everything, into a fresh folder swapped in: why.
    Full(FullReason),
    /// These pages again (in every language), and the search indexes and
    /// open data when `content` changed; every other file is kept.
    Update {
        /// The pages to render again.
        render: Vec<Page>,
        /// Whether any record or index entry changed.
        content: bool,
    },
}

/// Why a build is a full one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FullReason {
    /// `--full`, or no earlier output.
    Asked,
    /// The output has no manifest nassij can read.
    NoManifest,
    /// Another build of the tool wrote it.
    Tool,
    /// The configuration, taxonomies, theme, messages, date or options changed.
    Global,
    /// Something every page reads changed, or most pages changed.
    Most,
}

/// The page's key in the manifest.
fn page_key(page: &Page) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    page.hash(&mut h);
    h.finish()
}

/// Decides what to render, from the last build's manifest (`None`: no
/// usable manifest) and the site's pages now.
pub fn scope(old: Option<&Manifest>, now: &Inputs, all: &[Page]) -> Scope {
    let Some(old) = old else {
        return Scope::Full(FullReason::NoManifest);
    };
    if old.tool != now.tool {
        return Scope::Full(FullReason::Tool);
    }
    if old.global != now.global {
        return Scope::Full(FullReason::Global);
    }
    let leaf_changed = |k: &u64| old.reads.get(k).is_none_or(|f| *f != now.now(*k));
    // A group (a value computed once for many pages) changed when one of
    // the reads made computing it changed.
    // Each group decided once: thousands of pages read the same group,
    // whose members can be tens of thousands of records.
    let changed_groups: KeySet = old
        .groups
        .par_iter()
        .filter(|(_, members)| members.iter().any(leaf_changed))
        .map(|(k, _)| *k)
        .collect();
    let changed = |k: &u64| {
        if old.groups.contains_key(k) {
            changed_groups.contains(k)
        } else {
            leaf_changed(k)
        }
    };
    if old.shared.iter().any(changed) {
        return Scope::Full(FullReason::Most);
    }
    let render: Vec<Page> = all
        .par_iter()
        .filter(|p| {
            old.pages
                .get(&page_key(p))
                .is_none_or(|reads| reads.iter().any(changed))
        })
        .cloned()
        .collect();
    if render.len() * 2 > all.len().max(1) {
        return Scope::Full(FullReason::Most);
    }
    Scope::Update {
        render,
        content: old.content != now.content,
    }
}

/// What a build did.
pub struct Done {
    /// What the assembly counted.
    pub assembled: Assembled,
    /// The pages rendered (each in every language).
    pub rendered: usize,
    /// Files given to `put` (changed or new).
    pub written: usize,
    /// Files of the last output that are gone.
    pub removed: Vec<String>,
    /// The manifest to write (already given to `put` as [`manifest::PATH`]).
    pub manifest: Manifest,
    /// The gzip pieces taken from the last output, and all of this one's.
    pub gzip_pieces: (usize, usize),
}

/// Assembles what `scope` asks of the pages `all` ([`crate::present::pages`])
/// into `put`, which receives only the files whose bytes differ from
/// the last manifest's for an update (all of them for a full build), the
/// manifest last. Full build or not, the gzip copies take the deflated
/// pieces an edit did not change from the last output, and the search
/// indexes the words of the bodies kept ([`Reuse`]).
/// `Err` as [`super::assemble`].
#[allow(clippy::too_many_arguments)]
pub fn run<E: Send>(
    site: &Site,
    renderer: &Renderer,
    all: &[Page],
    scope: &Scope,
    reuse: &Reuse,
    now: &Inputs,
    link_prefix: &str,
    stage: &mut dyn FnMut(&'static str),
    put: Put<E>,
) -> Result<Done, BuildError<E>> {
    let old = reuse.old;
    let gz = GzPieces::new(old, &now.tool, reuse.read_old);
    let update = match scope {
        Scope::Update { render, content } => old.map(|m| (m, render, *content)),
        Scope::Full(_) => None,
    };
    let old_search: SearchManifests = old
        .map(|m| m.search.iter().cloned().collect())
        .unwrap_or_default();
    let old_sizes = old.map(Manifest::data_sizes).unwrap_or_default();
    let (pages, plan) = match update {
        None => (
            all,
            Plan {
                record_reads: true,
                link_prefix,
                gzip_pieces: Some(&gz),
                search_words: reuse.words,
                ..Plan::site(all)
            },
        ),
        Some((_, render, content)) => (
            render.as_slice(),
            Plan {
                pages: render,
                search: if content {
                    Search::Build
                } else {
                    Search::Given(&old_search)
                },
                exports: content,
                assets: false,
                globals: true,
                cancelled: None,
                record_reads: true,
                link_prefix,
                data_sizes: true,
                given_sizes: (!content).then_some(&old_sizes),
                gzip_pieces: Some(&gz),
                search_words: reuse.words,
            },
        ),
    };
    // Each page's files, to name their owner in the manifest.
    let langs: Vec<_> = site.config.codes().collect();
    let owner_of_path: HashMap<String, u64> = pages
        .par_iter()
        .flat_map_iter(|p| {
            let k = page_key(p);
            langs
                .iter()
                .map(move |l| (urls::file_of(&p.url(*l)), k))
                .collect::<Vec<_>>()
        })
        .collect();
    let entries: Mutex<Vec<(String, FileEntry)>> = Mutex::new(Vec::new());
    let written = std::sync::atomic::AtomicUsize::new(0);
    let old_files = old.map(|m| &m.files);
    let give = |part: Part, f: OutputFile| -> Result<(), E> {
        let owner = match part {
            Part::Page => Owner::Page(owner_of_path.get(&f.path).copied().unwrap_or(0)),
            Part::Search => Owner::Search,
            Part::Exports => Owner::Exports,
            Part::Assets => Owner::Assets,
            Part::Global => Owner::Global,
        };
        let entry = FileEntry {
            hash: manifest::fp(&f.bytes),
            size: f.bytes.len() as u64,
            owner,
        };
        let same = update.is_some()
            && old_files
                .and_then(|files| files.get(&f.path))
                .is_some_and(|e| e.hash == entry.hash && e.size == entry.size);
        if !same {
            put(&f.path, &f.bytes)?;
            written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((f.path, entry));
        Ok(())
    };
    let mut assembled = super::assemble(site, renderer, &plan, stage, &give)?;
    let reads = assembled.reads.take().unwrap_or_default();
    let made: HashMap<String, FileEntry> = entries
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .collect();

    let keys = |r: &Reads| -> Vec<u64> {
        let mut v: Vec<u64> = r.iter().map(manifest::key_of_read).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let mut pages_reads: KeyMap<Vec<u64>> = match update {
        Some((m, _, _)) => {
            let live: KeySet = all.par_iter().map(page_key).collect();
            m.pages
                .iter()
                .filter(|(k, _)| live.contains(k))
                .map(|(k, v)| (*k, v.clone()))
                .collect()
        }
        None => KeyMap::default(),
    };
    for (page, r) in &reads.pages {
        pages_reads.insert(page_key(page), keys(r));
    }
    let shared = keys(&reads.shared);
    // The groups the pages read: as computed now, else as the last build
    // kept them (unchanged, or the pages reading them would have been
    // rendered again).
    let mut groups: KeyMap<Vec<u64>> = KeyMap::default();
    for (group, r) in &reads.groups {
        groups.insert(manifest::key_of_read(group), keys(r));
    }
    let referenced: KeySet = pages_reads
        .values()
        .flatten()
        .chain(&shared)
        .copied()
        .collect();
    if let Some((m, _, _)) = update {
        for (k, r) in &m.groups {
            if referenced.contains(k) {
                groups.entry(*k).or_insert_with(|| r.clone());
            }
        }
    }
    groups.retain(|k, _| referenced.contains(k));
    let mut files: HashMap<String, FileEntry> = match update {
        Some((m, _, content)) => {
            let live: KeySet = pages_reads.keys().copied().collect();
            let rendered: KeySet = pages.iter().map(page_key).collect();
            m.files
                .iter()
                .filter(|(_, e)| match e.owner {
                    Owner::Page(k) => live.contains(&k) && !rendered.contains(&k),
                    Owner::Search | Owner::Exports => !content,
                    Owner::Assets => true,
                    Owner::Global => false,
                })
                .map(|(p, e)| (p.clone(), e.clone()))
                .collect()
        }
        None => HashMap::new(),
    };
    files.extend(made);
    let reused_pieces = gz.reused.into_inner();
    let mut pieces = gz.made.into_inner().unwrap_or_else(|e| e.into_inner());
    let made_pieces = pieces.values().map(Vec::len).sum();
    if let Some((m, _, false)) = update {
        // The open data was not made again: its copies are the last ones.
        for (path, table) in &m.pieces {
            pieces.entry(path.clone()).or_insert_with(|| table.clone());
        }
    }
    pieces.retain(|path, _| files.contains_key(path));
    let mut removed: Vec<String> = old
        .map(|m| {
            m.files
                .keys()
                .filter(|p| !files.contains_key(*p))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    removed.sort();
    // Each key once (the pages read the same records over and over), then
    // its fingerprint.
    let mut read_keys: Vec<u64> = pages_reads
        .values()
        .flatten()
        .chain(&shared)
        .chain(groups.values().flatten())
        .copied()
        .collect();
    read_keys.par_sort_unstable();
    read_keys.dedup();
    let read_fps: KeyMap<Fp> = read_keys
        .into_iter()
        .map(|k| {
            // A group's own entry only names it (pages list it by rank);
            // its members decide whether it changed.
            let fp = if groups.contains_key(&k) {
                ABSENT
            } else {
                now.now(k)
            };
            (k, fp)
        })
        .collect();
    let m = Manifest {
        tool: now.tool.clone(),
        global: now.global,
        content: now.content,
        search: {
            let mut s: Vec<(String, String)> = assembled
                .search
                .iter()
                .map(|(l, u)| (l.clone(), u.clone()))
                .collect();
            s.sort();
            s
        },
        reads: read_fps,
        shared,
        pages: pages_reads,
        groups,
        files,
        pieces,
    };
    put(manifest::PATH, &m.to_bytes()).map_err(BuildError::Sink)?;
    Ok(Done {
        rendered: pages.len(),
        written: written.into_inner(),
        removed,
        manifest: m,
        assembled,
        gzip_pieces: (reused_pieces, made_pieces),
    })
}

#[cfg(test)]
mod tests {
    use super::{GzPieces, manifest};
    use crate::build::manifest::{FileEntry, Manifest, Owner};
    use crate::export::gzip::gzip_with;
    use std::sync::Mutex;

    /// A manifest and a copy made through `GzPieces`, as a build leaves them.
    fn last_build(text: &[u8]) -> (Manifest, Vec<u8>) {
        let none = |_: &str, _: u64, _: u64| -> Option<Vec<u8>> { None };
        let gz = GzPieces::new(None, "t", &none);
        let bytes = gzip_with(text, "data/a.json.gz", Some(&gz));
        let mut m = Manifest {
            tool: "t".into(),
            ..Manifest::default()
        };
        m.files.insert(
            "data/a.json.gz".into(),
            FileEntry {
                hash: manifest::fp(&bytes),
                size: bytes.len() as u64,
                owner: Owner::Exports,
            },
        );
        m.files.insert(
            "data/a.json".into(),
            FileEntry {
                hash: manifest::fp(text),
                size: text.len() as u64,
                owner: Owner::Exports,
            },
        );
        m.pieces = gz.made.into_inner().unwrap();
        (m, bytes)
    }

    #[test]
    fn pieces_come_only_from_a_copy_as_the_manifest_recorded_it() {
        let text: Vec<u8> = (0..200_000u32)
            .flat_map(|i| {
                format!("{{\"id\": {}, \"n\": \"x{}\"}},\n", i, i * 7919 % 1013).into_bytes()
            })
            .collect();
        let (m, copy) = last_build(&text);
        let pieces = m.pieces["data/a.json.gz"].len();
        assert!(pieces > 3, "{pieces} pieces");
        let on_disk = Mutex::new(copy.clone());
        let read = |_: &str, offset: u64, len: u64| -> Option<Vec<u8>> {
            let b = on_disk.lock().unwrap();
            b.get(offset as usize..(offset + len) as usize)
                .map(<[u8]>::to_vec)
        };
        let mut edited = text.clone();
        edited.extend_from_slice(b"{\"id\": \"new\"}\n");
        let reference = crate::export::gzip::gzip(&edited);

        // As recorded: every piece but the last is taken.
        let gz = GzPieces::new(Some(&m), "t", &read);
        assert_eq!(gzip_with(&edited, "data/a.json.gz", Some(&gz)), reference);
        assert_eq!(gz.reused.into_inner(), pieces - 1);

        // Another tool: nothing is taken.
        let gz = GzPieces::new(Some(&m), "other", &read);
        assert_eq!(gzip_with(&edited, "data/a.json.gz", Some(&gz)), reference);
        assert_eq!(gz.reused.into_inner(), 0);

        // The same file as last time: the copy is taken whole, with its
        // pieces told for the next manifest.
        let gz = GzPieces::new(Some(&m), "t", &read);
        assert_eq!(gzip_with(&text, "data/a.json.gz", Some(&gz)), copy);
        assert_eq!(
            gz.made.lock().unwrap()["data/a.json.gz"],
            m.pieces["data/a.json.gz"]
        );
        assert_eq!(gz.reused.into_inner(), pieces);
        // Not for another path, nor for a file one byte shorter.
        let gz = GzPieces::new(Some(&m), "t", &read);
        assert_eq!(
            gzip_with(&text, "data/b.json.gz", Some(&gz)),
            crate::export::gzip::gzip(&text)
        );
        assert!(gzip_with(&text[1..], "data/a.json.gz", Some(&gz)) != copy);

        // The copy edited by hand (one byte of its first piece): nothing is
        // taken from it, and the new copy is still right.
        on_disk.lock().unwrap()[100] ^= 0x55;
        let gz = GzPieces::new(Some(&m), "t", &read);
        assert_eq!(gzip_with(&edited, "data/a.json.gz", Some(&gz)), reference);
        assert_eq!(gz.reused.into_inner(), 0);
        // Nor taken whole.
        let gz = GzPieces::new(Some(&m), "t", &read);
        assert_eq!(gzip_with(&text, "data/a.json.gz", Some(&gz)), copy);
        assert_eq!(gz.reused.into_inner(), 0);
    }
}
