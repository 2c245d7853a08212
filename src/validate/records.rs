//! The rules of each record kind (SPEC.md, "Records"), one function a kind.

use super::checks::{LAT_RANGE, LON_RANGE, currency, email, phone, web_url};
use super::ctx::{Ctx, Translations};
use crate::load::Content;
use crate::messages::Msg;
use crate::model::Kind;
use crate::model::Record;
use crate::model::date::{Date, OfferStatus, days_left, offer_status};
use crate::model::records::*;
use crate::msg;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

pub(super) fn all(ctx: &mut Ctx, content: &Content) {
    // The associations, most of a national site, are checked one by one,
    // in as many runs side by side as there are threads, each with a
    // context of its own; what they find follows in their order.
    let runs = rayon::current_num_threads().max(1);
    let per_run = content.associations.len().div_ceil(runs).max(1);
    let found: Vec<Ctx> = content
        .associations
        .par_chunks(per_run)
        .map(|chunk| {
            let mut run = ctx.fork();
            for r in chunk {
                association(&mut run, r);
            }
            run
        })
        .collect();
    for run in found {
        ctx.absorb(run);
    }
    for r in &content.programmes {
        programme(ctx, r);
    }
    programme_cycles(ctx, &content.programmes);
    for r in &content.offers {
        offer(ctx, r);
    }
    for r in &content.results {
        results(ctx, r);
    }
    for r in &content.institutions {
        institution(ctx, r);
    }
    for r in &content.news {
        news(ctx, r);
    }
    for r in &content.pages {
        page(ctx, r);
    }
}

/// A date of the past: `what` names it (`date-in-future--founded`).
fn not_in_future(ctx: &mut Ctx, file: &Path, path: &str, date: Option<Date>, what: Msg) {
    if let Some(d) = date {
        if d > ctx.today.date() {
            ctx.error(
                "date-in-future",
                file,
                path,
                msg!(
                    "date-in-future",
                    what = what,
                    date = d.to_string(),
                    today = ctx.today.date().to_string()
                ),
                Some(msg!("date-in-future--help")),
            );
        }
    }
}

fn check_url(ctx: &mut Ctx, file: &Path, path: &str, url: &Option<String>) {
    if let Some(u) = url {
        if let Err(why) = web_url(u) {
            ctx.error("bad-url", file, path, why, Some(msg!("bad-url--help")));
        }
    }
}

/// A record's `sources` (an extension of the contract, see
/// content/README.md): each title translated like any text, each address a
/// web address, each date in the past.
fn sources(ctx: &mut Ctx, file: &Path, tr: &mut Translations, sources: &[Source]) {
    for (i, s) in sources.iter().enumerate() {
        tr.text(ctx, file, &format!("sources.{i}.title"), &s.title);
        check_url(ctx, file, &format!("sources.{i}.url"), &s.url);
        not_in_future(
            ctx,
            file,
            &format!("sources.{i}.date"),
            s.date,
            msg!("date-in-future--source"),
        );
    }
}

fn check_email(ctx: &mut Ctx, file: &Path, path: &str, value: &Option<String>) {
    if let Some(e) = value {
        if !email(e) {
            ctx.error(
                "bad-email",
                file,
                path,
                msg!("bad-email", value = e),
                Some(msg!("bad-email--help")),
            );
        }
    }
}

fn check_amount(ctx: &mut Ctx, file: &Path, path: &str, value: Option<f64>) {
    if let Some(v) = value {
        if !v.is_finite() || v < 0.0 {
            ctx.error(
                "negative-amount",
                file,
                path,
                msg!("negative-amount", amount = v.to_string()),
                Some(msg!("negative-amount--help")),
            );
        }
    }
}

fn check_currency(ctx: &mut Ctx, file: &Path, path: &str, value: &Option<String>) {
    if let Some(c) = value {
        if !currency(c) {
            ctx.error(
                "bad-currency",
                file,
                path,
                msg!("bad-currency", value = c),
                Some(msg!("bad-currency--help")),
            );
        }
    }
}

