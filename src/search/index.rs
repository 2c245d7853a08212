//! The per-language index of FORMAT.md ("Index"), built from the validated
//! records. Terms are interned once per language (a token that is already
//! known costs a hash lookup, no allocation); each document's terms are
//! deduplicated keeping their best weight and appended to the terms'
//! posting lists, so docs come out ascending without a global sort.

use super::normalize::{for_each_token, tifinagh_variants};
use super::postings;
use super::words::Words;
use crate::i18n::{Localizer, strip_bidi_isolates};
use crate::model::Kind;
use crate::model::lang::Lang;
use crate::model::records::Regions;
use crate::model::text::Text;
use crate::output::OutputFile;
use crate::output::fingerprint;
use crate::present::views::{Tx, View};
use crate::validate::Site;
use rayon::prelude::*;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const W_NAME: u8 = 100;
const W_PLACE: u8 = 20;
const W_KIND: u8 = 10;
const W_SUMMARY: u8 = 5;
const W_BODY: u8 = 1;
/// Filter terms take part in no score.
pub const W_FILTER: u8 = 0;

/// A shard's JSON stops being split once it is at most this long.
pub const SHARD_MAX: usize = 6 * 1024;
/// Shard prefixes are split up to this many characters.
pub const PREFIX_MAX: usize = 4;
/// Documents per metadata chunk.
pub const META_SIZE: usize = 256;
/// Summaries in metadata are cut to this many characters.
pub const SUMMARY_MAX: usize = 160;

const FILTERS: [&str; 3] = ["kind:", "region:", "domain:"];

/// The record kinds of the index, in document order; each one's facet key
/// is [`Kind::singular`].
pub const KINDS: [Kind; 5] = [
    Kind::Associations,
    Kind::Programmes,
    Kind::Offers,
    Kind::News,
    Kind::Pages,
];

/// The index of one language, as files.
#[derive(Debug, Clone)]
pub struct LangIndex {
    /// Code of the language.
    pub lang: String,
    /// `/search/{lang}/manifest.HASH.json`.
    pub manifest_url: String,
    /// The manifest, the shards and the metadata chunks.
    pub files: Vec<OutputFile>,
}

/// A term and its JSON entry.
type Item<'a> = (&'a str, String);

/// Compares strings by UTF-16 code units (JavaScript's `<` on strings).
pub fn utf16_cmp(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    a.encode_utf16().cmp(b.encode_utf16())
}

/// Builds the index of every language of the site, in parallel.
pub fn build(site: &Site, i18n: &Localizer, words: Option<&Words>) -> Vec<LangIndex> {
    let langs: Vec<Lang> = site.config.codes().collect();
    langs
        .par_iter()
        .map(|&lang| build_lang(site, i18n, lang, words))
        .collect()
}

/// Terms of one language, interned, with their posting lists.
#[derive(Default)]
struct Terms {
    /// Interned with FxHash: tens of millions of lookups of short words
    /// (SipHash's resistance to chosen keys is not needed for the site's
    /// own text).
    ids: rustc_hash::FxHashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
    postings: Vec<Vec<(u32, u8)>>,
    /// The current document's (term, weight) pairs.
    current: Vec<(u32, u8)>,
    /// Index the variants of Tifinagh words too (the zgh index).
    tifinagh_variants: bool,
    /// A token's variants, reused from word to word.
    scratch: Vec<String>,
    /// The terms of texts that many documents share (place names, kind
    /// and domain labels), found once ([`Terms::shared`]).
    memo: rustc_hash::FxHashMap<Box<str>, Box<[u32]>>,
}

impl Terms {
    fn term(&mut self, t: &str, w: u8) {
        let id = match self.ids.get(t) {
            Some(&id) => id,
            None => {
                let id = self.names.len() as u32;
                self.names.push(t.into());
                self.ids.insert(t.into(), id);
                self.postings.push(Vec::new());
                id
            }
        };
        self.current.push((id, w));
    }

