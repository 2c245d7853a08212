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
//! The format is binary, read and written in one pass (at 250,000
//! associations the manifest lists about a million pages and 1.3 million
//! files). Integers are little-endian; `n` is a LEB128 varint; a string is
//! its length (`n`) and its UTF-8 bytes:
//!
//! ```text
//! MAGIC (16 bytes)  FORMAT (u32)  tool (string)  global (u128)  content (u128)
//! search:  n × (language, manifest URL)
//! reads:   n × (key u64, fingerprint u128), sorted by key
//! shared:  ranks
//! groups:  n × (key u64, ranks), sorted by key
//! pages:   n × (key u64, ranks), sorted by key
//! files:   n × (shared prefix length n, rest of the path, hash u128,
//!               size n, owner u8 [page key u64]), sorted by path
//! pieces:  n × (path, n × (key u128, offset n, length n)), sorted by path
//! xxh3-128 of everything before (u128)
//! ```
//!
//! where `ranks` names reads by their rank in the sorted list: a count,
//! then each rank as the difference from the one before. A manifest cut
//! short, edited, or written by another format reads as none (the
//! checksum, the magic, the format, and every count and length checked
//! against what is left), and the build is then a full one.

use crate::export::gzip::Piece;
use crate::validate::reads::Read;
use std::collections::HashMap;
use std::fmt::Write as _;
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

/// A map by 64-bit key (reads, pages, groups). The keys are already
/// hashes: Fx mixes them in one multiplication, where the default
/// SipHash took a third of the time spent writing a manifest of 85,000
/// pages.
pub type KeyMap<V> = rustc_hash::FxHashMap<u64, V>;
/// A set of 64-bit keys, as [`KeyMap`].
pub type KeySet = rustc_hash::FxHashSet<u64>;

/// Where the manifest lives, relative to the output folder.
pub const PATH: &str = ".nassij/manifest";

/// The first bytes of a manifest.
const MAGIC: &[u8; 16] = b"nassij-manifest\n";

/// The layout of the module's notes; bump it whenever what is recorded
/// or how changes.
const FORMAT: u32 = 4;

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
    pub reads: KeyMap<Fp>,
    /// What every page read (the menu, the site's title...).
    pub shared: Vec<u64>,
    /// Each page's reads, by page key.
    pub pages: KeyMap<Vec<u64>>,
    /// What each value computed once for many pages read
    /// ([`Read::Group`]), by the group's key.
    pub groups: KeyMap<Vec<u64>>,
    /// Each file, by path relative to the output.
    pub files: HashMap<String, FileEntry>,
    /// The pieces of each gzip copy, by path, in order
    /// ([`crate::export::gzip`]): the next build takes the deflated bytes
    /// of the pieces an edit did not change from the copy.
    pub pieces: HashMap<String, Vec<Piece>>,
}

/// The owner's tag in the manifest (a page is followed by its key).
fn owner_tag(o: Owner) -> u8 {
    match o {
        Owner::Page(_) => 0,
        Owner::Search => 1,
        Owner::Exports => 2,
        Owner::Assets => 3,
        Owner::Global => 4,
    }
}

/// Writes the binary layout of the module's notes.
struct Writer(Vec<u8>);

impl Writer {
    fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }
    fn u64(&mut self, n: u64) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }
    fn u128(&mut self, n: u128) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn len(&mut self, n: usize) {
        self.varint(n as u64);
    }
}

/// Reads what [`Writer`] wrote; every read is `None` past the end.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }
    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.take(1)?.first()?;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn u128(&mut self) -> Option<u128> {
        Some(u128::from_le_bytes(self.take(16)?.try_into().ok()?))
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).ok()
    }
    /// A count, no larger than the bytes left could hold (a damaged count
    /// does not reserve gigabytes).
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.0.len()).then_some(n)
    }
}

