//! Every field of every record kind, edited through `serve`'s incremental
//! path, gives the bytes of a full build.
//!
//! On a copy of the valid fixture, for every record of every kind, every
//! scalar of its YAML (the first item of each list) is changed in
//! turn to a value that keeps the site valid: another value that the same
//! field has in a record of the same kind (an enum, a reference, a code, a
//! date), else a value derived from its own (a text with a letter more, a
//! number plus one, a date a day later, a flag flipped). Every body and
//! body translation is edited too. After each edit the engine's settled
//! output is compared file by file with a full build of the tree, then the
//! file is put back (the next comparison covers that). A field that no candidate value keeps valid fails the
//! test, so a field added to the model is edited here as soon as the
//! fixture uses it.

mod common;

use common::{NOW, Site};
use nassij::model::date::Today;
use nassij::serve::engine::Engine;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The kinds' folders, each with its records' front matter as JSON.
type Records = BTreeMap<String, Vec<(PathBuf, Value, String)>>;

/// A record file split into its YAML (as a JSON value) and its Markdown
/// body (empty for `.yaml` records).
fn split(text: &str, markdown: bool) -> (Value, String) {
    // The fixture has a file with a byte-order mark and CRLF line breaks.
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let text = text.as_str();
    let (yaml, body) = if markdown {
        let rest = text.strip_prefix("---\n").expect("front matter");
        let end = rest.find("\n---").expect("end of front matter");
        let after = &rest[end + 4..];
        (
            &rest[..end],
            after.strip_prefix('\n').unwrap_or(after).to_string(),
        )
    } else {
        (text, String::new())
    };
    let value: Value = serde_saphyr::from_str(yaml).expect("the fixture parses");
    (value, body)
}

/// The file again, its YAML written as JSON (which is YAML).
fn join(value: &Value, body: &str, markdown: bool) -> String {
    let json = serde_json::to_string_pretty(value).unwrap();
    if markdown {
        format!("---\n{json}\n---\n{body}")
    } else {
        format!("{json}\n")
    }
}

fn records(root: &Path) -> Records {
    let mut out = Records::new();
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name() {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(root).unwrap().to_path_buf();
        let name = rel.file_name().unwrap().to_string_lossy().to_string();
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .collect();
        if !entry.file_type().is_file() || parts.len() != 3 || parts[1] == "taxonomies" {
            continue;
        }
        let markdown = name.ends_with(".md");
        // Body translations (`slug.LANG.md`) are edited as bodies below.
        if markdown && name.matches('.').count() > 1 {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let (value, body) = split(&text, markdown);
        out.entry(parts[1].clone())
            .or_default()
            .push((rel, value, body));
    }
    out
}

/// Every scalar of `v` with its path; of a list, the first item only.
fn leaves(v: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Value)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                path.push(k.clone());
                leaves(child, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                path.push("0".into());
                leaves(first, path, out);
                path.pop();
            }
        }
        scalar => out.push((path.clone(), scalar.clone())),
    }
}

/// Every scalar of `v` by path with list indexes folded (`awards.*.date`).
fn donors(v: &Value, path: &mut Vec<String>, out: &mut BTreeMap<String, BTreeSet<String>>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                path.push(k.clone());
                donors(child, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            path.push("*".into());
            for item in items {
                donors(item, path, out);
            }
            path.pop();
        }
        scalar => {
            out.entry(path.join("."))
                .or_default()
                .insert(scalar.to_string());
        }
    }
}

fn folded(path: &[String]) -> String {
    path.iter()
        .map(|p| {
            if p.parse::<usize>().is_ok() {
                "*"
            } else {
                p.as_str()
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn get<'v>(v: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(v, |at, p| match at {
        Value::Object(map) => map.get(p),
        Value::Array(items) => items.get(p.parse::<usize>().ok()?),
        _ => None,
    })
}

fn set(v: &mut Value, path: &[String], new: Value) {
    let mut at = v;
    for p in path {
        at = match at {
            Value::Object(map) => map.get_mut(p).unwrap(),
            Value::Array(items) => &mut items[p.parse::<usize>().unwrap()],
            _ => unreachable!(),
        };
    }
    *at = new;
}

/// Values derived from the current one, in the order they are tried.
fn derived(v: &Value) -> Vec<Value> {
    match v {
        Value::Bool(b) => vec![Value::Bool(!b)],
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => vec![Value::from(i + 1), Value::from(i - 1)],
            (None, Some(f)) => vec![Value::from(f + 0.5), Value::from(f - 0.5)],
            _ => Vec::new(),
        },
        Value::String(s) => {
            let mut out = Vec::new();
            // A date or a date-time: a day later, then a day earlier.
            if let Some(day) = s.get(8..10).and_then(|d| d.parse::<u32>().ok())
                && s.len() >= 10
                && s.as_bytes()[4] == b'-'
                && s.as_bytes()[7] == b'-'
            {
                for d in [day % 28 + 1, if day > 1 { day - 1 } else { 2 }] {
                    out.push(Value::String(format!("{}{d:02}{}", &s[..8], &s[10..])));
                }
            }
            // A phone number: another last digit.
            if s.chars()
                .all(|c| c.is_ascii_digit() || " +-.()".contains(c))
                && let Some(last) = s.chars().last().and_then(|c| c.to_digit(10))
            {
                out.push(Value::String(format!(
                    "{}{}",
                    &s[..s.len() - 1],
                    (last + 1) % 10
                )));
            }
            out.push(Value::String(format!("{s} ⵣ")));
            out.push(Value::String(format!("{s}-x")));
            out
        }
        _ => Vec::new(),
    }
}

