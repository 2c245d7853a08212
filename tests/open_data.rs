//! Open data at scale (`/data/`): one JSON file per record with a page,
//! bodies in their own CSV files, every bulk file also gzip-compressed with
//! the same bytes from build to build, tables split by region. Drives the
//! real binary on the valid fixture.

mod common;

use common::Site;
use serde_json::Value;
use std::path::Path;

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

fn built() -> Site {
    let site = Site::from_fixture("valid");
    let out = site.build("public");
    assert_eq!(out.code, 0, "{}", out.stderr);
    site
}

#[test]
fn every_record_with_a_page_has_its_own_json_file_with_the_bulk_fields() {
    let site = built();
    let data = site.path("public/data");
    for kind in ["associations", "programmes", "offers", "news", "pages"] {
        let bulk = json(&data.join(format!("{kind}.json")));
        let records = bulk["records"].as_array().unwrap();
        assert!(!records.is_empty(), "{kind}");
        for r in records {
            let id = r["id"].as_str().unwrap();
            let one = json(&data.join(kind).join(format!("{id}.json")));
            assert_eq!(&one["record"], r, "{kind}/{id}.json");
            assert_eq!(one["kind"], kind);
            assert_eq!(one["schema_version"], bulk["schema_version"]);
            assert_eq!(one["languages"], bulk["languages"]);
            assert_eq!(one["licence"], bulk["licence"]);
            assert!(
                one.get("built").is_none(),
                "no build date in {kind}/{id}.json"
            );
        }
        let files = std::fs::read_dir(data.join(kind))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "json")
            })
            .count();
        assert_eq!(files, records.len(), "one file per record of {kind}");
    }
    // Kinds without pages of their own have no record files.
    assert!(!data.join("results").exists());
    assert!(!data.join("institutions").exists());
}

/// The files under `dir` (relative paths), recursively.
fn files_under(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_bulk_file_has_a_gzip_copy_with_the_same_bytes_in_every_build() {
    use std::io::Read;
    let site = built();
    let again = site.build("again");
    assert_eq!(again.code, 0, "{}", again.stderr);
    let data = site.path("public/data");
    let files = files_under(&data);
    let bulk: Vec<&String> = files
        .iter()
        .filter(|f| !f.contains('/') && (f.ends_with(".json") || f.ends_with(".csv")))
        .filter(|f| *f != "datapackage.json")
        .collect();
    assert!(bulk.len() > 20, "{bulk:?}");
    for f in bulk {
        let plain = std::fs::read(data.join(f)).unwrap();
        let gz =
            std::fs::read(data.join(format!("{f}.gz"))).unwrap_or_else(|e| panic!("{f}.gz: {e}"));
        // No file name (flags 0) and no time (mtime 0) in the header.
        assert_eq!(&gz[..8], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0], "{f}.gz header");
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut back)
            .unwrap();
        assert!(back == plain, "{f}.gz is not {f}");
        let gz_again = std::fs::read(site.path("again/data").join(format!("{f}.gz"))).unwrap();
        assert!(gz_again == gz, "{f}.gz differs between two builds");
    }
    // No gzip copies of what is not a bulk file.
    assert!(!data.join("datapackage.json.gz").exists());
    assert!(
        !files
            .iter()
            .any(|f| f.starts_with("schema/") && f.ends_with(".gz"))
    );
    assert!(
        !files
            .iter()
            .any(|f| f.starts_with("associations/") && f.ends_with(".json.gz"))
    );
}

#[test]
fn the_data_page_lists_the_gzip_copies_and_the_bodies_with_their_sizes() {
    let site = built();
    for lang in ["ar", "fr", "zgh"] {
        let html = site.read(&format!("public/{lang}/data/index.html"));
        for file in [
            "associations.json.gz",
            "associations.csv.gz",
            "associations-bodies.csv",
            "associations-bodies.csv.gz",
            "grants.360giving.json.gz",
        ] {
            let href = format!("href=\"/data/{file}\"");
            let at = html
                .find(&href)
                .unwrap_or_else(|| panic!("{lang}: no link to {file}"));
            let item = &html[at..at + html[at..].find("</li>").unwrap()];
            assert!(
                item.contains("class=\"size\""),
                "{lang}: no size for {file}: {item}"
            );
        }
        assert!(!html.contains("href=\"/data/associations/tifawin.json\""));
    }
}

