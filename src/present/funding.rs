//! Funding: where the money went (`/{lang}/funding/`, SPEC.md "Site").
//! The awards counted are exactly the grants of the 360Giving file
//! ([`crate::export`], `grants.rs`): every award with an amount and a date,
//! in dirhams (an offer in another currency is left out of the sums, which
//! cannot add dirhams to euros). Amounts are summed in centimes, as
//! integers, so that every total is the exact sum of the awards it links.

use super::memo::{BY, ByKey, GRANTS, Grant, Kept};
use super::urls::{self, FundingBy};
use super::view::{Link, Money, Tx, View};
use crate::model::Kind;
use crate::validate::Site;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Whether an offer's amounts are in dirhams (the default currency).
fn in_dirhams(site: &Site, offer: usize) -> bool {
    site.offers[offer]
        .data
        .amount
        .as_ref()
        .and_then(|a| a.currency.as_deref())
        .is_none_or(|c| c == "MAD")
}

/// An amount in dirhams as centimes.
pub(crate) fn cents(amount: f64) -> i64 {
    (amount * 100.0).round() as i64
}

/// Every counted award, newest first (ties by offer slug, then award
/// order).
pub(crate) fn grants(site: &Site) -> Vec<Grant> {
    let mut out = Vec::new();
    for (i, offer) in site.offers.iter().enumerate() {
        if !in_dirhams(site, i) {
            continue;
        }
        for (j, aw) in offer.data.awards.iter().enumerate() {
            let (Some(amount), Some(date)) = (aw.amount, aw.date) else {
                continue;
            };
            out.push(Grant {
                offer: i,
                award: j,
                cents: cents(amount),
                date,
                association: site.position(Kind::Associations, aw.association.as_str()),
            });
        }
    }
    out.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| site.offers[a.offer].slug.cmp(&site.offers[b.offer].slug))
            .then(a.award.cmp(&b.award))
    });
    out
}

/// Every counted award ([`grants`]), from the view's memo when it has one.
fn all_grants<'v>(v: &View<'v>) -> Cow<'v, [Grant]> {
    match v.funding {
        Some(memo) => Cow::Borrowed(Kept::get(&memo.grants, GRANTS, || grants(v.site)).as_slice()),
        None => Cow::Owned(grants(v.site)),
    }
}

/// The awards of one division key (all of them for `None`): [`select`],
/// from the view's memo when it has one.
fn selected<'v>(v: &View<'v>, by: Option<(FundingBy, &str)>) -> Cow<'v, [Grant]> {
    let (Some(memo), Some((by, key))) = (v.funding, by) else {
        return match by {
            None => all_grants(v),
            Some(_) => Cow::Owned(select(v.site, grants(v.site), by)),
        };
    };
    let all = all_grants(v);
    let slot = FundingBy::ALL.iter().position(|b| *b == by).unwrap_or(0);
    let index = Kept::get(&memo.by[slot], BY[slot], || {
        let mut index = ByKey::new();
        for (i, g) in all.iter().enumerate() {
            for k in keys_of(v.site, g, by) {
                let list = index.entry(k).or_default();
                // A key listed twice (a domain given twice) keeps the award once.
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        index
    });
    Cow::Owned(
        index
            .get(key)
            .map(|list| list.iter().map(|&i| all[i].clone()).collect())
            .unwrap_or_default(),
    )
}

/// The programme of a grant's offer.
fn programme_of<'s>(site: &'s Site, g: &Grant) -> Option<&'s str> {
    site.offers[g.offer]
        .data
        .programme
        .as_ref()
        .map(|p| p.as_str())
}

/// A programme and every programme below it (phases, projects).
pub(crate) fn subtree(site: &Site, slug: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut todo = vec![slug.to_string()];
    while let Some(s) = todo.pop() {
        if !out.insert(s.clone()) {
            continue;
        }
        if let Some(kids) = site.children.get(&s) {
            for &k in kids {
                todo.push(site.programmes[k].slug.0.clone());
            }
        }
    }
    out
}

