//! Export: the transparency layer, written beside the pages by every build.
//!
//! - `/data/`: every record kind and taxonomy as JSON (`NAME.json`, with
//!   `schema_version`, ids that are the records' slugs or codes, translated
//!   fields as language maps, references as slugs, ISO dates) with a JSON
//!   Schema each (`schema/NAME.schema.json`, draft 2020-12), and as CSV
//!   (`NAME.csv`: UTF-8 with a byte-order mark, one row per record, a
//!   translated field as one column per language `name_ar,name_fr,...`,
//!   lists joined with ` | `; nested lists are their own CSV resources with
//!   the parent's id first, e.g. `awards.csv`; the Markdown bodies, which
//!   would make up most of a table's CSV, are their own resource
//!   `NAME-bodies.csv`, one row per record and language: `id,lang,body`),
//!   all described by a
//!   Frictionless data package (`datapackage.json`); the awards in the
//!   360Giving Data Standard (`grants.360giving.json`); results following
//!   the IATI result model (`results.json`, `results.csv`). Each of these
//!   bulk files (not the schemas nor the data package) has a gzip copy,
//!   `PATH.gz`, with the same bytes from build to build ([`gzip`]). A
//!   bulk file over [`SPLIT_BYTES`] whose table has a region for every
//!   record (the associations, with their nested lists and bodies) is also
//!   written in pieces, `NAME/by-region/CODE.EXT` and their gzip copies,
//!   each with the whole file's header (CSV) or metadata (JSON); the data
//!   page lists them (`present::data`), `datapackage.json` describes the
//!   whole files only.
//! - `/data/{kind}/{slug}.json`: each record that has a page, alone: the
//!   object its kind's `NAME.json` holds (`record`), with `schema_version`,
//!   `kind`, `languages` and `licence` but no build date, so that the file
//!   changes only with the record. The data page does not list them one by
//!   one (see [`is_listed`]).
//! - per language: Atom feeds of offers and news, the iCalendar file of
//!   offer deadlines;
//! - `/sitemap.xml` with hreflang alternates (an index of `/sitemap-N.xml`
//!   beyond the protocol's 50,000 URLs or 50 MiB a file), `/robots.txt`;
//! - the data page's tables and counts ([`data_tables`]).
//!
//! Everything is a pure function of the [`Site`]: no clock, sorted
//! iteration, so two builds of the same tree give the same bytes. Bidi
//! isolation marks (U+2066 to U+2069), which interface strings carry for
//! HTML, are removed from every file written here.

pub mod csv;
pub mod feeds;
pub mod grants;
pub mod gzip;
pub mod ical;
pub mod records;
pub mod table;

use crate::i18n::Localizer;
use crate::model::Kind;
use crate::output::OutputFile;
use crate::present::data::{DataFiles, DataTable, dl};
use crate::present::urls;
use crate::present::views::View;
use crate::validate::Site;
use records::Cx;
use serde_json::{Value, json};
use std::collections::HashMap;
use table::Meta;

pub use table::SCHEMA_VERSION;

fn meta<'a>(site: &'a Site, langs: &'a [String]) -> Meta<'a> {
    let l = site.config.data_licence();
    Meta {
        langs,
        built: site.today.date().to_string(),
        licence: json!({"id": l.id, "title": l.title, "url": l.url}),
        base_url: site.config.base_url(),
    }
}

fn text_file(path: String, text: String) -> OutputFile {
    OutputFile {
        path,
        bytes: without_isolates(text.into_bytes()),
    }
}

/// The bytes without bidi isolation marks (U+2066 to U+2069, `E2 81 A6` to
/// `E2 81 A9` in UTF-8), removed in place: a file of several hundred
/// megabytes is not copied to drop marks that are usually absent.
fn without_isolates(mut bytes: Vec<u8>) -> Vec<u8> {
    // Every mark starts with `E2 81`: memchr's vectorized search finds the
    // few candidates, and the bytes between marks are moved in blocks.
    let is_mark = |at: usize| bytes.get(at + 2).is_some_and(|b| (0xA6..=0xA9).contains(b));
    let marks: Vec<usize> = memchr::memmem::find_iter(&bytes, b"\xE2\x81")
        .filter(|&at| is_mark(at))
        .collect();
    if marks.is_empty() {
        return bytes;
    }
    let mut write = marks[0];
    for (i, &at) in marks.iter().enumerate() {
        let next = marks.get(i + 1).copied().unwrap_or(bytes.len());
        bytes.copy_within(at + 3..next, write);
        write += next - (at + 3);
    }
    bytes.truncate(write);
    bytes
}