pub(super) fn association(ctx: &mut Ctx, r: &Record<Association>) {
    let f = r.file.as_path();
    let a = &r.data;
    let mut tr = Translations::new(Kind::Associations);
    tr.text(ctx, f, "name", &a.name);
    tr.opt(ctx, f, "summary", &a.summary);
    tr.opt(ctx, f, "commune", &a.commune);
    not_in_future(
        ctx,
        f,
        "founded",
        a.founded,
        msg!("date-in-future--founded"),
    );
    let region_ok = ctx.check_region(f, "region", a.region.as_str());
    ctx.check_province(
        f,
        "province",
        a.province.as_str(),
        region_ok.then_some(a.region.as_str()),
    );
    if a.domains.is_empty() {
        let keys: Vec<&str> = ctx.tax.domains.keys().take(6).collect();
        ctx.error(
            "no-domain",
            f,
            "domains",
            msg!("no-domain"),
            Some(msg!(
                "no-domain--help",
                key = keys.first().copied().unwrap_or("education")
            )),
        );
    }
    for (i, d) in a.domains.iter().enumerate() {
        ctx.check_term(f, &format!("domains.{i}"), d.as_str(), "domains");
    }
    for (i, d) in a.audiences.iter().enumerate() {
        ctx.check_term(f, &format!("audiences.{i}"), d.as_str(), "audiences");
    }
    if let Some(c) = &a.contact {
        check_email(ctx, f, "contact.email", &c.email);
        if let Some(p) = &c.phone {
            if !phone(p) {
                ctx.error(
                    "bad-phone",
                    f,
                    "contact.phone",
                    msg!("bad-phone", value = p),
                    Some(msg!("bad-phone--help")),
                );
            }
        }
        check_url(ctx, f, "contact.website", &c.website);
        tr.opt(ctx, f, "contact.address", &c.address);
    }
    if let Some(loc) = a.location {
        if !(LAT_RANGE.0..=LAT_RANGE.1).contains(&loc.lat) {
            ctx.error(
                "location-outside-morocco",
                f,
                "location.lat",
                msg!(
                    "location-outside-morocco--lat",
                    value = loc.lat.to_string(),
                    min = LAT_RANGE.0.to_string(),
                    max = LAT_RANGE.1.to_string()
                ),
                Some(msg!("location-outside-morocco--help-lat")),
            );
        }
        if !(LON_RANGE.0..=LON_RANGE.1).contains(&loc.lon) {
            ctx.error(
                "location-outside-morocco",
                f,
                "location.lon",
                msg!(
                    "location-outside-morocco--lon",
                    value = loc.lon.to_string(),
                    min = LON_RANGE.0.to_string(),
                    max = LON_RANGE.1.to_string()
                ),
                Some(msg!("location-outside-morocco--help-lon")),
            );
        }
    }
    for (i, n) in a.networks.iter().enumerate() {
        let path = format!("networks.{i}");
        if n == &r.slug {
            ctx.error(
                "self-reference",
                f,
                path,
                msg!("self-reference"),
                Some(msg!("self-reference--help", slug = r.slug.as_str())),
            );
        } else {
            ctx.check_ref(f, &path, Kind::Associations, n.as_str(), "networks");
        }
    }
    let max_year = i32::from(ctx.today.date().year()) + 1;
    for (i, p) in a.programmes.iter().enumerate() {
        ctx.check_ref(
            f,
            &format!("programmes.{i}.programme"),
            Kind::Programmes,
            p.programme.as_str(),
            "programmes",
        );
        if let Some(y) = p.year {
            if !(1900..=max_year).contains(&y) {
                ctx.error(
                    "bad-year",
                    f,
                    format!("programmes.{i}.year"),
                    msg!("bad-year", year = y.to_string()),
                    Some(msg!("bad-year--help", max = max_year.to_string())),
                );
            }
        }
    }
    if let Some(g) = &a.governance {
        not_in_future(
            ctx,
            f,
            "governance.statutes_updated",
            g.statutes_updated,
            msg!("date-in-future--statutes"),
        );
        not_in_future(
            ctx,
            f,
            "governance.last_general_assembly",
            g.last_general_assembly,
            msg!("date-in-future--assembly"),
        );
    }
    sources(ctx, f, &mut tr, &r.data.sources);
    tr.bodies(ctx, r);
    tr.finish(ctx, f);
}

/// The status a programme or milestone should have today, from its dates.
fn expected_status(start: Option<Date>, end: Option<Date>, today: Date) -> Option<ProgrammeStatus> {
    match (start, end) {
        (Some(s), _) if today < s => Some(ProgrammeStatus::Planned),
        (_, Some(e)) if today > e => Some(ProgrammeStatus::Completed),
        (Some(_), _) => Some(ProgrammeStatus::Ongoing),
        _ => None,
    }
}

