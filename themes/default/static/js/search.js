/* nassij search client: progressive enhancement of the plain search form.
   Normalization, index files and query: src/search/FORMAT.md (v2).
   Loaded with <script defer>; no inline script, no global, no style.

   DOM contract (search.html):
   <form data-search-manifest="URL of manifest.HASH.json" action method=get>
     <input name=q>                      the query
     <select name=kind|region|province|domain|audience>     optional filters; first option value=""
                                          ("any"); if it is the only option, the
                                          others come from the manifest's facets
   <p id=search-status role=status        count, announced (polite live region)
      data-i18n-none="…"                  no result
      data-i18n-count-other="{n} …"       and -zero -one -two -few -many as the
                                          language has them ({n}: the count)
      data-i18n-more="…"                  button showing 20 more
      data-i18n-short="…"                 (optional) type more letters
      data-i18n-error="…"                 (optional) index could not load
      data-group=" ">                     (optional) thousands separator
   <div id=search-results>                receives
     <ol class=cards><li class=card><h2><a href>title</a></h2>
       <p class=meta><span class=kind>kind</span> <span class=place>place</span></p>
       <p>summary</p></li>…</ol><p class=more><button type=button>…</button></p>
      data-plural="oxxx…"                 plural category of the counts 0-199
   The URL keeps ?q=&kind=&region=&domain=. */
