// Layout at 360×740 (a common phone) in Chromium, measured on every page
// type in ar, fr and zgh: the header leaves room for the page, the heading is
// on the first screen, hidden means hidden, controls can be hit with a
// finger, nothing scrolls sideways, no word is broken inside, amounts carry
// the currency word people write, and the data page gives its files' sizes.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { SITE, LANGS, allPages, newPage, open, openSite, closeAll } from './lib.mjs';

const WIDTH = 360;
const HEIGHT = 740;
const MAX_HEADER = 160;
const MIN_TARGET = 44;

let server;
let browser;
let page;

before(async () => ({ server, browser, page } = await openSite({ width: WIDTH, height: HEIGHT })));
after(() => closeAll(browser, server));

// Everything measured in the page, in one evaluation.
function measure(minTarget) {
  const name = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    const p = el.parentElement;
    return p && p !== document.body ? `${p.tagName.toLowerCase()}${p.className ? '.' + [...p.classList].join('.') : ''} > ${s}` : s;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none';
  };
  const header = document.querySelector('header.site');
  const h1 = document.querySelector('h1');

  // hidden elements with a box
  const hiddenShown = [...document.querySelectorAll('[hidden]')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 || r.height > 0 || el.getClientRects().length > 0; })
    .map(name);

  // Controls smaller than a fingertip. Exceptions, by design: a link inside
  // running text (a paragraph, a list item or definition with other words
  // around it, a table cell, a caption) follows the text's line height, as
  // WCAG 2.5.8 allows for inline targets; the skip link, parked off screen
  // until focused; controls inside a closed <details> have no box.
  const runningText = (el) => {
    const block = el.closest('p, dd, td, th, figcaption, .body, .note, small');
    if (!block) return false;
    const own = (el.textContent || '').trim();
    const all = (block.textContent || '').replace(/\s+/g, ' ').trim();
    return all.length > own.length + 1;
  };
  const small = [];
  for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary, textarea')) {
    if (!visible(el)) continue;
    if (el.matches('a.skip')) continue;
    const r = el.getBoundingClientRect();
    const isText = el.matches('input:not([type=checkbox]):not([type=radio]), textarea, select');
    const tooSmall = isText ? r.height < minTarget - 0.5 : (r.height < minTarget - 0.5 || r.width < minTarget - 0.5);
    if (!tooSmall) continue;
    if (el.matches('a') && runningText(el)) continue;
    small.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`);
  }

  // Horizontal scroll of the page itself.
  const scrollX = document.documentElement.scrollWidth - window.innerWidth;

  // A word broken inside: one word of a text node whose box spans two lines.
  // Each word (a run without spaces) is measured with a Range; its client
  // rects all sit on one line unless the browser broke it.
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !visible(parent) || parent.closest('script, style, svg, [hidden], .vh, pre, code')) continue;
    const text = n.data;
    // Split at spaces and at hyphens and slashes, where a line may break.
    const re = /[^\s\u00A0\u2066-\u2069\-\u2010\u2013\u2014/]+/g;
    let m;
    while ((m = re.exec(text))) {
      const word = m[0];
      if (word.length < 2) continue;
      range.setStart(n, m.index);
      range.setEnd(n, m.index + word.length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length < 2) continue;
      const tops = rects.map((r) => r.top);
      const lh = parseFloat(getComputedStyle(parent).fontSize) || 16;
      if (Math.max(...tops) - Math.min(...tops) > lh * 0.5) broken.push(`${name(parent)} "${word}"`);
    }
  }

  // "MAD" written where people read (the structured data in <script> and
  // the open data keep the ISO code).
  const mad = [];
  const w2 = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w2.nextNode(); n; n = w2.nextNode()) {
    if (n.parentElement?.closest('script, style')) continue;
    if (/(^|[^A-Za-z])MAD([^A-Za-z]|$)/.test(n.data)) mad.push(`${name(n.parentElement)} "${n.data.trim().slice(0, 40)}"`);
  }

  return {
    header: header ? header.getBoundingClientRect().height : 0,
    h1Top: h1 ? h1.getBoundingClientRect().top + window.scrollY : null,
    h1Bottom: h1 ? h1.getBoundingClientRect().bottom + window.scrollY : null,
    hiddenShown,
    small,
    scrollX,
    broken,
    mad,
    text: document.body.innerText,
  };
}

// Every page type, plus the data page and a search with results (drawn by
// the search script).
const PAGES = [
  ...allPages(),
  ...LANGS.map((lang) => ({ lang, type: 'data', path: `/${lang}/data/` })),
  ...LANGS.map((lang) => ({ lang, type: 'search results', path: `/${lang}/search/?q=tifawin`, wait: '#search-status' })),
];

describe('layout at 360×740', () => {
  for (const p of PAGES) {
    test(`${p.lang} ${p.type} (${p.path})`, async () => {
      await open(page, server.origin, p.path);
      if (p.wait) await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.trim(), p.wait, { timeout: 15_000 });
      const m = await page.evaluate(measure, MIN_TARGET);
      const faults = [];
      if (m.header > MAX_HEADER) faults.push(`header is ${Math.round(m.header)} px high (at most ${MAX_HEADER})`);
      if (m.h1Top === null) faults.push('the page has no h1');
      else if (m.h1Bottom > HEIGHT) faults.push(`the h1 spans ${Math.round(m.h1Top)}-${Math.round(m.h1Bottom)} px, not all on the first screen (${HEIGHT})`);
      for (const h of m.hiddenShown) faults.push(`marked hidden but has a box: ${h}`);
      for (const s of m.small) faults.push(`smaller than ${MIN_TARGET}×${MIN_TARGET}: ${s}`);
      if (m.scrollX > 0) faults.push(`the page scrolls sideways by ${m.scrollX} px`);
      for (const b of m.broken) faults.push(`word broken inside: ${b}`);
      for (const t of m.mad) faults.push(`"MAD" in text people read: ${t}`);
      assert.deepEqual(faults, []);
    });
  }
});

describe('amounts and the data page', () => {
  const WORD = { ar: 'درهم', fr: 'DH', zgh: 'ⴷⵔⵀⵎ' };
  for (const lang of LANGS) {
    test(`${lang}: an amount on screen carries the currency word`, async () => {
      await open(page, server.origin, `/${lang}/offers/appui-formations-numeriques-2024/`);
      const text = await page.evaluate(() => document.body.innerText);
      assert.match(text, new RegExp(`[0-9٠-٩][0-9٠-٩\\s\\u00A0\\u202F.,\\u2066-\\u2069]*[\\s\\u00A0]${WORD[lang]}`), `no amount followed by ${WORD[lang]}`);
    });

    test(`${lang}: the data page gives each file's size in the page's language`, async () => {
      await open(page, server.origin, `/${lang}/data/`);
      const rows = await page.evaluate(() => [...document.querySelectorAll('.downloads li')].map((li) => ({
        text: li.innerText,
        size: li.querySelector('.size')?.innerText ?? null,
        href: li.querySelector('a')?.getAttribute('href'),
      })));
      const files = rows.filter((r) => r.href && r.href.startsWith('/data/'));
      assert.ok(files.length > 10, `only ${files.length} data files listed`);
      for (const r of files) assert.ok(r.size && /[0-9٠-٩]/.test(r.size), `no size for ${r.href}: "${r.text}"`);
      const units = { ar: /ك\.ب|م\.ب|بايت/, fr: /ko|Mo|octets?/, zgh: /[\u2D30-\u2D7F]/ };
      for (const r of files) assert.match(r.size, units[lang], `${r.href}: size "${r.size}" not in ${lang}`);
      const text = await page.evaluate(() => document.querySelector('main').innerText);
      if (lang !== 'fr') assert.doesNotMatch(text, /Creative Commons Attribution|International/, 'licence name in English');
      assert.doesNotMatch(text, /\bSchema\b|JSON Schema/, 'format name in English');
    });
  }

  test('/ asks in the three languages', async () => {
    await open(page, server.origin, '/');
    const m = await page.evaluate(() => ({
      h1: [...document.querySelectorAll('h1 [lang], h1[lang]')].map((e) => e.getAttribute('lang')),
      text: document.querySelector('h1').innerText,
    }));
    for (const l of LANGS) assert.ok(m.h1.includes(l), `the question is not asked in ${l}: ${m.text}`);
  });
});

// The fonts a page makes the browser fetch, on a phone without Noto Sans
// Tifinagh: the stylesheet is served with its local() sources removed.
async function fontsFetched(urlPath) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  try {
    const p = await context.newPage();
    await p.route('**/*.css', async (route) => {
      const res = await route.fetch();
      const css = (await res.text()).replace(/local\([^)]*\)\s*,\s*/g, '');
      await route.fulfill({ response: res, body: css });
    });
    const urls = [];
    p.on('request', (req) => { if (/\.woff2?($|\?)/.test(req.url())) urls.push(new URL(req.url()).pathname); });
    await open(p, server.origin, urlPath);
    await p.evaluate(() => document.fonts.ready.then(() => true));
    return urls.map((u) => ({ url: u, bytes: statSync(path.join(SITE, u)).size }));
  } finally {
    await context.close();
  }
}

describe('fonts', () => {
  for (const lang of ['ar', 'fr']) {
    test(`${lang} home: only the switcher's subset of the Tifinagh font is fetched`, async () => {
      const fonts = await fontsFetched(`/${lang}/`);
      console.log(`${lang} home fetches: ${JSON.stringify(fonts)}`);
      for (const f of fonts) assert.ok(f.bytes < 2048, `${f.url} is ${f.bytes} bytes on the ${lang} home page`);
      assert.ok(fonts.length <= 1, `${fonts.length} fonts fetched`);
    });
  }
  test('zgh home: the Tifinagh font is fetched for the text in Tifinagh', async () => {
    const fonts = await fontsFetched('/zgh/');
    assert.ok(fonts.some((f) => f.bytes > 4096), `no full Tifinagh font on the zgh home page: ${JSON.stringify(fonts)}`);
  });
});