    /// A token, followed in the zgh index by its Tifinagh variants.
    fn token(&mut self, t: &str, w: u8) {
        self.term(t, w);
        if self.tifinagh_variants {
            let mut scratch = std::mem::take(&mut self.scratch);
            tifinagh_variants(t, |v| scratch.push(v.to_string()));
            for v in scratch.drain(..) {
                self.term(&v, w);
            }
            self.scratch = scratch;
        }
    }

    fn text(&mut self, text: &str, w: u8) {
        for_each_token(text, |t| self.token(t, w));
    }

    /// [`Terms::text`] of a text that many documents share: its terms
    /// are found the first time, then given again from [`Terms::memo`].
    fn shared(&mut self, text: &str, w: u8) {
        if let Some(ids) = self.memo.get(text) {
            self.current.extend(ids.iter().map(|&id| (id, w)));
            return;
        }
        let start = self.current.len();
        self.text(text, w);
        let ids = self.current[start..].iter().map(|&(id, _)| id).collect();
        self.memo.insert(text.into(), ids);
    }

    /// [`Terms::all`] of a text that many documents share.
    fn all_shared(&mut self, text: &Text, w: u8) {
        for s in text.all() {
            self.shared(s, w);
        }
    }

    /// The words [`words_into`] found: the terms [`Terms::text`] gives,
    /// each once.
    fn words(&mut self, words: &str, w: u8) {
        for t in words.split_terminator('\n') {
            self.token(t, w);
        }
    }

    /// Every language's string of a text (names).
    fn all(&mut self, text: &Text, w: u8) {
        for s in text.all() {
            self.text(s, w);
        }
    }

    fn filter(&mut self, prefix: &str, value: &str) {
        let mut s = String::with_capacity(prefix.len() + value.len());
        s.push_str(prefix);
        s.push_str(value);
        self.term(&s, W_FILTER);
    }

    fn end_doc(&mut self, doc: u32) {
        self.current
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut last = None;
        for &(id, w) in &self.current {
            if last != Some(id) {
                self.postings[id as usize].push((doc, w));
                last = Some(id);
            }
        }
        self.current.clear();
    }
}

/// The words of a Markdown body ([`words_into`] of its plain text): as
/// the cache kept them when it has them.
fn body_words<'w>(kept: Option<&'w Words>, markdown: &str) -> Cow<'w, str> {
    let find = || words_of(&body_text(markdown));
    match kept {
        Some(k) => k.of(markdown, find),
        None => Cow::Owned(find()),
    }
}

/// The words of a plain text (a name, a summary), as [`body_words`].
fn text_words<'w>(kept: Option<&'w Words>, text: &str) -> Cow<'w, str> {
    match kept {
        Some(k) => k.of_text(text, || words_of(text)),
        None => Cow::Owned(words_of(text)),
    }
}

fn words_of(text: &str) -> String {
    let mut words = String::new();
    words_into(text, &mut words);
    words
}

/// The words of a text as [`Terms::text`] finds them, each once, in the
/// order of their first use, each ended by a line end (no token has one),
/// without the Tifinagh variants ([`Terms::words`] adds them): found apart
/// from the terms, on any thread, and kept between builds ([`Words`]).
/// A document keeps each term once ([`Terms::end_doc`]) and a text's words
/// share one weight, so a repeated word would add nothing to the index but
/// its cost (a body of 500 words uses about half as many distinct ones);
/// first uses keep the order in which terms are first met, and so their
/// numbers and the index's bytes.
fn words_into(text: &str, out: &mut String) {
    let mut seen: rustc_hash::FxHashSet<Box<str>> = rustc_hash::FxHashSet::default();
    for_each_token(text, |t| {
        if !seen.contains(t) {
            seen.insert(t.into());
            out.push_str(t);
            out.push('\n');
        }
    });
}

/// An association's words: of its name (each language), its summary and
/// its body.
type AssociationWords<'a> = (Vec<Cow<'a, str>>, Option<Cow<'a, str>>, Cow<'a, str>);

/// The associations whose bodies' words are found together.
const BODY_WINDOW: usize = 256;

/// A document's metadata row: url, title, kind, place, summary.
struct Meta {
    url: String,
    title: Shown,
    kind: &'static str,
    place: String,
    summary: Shown,
}

