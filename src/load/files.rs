//! The file index of `check`: for each content file that loaded without
//! any diagnostic, its status (size, modification and change times in
//! nanoseconds, inode, device) and what its load gave that later stages
//! need, so that a file whose status did not change is not read again: a
//! record's parse cache key ([`super::cache`], which gives its typed
//! data), and the place and [`BodyFacts`] of each body. Such a body's text
//! is not read ([`crate::model::Body`]`::read` is false): validation reads
//! facts only, and `check` reads the few bodies its sample of pages shows
//! ([`super::read_body`]).
//!
//! A status says the bytes did not change only if a later write would
//! change it: a file written in the same clock tick as it was read could
//! change again without its times moving. So, like git's index (its "racy
//! git" rule), a file is kept only if it was modified and changed at least
//! [`RACY`] before the load began; a newer one is read again each time
//! until it is older. A file added has no entry, a removed one is dropped
//! at the next write.
//!
//! The index is `files.bin` in the cache folder, framed like the parse
//! cache ([`super::cache::frame`]): keys are the BLAKE3 of each file's
//! path, values the MessagePack of its status and what it gave. Unix only:
//! elsewhere every file is read.

use super::cache::{frame, unframe, write};
use crate::model::BodyFacts;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, SystemTime};

const FILE: &str = "files.bin";
const MAGIC: &[u8; 16] = b"nassij-files\0\0\0\n";
/// The layout above and of [`Seen`]; bump it whenever it changes.
const FORMAT: u32 = 1;

/// How long before a load a file must have been written to be kept.
pub(super) const RACY: Duration = Duration::from_secs(2);

/// A file's status; equal statuses, the same bytes (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Stamp {
    size: u64,
    mtime: i128,
    ctime: i128,
    ino: u64,
    dev: u64,
}

impl Stamp {
    /// The status in `meta`; `None` where there is no such status.
    pub(super) fn of(meta: &std::fs::Metadata) -> Option<Stamp> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
            Some(Stamp {
                size: meta.size(),
                mtime: ns(meta.mtime(), meta.mtime_nsec()),
                ctime: ns(meta.ctime(), meta.ctime_nsec()),
                ino: meta.ino(),
                dev: meta.dev(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }
}

/// What loading a file gave, beyond the fact that it raised no diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) enum Known {
    /// A record: the key of its data in the parse cache, and its body's
    /// offset in the file and facts (Markdown kinds).
    Record {
        yaml: [u8; 32],
        body: Option<(usize, BodyFacts)>,
    },
    /// A body translation: its facts.
    Translation(BodyFacts),
}

#[derive(Serialize, Deserialize)]
struct Seen {
    stamp: Stamp,
    known: Known,
}

/// A file found unchanged: what it gave, and its entry to keep.
pub(super) struct Hit {
    pub(super) known: Known,
    key: [u8; 32],
    start: usize,
    len: usize,
}

/// The index of one load: the entries read, the ones this load keeps or
/// makes, and when it began.
pub(super) struct Files {
    file: PathBuf,
    bytes: Vec<u8>,
    index: HashMap<[u8; 32], (usize, usize)>,
    /// Nanoseconds since the epoch, [`RACY`] before the load began: files
    /// changed later are not kept.
    before: i128,
    /// Each entry kept: its key, and its bytes, new or in `bytes`.
    kept: Mutex<Vec<([u8; 32], Kept)>>,
    /// An entry was made or one read did not hold.
    changed: AtomicBool,
    hits: AtomicUsize,
}

/// An entry's bytes: where they are in the file read, or new.
enum Kept {
    Read(usize, usize),
    New(Vec<u8>),
}

fn path_key(rel: &Path) -> [u8; 32] {
    *blake3::hash(rel.as_os_str().as_encoded_bytes()).as_bytes()
}

impl Files {
    /// The index in `dir` for a load that began at `now`; empty when there
    /// is none or it cannot be used.
    pub(super) fn open(dir: &Path, tool: &str, now: SystemTime) -> Files {
        let file = dir.join(FILE);
        let bytes = std::fs::read(&file).unwrap_or_default();
        let index: Option<HashMap<[u8; 32], (usize, usize)>> =
            unframe(&bytes, MAGIC, FORMAT, tool, 32).and_then(|entries| {
                let count = entries.len();
                let mut index = HashMap::with_capacity(count);
                for (key, start, len) in entries {
                    index.insert(key.try_into().ok()?, (start, len));
                }
                (index.len() == count).then_some(index)
            });
        let (bytes, index) = match index {
            Some(index) => (bytes, index),
            None => (Vec::new(), HashMap::new()),
        };
        let since = now
            .checked_sub(RACY)
            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        Files {
            file,
            bytes,
            index,
            before: since,
            kept: Mutex::new(Vec::new()),
            changed: AtomicBool::new(false),
            hits: AtomicUsize::new(0),
        }
    }

