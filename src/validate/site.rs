//! The validated site: published records (drafts left out unless asked for)
//! sorted by slug, and the indexes that pages need, all computed once here.
//! It is read-only from here on: rendering receives it by reference.

pub use super::coverage::Coverage;
use super::directory::Selection;
use super::reads::{Entries, IndexName, Read, Records, note};
use crate::load::Content;
use crate::model::config::SiteConfig;
use crate::model::date::{OfferStatus, Today, offer_status};
use crate::model::ids::Slug;
use crate::model::kinds::{KindData, Scheduled};
use crate::model::lang::Lang;
use crate::model::records::*;
use crate::model::taxonomy::Taxonomies;
use crate::model::{Kind, Record};
use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};

/// Options that change what is published.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Publish records marked `draft: true`.
    pub drafts: bool,
    /// Publish offers and news dated after "today" (scheduled).
    pub future: bool,
}

/// An association's participation in a programme, seen from the programme.
#[derive(Debug, Clone, Copy)]
pub struct Participant {
    pub association: usize,
    pub entry: usize,
}

/// The validated site: the published records of every kind, sorted by
/// slug, with the indexes that pages need.
#[derive(Debug, Clone)]
pub struct Site {
    pub(crate) config: SiteConfig,
    pub(crate) tax: Taxonomies,
    pub(crate) today: Today,
    /// The records of each kind; reading them notes what a page read
    /// ([`super::reads`]).
    pub associations: Records<Association>,
    /// The published programmes.
    pub programmes: Records<Programme>,
    pub(crate) offers: Records<Offer>,
    pub(crate) results: Records<Results>,
    pub(crate) institutions: Records<Institution>,
    pub(crate) news: Records<News>,
    pub(crate) pages: Records<Page>,
    pub(crate) coverage: Coverage,
    /// Slug -> position, per kind.
    index: HashMap<Kind, HashMap<String, usize>>,
    /// The lists of the directory ([`super::directory`]): who is in each,
    /// read with [`Site::members`], and in what order each language shows
    /// them, read with [`Site::directory`].
    members: Entries<String, Vec<usize>>,
    directory: Entries<String, Vec<usize>>,
    /// Programme slug -> the associations taking part.
    pub participants: Entries<Slug, Vec<Participant>>,
    /// Programme slug -> child programmes (phases), offers, results, news.
    pub children: Entries<Slug, Vec<usize>>,
    pub(crate) offers_by_programme: Entries<Slug, Vec<usize>>,
    pub(crate) results_by_programme: Entries<Slug, Vec<usize>>,
    pub(crate) news_by_programme: Entries<Slug, Vec<usize>>,
    /// Association slug -> (offer, award index) of the awards it received.
    pub awards_by_association: Entries<Slug, Vec<(usize, usize)>>,
    /// Offer statuses as of `today`, by offer position: derived from the
    /// offer alone, and read with it (`offers[i]` notes the read).
    pub offer_status: Vec<OfferStatus>,
}

/// The records not scheduled for a later day (unless `--future`): an
/// offer is online from its `published` date, a news item from its `date`.
fn not_scheduled<T: Scheduled>(
    mut records: Vec<Record<T>>,
    options: &Options,
    today: &Today,
) -> Vec<Record<T>> {
    if !options.future {
        let today = today.date();
        records.retain(|r| !r.data.is_scheduled(today));
    }
    records
}

fn published<T: KindData>(records: Vec<Record<T>>, drafts: bool) -> Records<T> {
    let mut records = records;
    if !drafts {
        records.retain(|r| !r.data.is_draft());
    }
    records.sort_by(|a, b| a.slug.cmp(&b.slug));
    Records::new(T::KIND, records)
}

fn slug_index<T>(records: &[Record<T>]) -> HashMap<String, usize> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.slug.0.clone(), i))
        .collect()
}