pub(super) fn programme(ctx: &mut Ctx, r: &Record<Programme>) {
    let f = r.file.as_path();
    let p = &r.data;
    let mut tr = Translations::new(Kind::Programmes);
    tr.text(ctx, f, "title", &p.title);
    if let Some(parent) = &p.parent {
        if parent == &r.slug {
            ctx.error(
                "parent-cycle",
                f,
                "parent",
                msg!("parent-cycle--self"),
                Some(msg!("parent-cycle--help-self")),
            );
        } else {
            ctx.check_ref(f, "parent", Kind::Programmes, parent.as_str(), "parent");
        }
    }
    ctx.check_ref(f, "lead", Kind::Institutions, p.lead.as_str(), "lead");
    for (i, s) in p.partners.iter().enumerate() {
        ctx.check_ref(
            f,
            &format!("partners.{i}"),
            Kind::Institutions,
            s.as_str(),
            "partners",
        );
    }
    if let (Some(s), Some(e)) = (p.start, p.end) {
        if s > e {
            ctx.error(
                "end-before-start",
                f,
                "end",
                msg!(
                    "end-before-start",
                    end = e.to_string(),
                    start = s.to_string()
                ),
                Some(msg!("end-before-start--help")),
            );
        }
    }
    if let (Some(status), Some(expected)) =
        (p.status, expected_status(p.start, p.end, ctx.today.date()))
    {
        let inverted = matches!((p.start, p.end), (Some(s), Some(e)) if s > e);
        if status != expected && !inverted {
            let dates = match (p.start, p.end) {
                (Some(s), Some(e)) => msg!(
                    "status-disagrees-with-dates--span",
                    start = s.to_string(),
                    end = e.to_string()
                ),
                (Some(s), None) => {
                    msg!("status-disagrees-with-dates--from", start = s.to_string())
                }
                (None, Some(e)) => {
                    msg!("status-disagrees-with-dates--until", end = e.to_string())
                }
                // No date gives no expected status: not reached.
                (None, None) => msg!("status-disagrees-with-dates--none"),
            };
            ctx.warning(
                "status-disagrees-with-dates",
                f,
                "status",
                msg!(
                    "status-disagrees-with-dates",
                    status = status.as_str(),
                    dates = dates,
                    today = ctx.today.date().to_string()
                ),
                Some(msg!(
                    "status-disagrees-with-dates--help",
                    status = expected.as_str()
                )),
            );
        }
    }
    let listed: Option<Vec<&str>> = match &p.regions {
        Some(Regions::List(list)) => {
            let mut ok = Vec::new();
            for (i, code) in list.iter().enumerate() {
                if ctx.check_region(f, &format!("regions.{i}"), code.as_str()) {
                    ok.push(code.as_str());
                }
            }
            Some(ok)
        }
        _ => None,
    };
    for (i, code) in p.provinces.iter().enumerate() {
        let path = format!("provinces.{i}");
        if !ctx.check_province(f, &path, code.as_str(), None) {
            continue;
        }
        if let Some(listed) = &listed {
            let region = ctx.provinces[code.as_str()].1.code.as_str();
            if !listed.is_empty() && !listed.contains(&region) {
                let (prov, reg) = ctx.provinces[code.as_str()];
                let (name, name_ar) = ctx.shown(&prov.name);
                let (region_name, region_name_ar) = ctx.shown(&reg.name);
                ctx.error(
                    "province-outside-region",
                    f,
                    path,
                    msg!(
                        "province-outside-region--listed",
                        code = code.as_str(),
                        name = name,
                        name_ar = name_ar,
                        regions = listed.clone()
                    ),
                    Some(msg!(
                        "province-outside-region--help-listed",
                        region = reg.code.as_str(),
                        region_name = region_name,
                        region_name_ar = region_name_ar
                    )),
                );
            }
        }
    }
    if let Some(b) = &p.budget {
        check_amount(ctx, f, "budget.amount", Some(b.amount));
        check_currency(ctx, f, "budget.currency", &b.currency);
    }
    for (i, o) in p.objectives.iter().enumerate() {
        tr.text(ctx, f, &format!("objectives.{i}"), o);
    }
    for (i, m) in p.milestones.iter().enumerate() {
        tr.text(ctx, f, &format!("milestones.{i}.title"), &m.title);
        if let (Some(s), Some(e)) = (m.start, m.end) {
            if s > e {
                ctx.error(
                    "end-before-start",
                    f,
                    format!("milestones.{i}.end"),
                    msg!(
                        "end-before-start--milestone",
                        end = e.to_string(),
                        start = s.to_string()
                    ),
                    Some(msg!("end-before-start--help-milestone")),
                );
            }
        }
        if let (Some(MilestoneStatus::Planned), Some(e)) = (m.status, m.end) {
            if e < ctx.today.date() {
                ctx.warning(
                    "status-disagrees-with-dates",
                    f,
                    format!("milestones.{i}.status"),
                    msg!(
                        "status-disagrees-with-dates--milestone",
                        end = e.to_string()
                    ),
                    Some(msg!("status-disagrees-with-dates--help-milestone")),
                );
            }
        }
    }
    sources(ctx, f, &mut tr, &r.data.sources);
    tr.bodies(ctx, r);
    tr.finish(ctx, f);
}