/// The keys a grant is counted under in one division (several for
/// domains; a programme's grant also counts for its ancestors).
fn keys_of(site: &Site, g: &Grant, by: FundingBy) -> Vec<String> {
    let offer = &site.offers[g.offer].data;
    let assoc = g.association.map(|k| &site.associations[k].data);
    match by {
        FundingBy::Programme => {
            let mut out = Vec::new();
            let mut cur = offer.programme.as_ref().map(|p| p.0.clone());
            while let Some(p) = cur {
                if out.contains(&p) {
                    break;
                }
                cur = site
                    .position(Kind::Programmes, &p)
                    .and_then(|k| site.programmes[k].data.parent.as_ref())
                    .map(|x| x.0.clone());
                out.push(p);
            }
            out
        }
        FundingBy::Issuer => vec![offer.issuer.0.clone()],
        FundingBy::Region => assoc.map(|a| a.region.0.clone()).into_iter().collect(),
        FundingBy::Province => assoc.map(|a| a.province.0.clone()).into_iter().collect(),
        FundingBy::Year => vec![g.date.year().to_string()],
        FundingBy::Domain => assoc
            .map(|a| a.domains.iter().map(|d| d.0.clone()).collect())
            .unwrap_or_default(),
    }
}

/// The grants of one division key (all grants for `None`).
pub(crate) fn select(site: &Site, all: Vec<Grant>, by: Option<(FundingBy, &str)>) -> Vec<Grant> {
    match by {
        None => all,
        Some((by, key)) => all
            .into_iter()
            .filter(|g| keys_of(site, g, by).iter().any(|k| k == key))
            .collect(),
    }
}

/// The keys that have a funding page, per division: those with at least
/// one award, with their number of awards.
pub(crate) fn facet_keys(site: &Site) -> Vec<(FundingBy, String, usize)> {
    let grants = grants(site);
    let mut out = Vec::new();
    for by in FundingBy::ALL {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for g in &grants {
            for k in keys_of(site, g, by) {
                *counts.entry(k).or_default() += 1;
            }
        }
        out.extend(counts.into_iter().map(|(k, n)| (by, k, n)));
    }
    out
}

/// The number of awards on the list of `by` (every award for `None`).
pub(crate) fn count(site: &Site, by: Option<(FundingBy, &str)>) -> usize {
    select(site, grants(site), by).len()
}

/// Amount, number of awards and of recipient associations of some grants.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Totals {
    amount: Money,
    /// Centimes, for tests and proportions.
    cents: i64,
    awards: usize,
    recipients: usize,
}

fn totals(v: &View, grants: &[&Grant]) -> Totals {
    let cents: i64 = grants.iter().map(|g| g.cents).sum();
    let recipients: BTreeSet<&str> = grants
        .iter()
        .map(|g| {
            v.site.offers[g.offer].data.awards[g.award]
                .association
                .as_str()
        })
        .collect();
    Totals {
        amount: money(v, cents),
        cents,
        awards: grants.len(),
        recipients: recipients.len(),
    }
}

fn money(v: &View, cents: i64) -> Money {
    v.money(cents as f64 / 100.0, None)
}

/// One bar of a chart: a total, the page of the awards it sums, its length
/// on the chart's scale (percent of the largest bar).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Bar {
    /// The division's key (programme slug, region code, year...).
    key: String,
    label: Tx,
    url: Option<String>,
    totals: Totals,
    width: f64,
    /// For a programme with phases: what its own offers awarded.
    own: Option<Money>,
}

/// Bars of one division, largest first, on one scale.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Chart {
    by: &'static str,
    bars: Vec<Bar>,
}

fn label(v: &View, by: FundingBy, key: &str) -> Tx {
    match by {
        FundingBy::Programme => v.link(Kind::Programmes, key).text,
        FundingBy::Issuer => v.link(Kind::Institutions, key).text,
        FundingBy::Region => v.region(key),
        FundingBy::Province => v.province(key),
        FundingBy::Year => v.plain(key),
        FundingBy::Domain => v.domain(key),
    }
}

fn chart(v: &View, grants: &[Grant], by: FundingBy) -> Chart {
    let site = v.site;
    let mut groups: BTreeMap<String, Vec<&Grant>> = BTreeMap::new();
    for g in grants {
        for k in keys_of(site, g, by) {
            groups.entry(k).or_default().push(g);
        }
    }
    let mut bars: Vec<Bar> = groups
        .iter()
        .map(|(k, gs)| {
            let own = (by == FundingBy::Programme
                && site.children.get(k.as_str()).is_some_and(|c| !c.is_empty()))
            .then(|| {
                money(
                    v,
                    gs.iter()
                        .filter(|g| programme_of(site, g) == Some(k.as_str()))
                        .map(|g| g.cents)
                        .sum(),
                )
            });
            Bar {
                key: k.clone(),
                label: label(v, by, k),
                url: Some(urls::paginated(&urls::funding(v.lang, Some((by, k))), 1)),
                totals: totals(v, gs),
                width: 0.0,
                own,
            }
        })
        .collect();
    if by == FundingBy::Year {
        bars.sort_by(|a, b| b.label.text.cmp(&a.label.text));
    } else {
        bars.sort_by(|a, b| {
            b.totals
                .cents
                .cmp(&a.totals.cents)
                .then_with(|| a.label.text.cmp(&b.label.text))
        });
    }
    let max = bars
        .iter()
        .map(|b| b.totals.cents)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    for b in &mut bars {
        // Rounded to a tenth of a percent: the SVG stays short.
        b.width = (b.totals.cents as f64 / max * 1000.0).round() / 10.0;
    }
    Chart {
        by: by.as_str(),
        bars,
    }
}

