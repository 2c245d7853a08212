//! A small table model shared by every export of a record kind: the columns
//! are declared once (name, type, whether required, a description) and give
//! the JSON records, their JSON Schema, the CSV file and its Frictionless
//! resource description, so the four can never disagree.

use super::csv;
use crate::model::text::Text;
use serde_json::{Map, Value, json};

/// The version of the layout of the JSON files and their schemas.
pub const SCHEMA_VERSION: u32 = 1;

/// How a column is typed in JSON, JSON Schema, CSV and Frictionless.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// A plain string.
    Str,
    /// An absolute URL.
    Uri,
    /// An integer.
    Int,
    /// A decimal number.
    Num,
    /// `true` or `false`.
    Bool,
    /// `YYYY-MM-DD`.
    Date,
    /// RFC 3339 with its offset.
    DateTime,
    /// A translated text: a language map in JSON, one CSV column per language.
    Text,
    /// A list of strings: an array in JSON, joined with ` | ` in CSV.
    StrList,
    /// A list of translated texts: an array of language maps in JSON, one
    /// CSV column per language, the items joined with ` | `.
    TextList,
}

/// The separator of list items in a CSV cell.
pub use crate::present::data::LIST_SEPARATOR;

#[derive(Debug, Clone)]
pub(super) struct Col {
    /// A dotted path nests in JSON (`contact.email`) and is joined with `_`
    /// in CSV (`contact_email`).
    pub name: &'static str,
    pub(super) ty: Ty,
    pub(super) required: bool,
    pub(super) doc: &'static str,
    pub(super) values: Option<Vec<&'static str>>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell {
    Null,
    Str(String),
    Int(i64),
    Num(f64),
    Bool(bool),
    Text(Vec<(String, String)>),
    StrList(Vec<String>),
    TextList(Vec<Vec<(String, String)>>),
}

/// How a column's cell is taken from a row.
type Extract<'a, R> = Box<dyn Fn(&R) -> Cell + 'a>;

/// Columns with their extractors, for rows of type `R`.
pub struct Spec<'a, R> {
    cols: Vec<(Col, Extract<'a, R>)>,
}

impl<R> Default for Spec<'_, R> {
    fn default() -> Self {
        Spec { cols: Vec::new() }
    }
}

impl<'a, R> Spec<'a, R> {
    pub(super) fn new() -> Self {
        Self::default()
    }

    pub(super) fn col(
        mut self,
        name: &'static str,
        ty: Ty,
        required: bool,
        doc: &'static str,
        f: impl Fn(&R) -> Cell + 'a,
    ) -> Self {
        self.cols.push((
            Col {
                name,
                ty,
                required,
                doc,
                values: None,
            },
            Box::new(f),
        ));
        self
    }

    /// A column from a closed set of values.
    pub(super) fn closed(
        mut self,
        name: &'static str,
        ty: Ty,
        required: bool,
        doc: &'static str,
        values: Vec<&'static str>,
        f: impl Fn(&R) -> Cell + 'a,
    ) -> Self {
        self.cols.push((
            Col {
                name,
                ty,
                required,
                doc,
                values: Some(values),
            },
            Box::new(f),
        ));
        self
    }

    pub(super) fn build<'r>(
        self,
        items: impl IntoIterator<Item = &'r R>,
    ) -> (Vec<Col>, Vec<Vec<Cell>>)
    where
        R: 'r,
    {
        let rows = items
            .into_iter()
            .map(|r| self.cols.iter().map(|(_, f)| f(r)).collect())
            .collect();
        (self.cols.into_iter().map(|(c, _)| c).collect(), rows)
    }

    /// [`Spec::build`], or with `shape` the columns and one row of no cells
    /// per item (what the data page needs: the count).
    pub(super) fn build_shaped<'r>(
        self,
        shape: bool,
        items: impl IntoIterator<Item = &'r R>,
    ) -> (Vec<Col>, Vec<Vec<Cell>>)
    where
        R: 'r,
    {
        if shape {
            let rows = items.into_iter().map(|_| Vec::new()).collect();
            (self.cols.into_iter().map(|(c, _)| c).collect(), rows)
        } else {
            self.build(items)
        }
    }
}

