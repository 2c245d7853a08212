//! Which pages an edit affects, from what each page read of the site when
//! it was last rendered ([`crate::validate::reads`]): no rule says which
//! page shows what; a page is rendered again when something it read
//! changed, and a page read by every page (the menu, through the context
//! the pages share) affects them all.

use crate::build::PageReads;
use crate::model::Kind;
use crate::present::Page;
use crate::validate::Site;
use crate::validate::reads::{IndexName, Read, Reads};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What must be rendered again.
#[derive(Debug, PartialEq, Eq)]
pub enum Affected {
    /// Every page of the site.
    All,
    /// These pages only (possibly none).
    Pages(Vec<Page>),
}

/// Each page's reads, and the pages that read each thing.
#[derive(Debug, Default)]
pub struct Readers {
    by_page: HashMap<Page, Reads>,
    readers: HashMap<Read, HashSet<Page>>,
    shared: Reads,
    /// What each value computed once for many pages read.
    groups: HashMap<Read, Reads>,
}

impl Readers {
    /// After a render of every page.
    pub fn reset(&mut self, reads: PageReads) {
        *self = Readers::default();
        self.update(reads);
    }

    /// After a render of some pages: their reads replace the old ones.
    pub fn update(&mut self, reads: PageReads) {
        for (page, read) in reads.pages {
            if let Some(old) = self.by_page.remove(&page) {
                for r in &old {
                    if let Some(set) = self.readers.get_mut(r) {
                        set.remove(&page);
                        if set.is_empty() {
                            self.readers.remove(r);
                        }
                    }
                }
            }
            for r in &read {
                self.readers
                    .entry(r.clone())
                    .or_default()
                    .insert(page.clone());
            }
            self.by_page.insert(page, read);
        }
        self.shared = reads.shared;
        self.groups.extend(reads.groups);
    }

    /// Whether `page` was rendered with its reads recorded.
    pub fn knows(&self, page: &Page) -> bool {
        self.by_page.contains_key(page)
    }

    /// The pages that read any of `changed`, in a stable order.
    pub fn affected(&self, changed: &Reads) -> Affected {
        // A value computed for many pages changed when one of its reads did.
        let mut changed = changed.clone();
        for (group, reads) in &self.groups {
            if reads.iter().any(|r| changed.contains(r)) {
                changed.insert(group.clone());
            }
        }
        if changed.iter().any(|r| self.shared.contains(r)) {
            return Affected::All;
        }
        let mut pages: Vec<Page> = changed
            .iter()
            .filter_map(|r| self.readers.get(r))
            .flatten()
            .cloned()
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        pages.sort_by_cached_key(|p| format!("{p:?}"));
        Affected::Pages(pages)
    }
}

/// What the site was, for the records an edit touches, before the edit.
pub struct Before {
    existed: HashSet<(Kind, String)>,
    entries: BTreeMap<(IndexName, String), Vec<String>>,
}

impl Before {
    pub(super) fn of(site: &Site, touched: &HashSet<(Kind, String)>) -> Before {
        Before {
            existed: touched
                .iter()
                .filter(|(k, s)| site.has(*k, s))
                .cloned()
                .collect(),
            entries: site.entries(),
        }
    }

    /// What the edit changed, as the reads that saw it: what is derived
    /// from every record, each touched record and its kind, the count of a kind that gained or lost a
    /// record, and every index entry whose list of records changed.
    pub fn changed(self, site: &Site, touched: &HashSet<(Kind, String)>) -> Reads {
        let mut changed: Reads = [Read::Derived].into_iter().collect();
        for (kind, slug) in touched {
            changed.insert(Read::Record(*kind, slug.clone()));
            changed.insert(Read::Body(*kind, slug.clone()));
            changed.insert(Read::Kind(*kind));
            let existed = self.existed.contains(&(*kind, slug.clone()));
            if existed != site.has(*kind, slug) {
                changed.insert(Read::Count(*kind));
            }
        }
        let after = site.entries();
        let keys: HashSet<&(IndexName, String)> = self.entries.keys().chain(after.keys()).collect();
        for key in keys {
            if self.entries.get(key) != after.get(key) {
                changed.insert(Read::Entry(key.0, key.1.clone()));
                changed.insert(Read::Index(key.0));
            }
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(slug: &str) -> Page {
        Page::record(Kind::Associations, slug).unwrap()
    }

    #[test]
    fn pages_are_found_by_what_they_read_and_shared_reads_touch_all() {
        let mut readers = Readers::default();
        let a = Read::Record(Kind::Associations, "a".into());
        let b = Read::Record(Kind::Associations, "b".into());
        readers.reset(PageReads {
            pages: [
                (page("a"), [a.clone()].into_iter().collect()),
                (page("b"), [a.clone(), b.clone()].into_iter().collect()),
            ]
            .into_iter()
            .collect(),
            shared: [Read::Kind(Kind::Pages)].into_iter().collect(),
            groups: HashMap::new(),
        });
        let only_b: Reads = [b.clone()].into_iter().collect();
        assert_eq!(readers.affected(&only_b), Affected::Pages(vec![page("b")]));
        // Page b no longer reads a.
        readers.update(PageReads {
            pages: [(page("b"), only_b.clone())].into_iter().collect(),
            shared: [Read::Kind(Kind::Pages)].into_iter().collect(),
            groups: HashMap::new(),
        });
        let only_a: Reads = [a].into_iter().collect();
        assert_eq!(readers.affected(&only_a), Affected::Pages(vec![page("a")]));
        let menu: Reads = [Read::Kind(Kind::Pages)].into_iter().collect();
        assert_eq!(readers.affected(&menu), Affected::All);
    }

    #[test]
    fn a_page_reading_a_group_is_affected_by_what_the_group_read() {
        let mut readers = Readers::default();
        let a = Read::Record(Kind::Associations, "a".into());
        let group = Read::Group("funding-grants");
        readers.reset(PageReads {
            pages: [(page("b"), [group.clone()].into_iter().collect())]
                .into_iter()
                .collect(),
            shared: Reads::new(),
            groups: [(group, [a.clone()].into_iter().collect())]
                .into_iter()
                .collect(),
        });
        let only_a: Reads = [a].into_iter().collect();
        assert_eq!(readers.affected(&only_a), Affected::Pages(vec![page("b")]));
        let other: Reads = [Read::Record(Kind::Associations, "c".into())]
            .into_iter()
            .collect();
        assert_eq!(readers.affected(&other), Affected::Pages(vec![]));
    }
}
