// nassij search against Pagefind in real headless Chromium, on one built site
// (tests/bench/search/run.sh runs it once per corpus size).
//
//   node measure.mjs --site DIR/public --out FILE.json [--size N]
//
// 1. Bytes per query: for each language, a fresh browser context loads the
//    page (nassij: /{lang}/search/; Pagefind: /pagefind-bench-test/{lang}/,
//    a page of the same site with <html lang> that loads
//    /pagefind_bench/pagefind.js and calls pagefind.init()), then a first
//    query runs (nassij: the text put in the search box, the client runs it
//    and shows its results; Pagefind: `await pagefind.search(q)` and
//    `await result.data()` of the first 10 results; the data of results 11
//    to 20 is then loaded too and counted apart, since nassij shows 20 at a
//    time), then a second one on
//    the same page. Bytes are Chromium's own count (CDP
//    Network.loadingFinished encodedDataLength: what came over the wire,
//    headers included, gzip-compressed by the server when that is smaller,
//    the same rule for both tools), of the search files only: nassij's
//    search.*.js and /search/**; Pagefind's /pagefind_bench/**. The page
//    itself, its CSS and fonts are not counted. "first" counts everything
//    fetched from the page load to the first query's results (so the
//    manifest or pagefind.init() fetched at load is in it), "second" what
//    the second query added.
// 2. Spelling variants: each query of VARIANTS on a fresh page per engine;
//    found = the expected record is among the first 10 results (what both
//    show first); the rank is given either way.
import { createServer } from 'node:http';
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, contentType } from '../../browser/lib.mjs';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? a.concat([[v.slice(2), all[i + 1]]]) : a), []));
const SITE = path.resolve(args.site ?? '');
const OUT = args.out;
const PF_DIR = 'pagefind_bench';
const TEST_DIR = 'pagefind-bench-test';
if (!args.site || !OUT) {
  console.error('usage: node measure.mjs --site DIR/public --out FILE.json [--size N]');
  process.exit(2);
}

// Queries of the bytes table: first, then second, per language. Names and
// places of the generated corpus (the same records exist at every size:
// each record is drawn from its own seeded generator).
export const QUERIES = {
  ar: ['تيفاوين', 'جمعية الأمان أزيلال'],
  fr: ['association agadir', 'Al Fajr éducation'],
  zgh: ['ⵜⵉⴼⴰⵡⵉⵏ', 'azilal'],
};