/// A text of a result card, and its language when it is a fallback (the
/// client marks the element with it, so Arabic in a zgh list reads right).
#[derive(Default)]
struct Shown {
    text: String,
    lang: Option<Lang>,
}

impl Shown {
    fn of(t: Tx) -> Shown {
        Shown {
            text: plain(&t.text),
            lang: t.fallback.then_some(t.lang),
        }
    }

    fn cut(t: Tx) -> Shown {
        let mut s = Shown::of(t);
        s.text = cut(&s.text);
        s
    }
}

fn plain(s: &str) -> String {
    strip_bidi_isolates(s).trim().to_string()
}

fn cut(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match s.char_indices().nth(SUMMARY_MAX) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s,
    }
}

/// The plain text of a Markdown body.
fn body_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::with_capacity(markdown.len());
    for e in Parser::new(markdown) {
        match e {
            Event::Text(t) | Event::Code(t) => {
                out.push_str(&t);
                out.push(' ');
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Names of a region and a province in every language (place, weight 20).
fn region_names<'s>(site: &'s Site, code: &str) -> Option<&'s Text> {
    site.tax.region(code).map(|r| &r.name)
}

fn province_names<'s>(site: &'s Site, code: &str) -> Option<&'s Text> {
    site.tax
        .regions
        .iter()
        .flat_map(|r| &r.provinces)
        .find(|p| p.code.as_str() == code)
        .map(|p| &p.name)
}

/// The kind's label in the view's language: `search-kind-KEY`, else the
/// main menu's name of its section.
pub fn kind_label(v: &View, kind: Kind) -> String {
    let id = format!("search-kind-{}", kind.singular());
    if let Ok((text, _)) = v.i18n.message(v.lang, &id, &[]) {
        return plain(&text);
    }
    match kind {
        Kind::Associations | Kind::Programmes | Kind::Offers | Kind::News => {
            v.msg(&format!("nav-{}", kind.folder()), &[])
        }
        Kind::Results | Kind::Institutions | Kind::Pages => kind.singular().to_string(),
    }
}

fn region_codes(site: &Site, regions: &Option<Regions>) -> Vec<String> {
    match regions {
        Some(Regions::All) => site.tax.regions.iter().map(|r| r.code.0.clone()).collect(),
        Some(Regions::List(l)) => l.iter().map(|c| c.0.clone()).collect(),
        None => Vec::new(),
    }
}

