// The search client (themes/default/static/js/search.js) in real headless
// Chromium over the built example site and its Rust-built indexes: queries
// typed in each language find the expected records, filters narrow them, the
// URL keeps the search, the keyboard works, Arabic is right to left, and a
// query downloads only the index files it needs.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE, newPage, open, openSite, closeAll } from './lib.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await openSite({ width: 0 })));
after(() => closeAll(browser, server));

/** A 320 px page on /{lang}/search/{suffix}, with the search client running; `errors` collects script errors. */
async function searchPage(lang, suffix = '') {
  const page = await newPage(browser, { width: 320, height: 640 });
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await open(page, server.origin, `/${lang}/search/${suffix}`);
  const contract = await page.evaluate(() => ({
    form: !!document.querySelector('form[data-search-manifest] input[name=q]'),
    status: !!document.getElementById('search-status'),
    results: !!document.getElementById('search-results'),
    script: [...document.scripts].some((s) => /\/js\/search\.[0-9a-f]+\.js$/.test(s.src) && s.defer),
  }));
  assert.deepEqual(contract, { form: true, status: true, results: true, script: true },
    `/${lang}/search/ lacks the DOM contract of search.js (form[data-search-manifest] with input[name=q], #search-status, #search-results, <script defer> of assets['js/search.js'])`);
  return { page, errors, requests };
}

const results = (page) => page.$$eval('#search-results li a', (as) => as.map((a) => new URL(a.href).pathname));
const status = (page) => page.$eval('#search-status', (e) => e.textContent.trim());

/** Types `text` key by key into an empty search box, then waits for `expect`: a result path, or 'none' for the no-result message. */
async function type(page, text, expect) {
  const q = page.locator('input[name=q]');
  await q.fill('');
  await q.pressSequentially(text, { delay: 15 });
  if (expect === 'none') {
    await page.waitForFunction(() => {
      const s = document.getElementById('search-status');
      return !document.querySelector('#search-results li') && s.textContent.trim() === (s.getAttribute('data-i18n-none') ?? '').trim() && s.textContent.trim() !== '';
    });
  } else {
    await page.waitForSelector(`#search-results li a[href="${expect}"]`);
  }
  await page.waitForTimeout(250); // a last debounced keystroke, if any, has landed
}

const CASES = {
  ar: [
    ['تيفاوين', '/ar/associations/tifawin/'],
    ['tifawin', '/ar/associations/tifawin/'],
    ['الجمعيات', '/ar/associations/tifawin/'],
    ['امل', '/ar/associations/amal-fes/'],
    ['أمل', '/ar/associations/amal-fes/'],
    ['جمعية تيفا', '/ar/associations/tifawin/'],
  ],
  fr: [
    ['agadir', '/fr/programmes/formation-professionnelle-associations/'],
    ["l'association", '/fr/associations/tifawin/'],
    ['associatons', '/fr/associations/tifawin/'],
    ['femmes', '/fr/associations/tilelli-chichaoua/'],
    ['Tifawin', '/fr/associations/tifawin/'],
  ],
  zgh: [
    ['ⵜⵉⴼⴰⵡⵉⵏ', '/zgh/associations/tifawin/'],
    ['ⵜⵉⴼⴰ', '/zgh/associations/tifawin/'],
    ['tifawin', '/zgh/associations/tifawin/'],
    // the Tifinagh name ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ typed in Latin letters, IRCAM's
    // spelling and the French-based one (index-only variants, FORMAT.md)
    ['tamunt tifawin', '/zgh/associations/tifawin/'],
    ['tamount tifawin', '/zgh/associations/tifawin/'],
  ],
};