/// Values of the same category as a value: other codes, keys, slugs or
/// enum values that a field holding it may take (a region for a region, a
/// programme's slug for a programme's...).
struct Codebook {
    categories: Vec<(String, Vec<String>)>,
}

impl Codebook {
    fn new(root: &Path, all: &Records) -> Codebook {
        use nassij::model::sets::*;
        let tax = nassij::load::load(root).taxonomies.expect("taxonomies");
        let mut categories: Vec<(String, Vec<String>)> = Vec::new();
        let strs = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
        for (kind, recs) in all {
            let slugs = recs
                .iter()
                .map(|(rel, _, _)| {
                    let name = rel.file_stem().unwrap().to_string_lossy().to_string();
                    name.split('.').next().unwrap().to_string()
                })
                .collect();
            categories.push((format!("slug:{kind}"), slugs));
        }
        categories.push((
            "region".into(),
            tax.regions
                .iter()
                .map(|r| r.code.as_str().to_string())
                .collect(),
        ));
        for r in &tax.regions {
            categories.push((
                format!("province:{}", r.code.as_str()),
                r.provinces
                    .iter()
                    .map(|p| p.code.as_str().to_string())
                    .collect(),
            ));
        }
        categories.push(("domain".into(), strs(tax.domains.keys().collect())));
        categories.push(("audience".into(), strs(tax.audiences.keys().collect())));
        categories.push(("indicator".into(), strs(tax.indicators.keys().collect())));
        macro_rules! sets {
            ($($t:ident),*) => {
                $(categories.push((
                    stringify!($t).into(),
                    strs($t::ALL.iter().map(|x| x.as_str()).collect()),
                ));)*
            };
        }
        sets!(
            AssociationStatus,
            Setting,
            Role,
            ProgrammeKind,
            ProgrammeStatus,
            MilestoneStatus,
            OfferKind,
            InstitutionKind,
            IndicatorKind
        );
        categories.push(("currency".into(), strs(vec!["MAD", "EUR", "USD"])));
        Codebook { categories }
    }

    /// The other values of every category that holds `value`; `all`
    /// (regions) becomes a list of one region.
    fn others(&self, value: &str) -> Vec<Value> {
        if value == "all" {
            let (_, regions) = self.categories.iter().find(|(c, _)| c == "region").unwrap();
            return regions
                .iter()
                .map(|r| Value::Array(vec![Value::String(r.clone())]))
                .collect();
        }
        self.categories
            .iter()
            .filter(|(_, values)| values.iter().any(|v| v == value))
            .flat_map(|(_, values)| values.iter().filter(|v| *v != value))
            .map(|v| Value::String(v.clone()))
            .collect()
    }

    /// A province of `region`.
    fn province_of(&self, region: &str) -> Option<Value> {
        let (_, provinces) = self
            .categories
            .iter()
            .find(|(c, _)| *c == format!("province:{region}"))?;
        provinces.first().map(|p| Value::String(p.clone()))
    }
}

fn is_valid(root: &Path) -> bool {
    let today = Today::resolve(Some(NOW), None).unwrap();
    let loaded = nassij::load::load(root);
    let validated = nassij::validate::validate(loaded, &today, &Default::default());
    validated.site.is_some()
}

fn full_build(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let today = Today::resolve(Some(NOW), None).unwrap();
    let loaded = nassij::load::load(root);
    let site = nassij::validate::validate(loaded, &today, &Default::default())
        .site
        .expect("valid");
    let renderer = nassij::render::Renderer::load(root, &site).unwrap_or_else(|d| panic!("{d:?}"));
    nassij::build::site_files(&site, &renderer)
        .unwrap_or_else(|d| panic!("{d:?}"))
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect()
}

fn served(engine: &Engine) -> BTreeMap<String, Vec<u8>> {
    engine
        .snapshot()
        .into_iter()
        .map(|(k, v)| (k, v.to_vec()))
        .collect()
}

