//! JSON-LD (schema.org) for pages: `NGO` for an association with the
//! `MonetaryGrant`s it received, `MonetaryGrant`s with their funder (a
//! `GovernmentOrganization` for public institutions) on an offer's page,
//! `Dataset` with its `DataDownload`s on the data page.

use crate::model::Kind;
use crate::model::records::InstitutionKind;
use crate::present::Page;
use crate::present::views::View;
use serde_json::{Value, json};

/// A JSON value made safe inside `<script type="application/ld+json">`:
/// `<`, `>` and `&` as JSON escapes, so that no `</script>` or `<!--` can
/// ever end or change the script block; the bidi isolation marks that
/// interface strings carry are removed.
pub fn script_safe(v: &Value) -> String {
    let text = serde_json::to_string(v).unwrap_or_else(|_| "{}".into());
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The whole `<script>` element for a page, or an empty string when the
/// page has no structured data. `data_tables` gives the data page's tables
/// (computed once per render by the caller, only when asked).
pub fn script<'t>(
    v: &View,
    page: &Page,
    data_tables: &dyn Fn() -> &'t super::data::DataFiles,
) -> String {
    match for_page(v, page, data_tables) {
        Some(data) => format!(
            "<script type=\"application/ld+json\">{}</script>",
            script_safe(&data)
        ),
        None => String::new(),
    }
}

fn abs(v: &View, url: &str) -> String {
    format!("{}{url}", v.site.config.base_url())
}

/// An institution as a schema.org organisation.
pub fn institution(v: &View, slug: &str) -> Value {
    let site = v.site;
    let Some(i) = site.position(Kind::Institutions, slug) else {
        return json!({"@type": "Organization", "name": slug});
    };
    let d = &site.institutions[i].data;
    let ty = match d.kind {
        Some(
            InstitutionKind::Ministry | InstitutionKind::Agency | InstitutionKind::LocalAuthority,
        ) => "GovernmentOrganization",
        Some(InstitutionKind::Ngo) => "NGO",
        _ => "Organization",
    };
    let mut o = json!({
        "@type": ty,
        "@id": format!("{}/data/institutions.json#{slug}", site.config.base_url()),
        "name": v.tx(&d.name).text,
    });
    if let Some(a) = &d.acronym {
        o["alternateName"] = json!(a);
    }
    if let Some(w) = &d.website {
        o["url"] = json!(w);
    }
    o
}

fn ngo_id(v: &View, slug: &str) -> String {
    format!(
        "{}#organization",
        abs(
            v,
            &crate::present::urls::record(v.lang, Kind::Associations, slug)
        )
    )
}

/// A reference to an association (its name and page).
fn ngo_ref(v: &View, slug: &str) -> Value {
    let link = v.link(Kind::Associations, slug);
    let mut o = json!({"@type": "NGO", "name": link.text.text});
    if let Some(url) = link.url {
        o["@id"] = json!(ngo_id(v, slug));
        o["url"] = json!(abs(v, &url));
    }
    o
}

/// The awards of offer `i` as grants (all, or those to one association).
fn grants(v: &View, i: usize, only: Option<&str>) -> Vec<Value> {
    let site = v.site;
    let r = &site.offers[i];
    let o = &r.data;
    let currency = o
        .amount
        .as_ref()
        .and_then(|a| a.currency.as_deref())
        .unwrap_or("MAD");
    let offer_url = abs(v, &v.url(Kind::Offers, r.slug.as_str()));
    o.awards
        .iter()
        .filter(|a| only.is_none_or(|s| a.association.as_str() == s))
        .map(|a| {
            let mut g = json!({
                "@type": "MonetaryGrant",
                "name": v.tx(&o.title).text,
                "url": offer_url,
                "funder": institution(v, o.issuer.as_str()),
                "fundedItem": ngo_ref(v, a.association.as_str()),
            });
            if let Some(amount) = a.amount {
                g["amount"] = json!({
                    "@type": "MonetaryAmount",
                    "value": super::data::json_number(amount),
                    "currency": currency,
                });
            }
            if let Some(d) = a.date {
                g["dateCreated"] = json!(d.to_string());
            }
            g
        })
        .collect()
}

fn for_page<'t>(
    v: &View,
    page: &Page,
    data_tables: &dyn Fn() -> &'t super::data::DataFiles,
) -> Option<Value> {
    let site = v.site;
    match page {
        Page::Record(Kind::Associations, slug) => {
            let r = &site.associations[site.position(Kind::Associations, slug.as_str())?];
            let a = &r.data;
            let url = abs(v, &v.url(Kind::Associations, r.slug.as_str()));
            let mut ngo = json!({
                "@type": "NGO",
                "@id": ngo_id(v, r.slug.as_str()),
                "name": v.tx(&a.name).text,
                "url": url,
                "address": {
                    "@type": "PostalAddress",
                    "addressCountry": "MA",
                    "addressRegion": v.region(a.region.as_str()).text,
                },
            });
            if let Some(x) = &a.acronym {
                ngo["alternateName"] = json!(x);
            }
            if let Some(s) = &a.summary {
                ngo["description"] = json!(v.tx(s).text);
            }
            if let Some(d) = a.founded {
                ngo["foundingDate"] = json!(d.to_string());
            }
            if let Some(c) = &a.commune {
                ngo["address"]["addressLocality"] = json!(v.tx(c).text);
            }
            if let Some(c) = &a.contact {
                if let Some(e) = &c.email {
                    ngo["email"] = json!(e);
                }
                if let Some(p) = &c.phone {
                    ngo["telephone"] = json!(p);
                }
                if let Some(w) = &c.website {
                    ngo["sameAs"] = json!(w);
                }
            }
            if let Some(l) = a.location {
                ngo["geo"] =
                    json!({"@type": "GeoCoordinates", "latitude": l.lat, "longitude": l.lon});
            }
            let mut graph = vec![ngo];
            if let Some(list) = site.awards_by_association.get(r.slug.as_str()) {
                let mut offers: Vec<usize> = list.iter().map(|(o, _)| *o).collect();
                offers.dedup();
                for o in offers {
                    graph.extend(grants(v, o, Some(r.slug.as_str())));
                }
            }
            Some(json!({"@context": "https://schema.org", "@graph": graph}))
        }
        Page::Record(Kind::Offers, slug) => {
            let i = site.position(Kind::Offers, slug.as_str())?;
            let o = &site.offers[i].data;
            let mut graph = vec![institution(v, o.issuer.as_str())];
            graph.extend(grants(v, i, None));
            Some(json!({"@context": "https://schema.org", "@graph": graph}))
        }
        Page::Data => Some(super::data::dataset(v, data_tables())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_end_tags_and_comments_cannot_escape_the_block() {
        let v = json!({"name": "</script><script>alert(1)</script> <!-- & \u{2066}x\u{2069}"});
        let s = script_safe(&v);
        assert!(!s.contains('<') && !s.contains('>'));
        assert!(!s.contains('\u{2066}'));
        assert!(s.contains("\\u003c/script\\u003e"));
        // Still the same JSON once parsed.
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> <!-- & x");
    }
}