describe('record pages say when they were updated and how to report an error', () => {
  const RECORDS = ['associations/tifawin/', 'programmes/nassij-fes-meknes/', 'offers/appui-formations-numeriques-2024/', 'news/lancement-nassij-fes-meknes/', 'about/'];
  for (const lang of LANGS) {
    for (const rel of RECORDS) {
      test(`${lang} ${rel}`, async () => {
        await open(page, server.origin, `/${lang}/${rel}`);
        const p = await page.evaluate(() => {
          const box = document.querySelector('main .provenance');
          if (!box) return null;
          const a = box.querySelector('a[href^="mailto:"]');
          const t = box.querySelector('time');
          const r = a?.getBoundingClientRect();
          return { href: a?.getAttribute('href') ?? null, text: a?.innerText ?? '', time: t?.getAttribute('datetime') ?? null, h: r?.height ?? 0 };
        });
        assert.ok(p, 'no provenance block');
        assert.ok(p.href, 'no "report an error" link');
        const url = new URL(p.href);
        assert.equal(url.pathname, 'portail@example.ma', 'the link goes to site.yaml\'s contact_email');
        const subject = url.searchParams.get('subject') ?? '';
        assert.ok(subject.includes(`https://associations.example.ma/${lang}/${rel}`), `subject "${subject}" lacks the page's address`);
        assert.ok(p.text.trim().length > 0 && !/report|error/i.test(p.text) || lang === 'fr', `link text "${p.text}" not in ${lang}`);
        if (p.time) assert.match(p.time, /^\d{4}-\d{2}-\d{2}$/);
      });
    }
  }
  test('list pages have no provenance block', async () => {
    await open(page, server.origin, '/fr/associations/');
    assert.equal(await page.locator('.provenance').count(), 0);
  });
});