/// Applies a change of `rel` through the engine and compares its settled
/// output with a full build.
fn check_step(engine: &mut Engine, root: &Path, rel: &Path, what: &str) {
    assert!(engine.note(rel), "{what}: not watched");
    let report = engine.rebuild();
    assert!(report.ok, "{what}: {:?}", report.diagnostics);
    engine.wait_settled();
    let served = served(engine);
    let built = full_build(root);
    let differing: Vec<&String> = built
        .keys()
        .chain(served.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter(|k| served.get(*k) != built.get(*k))
        .collect();
    assert!(
        differing.is_empty(),
        "{what}: serve's output differs from a full build in {} files: {:?}",
        differing.len(),
        differing.iter().take(10).collect::<Vec<_>>()
    );
}

fn write(root: &Path, rel: &Path, text: &str) {
    std::fs::write(root.join(rel), text).unwrap();
}

#[test]
fn every_field_of_every_kind_edited_through_serve_equals_a_full_build() {
    let site = Site::from_fixture("valid");
    let root = site.path("");
    let all = records(&root);
    assert_eq!(
        all.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "associations",
            "institutions",
            "news",
            "offers",
            "pages",
            "programmes",
            "results"
        ],
        "the fixture has a record of every kind"
    );
    let codebook = Codebook::new(&root, &all);
    let mut engine = Engine::new(&root, Today::resolve(Some(NOW), None).unwrap(), false);
    assert!(engine.rebuild().ok);
    engine.wait_settled();

    let mut edited = 0;
    let mut failed: Vec<String> = Vec::new();
    for (kind, recs) in &all {
        let mut pool = BTreeMap::new();
        for (_, v, _) in recs {
            donors(v, &mut Vec::new(), &mut pool);
        }
        for (rel, original, body) in recs {
            let markdown = rel.extension().is_some_and(|e| e == "md");
            // The same record written as JSON: the output must not change.
            let plain = join(original, body, markdown);
            write(&root, rel, &plain);
            check_step(
                &mut engine,
                &root,
                rel,
                &format!("{kind}: rewritten as JSON"),
            );

            let mut fields = Vec::new();
            leaves(original, &mut Vec::new(), &mut fields);
            for (path, value) in fields {
                let what = format!("{} {}", rel.display(), path.join("."));
                let current = value.to_string();
                let from_pool = pool
                    .get(&folded(&path))
                    .into_iter()
                    .flatten()
                    .filter(|s| **s != current)
                    .filter_map(|s| serde_json::from_str::<Value>(s).ok());
                let from_codebook = value
                    .as_str()
                    .map(|s| codebook.others(s))
                    .unwrap_or_default();
                // Last, the field left out (an optional field).
                let candidates: Vec<Value> = from_pool
                    .chain(from_codebook)
                    .chain(derived(&value))
                    .chain([Value::Null])
                    .collect();
                let mut done = false;
                for candidate in candidates {
                    let mut v = original.clone();
                    set(&mut v, &path, candidate.clone());
                    // A region comes with a province of its own: `region`
                    // with `province`, an item of `regions` with `provinces`.
                    let province_of = candidate.as_str().and_then(|r| codebook.province_of(r));
                    if let (Some(p), Some(last)) = (province_of, path.last()) {
                        let n = path.len();
                        if last == "region" {
                            let mut province = path.clone();
                            province[n - 1] = "province".into();
                            if get(&v, &province).is_some() {
                                set(&mut v, &province, p);
                            }
                        } else if n >= 2 && path[n - 2] == "regions" {
                            let mut provinces = path[..n - 1].to_vec();
                            provinces[n - 2] = "provinces".into();
                            if get(&v, &provinces).is_some() {
                                set(&mut v, &provinces, Value::Array(vec![p]));
                            }
                        }
                    }
                    write(&root, rel, &join(&v, body, markdown));
                    if !is_valid(&root) {
                        continue;
                    }
                    check_step(&mut engine, &root, rel, &format!("{what} = {candidate}"));
                    done = true;
                    break;
                }
                // Put back through the engine; the next edit's comparison
                // covers it.
                write(&root, rel, &plain);
                engine.note(rel);
                assert!(engine.rebuild().ok, "{what}: put back");
                if done {
                    edited += 1;
                } else {
                    failed.push(what);
                }
            }
        }
    }
    engine.wait_settled();
    // Bodies and body translations.
    let content = root.join("content");
    let mut bodies: Vec<PathBuf> = walkdir::WalkDir::new(&content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.path().strip_prefix(&root).unwrap().to_path_buf())
        .collect();
    bodies.sort();
    for rel in bodies {
        let text = std::fs::read_to_string(root.join(&rel)).unwrap();
        write(
            &root,
            &rel,
            &format!("{text}\nUne phrase de plus, ⵜⴰⵎⴰⵣⵉⵖⵜ.\n"),
        );
        check_step(
            &mut engine,
            &root,
            &rel,
            &format!("{}: body", rel.display()),
        );
        write(&root, &rel, &text);
        check_step(
            &mut engine,
            &root,
            &rel,
            &format!("{}: body put back", rel.display()),
        );
        edited += 1;
    }
    assert!(
        failed.is_empty(),
        "{} fields could not be given another valid value (edited {edited}): {failed:#?}",
        failed.len()
    );
}
