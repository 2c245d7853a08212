//! The words of the bodies, kept between builds: most of a search index's
//! cost is finding the words of every body (normalizing, folding and
//! cutting its text, [`super::normalize`]), and an edit changes one body.
//! The words of a body are a function of its Markdown alone, so they are
//! kept on disk keyed by a hash of it, and a build finds again only those
//! of the bodies that changed. The associations' names and summaries are
//! kept the same way, keyed by a hash of their text with another seed. The indexes are the same bytes with the
//! cache, without it, or with a damaged one.
//!
//! One file, `words.bin`, in the cache folder of the parse cache (by
//! default `.nassij-cache/` at the site's root; `--no-cache` uses
//! neither):
//!
//! ```text
//! MAGIC  format version (u32)  tool (u16 length, bytes)  entry count (u32)
//! entries: key (16 bytes)  length (u32)  the words, each ended by "\n"
//! BLAKE3 of everything before (32 bytes)
//! ```
//!
//! (the parse cache's layout, written and read by the same code:
//! `crate::load::cache::{frame, unframe, write}`).
//!
//! The key is the xxh3-128 of the Markdown; the tool field holds nassij's
//! version and the fingerprint of its sources (the code that finds words
//! may change with any of them). A file with another magic, format or
//! tool, a wrong checksum or a length that does not add up is ignored as a
//! whole. A build writes the file again only when it found words that the
//! cache did not have or did not use some it had (so the cache holds the
//! bodies of the last build, no more), beside the old one then renamed
//! over it: a reader sees one whole file. Integers are little-endian.

use crate::load::cache::{frame, unframe, write};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use xxhash_rust::xxh3::{xxh3_128, xxh3_128_with_seed};

/// The cache's file in its folder.
const FILE: &str = "words.bin";

const MAGIC: &[u8; 16] = b"nassij-words\0\0\0\n";

/// The layout above; bump it whenever it changes.
const FORMAT: u32 = 1;

/// This binary's version and the fingerprint of its sources.
fn tool() -> String {
    format!("{}+{}", env!("CARGO_PKG_VERSION"), crate::builtin::BUILD_ID)
}

/// The words of the bodies as the last build found them, and those this
/// build finds.
pub struct Words {
    file: PathBuf,
    /// The entries of the file as read.
    bytes: Vec<u8>,
    /// Where each key's words are in `bytes`.
    at: HashMap<u128, (usize, usize)>,
    /// The keys of `at` this build used.
    used: Mutex<HashSet<u128>>,
    /// The words this build found that `at` did not have.
    found: Mutex<HashMap<u128, String>>,
}

impl Words {
    /// The cache of the folder `dir`: empty when there is none or it cannot
    /// be read whole.
    pub fn open(dir: &Path) -> Words {
        let file = dir.join(FILE);
        let bytes = std::fs::read(&file).unwrap_or_default();
        let at = read_index(&bytes).unwrap_or_default();
        Words {
            file,
            bytes,
            at,
            used: Mutex::new(HashSet::new()),
            found: Mutex::new(HashMap::new()),
        }
    }