describe('queries typed in each language find the expected records', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    test(`${lang}: ${cases.map((c) => c[0]).join(', ')}`, { timeout: 120_000 }, async () => {
      const { page, errors } = await searchPage(lang);
      try {
        for (const [q, expect] of cases) {
          await type(page, q, expect);
          const found = await results(page);
          assert.ok(found.length > 0, `${lang} "${q}": no result`);
          assert.ok(found.every((u) => u.startsWith(`/${lang}/`)), `${lang} "${q}": results in another language: ${found}`);
          if (expect) assert.ok(found.includes(expect), `${lang} "${q}": ${expect} not in ${found}`);
          // the live region announces a count that matches the results
          const s = await status(page);
          assert.ok(s.length > 0, `${lang} "${q}": empty status`);
          // the count's message is chosen by the site's plural rules, given
          // to the client as the page's table (data-plural), not by its own
          const [shown, wanted] = await page.$eval('#search-status', (el) => {
            // the count, or (a message without number: "نتيجتان", two
            // results) the results shown, all of them then
            const digits = el.textContent.match(/[0-9]+/);
            const n = digits ? Number(digits[0]) : document.querySelectorAll('#search-results li').length;
            const letter = el.dataset.plural[n < 200 ? n : 100 + (n % 100)];
            const cat = { z: 'zero', o: 'one', t: 'two', f: 'few', m: 'many', x: 'other' }[letter];
            const text = el.getAttribute(`data-i18n-count-${cat}`) || el.getAttribute('data-i18n-count-other');
            return [el.textContent, text.replace('{n}', String(n))];
          });
          assert.equal(shown, wanted, `${lang} "${q}": count message`);
          const count = await page.$$eval('#search-results li', (l) => l.length);
          assert.ok(count <= 20, 'at most 20 results at a time');
        }
        // a name match comes first
        await type(page, CASES[lang][0][0], CASES[lang][0][1]);
        assert.equal((await results(page))[0], CASES[lang][0][1]);
        assert.deepEqual(errors, []);
      } finally {
        await page.context().close();
      }
    });
  }

  test('ar: a query without match says so', { timeout: 60_000 }, async () => {
    const { page } = await searchPage('ar');
    try {
      await type(page, 'zzzzqqqq', 'none');
      assert.deepEqual(await results(page), []);
    } finally {
      await page.context().close();
    }
  });
});