fn json_file(path: String, v: &Value) -> OutputFile {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    text_file(path, s)
}

/// The Frictionless data package describing every CSV file.
fn datapackage(site: &Site, resources: Vec<Value>, i18n: &Localizer) -> Value {
    let v = View::new(site, site.config.default_language, i18n);
    let l = site.config.data_licence();
    json!({
        "profile": "tabular-data-package",
        "name": "nassij-open-data",
        "title": v.tx(&site.config.title).text,
        "description": v.msg("data-intro", &[]),
        "homepage": format!("{}{}", site.config.base_url(), crate::present::urls::data(site.config.default_language)),
        "version": format!("{SCHEMA_VERSION}.0.0"),
        "keywords": ["associations", "Morocco", "grants", "programmes", "results"],
        "licenses": [{"name": l.id, "title": l.title, "path": l.url}],
        "resources": resources,
    })
}

/// Gives `put` a bulk file and its gzip copy (`PATH.gz`, see [`gzip`]).
fn put_bulk(
    put: &mut dyn FnMut(OutputFile),
    pieces: Option<&dyn gzip::Pieces>,
    path: String,
    bytes: Vec<u8>,
) {
    let gz = gzip::gzip_with(&bytes, &format!("{path}.gz"), pieces);
    put_with_copy(put, path, bytes, gz);
}

/// Gives `put` a bulk file, then its gzip copy `gz` as `PATH.gz`.
fn put_with_copy(put: &mut dyn FnMut(OutputFile), path: String, bytes: Vec<u8>, gz: Vec<u8>) {
    let gz_path = format!("{path}.gz");
    put(OutputFile { path, bytes });
    put(OutputFile {
        path: gz_path,
        bytes: gz,
    });
}

/// A bulk file larger than this (50 MB, uncompressed) is also written in
/// pieces, one per region, when its table has a region per record (the
/// associations, their nested lists and their bodies).
pub const SPLIT_BYTES: u64 = 50_000_000;

