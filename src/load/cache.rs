//! The parse cache: the typed data of every record file that parsed
//! without any diagnostic, kept on disk between runs and keyed by the
//! BLAKE3 hash of what was parsed (the kind's folder and the YAML text), so
//! that `check` and `build` parse again only the files whose bytes changed.
//!
//! What is cached is the result of the one costly step, turning a record's
//! YAML into its type ([`super::parse_yaml`]); reading the file, splitting
//! the front matter, the body and every check run as without a cache, and a
//! file whose YAML gives any diagnostic is never cached (it is parsed again
//! each time, and says the same). The result of a load is therefore the
//! same with a cache, without one, or with a damaged one.
//!
//! The cache is one file, `parse.bin`, in the cache folder (by default
//! `.nassij-cache/` at the site's root):
//!
//! ```text
//! MAGIC  format version (u32)  tool (u16 length, bytes)  entry count (u32)
//! entries: key (32 bytes)  length (u32)  MessagePack of the record's type
//! BLAKE3 of everything before (32 bytes)
//! ```
//!
//! The tool field holds nassij's version and a fingerprint of the code that
//! parses (src/model/, src/load/, Cargo.lock: see build.rs). A file with
//! another magic, format or tool, a wrong checksum or a length that does not
//! add up is ignored as a whole. A new file is written beside the old one
//! and renamed over it, so a reader sees the old file or the new one, never
//! half of one; two runs writing at once each leave a whole file.
//! Integers are little-endian.

use crate::model::Kind;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

/// The folder a site's cache goes in when none is given.
pub const DEFAULT_DIR: &str = ".nassij-cache";

/// The cache's file in its folder.
const FILE: &str = "parse.bin";

const MAGIC: &[u8; 16] = b"nassij-parse\0\0\0\n";

/// The layout above; bump it whenever it changes.
const FORMAT: u32 = 1;

/// This binary's version and the fingerprint of its parsing code.
pub(super) fn tool() -> String {
    format!(
        "{} {}",
        env!("CARGO_PKG_VERSION"),
        env!("NASSIJ_PARSE_FINGERPRINT")
    )
}

/// Where a load keeps its parse cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheDir(pub PathBuf);

impl CacheDir {
    /// `.nassij-cache/` at the site's root.
    pub fn default_for(root: &Path) -> CacheDir {
        CacheDir(root.join(DEFAULT_DIR))
    }

    fn file(&self) -> PathBuf {
        self.0.join(FILE)
    }
}

/// A cache key: the BLAKE3 hash of a kind's folder and a YAML text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Key(pub(super) [u8; 32]);

// The key is a uniform hash already: its first 8 bytes are the table's hash.
impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let mut first = [0; 8];
        first.copy_from_slice(&self.0[..8]);
        state.write_u64(u64::from_le_bytes(first));
    }
}

#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type KeyMap<V> = HashMap<Key, V, BuildHasherDefault<KeyHasher>>;

impl Key {
    pub(super) fn of(kind: Kind, yaml: &str) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(kind.folder().as_bytes());
        h.update(&[0]);
        h.update(yaml.as_bytes());
        Key(*h.finalize().as_bytes())
    }
}

/// The cache of one load: the entries read from disk, which of them this
/// load used, and the records it parsed anew. Shared by the parsing threads.
pub(super) struct Store {
    file: PathBuf,
    bytes: Vec<u8>,
    /// Key to (start, length) in `bytes` and entry number.
    index: KeyMap<(usize, usize, usize)>,
    used: Vec<AtomicBool>,
    fresh: Mutex<Vec<(Key, Vec<u8>)>>,
    hits: AtomicUsize,
}

impl Store {
    /// The cache in `dir`; empty when there is none or it cannot be used.
    pub(super) fn open(dir: &CacheDir) -> Store {
        let file = dir.file();
        let bytes = std::fs::read(&file).unwrap_or_default();
        let (bytes, index) = match read_index(&bytes) {
            Some(index) => (bytes, index),
            None => (Vec::new(), KeyMap::default()),
        };
        let used = (0..index.len()).map(|_| AtomicBool::new(false)).collect();
        Store {
            file,
            bytes,
            index,
            used,
            fresh: Mutex::new(Vec::new()),
            hits: AtomicUsize::new(0),
        }
    }

    /// The value cached under `key`, if any and if it reads back as a `T`.
    pub(super) fn get<T: DeserializeOwned>(&self, key: &Key) -> Option<T> {
        let &(start, len, n) = self.index.get(key)?;
        let value = rmp_serde::from_slice(&self.bytes[start..start + len]).ok()?;
        self.used[n].store(true, Relaxed);
        self.hits.fetch_add(1, Relaxed);
        Some(value)
    }