fn build_lang(site: &Site, i18n: &Localizer, lang: Lang, kept: Option<&Words>) -> LangIndex {
    let v = View::new(site, lang, i18n);
    let mut terms = Terms {
        tifinagh_variants: lang == "zgh",
        ..Terms::default()
    };
    let mut metas: Vec<Meta> = Vec::new();
    let kind_labels: Vec<(Kind, String)> = KINDS.iter().map(|k| (*k, kind_label(&v, *k))).collect();
    let label = |k: Kind| -> &str {
        kind_labels
            .iter()
            .find(|(key, _)| *key == k)
            .map_or("", |(_, l)| l.as_str())
    };
    let body = |t: &mut Terms, record_body: Option<(&crate::model::Body, Lang)>| {
        if let Some((b, _)) = record_body {
            t.words(&body_words(kept, &b.markdown), W_BODY);
        }
    };
    let join = |mut parts: Vec<String>| -> String {
        parts.retain(|p| !p.is_empty());
        parts.dedup();
        parts.join(" · ")
    };
    let default = site.config.default_language;

    // Associations in place order (region, province, slug): a place query's
    // results are neighbours, so their metadata comes in one or two chunks.
    let mut associations: Vec<_> = site.associations.iter().collect();
    associations.sort_by(|x, y| {
        (
            x.data.region.as_str(),
            x.data.province.as_str(),
            x.slug.as_str(),
        )
            .cmp(&(
                y.data.region.as_str(),
                y.data.province.as_str(),
                y.slug.as_str(),
            ))
    });
    // The words of the names, summaries and bodies, most of the text, are
    // found on every core a window of associations at a time (kept
    // between builds when `kept` is given), then given to `terms` in order.
    let words_of = |r: &&crate::model::Record<crate::model::records::Association>| {
        let a = &r.data;
        let name: Vec<Cow<str>> = a
            .name
            .all()
            .into_iter()
            .map(|t| text_words(kept, t))
            .collect();
        let summary: Option<Cow<str>> = a.summary.as_ref().map(|s| text_words(kept, &v.tx(s).text));
        let body: Cow<str> = match r.body_for(&v.chain, default) {
            None => Cow::Borrowed(""),
            Some((b, _)) => body_words(kept, &b.markdown),
        };
        (name, summary, body)
    };
    let mut window: Vec<AssociationWords> = Vec::new();
    for (k, r) in associations.iter().enumerate() {
        if k % BODY_WINDOW == 0 {
            let end = (k + BODY_WINDOW).min(associations.len());
            window = associations[k..end].par_iter().map(words_of).collect();
            window.reverse();
        }
        let (name, summary, body) = window.pop().unwrap_or_default();
        let a = &r.data;
        let doc = metas.len() as u32;
        for words in &name {
            terms.words(words, W_NAME);
        }
        if let Some(ac) = &a.acronym {
            terms.text(ac, W_NAME);
        }
        for t in [
            region_names(site, a.region.as_str()),
            province_names(site, a.province.as_str()),
            a.commune.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            terms.all_shared(t, W_PLACE);
        }
        terms.shared(label(Kind::Associations), W_KIND);
        for d in &a.domains {
            terms.shared(&v.domain(d.as_str()).text, W_KIND);
        }
        if let Some(words) = &summary {
            terms.words(words, W_SUMMARY);
        }
        terms.words(&body, W_BODY);
        terms.filter("kind:", Kind::Associations.singular());
        terms.filter("region:", a.region.as_str());
        terms.filter("province:", a.province.as_str());
        for d in &a.domains {
            terms.filter("domain:", d.as_str());
        }
        for k in &a.audiences {
            terms.filter("audience:", k.as_str());
        }
        terms.end_doc(doc);
        let mut place = vec![v.province(a.province.as_str()).text];
        if let Some(c) = &a.commune {
            place.insert(0, v.tx(c).text);
        }
        place.push(v.region(a.region.as_str()).text);
        metas.push(Meta {
            url: v.url(Kind::Associations, r.slug.as_str()),
            title: Shown::of(v.tx(&a.name)),
            kind: "association",
            place: plain(&join(place)),
            summary: a
                .summary
                .as_ref()
                .map_or_else(Shown::default, |s| Shown::cut(v.tx(s))),
        });
    }

    for r in &site.programmes {
        let p = &r.data;
        let doc = metas.len() as u32;
        terms.all(&p.title, W_NAME);
        if let Some(ac) = &p.acronym {
            terms.text(ac, W_NAME);
        }
        let regions = region_codes(site, &p.regions);
        if !matches!(p.regions, Some(Regions::All)) {
            for code in &regions {
                if let Some(t) = region_names(site, code) {
                    terms.all_shared(t, W_PLACE);
                }
            }
        }
        for code in &p.provinces {
            if let Some(t) = province_names(site, code.as_str()) {
                terms.all_shared(t, W_PLACE);
            }
        }
        terms.shared(label(Kind::Programmes), W_KIND);
        for o in &p.objectives {
            terms.text(&v.tx(o).text, W_SUMMARY);
        }
        for m in &p.milestones {
            terms.text(&v.tx(&m.title).text, W_BODY);
        }
        body(&mut terms, r.body_for(&v.chain, default));
        terms.filter("kind:", Kind::Programmes.singular());
        for code in &regions {
            terms.filter("region:", code);
        }
        terms.end_doc(doc);
        let place = match &p.regions {
            Some(Regions::List(l)) => join(l.iter().map(|c| v.region(c.as_str()).text).collect()),
            _ => String::new(),
        };
        metas.push(Meta {
            url: v.url(Kind::Programmes, r.slug.as_str()),
            title: Shown::of(v.tx(&p.title)),
            kind: "programme",
            place: plain(&place),
            summary: p
                .objectives
                .first()
                .map_or_else(Shown::default, |o| Shown::cut(v.tx(o))),
        });
    }

    for r in &site.offers {
        let o = &r.data;
        let doc = metas.len() as u32;
        terms.all(&o.title, W_NAME);
        let regions = region_codes(site, &o.regions);
        if let Some(Regions::List(l)) = &o.regions {
            for code in l {
                if let Some(t) = region_names(site, code.as_str()) {
                    terms.all_shared(t, W_PLACE);
                }
            }
        }
        terms.shared(label(Kind::Offers), W_KIND);
        for d in &o.domains {
            terms.shared(&v.domain(d.as_str()).text, W_KIND);
        }
        for e in &o.eligibility {
            terms.text(&v.tx(e).text, W_SUMMARY);
        }
        body(&mut terms, r.body_for(&v.chain, default));
        terms.filter("kind:", Kind::Offers.singular());
        for code in &regions {
            terms.filter("region:", code);
        }
        for d in &o.domains {
            terms.filter("domain:", d.as_str());
        }
        terms.end_doc(doc);
        let place = match &o.regions {
            Some(Regions::List(l)) => join(l.iter().map(|c| v.region(c.as_str()).text).collect()),
            _ => String::new(),
        };
        metas.push(Meta {
            url: v.url(Kind::Offers, r.slug.as_str()),
            title: Shown::of(v.tx(&o.title)),
            kind: "offer",
            place: plain(&place),
            summary: o
                .eligibility
                .first()
                .map_or_else(Shown::default, |e| Shown::cut(v.tx(e))),
        });
    }

    for r in &site.news {
        let n = &r.data;
        let doc = metas.len() as u32;
        terms.all(&n.title, W_NAME);
        for code in &n.regions {
            if let Some(t) = region_names(site, code.as_str()) {
                terms.all_shared(t, W_PLACE);
            }
        }
        terms.shared(label(Kind::News), W_KIND);
        if let Some(s) = &n.summary {
            terms.text(&v.tx(s).text, W_SUMMARY);
        }
        body(&mut terms, r.body_for(&v.chain, default));
        terms.filter("kind:", Kind::News.singular());
        for code in &n.regions {
            terms.filter("region:", code.as_str());
        }
        terms.end_doc(doc);
        metas.push(Meta {
            url: v.url(Kind::News, r.slug.as_str()),
            title: Shown::of(v.tx(&n.title)),
            kind: "news",
            place: plain(&join(
                n.regions
                    .iter()
                    .map(|c| v.region(c.as_str()).text)
                    .collect(),
            )),
            summary: n
                .summary
                .as_ref()
                .map_or_else(Shown::default, |s| Shown::cut(v.tx(s))),
        });
    }

    for r in &site.pages {
        let p = &r.data;
        let doc = metas.len() as u32;
        terms.all(&p.title, W_NAME);
        terms.shared(label(Kind::Pages), W_KIND);
        let record_body = r.body_for(&v.chain, default);
        body(&mut terms, record_body);
        let text = record_body.map(|(b, from)| (body_text(&b.markdown), from));
        terms.filter("kind:", Kind::Pages.singular());
        terms.end_doc(doc);
        metas.push(Meta {
            url: v.url(Kind::Pages, r.slug.as_str()),
            title: Shown::of(v.tx(&p.title)),
            kind: "page",
            place: String::new(),
            summary: text.map_or_else(Shown::default, |(t, from)| Shown {
                text: cut(&t),
                lang: (from != lang).then_some(from),
            }),
        });
    }

    let facets = Facets {
        kind: kind_labels
            .iter()
            .map(|(k, l)| (k.singular().to_string(), l.clone()))
            .collect(),
        region: site
            .tax
            .regions
            .iter()
            .map(|r| (r.code.0.clone(), plain(&v.tx(&r.name).text)))
            .collect(),
        province: site
            .tax
            .regions
            .iter()
            .flat_map(|r| &r.provinces)
            .map(|p| (p.code.0.clone(), plain(&v.tx(&p.name).text)))
            .collect(),
        domain: site
            .tax
            .domains
            .iter()
            .map(|(k, t)| (k.to_string(), plain(&v.tx(&t.name).text)))
            .collect(),
        audience: site
            .tax
            .audiences
            .iter()
            .map(|(k, t)| (k.to_string(), plain(&v.tx(&t.name).text)))
            .collect(),
    };
    let dirs: BTreeMap<&str, &str> = site
        .config
        .codes()
        .map(|c| (c.as_str(), site.config.direction(c).as_str()))
        .collect();
    write_files(lang, terms, &metas, &facets, &dirs)
}

