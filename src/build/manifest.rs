//! The build manifest, `.nassij/manifest` in the output: what each file of
//! the output was made from, so that the next build into the same folder
//! renders again only what an edit changed ([`super::incremental`]).
//!
//! It holds no text of the content: the things a page read (a record, a
//! list, an index entry: [`Read`]) and the pages themselves are named by a
//! 64-bit hash, each read with a 128-bit fingerprint
//! of its value as the build saw it; the files by path, with the hash and
//! size of their bytes and what made them. A build compares the
//! fingerprints of the reads with the site it has just validated: a page
//! none of whose reads changed keeps its files.
//!
//! The format is plain text, one entry per line, tab-separated, ending
//! with a line that counts the entries: a manifest cut short, edited or
//! written by another build of the tool reads as none, and the build is
//! then a full one.

use crate::export::gzip::Piece;
use crate::validate::reads::Read;
use std::collections::HashMap;
use std::fmt::Write as _;
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

/// Where the manifest lives, relative to the output folder.
pub const PATH: &str = ".nassij/manifest";

/// The first line: the format, changed whenever what is recorded changes.
const HEADER: &str = "nassij-manifest 3";

/// A fingerprint: 128 bits of xxh3 (a fast, stable, non-cryptographic
/// hash: the manifest guards against stale pages, not against an attacker,
/// who could edit the output directly).
pub type Fp = u128;

/// The fingerprint of something absent (a record that is not published,
/// an index entry with no list).
pub const ABSENT: Fp = 0;

/// The fingerprint of `bytes`.
pub fn fp(bytes: &[u8]) -> Fp {
    xxh3_128(bytes)
}

/// The 64-bit name of a read: xxh3 of its `Hash` (the manifest is read
/// only by the build of the tool that wrote it, so the derived `Hash`
/// needs to be stable within one build only).
pub fn key_of_read(read: &Read) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = Xxh3::new();
    read.hash(&mut h);
    h.finish()
}

/// A hasher fed with `Debug` output, without building the string.
pub struct DebugHasher(pub Xxh3);

impl DebugHasher {
    /// An empty hasher.
    pub fn new() -> Self {
        DebugHasher(Xxh3::new())
    }

    /// Adds `value`'s `Debug` description.
    pub fn debug(&mut self, value: &dyn std::fmt::Debug) -> &mut Self {
        // Writing to a hasher cannot fail.
        let _ = write!(self, "{value:?}\u{1f}");
        self
    }

    /// Adds `value` as MessagePack, written straight into the hash: the
    /// whole value, as the parse cache keeps it (it reads back equal), at
    /// a fraction of the cost of its `Debug` text.
    pub fn serde(&mut self, value: &impl serde::Serialize) -> &mut Self {
        struct Into<'a>(&'a mut Xxh3);
        impl std::io::Write for Into<'_> {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.update(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        // Writing to a hasher cannot fail; a value that does not
        // serialize (none of the model's) adds what it wrote so far.
        let _ = rmp_serde::encode::write(&mut Into(&mut self.0), value);
        self.0.update(b"\x1f");
        self
    }

    /// Adds `bytes`, with their length.
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// The fingerprint of what was added.
    pub fn finish(&self) -> Fp {
        self.0.digest128()
    }
}

impl Default for DebugHasher {
    fn default() -> Self {
        DebugHasher::new()
    }
}

impl std::fmt::Write for DebugHasher {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// What made a file of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Owner {
    /// A page of the page table, by its key ([`key`] of its `Debug`).
    Page(u64),
    /// The search indexes.
    Search,
    /// The open data, feeds, calendars, sitemap, robots.txt.
    Exports,
    /// The theme's static files.
    Assets,
    /// `/`, `/404.html`, `/data/`.
    Global,
}

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// The hash of its bytes.
    pub hash: Fp,
    /// Its size in bytes.
    pub size: u64,
    /// What made it.
    pub owner: Owner,
}

/// What a build wrote and what it was made from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    /// The tool that wrote it (version and a hash of the executable).
    pub tool: String,
    /// Everything every page depends on: configuration, taxonomies, theme,
    /// messages, today, the build's options.
    pub global: Fp,
    /// Every record and every index entry: the search indexes and the open
    /// data are made from them all.
    pub content: Fp,
    /// The search manifest of each language, as the pages name them.
    pub search: Vec<(String, String)>,
    /// Each read's fingerprint, by key.
    pub reads: HashMap<u64, Fp>,
    /// What every page read (the menu, the site's title...).
    pub shared: Vec<u64>,
    /// Each page's reads, by page key.
    pub pages: HashMap<u64, Vec<u64>>,
    /// What each value computed once for many pages read
    /// ([`Read::Group`]), by the group's key.
    pub groups: HashMap<u64, Vec<u64>>,
    /// Each file, by path relative to the output.
    pub files: HashMap<String, FileEntry>,
    /// The pieces of each gzip copy, by path, in order
    /// ([`crate::export::gzip`]): the next build takes the deflated bytes
    /// of the pieces an edit did not change from the copy.
    pub pieces: HashMap<String, Vec<Piece>>,
}

