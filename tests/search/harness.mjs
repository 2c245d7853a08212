// Test helpers of the search client: loads themes/default/static/js/search.js
// the way a page does (a plain script), with the test flag that makes it hand
// over its pure functions instead of touching the DOM; and a small reference
// index builder following src/search/FORMAT.md, for in-memory indexes.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..');
export const CLIENT = path.join(REPO, 'themes', 'default', 'static', 'js', 'search.js');

export function loadClient() {
  globalThis.__nassijSearchTest = true;
  vm.runInThisContext(readFileSync(CLIENT, 'utf8'), { filename: CLIENT });
  const api = globalThis.__nassijSearchTest;
  delete globalThis.__nassijSearchTest;
  if (typeof api !== 'object') throw new Error('search.js did not expose its test API');
  return api;
}

/** FORMAT.md "Postings": [[doc, weight], ...] (docs ascending) -> the term's string. */
export function encodePostings(pairs) {
  let s = '', prev = -1;
  for (const [doc, w] of pairs) {
    let v = (doc - prev - 1) * 8 + [0, 1, 5, 10, 20, 100].indexOf(w), digits = String.fromCharCode(0x5f + (v % 32));
    while ((v = Math.floor(v / 32))) digits = String.fromCharCode(0x30 + (v % 32)) + digits;
    s += digits;
    prev = doc;
  }
  return s;
}

const WEIGHT = { name: 100, place: 20, kind: 10, domains: 10, summary: 5, body: 1 };
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // UTF-16 code units

/**
 * docs: [{name: [texts...], place, kind, region, domains: [...], summary, body, url}]
 * Returns {manifestUrl, files: Map(url -> JSON value)}. `limit` is the shard
 * size (bytes of JSON) above which a shard is split, `metaSize` the docs per
 * metadata chunk.
 */
export function buildIndex(normalize, docs, { lang = 'fr', limit = 6 * 1024, metaSize = 256, base = 'https://example.test/search/' + lang + '/' } = {}) {
  const postings = new Map(); // term -> Map(doc -> weight)
  const put = (term, doc, w) => {
    if (!postings.has(term)) postings.set(term, new Map());
    const m = postings.get(term);
    m.set(doc, Math.max(m.get(doc) ?? 0, w));
  };
  docs.forEach((d, id) => {
    for (const [field, w] of Object.entries(WEIGHT)) {
      const v = d[field];
      for (const text of [v ?? []].flat()) for (const t of normalize(text, lang)) put(t, id, w);
    }
    put(`kind:${d.kind}`, id, 1);
    if (d.region) put(`region:${d.region}`, id, 1);
    for (const dom of d.domains ?? []) put(`domain:${dom}`, id, 1);
  });
  const entries = [...postings.keys()].sort(cmp).map((t) => [t, encodePostings([...postings.get(t)].sort((a, b) => a[0] - b[0]))]);
  // shards: filter terms by their filter prefix, others by 1..4 characters, split while too big
  const shards = new Map();
  const place = (prefix, terms) => {
    const size = JSON.stringify({ terms }).length;
    if (size <= limit || [...prefix].length >= 4 || prefix.includes(':')) return shards.set(prefix, terms);
    const groups = new Map();
    for (const e of terms) {
      const k = [...e[0]].length > [...prefix].length ? [...e[0]].slice(0, [...prefix].length + 1).join('') : prefix;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(e);
    }
    for (const [k, ts] of groups) (k === prefix ? shards.set(k, ts) : place(k, ts));
  };
  const first = new Map();
  for (const e of entries) {
    const m = /^(kind|region|domain):/.exec(e[0]);
    const k = m ? m[0] : [...e[0]][0];
    if (!first.has(k)) first.set(k, []);
    first.get(k).push(e);
  }
  for (const [k, ts] of first) place(k, ts);
  const files = new Map();
  const manifest = { v: 2, lang, docs: docs.length, shards: {}, meta: [], meta_size: metaSize, facets: { kind: [], region: [], domain: [] } };
  for (const [k, terms] of [...shards].sort((a, b) => cmp(a[0], b[0]))) {
    const name = `t-${encodeURIComponent(k)}.0123456789.json`;
    manifest.shards[k] = name;
    files.set(base + name, { terms });
  }
  for (let n = 0; n * metaSize < docs.length; n++) {
    const name = `m-${n}.0123456789.json`;
    manifest.meta.push(name);
    files.set(base + name, {
      docs: docs.slice(n * metaSize, (n + 1) * metaSize).map((d) => [d.url, [d.name].flat()[0], d.kind, d.place ?? '', d.summary ?? '']),
    });
  }
  const facet = (key, values) => [...new Set(values)].sort().map((v) => [v, v.toUpperCase()]);
  manifest.facets.kind = facet('kind', docs.map((d) => d.kind));
  manifest.facets.region = facet('region', docs.map((d) => d.region).filter(Boolean));
  manifest.facets.domain = facet('domain', docs.flatMap((d) => d.domains ?? []));
  const manifestUrl = base + 'manifest.0123456789.json';
  files.set(manifestUrl, manifest);
  return { manifestUrl, files, manifest };
}

/** A fetch-like loader over `files` that records every URL asked for. */
export function stubGet(files) {
  const log = [];
  const get = async (url) => {
    log.push(url);
    if (!files.has(url)) throw new Error(`404 ${url}`);
    return structuredClone(files.get(url));
  };
  return { get, log };
}