/// A list nested in each record (JSON) that is its own CSV resource, one
/// row per item with the parent's id first.
#[derive(Debug, Clone)]
pub struct Child {
    /// Its key in the parent's JSON record.
    pub key: &'static str,
    /// Its CSV resource (`NAME.csv`).
    pub name: &'static str,
    /// The column naming the parent in CSV.
    pub parent: &'static str,
    pub(super) title: &'static str,
    pub(super) cols: Vec<Col>,
    /// (index of the parent row, cells).
    pub(super) rows: Vec<(usize, Vec<Cell>)>,
}

/// One record kind: `NAME.json`, `schema/NAME.schema.json`, `NAME.csv`.
#[derive(Debug, Clone)]
pub struct Table {
    pub(super) name: &'static str,
    pub(super) title: &'static str,
    pub(super) cols: Vec<Col>,
    pub(super) rows: Vec<Vec<Cell>>,
    pub(super) children: Vec<Child>,
}

/// What every export shares: the site's languages, build date and licence.
pub struct Meta<'a> {
    pub(super) langs: &'a [String],
    pub(super) built: String,
    pub(super) licence: Value,
    pub(super) base_url: &'a str,
}

/// A translated text as (language, text) pairs in the site's language
/// order; a plain string is the same in every language.
pub fn text_pairs(t: &Text, langs: &[String]) -> Vec<(String, String)> {
    match t {
        Text::Same(s) => langs.iter().map(|l| (l.clone(), s.clone())).collect(),
        Text::PerLang(map) => langs
            .iter()
            .filter_map(|l| {
                map.iter()
                    .find(|(k, _)| k == l)
                    .map(|(_, s)| (l.clone(), s.clone()))
            })
            .collect(),
    }
}

pub use crate::present::data::json_number;

/// A number in CSV: no fraction when it has none, never an exponent.
pub fn csv_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn lang_map(pairs: &[(String, String)]) -> Value {
    Value::Object(
        pairs
            .iter()
            .map(|(l, s)| (l.clone(), Value::String(s.clone())))
            .collect(),
    )
}

fn cell_json(c: &Cell) -> Option<Value> {
    Some(match c {
        Cell::Null => return None,
        Cell::Str(s) => json!(s),
        Cell::Int(n) => json!(n),
        Cell::Num(n) => json_number(*n),
        Cell::Bool(b) => json!(b),
        Cell::Text(p) if p.is_empty() => return None,
        Cell::Text(p) => lang_map(p),
        Cell::StrList(v) => json!(v),
        Cell::TextList(v) => Value::Array(v.iter().map(|p| lang_map(p)).collect()),
    })
}

fn insert_path(obj: &mut Map<String, Value>, path: &str, v: Value) {
    match path.split_once('.') {
        None => {
            obj.insert(path.to_string(), v);
        }
        Some((head, rest)) => {
            let child = obj
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(m) = child {
                insert_path(m, rest, v);
            }
        }
    }
}

fn record_json(cols: &[Col], cells: &[Cell]) -> Map<String, Value> {
    let mut obj = Map::new();
    for (c, cell) in cols.iter().zip(cells) {
        if let Some(v) = cell_json(cell) {
            insert_path(&mut obj, c.name, v);
        }
    }
    obj
}

impl Table {
    /// For each child list, the positions of its rows by parent row (one
    /// pass, not a scan of every child row for every record).
    pub(super) fn children_by_row(&self) -> Vec<Vec<Vec<usize>>> {
        self.children
            .iter()
            .map(|child| {
                let mut by_row = vec![Vec::new(); self.rows.len()];
                for (j, (p, _)) in child.rows.iter().enumerate() {
                    if let Some(list) = by_row.get_mut(*p) {
                        list.push(j);
                    }
                }
                by_row
            })
            .collect()
    }

    /// Record `i` as a JSON object.
    fn record(&self, i: usize, children: &[Vec<Vec<usize>>]) -> Value {
        let mut obj = record_json(&self.cols, &self.rows[i]);
        for (child, by_row) in self.children.iter().zip(children) {
            let items: Vec<Value> = by_row[i]
                .iter()
                .map(|&j| Value::Object(record_json(&child.cols, &child.rows[j].1)))
                .collect();
            obj.insert(child.key.to_string(), Value::Array(items));
        }
        Value::Object(obj)
    }

    /// The id of row `i`: its first column (`id`), a slug or a code.
    pub(super) fn id(&self, i: usize) -> &str {
        match self.rows[i].first() {
            Some(Cell::Str(s)) => s,
            _ => "",
        }
    }