    /// What `rel` gave when last loaded, if its status is the same now.
    pub(super) fn known(&self, root: &Path, rel: &Path) -> Option<Hit> {
        let key = path_key(rel);
        let &(start, len) = self.index.get(&key)?;
        let hit = (|| {
            let seen: Seen = rmp_serde::from_slice(&self.bytes[start..start + len]).ok()?;
            let meta = std::fs::symlink_metadata(root.join(rel)).ok()?;
            (meta.is_file() && Stamp::of(&meta) == Some(seen.stamp)).then_some(seen.known)
        })();
        match hit {
            Some(known) => Some(Hit {
                known,
                key,
                start,
                len,
            }),
            None => {
                self.changed.store(true, Relaxed);
                None
            }
        }
    }

    /// Keeps the entry of a file found unchanged, which gave what it gave.
    pub(super) fn keep(&self, hit: &Hit) {
        self.push(hit.key, Kept::Read(hit.start, hit.len));
        self.hits.fetch_add(1, Relaxed);
    }

    /// Keeps what `rel` gave, read with the status in `meta`, unless it
    /// changed too recently for its status to be trusted.
    pub(super) fn remember(&self, rel: &Path, meta: &std::fs::Metadata, known: Known) {
        let Some(stamp) = Stamp::of(meta) else {
            return;
        };
        self.changed.store(true, Relaxed);
        if stamp.mtime >= self.before || stamp.ctime >= self.before {
            return;
        }
        if let Ok(bytes) = rmp_serde::to_vec(&Seen { stamp, known }) {
            self.push(path_key(rel), Kept::New(bytes));
        }
    }

    fn push(&self, key: [u8; 32], bytes: Kept) {
        self.kept
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((key, bytes));
    }

    /// Files not read again.
    pub(super) fn hits(&self) -> usize {
        self.hits.load(Relaxed)
    }