impl Site {
    pub(super) fn build(
        config: SiteConfig,
        tax: Taxonomies,
        content: Content,
        today: Today,
        options: &Options,
        coverage: Coverage,
    ) -> Site {
        let d = options.drafts;
        let offers = published(not_scheduled(content.offers, options, &today), d);
        let news = published(not_scheduled(content.news, options, &today), d);
        let mut site = Site {
            config,
            tax,
            today,
            associations: published(content.associations, d),
            programmes: published(content.programmes, d),
            offers,
            results: published(content.results, d),
            institutions: published(content.institutions, d),
            news,
            pages: published(content.pages, d),
            coverage,
            index: HashMap::new(),
            members: Entries::new(IndexName::Members, BTreeMap::new()),
            directory: Entries::new(IndexName::Directory, BTreeMap::new()),
            participants: Entries::new(IndexName::Participants, BTreeMap::new()),
            children: Entries::new(IndexName::Children, BTreeMap::new()),
            offers_by_programme: Entries::new(IndexName::OffersByProgramme, BTreeMap::new()),
            results_by_programme: Entries::new(IndexName::ResultsByProgramme, BTreeMap::new()),
            news_by_programme: Entries::new(IndexName::NewsByProgramme, BTreeMap::new()),
            awards_by_association: Entries::new(IndexName::AwardsByAssociation, BTreeMap::new()),
            offer_status: Vec::new(),
        };
        site.sort();
        site.reindex();
        site
    }

    /// Offers by closing date, then slug; news newest first (the other
    /// kinds stay sorted by slug).
    fn sort(&mut self) {
        self.offers.sort_by(|a, b| {
            a.data
                .closes
                .last_moment()
                .cmp(&b.data.closes.last_moment())
                .then_with(|| a.slug.cmp(&b.slug))
        });
        self.news.sort_by(|a, b| {
            b.data
                .date
                .cmp(&a.data.date)
                .then_with(|| a.slug.cmp(&b.slug))
        });
    }

    /// Replaces published records by new versions with the same slugs
    /// (`nassij serve`, after [`crate::validate::Memo::patch`] checked them), sorts
    /// again and computes the indexes again. Returns the versions replaced.
    /// A record whose slug is not published is left out.
    pub(crate) fn replace(
        &mut self,
        changed: Vec<super::changed::Changed>,
    ) -> Vec<super::changed::Changed> {
        use super::changed::Changed;
        fn swap<T>(
            list: &mut [Record<T>],
            index: &HashMap<String, usize>,
            new: Record<T>,
        ) -> Option<Record<T>> {
            let i = *index.get(new.slug.as_str())?;
            Some(std::mem::replace(&mut list[i], new))
        }
        let mut old = Vec::with_capacity(changed.len());
        let mut resort = false;
        let mut reindex = false;
        for c in changed {
            let Some(index) = self.index.get(&c.kind()) else {
                continue;
            };
            let replaced = match c {
                Changed::Association(r) => {
                    let before = swap(&mut self.associations, index, r);
                    reindex |= before.as_ref().is_none_or(|b| {
                        let a = &self.associations[index[b.slug.as_str()]].data;
                        a.region != b.data.region
                            || a.name != b.data.name
                            || a.province != b.data.province
                            || a.domains != b.data.domains
                            || a.programmes.len() != b.data.programmes.len()
                            || a.programmes
                                .iter()
                                .zip(&b.data.programmes)
                                .any(|(x, y)| x.programme != y.programme)
                    });
                    before.map(Changed::Association)
                }
                Changed::Programme(r) => {
                    // Only a programme's parent is indexed (its children).
                    let before = swap(&mut self.programmes, index, r);
                    reindex |= before.as_ref().is_none_or(|b| {
                        self.programmes[index[b.slug.as_str()]].data.parent != b.data.parent
                    });
                    before.map(Changed::Programme)
                }
                Changed::Offer(r) => {
                    (resort, reindex) = (true, true);
                    swap(&mut self.offers, index, r).map(Changed::Offer)
                }
                Changed::Results(r) => {
                    reindex = true;
                    swap(&mut self.results, index, r).map(Changed::Results)
                }
                Changed::News(r) => {
                    (resort, reindex) = (true, true);
                    swap(&mut self.news, index, r).map(Changed::News)
                }
            };
            old.extend(replaced);
        }
        if resort {
            self.sort();
        }
        if reindex || resort {
            self.reindex();
        }
        old
    }