    /// Record `i` alone as pretty-printed JSON, with the file's metadata
    /// but not the build date (`NAME/ID.json`), and as it sits in
    /// `NAME.json` (indented below `records`, without its separator), from
    /// one serialization: `head` and `tail` are [`Table::record_file_ends`].
    /// `children` is [`Table::children_by_row`].
    fn record_json_twice(
        &self,
        i: usize,
        children: &[Vec<Vec<usize>>],
        ends: Option<(&[u8], &[u8])>,
    ) -> (Option<Vec<u8>>, Vec<u8>) {
        // Serializing plain data cannot fail.
        let alone = serde_json::to_vec_pretty(&self.record(i, children)).unwrap_or_default();
        let file = ends.map(|(head, tail)| {
            let mut file =
                Vec::with_capacity(head.len() + alone.len() + alone.len() / 8 + tail.len());
            file.extend_from_slice(head);
            push_indented(&mut file, &alone, 2);
            file.extend_from_slice(tail);
            file
        });
        let mut in_bulk = Vec::with_capacity(alone.len() + alone.len() / 4);
        push_indented(&mut in_bulk, &alone, 4);
        (file, in_bulk)
    }

    /// What a record's own file holds around the record: its metadata
    /// before and after (`"record": ` is the fourth of its five keys,
    /// which serde_json's map keeps sorted), with the final line end.
    fn record_file_ends(&self, meta: &Meta) -> (Vec<u8>, Vec<u8>) {
        let doc = json!({
            "schema_version": SCHEMA_VERSION,
            "kind": self.name,
            "languages": meta.langs,
            "licence": meta.licence,
            "record": null,
        });
        let mut out = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        out.push(b'\n');
        split_at_marker(out, b"\"record\": null", b"\"record\": ", 4)
    }

    /// `NAME/ID.json` for each record and `NAME.json` (the records,
    /// children nested under their key, with the file's metadata), made
    /// on every core a window of records at a time: with `file`, each
    /// record's file is given to it as soon as its window is done, and the JSON tree of
    /// 250,000 associations is never built whole. The bytes are those of
    /// serde_json's pretty printer on the whole document: each record is
    /// printed alone and indented to its depth (JSON strings escape their
    /// line ends, so every line end is the printer's). Bidi isolation marks
    /// are removed record by record ([`clean`]).
    pub(super) fn json_bulk(
        &self,
        meta: &Meta,
        clean: &(dyn Fn(Vec<u8>) -> Vec<u8> + Sync),
        mut file: Option<&mut dyn FnMut(usize, Vec<u8>)>,
    ) -> Bulk {
        let children = self.children_by_row();
        let (file_head, file_tail) = self.record_file_ends(meta);
        let ends = file
            .is_some()
            .then_some((file_head.as_slice(), file_tail.as_slice()));
        let (head, tail) = self.json_ends(meta);
        let (head, tail) = (clean(head), clean(tail));
        // Room for ~4 KiB a record: a Vec that doubles past its capacity holds
        // both buffers for a moment (1.5 GB at 250,000 associations), while
        // capacity never written is never resident.
        let mut bytes = Vec::with_capacity(self.rows.len() * 4096 + head.len() + tail.len());
        bytes.extend_from_slice(&head);
        let mut parts = Vec::with_capacity(self.rows.len());
        in_windows(
            self.rows.len(),
            &|i| {
                let (f, b) = self.record_json_twice(i, &children, ends);
                (f.map(clean), clean(b))
            },
            &mut |i, (f, b)| {
                bytes.extend_from_slice(if i == 0 { b"\n    " } else { b",\n    " });
                let start = bytes.len();
                bytes.extend_from_slice(&b);
                parts.push((i, start..bytes.len()));
                if let (Some(file), Some(f)) = (file.as_mut(), f) {
                    file(i, f);
                }
            },
        );
        if !parts.is_empty() {
            bytes.extend_from_slice(b"\n  ");
        }
        let tail_start = bytes.len();
        bytes.extend_from_slice(&tail);
        Bulk {
            bytes,
            head: 0..head.len(),
            tail: tail_start..tail_start + tail.len(),
            parts,
            json: true,
        }
    }