/// Parent chains must end: a cycle is reported on every programme in it.
fn programme_cycles(ctx: &mut Ctx, programmes: &[Record<Programme>]) {
    let parent: HashMap<&str, &str> = programmes
        .iter()
        .filter_map(|r| {
            r.data
                .parent
                .as_ref()
                .map(|p| (r.slug.as_str(), p.as_str()))
        })
        .collect();
    let files: HashMap<&str, &Path> = programmes
        .iter()
        .map(|r| (r.slug.as_str(), r.file.as_path()))
        .collect();
    for r in programmes {
        let start = r.slug.as_str();
        let mut chain = vec![start];
        let mut cur = start;
        while let Some(&next) = parent.get(cur) {
            if next == start {
                if chain.len() > 1 {
                    chain.push(start);
                    let file = files[start];
                    ctx.error(
                        "parent-cycle",
                        file,
                        "parent",
                        msg!("parent-cycle", slug = start, chain = chain.join(" → ")),
                        Some(msg!("parent-cycle--help")),
                    );
                }
                break;
            }
            if chain.contains(&next) || chain.len() > programmes.len() {
                break; // a cycle that does not include `start`: reported on its members
            }
            chain.push(next);
            cur = next;
        }
    }
}

pub(super) fn offer(ctx: &mut Ctx, r: &Record<Offer>) {
    let f = r.file.as_path();
    let o = &r.data;
    let mut tr = Translations::new(Kind::Offers);
    tr.text(ctx, f, "title", &o.title);
    ctx.check_ref(f, "issuer", Kind::Institutions, o.issuer.as_str(), "issuer");
    if let Some(p) = &o.programme {
        ctx.check_ref(f, "programme", Kind::Programmes, p.as_str(), "programme");
    }
    let closes = o.closes.date();
    if closes < o.opens {
        ctx.error(
            "closes-before-opens",
            f,
            "closes",
            msg!(
                "closes-before-opens",
                closes = o.closes.to_string(),
                opens = o.opens.to_string()
            ),
            Some(msg!("closes-before-opens--help")),
        );
    }
    // Public offers are due on the portal in the first quarter of the year they open.
    let q1_end = jiff::civil::date(o.opens.year(), 3, 31);
    if o.published.0 > q1_end {
        ctx.warning(
            "published-after-q1",
            f,
            "published",
            msg!(
                "published-after-q1",
                published = o.published.to_string(),
                year = o.opens.year().to_string()
            ),
            Some(msg!(
                "published-after-q1--help",
                year = o.opens.year().to_string()
            )),
        );
    }
    if let Some(Regions::List(list)) = &o.regions {
        for (i, code) in list.iter().enumerate() {
            ctx.check_region(f, &format!("regions.{i}"), code.as_str());
        }
    }
    for (i, d) in o.domains.iter().enumerate() {
        ctx.check_term(f, &format!("domains.{i}"), d.as_str(), "domains");
    }
    for (i, e) in o.eligibility.iter().enumerate() {
        tr.text(ctx, f, &format!("eligibility.{i}"), e);
    }
    if let Some(a) = &o.amount {
        check_amount(ctx, f, "amount.min", a.min);
        check_amount(ctx, f, "amount.max", a.max);
        check_amount(ctx, f, "amount.total", a.total);
        check_currency(ctx, f, "amount.currency", &a.currency);
        if let (Some(min), Some(max)) = (a.min, a.max) {
            if min > max {
                ctx.error(
                    "amount-order",
                    f,
                    "amount.min",
                    msg!("amount-order", min = min.to_string(), max = max.to_string()),
                    Some(msg!("amount-order--help")),
                );
            }
        }
        if let (Some(max), Some(total)) = (a.max.or(a.min), a.total) {
            if max > total {
                ctx.error(
                    "amount-order",
                    f,
                    "amount.total",
                    msg!(
                        "amount-order--total",
                        total = total.to_string(),
                        max = max.to_string()
                    ),
                    Some(msg!("amount-order--help")),
                );
            }
        }
    }
    let status = offer_status(o.opens, o.closes, ctx.today);
    match &o.apply {
        Some(apply) => {
            if apply.url.is_none() && apply.email.is_none() {
                ctx.error(
                    "no-way-to-apply",
                    f,
                    "apply",
                    msg!("no-way-to-apply"),
                    Some(msg!("no-way-to-apply--help")),
                );
            }
            check_url(ctx, f, "apply.url", &apply.url);
            check_email(ctx, f, "apply.email", &apply.email);
            for (i, d) in apply.documents.iter().enumerate() {
                tr.text(ctx, f, &format!("apply.documents.{i}"), d);
            }
        }
        None if status != OfferStatus::Closed => {
            ctx.error(
                "no-way-to-apply",
                f,
                ":title",
                msg!("no-way-to-apply--missing"),
                Some(msg!("no-way-to-apply--help-missing")),
            );
        }
        None => {}
    }
    let mut sum = 0.0;
    for (i, aw) in o.awards.iter().enumerate() {
        ctx.check_ref(
            f,
            &format!("awards.{i}.association"),
            Kind::Associations,
            aw.association.as_str(),
            "awards",
        );
        check_amount(ctx, f, &format!("awards.{i}.amount"), aw.amount);
        sum += aw.amount.unwrap_or(0.0);
        let range = o.amount.as_ref();
        if let (Some(amount), Some(max)) = (aw.amount, range.and_then(|a| a.max)) {
            if amount > max {
                ctx.error(
                    "award-above-max",
                    f,
                    format!("awards.{i}.amount"),
                    msg!(
                        "award-above-max",
                        amount = amount.to_string(),
                        max = max.to_string()
                    ),
                    Some(msg!("award-above-max--help")),
                );
            }
        }
        if let (Some(amount), Some(min)) = (aw.amount, range.and_then(|a| a.min)) {
            if amount < min {
                ctx.error(
                    "award-below-min",
                    f,
                    format!("awards.{i}.amount"),
                    msg!(
                        "award-below-min",
                        amount = amount.to_string(),
                        min = min.to_string()
                    ),
                    Some(msg!("award-below-min--help")),
                );
            }
        }
        if let Some(date) = aw.date {
            if date < o.opens {
                ctx.error(
                    "award-before-opens",
                    f,
                    format!("awards.{i}.date"),
                    msg!(
                        "award-before-opens",
                        date = date.to_string(),
                        opens = o.opens.to_string()
                    ),
                    Some(msg!("award-before-opens--help")),
                );
            }
        }
    }
    if let Some(total) = o.amount.as_ref().and_then(|a| a.total) {
        if sum > total {
            ctx.error(
                "awards-exceed-total",
                f,
                "awards",
                msg!(
                    "awards-exceed-total",
                    sum = sum.to_string(),
                    total = total.to_string()
                ),
                Some(msg!("awards-exceed-total--help")),
            );
        }
    }
    if o.draft && status != OfferStatus::Closed {
        let left = days_left(o.closes, ctx.today);
        if (0..=7).contains(&left) {
            ctx.warning(
                "draft-closing-soon",
                f,
                "draft",
                msg!("draft-closing-soon", days = left),
                Some(msg!("draft-closing-soon--help")),
            );
        }
    }
    sources(ctx, f, &mut tr, &r.data.sources);
    tr.bodies(ctx, r);
    tr.finish(ctx, f);
}