    /// The indexes, from the records.
    fn reindex(&mut self) {
        let (associations, programmes, offers, results, news) = (
            self.associations.unnoted(),
            self.programmes.unnoted(),
            self.offers.unnoted(),
            self.results.unnoted(),
            self.news.unnoted(),
        );
        macro_rules! slug_indexes {
            ($(($kind:ident, $data:ident, $field:ident)),*) => {
                [$((Kind::$kind, slug_index(self.$field.unnoted())),)*]
            };
        }
        let index: HashMap<Kind, HashMap<String, usize>> =
            crate::with_kinds!(slug_indexes).into_iter().collect();
        let mut participants: BTreeMap<Slug, Vec<Participant>> = BTreeMap::new();
        for (i, a) in associations.iter().enumerate() {
            for (entry, p) in a.data.programmes.iter().enumerate() {
                participants
                    .entry(p.programme.clone())
                    .or_default()
                    .push(Participant {
                        association: i,
                        entry,
                    });
            }
        }
        let mut children: BTreeMap<Slug, Vec<usize>> = BTreeMap::new();
        for (i, p) in programmes.iter().enumerate() {
            if let Some(parent) = &p.data.parent {
                children.entry(parent.clone()).or_default().push(i);
            }
        }
        let mut offers_by_programme: BTreeMap<Slug, Vec<usize>> = BTreeMap::new();
        let mut awards_by_association: BTreeMap<Slug, Vec<(usize, usize)>> = BTreeMap::new();
        for (i, o) in offers.iter().enumerate() {
            if let Some(p) = &o.data.programme {
                offers_by_programme.entry(p.clone()).or_default().push(i);
            }
            for (j, aw) in o.data.awards.iter().enumerate() {
                awards_by_association
                    .entry(aw.association.clone())
                    .or_default()
                    .push((i, j));
            }
        }
        let mut results_by_programme: BTreeMap<Slug, Vec<usize>> = BTreeMap::new();
        for (i, r) in results.iter().enumerate() {
            results_by_programme
                .entry(r.data.programme.clone())
                .or_default()
                .push(i);
        }
        let mut news_by_programme: BTreeMap<Slug, Vec<usize>> = BTreeMap::new();
        for (i, n) in news.iter().enumerate() {
            for p in &n.data.programmes {
                news_by_programme.entry(p.clone()).or_default().push(i);
            }
        }
        let offer_status = offers
            .iter()
            .map(|o| offer_status(o.data.opens, o.data.closes, &self.today))
            .collect();
        self.index = index;
        let lists = super::directory::lists(&self.config, associations);
        self.members = Entries::new(IndexName::Members, lists.members);
        self.directory = Entries::new(IndexName::Directory, lists.ordered);
        self.participants = Entries::new(IndexName::Participants, participants);
        self.children = Entries::new(IndexName::Children, children);
        self.offers_by_programme = Entries::new(IndexName::OffersByProgramme, offers_by_programme);
        self.results_by_programme =
            Entries::new(IndexName::ResultsByProgramme, results_by_programme);
        self.news_by_programme = Entries::new(IndexName::NewsByProgramme, news_by_programme);
        self.awards_by_association =
            Entries::new(IndexName::AwardsByAssociation, awards_by_association);
        self.offer_status = offer_status;
    }

    /// Every entry of the derived indexes as a list of slugs (with the
    /// entry's item where it names one): compared before and after an
    /// edit, they tell `serve` which entries changed, whatever positions
    /// moved.
    pub fn entries(&self) -> BTreeMap<(IndexName, String), Vec<String>> {
        type Out = BTreeMap<(IndexName, String), Vec<String>>;
        fn put<K: Ord + Borrow<str> + ToString, V>(
            out: &mut Out,
            map: &Entries<K, Vec<V>>,
            item: impl Fn(&V) -> String,
        ) {
            for (key, list) in map.unnoted() {
                out.insert(
                    (map.name(), key.to_string()),
                    list.iter().map(&item).collect(),
                );
            }
        }
        let associations = self.associations.unnoted();
        let programmes = self.programmes.unnoted();
        let offers = self.offers.unnoted();
        let results = self.results.unnoted();
        let news = self.news.unnoted();
        let association = |&i: &usize| associations[i].slug.0.clone();
        let mut out = Out::new();
        put(&mut out, &self.members, association);
        put(&mut out, &self.directory, association);
        put(&mut out, &self.children, |&i| programmes[i].slug.0.clone());
        put(&mut out, &self.offers_by_programme, |&i| {
            offers[i].slug.0.clone()
        });
        put(&mut out, &self.results_by_programme, |&i| {
            results[i].slug.0.clone()
        });
        put(&mut out, &self.news_by_programme, |&i| {
            news[i].slug.0.clone()
        });
        put(&mut out, &self.participants, |p| {
            format!("{}#{}", associations[p.association].slug.0, p.entry)
        });
        put(&mut out, &self.awards_by_association, |(o, j)| {
            format!("{}#{j}", offers[*o].slug.0)
        });
        out
    }