    /// `NAME.json` without its records, cut where they go: up to and
    /// including `"records": [`, and from the `]` that closes them.
    fn json_ends(&self, meta: &Meta) -> (Vec<u8>, Vec<u8>) {
        let mut out = Vec::new();
        let doc = JsonDoc {
            table: self,
            meta,
            keep: &|_| false,
        };
        let _ = serde_json::to_writer_pretty(&mut out, &doc);
        out.push(b'\n');
        split_at_marker(out, b"\"records\": []", b"\"records\": [", 0)
    }

    /// `NAME.json` as pretty-printed bytes in one pass, as [`Table::json_bulk`]
    /// must give them.
    #[cfg(test)]
    pub(super) fn json_bytes(&self, meta: &Meta) -> Vec<u8> {
        self.json_bytes_of(meta, &|_| true)
    }

    /// [`Table::json_bytes`] with only the records whose row `keep` accepts.
    #[cfg(test)]
    pub(super) fn json_bytes_of(&self, meta: &Meta, keep: &Keep) -> Vec<u8> {
        let mut out = Vec::new();
        let doc = JsonDoc {
            table: self,
            meta,
            keep,
        };
        let _ = serde_json::to_writer_pretty(&mut out, &doc);
        out.push(b'\n');
        out
    }

    /// `NAME/ID.json` in one pass, as [`Table::json_bulk`] must give it.
    #[cfg(test)]
    pub(super) fn record_bytes(&self, i: usize, meta: &Meta) -> Vec<u8> {
        let doc = json!({
            "schema_version": SCHEMA_VERSION,
            "kind": self.name,
            "languages": meta.langs,
            "licence": meta.licence,
            "record": self.record(i, &self.children_by_row()),
        });
        let mut out = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// The JSON Schema (draft 2020-12) of `NAME.json`.
    pub fn schema(&self, meta: &Meta) -> Value {
        let mut record = object_schema(&self.cols);
        if let Value::Object(m) = &mut record {
            for child in &self.children {
                let props = m
                    .get_mut("properties")
                    .and_then(Value::as_object_mut)
                    .expect("properties");
                props.insert(
                    child.key.to_string(),
                    json!({"type": "array", "description": child.title, "items": object_schema(&child.cols)}),
                );
                if let Some(Value::Array(req)) = m.get_mut("required") {
                    req.push(json!(child.key));
                }
            }
        }
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": format!("{}/data/schema/{}.schema.json", meta.base_url, self.name),
            "title": self.title,
            "type": "object",
            "additionalProperties": false,
            "required": ["schema_version", "kind", "title", "built", "languages", "licence", "records"],
            "properties": {
                "schema_version": {"const": SCHEMA_VERSION},
                "kind": {"const": self.name},
                "title": {"type": "string"},
                "built": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
                "languages": {"type": "array", "items": {"enum": meta.langs}},
                "licence": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id", "title", "url"],
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "url": {"type": "string", "format": "uri"}
                    }
                },
                "records": {"type": "array", "items": {"$ref": "#/$defs/record"}}
            },
            "$defs": {
                "record": record,
                "text": {
                    "description": "A translated text: language code to text, only the languages it is written in",
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {"enum": meta.langs},
                    "additionalProperties": {"type": "string"}
                }
            }
        })
    }

    /// The region code of each row, for a table whose every record has a
    /// region (a required `region` column: the associations), what divides
    /// its files by region. Not the territories, whose regions have none.
    pub(super) fn regions(&self) -> Option<Vec<Option<&str>>> {
        let col = self
            .cols
            .iter()
            .position(|c| c.name == "region" && c.ty == Ty::Str && c.required)?;
        Some(
            self.rows
                .iter()
                .map(|r| match &r[col] {
                    Cell::Str(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect(),
        )
    }

    /// The position of the `body` column (the Markdown bodies), if any.
    pub(super) fn body_col(&self) -> Option<usize> {
        self.cols.iter().position(|c| c.name == BODY)
    }

    /// The CSV files of the table: its records (without their bodies), one
    /// per nested list, then the bodies (`NAME-bodies.csv`, one row per
    /// record and language), their rows made only when the file is written
    /// (see [`CsvResource::bytes`]).
    pub(super) fn csv_resources<'t>(&'t self, langs: &'t [String]) -> Vec<CsvResource<'t>> {
        let body = self.body_col();
        let kept: Vec<Col> = self
            .cols
            .iter()
            .enumerate()
            .filter(|&(i, _)| Some(i) != body)
            .map(|(_, c)| c.clone())
            .collect();
        let mut out = vec![CsvResource {
            name: self.name.to_string(),
            title: self.title.to_string(),
            header: header(&kept, langs),
            fields: fields(&kept, langs),
            items: self.rows.len(),
            record_of: Box::new(|i| i),
            rows: Box::new(move |i, f| f(&csv_row(&self.cols, &self.rows[i], langs, body))),
            primary_key: vec!["id"],
            parent: None,
        }];
        for child in &self.children {
            let parent_col = Col {
                name: child.parent,
                ty: Ty::Str,
                required: true,
                doc: "id of the parent record",
                values: None,
            };
            let cols: Vec<Col> = std::iter::once(parent_col)
                .chain(child.cols.iter().cloned())
                .collect();
            out.push(CsvResource {
                name: child.name.to_string(),
                title: child.title.to_string(),
                header: header(&cols, langs),
                fields: fields(&cols, langs),
                items: child.rows.len(),
                record_of: Box::new(|j| child.rows[j].0),
                rows: Box::new(move |j, f| {
                    let (p, cells) = &child.rows[j];
                    let mut row = vec![self.id(*p).to_string()];
                    row.extend(csv_row(&child.cols, cells, langs, None));
                    f(&row);
                }),
                primary_key: Vec::new(),
                parent: Some((child.parent, self.name)),
            });
        }
        if let Some(b) = body {
            let cols = [
                Col {
                    name: "id",
                    ty: Ty::Str,
                    required: true,
                    doc: "id of the record",
                    values: None,
                },
                Col {
                    name: "lang",
                    ty: Ty::Str,
                    required: true,
                    doc: "language of the body",
                    values: None,
                },
                Col {
                    name: BODY,
                    ty: Ty::Str,
                    required: true,
                    doc: self.cols[b].doc,
                    values: None,
                },
            ];
            let mut fields = fields(&cols, langs);
            fields[1]["constraints"]["enum"] = json!(langs);
            out.push(CsvResource {
                name: format!("{}-bodies", self.name),
                title: format!("{}: bodies, one row per record and language", self.title),
                header: header(&cols, langs),
                fields,
                items: self.rows.len(),
                record_of: Box::new(|i| i),
                rows: Box::new(move |i, f| {
                    if let Cell::Text(pairs) = &self.rows[i][b] {
                        for (lang, text) in pairs {
                            f(&[self.id(i).to_string(), lang.clone(), text.clone()]);
                        }
                    }
                }),
                primary_key: vec!["id", "lang"],
                parent: Some(("id", self.name)),
            });
        }
        out
    }
}

/// The column of the Markdown bodies, kept out of the table's CSV file.
const BODY: &str = "body";

pub(super) const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

fn leaf_schema(c: &Col) -> Value {
    let mut s = match c.ty {
        Ty::Str => json!({"type": "string"}),
        Ty::Uri => json!({"type": "string", "format": "uri"}),
        Ty::Int => json!({"type": "integer"}),
        Ty::Num => json!({"type": "number"}),
        Ty::Bool => json!({"type": "boolean"}),
        Ty::Date => json!({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
        Ty::DateTime => json!({"type": "string", "format": "date-time"}),
        Ty::Text => json!({"$ref": "#/$defs/text"}),
        Ty::StrList => json!({"type": "array", "items": {"type": "string"}}),
        Ty::TextList => json!({"type": "array", "items": {"$ref": "#/$defs/text"}}),
    };
    if let (Some(values), Value::Object(m)) = (&c.values, &mut s) {
        match c.ty {
            Ty::StrList => {
                m.insert("items".into(), json!({"enum": values}));
            }
            _ => {
                m.insert("enum".into(), json!(values));
            }
        }
    }
    if let Value::Object(m) = &mut s {
        m.insert("description".into(), json!(c.doc));
    }
    s
}

/// An object schema from dotted column names, closed to other properties.
fn object_schema(cols: &[Col]) -> Value {
    let paths: Vec<(&str, &Col)> = cols.iter().map(|c| (c.name, c)).collect();
    object_schema_at(&paths)
}

/// `cols` pairs each column with the rest of its path below this object.
fn object_schema_at(cols: &[(&str, &Col)]) -> Value {
    // Group by the first path segment, in column order.
    let mut order: Vec<&str> = Vec::new();
    for (path, _) in cols {
        let head = path.split('.').next().unwrap_or(path);
        if !order.contains(&head) {
            order.push(head);
        }
    }
    let mut props = Map::new();
    let mut required = Vec::new();
    for head in order {
        if let Some((_, c)) = cols.iter().find(|(p, _)| *p == head) {
            props.insert(head.to_string(), leaf_schema(c));
            if c.required {
                required.push(json!(head));
            }
            continue;
        }
        let nested: Vec<(&str, &Col)> = cols
            .iter()
            .filter_map(|(p, c)| {
                p.strip_prefix(head)
                    .and_then(|r| r.strip_prefix('.'))
                    .map(|rest| (rest, *c))
            })
            .collect();
        if nested.iter().any(|(_, c)| c.required) {
            required.push(json!(head));
        }
        props.insert(head.to_string(), object_schema_at(&nested));
    }
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": props,
    })
}

fn csv_name(c: &Col) -> String {
    c.name.replace('.', "_")
}

fn header(cols: &[Col], langs: &[String]) -> Vec<String> {
    let mut h = Vec::new();
    for c in cols {
        match c.ty {
            Ty::Text | Ty::TextList => {
                h.extend(langs.iter().map(|l| format!("{}_{l}", csv_name(c))));
            }
            _ => h.push(csv_name(c)),
        }
    }
    h
}

/// Frictionless table-schema fields, one per CSV column.
fn fields(cols: &[Col], langs: &[String]) -> Vec<Value> {
    let mut out = Vec::new();
    for c in cols {
        let base = |name: String, ty: &str, doc: String, required: bool| -> Value {
            let mut f = json!({"name": name, "type": ty, "description": doc});
            let mut constraints = Map::new();
            if required {
                constraints.insert("required".into(), json!(true));
            }
            if let (Some(v), Ty::Str) = (&c.values, c.ty) {
                constraints.insert("enum".into(), json!(v));
            }
            if !constraints.is_empty() {
                f["constraints"] = Value::Object(constraints);
            }
            if c.ty == Ty::Uri {
                f["format"] = json!("uri");
            }
            f
        };
        match c.ty {
            Ty::Text => out.extend(langs.iter().map(|l| {
                base(
                    format!("{}_{l}", csv_name(c)),
                    "string",
                    format!("{} (in `{l}`; empty when not translated)", c.doc),
                    false,
                )
            })),
            Ty::TextList => out.extend(langs.iter().map(|l| {
                base(
                    format!("{}_{l}", csv_name(c)),
                    "string",
                    format!("{} (in `{l}`; items joined with ` | `)", c.doc),
                    false,
                )
            })),
            Ty::StrList => out.push(base(
                csv_name(c),
                "string",
                format!("{} (items joined with ` | `)", c.doc),
                false,
            )),
            ty => {
                let t = match ty {
                    Ty::Int => "integer",
                    Ty::Num => "number",
                    Ty::Bool => "boolean",
                    Ty::Date => "date",
                    Ty::DateTime => "datetime",
                    _ => "string",
                };
                out.push(base(csv_name(c), t, c.doc.to_string(), c.required));
            }
        }
    }
    out
}

/// The CSV cells of a row, without the column at `skip`.
fn csv_row(cols: &[Col], cells: &[Cell], langs: &[String], skip: Option<usize>) -> Vec<String> {
    let mut row = Vec::new();
    for (i, (c, cell)) in cols.iter().zip(cells).enumerate() {
        if Some(i) == skip {
            continue;
        }
        match (c.ty, cell) {
            (Ty::Text, Cell::Text(p)) => row.extend(langs.iter().map(|l| {
                p.iter()
                    .find(|(k, _)| k == l)
                    .map(|(_, s)| s.clone())
                    .unwrap_or_default()
            })),
            (Ty::TextList, Cell::TextList(items)) => row.extend(langs.iter().map(|l| {
                if items.iter().all(|p| !p.iter().any(|(k, _)| k == l)) {
                    return String::new();
                }
                items
                    .iter()
                    .map(|p| {
                        p.iter()
                            .find(|(k, _)| k == l)
                            .map(|(_, s)| s.as_str())
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join(LIST_SEPARATOR)
            })),
            (Ty::Text | Ty::TextList, _) => row.extend(langs.iter().map(|_| String::new())),
            (_, cell) => row.push(match cell {
                Cell::Null => String::new(),
                Cell::Str(s) => s.clone(),
                Cell::Int(n) => n.to_string(),
                Cell::Num(n) => csv_number(*n),
                Cell::Bool(b) => b.to_string(),
                Cell::StrList(v) => v.join(LIST_SEPARATOR),
                Cell::Text(_) | Cell::TextList(_) => String::new(),
            }),
        }
    }
    row
}

/// Gives the CSV rows of one item of a CSV file (none, one, or one per
/// language) to a callback.
type Rows<'t> = Box<dyn Fn(usize, &mut dyn FnMut(&[String])) + Sync + 't>;

/// Which rows of a table a file or a piece holds, by row position.
pub(super) type Keep<'k> = dyn Fn(usize) -> bool + 'k;

/// One CSV file and its description in the data package.
pub(super) struct CsvResource<'t> {
    pub(super) name: String,
    pub(super) title: String,
    pub(super) header: Vec<String>,
    pub(super) fields: Vec<Value>,
    /// What the file is made of: the table's records, or the items of a
    /// nested list; each gives its rows when the file is written, so the
    /// rows of 250,000 associations are never held as strings together.
    items: usize,
    /// The table's row (the record) of each item: its own, or its parent's.
    record_of: Box<dyn Fn(usize) -> usize + Sync + 't>,
    rows: Rows<'t>,
    /// Its primary key's columns (none for a nested list).
    pub(super) primary_key: Vec<&'static str>,
    /// (column, resource): the column holds the id of a row of resource.
    pub(super) parent: Option<(&'static str, &'static str)>,
}

impl CsvResource<'_> {
    pub(super) fn file(&self) -> String {
        format!("{}.csv", self.name)
    }

    /// The file, what [`csv::document`] makes of the header and the rows,
    /// made on every core a window of items at a time, with bidi isolation
    /// marks removed item by item ([`clean`]).
    pub(super) fn bulk(&self, clean: &(dyn Fn(Vec<u8>) -> Vec<u8> + Sync)) -> Bulk {
        let mut head = String::from(csv::BOM);
        csv::push_row(&mut head, &self.header);
        let head = clean(head.into_bytes());
        let mut bytes = head.clone();
        let mut parts = Vec::with_capacity(self.items);
        in_windows(
            self.items,
            &|i| {
                let mut rows = String::new();
                (self.rows)(i, &mut |row| csv::push_row(&mut rows, row));
                clean(rows.into_bytes())
            },
            &mut |i, rows| {
                let start = bytes.len();
                bytes.extend_from_slice(&rows);
                parts.push(((self.record_of)(i), start..bytes.len()));
            },
        );
        let end = bytes.len();
        Bulk {
            bytes,
            head: 0..head.len(),
            tail: end..end,
            parts,
            json: false,
        }
    }

    /// The file in one pass, as [`CsvResource::bulk`] must give it.
    #[cfg(test)]
    pub(super) fn bytes(&self) -> Vec<u8> {
        self.bytes_of(&|_| true)
    }

    /// The file with only the rows of the records `keep` accepts, in one
    /// pass, as [`Bulk::piece`] must give it.
    #[cfg(test)]
    pub(super) fn bytes_of(&self, keep: &Keep) -> Vec<u8> {
        let mut out = String::from(csv::BOM);
        csv::push_row(&mut out, &self.header);
        for i in (0..self.items).filter(|&i| keep((self.record_of)(i))) {
            (self.rows)(i, &mut |row| csv::push_row(&mut out, row));
        }
        out.into_bytes()
    }

    /// Its entry in `datapackage.json`.
    pub(super) fn descriptor(&self) -> Value {
        let mut schema = json!({"fields": self.fields, "missingValues": [""]});
        if !self.primary_key.is_empty() {
            schema["primaryKey"] = json!(self.primary_key);
        }
        if let Some((col, resource)) = self.parent {
            schema["foreignKeys"] = json!([{
                "fields": [col],
                "reference": {"resource": resource, "fields": ["id"]}
            }]);
        }
        json!({
            "name": self.name,
            "title": self.title,
            "path": self.file(),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": "\"", "doubleQuote": true, "lineTerminator": "\r\n", "header": true},
            "schema": schema,
        })
    }
}

/// `NAME.json`, serialized lazily: the keys in the order `json!` gives
/// them (serde_json's map is sorted), the records built one by one.
struct JsonDoc<'a> {
    table: &'a Table,
    meta: &'a Meta<'a>,
    keep: &'a Keep<'a>,
}