    /// Writes the entries kept, when they differ from the file read (the
    /// index follows the site: files gone are dropped). Any failure leaves
    /// the old file or none.
    pub(super) fn save(self, tool: &str) -> std::io::Result<()> {
        let mut kept = self.kept.into_inner().unwrap_or_else(|e| e.into_inner());
        if !self.changed.load(Relaxed) && kept.len() == self.index.len() {
            return Ok(());
        }
        kept.sort_unstable_by_key(|k| k.0);
        kept.dedup_by(|a, b| a.0 == b.0);
        let entries: Vec<(&[u8], &[u8])> = kept
            .iter()
            .map(|(k, b)| {
                let bytes = match b {
                    Kept::Read(start, len) => &self.bytes[*start..*start + *len],
                    Kept::New(bytes) => bytes.as_slice(),
                };
                (&k[..], bytes)
            })
            .collect();
        write(&self.file, &frame(MAGIC, FORMAT, tool, &entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOOL: &str = "test";

    fn facts(n: usize) -> Known {
        Known::Translation(BodyFacts {
            blank: false,
            links: Vec::new(),
            placeholders: vec![n],
        })
    }

    /// A folder holding `a.md` ("one"), and the cache folder in it.
    fn site_with_one_file() -> (tempfile::TempDir, std::path::PathBuf) {
        let site = tempfile::tempdir().unwrap();
        std::fs::write(site.path().join("a.md"), "one").unwrap();
        let dir = site.path().join("cache");
        (site, dir)
    }

    /// Remembers `rel` as `known` in a load at `now`, and saves.
    fn remember(dir: &Path, root: &Path, rel: &str, known: Known, now: SystemTime) {
        let files = Files::open(dir, TOOL, now);
        let meta = std::fs::metadata(root.join(rel)).unwrap();
        files.remember(Path::new(rel), &meta, known);
        files.save(TOOL).unwrap();
    }

    fn known(dir: &Path, root: &Path, rel: &str, now: SystemTime) -> Option<Known> {
        Files::open(dir, TOOL, now)
            .known(root, Path::new(rel))
            .map(|h| h.known)
    }

    #[test]
    #[cfg(unix)]
    fn a_file_is_known_while_its_status_holds() {
        let (site, dir) = site_with_one_file();
        let root = site.path();
        let later = SystemTime::now() + Duration::from_secs(60);
        remember(&dir, root, "a.md", facts(1), later);
        assert_eq!(known(&dir, root, "a.md", later), Some(facts(1)));
        assert_eq!(known(&dir, root, "b.md", later), None);
        // Another size; then the same size written again (new times).
        std::fs::write(root.join("a.md"), "three").unwrap();
        assert_eq!(known(&dir, root, "a.md", later), None);
        remember(&dir, root, "a.md", facts(3), later);
        assert_eq!(known(&dir, root, "a.md", later), Some(facts(3)));
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(root.join("a.md"), "THREE").unwrap();
        assert_eq!(known(&dir, root, "a.md", later), None);
        // Removed: unknown, and dropped by the next save.
        remember(&dir, root, "a.md", facts(4), later);
        std::fs::remove_file(root.join("a.md")).unwrap();
        let files = Files::open(&dir, TOOL, later);
        assert!(files.known(root, Path::new("a.md")).is_none());
        files.save(TOOL).unwrap();
        assert!(Files::open(&dir, TOOL, later).index.is_empty());
    }

    /// A file modified less than [`RACY`] before the load is not kept: an
    /// edit in the same clock tick would leave its status as it was.
    #[test]
    fn a_file_written_just_before_the_load_is_not_kept() {
        let (site, dir) = site_with_one_file();
        let root = site.path();
        let now = SystemTime::now();
        remember(&dir, root, "a.md", facts(1), now);
        assert_eq!(known(&dir, root, "a.md", now), None);
        // Changed within the same second, same size: read again.
        std::fs::write(root.join("a.md"), "two").unwrap();
        assert_eq!(known(&dir, root, "a.md", now), None);
    }

    #[test]
    fn a_damaged_or_foreign_index_is_empty() {
        let (site, dir) = site_with_one_file();
        let root = site.path();
        let later = SystemTime::now() + Duration::from_secs(60);
        remember(&dir, root, "a.md", facts(1), later);
        let good = std::fs::read(dir.join(FILE)).unwrap();
        assert_eq!(Files::open(&dir, "another tool", later).index.len(), 0);
        for i in [0, good.len() / 2, good.len() - 1] {
            let mut bad = good.clone();
            bad[i] ^= 0x40;
            std::fs::write(dir.join(FILE), &bad).unwrap();
            assert!(Files::open(&dir, TOOL, later).index.is_empty());
        }
        std::fs::write(dir.join(FILE), &good[..good.len() - 1]).unwrap();
        assert!(Files::open(&dir, TOOL, later).index.is_empty());
    }
}
