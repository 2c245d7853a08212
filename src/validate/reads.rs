//! What a page reads of the [`Site`](super::Site), recorded while it
//! renders: `serve` keeps each page's reads and, after an edit, renders
//! again exactly the pages that read something the edit changed. Nothing
//! is written by hand about which page shows what: the record lists and
//! the derived indexes of the site note every read themselves, when a
//! recording is under way on the thread ([`recording`]); otherwise a read
//! costs one thread-local check.
//!
//! Reads are noted at the granularity that an edit can be compared at: a
//! record (by kind and slug), a whole kind (a list, a scan), the number of
//! records of a kind, an entry of a derived index (the associations of a
//! region), a whole index.

use crate::model::{Kind, Record};
use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::ops::{Deref, DerefMut, Index, Range};

/// The derived indexes of the site, each a map from a key to a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IndexName {
    /// Who is in each list of the directory, by selection.
    Members,
    /// The lists of the directory in each language's order, by language
    /// and selection.
    Directory,
    /// Associations taking part in each programme, by programme slug.
    Participants,
    /// Child programmes (phases) of each programme, by programme slug.
    Children,
    /// Offers of each programme, by programme slug.
    OffersByProgramme,
    /// Results reports of each programme, by programme slug.
    ResultsByProgramme,
    /// News items about each programme, by programme slug.
    NewsByProgramme,
    /// Awards received by each association, by association slug.
    AwardsByAssociation,
}

/// One thing a page read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Read {
    /// A record's fields, or that it does not exist.
    Record(Kind, String),
    /// A record's bodies (its Markdown in every language): read by the
    /// pages that show them, not by those that list the record.
    Body(Kind, String),
    /// A value computed once for many pages (the funding lists), by name:
    /// it changes when one of the reads made computing it changes (kept
    /// once beside the pages' reads, `build::PageReads::groups`).
    Group(&'static str),
    /// Every record of a kind (a list or a scan of them).
    Kind(Kind),
    /// How many records a kind has.
    Count(Kind),
    /// One entry of an index (as a list of records, in order).
    Entry(IndexName, String),
    /// A whole index (iterated).
    Index(IndexName),
    /// What is derived from every record: the search manifests, the data
    /// tables. Any edit may change it.
    Derived,
}

/// The reads of one page (or of what every page shares).
pub type Reads = HashSet<Read>;

thread_local! {
    static READS: RefCell<Option<Reads>> = const { RefCell::new(None) };
}

/// Runs `f` and returns what it read of the site on this thread. Nested
/// recordings are independent: the outer one does not see the inner one's
/// reads (a page rendered inside another's recording, were rayon to steal
/// work, keeps its own).
pub fn recording<R>(f: impl FnOnce() -> R) -> (R, Reads) {
    let outer = READS.with(|r| r.replace(Some(Reads::new())));
    let value = f();
    let reads = READS.with(|r| r.replace(outer)).unwrap_or_default();
    (value, reads)
}

/// Notes a read, when a recording is under way on this thread.
pub fn note(read: impl FnOnce() -> Read) {
    READS.with(|r| {
        if let Some(reads) = r.borrow_mut().as_mut() {
            reads.insert(read());
        }
    });
}

/// The published records of one kind, in the site's order. Indexing
/// (`records[i]`) notes the record; anything else that sees the list (an
/// iteration, `len`, a slice) notes the whole kind; [`Records::count`] and
/// [`Records::window`] note less.
#[derive(Debug, Clone)]
pub struct Records<T> {
    kind: Kind,
    items: Vec<Record<T>>,
}

impl<T> Records<T> {
    pub(super) fn new(kind: Kind, items: Vec<Record<T>>) -> Self {
        Records { kind, items }
    }

    /// How many records there are, noted as such (not their contents).
    pub fn count(&self) -> usize {
        note(|| Read::Count(self.kind));
        self.items.len()
    }

