//! The open data as the data page and its structured data present it: the
//! downloads of each table, the feeds, the calendar, the licence. The
//! tables' counts come from the exports ([`crate::export::data_tables`]),
//! handed over by the build.

use super::urls;
use super::view::{Tx, View};
use crate::i18n::strip_bidi_isolates;
use crate::validate::Site;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::HashMap;

/// A number in JSON: an integer when it has no fraction (amounts in the
/// exports and in the pages' structured data alike).
pub fn json_number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}

/// What joins the items of a list in one CSV cell (shown on the data page).
pub const LIST_SEPARATOR: &str = " | ";

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Download {
    url: String,
    /// `json`, `csv`, `schema`, `atom`, `ics`, `360giving`, `datapackage`;
    /// `json-gz`, `csv-gz`, `360giving-gz` for the gzip copies.
    format: &'static str,
    media_type: &'static str,
    file: String,
    /// The file's size, written in the page's language ("12 ko"); none
    /// when the build did not make the file.
    size: Option<String>,
}

/// The data page's tables and the size in bytes of every file under
/// `/data/`, by its path there (`associations.csv`, `schema/...`).
#[derive(Debug, Clone, Default)]
pub struct DataFiles {
    /// The record kinds, in the order of the page.
    pub tables: Vec<DataTable>,
    /// Bytes of each file, by its path under `/data/`.
    pub sizes: HashMap<String, u64>,
}

/// A size as people read it, in the page's language: bytes under 1,000,
/// then kilobytes and megabytes (powers of 1,000, as "ko" and "Mo" are),
/// with one decimal below 10.
pub(crate) fn file_size(v: &View, bytes: u64) -> String {
    let (n, id) = match bytes {
        0..1_000 => (bytes as f64, "data-size-bytes"),
        1_000..1_000_000 => (bytes as f64 / 1e3, "data-size-kb"),
        _ => (bytes as f64 / 1e6, "data-size-mb"),
    };
    let n = if n < 10.0 && id != "data-size-bytes" {
        (n * 10.0).round() / 10.0
    } else {
        n.round()
    };
    let count = strip_bidi_isolates(&crate::i18n::format_number(v.lang, n, 1)).into_owned();
    v.msg(id, &[("size", count.as_str())])
}

impl Download {
    /// The same download with its size from `sizes`, in `v`'s language.
    fn sized(&self, v: &View, sizes: &HashMap<String, u64>) -> Download {
        let key = self.url.trim_start_matches("/data/");
        Download {
            size: sizes.get(key).map(|&b| file_size(v, b)),
            ..self.clone()
        }
    }
}

/// A record kind on the data page.
#[derive(Debug, Clone, Serialize)]
pub struct DataTable {
    /// The table's name: `associations`, `results`...; messages
    /// `data-table-NAME` name it.
    pub name: &'static str,
    pub(crate) count: usize,
    pub(crate) downloads: Vec<Download>,
    /// The CSV files of its nested lists.
    pub(crate) parts: Vec<Download>,
    /// Its files' pieces by region (`associations/by-region/MA-01.csv`),
    /// for the files too large to download whole; filled by [`data_page`]
    /// from the files the build wrote.
    pub(crate) regions: Vec<RegionPieces>,
}

/// The pieces of a table's files for one region.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RegionPieces {
    code: String,
    name: Tx,
    files: Vec<Download>,
}

/// The pieces' endings with their format and media type.
const PIECE_FORMATS: [(&str, &str, &str); 4] = [
    (".json.gz", "json-gz", "application/gzip"),
    (".json", "json", "application/json"),
    (".csv", "csv", "text/csv"),
    (".csv.gz", "csv-gz", "application/gzip"),
];

/// The pieces by region of the files `stems` (`associations`,
/// `associations-bodies`...) among the files of `sizes`:
/// `STEM/by-region/CODE.EXT`, by region code, then in the order of `stems`,
/// JSON before CSV and each file before its gzip copy.
fn region_pieces(v: &View, stems: &[&str], sizes: &HashMap<String, u64>) -> Vec<RegionPieces> {
    let mut found: Vec<(&str, usize, usize, &str)> = Vec::new();
    for path in sizes.keys() {
        for (n, stem) in stems.iter().enumerate() {
            let rest = path
                .strip_prefix(stem)
                .and_then(|r| r.strip_prefix("/by-region/"));
            if let Some(file) = rest {
                let (code, ext) = file.split_once('.').unwrap_or((file, ""));
                // JSON, then CSV, each before its gzip copy.
                let rank = ["json", "json.gz", "csv", "csv.gz"]
                    .iter()
                    .position(|e| *e == ext)
                    .unwrap_or(4);
                found.push((code, n, rank, path));
            }
        }
    }
    found.sort();
    let mut out: Vec<RegionPieces> = Vec::new();
    for (code, _, _, path) in found {
        let (_, format, media_type) = PIECE_FORMATS
            .into_iter()
            .find(|(ext, _, _)| path.ends_with(ext))
            .unwrap_or(PIECE_FORMATS[3]);
        let d = dl(path.to_string(), format, media_type).sized(v, sizes);
        match out.last_mut() {
            Some(r) if r.code == code => r.files.push(d),
            _ => out.push(RegionPieces {
                code: code.to_string(),
                name: v.region(code),
                files: vec![d],
            }),
        }
    }
    out
}

