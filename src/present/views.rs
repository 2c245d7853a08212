//! Views: what a template receives for a record or a list, already
//! resolved for one language (texts with their real language, dates and
//! numbers formatted, URLs computed). Templates only lay them out.

use super::urls::{self, FacetKind};
use crate::model::date::{Date, OfferStatus, days_left};
use crate::model::records::*;
use crate::model::{Kind, Record};
use serde::Serialize;

use super::view::Money;
pub use super::view::View;
pub(crate) use super::view::{Link, Tx};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct AssociationCard {
    slug: String,
    url: String,
    name: Tx,
    acronym: Option<String>,
    summary: Option<Tx>,
    region: Tx,
    province: Tx,
    province_url: String,
    domains: Vec<Tx>,
}

pub(crate) fn association_card(v: &View, r: &Record<Association>) -> AssociationCard {
    let a = &r.data;
    AssociationCard {
        slug: r.slug.0.clone(),
        url: v.url(Kind::Associations, r.slug.as_str()),
        name: v.tx(&a.name),
        acronym: a.acronym.clone(),
        summary: v.opt_tx(&a.summary),
        region: v.region(a.region.as_str()),
        province: v.province(a.province.as_str()),
        province_url: urls::facet(v.lang, FacetKind::Province, a.province.as_str()),
        domains: a.domains.iter().map(|d| v.domain(d.as_str())).collect(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Facet {
    pub(crate) key: String,
    pub(crate) name: Tx,
    pub(crate) url: String,
    pub(crate) count: usize,
}

/// A region as a link to its facet page.
fn region_facet(v: &View, code: &str) -> Facet {
    Facet {
        key: code.to_string(),
        name: v.region(code),
        url: urls::facet(v.lang, FacetKind::Region, code),
        count: 0,
    }
}

/// A programme's or an offer's regions: (`all`, the listed regions).
fn region_facets(v: &View, regions: &Option<Regions>) -> (bool, Vec<Facet>) {
    match regions {
        Some(Regions::All) => (true, Vec::new()),
        Some(Regions::List(list)) => (
            false,
            list.iter().map(|c| region_facet(v, c.as_str())).collect(),
        ),
        None => (false, Vec::new()),
    }
}

#[derive(Debug, Clone, Serialize)]
struct ContactView {
    email: Option<String>,
    phone: Option<String>,
    /// The phone as a `tel:` URI (digits and a leading +).
    phone_uri: Option<String>,
    website: Option<String>,
    address: Option<Tx>,
}

#[derive(Debug, Clone, Serialize)]
struct ParticipationView {
    programme: Link,
    year: Option<i32>,
    role: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct AwardReceived {
    offer: Link,
    amount: Option<Money>,
    date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct AssociationView {
    card: AssociationCard,
    founded: Option<String>,
    registration: Option<String>,
    status: &'static str,
    public_utility: bool,
    commune: Option<Tx>,
    setting: Option<&'static str>,
    region_url: String,
    domain_links: Vec<Facet>,
    audiences: Vec<Tx>,
    contact: Option<ContactView>,
    location: Option<GeoPoint>,
    networks: Vec<Link>,
    programmes: Vec<ParticipationView>,
    people: Option<People>,
    statutes_updated: Option<String>,
    last_general_assembly: Option<String>,
    strategic_plan: Option<bool>,
    internal_rules: Option<bool>,
    awards: Vec<AwardReceived>,
    /// The quotation that opens the body (e.g. "this record is an
    /// example"), shown first on the page.
    notice: Option<Tx>,
    body: Option<Tx>,
    updated: Option<String>,
}

pub(crate) fn association_view(v: &View, r: &Record<Association>) -> AssociationView {
    let a = &r.data;
    let parts = v.body_parts(r);
    let site = v.site;
    let awards = site
        .awards_by_association
        .get(r.slug.as_str())
        .map(|list| {
            list.iter()
                .map(|&(o, j)| {
                    let offer = &site.offers[o];
                    let aw = &offer.data.awards[j];
                    let currency = offer
                        .data
                        .amount
                        .as_ref()
                        .and_then(|m| m.currency.as_deref());
                    AwardReceived {
                        offer: v.link(Kind::Offers, offer.slug.as_str()),
                        amount: aw.amount.map(|x| v.money(x, currency)),
                        date: aw.date.map(|d| v.date(d)),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    AssociationView {
        card: association_card(v, r),
        founded: a.founded.map(|d| v.date(d)),
        registration: a.registration.clone(),
        status: a.status.as_str(),
        public_utility: a.public_utility,
        commune: v.opt_tx(&a.commune),
        setting: a.setting.map(Setting::as_str),
        region_url: urls::facet(v.lang, FacetKind::Region, a.region.as_str()),
        domain_links: a
            .domains
            .iter()
            .map(|d| Facet {
                key: d.0.clone(),
                name: v.domain(d.as_str()),
                url: urls::facet(v.lang, FacetKind::Domain, d.as_str()),
                count: 0,
            })
            .collect(),
        audiences: a.audiences.iter().map(|k| v.audience(k.as_str())).collect(),
        contact: a.contact.as_ref().map(|c| ContactView {
            email: c.email.clone(),
            phone: c.phone.clone(),
            phone_uri: c.phone.as_ref().map(|p| {
                let digits: String = p.chars().filter(|ch| ch.is_ascii_digit()).collect();
                if p.trim_start().starts_with('+') {
                    format!("+{digits}")
                } else {
                    digits
                }
            }),
            website: c.website.clone(),
            address: v.opt_tx(&c.address),
        }),
        location: a.location,
        networks: a
            .networks
            .iter()
            .map(|n| v.link(Kind::Associations, n.as_str()))
            .collect(),
        programmes: a
            .programmes
            .iter()
            .map(|p| ParticipationView {
                programme: v.link(Kind::Programmes, p.programme.as_str()),
                year: p.year,
                role: p.role.as_str(),
            })
            .collect(),
        people: a.people,
        statutes_updated: a
            .governance
            .as_ref()
            .and_then(|g| g.statutes_updated)
            .map(|d| v.date(d)),
        last_general_assembly: a
            .governance
            .as_ref()
            .and_then(|g| g.last_general_assembly)
            .map(|d| v.date(d)),
        strategic_plan: a.governance.as_ref().and_then(|g| g.strategic_plan),
        internal_rules: a.governance.as_ref().and_then(|g| g.internal_rules),
        awards,
        notice: parts.0,
        body: parts.1,
        updated: a.updated.map(|d| v.date(d)),
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ProgrammeCard {
    slug: String,
    url: String,
    title: Tx,
    acronym: Option<String>,
    kind: &'static str,
    status: Option<&'static str>,
    start: Option<String>,
    end: Option<String>,
    /// The institution that leads it (its name, linked when it has a page).
    lead: Link,
    budget: Option<Money>,
}

/// A programme in the tree of programmes: its card and the programmes
/// whose `parent` it is, in the order strategy, programme, phase, project.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ProgrammeNode {
    card: ProgrammeCard,
    children: Vec<ProgrammeNode>,
}

/// Sort key of programmes among siblings: kind (strategy, programme, phase,
/// project), then start date (undated last), then slug.
fn sibling_order(site: &crate::validate::Site, i: usize) -> (u8, bool, Option<Date>, &str) {
    let r = &site.programmes[i];
    let rank = match r.data.kind.as_str() {
        "strategy" => 0,
        "programme" => 1,
        "phase" => 2,
        _ => 3,
    };
    (rank, r.data.start.is_none(), r.data.start, r.slug.as_str())
}

/// The programmes as a tree: the top-level ones (no parent, or a parent
/// that is not published), each with its children, recursively.
pub(crate) fn programme_tree(v: &View) -> Vec<ProgrammeNode> {
    let site = v.site;
    fn node(v: &View, i: usize, depth: usize) -> ProgrammeNode {
        let site = v.site;
        let r = &site.programmes[i];
        let mut kids: Vec<usize> = if depth < 8 {
            site.children
                .get(r.slug.as_str())
                .cloned()
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        kids.sort_by(|&a, &b| sibling_order(site, a).cmp(&sibling_order(site, b)));
        ProgrammeNode {
            card: programme_card(v, r),
            children: kids.into_iter().map(|k| node(v, k, depth + 1)).collect(),
        }
    }
    let mut roots: Vec<usize> = (0..site.programmes.len())
        .filter(|&i| {
            site.programmes[i]
                .data
                .parent
                .as_ref()
                .is_none_or(|p| !site.has(Kind::Programmes, p.as_str()))
        })
        .collect();
    roots.sort_by(|&a, &b| sibling_order(site, a).cmp(&sibling_order(site, b)));
    roots.into_iter().map(|i| node(v, i, 0)).collect()
}

/// A programme's status: as written, else derived from its dates.
fn programme_status(p: &Programme, today: Date) -> Option<ProgrammeStatus> {
    p.status.or(match (p.start, p.end) {
        (Some(s), _) if today < s => Some(ProgrammeStatus::Planned),
        (_, Some(e)) if today > e => Some(ProgrammeStatus::Completed),
        (Some(_), _) => Some(ProgrammeStatus::Ongoing),
        _ => None,
    })
}

pub(crate) fn programme_card(v: &View, r: &Record<Programme>) -> ProgrammeCard {
    let p = &r.data;
    ProgrammeCard {
        slug: r.slug.0.clone(),
        url: v.url(Kind::Programmes, r.slug.as_str()),
        title: v.tx(&p.title),
        acronym: p.acronym.clone(),
        kind: p.kind.as_str(),
        status: programme_status(p, v.site.today.date()).map(ProgrammeStatus::as_str),
        start: p.start.map(|d| v.date(d)),
        end: p.end.map(|d| v.date(d)),
        lead: v.link(Kind::Institutions, p.lead.as_str()),
        budget: p
            .budget
            .as_ref()
            .map(|b| v.money(b.amount, b.currency.as_deref())),
    }
}

#[derive(Debug, Clone, Serialize)]
struct MilestoneView {
    title: Tx,
    start: Option<String>,
    end: Option<String>,
    status: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
struct ParticipantView {
    association: AssociationCard,
    year: Option<i32>,
    role: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ProgrammeView {
    card: ProgrammeCard,
    /// One chart per indicator of the results of the programme and its phases.
    charts: Vec<super::charts::ChartView>,
    parent: Option<Link>,
    lead: Link,
    partners: Vec<Link>,
    all_regions: bool,
    regions: Vec<Facet>,
    provinces: Vec<Tx>,
    budget: Option<Money>,
    objectives: Vec<Tx>,
    milestones: Vec<MilestoneView>,
    phases: Vec<ProgrammeCard>,
    results: Vec<ResultsView>,
    participants: Vec<ParticipantView>,
    offers: Vec<OfferCard>,
    news: Vec<NewsCard>,
    /// The quotation that opens the body (e.g. "this record is an
    /// example"), shown first on the page.
    notice: Option<Tx>,
    body: Option<Tx>,
}

pub(crate) fn programme_view(v: &View, r: &Record<Programme>) -> ProgrammeView {
    let p = &r.data;
    let parts = v.body_parts(r);
    let site = v.site;
    let slug = r.slug.as_str();
    let (all_regions, regions) = region_facets(v, &p.regions);
    ProgrammeView {
        charts: super::charts::programme_charts(v, slug),
        card: programme_card(v, r),
        parent: p
            .parent
            .as_ref()
            .map(|s| v.link(Kind::Programmes, s.as_str())),
        lead: v.link(Kind::Institutions, p.lead.as_str()),
        partners: p
            .partners
            .iter()
            .map(|s| v.link(Kind::Institutions, s.as_str()))
            .collect(),
        all_regions,
        regions,
        provinces: p.provinces.iter().map(|c| v.province(c.as_str())).collect(),
        budget: p
            .budget
            .as_ref()
            .map(|b| v.money(b.amount, b.currency.as_deref())),
        objectives: p.objectives.iter().map(|o| v.tx(o)).collect(),
        milestones: p
            .milestones
            .iter()
            .map(|m| MilestoneView {
                title: v.tx(&m.title),
                start: m.start.map(|d| v.date(d)),
                end: m.end.map(|d| v.date(d)),
                status: m.status.map(MilestoneStatus::as_str),
            })
            .collect(),
        phases: site
            .children
            .get(slug)
            .map(|c| {
                c.iter()
                    .map(|&i| programme_card(v, &site.programmes[i]))
                    .collect()
            })
            .unwrap_or_default(),
        results: site
            .results_by_programme
            .get(slug)
            .map(|c| {
                c.iter()
                    .map(|&i| results_view(v, &site.results[i]))
                    .collect()
            })
            .unwrap_or_default(),
        participants: site
            .participants
            .get(slug)
            .map(|list| {
                list.iter()
                    .map(|pt| {
                        let a = &site.associations[pt.association];
                        let entry = &a.data.programmes[pt.entry];
                        ParticipantView {
                            association: association_card(v, a),
                            year: entry.year,
                            role: entry.role.as_str(),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default(),
        offers: site
            .offers_by_programme
            .get(slug)
            .map(|c| c.iter().map(|&i| offer_card(v, i)).collect())
            .unwrap_or_default(),
        news: site
            .news_by_programme
            .get(slug)
            .map(|c| c.iter().map(|&i| news_card(v, &site.news[i])).collect())
            .unwrap_or_default(),
        notice: parts.0,
        body: parts.1,
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct OfferCard {
    slug: String,
    url: String,
    title: Tx,
    kind: &'static str,
    status: &'static str,
    opens: String,
    /// Machine-readable opening date for `<time datetime>`.
    opens_iso: String,
    closes: String,
    /// The closing date with its weekday (the offer page's deadline box).
    closes_full: String,
    /// The closing time, `HH:MM`, when the deadline has one.
    closes_time: Option<String>,
    /// Machine-readable closing date for `<time datetime>`.
    closes_iso: String,
    days_left: Option<i64>,
    issuer: Link,
}

pub(crate) fn offer_card(v: &View, i: usize) -> OfferCard {
    let r = &v.site.offers[i];
    let o = &r.data;
    let status = v.site.offer_status[i];
    OfferCard {
        slug: r.slug.0.clone(),
        url: v.url(Kind::Offers, r.slug.as_str()),
        title: v.tx(&o.title),
        kind: o.kind.as_str(),
        status: status.as_str(),
        opens: v.date(o.opens),
        opens_iso: o.opens.to_string(),
        closes: v.date(o.closes.date()),
        closes_full: v.full_date(o.closes.date()),
        closes_time: o
            .closes
            .time()
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute())),
        closes_iso: o.closes.to_string(),
        days_left: (status == OfferStatus::Open).then(|| days_left(o.closes, &v.site.today)),
        issuer: v.link(Kind::Institutions, o.issuer.as_str()),
    }
}

#[derive(Debug, Clone, Serialize)]
struct AwardView {
    association: Link,
    amount: Option<Money>,
    date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct OfferView {
    card: OfferCard,
    programme: Option<Link>,
    published: String,
    all_regions: bool,
    regions: Vec<Facet>,
    domains: Vec<Facet>,
    eligibility: Vec<Tx>,
    amount_min: Option<Money>,
    amount_max: Option<Money>,
    amount_total: Option<Money>,
    apply_url: Option<String>,
    apply_email: Option<String>,
    documents: Vec<Tx>,
    applications_received: Option<u64>,
    awards: Vec<AwardView>,
    /// The sum of the awards' amounts, when at least one has an amount.
    awarded_total: Option<Money>,
    /// The quotation that opens the body (e.g. "this record is an
    /// example"), shown first on the page.
    notice: Option<Tx>,
    body: Option<Tx>,
}

pub(crate) fn offer_view(v: &View, i: usize) -> OfferView {
    let r = &v.site.offers[i];
    let o = &r.data;
    let parts = v.body_parts(r);
    let currency = o.amount.as_ref().and_then(|a| a.currency.as_deref());
    let (all_regions, regions) = region_facets(v, &o.regions);
    OfferView {
        card: offer_card(v, i),
        programme: o
            .programme
            .as_ref()
            .map(|s| v.link(Kind::Programmes, s.as_str())),
        published: v.date(o.published),
        all_regions,
        regions,
        domains: o
            .domains
            .iter()
            .map(|d| Facet {
                key: d.0.clone(),
                name: v.domain(d.as_str()),
                url: urls::facet(v.lang, FacetKind::Domain, d.as_str()),
                count: 0,
            })
            .collect(),
        eligibility: o.eligibility.iter().map(|e| v.tx(e)).collect(),
        amount_min: o
            .amount
            .as_ref()
            .and_then(|a| a.min)
            .map(|x| v.money(x, currency)),
        amount_max: o
            .amount
            .as_ref()
            .and_then(|a| a.max)
            .map(|x| v.money(x, currency)),
        amount_total: o
            .amount
            .as_ref()
            .and_then(|a| a.total)
            .map(|x| v.money(x, currency)),
        apply_url: o.apply.as_ref().and_then(|a| a.url.clone()),
        apply_email: o.apply.as_ref().and_then(|a| a.email.clone()),
        documents: o
            .apply
            .as_ref()
            .map(|a| a.documents.iter().map(|d| v.tx(d)).collect())
            .unwrap_or_default(),
        applications_received: o.applications_received,
        awards: o
            .awards
            .iter()
            .map(|aw| AwardView {
                association: v.link(Kind::Associations, aw.association.as_str()),
                amount: aw.amount.map(|x| v.money(x, currency)),
                date: aw.date.map(|d| v.date(d)),
            })
            .collect(),
        awarded_total: o.awards.iter().any(|aw| aw.amount.is_some()).then(|| {
            let sum: f64 = o.awards.iter().filter_map(|aw| aw.amount).sum();
            v.money(sum, currency)
        }),
        notice: parts.0,
        body: parts.1,
    }
}

#[derive(Debug, Clone, Serialize)]
struct BreakdownItem {
    key: String,
    label: Tx,
    value: String,
    raw: f64,
}

#[derive(Debug, Clone, Serialize)]
struct ValueView {
    indicator: String,
    name: Tx,
    unit: Option<Tx>,
    kind: &'static str,
    value: String,
    raw_value: f64,
    target: Option<String>,
    raw_target: Option<f64>,
    baseline: Option<String>,
    /// Share of the target achieved, in percent, when a target is given.
    percent: Option<f64>,
    note: Option<Tx>,
    breakdown: Vec<BreakdownItem>,
}

/// A source of the figures on a page: its title, linked to its address
/// when it has one, and its date when known.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SourceView {
    title: Tx,
    url: Option<String>,
    date: Option<String>,
    date_iso: Option<String>,
}

/// The sources a record page lists: the record's own `sources`, then, for
/// a programme (`programme`: its slug), those of its results reports and of
/// its phases' (the reports its charts draw); each once (the same title and
/// address), in that order. Only what the records give: nothing is added.
pub(crate) fn record_sources(v: &View, own: &[Source], programme: Option<&str>) -> Vec<SourceView> {
    let reports = programme
        .map(|slug| super::charts::reports_of(v, slug))
        .unwrap_or_default();
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    let mut out = Vec::new();
    for s in own.iter().chain(reports.iter().map(|r| &r.data.source)) {
        let title = v.tx(&s.title);
        let key = (title.text.clone(), s.url.clone());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        out.push(SourceView {
            title,
            url: s.url.clone(),
            date: s.date.map(|d| v.date(d)),
            date_iso: s.date.map(|d| d.0.to_string()),
        });
    }
    out
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ResultsView {
    slug: String,
    programme: Link,
    period_start: String,
    period_end: String,
    scope_national: bool,
    scope: Option<Tx>,
    source_title: Tx,
    source_url: Option<String>,
    source_date: Option<String>,
    values: Vec<ValueView>,
}

pub(crate) fn results_view(v: &View, r: &Record<Results>) -> ResultsView {
    let x = &r.data;
    let label = |key: &str| -> Tx {
        if v.site.tax.regions.iter().any(|r| r.code.as_str() == key) {
            v.region(key)
        } else if key.starts_with("MA-") {
            v.province(key)
        } else {
            v.plain(key)
        }
    };
    ResultsView {
        slug: r.slug.0.clone(),
        programme: v.link(Kind::Programmes, x.programme.as_str()),
        period_start: v.date(x.period.start),
        period_end: v.date(x.period.end),
        scope_national: matches!(x.scope, Some(Scope::National)),
        scope: match &x.scope {
            Some(Scope::Region(c)) => Some(v.region(c.as_str())),
            Some(Scope::Province(c)) => Some(v.province(c.as_str())),
            _ => None,
        },
        source_title: v.tx(&x.source.title),
        source_url: x.source.url.clone(),
        source_date: x.source.date.map(|d| v.date(d)),
        values: x
            .values
            .iter()
            .map(|val| {
                let ind = v.site.tax.indicators.get(val.indicator.as_str());
                ValueView {
                    indicator: val.indicator.0.clone(),
                    name: ind.map_or_else(|| v.plain(val.indicator.as_str()), |i| v.tx(&i.name)),
                    unit: ind.and_then(|i| v.opt_tx(&i.unit)),
                    kind: ind.map_or("output", |i| i.kind.as_str()),
                    value: v.num(val.value),
                    raw_value: val.value,
                    target: val.target.map(|t| v.num(t)),
                    raw_target: val.target,
                    baseline: val.baseline.map(|b| v.num(b)),
                    percent: val
                        .target
                        .filter(|t| *t > 0.0)
                        .map(|t| (val.value / t * 100.0).round()),
                    note: v.opt_tx(&val.note),
                    breakdown: val
                        .breakdown
                        .iter()
                        .map(|(k, n)| BreakdownItem {
                            key: k.to_string(),
                            label: label(k),
                            value: v.num(*n),
                            raw: *n,
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct NewsCard {
    slug: String,
    url: String,
    title: Tx,
    date: String,
    date_iso: String,
    summary: Option<Tx>,
}

pub(crate) fn news_card(v: &View, r: &Record<News>) -> NewsCard {
    NewsCard {
        slug: r.slug.0.clone(),
        url: v.url(Kind::News, r.slug.as_str()),
        title: v.tx(&r.data.title),
        date: v.date(r.data.date),
        date_iso: r.data.date.to_string(),
        summary: v.opt_tx(&r.data.summary),
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct NewsView {
    card: NewsCard,
    programmes: Vec<Link>,
    regions: Vec<Facet>,
    /// The quotation that opens the body (e.g. "this record is an
    /// example"), shown first on the page.
    notice: Option<Tx>,
    body: Option<Tx>,
}

pub(crate) fn news_view(v: &View, r: &Record<News>) -> NewsView {
    let parts = v.body_parts(r);
    NewsView {
        card: news_card(v, r),
        programmes: r
            .data
            .programmes
            .iter()
            .map(|p| v.link(Kind::Programmes, p.as_str()))
            .collect(),
        regions: r
            .data
            .regions
            .iter()
            .map(|c| region_facet(v, c.as_str()))
            .collect(),
        notice: parts.0,
        body: parts.1,
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageView {
    title: Tx,
    /// The quotation that opens the body (e.g. "this record is an
    /// example"), shown first on the page.
    notice: Option<Tx>,
    body: Option<Tx>,
}

pub(crate) fn page_view(v: &View, r: &Record<Page>) -> PageView {
    let parts = v.body_parts(r);
    PageView {
        title: v.tx(&r.data.title),
        notice: parts.0,
        body: parts.1,
    }
}