/// One award in the list.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct AwardRow {
    /// Centimes, for tests.
    cents: i64,
    association: Link,
    offer: Link,
    programme: Option<Link>,
    amount: Money,
    date: String,
    date_iso: String,
}

fn award_row(v: &View, g: &Grant) -> AwardRow {
    let offer = &v.site.offers[g.offer];
    let aw = &offer.data.awards[g.award];
    AwardRow {
        cents: g.cents,
        association: v.link(Kind::Associations, aw.association.as_str()),
        offer: v.link(Kind::Offers, offer.slug.as_str()),
        programme: offer
            .data
            .programme
            .as_ref()
            .map(|p| v.link(Kind::Programmes, p.as_str())),
        amount: money(v, g.cents),
        date: v.date(g.date),
        date_iso: g.date.to_string(),
    }
}

/// What a funding page shows.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FundingView {
    /// The division and key of a facet page, with its name.
    by: Option<&'static str>,
    key: Option<String>,
    name: Option<Tx>,
    /// The record page of the facet (programme), when it has one.
    record_url: Option<String>,
    totals: Totals,
    /// Sum of the offers' `amount.total` (whole list only).
    offered: Option<Money>,
    offered_cents: Option<i64>,
    charts: Vec<Chart>,
    awards: Vec<AwardRow>,
    /// Index of the first award shown, from 1.
    first: usize,
    base: String,
}

/// The divisions a page breaks its awards down by: every one on the whole
/// list, the others on a facet page (a region's by province).
fn divisions(by: Option<FundingBy>) -> Vec<FundingBy> {
    match by {
        None => FundingBy::ALL.to_vec(),
        Some(FundingBy::Region) => vec![FundingBy::Province, FundingBy::Programme, FundingBy::Year],
        Some(FundingBy::Province) => vec![FundingBy::Programme, FundingBy::Year],
        Some(FundingBy::Year) => vec![FundingBy::Programme, FundingBy::Issuer, FundingBy::Region],
        Some(FundingBy::Programme) => {
            vec![FundingBy::Programme, FundingBy::Region, FundingBy::Year]
        }
        Some(FundingBy::Issuer) => vec![FundingBy::Programme, FundingBy::Region, FundingBy::Year],
        Some(FundingBy::Domain) => vec![FundingBy::Region, FundingBy::Year],
    }
}

/// The funding page of `by` (the whole list for `None`), page `page` of its
/// awards; with the number of pages.
pub(crate) fn funding_view(
    v: &View,
    by: Option<(FundingBy, &str)>,
    page: usize,
) -> (FundingView, usize) {
    let site = v.site;
    let list = selected(v, by);
    let refs: Vec<&Grant> = list.iter().collect();
    let pages = list.len().div_ceil(urls::PAGE_SIZE).max(1);
    let start = (page.max(1) - 1) * urls::PAGE_SIZE;
    let mut charts: Vec<Chart> = Vec::new();
    if page <= 1 {
        for d in divisions(by.map(|(b, _)| b)) {
            let mut c = chart(v, &list, d);
            if let Some((FundingBy::Programme, key)) = by {
                // A programme's page breaks down by its phases only.
                let below = subtree(site, key);
                c.bars.retain(|b| b.key != key && below.contains(&b.key));
                let max = c
                    .bars
                    .iter()
                    .map(|b| b.totals.cents)
                    .max()
                    .unwrap_or(1)
                    .max(1) as f64;
                for b in &mut c.bars {
                    b.width = (b.totals.cents as f64 / max * 1000.0).round() / 10.0;
                }
            }
            if !c.bars.is_empty() {
                charts.push(c);
            }
        }
    }
    let offered_cents: Option<i64> = by.is_none().then(|| {
        (0..site.offers.len())
            .filter(|&i| in_dirhams(site, i))
            .filter_map(|i| site.offers[i].data.amount.as_ref().and_then(|a| a.total))
            .map(cents)
            .sum()
    });
    let offered = offered_cents.map(|c| money(v, c));
    let view = FundingView {
        by: by.map(|(b, _)| b.as_str()),
        key: by.map(|(_, k)| k.to_string()),
        name: by.map(|(b, k)| label(v, b, k)),
        record_url: match by {
            Some((FundingBy::Programme, k)) => v.link(Kind::Programmes, k).url,
            _ => None,
        },
        totals: totals(v, &refs),
        offered,
        offered_cents,
        charts,
        awards: list
            .iter()
            .skip(start)
            .take(urls::PAGE_SIZE)
            .map(|g| award_row(v, g))
            .collect(),
        first: start + 1,
        base: urls::funding(v.lang, by),
    };
    (view, pages)
}

