//! The directory's pages: a list of associations (every one, those of a
//! place, of a domain, or of both) in the page language's alphabetical
//! order, with the choices that narrow or widen it. Every count is the
//! count of the list a choice leads to, so a reader on the page of a region
//! sees how many associations of *that region* each domain has; a choice
//! that leads to no association is shown without a link.

use super::funding::{self, Awarded};
use super::page::page_count;
use super::urls::{self, FacetKind};
use super::view::View;
use super::views::{AssociationCard, Tx, association_card};
use crate::validate::directory::{Place, Selection};
use serde::Serialize;

/// One choice of a filter: a region, province or domain, or "all".
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Choice {
    key: String,
    /// `None` for "all" (the template words it).
    name: Option<Tx>,
    /// The list this choice leads to; `None` when it has no association.
    url: Option<String>,
    /// The associations of that list.
    count: usize,
    /// Whether this is the page's own selection.
    current: bool,
}

/// A hidden field of the directory's search form: the selection carried
/// to the search page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Field {
    name: &'static str,
    value: String,
}

/// What a page of the directory shows.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DirectoryView {
    /// The region or province of the selection, with its name.
    place: Option<Named>,
    /// The region a selected province belongs to.
    region: Option<Named>,
    /// The domain of the selection.
    domain: Option<Named>,
    /// The associations of the list, and this page's share of them.
    count: usize,
    associations: Vec<AssociationCard>,
    /// The filters, each count scoped to the rest of the selection.
    regions: Vec<Choice>,
    provinces: Vec<Choice>,
    domains: Vec<Choice>,
    /// The audiences a search can narrow to (key, name).
    audiences: Vec<(String, Tx)>,
    /// The selection, as fields of the search form.
    fields: Vec<Field>,
    /// Support received by the place's associations (a place alone).
    support: Option<Awarded>,
    /// The awards behind it, on the funding pages.
    support_url: Option<String>,
}

/// A region, province or domain of the selection.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Named {
    /// `region`, `province` or `domain`.
    kind: &'static str,
    key: String,
    name: Tx,
    /// The list of this one alone (a link in the breadcrumbs).
    url: String,
}

fn choice(
    v: &View,
    selection: Selection,
    current: &Selection,
    key: &str,
    name: Option<Tx>,
) -> Choice {
    let count = v.site.members(&selection);
    Choice {
        key: key.to_string(),
        name,
        url: (count > 0 || selection == *current).then(|| urls::directory(v.lang, &selection)),
        count,
        current: selection == *current,
    }
}

/// The page `page` of the list `selection`, in the view's language.
pub(crate) fn directory_view(
    v: &View,
    selection: &Selection,
    page: usize,
) -> (DirectoryView, usize) {
    let site = v.site;
    let list = site.directory(v.lang, selection);
    let start = (page - 1) * urls::PAGE_SIZE;
    let associations = list
        .iter()
        .skip(start)
        .take(urls::PAGE_SIZE)
        .map(|&i| association_card(v, &site.associations[i]))
        .collect();

    let (region_code, province_code) = match &selection.place {
        Some(Place::Region(r)) => (Some(r.as_str()), None),
        Some(Place::Province(p)) => (
            site.tax.region_of(p).map(|r| r.code.as_str()),
            Some(p.as_str()),
        ),
        None => (None, None),
    };
    let named = |kind: FacetKind, key: &str, name: Tx| Named {
        kind: kind.as_str(),
        key: key.to_string(),
        name,
        url: urls::facet(v.lang, kind, key),
    };
    let place = match &selection.place {
        Some(Place::Region(r)) => Some(named(FacetKind::Region, r, v.region(r))),
        Some(Place::Province(p)) => Some(named(FacetKind::Province, p, v.province(p))),
        None => None,
    };
    let region = province_code
        .and(region_code)
        .map(|r| named(FacetKind::Region, r, v.region(r)));
    let domain = selection
        .domain
        .as_deref()
        .map(|d| named(FacetKind::Domain, d, v.domain(d)));

    // Regions: the domain stays; "all" drops the place.
    let mut regions = vec![choice(v, selection.with_place(None), selection, "", None)];
    for r in &site.tax.regions {
        let code = r.code.as_str();
        let s = selection.with_place(Some(Place::Region(code.to_string())));
        let mut c = choice(v, s, selection, code, Some(v.tx(&r.name)));
        // On a province's page, its region is where the reader is.
        c.current |= region_code == Some(code) && province_code.is_some();
        regions.push(c);
    }
    // Provinces of the selected region (or of the selected province's).
    let mut provinces = Vec::new();
    if let Some(region) = region_code.and_then(|c| site.tax.region(c)) {
        provinces.push(choice(
            v,
            selection.with_place(Some(Place::Region(region.code.0.clone()))),
            selection,
            "",
            None,
        ));
        for p in &region.provinces {
            let code = p.code.as_str();
            let s = selection.with_place(Some(Place::Province(code.to_string())));
            provinces.push(choice(v, s, selection, code, Some(v.tx(&p.name))));
        }
    }
    // Domains: the place stays; "all" drops the domain.
    let mut domains = vec![choice(v, selection.with_domain(None), selection, "", None)];
    for (key, term) in site.tax.domains.iter() {
        let s = selection.with_domain(Some(key));
        domains.push(choice(v, s, selection, key, Some(v.tx(&term.name))));
    }
    let audiences = site
        .tax
        .audiences
        .iter()
        .map(|(key, t)| (key.to_string(), v.tx(&t.name)))
        .collect();

    let mut fields = vec![Field {
        name: "kind",
        value: "association".to_string(),
    }];
    if let Some(r) = region_code {
        fields.push(Field {
            name: "region",
            value: r.to_string(),
        });
    }
    if let Some(p) = province_code {
        fields.push(Field {
            name: "province",
            value: p.to_string(),
        });
    }
    if let Some(d) = &selection.domain {
        fields.push(Field {
            name: "domain",
            value: d.clone(),
        });
    }

    // The support received by a place's associations, on the place's own
    // list (with a domain, the funding pages have no such total).
    let by = match (&selection.place, &selection.domain) {
        (Some(Place::Region(r)), None) => Some((urls::FundingBy::Region, r.as_str())),
        (Some(Place::Province(p)), None) => Some((urls::FundingBy::Province, p.as_str())),
        _ => None,
    };
    let support = by.and_then(|by| funding::place_total(v, by));
    let support_url = support
        .as_ref()
        .and(by)
        .map(|by| urls::funding(v.lang, Some(by)));

    let count = list.len();
    (
        DirectoryView {
            place,
            region,
            domain,
            count,
            associations,
            regions,
            provinces,
            domains,
            audiences,
            fields,
            support,
            support_url,
        },
        page_count(count),
    )
}