struct Facets {
    kind: Vec<(String, String)>,
    region: Vec<(String, String)>,
    province: Vec<(String, String)>,
    domain: Vec<(String, String)>,
    audience: Vec<(String, String)>,
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// `["term","postings"]` (FORMAT.md "Postings").
fn term_json(name: &str, postings: &[(u32, u8)]) -> String {
    let mut s = String::with_capacity(name.len() + 8 + postings.len() * 2);
    s.push('[');
    s.push_str(&json_str(name));
    s.push_str(",\"");
    // The digits need no JSON escape.
    postings::encode_into(postings, &mut s);
    s.push_str("\"]");
    s
}

/// The shard file name's prefix part: bytes outside `a-z0-9-` as `_xx`.
pub fn encode_prefix(prefix: &str) -> String {
    let mut s = String::with_capacity(prefix.len() * 3);
    for b in prefix.bytes() {
        if b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' {
            s.push(b as char);
        } else {
            let _ = write!(s, "_{b:02x}");
        }
    }
    s
}

/// The shard JSON of some terms (each already as JSON).
fn shard_json(items: &[&str]) -> String {
    let len: usize = items.iter().map(|i| i.len() + 1).sum();
    let mut s = String::with_capacity(len + 12);
    s.push_str("{\"terms\":[");
    for (i, t) in items.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(t);
    }
    s.push_str("]}");
    s
}

