//! The awards of every offer in the 360Giving Data Standard 1.4.3: one
//! grant per award, funded by the offer's issuer, received by the
//! association, under the offer's programme. 360Giving fields are single
//! strings: names and titles are given in the site's default language.

use super::records::Cx;
use super::table::json_number;
use crate::i18n::Localizer;
use crate::model::Kind;
use crate::present::urls;
use crate::present::views::View;
use serde_json::{Value, json};

/// The 360Giving prefix of the ids nassij makes (grants and organisations
/// without a registered identifier).
pub const PREFIX: &str = "360G-nassij-";

/// The grants package, or `None` when no award has both an amount and a
/// date (the standard requires both, and a package has at least one grant).
pub fn package(cx: &Cx, i18n: &Localizer, licence_url: &str) -> Option<Value> {
    let site = cx.site;
    let lang = site.config.default_language;
    let v = View::new(site, lang, i18n);
    let base = site.config.base_url();
    let abs = |kind: Kind, slug: &str| format!("{base}{}", urls::record(lang, kind, slug));
    let mut offers: Vec<usize> = (0..site.offers.len()).collect();
    offers.sort_by(|a, b| site.offers[*a].slug.cmp(&site.offers[*b].slug));
    let mut grants: Vec<Value> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for i in offers {
        let offer = &site.offers[i];
        let o = &offer.data;
        let currency = o
            .amount
            .as_ref()
            .and_then(|a| a.currency.as_deref())
            .unwrap_or("MAD");
        let title = v.tx(&o.title).text;
        let issuer = match site.position(Kind::Institutions, o.issuer.as_str()) {
            Some(k) => v.tx(&site.institutions[k].data.name).text,
            None => o.issuer.to_string(),
        };
        for aw in &o.awards {
            let (Some(amount), Some(date)) = (aw.amount, aw.date) else {
                continue;
            };
            let base_id = format!("{PREFIX}{}-{}", offer.slug, aw.association);
            let mut id = base_id.clone();
            let mut n = 2;
            while ids.contains(&id) {
                id = format!("{base_id}-{n}");
                n += 1;
            }
            ids.push(id.clone());
            let assoc = site.position(Kind::Associations, aw.association.as_str());
            let name = assoc.map_or_else(
                || aw.association.to_string(),
                |k| v.tx(&site.associations[k].data.name).text,
            );
            let mut recipient = json!({
                "id": format!("{PREFIX}association-{}", aw.association),
                "name": name,
                "addressCountry": "MA",
            });
            if let Some(k) = assoc {
                let a = &site.associations[k].data;
                recipient["addressRegion"] = json!(v.region(a.region.as_str()).text);
                recipient["url"] = json!(abs(Kind::Associations, aw.association.as_str()));
                if let Some(c) = &a.commune {
                    recipient["addressLocality"] = json!(v.tx(c).text);
                }
            }
            let description = v.msg(
                "data-grant-description",
                &[("association", name.as_str()), ("offer", title.as_str())],
            );
            let mut grant = json!({
                "id": id,
                "title": title,
                "description": description,
                "currency": currency,
                "amountAwarded": json_number(amount),
                "awardDate": date.to_string(),
                "url": abs(Kind::Offers, offer.slug.as_str()),
                "fromOpenCall": "Yes",
                "recipientOrganization": [recipient],
                "fundingOrganization": [{
                    "id": format!("{PREFIX}institution-{}", o.issuer),
                    "name": issuer,
                }],
                "dataSource": format!("{base}/data/offers.json"),
            });
            if let Some(p) = &o.programme {
                let ptitle = site.position(Kind::Programmes, p.as_str()).map_or_else(
                    || p.to_string(),
                    |k| v.tx(&site.programmes[k].data.title).text,
                );
                grant["grantProgramme"] = json!([{
                    "code": p.as_str(),
                    "title": ptitle,
                    "url": abs(Kind::Programmes, p.as_str()),
                }]);
            }
            grants.push(grant);
        }
    }
    if grants.is_empty() {
        return None;
    }
    let site_title = v.tx(&site.config.title).text;
    Some(json!({
        "version": "1.4",
        "title": v.msg("data-grants-title", &[]),
        "description": v.msg("data-grants-description", &[]),
        "issued": site.today.date().to_string(),
        "publisher": {"name": site_title, "website": format!("{base}/")},
        "license": licence_url,
        "downloadURL": format!("{base}/data/grants.360giving.json"),
        "accessURL": format!("{base}{}", crate::present::urls::data(lang)),
        "grants": grants,
    }))
}