    /// Keeps `value`, parsed from the text of `key`, for the next load.
    pub(super) fn put<T: Serialize>(&self, key: Key, value: &T) {
        if let Ok(bytes) = rmp_serde::to_vec(value) {
            self.fresh
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((key, bytes));
        }
    }

    /// (entries reused, entries parsed anew) so far.
    pub(super) fn counts(&self) -> (usize, usize) {
        let fresh = self.fresh.lock().map_or(0, |f| f.len());
        (self.hits.load(Relaxed), fresh)
    }

    /// Writes the entries this load used or parsed, when they differ from
    /// the file read: the cache follows the site and never grows with
    /// versions of files that are gone. Any failure leaves the old file
    /// (or none); the cache is an optimisation, never a requirement.
    pub(super) fn save(self) -> std::io::Result<()> {
        let fresh = self.fresh.into_inner().unwrap_or_else(|e| e.into_inner());
        let unused = self.used.iter().any(|u| !u.load(Relaxed));
        if fresh.is_empty() && !unused {
            return Ok(());
        }
        let mut kept: Vec<(&Key, &[u8])> = self
            .index
            .iter()
            .filter(|(_, (_, _, n))| self.used[*n].load(Relaxed))
            .map(|(k, &(start, len, _))| (k, &self.bytes[start..start + len]))
            .collect();
        let mut seen: HashSet<&Key, BuildHasherDefault<KeyHasher>> = HashSet::default();
        // A key read from the file but unused failed to read back: its
        // fresh value replaces it.
        let reused = |k: &Key| {
            self.index
                .get(k)
                .is_some_and(|&(_, _, n)| self.used[n].load(Relaxed))
        };
        for (key, bytes) in &fresh {
            if !reused(key) && seen.insert(key) {
                kept.push((key, bytes));
            }
        }
        write(&self.file, &encode(&kept))
    }
}

/// Tells tools that the folder can be dropped: git ignores it (whatever the
/// site's .gitignore says) and backup tools that follow the cache directory
/// tagging convention skip it.
fn mark_as_cache(dir: &Path) {
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        let _ = std::fs::write(
            ignore,
            "# nassij's parse cache: made again by any run, never committed.\n*\n",
        );
    }
    let tag = dir.join("CACHEDIR.TAG");
    if !tag.exists() {
        let _ = std::fs::write(
            tag,
            "Signature: 8a477f597d28d172789f06886806bc55\n\
             # This folder is nassij's parse cache: see https://bford.info/cachedir/\n",
        );
    }
}

/// The file's bytes for these entries.
fn encode(entries: &[(&Key, &[u8])]) -> Vec<u8> {
    let entries: Vec<(&[u8], &[u8])> = entries.iter().map(|(k, b)| (&k.0[..], *b)).collect();
    frame(MAGIC, FORMAT, &tool(), &entries)
}

/// The entries of a cache file, or `None` when anything in it is not what
/// this binary writes.
fn read_index(bytes: &[u8]) -> Option<KeyMap<(usize, usize, usize)>> {
    let entries = unframe(bytes, MAGIC, FORMAT, &tool(), 32)?;
    let count = entries.len();
    let mut index = KeyMap::default();
    index.reserve(count);
    for (n, (key, start, len)) in entries.into_iter().enumerate() {
        index.insert(Key(key.try_into().ok()?), (start, len, n));
    }
    (index.len() == count).then_some(index)
}

/// The bytes of a cache file (this one, and the words of the bodies of
/// `crate::search::words`): `magic`, `format` (u32), `tool` (u16 length,
/// bytes), the entry count (u32), each entry (key, length as u32, bytes),
/// then the BLAKE3 of everything before. Integers are little-endian.
pub(crate) fn frame(
    magic: &[u8; 16],
    format: u32,
    tool: &str,
    entries: &[(&[u8], &[u8])],
) -> Vec<u8> {
    let size: usize = entries.iter().map(|(k, b)| k.len() + 4 + b.len()).sum();
    let mut out = Vec::with_capacity(64 + tool.len() + size);
    out.extend_from_slice(magic);
    out.extend_from_slice(&format.to_le_bytes());
    out.extend_from_slice(&(tool.len() as u16).to_le_bytes());
    out.extend_from_slice(tool.as_bytes());
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    for (key, bytes) in entries {
        out.extend_from_slice(key);
        out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(bytes);
    }
    let sum = blake3::hash(&out);
    out.extend_from_slice(sum.as_bytes());
    out
}