fn shard_size(items: &[(&str, String)]) -> usize {
    12 + items.iter().map(|(_, j)| j.len() + 1).sum::<usize>()
}

/// The first `n` characters of `s` (all of it when shorter).
fn head(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Splits sorted terms that all start with `prefix` (of `k` characters)
/// into shards: one when it fits or `k` is the limit, else the terms equal
/// to the prefix stay under it and the others go by `k + 1` characters.
fn split<'a>(
    prefix: &'a str,
    k: usize,
    items: &'a [(&'a str, String)],
    out: &mut Vec<(String, &'a [(&'a str, String)])>,
) {
    if items.is_empty() {
        return;
    }
    if shard_size(items) <= SHARD_MAX || k >= PREFIX_MAX {
        out.push((prefix.to_string(), items));
        return;
    }
    let mut i = 0;
    while i < items.len() && items[i].0.chars().count() <= k {
        i += 1;
    }
    if i > 0 {
        out.push((prefix.to_string(), &items[..i]));
    }
    group(&items[i..], k + 1, out);
}

/// Groups sorted terms by their first `k` characters and splits each group.
fn group<'a>(
    items: &'a [(&'a str, String)],
    k: usize,
    out: &mut Vec<(String, &'a [(&'a str, String)])>,
) {
    let mut start = 0;
    while start < items.len() {
        let p = head(items[start].0, k);
        let mut end = start + 1;
        while end < items.len() && items[end].0.starts_with(p) {
            end += 1;
        }
        split(p, k, &items[start..end], out);
        start = end;
    }
}

fn hashed(lang: Lang, name: &str, json: String) -> (String, OutputFile) {
    let file = format!("{name}.{}.json", fingerprint(json.as_bytes()));
    let out = OutputFile {
        path: format!("search/{lang}/{file}"),
        bytes: json.into_bytes(),
    };
    (file, out)
}