pub(super) fn results(ctx: &mut Ctx, r: &Record<Results>) {
    let f = r.file.as_path();
    let x = &r.data;
    let mut tr = Translations::new(Kind::Results);
    ctx.check_ref(
        f,
        "programme",
        Kind::Programmes,
        x.programme.as_str(),
        "programme",
    );
    if x.period.start > x.period.end {
        ctx.error(
            "end-before-start",
            f,
            "period.end",
            msg!(
                "end-before-start--period",
                end = x.period.end.to_string(),
                start = x.period.start.to_string()
            ),
            Some(msg!("end-before-start--help-period")),
        );
    }
    match &x.scope {
        Some(Scope::Region(c)) => {
            ctx.check_region(f, "scope.region", c.as_str());
        }
        Some(Scope::Province(c)) => {
            ctx.check_province(f, "scope.province", c.as_str(), None);
        }
        _ => {}
    }
    tr.text(ctx, f, "source.title", &x.source.title);
    check_url(ctx, f, "source.url", &x.source.url);
    if x.values.is_empty() {
        ctx.error(
            "no-values",
            f,
            "values",
            msg!("no-values"),
            Some(msg!("no-values--help")),
        );
    }
    for (i, v) in x.values.iter().enumerate() {
        ctx.check_term(
            f,
            &format!("values.{i}.indicator"),
            v.indicator.as_str(),
            "indicators",
        );
        for (name, n) in [
            ("value", Some(v.value)),
            ("target", v.target),
            ("baseline", v.baseline),
        ] {
            if let Some(n) = n {
                if !n.is_finite() || n < 0.0 {
                    ctx.error(
                        "negative-value",
                        f,
                        format!("values.{i}.{name}"),
                        msg!("negative-value", field = name, value = n.to_string()),
                        Some(msg!("negative-value--help")),
                    );
                }
            }
        }
        if let Some(note) = &v.note {
            tr.text(ctx, f, &format!("values.{i}.note"), note);
        }
        for (key, n) in v.breakdown.iter() {
            let path = format!("values.{i}.breakdown.{key}");
            if key.starts_with("MA-")
                && !ctx.regions.contains_key(key)
                && !ctx.provinces.contains_key(key)
            {
                ctx.error(
                    "unknown-territory",
                    f,
                    format!("values.{i}.breakdown.:{key}"),
                    msg!("unknown-territory", code = key),
                    Some(msg!("unknown-territory--help")),
                );
            }
            if !n.is_finite() || *n < 0.0 {
                ctx.error(
                    "negative-value",
                    f,
                    path,
                    msg!(
                        "negative-value--breakdown",
                        key = key,
                        value = n.to_string()
                    ),
                    Some(msg!("negative-value--help")),
                );
            }
        }
    }
    tr.finish(ctx, f);
}