fn hex(fp: Fp) -> String {
    format!("{fp:032x}")
}

fn owner_code(o: Owner) -> String {
    match o {
        Owner::Page(k) => format!("p{k:016x}"),
        Owner::Search => "s".into(),
        Owner::Exports => "e".into(),
        Owner::Assets => "a".into(),
        Owner::Global => "g".into(),
    }
}

fn owner_of(code: &str) -> Option<Owner> {
    Some(match code {
        "s" => Owner::Search,
        "e" => Owner::Exports,
        "a" => Owner::Assets,
        "g" => Owner::Global,
        _ => Owner::Page(u64::from_str_radix(code.strip_prefix('p')?, 16).ok()?),
    })
}

impl Manifest {
    /// The manifest as text, its entries sorted: the same build writes the
    /// same bytes.
    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(64 * (self.files.len() + self.reads.len()) + 1024);
        let mut lines = 0usize;
        let _ = writeln!(out, "{HEADER}");
        let _ = writeln!(out, "tool\t{}", self.tool);
        let _ = writeln!(out, "global\t{}", hex(self.global));
        let _ = writeln!(out, "content\t{}", hex(self.content));
        lines += 3;
        for (lang, url) in &self.search {
            let _ = writeln!(out, "search\t{lang}\t{url}");
            lines += 1;
        }
        // Reads are listed once, sorted by key; pages name them by their
        // rank in that list, as differences from the previous one.
        let mut reads: Vec<(&u64, &Fp)> = self.reads.iter().collect();
        reads.sort_unstable();
        let rank: HashMap<u64, usize> = reads
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (**k, i))
            .collect();
        for (k, f) in &reads {
            let _ = writeln!(out, "r\t{k:016x}\t{}", hex(**f));
            lines += 1;
        }
        let Some(shared) = ranks(&self.shared, &rank) else {
            return String::new();
        };
        let _ = writeln!(out, "shared\t{shared}");
        lines += 1;
        for (tag, map) in [("g", &self.groups), ("p", &self.pages)] {
            let mut entries: Vec<(&u64, &Vec<u64>)> = map.iter().collect();
            entries.sort_unstable_by_key(|(k, _)| **k);
            for (k, r) in entries {
                let Some(r) = ranks(r, &rank) else {
                    return String::new();
                };
                let _ = writeln!(out, "{tag}\t{k:016x}\t{r}");
                lines += 1;
            }
        }
        let mut files: Vec<(&String, &FileEntry)> = self.files.iter().collect();
        files.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (path, f) in files {
            let _ = writeln!(
                out,
                "f\t{path}\t{}\t{}\t{}",
                hex(f.hash),
                f.size,
                owner_code(f.owner)
            );
            lines += 1;
        }
        let mut pieces: Vec<(&String, &Vec<Piece>)> = self.pieces.iter().collect();
        pieces.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (path, table) in pieces {
            for p in table {
                let _ = writeln!(out, "z\t{path}\t{}\t{}\t{}", hex(p.key), p.offset, p.len);
                lines += 1;
            }
        }
        let _ = writeln!(out, "end\t{lines}");
        out
    }

    /// Reads a manifest; `None` when the text is not one this build of the
    /// tool wrote whole.
    pub fn parse(text: &str) -> Option<Manifest> {
        let mut lines = text.lines();
        if lines.next()? != HEADER {
            return None;
        }
        let mut m = Manifest::default();
        let fp = |s: &str| u128::from_str_radix(s, 16).ok();
        let k64 = |s: &str| u64::from_str_radix(s, 16).ok();
        let mut keys: Vec<u64> = Vec::new();
        for (count, line) in lines.enumerate() {
            let mut cols = line.split('\t');
            match cols.next()? {
                "tool" => m.tool = cols.next()?.to_string(),
                "global" => m.global = fp(cols.next()?)?,
                "content" => m.content = fp(cols.next()?)?,
                "search" => m
                    .search
                    .push((cols.next()?.to_string(), cols.next()?.to_string())),
                "r" => {
                    let k = k64(cols.next()?)?;
                    keys.push(k);
                    m.reads.insert(k, fp(cols.next()?)?);
                }
                "shared" => m.shared = unrank(cols.next().unwrap_or(""), &keys)?,
                "p" => {
                    let k = k64(cols.next()?)?;
                    m.pages.insert(k, unrank(cols.next().unwrap_or(""), &keys)?);
                }
                "g" => {
                    let k = k64(cols.next()?)?;
                    m.groups
                        .insert(k, unrank(cols.next().unwrap_or(""), &keys)?);
                }
                "f" => {
                    let path = cols.next()?.to_string();
                    let entry = FileEntry {
                        hash: fp(cols.next()?)?,
                        size: cols.next()?.parse().ok()?,
                        owner: owner_of(cols.next()?)?,
                    };
                    m.files.insert(path, entry);
                }
                "z" => {
                    let path = cols.next()?;
                    let piece = Piece {
                        key: fp(cols.next()?)?,
                        offset: cols.next()?.parse().ok()?,
                        len: cols.next()?.parse().ok()?,
                    };
                    match m.pieces.get_mut(path) {
                        Some(table) => table.push(piece),
                        None => {
                            m.pieces.insert(path.to_string(), vec![piece]);
                        }
                    }
                }
                "end" => {
                    return (cols.next()?.parse::<usize>().ok()? == count).then_some(m);
                }
                _ => return None,
            }
        }
        // No end line: cut short.
        None
    }

    /// The sizes of the files under `data/` listed on the data page, as
    /// this manifest recorded them (for a build that does not make the
    /// open data again).
    pub fn data_sizes(&self) -> HashMap<String, u64> {
        self.files
            .iter()
            .filter_map(|(path, f)| {
                let rel = path.strip_prefix("data/")?;
                (f.owner == Owner::Exports && crate::export::is_listed(rel))
                    .then(|| (rel.to_string(), f.size))
            })
            .collect()
    }
}