// Spelling variants: [id, variant kind, language of the site, query, expected record].
// Each query names the record as a person would (name, domain, place), so
// that it stays specific at 50,000 associations, where a name and a province
// alone match a dozen records.
// Records (content/associations/SLUG.md of the generated corpus, seed 1):
//   alamane-azi-355  جمعية الأمان للثقافة الأمازيغية (أزيلال) | Association Al Amane pour la culture amazighe (Azilal)
//   alfajr-sil-756   جمعية الفجر للتربية والتعليم (سيدي سليمان) | Association Al Fajr pour l'éducation (Sidi Slimane)
//   alihsane-bem-719 جمعية الإحسان لحقوق المرأة (بني ملال) | Association Al Ihsane pour les droits des femmes (Béni Mellal)
//   alfajr-tet-528   جمعية الفجر لحقوق المرأة (تطوان) | Association Al Fajr pour les droits des femmes (Tétouan)
export const VARIANTS = [
  ['ar-exact', 'control: the name as written', 'ar', 'الأمان للثقافة الأمازيغية أزيلال', 'alamane-azi-355'],
  ['ar-hamza-a', 'hamza: أ typed ا', 'ar', 'الامان للثقافة الامازيغية ازيلال', 'alamane-azi-355'],
  ['ar-hamza-i', 'hamza: إ typed ا', 'ar', 'الاحسان لحقوق المرأة بني ملال', 'alihsane-bem-719'],
  ['ar-hamza-extra', 'hamza: ا typed أ', 'ar', 'الفجر للتربية والتعليم سيدي سليمأن', 'alfajr-sil-756'],
  ['ar-teh', 'teh marbuta: ة typed ه', 'ar', 'الأمان للثقافه الأمازيغيه أزيلال', 'alamane-azi-355'],
  ['ar-maksura', 'alef maksura: final ي typed ى', 'ar', 'الفجر للتربية سيدى سليمان', 'alfajr-sil-756'],
  ['ar-harakat', 'diacritics (harakat)', 'ar', 'الفَجْر لِلتَّرْبِيَة سِيدِي سُلَيْمَان', 'alfajr-sil-756'],
  ['ar-tatweel', 'tatweel', 'ar', 'الفجـــر للتربيـة سيدي سليمـان', 'alfajr-sil-756'],
  ['ar-no-article', 'article/prefix dropped: الفجر typed فجر', 'ar', 'فجر تربية سيدي سليمان', 'alfajr-sil-756'],
  ['ar-latin', 'Latin name on the Arabic site', 'ar', 'al fajr education sidi slimane', 'alfajr-sil-756'],
  ['ar-latin-2', 'Latin name on the Arabic site, no accent', 'ar', 'al ihsane droits femmes beni mellal', 'alihsane-bem-719'],
  ['fr-exact', 'control: the name as written', 'fr', 'Al Fajr pour les droits des femmes Tétouan', 'alfajr-tet-528'],
  ['fr-accent', 'accents dropped', 'fr', 'al fajr femmes tetouan', 'alfajr-tet-528'],
  ['fr-accent-2', 'accents dropped (éducation)', 'fr', 'al fajr education sidi slimane', 'alfajr-sil-756'],
  ['fr-case', 'upper case', 'fr', 'AL AMANE CULTURE AZILAL', 'alamane-azi-355'],
  ['fr-elision-text', "elision in the text (l'éducation), not in the query", 'fr', 'Al Fajr éducation Sidi Slimane', 'alfajr-sil-756'],
  ['fr-elision-query', "elision in the query (l'association)", 'fr', "l'association al amane culture azilal", 'alamane-azi-355'],
  ['fr-elision-curly', 'typographic apostrophe (l’éducation)', 'fr', 'Al Fajr l’éducation Sidi Slimane', 'alfajr-sil-756'],
  ['fr-plural', 'singular for plural (droit femme)', 'fr', 'al ihsane droit femme beni mellal', 'alihsane-bem-719'],
  ['fr-arabic', 'Arabic name on the French site', 'fr', 'الفجر للتربية سيدي سليمان', 'alfajr-sil-756'],
  ['zgh-latin', 'Latin name on the Tifinagh site', 'zgh', 'al fajr education sidi slimane', 'alfajr-sil-756'],
];