    /// The words of the body `markdown`: as kept, else as `find` finds them
    /// (kept for the next build).
    pub fn of(&self, markdown: &str, find: impl FnOnce() -> String) -> Cow<'_, str> {
        self.get(xxh3_128(markdown.as_bytes()), find)
    }

    /// The words of a plain text (a name, a summary): as kept, else as
    /// `find` finds them. Keyed apart from the bodies (another seed): the
    /// same characters as Markdown may give other words.
    pub fn of_text(&self, text: &str, find: impl FnOnce() -> String) -> Cow<'_, str> {
        self.get(xxh3_128_with_seed(text.as_bytes(), 1), find)
    }

    fn get(&self, key: u128, find: impl FnOnce() -> String) -> Cow<'_, str> {
        if let Some(&(start, end)) = self.at.get(&key)
            && let Ok(words) = std::str::from_utf8(&self.bytes[start..end])
        {
            lock(&self.used).insert(key);
            return Cow::Borrowed(words);
        }
        let words = find();
        lock(&self.found).insert(key, words.clone());
        Cow::Owned(words)
    }

    /// How many bodies' words were kept and how many were found.
    pub fn counts(&self) -> (usize, usize) {
        (lock(&self.used).len(), lock(&self.found).len())
    }

    /// Writes the words this build used and found, when it asked any and
    /// they differ from the file's. The folder is made when missing.
    pub fn save(self) -> std::io::Result<()> {
        let used = self.used.into_inner().unwrap_or_else(|e| e.into_inner());
        let found = self.found.into_inner().unwrap_or_else(|e| e.into_inner());
        // Nothing asked (no index was made: no record changed) leaves the
        // file as it is; so does a build that used all of it and no more.
        if found.is_empty() && (used.is_empty() || used.len() == self.at.len()) {
            return Ok(());
        }
        let mut entries: Vec<([u8; 16], &[u8])> = used
            .iter()
            .filter_map(|k| self.at.get(k).map(|&(s, e)| (*k, &self.bytes[s..e])))
            .chain(found.iter().map(|(k, w)| (*k, w.as_bytes())))
            .map(|(k, w)| (k.to_le_bytes(), w))
            .collect();
        entries.sort_unstable_by_key(|(k, _)| *k);
        entries.dedup_by_key(|(k, _)| *k);
        let entries: Vec<(&[u8], &[u8])> = entries.iter().map(|(k, w)| (&k[..], *w)).collect();
        write(&self.file, &frame(MAGIC, FORMAT, &tool(), &entries))
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Where each entry's words are in `bytes`; `None` unless the file is a
/// whole one of this tool.
fn read_index(bytes: &[u8]) -> Option<HashMap<u128, (usize, usize)>> {
    let entries = unframe(bytes, MAGIC, FORMAT, &tool(), 16)?;
    entries
        .into_iter()
        .map(|(key, start, len)| {
            Some((
                u128::from_le_bytes(key.try_into().ok()?),
                (start, start + len),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Words;

    fn found(w: &Words, markdown: &str) -> (String, bool) {
        let mut called = false;
        let words = w
            .of(markdown, || {
                called = true;
                format!("{}\n", markdown.to_lowercase())
            })
            .into_owned();
        (words, called)
    }

    #[test]
    fn what_one_build_finds_the_next_one_reads() {
        let dir = tempfile::tempdir().unwrap();
        let w = Words::open(dir.path());
        assert_eq!(found(&w, "Tifawin"), ("tifawin\n".into(), true));
        assert_eq!(found(&w, "Amal"), ("amal\n".into(), true));
        assert_eq!(w.counts(), (0, 2));
        w.save().unwrap();
        let w = Words::open(dir.path());
        assert_eq!(found(&w, "Tifawin"), ("tifawin\n".into(), false));
        assert_eq!(found(&w, "Nour"), ("nour\n".into(), true));
        assert_eq!(w.counts(), (1, 1));
        w.save().unwrap();
        // A build that made no index asks nothing: the file stays whole.
        let w = Words::open(dir.path());
        assert_eq!(w.counts(), (0, 0));
        w.save().unwrap();
        // The entry the last build did not use is gone.
        let w = Words::open(dir.path());
        assert_eq!(w.at.len(), 2);
        assert!(found(&w, "Amal").1, "Amal was dropped");
    }

    #[test]
    fn a_text_and_a_body_of_the_same_characters_are_kept_apart() {
        let dir = tempfile::tempdir().unwrap();
        let w = Words::open(dir.path());
        assert_eq!(w.of("**Amal**", || "amal\n".into()), "amal\n");
        assert_eq!(w.of_text("**Amal**", || "**amal**\n".into()), "**amal**\n");
        w.save().unwrap();
        let w = Words::open(dir.path());
        let never = || unreachable!("kept");
        assert_eq!(w.of("**Amal**", never), "amal\n");
        assert_eq!(w.of_text("**Amal**", never), "**amal**\n");
        assert_eq!(w.counts(), (2, 0));
    }

    #[test]
    fn a_damaged_file_is_ignored_whole() {
        let dir = tempfile::tempdir().unwrap();
        let w = Words::open(dir.path());
        found(&w, "Tifawin");
        w.save().unwrap();
        let file = dir.path().join(super::FILE);
        let bytes = std::fs::read(&file).unwrap();
        for damaged in [
            bytes[..bytes.len() - 1].to_vec(),
            bytes[..10].to_vec(),
            {
                let mut b = bytes.clone();
                b[40] ^= 1;
                b
            },
            Vec::new(),
        ] {
            std::fs::write(&file, &damaged).unwrap();
            let w = Words::open(dir.path());
            assert!(w.at.is_empty());
            assert_eq!(found(&w, "Tifawin"), ("tifawin\n".into(), true));
        }
    }
}
