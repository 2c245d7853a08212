// The search client on a generated directory of 5,000 associations (the
// corpus of `nassij-generate`, seed 1; .ci/test builds it into
// target/browser-large/public): typed queries in each language find the
// expected records among thousands, a Latin name finds the record on the
// Arabic and Tifinagh sites, a region filter narrows the results, and a
// query fetches a few small index files, not the index.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, newPage, open, LARGE, assertLargeBuilt } from './lib.mjs';


let server;
let browser;

before(async () => {
  assertLargeBuilt();
  server = await serve(LARGE);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function searchPage(lang) {
  const page = await newPage(browser, { width: 320, height: 640 });
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', async (r) => {
    const u = new URL(r.url()).pathname;
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${u}`);
    if (u.startsWith('/search/')) requests.push({ path: u, bytes: (await r.body().catch(() => Buffer.alloc(0))).length });
  });
  await open(page, server.origin, `/${lang}/search/`);
  return { page, errors, requests };
}

const results = (page) => page.$$eval('#search-results li a', (as) => as.map((a) => new URL(a.href).pathname));
/** The number announced in the live region ("138 نتيجة", "138 résultats"...). */
const count = async (page) => Number((await page.$eval('#search-status', (e) => e.textContent)).replace(/[^0-9]/g, '') || 0);

async function type(page, text, match) {
  const q = page.locator('input[name=q]');
  await q.fill('');
  await q.pressSequentially(text, { delay: 10 });
  await page.waitForFunction((re) => [...document.querySelectorAll('#search-results li a')]
    .some((a) => new RegExp(re).test(new URL(a.href).pathname)), match.source);
  await page.waitForTimeout(300);
}

// 138 associations are named Tifawin in this corpus (seed 1), 34 of them
// with a Tifinagh name too (the generator gives one to about a fifth).
const CASES = [
  // [language, query, what every shown result matches, least count]
  ['ar', 'تيفاوين', /^\/ar\/associations\/tifawin-/, 100],
  ['ar', 'tifawin', /^\/ar\/associations\/tifawin-/, 100],
  ['fr', 'Tifawin', /^\/fr\/associations\/tifawin-/, 100],
  ['zgh', 'ⵜⵉⴼⴰⵡⵉⵏ', /^\/zgh\/associations\/tifawin-/, 30],
  ['zgh', 'tifawin', /^\/zgh\/associations\/tifawin-/, 100],
];

describe('a generated directory of 5,000 associations', () => {
  for (const [lang, query, re, least] of CASES) {
    test(`${lang}: «${query}» lists the Tifawin associations, 20 at a time`, { timeout: 60_000 }, async () => {
      const { page, errors, requests } = await searchPage(lang);
      try {
        await type(page, query, re);
        const shown = await results(page);
        assert.equal(shown.length, 20, `20 results shown: ${shown}`);
        for (const p of shown) assert.match(p, re);
        assert.ok(await count(page) >= least, `count ${await count(page)}`);
        const files = requests.filter((r) => !/manifest\./.test(r.path));
        assert.ok(files.length <= 12, `a query fetches a few index files: ${files.map((r) => r.path)}`);
        for (const f of files) assert.ok(f.bytes < 100_000, `${f.path} is ${f.bytes} bytes`);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('fr: a place name ranks the province\'s associations first; a region filter narrows', { timeout: 60_000 }, async () => {
    const { page, errors } = await searchPage('fr');
    try {
      await type(page, 'azilal', /^\/fr\/associations\/[a-z]+-azi-/);
      const shown = await results(page);
      assert.match(shown[0], /-azi-/);
      assert.ok(shown.filter((p) => /-azi-/.test(p)).length >= 15, String(shown));
      await type(page, 'association', /^\/fr\/associations\//);
      const all = await count(page);
      await page.click('details.filters > summary');
      await page.locator('select[name=region]').selectOption('MA-05');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('region') === 'MA-05');
      await page.waitForFunction((n) => {
        const c = Number(document.getElementById('search-status').textContent.replace(/[^0-9]/g, '') || 0);
        return c > 0 && c < n;
      }, all);
      const narrowed = await count(page);
      assert.ok(narrowed > 0 && narrowed < all / 5, `${narrowed} of ${all} in Béni Mellal-Khénifra`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
