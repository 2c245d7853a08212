//! The index as the search client reads it: built from the example site
//! and the fixtures, queried through [`super::query`] (the Rust twin of the
//! client's algorithm).

use super::index::*;
use super::postings;
use super::query::{Index, within_one_edit};
use crate::i18n::LangSpec;
use crate::i18n::Localizer;
use crate::model::date::Today;
use crate::output::fingerprint;
use crate::validate::Site;
use std::cmp::Ordering;
use std::path::Path;
use std::sync::OnceLock;

/// The example site at the repository root, built once for all tests.
fn example() -> &'static (Site, Vec<LangIndex>) {
    static BUILT: OnceLock<(Site, Vec<LangIndex>)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::load::load(root);
        let today = Today::resolve(Some("2026-11-22"), None).unwrap();
        let site = crate::validate::validate(loaded, &today, &Default::default())
            .site
            .expect("the example site validates");
        let langs: Vec<LangSpec> = crate::i18n::LangSpec::all_of(&site.config);
        let i18n = Localizer::load(
            &root.join("i18n"),
            &langs,
            site.config.default_language.as_str(),
        )
        .unwrap();
        let built = build(&site, &i18n, None);
        (site, built)
    })
}

fn index(lang: &str) -> Index {
    Index::load(example().1.iter().find(|i| i.lang == lang).unwrap())
}

fn urls(ix: &Index, q: &str) -> Vec<String> {
    ix.search(q, &[]).into_iter().map(|h| h.url).collect()
}

fn first(ix: &Index, q: &str) -> String {
    urls(ix, q)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("{q}: no result"))
}

#[test]
fn cross_script_names() {
    let ar = index("ar");
    assert_eq!(first(&ar, "tifawin"), "/ar/associations/tifawin/");
    assert_eq!(first(&ar, "تيفاوين"), "/ar/associations/tifawin/");
    assert_eq!(first(&ar, "ⵜⵉⴼⴰⵡⵉⵏ"), "/ar/associations/tifawin/");
    let fr = index("fr");
    assert_eq!(first(&fr, "تيفاوين"), "/fr/associations/tifawin/");
    assert_eq!(first(&fr, "Tifawin"), "/fr/associations/tifawin/");
    let zgh = index("zgh");
    assert_eq!(first(&zgh, "ⵜⵉⴼⴰⵡ\u{2D7F}ⵉⵏ"), "/zgh/associations/tifawin/");
    assert_eq!(first(&zgh, "ⵜⵉⴼⴰ"), "/zgh/associations/tifawin/");
    assert_eq!(first(&zgh, "tifa"), "/zgh/associations/tifawin/");
    // A Latin spelling of the Tifinagh name (ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ), IRCAM's or the
    // French-based one, finds it on the zgh site; "tamunt" is in no French
    // or Arabic text, so only the zgh index has it.
    assert_eq!(first(&zgh, "tamunt tifawin"), "/zgh/associations/tifawin/");
    assert_eq!(first(&zgh, "Tamount Tifawin"), "/zgh/associations/tifawin/");
    assert!(urls(&fr, "tamunt").is_empty());
    assert_eq!(first(&ar, "ATIF"), "/ar/associations/tifawin/");
}

#[test]
fn spelling_variants_find_the_same_records() {
    let ar = index("ar");
    assert_eq!(urls(&ar, "أمل"), urls(&ar, "امل"));
    assert_eq!(first(&ar, "أمل"), "/ar/associations/amal-fes/");
    assert_eq!(first(&ar, "الأمل"), "/ar/associations/amal-fes/");
    let assoc = urls(&ar, "جمعية");
    assert!(assoc.len() >= 10, "{assoc:?}");
    assert_eq!(urls(&ar, "الجمعيات"), assoc);
    assert_eq!(urls(&ar, "والجمعية"), assoc);
    assert_eq!(urls(&ar, "جَمْعِيَّة"), assoc);
    let fr = index("fr");
    let agadir = urls(&fr, "agadir");
    assert!(!agadir.is_empty());
    assert_eq!(urls(&fr, "Agadir"), agadir);
    assert_eq!(urls(&fr, "AGADIR"), agadir);
    let l = urls(&fr, "l'association");
    assert!(!l.is_empty());
    assert_eq!(l, urls(&fr, "association"));
    assert_eq!(urls(&fr, "L’Associations"), l);
    // One typo in a longer Latin word.
    assert_eq!(urls(&fr, "associatons"), l);
    assert_eq!(first(&fr, "tifawni"), "/fr/associations/tifawin/");
    // As you type.
    assert_eq!(first(&fr, "tifaw"), "/fr/associations/tifawin/");
    assert_eq!(first(&fr, "association tifa"), "/fr/associations/tifawin/");
}

#[test]
fn names_rank_first_and_filters_narrow() {
    let fr = index("fr");
    let hits = fr.search("amal", &[]);
    assert_eq!(hits[0].url, "/fr/associations/amal-fes/");
    assert!(hits[0].score >= 100.0);
    let all = fr.search("association", &[]);
    let only = fr.search("association", &["kind:association"]);
    assert!(!only.is_empty() && only.len() <= all.len());
    assert!(only.iter().all(|h| h.kind == "association"));
    let souss = fr.search("", &["region:MA-09"]);
    assert!(souss.iter().any(|h| h.url == "/fr/associations/tifawin/"));
    let both = fr.search("association", &["region:MA-09", "kind:association"]);
    assert!(!both.is_empty());
    assert!(both.len() < only.len());
    let site = &example().0;
    let edu = fr.search("", &["domain:education"]);
    let expected = site.members(&crate::validate::directory::Selection::domain("education"));
    assert_eq!(
        edu.iter().filter(|h| h.kind == "association").count(),
        expected
    );
}