fn write_files(
    lang: Lang,
    terms: Terms,
    metas: &[Meta],
    facets: &Facets,
    dirs: &BTreeMap<&str, &str>,
) -> LangIndex {
    let Terms {
        names, postings, ..
    } = terms;
    let mut order: Vec<usize> = (0..names.len())
        .filter(|&i| !postings[i].is_empty())
        .collect();
    order.sort_unstable_by(|&a, &b| utf16_cmp(&names[a], &names[b]));
    let items: Vec<(&str, String)> = order
        .par_iter()
        .map(|&i| (&*names[i], term_json(&names[i], &postings[i])))
        .collect();
    // Filter terms have a colon, words never do.
    let (filters, words): (Vec<Item>, Vec<Item>) =
        items.into_iter().partition(|(t, _)| t.contains(':'));

    let mut shards: Vec<(String, &[(&str, String)])> = Vec::new();
    group(&words, 1, &mut shards);
    for f in FILTERS {
        let start = filters.partition_point(|(t, _)| utf16_cmp(t, f) == Ordering::Less);
        let end = start + filters[start..].partition_point(|(t, _)| t.starts_with(f));
        let these = &filters[start..end];
        if these.is_empty() {
            continue;
        }
        if shard_size(these) <= SHARD_MAX {
            shards.push((f.to_string(), these));
        } else {
            // One shard per filter value.
            for i in 0..these.len() {
                shards.push((these[i].0.to_string(), &these[i..=i]));
            }
        }
    }

    let mut files: Vec<OutputFile> = Vec::new();
    let shard_files: Vec<(String, String, OutputFile)> = shards
        .par_iter()
        .map(|(prefix, items)| {
            let refs: Vec<&str> = items.iter().map(|(_, j)| j.as_str()).collect();
            let (file, out) = hashed(
                lang,
                &format!("t-{}", encode_prefix(prefix)),
                shard_json(&refs),
            );
            (prefix.clone(), file, out)
        })
        .collect();
    let mut shard_map: BTreeMap<String, String> = BTreeMap::new();
    for (prefix, file, out) in shard_files {
        shard_map.insert(prefix, file);
        files.push(out);
    }

    let mut meta_names = Vec::new();
    for (n, chunk) in metas.chunks(META_SIZE).enumerate() {
        let docs: Vec<Vec<&str>> = chunk
            .iter()
            .map(|m| {
                let mut row = vec![&*m.url, &*m.title.text, m.kind, &*m.place, &*m.summary.text];
                // The languages of a fallback title and summary, when any.
                let langs = [m.title.lang, m.summary.lang].map(|l| l.map_or("", |l| l.as_str()));
                if langs != ["", ""] {
                    row.extend(langs);
                }
                row
            })
            .collect();
        let json = serde_json::to_string(&serde_json::json!({ "docs": docs })).expect("json");
        let (file, out) = hashed(lang, &format!("m-{n}"), json);
        meta_names.push(file);
        files.push(out);
    }

    let manifest = serde_json::json!({
        "v": 2,
        "lang": lang,
        "docs": metas.len(),
        "shards": shard_map,
        "meta": meta_names,
        "meta_size": META_SIZE,
        "dirs": dirs,
        "facets": {
            "kind": facets.kind,
            "region": facets.region,
            "province": facets.province,
            "domain": facets.domain,
            "audience": facets.audience,
        },
    });
    let json = serde_json::to_string(&manifest).expect("json");
    let (file, out) = hashed(lang, "manifest", json);
    files.push(out);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    LangIndex {
        lang: lang.to_string(),
        manifest_url: format!("/search/{lang}/{file}"),
        files,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_shards_split_by_longer_prefixes() {
        let names: Vec<String> = (0..4000).map(|i| format!("ab{i:05}x")).collect();
        let items: Vec<(&str, String)> = names
            .iter()
            .map(|n| (n.as_str(), term_json(n, &[(1, 5), (2, 100)])))
            .collect();
        let mut out = Vec::new();
        group(&items, 1, &mut out);
        assert!(out.len() > 1);
        let mut count = 0;
        for (prefix, items) in &out {
            assert!(prefix.chars().count() <= PREFIX_MAX);
            assert!(items.iter().all(|(t, _)| t.starts_with(prefix.as_str())));
            assert!(shard_size(items) <= SHARD_MAX || prefix.chars().count() == PREFIX_MAX);
            count += items.len();
        }
        assert_eq!(count, names.len());
    }
}