// --- static server: gzip when the client accepts it and it is smaller (both tools alike)
const gz = new Map();
async function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(SITE, '.' + path.posix.normalize('/' + rel));
  if (file !== SITE && !file.startsWith(SITE + path.sep)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory() && (await stat(path.join(file, 'index.html'))).isFile()) return path.join(file, 'index.html');
  } catch {
    /* missing */
  }
  return null;
}
async function serve() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let file = await resolveFile(url.pathname);
      let status = 200;
      if (!file) {
        status = 404;
        file = path.join(SITE, '404.html');
      }
      let body = await readFile(file);
      const headers = { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let z = gz.get(file);
        if (!z) gz.set(file, (z = gzipSync(body, { level: 6 })));
        if (z.length < body.length) {
          body = z;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise((ok, ko) => server.once('error', ko).listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// --- the Pagefind test pages, one per language, in the same site
const DIRS = { ar: 'rtl', fr: 'ltr', zgh: 'ltr' };
async function writeTestPages() {
  for (const lang of Object.keys(DIRS)) {
    await mkdir(path.join(SITE, TEST_DIR, lang), { recursive: true });
    await writeFile(path.join(SITE, TEST_DIR, lang, 'index.html'), `<!doctype html>
<html lang="${lang}" dir="${DIRS[lang]}">
<head><meta charset="utf-8"><title>Pagefind ${lang}</title>
<script type="module">
const pagefind = await import('/${PF_DIR}/pagefind.js');
await pagefind.options({ bundlePath: '/${PF_DIR}/' });
await pagefind.init();
globalThis.pf = pagefind;
// the same work as nassij showing the results: search, then the data of the first 10
globalThis.pfQuery = async (q, n = 10, from = 0) => {
  const r = await pagefind.search(q);
  const data = await Promise.all(r.results.slice(from, n).map((x) => x.data()));
  return { count: r.results.length, urls: data.map((d) => new URL(d.url, location.href).pathname) };
};
document.documentElement.dataset.ready = '1';
</script></head>
<body><p>Pagefind test page (tests/bench/search)</p></body></html>
`);
  }
}

// --- the browser
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });

/** A fresh context and page with a CDP network log: {page, log, quiet()}. */
async function tracedPage() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  // Playwright's network events cover the page and its dedicated workers
  // (Pagefind searches in a Web Worker); request.sizes() is Chromium's
  // count of the bytes on the wire (CDP encodedDataLength: headers + the
  // body as transferred, i.e. compressed).
  const inflight = new Set();
  const log = [];
  let phase = 'load';
  let last = Date.now();
  context.on('request', (r) => {
    inflight.add(r);
    last = Date.now();
  });
  context.on('requestfinished', async (r) => {
    const p = phase;
    const entry = { phase: p, url: new URL(r.url()).pathname, bytes: 0 };
    log.push(entry);
    try {
      const s = await r.sizes();
      entry.bytes = s.responseHeadersSize + s.responseBodySize;
      entry.body = s.responseBodySize;
    } catch (e) {
      entry.error = String(e);
    }
    inflight.delete(r);
    last = Date.now();
  });
  context.on('requestfailed', (r) => {
    log.push({ phase, url: new URL(r.url()).pathname, bytes: 0, failed: r.failure()?.errorText });
    inflight.delete(r);
    last = Date.now();
  });
  return {
    page,
    log,
    setPhase: (p) => (phase = p),
    // no request in flight for `ms`
    quiet: async (ms = 400, timeout = 60_000) => {
      const t0 = Date.now();
      while (inflight.size || Date.now() - last < ms) {
        if (Date.now() - t0 > timeout) throw new Error(`network not quiet after ${timeout} ms: ${[...inflight].map((r) => r.url())}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => context.close(),
  };
}

const isSearchFile = {
  nassij: (u) => u.startsWith('/search/') || /^\/static\/js\/search\.[0-9a-f]+\.js$/.test(u),
  pagefind: (u) => u.startsWith(`/${PF_DIR}/`),
};

/** nassij: puts q in the search box and waits for the client's answer; -> {count, urls (all shown, 20 a page, up to `pages` pages)}. */
async function nassijQuery(page, q, pages = 1) {
  const input = page.locator('input[name=q]');
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('#search-results li') && !document.getElementById('search-status').textContent.trim());
  await input.fill(q);
  await page.waitForFunction(() => document.getElementById('search-status').textContent.trim() !== '');
  const shown = async () => page.$$eval('#search-results li h2 a', (as) => as.map((a) => new URL(a.href).pathname));
  for (let i = 1; i < pages && (await page.$('#search-results .more button')); i++) {
    const n = (await shown()).length;
    await page.click('#search-results .more button');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, n);
  }
  const status = await page.$eval('#search-status', (e) => e.textContent.trim());
  const none = await page.$eval('#search-status', (e) => e.textContent.trim() === (e.getAttribute('data-i18n-none') ?? '').trim());
  const m = status.replace(/[\u0660-\u0669]/g, (c) => c.charCodeAt(0) - 0x660).replace(/[^\d]/g, '');
  const urls = await shown();
  // "نتيجتان" (two results, Arabic dual) has no digit: then the list is the count
  const count = none ? 0 : m ? Number(m) : (await page.$('#search-results .more button')) ? NaN : urls.length;
  return { count, urls, status };
}

async function openNassij(t, origin, lang) {
  await t.page.goto(`${origin}/${lang}/search/`, { waitUntil: 'load' });
  // the client fetched its manifest and filled the filters
  await t.page.waitForFunction(() => document.querySelector('select[name=region]')?.options.length > 1);
}
async function openPagefind(t, origin, lang) {
  await t.page.goto(`${origin}/${TEST_DIR}/${lang}/`, { waitUntil: 'load' });
  await t.page.waitForFunction(() => document.documentElement.dataset.ready === '1');
}

const sum = (log, engine, phases) => log.filter((e) => phases.includes(e.phase) && isSearchFile[engine](e.url)).reduce((a, e) => a + e.bytes, 0);
const files = (log, engine, phases) => log.filter((e) => phases.includes(e.phase) && isSearchFile[engine](e.url)).map((e) => `${e.url} ${e.bytes}`);

async function bytesFor(engine, origin, lang) {
  const t = await tracedPage();
  try {
    const errors = [];
    t.page.on('pageerror', (e) => errors.push(String(e)));
    if (engine === 'nassij') await openNassij(t, origin, lang);
    else await openPagefind(t, origin, lang);
    await t.quiet();
    const answers = [];
    for (const [i, q] of QUERIES[lang].entries()) {
      t.setPhase(`q${i + 1}`);
      const a = engine === 'nassij' ? await nassijQuery(t.page, q) : await t.page.evaluate((q) => globalThis.pfQuery(q), q);
      await t.quiet();
      if (engine === 'pagefind') {
        // results 11 to 20 as well (nassij shows 20 at a time): counted apart
        t.setPhase(`q${i + 1}x`);
        await t.page.evaluate((q) => globalThis.pfQuery(q, 20, 10), q);
        await t.quiet();
      }
      answers.push({ q, count: a.count, status: a.status, shown: a.urls.length, top: a.urls.slice(0, 3) });
    }
    const out = {
      engine,
      lang,
      load: sum(t.log, engine, ['load']),
      first: sum(t.log, engine, ['load', 'q1']),
      second: sum(t.log, engine, ['q2']),
      // Pagefind with the data of 20 results, as many as nassij shows
      first20: sum(t.log, engine, ['load', 'q1', 'q1x']),
      second20: sum(t.log, engine, ['q2', 'q2x']),
      requests: {
        first: files(t.log, engine, ['load', 'q1']),
        second: files(t.log, engine, ['q2']),
      },
      answers,
      errors,
    };
    if (errors.length) console.error(`${engine} ${lang}: page errors: ${errors}`);
    return out;
  } finally {
    await t.close();
  }
}

async function variant(engine, origin, [id, kind, lang, q, slug]) {
  const t = await tracedPage();
  const expect = `/${lang}/associations/${slug}/`;
  try {
    let urls;
    let count;
    if (engine === 'nassij') {
      await openNassij(t, origin, lang);
      ({ urls, count } = await nassijQuery(t.page, q, 10));
    } else {
      await openPagefind(t, origin, lang);
      ({ urls, count } = await t.page.evaluate((q) => globalThis.pfQuery(q, 200), q));
    }
    const rank = urls.indexOf(expect) + 1;
    return { id, engine, count, rank, found: rank >= 1 && rank <= 10 };
  } finally {
    await t.close();
  }
}

const { server, origin } = await serve();
try {
  await writeTestPages();
  for (const [, , lang, , slug] of VARIANTS) {
    if (!(await resolveFile(`/${lang}/associations/${slug}/`))) throw new Error(`the variant set expects /${lang}/associations/${slug}/, missing from ${SITE}`);
  }
  const result = { size: Number(args.size) || null, queries: QUERIES, bytes: [], variants: [], variantSet: VARIANTS };
  for (const lang of Object.keys(QUERIES)) {
    for (const engine of ['nassij', 'pagefind']) {
      const b = await bytesFor(engine, origin, lang);
      console.error(`bytes ${engine} ${lang}: first ${b.first} (load ${b.load}), second ${b.second}; ${b.answers.map((a) => `"${a.q}" ${a.count}`).join(', ')}`);
      result.bytes.push(b);
    }
  }
  for (const v of VARIANTS) {
    for (const engine of ['nassij', 'pagefind']) {
      const r = await variant(engine, origin, v);
      console.error(`variant ${v[0]} ${engine}: ${r.found ? 'found' : 'MISSED'} (rank ${r.rank || '-'} of ${r.count})`);
      result.variants.push(r);
    }
  }
  await writeFile(OUT, JSON.stringify(result, null, 1));
} finally {
  await browser.close();
  server.closeAllConnections?.();
  server.close();
}
