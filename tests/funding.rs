//! The funding pages (`/{lang}/funding/`, issue 14 point 1) add up to the
//! open data to the dirham: the amount awarded, the number of awards and of
//! recipients, every bar (by programme with its phases, issuer, region,
//! province, year, domain) against the 360Giving file and the records'
//! open data, each bar against the page it links to, and each page against
//! the sum of the awards it lists (over all its pages). On the example site
//! and on a generated site with awards.

mod common;

use common::{NOW, attrs, generate, repo, run_in};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn cents(v: &Value) -> i64 {
    (v.as_f64().unwrap() * 100.0).round() as i64
}

/// The part of `html` inside the section whose heading id is `id`.
fn section<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let start = html.find(&format!("id=\"{id}\""))?;
    let rest = &html[start..];
    Some(&rest[..rest.find("</section>").unwrap()])
}

/// (key, cents) of each bar of the chart `by` on a page.
fn bars(html: &str, by: &str) -> BTreeMap<String, i64> {
    let Some(s) = section(html, &format!("by-{by}")) else {
        return BTreeMap::new();
    };
    attrs(s, "data-key")
        .into_iter()
        .zip(attrs(s, "data-cents").iter().map(|c| c.parse().unwrap()))
        .collect()
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn json(out: &Path, rel: &str) -> Value {
    serde_json::from_str(&read(out, rel)).unwrap()
}

/// (cents, awards, recipients) of the key figures of a funding page.
fn figures(html: &str) -> (i64, usize, usize) {
    (
        attrs(html, "data-cents")[0].parse().unwrap(),
        attrs(html, "data-awards")[0].parse().unwrap(),
        attrs(html, "data-recipients")[0].parse().unwrap(),
    )
}

/// The awards listed over every page of a funding list: their cents.
fn listed(out: &Path, base: &str) -> Vec<i64> {
    let mut all = Vec::new();
    let mut n = 1;
    loop {
        let rel = if n == 1 {
            format!("{base}index.html")
        } else {
            format!("{base}page/{n}/index.html")
        };
        if !out.join(&rel).exists() {
            break;
        }
        let html = read(out, &rel);
        let list = section(&html, "awards").unwrap();
        let rows: Vec<i64> = attrs(list, "data-cents")
            .iter()
            .map(|c| c.parse().unwrap())
            .collect();
        assert!(rows.len() <= 30, "{rel}: {} awards on one page", rows.len());
        all.extend(rows);
        n += 1;
    }
    all
}

struct Grant {
    cents: i64,
    association: String,
    issuer: String,
    programme: Option<String>,
    year: String,
}

fn check_site(out: &Path) {
    let giving = json(out, "data/grants.360giving.json");
    let grants: Vec<Grant> = giving["grants"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["currency"] == "MAD")
        .map(|g| Grant {
            cents: cents(&g["amountAwarded"]),
            association: g["recipientOrganization"][0]["id"]
                .as_str()
                .unwrap()
                .trim_start_matches("360G-nassij-association-")
                .to_string(),
            issuer: g["fundingOrganization"][0]["id"]
                .as_str()
                .unwrap()
                .trim_start_matches("360G-nassij-institution-")
                .to_string(),
            programme: g["grantProgramme"][0]["code"].as_str().map(String::from),
            year: g["awardDate"].as_str().unwrap()[..4].to_string(),
        })
        .collect();
    assert!(!grants.is_empty(), "the site has no grants to compare");
    let assoc: BTreeMap<String, Value> = json(out, "data/associations.json")["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap().to_string(), a.clone()))
        .collect();
    let parent: BTreeMap<String, String> = json(out, "data/programmes.json")["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| {
            Some((
                p["id"].as_str()?.to_string(),
                p["parent"].as_str()?.to_string(),
            ))
        })
        .collect();
    // The keys each grant counts under, per division, from the open data.
    let keys = |g: &Grant, by: &str| -> Vec<String> {
        let a = &assoc[&g.association];
        match by {
            "programme" => {
                let mut out = Vec::new();
                let mut cur = g.programme.clone();
                while let Some(p) = cur {
                    cur = parent.get(&p).cloned();
                    out.push(p);
                }
                out
            }
            "issuer" => vec![g.issuer.clone()],
            "region" => vec![a["region"].as_str().unwrap().to_string()],
            "province" => vec![a["province"].as_str().unwrap().to_string()],
            "year" => vec![g.year.clone()],
            "domain" => a["domains"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap().to_string())
                .collect(),
            _ => unreachable!(),
        }
    };
    let total: i64 = grants.iter().map(|g| g.cents).sum();
    let recipients: BTreeSet<&str> = grants.iter().map(|g| g.association.as_str()).collect();
    let offered: i64 = json(out, "data/offers.json")["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["amount"]["currency"].as_str().is_none_or(|c| c == "MAD"))
        .filter_map(|o| o["amount"].get("total"))
        .map(cents)
        .sum();
    for lang in ["ar", "fr", "zgh"] {
        let base = format!("{lang}/funding/");
        let html = read(out, &format!("{base}index.html"));
        assert_eq!(
            figures(&html),
            (total, grants.len(), recipients.len()),
            "{lang}: key figures against the 360Giving file"
        );
        assert_eq!(
            attrs(&html, "data-offered")[0].parse::<i64>().unwrap(),
            offered,
            "{lang}: amount offered"
        );
        let rows = listed(out, &base);
        assert_eq!(rows.len(), grants.len(), "{lang}: every award is listed");
        assert_eq!(
            rows.iter().sum::<i64>(),
            total,
            "{lang}: the list sums to the total"
        );
        for by in [
            "programme",
            "issuer",
            "region",
            "province",
            "year",
            "domain",
        ] {
            let mut expected: BTreeMap<String, i64> = BTreeMap::new();
            for g in &grants {
                for k in keys(g, by) {
                    *expected.entry(k).or_default() += g.cents;
                }
            }
            let shown = bars(&html, by);
            assert_eq!(shown, expected, "{lang}: bars by {by}");
            if matches!(by, "issuer" | "region" | "province" | "year") {
                assert_eq!(shown.values().sum::<i64>(), total, "{lang}: {by} adds up");
            }
            // Each bar links to a page of the awards it sums.
            for (key, c) in &shown {
                let page = format!("{base}{by}/{key}/");
                let facet = read(out, &format!("{page}index.html"));
                assert_eq!(figures(&facet).0, *c, "{page}: its total is the bar's");
                let rows = listed(out, &page);
                assert_eq!(rows.iter().sum::<i64>(), *c, "{page}: its awards sum to it");
                assert_eq!(rows.len(), figures(&facet).1, "{page}: awards counted");
            }
        }
        // Newest first: the awards' dates never increase down the list.
        let dates = attrs(section(&html, "awards").unwrap(), "datetime");
        assert!(
            dates.windows(2).all(|w| w[0] >= w[1]),
            "{lang}: newest first"
        );
    }
}

fn build(root: &Path, out: &Path) {
    let o = run_in(
        root,
        &["build", "--now", NOW, "--out", out.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.code, 0, "build failed:\n{}", o.stderr);
}

#[test]
fn funding_adds_up_to_the_open_data_on_the_example_site() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&repo(), &out);
    check_site(&out);
}

#[test]
fn funding_adds_up_to_the_open_data_on_a_generated_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("gen");
    let g = generate(300, &root);
    assert_eq!(g.code, 0, "generate failed:\n{}", g.stderr);
    let out = tmp.path().join("site");
    build(&root, &out);
    check_site(&out);
}