/// [`SPLIT_BYTES`], or the environment variable `NASSIJ_DATA_SPLIT_BYTES`
/// when set to a number: the tests split the small example site with it.
fn split_bytes() -> u64 {
    std::env::var("NASSIJ_DATA_SPLIT_BYTES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(SPLIT_BYTES)
}

/// Gives `put` the pieces of the bulk file `NAME.EXT`, one per region
/// that has records, as `NAME/by-region/CODE.EXT` with their gzip copies,
/// cut from the whole file (`bulk`). Pieces are made a few at a time in
/// parallel, as many as there are threads, so that at most that many sit
/// in memory.
fn by_region(
    put: &mut dyn FnMut(OutputFile),
    pieces: Option<&dyn gzip::Pieces>,
    name: &str,
    ext: &str,
    regions: &[Option<&str>],
    bulk: &table::Bulk,
) {
    use rayon::prelude::*;
    let mut codes: Vec<&str> = regions.iter().flatten().copied().collect();
    codes.sort_unstable();
    codes.dedup();
    for batch in codes.chunks(rayon::current_num_threads().max(1)) {
        let made: Vec<(String, Vec<u8>, Vec<u8>)> = batch
            .par_iter()
            .map(|code| {
                let bytes = bulk.piece(&|i| regions[i] == Some(*code));
                let path = format!("data/{name}/by-region/{code}.{ext}");
                let gz = gzip::gzip_with(&bytes, &format!("{path}.gz"), pieces);
                (path, bytes, gz)
            })
            .collect();
        for (path, bytes, gz) in made {
            put_with_copy(put, path, bytes, gz);
        }
    }
}

/// Builds the export files and gives each to `put` as soon as it is made:
/// one table at a time, its JSON and CSV files made record by record on
/// every core, so that the exports of 250,000 associations never sit in
/// memory together. A bulk file's pieces by region are cut from it, then
/// it is given with its gzip copy (compressed on every core, [`gzip`],
/// reusing the deflated `pieces` of an earlier build).
pub fn each_file(
    site: &Site,
    i18n: &Localizer,
    pieces: Option<&dyn gzip::Pieces>,
    put: &mut dyn FnMut(OutputFile),
) {
    let cx = Cx::new(site);
    let langs = cx.langs.clone();
    let meta = meta(site, &langs);
    let mut descriptors: Vec<Value> = Vec::new();
    let split = split_bytes();
    for table in records::builders() {
        let t = table(&cx);
        let regions = t.regions();
        let name = t.name;
        let mut record_file = |i: usize, bytes: Vec<u8>| {
            put(OutputFile {
                path: format!("data/{name}/{}.json", t.id(i)),
                bytes,
            })
        };
        let files: Option<&mut dyn FnMut(usize, Vec<u8>)> =
            has_record_files(name).then_some(&mut record_file);
        let json = t.json_bulk(&meta, &without_isolates, files);
        if let (true, Some(regions)) = (json.bytes.len() as u64 > split, &regions) {
            by_region(put, pieces, name, "json", regions, &json);
        }
        put_bulk(put, pieces, format!("data/{name}.json"), json.bytes);
        put(json_file(
            format!("data/schema/{name}.schema.json"),
            &t.schema(&meta),
        ));
        for r in t.csv_resources(&langs) {
            descriptors.push(r.descriptor());
            let csv = r.bulk(&without_isolates);
            if let (true, Some(regions)) = (csv.bytes.len() as u64 > split, &regions) {
                by_region(put, pieces, &r.name, "csv", regions, &csv);
            }
            put_bulk(put, pieces, format!("data/{}", r.file()), csv.bytes);
        }
    }
    put(json_file(
        "data/datapackage.json".into(),
        &datapackage(site, descriptors, i18n),
    ));
    if let Some(g) = grants::package(&cx, i18n, &site.config.data_licence().url) {
        let f = json_file("data/grants.360giving.json".into(), &g);
        put_bulk(put, pieces, f.path, f.bytes);
    }
    for lang in site.config.codes() {
        put(text_file(
            urls::file_of(&urls::offers_feed(lang)),
            feeds::offers_feed(site, i18n, lang),
        ));
        put(text_file(
            urls::file_of(&urls::news_feed(lang)),
            feeds::news_feed(site, i18n, lang),
        ));
        put(text_file(
            urls::file_of(&urls::deadlines(lang)),
            ical::deadlines(site, i18n, lang),
        ));
    }
    for (path, text) in feeds::sitemaps(site) {
        put(text_file(path, text));
    }
    put(text_file("robots.txt".into(), feeds::robots(site)));
}

/// Whether the table `name` is a record kind with pages, whose records
/// each have their own file `data/NAME/ID.json`.
pub(crate) fn has_record_files(name: &str) -> bool {
    Kind::from_folder(name).is_some_and(Kind::has_pages)
}

/// Whether the file at `rel` (its path under `data/`) is listed on the data
/// page with its size: every file but the records' own (`NAME/ID.json`),
/// which the page does not list one by one.
pub fn is_listed(rel: &str) -> bool {
    match rel.split_once('/') {
        Some((dir, file)) => !has_record_files(dir) || file.contains('/'),
        None => true,
    }
}

/// The data page's tables: names, counts and files, the same in every
/// language, with `sizes`, the size of each file under `data/` (by its path
/// there) as the build wrote it. Only the tables' shapes are built (no
/// cell of any row), and a render computes them once (see
/// `render::Shared`), not once per data page.
pub fn data_tables(site: &Site, sizes: HashMap<String, u64>) -> DataFiles {
    DataFiles {
        tables: tables(site),
        sizes,
    }
}

/// The sizes of the files under `data/` that [`each_file`] writes, for a
/// render whose plan did not write them.
pub fn data_sizes(site: &Site, i18n: &Localizer) -> HashMap<String, u64> {
    let mut sizes = HashMap::new();
    each_file(site, i18n, None, &mut |f| {
        if let Some(rel) = f.path.strip_prefix("data/").filter(|r| is_listed(r)) {
            sizes.insert(rel.to_string(), f.bytes.len() as u64);
        }
    });
    sizes
}

/// The media type of the gzip copies.
const GZIP: &str = "application/gzip";

fn tables(site: &Site) -> Vec<DataTable> {
    // Names, counts and parts: the tables' shapes are enough.
    let cx = Cx::shape(site);
    records::all(&cx)
        .iter()
        .map(|t| DataTable {
            name: t.name,
            count: t.rows.len(),
            downloads: vec![
                dl(format!("{}.json", t.name), "json", "application/json"),
                dl(format!("{}.json.gz", t.name), "json-gz", GZIP),
                dl(format!("{}.csv", t.name), "csv", "text/csv"),
                dl(format!("{}.csv.gz", t.name), "csv-gz", GZIP),
                dl(
                    format!("schema/{}.schema.json", t.name),
                    "schema",
                    "application/schema+json",
                ),
            ],
            parts: t
                .children
                .iter()
                .map(|c| c.name.to_string())
                .chain(t.body_col().map(|_| format!("{}-bodies", t.name)))
                .flat_map(|name| {
                    [
                        dl(format!("{name}.csv"), "csv", "text/csv"),
                        dl(format!("{name}.csv.gz"), "csv-gz", GZIP),
                    ]
                })
                .collect(),
            regions: Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod isolate_tests {
    use super::without_isolates;
    use crate::i18n::strip_bidi_isolates;

    #[test]
    fn marks_are_removed_in_place_as_strip_bidi_isolates_does() {
        for s in [
            "",
            "plain",
            "\u{2066}x\u{2069}",
            "a\u{2067}ب\u{2068}c\u{2069}\u{2069}",
            "ⵜⵉⴼⴰⵡⵉⵏ \u{2068}12\u{2069} \u{2066}",
            "\u{2065}\u{206A}",
        ] {
            assert_eq!(
                without_isolates(s.as_bytes().to_vec()),
                strip_bidi_isolates(s).as_bytes(),
                "{s:?}"
            );
        }
    }
}

#[cfg(test)]
mod listed_tests {
    use super::{has_record_files, is_listed};

    #[test]
    fn record_files_are_not_listed_but_bulk_files_and_pieces_are() {
        assert!(has_record_files("associations") && has_record_files("pages"));
        assert!(!has_record_files("results") && !has_record_files("institutions"));
        assert!(!is_listed("associations/tifawin.json"));
        assert!(!is_listed("news/lancement.json"));
        for listed in [
            "associations.json",
            "associations-bodies.csv",
            "schema/associations.schema.json",
            "associations/by-region/MA-01.csv",
            "results/x.json",
        ] {
            assert!(is_listed(listed), "{listed}");
        }
    }
}

#[cfg(test)]
mod bulk_tests {
    use super::records::{Cx, builders};
    use super::{has_record_files, meta};
    use crate::model::date::Today;
    use std::path::Path;

    /// The example site at the repository root.
    fn example() -> crate::validate::Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let today = Today::resolve(Some("2026-11-22"), None).unwrap();
        crate::validate::validate(crate::load::load(root), &today, &Default::default())
            .site
            .expect("the example site validates")
    }

    #[test]
    fn files_made_record_by_record_are_those_of_one_pass() {
        let site = example();
        let cx = Cx::new(&site);
        let langs = cx.langs.clone();
        let meta = meta(&site, &langs);
        let mut pieces = 0;
        for table in builders() {
            let t = table(&cx);
            let mut files = Vec::new();
            let mut file = |i: usize, bytes: Vec<u8>| files.push((i, bytes));
            let with_files = has_record_files(t.name);
            let bulk = t.json_bulk(
                &meta,
                &|b| b,
                with_files.then_some(&mut file as &mut dyn FnMut(usize, Vec<u8>)),
            );
            assert_eq!(bulk.bytes, t.json_bytes(&meta), "{}.json", t.name);
            if with_files {
                assert_eq!(files.len(), t.rows.len(), "{}", t.name);
                for (i, bytes) in files {
                    assert_eq!(bytes, t.record_bytes(i, &meta), "{}/{}", t.name, t.id(i));
                }
            }
            // Every way of keeping rows: none, all, every other one, each alone.
            let n = t.rows.len();
            let mut keeps: Vec<Box<dyn Fn(usize) -> bool>> = vec![
                Box::new(|_| false),
                Box::new(|_| true),
                Box::new(|i| i % 2 == 1),
            ];
            keeps.extend(
                (0..n.min(5)).map(|k| Box::new(move |i| i == k) as Box<dyn Fn(usize) -> bool>),
            );
            for keep in &keeps {
                assert_eq!(
                    bulk.piece(keep),
                    t.json_bytes_of(&meta, keep),
                    "{}.json",
                    t.name
                );
                pieces += 1;
            }
            for r in t.csv_resources(&langs) {
                let csv = r.bulk(&|b| b);
                assert_eq!(csv.bytes, r.bytes(), "{}", r.file());
                assert_eq!(csv.piece(&|_| true), r.bytes(), "{}", r.file());
                for keep in &keeps {
                    assert_eq!(csv.piece(keep), r.bytes_of(keep), "{}", r.file());
                }
            }
        }
        assert!(pieces > 20);
    }
}