/// The data page's context.
#[derive(Debug, Clone, Serialize)]
pub struct DataPage {
    tables: Vec<DataTable>,
    grants: Option<Download>,
    /// Its gzip copy.
    grants_gz: Option<Download>,
    grants_count: usize,
    datapackage: Download,
    feeds: Vec<Download>,
    calendar: Download,
    sitemap: String,
    licence: Tx,
    licence_url: String,
    licence_id: String,
    /// The build's "today", formatted for the page and in ISO form.
    built: String,
    built_iso: String,
    separator: &'static str,
}

pub(crate) fn dl(file: String, format: &'static str, media_type: &'static str) -> Download {
    Download {
        url: urls::data_file(&file),
        format,
        media_type,
        file,
        size: None,
    }
}

fn grants_count(site: &Site) -> usize {
    site.offers
        .iter()
        .flat_map(|o| &o.data.awards)
        .filter(|a| a.amount.is_some() && a.date.is_some())
        .count()
}

/// The licence's name in the page's language: the message
/// `data-licence-name-ID` (`data-licence-name-cc-by-4-0`) when the catalogues
/// have one for the licence's id, else the title `site.yaml` gives.
fn licence_name(v: &View, id: &str, title: &str) -> Tx {
    let key: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let msg = format!("data-licence-name-{key}");
    let tx = v.msg_tx(&msg, &[]);
    if tx.text == msg { v.plain(title) } else { tx }
}

/// What the data page shows, for one language, with the tables of
/// [`crate::export::data_tables`].
pub fn data_page(v: &View, files: &DataFiles) -> DataPage {
    let site = v.site;
    let sizes = &files.sizes;
    let tables = files
        .tables
        .iter()
        .map(|t| {
            let stems: Vec<&str> = std::iter::once(t.name)
                .chain(
                    t.parts
                        .iter()
                        .map(|d| d.file.split('.').next().unwrap_or("")),
                )
                .collect();
            DataTable {
                downloads: t.downloads.iter().map(|d| d.sized(v, sizes)).collect(),
                parts: t.parts.iter().map(|d| d.sized(v, sizes)).collect(),
                regions: region_pieces(v, &stems, sizes),
                ..t.clone()
            }
        })
        .collect();
    let count = grants_count(site);
    let lang = v.lang;
    let l = site.config.data_licence();
    DataPage {
        tables,
        grants: (count > 0).then(|| {
            dl(
                "grants.360giving.json".into(),
                "360giving",
                "application/json",
            )
            .sized(v, sizes)
        }),
        grants_gz: (count > 0).then(|| {
            dl(
                "grants.360giving.json.gz".into(),
                "360giving-gz",
                "application/gzip",
            )
            .sized(v, sizes)
        }),
        grants_count: count,
        datapackage: dl("datapackage.json".into(), "datapackage", "application/json")
            .sized(v, sizes),
        feeds: vec![
            Download {
                url: urls::offers_feed(lang),
                format: "atom-offers",
                media_type: "application/atom+xml",
                file: "feed.xml".into(),
                size: None,
            },
            Download {
                url: urls::news_feed(lang),
                format: "atom-news",
                media_type: "application/atom+xml",
                file: "feed.xml".into(),
                size: None,
            },
        ],
        calendar: Download {
            url: urls::deadlines(lang),
            format: "ics",
            media_type: "text/calendar",
            file: "deadlines.ics".into(),
            size: None,
        },
        sitemap: "/sitemap.xml".into(),
        licence: licence_name(v, &l.id, &l.title),
        licence_url: l.url,
        licence_id: l.id,
        built: v.date(site.today.date()),
        built_iso: site.today.date().to_string(),
        separator: LIST_SEPARATOR,
    }
}

/// The data page's `Dataset` (schema.org) with a `DataDownload` per file.
pub fn dataset(v: &View, files: &DataFiles) -> Value {
    let site = v.site;
    let base = site.config.base_url();
    let page = data_page(v, files);
    let l = site.config.data_licence();
    let mut downloads: Vec<&Download> = Vec::new();
    for t in &page.tables {
        downloads.extend(t.downloads.iter().filter(|d| d.format != "schema"));
        downloads.extend(t.parts.iter());
        downloads.extend(t.regions.iter().flat_map(|r| &r.files));
    }
    downloads.push(&page.datapackage);
    downloads.extend(page.grants.iter().chain(&page.grants_gz));
    let distribution: Vec<Value> = downloads
        .iter()
        .map(|d| {
            json!({
                "@type": "DataDownload",
                "name": d.file,
                "contentUrl": format!("{base}{}", d.url),
                "encodingFormat": d.media_type,
            })
        })
        .collect();
    let publisher = json!({
        "@type": "Organization",
        "name": v.tx(&site.config.title).text,
        "url": format!("{base}/"),
    });
    json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": format!("{base}/data/"),
        "name": v.msg("data-title", &[]),
        "description": v.msg("data-intro", &[]),
        "url": format!("{base}{}", urls::data(v.lang)),
        "inLanguage": v.lang,
        "license": l.url,
        "isAccessibleForFree": true,
        "dateModified": page.built_iso,
        "spatialCoverage": {"@type": "Place", "name": "Morocco", "address": {"@type": "PostalAddress", "addressCountry": "MA"}},
        "creator": publisher.clone(),
        "publisher": publisher,
        "distribution": distribution,
    })
}