fn institution(ctx: &mut Ctx, r: &Record<Institution>) {
    let f = r.file.as_path();
    let mut tr = Translations::new(Kind::Institutions);
    tr.text(ctx, f, "name", &r.data.name);
    check_url(ctx, f, "website", &r.data.website);
    tr.finish(ctx, f);
}

pub(super) fn news(ctx: &mut Ctx, r: &Record<News>) {
    let f = r.file.as_path();
    let n = &r.data;
    let mut tr = Translations::new(Kind::News);
    tr.text(ctx, f, "title", &n.title);
    tr.opt(ctx, f, "summary", &n.summary);
    for (i, p) in n.programmes.iter().enumerate() {
        ctx.check_ref(
            f,
            &format!("programmes.{i}"),
            Kind::Programmes,
            p.as_str(),
            "programmes",
        );
    }
    for (i, c) in n.regions.iter().enumerate() {
        ctx.check_region(f, &format!("regions.{i}"), c.as_str());
    }
    sources(ctx, f, &mut tr, &r.data.sources);
    tr.bodies(ctx, r);
    tr.finish(ctx, f);
}

/// Page slugs share the language's URL space with the site's sections.
pub(crate) const RESERVED_PAGE_SLUGS: [&str; 10] = [
    "associations",
    "programmes",
    "offers",
    "results",
    "news",
    "search",
    "data",
    "static",
    "feed",
    "index",
];

fn page(ctx: &mut Ctx, r: &Record<Page>) {
    let f = r.file.as_path();
    let mut tr = Translations::new(Kind::Pages);
    tr.text(ctx, f, "title", &r.data.title);
    if RESERVED_PAGE_SLUGS.contains(&r.slug.as_str()) {
        ctx.push(
            crate::diagnostics::Diagnostic::error(
                "reserved-slug",
                f,
                crate::diagnostics::Locus::File,
                msg!(
                    "reserved-slug",
                    slug = r.slug.as_str(),
                    address = format!("/{}/{}/", ctx.config.default_language, r.slug)
                ),
            )
            .with_help(msg!(
                "reserved-slug--help",
                file = format!("about-{}.md", r.slug)
            )),
        );
    }
    sources(ctx, f, &mut tr, &r.data.sources);
    tr.bodies(ctx, r);
    tr.finish(ctx, f);
}