/// `keys` as their ranks among the manifest's reads, sorted, each written
/// as the difference from the one before; `None` if a key is not a read
/// of the manifest.
fn ranks(keys: &[u64], rank: &HashMap<u64, usize>) -> Option<String> {
    let mut r: Vec<usize> = keys
        .iter()
        .map(|k| rank.get(k).copied())
        .collect::<Option<_>>()?;
    r.sort_unstable();
    r.dedup();
    let mut s = String::with_capacity(r.len() * 4);
    let mut last = 0;
    for (i, n) in r.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(s, "{}", n - last);
        last = *n;
    }
    Some(s)
}

/// The keys of ranks written by [`ranks`].
fn unrank(s: &str, keys: &[u64]) -> Option<Vec<u64>> {
    if s.is_empty() {
        return Some(Vec::new());
    }
    let mut at = 0usize;
    s.split(',')
        .map(|d| {
            at = at.checked_add(d.parse().ok()?)?;
            keys.get(at).copied()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Manifest {
        let mut m = Manifest {
            tool: "0.1.0+abc".into(),
            global: 7,
            content: u128::MAX,
            search: vec![("ar".into(), "/search/ar/manifest.1.json".into())],
            shared: vec![3, 1],
            ..Manifest::default()
        };
        m.reads.insert(1, 11);
        m.reads.insert(3, ABSENT);
        m.pages.insert(42, vec![1, 3]);
        m.pages.insert(43, vec![]);
        m.groups.insert(44, vec![3]);
        m.files.insert(
            "fr/index.html".into(),
            FileEntry {
                hash: 5,
                size: 120,
                owner: Owner::Page(42),
            },
        );
        m.files.insert(
            "data/associations.csv".into(),
            FileEntry {
                hash: 6,
                size: 99,
                owner: Owner::Exports,
            },
        );
        let piece = |key, offset, len| Piece { key, offset, len };
        m.pieces.insert(
            "data/associations.csv.gz".into(),
            vec![piece(9, 10, 300), piece(8, 310, 20)],
        );
        m
    }

    #[test]
    fn round_trips_and_writes_the_same_bytes() {
        let m = sample();
        let text = m.to_text();
        let back = Manifest::parse(&text).expect("parses");
        assert_eq!(back.to_text(), text);
        assert_eq!(back.pages[&42], vec![1, 3]);
        assert_eq!(back.groups[&44], vec![3]);
        assert_eq!(back.files["fr/index.html"].owner, Owner::Page(42));
        assert_eq!(back.data_sizes()["associations.csv"], 99);
        assert_eq!(
            back.pieces["data/associations.csv.gz"][1].key, 8,
            "in order"
        );
        assert_eq!(back.pieces, m.pieces);
    }

    #[test]
    fn a_manifest_cut_short_or_edited_reads_as_none() {
        let text = sample().to_text();
        for cut in [1, text.len() / 2, text.len() - 3] {
            assert_eq!(Manifest::parse(&text[..cut]), None, "cut at {cut}");
        }
        // A line removed: the count at the end no longer matches.
        let without: String = text
            .lines()
            .filter(|l| !l.starts_with("r\t"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(Manifest::parse(&without), None);
        assert_eq!(Manifest::parse(&text.replace(HEADER, "x")), None);
        assert_eq!(Manifest::parse(&text.replace("\tp", "\tq")), None);
        assert_eq!(Manifest::parse(""), None);
    }
}