describe('filters, URL, keyboard, direction', () => {
  test('fr: filters narrow the results and stay in the URL', { timeout: 120_000 }, async () => {
    const { page, errors } = await searchPage('fr');
    try {
      await type(page, 'associations', '/fr/associations/tifawin/');
      const all = await results(page);
      // The filters are folded under the search box (issue 14): open them.
      await page.click('details.filters > summary');
      const kind = page.locator('select[name=kind]');
      assert.ok(await kind.count(), 'a kind filter');
      await kind.selectOption('programme');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('kind') === 'programme'
        && [...document.querySelectorAll('#search-results li a')].every((a) => a.pathname.startsWith('/fr/programmes/')));
      await page.waitForTimeout(300);
      const programmes = await results(page);
      assert.ok(programmes.length > 0 && programmes.length < all.length, `${programmes.length} programmes of ${all.length}`);
      assert.ok(programmes.every((u) => u.startsWith('/fr/programmes/')), String(programmes));
      const region = page.locator('select[name=region]');
      assert.ok(await region.count(), 'a region filter');
      await region.selectOption('MA-03');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('region') === 'MA-03');
      await page.waitForTimeout(400);
      const fes = await results(page);
      assert.ok(fes.length > 0 && fes.length <= programmes.length, `${fes.length} of ${programmes.length}`);
      assert.ok(fes.includes('/fr/programmes/nassij-fes-meknes/'), String(fes));
      assert.ok(!fes.includes('/fr/programmes/nassij-souss-massa/'), String(fes));
      // the same search opened from its URL
      const link = new URL(page.url());
      assert.equal(link.searchParams.get('q'), 'associations');
      const again = await searchPage('fr', link.search);
      try {
        await again.page.waitForSelector('#search-results li a');
        await again.page.waitForTimeout(300);
        assert.equal(await again.page.inputValue('input[name=q]'), 'associations');
        assert.equal(await again.page.inputValue('select[name=kind]'), 'programme');
        assert.deepEqual(await results(again.page), fes);
      } finally {
        await again.page.context().close();
      }
      // a filter alone lists its records
      await page.locator('input[name=q]').fill('');
      await region.selectOption('MA-09');
      await kind.selectOption('association');
      await page.waitForSelector('#search-results li a[href="/fr/associations/tifawin/"]');
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });

  test('fr: the keyboard reaches a result with Tab, Enter follows it, Escape clears', { timeout: 60_000 }, async () => {
    const { page } = await searchPage('fr');
    try {
      await type(page, 'tifawin', '/fr/associations/tifawin/');
      await page.focus('input[name=q]');
      let onResult = null;
      for (let i = 0; i < 12 && !onResult; i++) {
        await page.keyboard.press('Tab');
        onResult = await page.evaluate(() => document.activeElement?.closest('#search-results a')?.getAttribute('href') ?? null);
      }
      assert.equal(onResult, '/fr/associations/tifawin/', 'Tab reaches the first result');
      // the focused link is visible (not clipped off a 320 px screen)
      const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
      assert.ok(box.width > 0 && box.left >= 0 && box.right <= 320.5, JSON.stringify(box));
      await Promise.all([page.waitForURL('**/fr/associations/tifawin/'), page.keyboard.press('Enter')]);
      await page.goBack();
      await page.waitForSelector('input[name=q]');
      await page.fill('input[name=q]', 'tifawin');
      await page.press('input[name=q]', 'Enter'); // the form's submit, handled in place
      await page.waitForSelector('#search-results li a[href="/fr/associations/tifawin/"]');
      assert.ok(page.url().includes('/fr/search/'), 'submitting stays on the page');
      await page.press('input[name=q]', 'Escape');
      await page.waitForFunction(() => !document.querySelector('#search-results li'));
      assert.equal(await page.inputValue('input[name=q]'), '');
      assert.equal(new URL(page.url()).searchParams.get('q'), null);
      assert.equal(await page.evaluate(() => document.activeElement?.name), 'q', 'focus stays in the box');
    } finally {
      await page.context().close();
    }
  });

  test('ar: right to left, announced in a live region, 20 at a time with a "more" button, no overflow at 320 px', { timeout: 60_000 }, async () => {
    const { page, errors } = await searchPage('ar');
    try {
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      const live = await page.$eval('#search-status', (e) => e.getAttribute('role') === 'status' || e.getAttribute('aria-live') === 'polite');
      assert.ok(live, '#search-status is a polite live region (role=status or aria-live=polite)');
      await type(page, 'الجمعيات', '/ar/associations/tifawin/');
      assert.equal(await page.$eval('#search-results', (e) => getComputedStyle(e).direction), 'rtl');
      const first = await results(page);
      assert.equal(first.length, 20);
      const more = page.locator('#search-results button');
      assert.equal(await more.count(), 1, 'a "more" button');
      await more.click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 20);
      const all = await results(page);
      assert.deepEqual(all.slice(0, 20), first);
      assert.equal(new Set(all).size, all.length, 'no duplicate');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), all[20], 'focus on the first new result');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than 320 px`);
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });
});

test('a query downloads the manifest, then only the shards and metadata it needs', { timeout: 60_000 }, async () => {
  const files = readdirSync(path.join(SITE, 'search', 'fr'));
  const { page, requests } = await searchPage('fr');
  try {
    await type(page, 'tifawin', '/fr/associations/tifawin/');
    const index = requests.filter((u) => u.startsWith('/search/'));
    assert.ok(index.every((u) => u.startsWith('/search/fr/')), `other languages' files: ${index}`);
    assert.equal(index.filter((u) => /\/manifest\.[0-9a-f]{10}\.json$/.test(u)).length, 1, String(index));
    const shards = new Set(index.filter((u) => /\/t-[^/]+\.json$/.test(u)));
    assert.ok(shards.size >= 1 && shards.size <= 3, `term shards: ${[...shards]}`);
    assert.ok(!index.some((u) => /t-(kind|region|domain)_3a/.test(u)), 'no filter shard without a filter');
    assert.ok(new Set(index).size < files.length / 4, `${new Set(index).size} of ${files.length} index files`);
    assert.equal(index.length, new Set(index).size, 'each file downloaded once');
  } finally {
    await page.context().close();
  }
});

test('the plural table of each search page follows the site\'s rules (zgh: one for 0 and 1)', () => {
  const table = (lang) => {
    const html = readFileSync(path.join(SITE, lang, 'search', 'index.html'), 'utf8');
    return (html.match(/data-plural="([a-z]{200})"/) || [])[1];
  };
  assert.equal(table('zgh').slice(0, 3), 'oox', 'zgh: 0 and 1 singular, 2 plural');
  assert.equal(table('fr').slice(0, 3), 'oox', 'fr: 0 and 1 singular');
  assert.equal(table('ar').slice(0, 12), 'zotffffffffm', 'ar: zero, one, two, few 3-10, many from 11');
  assert.equal(table('ar').slice(100, 103), 'xxx', 'ar: 100-102 other');
});