#[test]
fn every_doc_is_reachable_by_its_title() {
    let (site, built) = example();
    let n = site.associations.len()
        + site.programmes.len()
        + site.offers.len()
        + site.news.len()
        + site.pages.len();
    for li in built {
        let ix = Index::load(li);
        assert_eq!(ix.manifest["docs"].as_u64().unwrap() as usize, n);
        for doc in 0..n as u32 {
            let size = META_SIZE as u32;
            let chunk = ix.manifest["meta"][(doc / size) as usize].as_str().unwrap();
            let row = &ix.file_bytes(chunk).unwrap()["docs"][(doc % size) as usize];
            let title = row[1].as_str().unwrap();
            assert!(
                row[0]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("/{}/", li.lang))
            );
            let hits = ix.search(title, &[]);
            assert!(
                hits.iter().any(|h| h.doc == doc),
                "{}: {title:?} does not find doc {doc}",
                li.lang
            );
        }
    }
}

#[test]
fn shards_are_bounded_sorted_and_named_by_their_content() {
    for li in &example().1 {
        let ix = Index::load(li);
        assert_eq!(ix.manifest["v"], 2);
        let docs = ix.manifest["docs"].as_u64().unwrap() as u32;
        let mut seen = Vec::new();
        for f in &li.files {
            let name = f.path.rsplit('/').next().unwrap();
            let hash = name.rsplit('.').nth(1).unwrap();
            assert_eq!(hash, fingerprint(&f.bytes), "{name}");
            assert!(f.path.starts_with(&format!("search/{}/", li.lang)));
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
            );
            if name.starts_with("t-") {
                let v: serde_json::Value = serde_json::from_slice(&f.bytes).unwrap();
                let terms: Vec<String> = v["terms"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|t| t[0].as_str().unwrap().to_string())
                    .collect();
                // Postings decode to ascending docs of the index.
                for t in v["terms"].as_array().unwrap() {
                    let p = postings::decode(t[1].as_str().unwrap()).unwrap();
                    assert!(!p.is_empty());
                    assert!(p.windows(2).all(|w| w[0].0 < w[1].0));
                    assert!(p.last().unwrap().0 < docs);
                }
                // Over the limit only when the prefix cannot grow.
                if f.bytes.len() > SHARD_MAX {
                    assert!(terms.iter().all(|t| t.contains(':')) || terms.len() == 1);
                }
                for w in terms.windows(2) {
                    assert_eq!(utf16_cmp(&w[0], &w[1]), Ordering::Less);
                }
                seen.extend(terms);
            }
        }
        // Every term is in the shard of its longest prefix.
        for (prefix, term) in ix.all_terms() {
            assert_eq!(ix.shard_for(&term), Some(prefix.as_str()), "{term}");
        }
        let n = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), n, "a term in two shards");
    }
}

#[test]
fn utf16_order_is_javascript_order() {
    // U+FF21 sorts after U+1F600 by code point, before it in UTF-16.
    assert_eq!(utf16_cmp("\u{FF21}", "\u{1F600}"), Ordering::Greater);
    assert_eq!(utf16_cmp("a", "b"), Ordering::Less);
    assert_eq!(utf16_cmp("ا", "ب"), Ordering::Less);
}

#[test]
fn one_edit() {
    let c = |s: &str| s.chars().collect::<Vec<_>>();
    assert!(within_one_edit(&c("associaton"), &c("association")));
    assert!(within_one_edit(&c("tifawni"), &c("tifawin")));
    assert!(within_one_edit(&c("tifawin"), &c("tifawin")));
    assert!(within_one_edit(&c("tofawin"), &c("tifawin")));
    assert!(!within_one_edit(&c("tofawni"), &c("tifawin")));
    assert!(!within_one_edit(&c("tifa"), &c("tifawin")));
}

#[test]
fn build_is_deterministic() {
    let (site, built) = example();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let langs: Vec<LangSpec> = crate::i18n::LangSpec::all_of(&site.config);
    let i18n = Localizer::load(
        &root.join("i18n"),
        &langs,
        site.config.default_language.as_str(),
    )
    .unwrap();
    let again = build(site, &i18n, None);
    // With the words of the bodies found, then kept by an earlier build.
    let dir = tempfile::tempdir().unwrap();
    let words = crate::search::words::Words::open(dir.path());
    let finding = build(site, &i18n, Some(&words));
    assert!(words.counts().1 > 0);
    words.save().unwrap();
    let words = crate::search::words::Words::open(dir.path());
    let kept = build(site, &i18n, Some(&words));
    assert_eq!(words.counts().1, 0, "every body's words were kept");
    for other in [&again, &finding, &kept] {
        for (a, b) in built.iter().zip(other) {
            assert_eq!(a.manifest_url, b.manifest_url);
            assert_eq!(a.files, b.files);
        }
    }
}