/// The entries of a file [`frame`] wrote with the same `magic`, `format`
/// and `tool`, keys of `key_len` bytes: each key and where its bytes are in
/// `bytes` (start, length), in the file's order; `None` when anything in
/// it is not what [`frame`] writes (cut short, damaged, another tool).
pub(crate) fn unframe<'a>(
    bytes: &'a [u8],
    magic: &[u8; 16],
    format: u32,
    tool: &str,
    key_len: usize,
) -> Option<Vec<(&'a [u8], usize, usize)>> {
    let body_len = bytes.len().checked_sub(32)?;
    let (body, sum) = bytes.split_at(body_len);
    if blake3::hash(body).as_bytes() != sum {
        return None;
    }
    let mut r = Reader { bytes: body, at: 0 };
    if r.take(magic.len())? != magic || r.u32()? != format {
        return None;
    }
    let tool_len = usize::from(u16::from_le_bytes(r.take(2)?.try_into().ok()?));
    if r.take(tool_len)? != tool.as_bytes() {
        return None;
    }
    let count = r.u32()? as usize;
    // Each entry takes `key_len + 4` bytes at least: a count larger than
    // that allows is a damaged file, not a reason to reserve memory.
    let mut entries = Vec::with_capacity(count.min(body.len() / (key_len + 4)));
    for _ in 0..count {
        let key = r.take(key_len)?;
        let len = r.u32()? as usize;
        let start = r.at;
        r.take(len)?;
        entries.push((key, start, len));
    }
    (r.at == body.len()).then_some(entries)
}

/// Writes the cache file `file` whole: into a temporary file in its folder
/// (made when missing, and marked as a cache), then renamed over it, so a
/// reader sees the old file or the new one, never half of one.
pub(crate) fn write(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    mark_as_cache(dir);
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(dir: &Path, entries: &[(Kind, &str, &str)]) -> Store {
        let store = Store::open(&CacheDir(dir.to_path_buf()));
        for (kind, yaml, value) in entries {
            store.put(Key::of(*kind, yaml), &value.to_string());
        }
        store
    }

    #[test]
    fn what_one_load_puts_the_next_one_gets() {
        let dir = tempfile::tempdir().unwrap();
        store_with(dir.path(), &[(Kind::Associations, "name: a\n", "A")])
            .save()
            .unwrap();
        let store = Store::open(&CacheDir(dir.path().to_path_buf()));
        let key = Key::of(Kind::Associations, "name: a\n");
        assert_eq!(store.get::<String>(&key).as_deref(), Some("A"));
        assert_eq!(store.counts(), (1, 0));
        // Same text, another kind: another key.
        assert!(
            store
                .get::<String>(&Key::of(Kind::News, "name: a\n"))
                .is_none()
        );
        assert!(dir.path().join(".gitignore").is_file());
        assert!(dir.path().join("CACHEDIR.TAG").is_file());
    }

    #[test]
    fn entries_no_load_used_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        store_with(
            dir.path(),
            &[
                (Kind::Associations, "a", "A"),
                (Kind::Associations, "b", "B"),
            ],
        )
        .save()
        .unwrap();
        let store = Store::open(&CacheDir(dir.path().to_path_buf()));
        assert!(
            store
                .get::<String>(&Key::of(Kind::Associations, "a"))
                .is_some()
        );
        store.save().unwrap();
        let store = Store::open(&CacheDir(dir.path().to_path_buf()));
        assert_eq!(store.index.len(), 1);
    }

    #[test]
    fn any_damage_empties_the_cache_without_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        store_with(
            dir.path(),
            &[(Kind::Associations, "a", "A"), (Kind::News, "b", "B")],
        )
        .save()
        .unwrap();
        let file = dir.path().join(FILE);
        let good = std::fs::read(&file).unwrap();
        assert!(read_index(&good).is_some());
        // Every truncation and every flipped byte.
        for len in 0..good.len() {
            assert!(read_index(&good[..len]).is_none(), "truncated to {len}");
        }
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x40;
            assert!(read_index(&bad).is_none(), "byte {i} changed");
        }
        // A valid file of another tool or format (its checksum right).
        for (from, to) in [
            (tool().into_bytes(), b"0.0.0 0000000000000000".to_vec()),
            (FORMAT.to_le_bytes().to_vec(), 99u32.to_le_bytes().to_vec()),
        ] {
            let at = good
                .windows(from.len())
                .position(|w| w == from.as_slice())
                .unwrap();
            let mut other = good[..good.len() - 32].to_vec();
            other.splice(at..at + from.len(), to);
            let sum = blake3::hash(&other);
            other.extend_from_slice(sum.as_bytes());
            assert!(read_index(&other).is_none());
        }
        std::fs::write(&file, b"garbage").unwrap();
        let store = Store::open(&CacheDir(dir.path().to_path_buf()));
        assert_eq!(store.index.len(), 0);
    }

    #[test]
    fn a_value_that_does_not_read_back_as_its_type_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        store_with(dir.path(), &[(Kind::Associations, "a", "A")])
            .save()
            .unwrap();
        let store = Store::open(&CacheDir(dir.path().to_path_buf()));
        assert!(
            store
                .get::<Vec<u64>>(&Key::of(Kind::Associations, "a"))
                .is_none()
        );
        assert_eq!(store.counts(), (0, 0));
    }
}
