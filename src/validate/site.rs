//! The validated site: published records (drafts left out unless asked for)
//! sorted by slug, and the indexes that pages need, all computed once here.
//! It is read-only from here on: rendering receives it by reference.

use super::Options;
use crate::load::Content;
use crate::model::config::SiteConfig;
use crate::model::date::{OfferStatus, Today, offer_status};
use crate::model::records::*;
use crate::model::taxonomy::Taxonomies;
use crate::model::{Kind, Record};
use std::collections::{BTreeMap, HashMap};

/// Translation coverage: translated and total fields, per kind and language.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    pub cells: BTreeMap<(Kind, String), (usize, usize)>,
}

impl Coverage {
    pub fn add(&mut self, kind: Kind, lang: &str, total: usize, translated: usize) {
        let cell = self.cells.entry((kind, lang.to_string())).or_default();
        cell.0 += translated;
        cell.1 += total;
    }
}

/// An association's participation in a programme, seen from the programme.
#[derive(Debug, Clone, Copy)]
pub struct Participant {
    pub association: usize,
    pub entry: usize,
}

#[derive(Debug)]
pub struct Site {
    pub config: SiteConfig,
    pub tax: Taxonomies,
    pub today: Today,
    pub associations: Vec<Record<Association>>,
    pub programmes: Vec<Record<Programme>>,
    pub offers: Vec<Record<Offer>>,
    pub results: Vec<Record<Results>>,
    pub institutions: Vec<Record<Institution>>,
    pub news: Vec<Record<News>>,
    pub pages: Vec<Record<Page>>,
    pub coverage: Coverage,
    /// Slug -> position, per kind.
    pub index: HashMap<Kind, HashMap<String, usize>>,
    /// Associations by region code, province code and domain key.
    pub by_region: BTreeMap<String, Vec<usize>>,
    pub by_province: BTreeMap<String, Vec<usize>>,
    pub by_domain: BTreeMap<String, Vec<usize>>,
    /// Programme slug -> the associations taking part.
    pub participants: HashMap<String, Vec<Participant>>,
    /// Programme slug -> child programmes (phases), offers, results, news.
    pub children: HashMap<String, Vec<usize>>,
    pub offers_by_programme: HashMap<String, Vec<usize>>,
    pub results_by_programme: HashMap<String, Vec<usize>>,
    pub news_by_programme: HashMap<String, Vec<usize>>,
    /// Association slug -> (offer, award index) of the awards it received.
    pub awards_by_association: HashMap<String, Vec<(usize, usize)>>,
    /// Offer statuses as of `today`.
    pub offer_status: Vec<OfferStatus>,
}

fn published<T>(
    mut records: Vec<Record<T>>,
    drafts: bool,
    is_draft: impl Fn(&T) -> bool,
) -> Vec<Record<T>> {
    if !drafts {
        records.retain(|r| !is_draft(&r.data));
    }
    records.sort_by(|a, b| a.slug.cmp(&b.slug));
    records
}

fn slug_index<T>(records: &[Record<T>]) -> HashMap<String, usize> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.slug.0.clone(), i))
        .collect()
}

impl Site {
    pub fn build(
        config: SiteConfig,
        tax: Taxonomies,
        content: Content,
        today: Today,
        options: &Options,
        coverage: Coverage,
    ) -> Site {
        let d = options.drafts;
        let associations = published(content.associations, d, |x| x.draft);
        let programmes = published(content.programmes, d, |x| x.draft);
        let mut offers = published(content.offers, d, |x| x.draft);
        let results = published(content.results, d, |x| x.draft);
        let institutions = published(content.institutions, d, |x| x.draft);
        let mut news = published(content.news, d, |x| x.draft);
        let pages = published(content.pages, d, |x| x.draft);
        // Offers by closing date, then slug; news newest first.
        offers.sort_by(|a, b| {
            a.data
                .closes
                .last_moment()
                .cmp(&b.data.closes.last_moment())
                .then_with(|| a.slug.cmp(&b.slug))
        });
        news.sort_by(|a, b| {
            b.data
                .date
                .cmp(&a.data.date)
                .then_with(|| a.slug.cmp(&b.slug))
        });

        let index: HashMap<Kind, HashMap<String, usize>> = [
            (Kind::Associations, slug_index(&associations)),
            (Kind::Programmes, slug_index(&programmes)),
            (Kind::Offers, slug_index(&offers)),
            (Kind::Results, slug_index(&results)),
            (Kind::Institutions, slug_index(&institutions)),
            (Kind::News, slug_index(&news)),
            (Kind::Pages, slug_index(&pages)),
        ]
        .into_iter()
        .collect();

        let mut by_region: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_province: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_domain: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut participants: HashMap<String, Vec<Participant>> = HashMap::new();
        for (i, a) in associations.iter().enumerate() {
            by_region
                .entry(a.data.region.0.clone())
                .or_default()
                .push(i);
            by_province
                .entry(a.data.province.0.clone())
                .or_default()
                .push(i);
            for dom in &a.data.domains {
                let list = by_domain.entry(dom.0.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            for (entry, p) in a.data.programmes.iter().enumerate() {
                participants
                    .entry(p.programme.0.clone())
                    .or_default()
                    .push(Participant {
                        association: i,
                        entry,
                    });
            }
        }
        let mut children: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in programmes.iter().enumerate() {
            if let Some(parent) = &p.data.parent {
                children.entry(parent.0.clone()).or_default().push(i);
            }
        }
        let mut offers_by_programme: HashMap<String, Vec<usize>> = HashMap::new();
        let mut awards_by_association: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (i, o) in offers.iter().enumerate() {
            if let Some(p) = &o.data.programme {
                offers_by_programme.entry(p.0.clone()).or_default().push(i);
            }
            for (j, aw) in o.data.awards.iter().enumerate() {
                awards_by_association
                    .entry(aw.association.0.clone())
                    .or_default()
                    .push((i, j));
            }
        }
        let mut results_by_programme: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in results.iter().enumerate() {
            results_by_programme
                .entry(r.data.programme.0.clone())
                .or_default()
                .push(i);
        }
        let mut news_by_programme: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, n) in news.iter().enumerate() {
            for p in &n.data.programmes {
                news_by_programme.entry(p.0.clone()).or_default().push(i);
            }
        }
        let offer_status = offers
            .iter()
            .map(|o| offer_status(o.data.opens, o.data.closes, &today))
            .collect();
        Site {
            config,
            tax,
            today,
            associations,
            programmes,
            offers,
            results,
            institutions,
            news,
            pages,
            coverage,
            index,
            by_region,
            by_province,
            by_domain,
            participants,
            children,
            offers_by_programme,
            results_by_programme,
            news_by_programme,
            awards_by_association,
            offer_status,
        }
    }

    /// True when a record of `kind` with `slug` is published in this build.
    pub fn has(&self, kind: Kind, slug: &str) -> bool {
        self.index.get(&kind).is_some_and(|m| m.contains_key(slug))
    }

    pub fn position(&self, kind: Kind, slug: &str) -> Option<usize> {
        self.index.get(&kind).and_then(|m| m.get(slug)).copied()
    }
}