(root => {
  'use strict';
  const AR = '\u0622\u0623\u0625\u0671\u0649\u0629\u0624\u0626\u06cc\u06a9',
    AR_TO = '\u0627\u0627\u0627\u0627\u064a\u0647\u0648\u064a\u064a\u0643',
    LIG = { '\u0153': 'oe', '\u00e6': 'ae', '\u00df': 'ss' },
    PRE = ['\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0644\u0644', '\u0627\u0644'],
    SUF = ['\u0647\u0627', '\u0627\u0646', '\u0627\u062a', '\u0648\u0646', '\u064a\u0646', '\u064a\u0647', '\u0647', '\u064a'],
    ARABIC = /[\u0600-\u06ff]/,
    len = t => [...t].length,
    latin = t => /[a-z]/.test(t) && !ARABIC.test(t);

  // FORMAT.md step 8: light stemming of one token, by script
  const stem = t => {
    const n = len(t);
    if (ARABIC.test(t)) {
      if (t[0] == '\u0648' && n >= 4) t = t.slice(1);
      const p = PRE.find(p => t.startsWith(p));
      if (p && len(t) - p.length >= 2) t = t.slice(p.length);
      for (const s of SUF) if (t.endsWith(s) && len(t) - s.length >= 2) t = t.slice(0, -s.length);
    } else if (latin(t)) {
      if (n >= 5 && t.endsWith('aux')) t = t.slice(0, -3) + 'al';
      else if (n >= 4 && /[sx]$/.test(t)) t = t.slice(0, -1);
    }
    return t;
  };

  // FORMAT.md normalize(text, lang) -> [token] (no per-language rule yet)
  const normalize = text => {
    const s = String(text).normalize('NFKC')
      .replace(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069\u0640\u2d7f]/g, '').toLowerCase()
      .replace(/[\u0622-\u0626\u0629\u0649\u0671\u06a9\u06cc]/g, c => AR_TO[AR.indexOf(c)])
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, c => c.charCodeAt(0) % 16)
      .normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g, '')
      .replace(/[\u0153\u00e6\u00df]/g, c => LIG[c]);
    const re = /[\p{L}\p{N}\u2d6f]+/gu, out = [];
    for (let m, t; (m = re.exec(s));) {
      // step 3, elisions: the word followed by an apostrophe
      if (/^([ldjmnstc]|qu|jusqu|lorsqu|puisqu)$/.test(m[0]) && /['\u2019]/.test(s[re.lastIndex])) continue;
      t = stem(m[0]);
      if (len(t) > 1 || /\p{N}/u.test(t)) out.push(t);
    }
    return out;
  };

  // FORMAT.md "Postings": a term's string -> [doc, weight, doc, weight, ...];
  // per posting (doc - previous doc - 1) * 8 + weight code, in base 32, the
  // last digit 0x5f + d, the others 0x30 + d
  const W = [0, 1, 5, 10, 20, 100];
  const postings = s => {
    const p = [];
    for (let i = 0, d = -1, v = 0, c; i < s.length; i++) {
      c = s.charCodeAt(i);
      if (c < 95) v = v * 32 + c - 48;
      else { v = v * 32 + c - 95; d += Math.floor(v / 8) + 1; p.push(d, W[v % 8]); v = 0; }
    }
    return p;
  };

  // at most one edit: insertion, deletion, substitution, adjacent transposition
  const ed1 = (a, b) => {
    const d = a.length - b.length;
    let i = 0;
    if (d * d > 1) return false;
    while (i < a.length && a[i] == b[i]) i++;
    return d > 0 ? a.slice(i + 1) == b.slice(i) : d < 0 ? a.slice(i) == b.slice(i + 1)
      : a.slice(i + 1) == b.slice(i + 1) || (a[i] == b[i + 1] && a[i + 1] == b[i] && a.slice(i + 2) == b.slice(i + 2));
  };

  // The index of one language; get(url) -> Promise of the parsed JSON.
  const Engine = (url, get) => {
    const cache = {};
    const load = f => {
      const u = new URL(f, url).href;
      return cache[u] || (cache[u] = get(u).catch(e => { delete cache[u]; throw e; }));
    };
    // the shard files of term t: the longest prefix of t, and for a prefix
    // query the (at most 8) longer prefixes that start with t; null: too many
    const shards = (m, t, prefix) => {
      let best = '', more = [];
      for (const k in m.shards) {
        if (k.length > best.length && t.startsWith(k)) best = k;
        else if (prefix && k.length > t.length && k.startsWith(t) && !k.includes(':')) more.push(k);
      }
      if (more.length > 8) return null;
      if (best) more.push(best);
      return Promise.all(more.map(k => load(m.shards[k])));
    };
    // docs of token t: Map doc -> score (weight x10 exact, x8 prefix, x5 typo)
    const match = (files, t, prefix, filter) => {
      const hits = new Map();
      const add = (s, f) => { const p = postings(s); for (let i = 0; i < p.length; i += 2) hits.set(p[i], Math.max(hits.get(p[i]) || 0, p[i + 1] * f)); };
      for (const { terms } of files) {
        let lo = 0, hi = terms.length, m, e;
        while (lo < hi) { m = (lo + hi) >> 1; if (terms[m][0] < t) lo = m + 1; else hi = m; }
        for (; (e = terms[lo]) && e[0].startsWith(t) && (prefix || e[0] == t); lo++) add(e[1], e[0] == t ? 10 : 8);
      }
      if (!hits.size && !filter && latin(t) && len(t) >= 5) for (const { terms } of files) for (const [w, p] of terms) if (ed1(t, w)) add(p, 5);
      return hits;
    };
    const engine = {
      manifest: () => engine.m || (engine.m = load(url).catch(e => { engine.m = null; throw e; })),
      // -> {ids: [doc, ...] best first}, {short: true} (more letters needed) or null (nothing asked)
      async query(q, filters = {}) {
        const m = await engine.manifest(), toks = normalize(q), last = toks.length - 1;
        const f = Object.keys(filters).filter(k => filters[k]).map(k => k + ':' + filters[k]);
        const files = toks.map((t, i) => shards(m, t, i == last)).concat(f.map(t => shards(m, t)));
        if (!files.length) return null;
        if (files.includes(null)) return { short: true };
        let res;
        (await Promise.all(files)).forEach((fs, i) => {
          const next = new Map();
          match(fs, toks[i] || f[i - last - 1], i == last, i > last).forEach((s, d) => {
            if (!res || res.has(d)) next.set(d, (res ? res.get(d) : 0) + (i > last ? 0 : s));
          });
          res = next;
        });
        return { ids: [...res].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(e => e[0]) };
      },
      // metadata [url, title, kind, place, summary(, title lang, summary lang)] of docs
      async meta(ids) {
        const m = await engine.manifest();
        return Promise.all(ids.map(async d => (await load(m.meta[Math.floor(d / m.meta_size)])).docs[d % m.meta_size]));
      },
    };
    return engine;
  };

  if (root.__nassijSearchTest) return void (root.__nassijSearchTest = { normalize, stem, ed1, postings, Engine });

  const doc = root.document, form = doc.querySelector('form[data-search-manifest]');
  if (!form) return;
  const input = form.elements.q,
    status = doc.getElementById('search-status'),
    results = doc.getElementById('search-results'),
    selects = ['kind', 'region', 'province', 'domain', 'audience'].map(name => form.elements[name]).filter(Boolean),
    params = new URLSearchParams(location.search),
    kindLabels = {},
    message = key => status.getAttribute('data-i18n-' + key) || '',
    element = (tag, parent, text, className) => {
      const node = parent.appendChild(doc.createElement(tag));
      if (text) node.textContent = text;
      if (className) node.className = className;
      return node;
    },
    manifestUrl = new URL(form.getAttribute('data-search-manifest'), location.href),
    // the site's folder on its host ('' at the root of the domain, '/portal'
    // on https://org.github.io/portal/): the manifest is {base}/search/{lang}/…
    // and the results' URLs are root-relative
    base = manifestUrl.pathname.replace(/\/search\/[^/]*\/[^/]*$/, ''),
    engine = Engine(manifestUrl.href,
      url => fetch(url).then(response => {
        if (!response.ok) throw Error(response.status);
        return response.json();
      }));
  // latest: the number of the newest query; an older one's answer is dropped
  let latest = 0, timer, ids = [], shown = 0, list;
  if (params.has('q')) input.value = params.get('q');

  // The plural category of a count, from the page's table (data-plural:
  // one letter for each count 0-199, made by the site's own rules; from
  // 200 on, the categories of 100-199 repeat).
  const CATEGORY = { z: 'zero', o: 'one', t: 'two', f: 'few', m: 'many', x: 'other' };
  const pluralTable = status.getAttribute('data-plural') || '';
  const category = n => CATEGORY[pluralTable[n < 200 ? n : 100 + (n % 100)]] || 'other';
  const announce = count => {
    const group = status.getAttribute('data-group') || '';
    status.textContent = count
      ? (message('count-' + category(count)) || message('count-other'))
        .replace('{n}', String(count).replace(/\B(?=(\d{3})+$)/g, group))
      : message('none');
  };
  // shows the next 20 results (after clearing the list when `reset`);
  // `focus`: the first new link gets the focus (the "more" button)
  const more = async (query, reset, focus) => {
    const part = ids.slice(shown, shown + 20), docs = await engine.meta(part);
    let first;
    if (query != latest) return;
    if (reset) { results.textContent = ''; list = element('ol', results, '', 'cards'); }
    shown += part.length;
    // a doc's metadata: [url, title, kind, place, summary(, title's
    // language, summary's language: those of a fallback text, or '')]
    const dirs = (await engine.manifest()).dirs || {};
    // a fallback text's block takes its language and direction (Arabic set
    // right in a zgh list)
    const mark = (el, lang) => { if (lang) { el.lang = lang; el.dir = dirs[lang] || 'auto'; } return el; };
    for (const meta of docs) {
      if (!meta) continue;
      const card = element('li', list, '', 'card'),
        link = element('a', mark(element('h2', card), meta[5]), meta[1]),
        line = element('p', card, '', 'meta');
      link.href = base + meta[0];
      first = first || link;
      if (kindLabels[meta[2]]) element('span', line, kindLabels[meta[2]], 'kind');
      if (meta[3]) { line.append(' '); element('span', line, meta[3], 'place'); }
      if (meta[4]) mark(element('p', card, meta[4]), meta[6]);
    }
    results.querySelector('.more')?.remove();
    if (shown < ids.length) {
      const button = element('button', element('p', results, '', 'more'), message('more'));
      button.type = 'button';
      button.onclick = () => more(latest, false, true);
    }
    if (focus) first?.focus();
  };
  const run = async () => {
    const query = ++latest, url = new URLSearchParams(), filters = {};
    let search;
    clearTimeout(timer);
    if (input.value.trim()) url.set('q', input.value.trim());
    for (const select of selects) if ((filters[select.name] = select.value)) url.set(select.name, select.value);
    history.replaceState(history.state, '', location.pathname + ((search = String(url)) ? '?' + search : '') + location.hash);
    try {
      const answer = await engine.query(input.value, filters);
      ids = answer && answer.ids || [];
      shown = 0;
      if (!answer || answer.short) {
        if (query == latest) { results.textContent = ''; status.textContent = answer ? message('short') : ''; }
        return;
      }
      await more(query, true);
      if (query == latest) announce(ids.length);
    } catch (e) {
      if (query == latest) status.textContent = message('error');
    }
  };

  engine.manifest().then(manifest => {
    const facets = manifest.facets || {};
    for (const select of selects) {
      if (select.options.length < 2) for (const [key, label] of facets[select.name] || []) select.add(new Option(label, key));
      if (params.get(select.name)) select.value = params.get(select.name);
    }
    for (const [key, label] of facets.kind || []) kindLabels[key] = label;
    for (const option of form.elements.kind?.options || []) if (option.value) kindLabels[option.value] = option.text;
    if (input.value || selects.some(select => select.value)) run();
  }, () => { status.textContent = message('error'); });
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener('submit', event => { event.preventDefault(); run(); });
  input.addEventListener('keydown', event => {
    if (event.key == 'Escape' && input.value) { event.preventDefault(); input.value = ''; run(); }
  });
})(globalThis);