impl serde::Serialize for JsonDoc<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(7))?;
        m.serialize_entry("built", &self.meta.built)?;
        m.serialize_entry("kind", self.table.name)?;
        m.serialize_entry("languages", self.meta.langs)?;
        m.serialize_entry("licence", &self.meta.licence)?;
        m.serialize_entry("records", &JsonRecords(self.table, self.keep))?;
        m.serialize_entry("schema_version", &SCHEMA_VERSION)?;
        m.serialize_entry("title", self.table.title)?;
        m.end()
    }
}

struct JsonRecords<'a>(&'a Table, &'a Keep<'a>);

impl serde::Serialize for JsonRecords<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let t = self.0;
        let children = t.children_by_row();
        let mut seq = s.serialize_seq(None)?;
        for i in (0..t.rows.len()).filter(|&i| (self.1)(i)) {
            seq.serialize_element(&t.record(i, &children))?;
        }
        seq.end()
    }
}

/// A bulk file made record by record ([`Table::json_bulk`],
/// [`CsvResource::bulk`]), with where each record's part lies in it, so
/// that its pieces (one region's records) are cut from it rather than made
/// again.
pub(super) struct Bulk {
    pub(super) bytes: Vec<u8>,
    /// What every piece starts with (the JSON metadata and `"records": [`,
    /// the CSV byte-order mark and header).
    head: std::ops::Range<usize>,
    /// What every piece ends with.
    tail: std::ops::Range<usize>,
    /// (row of the table, bytes), in the file's order.
    parts: Vec<(usize, std::ops::Range<usize>)>,
    /// JSON records are joined with `,` and closed on a line of their own.
    json: bool,
}