impl Manifest {
    /// The manifest in its binary layout, its entries sorted: the same
    /// build writes the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(
            40 * (self.files.len() + self.reads.len()) + 1024,
        ));
        w.0.extend_from_slice(MAGIC);
        w.0.extend_from_slice(&FORMAT.to_le_bytes());
        w.bytes(self.tool.as_bytes());
        w.u128(self.global);
        w.u128(self.content);
        w.len(self.search.len());
        for (lang, url) in &self.search {
            w.bytes(lang.as_bytes());
            w.bytes(url.as_bytes());
        }
        // Reads are listed once, sorted by key; pages name them by their
        // rank in that list, as differences from the previous one.
        let mut reads: Vec<(&u64, &Fp)> = self.reads.iter().collect();
        reads.sort_unstable();
        let rank: KeyMap<usize> = reads
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (**k, i))
            .collect();
        w.len(reads.len());
        for (k, f) in &reads {
            w.u64(**k);
            w.u128(**f);
        }
        if !ranks(&mut w, &self.shared, &rank) {
            return Vec::new();
        }
        for map in [&self.groups, &self.pages] {
            let mut entries: Vec<(&u64, &Vec<u64>)> = map.iter().collect();
            entries.sort_unstable_by_key(|(k, _)| **k);
            w.len(entries.len());
            for (k, r) in entries {
                w.u64(*k);
                if !ranks(&mut w, r, &rank) {
                    return Vec::new();
                }
            }
        }
        // Paths sorted, each as the length it shares with the one before
        // and the rest: `ar/associations/...` is written once.
        let mut files: Vec<(&String, &FileEntry)> = self.files.iter().collect();
        files.sort_unstable_by(|a, b| a.0.cmp(b.0));
        w.len(files.len());
        let mut last: &[u8] = b"";
        for (path, f) in files {
            let path = path.as_bytes();
            let same = last.iter().zip(path).take_while(|(a, b)| a == b).count();
            w.len(same);
            w.bytes(&path[same..]);
            last = path;
            w.u128(f.hash);
            w.varint(f.size);
            w.0.push(owner_tag(f.owner));
            if let Owner::Page(k) = f.owner {
                w.u64(k);
            }
        }
        let mut pieces: Vec<(&String, &Vec<Piece>)> = self.pieces.iter().collect();
        pieces.sort_unstable_by(|a, b| a.0.cmp(b.0));
        w.len(pieces.len());
        for (path, table) in pieces {
            w.bytes(path.as_bytes());
            w.len(table.len());
            for p in table {
                w.u128(p.key);
                w.varint(p.offset);
                w.varint(p.len);
            }
        }
        let sum = xxh3_128(&w.0);
        w.u128(sum);
        w.0
    }

    /// Reads a manifest; `None` when the bytes are not one this build of
    /// the tool's format wrote whole.
    pub fn from_bytes(bytes: &[u8]) -> Option<Manifest> {
        let (body, sum) = bytes.split_at_checked(bytes.len().checked_sub(16)?)?;
        if xxh3_128(body) != u128::from_le_bytes(sum.try_into().ok()?) {
            return None;
        }
        let mut r = Reader(body);
        if r.take(MAGIC.len())? != MAGIC || r.take(4)? != FORMAT.to_le_bytes() {
            return None;
        }
        let mut m = Manifest {
            tool: r.str()?.to_string(),
            global: r.u128()?,
            content: r.u128()?,
            ..Manifest::default()
        };
        for _ in 0..r.len()? {
            m.search.push((r.str()?.to_string(), r.str()?.to_string()));
        }
        let n = r.len()?;
        let mut keys: Vec<u64> = Vec::with_capacity(n);
        m.reads.reserve(n);
        for _ in 0..n {
            let k = r.u64()?;
            keys.push(k);
            m.reads.insert(k, r.u128()?);
        }
        m.shared = unrank(&mut r, &keys)?;
        for map in [&mut m.groups, &mut m.pages] {
            let n = r.len()?;
            map.reserve(n);
            for _ in 0..n {
                let k = r.u64()?;
                map.insert(k, unrank(&mut r, &keys)?);
            }
        }
        let n = r.len()?;
        m.files.reserve(n);
        let mut path = String::new();
        for _ in 0..n {
            let same = r.len()?;
            let rest = r.str()?;
            path.truncate(same);
            if path.len() != same || !path.is_char_boundary(same) {
                return None;
            }
            path.push_str(rest);
            let hash = r.u128()?;
            let size = r.varint()?;
            let owner = match r.take(1)?[0] {
                0 => Owner::Page(r.u64()?),
                1 => Owner::Search,
                2 => Owner::Exports,
                3 => Owner::Assets,
                4 => Owner::Global,
                _ => return None,
            };
            m.files
                .insert(path.clone(), FileEntry { hash, size, owner });
        }
        for _ in 0..r.len()? {
            let path = r.str()?.to_string();
            let mut table = Vec::new();
            for _ in 0..r.len()? {
                table.push(Piece {
                    key: r.u128()?,
                    offset: r.varint()?,
                    len: r.varint()?,
                });
            }
            m.pieces.insert(path, table);
        }
        r.0.is_empty().then_some(m)
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

/// Writes `keys` as their ranks among the manifest's reads, sorted: a
/// count, then each rank as the difference from the one before; `false`
/// if a key is not a read of the manifest.
fn ranks(w: &mut Writer, keys: &[u64], rank: &KeyMap<usize>) -> bool {
    let Some(mut r) = keys
        .iter()
        .map(|k| rank.get(k).copied())
        .collect::<Option<Vec<usize>>>()
    else {
        return false;
    };
    r.sort_unstable();
    r.dedup();
    w.len(r.len());
    let mut last = 0;
    for n in r {
        w.len(n - last);
        last = n;
    }
    true
}

/// The keys of ranks written by [`ranks`].
fn unrank(r: &mut Reader, keys: &[u64]) -> Option<Vec<u64>> {
    let n = r.len()?;
    let mut at = 0usize;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let d = r.len()?;
        at = at.checked_add(d)?;
        out.push(*keys.get(at)?);
    }
    Some(out)
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
            shared: vec![1, 3],
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
        let bytes = m.to_bytes();
        let back = Manifest::from_bytes(&bytes).expect("reads back");
        assert_eq!(back, m);
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(back.pages[&42], vec![1, 3]);
        assert_eq!(back.groups[&44], vec![3]);
        assert_eq!(back.files["fr/index.html"].owner, Owner::Page(42));
        assert_eq!(back.data_sizes()["associations.csv"], 99);
        assert_eq!(
            back.pieces["data/associations.csv.gz"][1].key, 8,
            "in order"
        );
    }

    #[test]
    fn paths_sharing_a_beginning_and_not_ascii_round_trip() {
        let mut m = sample();
        for path in [
            "ar/associations/a/index.html",
            "ar/associations/ab/index.html",
            "ar/associations/ⴰⵣⵓⵍ/index.html",
            "ar/associations/ⴰⵣ/index.html",
            "ar/الجمعيات/index.html",
            "ar",
        ] {
            m.files.insert(
                path.into(),
                FileEntry {
                    hash: 1,
                    size: u64::MAX,
                    owner: Owner::Page(u64::MAX),
                },
            );
        }
        let back = Manifest::from_bytes(&m.to_bytes()).expect("reads back");
        assert_eq!(back, m);
    }

    #[test]
    fn a_manifest_cut_short_or_edited_reads_as_none() {
        let bytes = sample().to_bytes();
        for cut in [0, 1, 16, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(Manifest::from_bytes(&bytes[..cut]), None, "cut at {cut}");
        }
        // Any byte changed: the checksum no longer matches.
        for at in [0, 17, bytes.len() / 2, bytes.len() - 1] {
            let mut edited = bytes.clone();
            edited[at] ^= 1;
            assert_eq!(Manifest::from_bytes(&edited), None, "byte {at}");
        }
        // The older text format, or another format with a right checksum.
        assert_eq!(
            Manifest::from_bytes(b"nassij-manifest 3\ntool\tx\nend\t1\n"),
            None
        );
        let mut other = bytes[..bytes.len() - 16].to_vec();
        other[16] = 3;
        let sum = xxh3_128(&other);
        other.extend_from_slice(&sum.to_le_bytes());
        assert_eq!(Manifest::from_bytes(&other), None);
        assert_eq!(Manifest::from_bytes(b""), None);
    }

    #[test]
    fn a_count_larger_than_the_bytes_left_is_refused_without_reserving() {
        let mut w = Writer(Vec::new());
        w.0.extend_from_slice(MAGIC);
        w.0.extend_from_slice(&FORMAT.to_le_bytes());
        w.bytes(b"tool");
        w.u128(0);
        w.u128(0);
        w.varint(u64::MAX);
        let sum = xxh3_128(&w.0);
        w.u128(sum);
        assert_eq!(Manifest::from_bytes(&w.0), None);
    }
}