    /// The records in `range` (clamped), each noted.
    pub fn window(&self, range: Range<usize>) -> &[Record<T>] {
        let end = range.end.min(self.items.len());
        let slice = &self.items[range.start.min(end)..end];
        for r in slice {
            note(|| Read::Record(self.kind, r.slug.0.clone()));
        }
        slice
    }

    /// The list, for the site's own upkeep (sorting, indexing); reads here
    /// are not a page's.
    pub(super) fn unnoted(&self) -> &[Record<T>] {
        &self.items
    }
}

impl<T> Deref for Records<T> {
    type Target = [Record<T>];
    fn deref(&self) -> &[Record<T>] {
        note(|| Read::Kind(self.kind));
        &self.items
    }
}

impl<T> DerefMut for Records<T> {
    fn deref_mut(&mut self) -> &mut [Record<T>] {
        &mut self.items
    }
}

impl<'a, T> IntoIterator for &'a Records<T> {
    type Item = &'a Record<T>;
    type IntoIter = std::slice::Iter<'a, Record<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T> Index<usize> for Records<T> {
    type Output = Record<T>;
    fn index(&self, i: usize) -> &Record<T> {
        let r = &self.items[i];
        note(|| Read::Record(self.kind, r.slug.0.clone()));
        r
    }
}

/// A derived index, keyed by an identity (a region code, a slug...): a
/// key's entry is noted when it is looked up ([`Entries::get`]); anything
/// that sees the whole map notes the index.
#[derive(Debug, Clone)]
pub struct Entries<K, V> {
    name: IndexName,
    map: BTreeMap<K, V>,
}

impl<K: Ord + Borrow<str>, V> Entries<K, V> {
    pub(super) fn new(name: IndexName, map: BTreeMap<K, V>) -> Self {
        Entries { name, map }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&V> {
        note(|| Read::Entry(self.name, key.to_string()));
        self.map.get(key)
    }

    pub(super) fn name(&self) -> IndexName {
        self.name
    }

    /// The map, for the site's own upkeep; reads here are not a page's.
    pub(super) fn unnoted(&self) -> &BTreeMap<K, V> {
        &self.map
    }
}

impl<K, V> Deref for Entries<K, V> {
    type Target = BTreeMap<K, V>;
    fn deref(&self) -> &BTreeMap<K, V> {
        note(|| Read::Index(self.name));
        &self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::Slug;
    use std::path::PathBuf;

    fn record(slug: &str) -> Record<()> {
        Record {
            slug: Slug(slug.into()),
            file: PathBuf::new(),
            data: (),
            body: None,
            translations: BTreeMap::new(),
        }
    }

    #[test]
    fn reads_are_noted_only_while_recording_and_at_their_grain() {
        let list = Records::new(Kind::News, vec![record("a"), record("b"), record("c")]);
        let _ = &list[0]; // not recording: nothing kept
        let ((), reads) = recording(|| {
            let _ = &list[1];
            let _ = list.count();
            let _ = list.window(2..10);
        });
        let want: Reads = [
            Read::Record(Kind::News, "b".into()),
            Read::Count(Kind::News),
            Read::Record(Kind::News, "c".into()),
        ]
        .into_iter()
        .collect();
        assert_eq!(reads, want);
        let ((), reads) = recording(|| {
            let _ = list.iter().count();
        });
        assert_eq!(reads, [Read::Kind(Kind::News)].into_iter().collect());
    }

    #[test]
    fn index_entries_and_nested_recordings() {
        let map = Entries::new(
            IndexName::Members,
            [("region/MA-09".to_string(), vec![1usize])]
                .into_iter()
                .collect(),
        );
        let ((inner, ()), outer) = recording(|| {
            let (_, inner) = recording(|| {
                let _ = map.get("region/MA-01");
            });
            let _ = map.len();
            (inner, ())
        });
        assert_eq!(
            inner,
            [Read::Entry(IndexName::Members, "region/MA-01".into())]
                .into_iter()
                .collect()
        );
        assert_eq!(
            outer,
            [Read::Index(IndexName::Members)].into_iter().collect()
        );
    }
}