impl Bulk {
    /// The file with only the records whose row `keep` accepts, as the
    /// whole file would be written for them alone.
    pub(super) fn piece(&self, keep: &Keep) -> Vec<u8> {
        let b = &self.bytes;
        let mut out = Vec::new();
        out.extend_from_slice(&b[self.head.clone()]);
        let mut any = false;
        for (row, range) in &self.parts {
            if !keep(*row) {
                continue;
            }
            if self.json {
                out.extend_from_slice(if any { b",\n    " } else { b"\n    " });
            }
            any = true;
            out.extend_from_slice(&b[range.clone()]);
        }
        if self.json && any {
            out.extend_from_slice(b"\n  ");
        }
        out.extend_from_slice(&b[self.tail.clone()]);
        out
    }
}

/// Maps the items `0..n` on every core, [`WINDOW`] of them at a time (so
/// that at most a window of results is held), and gives each result to
/// `f` in order.
fn in_windows<T: Send>(n: usize, map: &(dyn Fn(usize) -> T + Sync), f: &mut dyn FnMut(usize, T)) {
    use rayon::prelude::*;
    let mut start = 0;
    while start < n {
        let end = (start + WINDOW).min(n);
        let done: Vec<T> = (start..end).into_par_iter().map(map).collect();
        for (k, r) in done.into_iter().enumerate() {
            f(start + k, r);
        }
        start = end;
    }
}