#[test]
fn tables_over_the_threshold_are_also_split_by_region_and_listed() {
    use std::io::Read;
    let site = Site::from_fixture("valid");
    // Small enough that the associations' JSON (3.5 kB), CSV (1.4 kB) and
    // bodies (0.5 kB) split, not their nested list of participations (73
    // bytes); territories.csv (0.6 kB) has no region for every row.
    let out = site.run_env(
        &["build", "--now", common::NOW, "--out", "public"],
        &[("NASSIJ_DATA_SPLIT_BYTES", "400")],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let data = site.path("public/data");
    let bulk = json(&data.join("associations.json"));
    let records = bulk["records"].as_array().unwrap();
    let mut codes: Vec<&str> = records
        .iter()
        .map(|r| r["region"].as_str().unwrap())
        .collect();
    codes.sort();
    codes.dedup();
    assert!(codes.len() > 1, "{codes:?}");
    let mut rejoined = Vec::new();
    for code in &codes {
        let piece = json(&data.join(format!("associations/by-region/{code}.json")));
        let mine: Vec<&Value> = records.iter().filter(|r| r["region"] == *code).collect();
        assert_eq!(
            piece["records"]
                .as_array()
                .unwrap()
                .iter()
                .collect::<Vec<_>>(),
            mine
        );
        assert_eq!(piece["kind"], "associations");
        rejoined.extend(mine);
        for f in [
            format!("associations/by-region/{code}.csv"),
            format!("associations-bodies/by-region/{code}.csv"),
            format!("associations/by-region/{code}.json"),
        ] {
            let plain = std::fs::read(data.join(&f)).unwrap_or_else(|e| panic!("{f}: {e}"));
            assert!(
                plain.starts_with(b"\xef\xbb\xbf") || f.ends_with(".json"),
                "{f}"
            );
            let gz = std::fs::read(data.join(format!("{f}.gz"))).unwrap();
            let mut back = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut back)
                .unwrap();
            assert!(back == plain, "{f}.gz is not {f}");
        }
        let csv = std::fs::read_to_string(data.join(format!("associations/by-region/{code}.csv")))
            .unwrap();
        let whole = std::fs::read_to_string(data.join("associations.csv")).unwrap();
        assert_eq!(csv.lines().next(), whole.lines().next(), "same header");
    }
    assert_eq!(rejoined.len(), records.len(), "every record in one piece");
    // The small nested list stays whole; small tables are not split.
    assert!(!data.join("association-programmes/by-region").exists());
    assert!(!data.join("institutions/by-region").exists());
    assert!(!data.join("territories/by-region").exists());
    // The data page lists every piece with its size, under its region.
    for lang in ["ar", "fr", "zgh"] {
        let html = site.read(&format!("public/{lang}/data/index.html"));
        assert!(html.contains("<details class=\"by-region\">"), "{lang}");
        for code in &codes {
            for f in ["associations", "associations-bodies"] {
                for ext in ["csv", "csv.gz"] {
                    let href = format!("href=\"/data/{f}/by-region/{code}.{ext}\"");
                    let at = html.find(&href).unwrap_or_else(|| panic!("{lang}: {href}"));
                    let item = &html[at..at + html[at..].find("</li>").unwrap()];
                    assert!(item.contains("class=\"size\""), "{lang}: {item}");
                }
            }
        }
    }
    // Without the variable, the example site is far below 50 MB: no pieces.
    let small = built();
    assert!(!small.path("public/data/associations/by-region").exists());
    assert!(
        !small
            .read("public/fr/data/index.html")
            .contains("by-region")
    );
}

/// The `<loc>` values of a sitemap file, in order.
fn locs(xml: &str) -> Vec<String> {
    xml.split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap().to_string())
        .collect()
}

#[test]
fn a_site_over_the_sitemap_limit_gets_an_index_and_an_update_keeps_it_true() {
    let site = Site::from_fixture("valid");
    let limit = [("NASSIJ_SITEMAP_MAX_URLS", "10")];
    let whole = site.run(&["build", "--now", common::NOW, "--out", "whole"]);
    assert_eq!(whole.code, 0, "{}", whole.stderr);
    let whole = site.read("whole/sitemap.xml");
    assert!(whole.contains("<urlset "), "{whole}");
    assert!(!site.path("whole/sitemap-1.xml").exists());
    let entries = locs(&whole);
    assert!(entries.len() > 30, "{}", entries.len());

    let build = |out: &str| {
        let o = site.run_env(&["build", "--now", common::NOW, "--out", out], &limit);
        assert_eq!(o.code, 0, "{}", o.stderr);
    };
    build("split");
    let index = site.read("split/sitemap.xml");
    assert!(index.contains("<sitemapindex "), "{index}");
    let files = locs(&index);
    assert!(files.len() > 3, "{files:?}");
    let mut rejoined = Vec::new();
    for (n, url) in files.iter().enumerate() {
        let name = format!("sitemap-{}.xml", n + 1);
        assert!(url.ends_with(&format!("/{name}")), "{url}");
        let part = site.read(&format!("split/{name}"));
        assert!(part.contains("<urlset "), "{name}");
        let mine = locs(&part);
        assert!(
            !mine.is_empty() && mine.len() <= 10,
            "{name}: {}",
            mine.len()
        );
        rejoined.extend(mine);
    }
    assert_eq!(rejoined, entries);
    assert!(
        !site
            .path(&format!("split/sitemap-{}.xml", files.len() + 1))
            .exists()
    );

    // Back under the limit, an incremental build into the same folder
    // leaves one sitemap and no stale part.
    let again = site.run(&["build", "--now", common::NOW, "--out", "split"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(site.read("split/sitemap.xml"), whole);
    assert!(!site.path("split/sitemap-1.xml").exists());
}
