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
