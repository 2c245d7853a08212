//! The query algorithm of FORMAT.md ("Query"), as the JavaScript client
//! runs it, over the index files as written. The unit tests use it to prove
//! that the index answers; it also counts the shards a query downloads.

use super::index::{LangIndex, utf16_cmp};
use super::normalize::normalize;
use super::postings;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Shards a prefix query may load before the client waits for more letters.
pub const MAX_PREFIX_SHARDS: usize = 8;

/// An index read back from its files.
pub struct Index {
    /// The parsed manifest (`manifest.HASH.json`).
    pub manifest: Value,
    files: HashMap<String, Value>,
    shards: BTreeMap<String, String>,
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Document number in the index.
    pub doc: u32,
    /// Sum over the query's tokens of their best matching weight.
    pub score: f64,
    /// URL of the document's page.
    pub url: String,
    /// Title shown for the result.
    pub title: String,
    /// Kind key of the document (`association`, `programme`, ...).
    pub kind: String,
}

/// Damerau (optimal string alignment) distance at most one.
pub fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == la && p == lb {
        return true;
    }
    let (ra, rb) = (&a[p..], &b[p..]);
    if la == lb {
        // substitution or transposition
        ra[1..] == rb[1..]
            || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if la > lb {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

fn is_latin(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_lowercase())
        && !t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

impl Index {
    /// Reads an index back from the files it was written as.
    pub fn load(index: &LangIndex) -> Index {
        let mut files: HashMap<String, Value> = HashMap::new();
        for f in &index.files {
            let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_string();
            files.insert(name, serde_json::from_slice(&f.bytes).expect("valid JSON"));
        }
        let manifest_name = index.manifest_url.rsplit('/').next().unwrap();
        let manifest = files[manifest_name].clone();
        let shards = manifest["shards"]
            .as_object()
            .expect("shards")
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect();
        Index {
            manifest,
            files,
            shards,
        }
    }

    /// The longest shard prefix that `term` starts with.
    pub fn shard_for(&self, term: &str) -> Option<&str> {
        self.shards
            .keys()
            .filter(|p| term.starts_with(p.as_str()))
            .max_by_key(|p| p.chars().count())
            .map(String::as_str)
    }

    /// The shards a prefix query loads: the longest shard prefix of the
    /// term, and every shard whose prefix starts with the term.
    pub fn shards_for_prefix(&self, term: &str) -> Vec<&str> {
        let mut set: BTreeSet<&str> = self
            .shards
            .keys()
            .filter(|p| p.starts_with(term) && !p.contains(':'))
            .map(String::as_str)
            .collect();
        if let Some(p) = self.shard_for(term) {
            set.insert(p);
        }
        set.into_iter().collect()
    }

    fn terms(&self, prefix: &str) -> &[Value] {
        let file = &self.shards[prefix];
        self.files[file]["terms"].as_array().expect("terms")
    }

    /// (term, encoded postings) of the shards, in file order.
    fn entries<'a>(&'a self, shards: &[&str]) -> Vec<(&'a str, &'a str)> {
        let mut out = Vec::new();
        for s in shards {
            for t in self.terms(s) {
                let a = t.as_array().expect("term entry");
                out.push((
                    a[0].as_str().expect("term"),
                    a[1].as_str().expect("postings"),
                ));
            }
        }
        out
    }

    /// The (doc, weight) pairs of a term's encoded postings.
    pub fn postings(encoded: &str) -> Vec<(u32, u8)> {
        postings::decode(encoded).expect("valid postings")
    }

    /// Document -> best weight for one query token.
    fn match_token(&self, token: &str, last: bool) -> BTreeMap<u32, f64> {
        let mut scores: BTreeMap<u32, f64> = BTreeMap::new();
        let mut add = |encoded: &str, factor: f64| {
            for (doc, w) in Index::postings(encoded) {
                let w = f64::from(w) * factor;
                let e = scores.entry(doc).or_insert(0.0);
                if w > *e {
                    *e = w;
                }
            }
        };
        let exact_shard: Vec<&str> = self.shard_for(token).into_iter().collect();
        let shards = if last {
            self.shards_for_prefix(token)
        } else {
            exact_shard.clone()
        };
        let mut found = false;
        for (term, postings) in self.entries(&shards) {
            if term == token {
                add(postings, 1.0);
                found = true;
            } else if last && term.starts_with(token) {
                add(postings, 0.8);
                found = true;
            }
        }
        if !found && is_latin(token) && token.chars().count() >= 5 {
            let t: Vec<char> = token.chars().collect();
            for (term, postings) in self.entries(&exact_shard) {
                let c: Vec<char> = term.chars().collect();
                if within_one_edit(&t, &c) {
                    add(postings, 0.5);
                }
            }
        }
        scores
    }

    fn filter_docs(&self, filter: &str) -> BTreeSet<u32> {
        let Some(shard) = self.shard_for(filter) else {
            return BTreeSet::new();
        };
        self.entries(&[shard])
            .into_iter()
            .filter(|(t, _)| *t == filter)
            .flat_map(|(_, p)| Index::postings(p).into_iter().map(|(d, _)| d))
            .collect()
    }

    /// Results of a query with filter terms (`region:MA-09`...), best first.
    pub fn search(&self, query: &str, filters: &[&str]) -> Vec<Hit> {
        let lang = self.manifest["lang"].as_str().unwrap_or("").to_string();
        let tokens = normalize(query, &lang);
        let mut total: Option<BTreeMap<u32, f64>> = None;
        for (i, t) in tokens.iter().enumerate() {
            let m = self.match_token(t, i + 1 == tokens.len());
            total = Some(match total {
                None => m,
                Some(acc) => acc
                    .into_iter()
                    .filter_map(|(d, s)| m.get(&d).map(|x| (d, s + x)))
                    .collect(),
            });
        }
        for f in filters {
            let docs = self.filter_docs(f);
            total = Some(match total {
                None => docs.into_iter().map(|d| (d, 0.0)).collect(),
                Some(acc) => acc.into_iter().filter(|(d, _)| docs.contains(d)).collect(),
            });
        }
        let mut hits: Vec<(u32, f64)> = total.unwrap_or_default().into_iter().collect();
        hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let size = self.manifest["meta_size"].as_u64().unwrap() as u32;
        hits.into_iter()
            .map(|(doc, score)| {
                let chunk = self.manifest["meta"][(doc / size) as usize]
                    .as_str()
                    .unwrap();
                let row = &self.files[chunk]["docs"][(doc % size) as usize];
                Hit {
                    doc,
                    score,
                    url: row[0].as_str().unwrap().to_string(),
                    title: row[1].as_str().unwrap().to_string(),
                    kind: row[2].as_str().unwrap().to_string(),
                }
            })
            .collect()
    }

    /// Every term of every shard, in file order, with its shard prefix.
    pub fn all_terms(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for p in self.shards.keys() {
            for (t, _) in self.entries(&[p.as_str()]) {
                out.push((p.clone(), t.to_string()));
            }
        }
        out
    }

    /// The shard prefixes, in UTF-16 order.
    pub fn shard_prefixes(&self) -> Vec<String> {
        let mut v: Vec<String> = self.shards.keys().cloned().collect();
        v.sort_by(|a, b| utf16_cmp(a, b));
        v
    }

    /// The parsed JSON of one of the index's files, by file name.
    pub fn file_bytes(&self, name: &str) -> Option<&Value> {
        self.files.get(name)
    }
}