/// The records made together by [`in_windows`].
const WINDOW: usize = 256;

/// Appends `text` with `depth` spaces after each of its line ends.
fn push_indented(out: &mut Vec<u8>, text: &[u8], depth: usize) {
    const SPACES: &[u8] = b"        ";
    // Every record of the open data passes here twice: the line ends are
    // found by the vectorized search, not byte by byte.
    let mut start = 0;
    for at in memchr::memchr_iter(b'\n', text) {
        out.extend_from_slice(&text[start..=at]);
        out.extend_from_slice(&SPACES[..depth]);
        start = at + 1;
    }
    out.extend_from_slice(&text[start..]);
}

/// `text` cut around the only `marker` it holds: `kept` (the start of the
/// marker) ends the first part, the second starts `dropped` bytes after. JSON strings escape their
/// quotes, so a key followed by its value can only be the key itself.
fn split_at_marker(
    text: Vec<u8>,
    marker: &[u8],
    kept: &[u8],
    dropped: usize,
) -> (Vec<u8>, Vec<u8>) {
    let at = text
        .windows(marker.len())
        .position(|w| w == marker)
        .expect("the marker is in the document");
    let cut = at + kept.len();
    let tail = text[cut + dropped..].to_vec();
    let mut head = text;
    head.truncate(cut);
    (head, tail)
}
