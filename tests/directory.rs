//! The directory's lists (issue 14 point 5) against the open data, on a
//! generated site of 300 associations: every list of a region, province
//! or domain exists (even empty); a place with a domain has its pages
//! exactly when it has associations; each list, over all its pages, holds
//! exactly the associations the open data puts in it, in the order of the
//! whole directory of its language (the language's alphabetical order,
//! which the browser test compares with Chromium's collator); and each
//! count a list page shows for a choice is the size of the list the choice
//! leads to.

mod common;

use common::{NOW, attrs, generate, run_in};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The association slugs a list shows, over all its pages.
/// Whether a link to `href` is a card's heading (`<h3>` or, for a name
/// shown in a fallback language, `<h3 lang=".." dir="..">`).
fn in_heading(html: &str, href: &str) -> bool {
    let link = format!("<a href=\"{href}\"");
    html.match_indices(&link).any(|(at, _)| {
        let before = &html[..at];
        before.ends_with('>')
            && before
                .rfind('<')
                .is_some_and(|open| before[open..].starts_with("<h3"))
    })
}

fn list(out: &Path, lang: &str, base: &str) -> Option<Vec<String>> {
    let mut slugs = Vec::new();
    let mut n = 1;
    loop {
        let rel = if n == 1 {
            format!("{base}index.html")
        } else {
            format!("{base}page/{n}/index.html")
        };
        let Ok(html) = std::fs::read_to_string(out.join(&rel)) else {
            return (n > 1).then_some(slugs);
        };
        let results = &html[html.find("class=\"results\"").unwrap()..];
        let prefix = format!("/{lang}/associations/");
        for href in attrs(results, "href") {
            if let Some(slug) = href.strip_prefix(&prefix)
                && let Some(slug) = slug.strip_suffix('/')
                && !slug.contains('/')
                && in_heading(results, &href)
            {
                slugs.push(slug.to_string());
            }
        }
        n += 1;
    }
}

#[test]
fn every_list_of_the_directory_matches_the_open_data() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("gen");
    let g = generate(300, &root);
    assert_eq!(g.code, 0, "generate failed:\n{}", g.stderr);
    let out = tmp.path().join("site");
    let o = run_in(
        &root,
        &["build", "--now", NOW, "--out", out.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.code, 0, "build failed:\n{}", o.stderr);

    let data: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data/associations.json")).unwrap())
            .unwrap();
    // selection ("region/MA-03/", "province/MA-FES/domain/youth/"...) -> slugs
    let mut expected: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut regions = BTreeSet::new();
    let mut provinces = BTreeSet::new();
    let mut domains = BTreeSet::new();
    for r in data["records"].as_array().unwrap() {
        let slug = r["id"].as_str().unwrap().to_string();
        let region = format!("region/{}/", r["region"].as_str().unwrap());
        let province = format!("province/{}/", r["province"].as_str().unwrap());
        regions.insert(region.clone());
        provinces.insert(province.clone());
        let mut places = vec![String::new(), region, province];
        for place in places.drain(..) {
            expected
                .entry(place.clone())
                .or_default()
                .insert(slug.clone());
            for d in r["domains"].as_array().unwrap() {
                let d = format!("domain/{}/", d.as_str().unwrap());
                domains.insert(d.clone());
                expected
                    .entry(format!("{place}{d}"))
                    .or_default()
                    .insert(slug.clone());
            }
        }
    }
    assert!(regions.len() >= 6 && domains.len() >= 5, "a varied site");

    for lang in ["ar", "fr", "zgh"] {
        let all = list(&out, lang, &format!("{lang}/associations/")).unwrap();
        assert_eq!(all.len(), 300, "{lang}: the whole directory");
        let rank: BTreeMap<&str, usize> = all
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i))
            .collect();
        let mut combined_pages = 0;
        for place in std::iter::once(String::new())
            .chain(regions.iter().cloned())
            .chain(provinces.iter().cloned())
        {
            for domain in std::iter::once(String::new()).chain(domains.iter().cloned()) {
                let sel = format!("{place}{domain}");
                let base = format!("{lang}/associations/{sel}");
                let want = expected.get(&sel).cloned().unwrap_or_default();
                let got = list(&out, lang, &base);
                let combined = !place.is_empty() && !domain.is_empty();
                if want.is_empty() && combined {
                    assert!(
                        got.is_none(),
                        "{base}: no page for an empty place and domain"
                    );
                    continue;
                }
                let got = got.unwrap_or_else(|| panic!("{base}: missing"));
                combined_pages += usize::from(combined);
                let set: BTreeSet<String> = got.iter().cloned().collect();
                assert_eq!(set, want, "{base}: its associations");
                assert_eq!(set.len(), got.len(), "{base}: each once");
                let ranks: Vec<usize> = got.iter().map(|s| rank[s.as_str()]).collect();
                assert!(
                    ranks.windows(2).all(|w| w[0] < w[1]),
                    "{base}: in the order of the whole directory"
                );
            }
        }
        assert!(
            combined_pages > 20,
            "{lang}: {combined_pages} place-and-domain lists"
        );

        // The counts a region's page shows are the sizes of the lists
        // they lead to; a count of zero is not a link.
        let region = regions.iter().next().unwrap();
        let html =
            std::fs::read_to_string(out.join(format!("{lang}/associations/{region}index.html")))
                .unwrap();
        let filters =
            &html[html.find("class=\"filters\"").unwrap()..html.find("class=\"results\"").unwrap()];
        let mut checked = 0;
        for li in filters.split("<li>").skip(1) {
            let count: usize = li
                .rsplit("class=\"count-badge\">")
                .next()
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .chars()
                .filter_map(|c| {
                    c.to_digit(10)
                        .or_else(|| "٠١٢٣٤٥٦٧٨٩".chars().position(|d| d == c).map(|d| d as u32))
                })
                .fold(0, |n, d| n * 10 + d as usize);
            match attrs(li, "href").first() {
                Some(href) => {
                    let sel = href
                        .strip_prefix(&format!("/{lang}/associations/"))
                        .unwrap();
                    let want = expected.get(sel).map_or(0, BTreeSet::len);
                    assert_eq!(count, want, "{lang} {region}: the count of {href}");
                    checked += 1;
                }
                None => assert_eq!(count, 0, "{lang} {region}: an unlinked choice is empty"),
            }
        }
        assert!(checked > 5, "{lang}: {checked} counts checked");
    }
}