    /// The associations of a list of the directory, in the alphabetical
    /// order of `lang` (positions in [`Site::associations`]); empty when
    /// the list has none.
    pub(crate) fn directory(&self, lang: Lang, selection: &Selection) -> &[usize] {
        self.directory
            .get(&super::directory::key(lang, selection))
            .map_or(&[], Vec::as_slice)
    }

    /// How many associations a list of the directory has (noted as a read
    /// of who is in it, not of their order: renaming an association does
    /// not change a count).
    pub(crate) fn members(&self, selection: &Selection) -> usize {
        self.members.get(&selection.to_string()).map_or(0, Vec::len)
    }

    /// True when a record of `kind` with `slug` is published in this build
    /// (noted as a read of that record: its appearing matters too).
    pub fn has(&self, kind: Kind, slug: &str) -> bool {
        note(|| Read::Record(kind, slug.to_string()));
        self.index.get(&kind).is_some_and(|m| m.contains_key(slug))
    }

    /// The slugs of a kind's published records, in the site's order.
    pub fn slugs(&self, kind: Kind) -> Box<dyn Iterator<Item = &Slug> + '_> {
        macro_rules! slugs {
            ($(($kind:ident, $data:ident, $field:ident)),*) => {
                match kind {
                    $(Kind::$kind => Box::new(self.$field.iter().map(|r| &r.slug)),)*
                }
            };
        }
        crate::with_kinds!(slugs)
    }

    /// The position of record (kind, slug) in its list, noted as a read of
    /// that record.
    pub fn position(&self, kind: Kind, slug: &str) -> Option<usize> {
        note(|| Read::Record(kind, slug.to_string()));
        self.unnoted_position(kind, slug)
    }

    /// [`Site::position`] without noting a read (`check`'s own lookups).
    fn unnoted_position(&self, kind: Kind, slug: &str) -> Option<usize> {
        self.index.get(&kind).and_then(|m| m.get(slug)).copied()
    }

    /// The file of record (kind, slug), from the site's root (`check` reads
    /// the last commit dates of the few pages it renders).
    pub fn file_of(&self, kind: Kind, slug: &str) -> Option<&std::path::Path> {
        let i = self.unnoted_position(kind, slug)?;
        macro_rules! file {
            ($(($kind:ident, $data:ident, $field:ident)),*) => {
                match kind {
                    $(Kind::$kind => self.$field.get(i).map(|r| r.file.as_path()),)*
                }
            };
        }
        crate::with_kinds!(file)
    }

    /// Gives `read` each body of record (kind, slug), its own and its
    /// translations: `check` reads there the text of the bodies its load
    /// did not read (`crate::load::read_body`), for the few pages it
    /// renders. The one change to a site after validation besides
    /// [`Site::replace`]; it touches neither records' data nor indexes.
    pub fn read_bodies(&mut self, kind: Kind, slug: &str, read: &dyn Fn(&mut crate::model::Body)) {
        fn each<T>(r: &mut Record<T>, read: &dyn Fn(&mut crate::model::Body)) {
            r.body
                .iter_mut()
                .chain(r.translations.values_mut())
                .for_each(read);
        }
        let Some(i) = self.unnoted_position(kind, slug) else {
            return;
        };
        macro_rules! bodies {
            ($(($kind:ident, $data:ident, $field:ident)),*) => {
                match kind {
                    $(Kind::$kind => self.$field.get_mut(i).into_iter().for_each(|r| each(r, read)),)*
                }
            };
        }
        crate::with_kinds!(bodies)
    }
}