/// The money of a programme, for its page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ProgrammeFunding {
    budget: Option<Money>,
    /// Sum of the `amount.total` of its own offers (in dirhams).
    offered: Option<Money>,
    /// Awarded through its own offers.
    awarded: Money,
    /// Awarded with its phases', when it has phases.
    awarded_with_phases: Option<Money>,
    /// Associations that received an award (with its phases').
    recipients: usize,
    /// The funding page of the programme, when it has awards.
    url: Option<String>,
}

pub(crate) fn programme_funding(v: &View, slug: &str) -> ProgrammeFunding {
    let site = v.site;
    let below = subtree(site, slug);
    let has_phases = below.len() > 1;
    let all = all_grants(v);
    let mine: Vec<&Grant> = all
        .iter()
        .filter(|g| programme_of(site, g).is_some_and(|p| below.contains(p)))
        .collect();
    let own: i64 = mine
        .iter()
        .filter(|g| programme_of(site, g) == Some(slug))
        .map(|g| g.cents)
        .sum();
    let t = totals(v, &mine);
    let offers = site
        .offers_by_programme
        .get(slug)
        .cloned()
        .unwrap_or_default();
    let offered: Vec<i64> = offers
        .iter()
        .filter(|&&i| in_dirhams(site, i))
        .filter_map(|&i| site.offers[i].data.amount.as_ref().and_then(|a| a.total))
        .map(cents)
        .collect();
    let p = site
        .position(Kind::Programmes, slug)
        .map(|k| &site.programmes[k].data);
    ProgrammeFunding {
        budget: p
            .and_then(|p| p.budget.as_ref())
            .map(|b| v.money(b.amount, b.currency.as_deref())),
        offered: (!offered.is_empty()).then(|| money(v, offered.iter().sum())),
        awarded: money(v, own),
        awarded_with_phases: has_phases.then(|| money(v, t.cents)),
        recipients: t.recipients,
        url: (!mine.is_empty()).then(|| urls::funding(v.lang, Some((FundingBy::Programme, slug)))),
    }
}

/// The total support an association received (its awards counted in the
/// funding totals), or `None` without any.
pub(crate) fn association_total(v: &View, slug: &str) -> Option<Awarded> {
    let site = v.site;
    let list = site.awards_by_association.get(slug)?;
    let mut sum = 0i64;
    let mut any = 0;
    for &(o, j) in list {
        if !in_dirhams(site, o) {
            continue;
        }
        let aw = &site.offers[o].data.awards[j];
        if let (Some(a), Some(_)) = (aw.amount, aw.date) {
            sum += cents(a);
            any += 1;
        }
    }
    (any > 0).then(|| Awarded {
        amount: money(v, sum),
        awards: any,
    })
}

/// The support received by the associations of a region or province (the
/// awards of its funding page), or `None` without any.
pub(crate) fn place_total(v: &View, by: (FundingBy, &str)) -> Option<Awarded> {
    let list = selected(v, Some(by));
    (!list.is_empty()).then(|| Awarded {
        amount: money(v, list.iter().map(|g| g.cents).sum()),
        awards: list.len(),
    })
}

/// The amount awarded in all and the number of awards, for the home
/// page's key figures.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Awarded {
    amount: Money,
    awards: usize,
}

pub(crate) fn total_awarded(v: &View) -> Awarded {
    let all = all_grants(v);
    Awarded {
        amount: money(v, all.iter().map(|g| g.cents).sum()),
        awards: all.len(),
    }
}
