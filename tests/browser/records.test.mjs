// Record pages and the main menu at 360×740 in ar, fr and zgh (issue 14,
// points 6 and 7), measured in Chromium:
// - the notice that a record is an example (the quotation that opens its
//   body) is the first thing in main after the breadcrumb and heading: its
//   box is above every piece of the record's data;
// - a programme page lists the sources of its figures (its results reports'
//   and its phases'), each title linked to its address, inside the screen;
//   so does a news item with `sources`;
// - on each section page and on a record page, the main menu's current item
//   is wholly inside the viewport at load, and the header stays within
//   160 px.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { REPO, LANGS, open, openSite, closeAll } from './lib.mjs';

const WIDTH = 360;
const HEIGHT = 740;
const MAX_HEADER = 160;

// Record pages whose body opens with a notice in the example content.
const NOTICED = [
  'associations/tifawin/',
  'associations/anou-guelmim/',
  'associations/amal-fes/',
  'offers/appui-formations-numeriques-2024/',
  'offers/ami-nassij-souss-massa/',
];

// The sources of the results reports of content/results/, by programme:
// the URLs a programme's page must link to (its own reports and its
// phases'). Read from the content, so the test follows it.
const REPORT_URLS = (() => {
  const dir = path.join(REPO, 'content', 'results');
  const out = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const programme = text.match(/^programme:\s*(\S+)/m)?.[1];
    const url = text.match(/^source:[\s\S]*?^\s+url:\s*(\S+)/m)?.[1];
    if (programme && url) (out[programme] ??= new Set()).add(url);
  }
  return out;
})();

// The `sources` urls of each news item of content/news/ (the field is an
// extension of the contract: content/README.md).
const NEWS_SOURCE_URLS = (() => {
  const dir = path.join(REPO, 'content', 'news');
  const out = {};
  for (const f of readdirSync(dir).filter((x) => /^[a-z0-9-]+\.md$/.test(x))) {
    const front = readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1] ?? '';
    const block = front.match(/^sources:\n((?:[ #].*\n?)*)/m)?.[1] ?? '';
    const urls = [...block.matchAll(/^\s+url:\s*(\S+)/gm)].map((m) => m[1]);
    if (urls.length) out[f.replace(/\.md$/, '')] = urls;
  }
  return out;
})();

// A programme with reports of its own, and a parent whose phase has some.
const PROGRAMME = 'nassij-fes-meknes';
const PARENT = 'renforcement-capacites-associations';

const SECTIONS = ['associations/', 'programmes/', 'offers/', 'funding/', 'results/', 'news/', 'search/'];

let server;
let browser;
let page;

before(async () => ({ server, browser, page } = await openSite({ width: WIDTH, height: HEIGHT })));
after(() => closeAll(browser, server));

test('the example content gives the test something to measure', () => {
  assert.ok(REPORT_URLS[PROGRAMME]?.size, `no results report for ${PROGRAMME} in content/results/`);
  assert.ok(Object.keys(NEWS_SOURCE_URLS).length, 'no news item with sources in content/news/');
});

for (const lang of LANGS) {
  describe(`${lang} at 360×740`, () => {
    for (const rel of NOTICED) {
      test(`/${lang}/${rel}: the example notice comes first, above the data`, { timeout: 30_000 }, async () => {
        await open(page, server.origin, `/${lang}/${rel}`);
        const m = await page.evaluate(() => {
          const main = document.querySelector('main');
          const notice = main.querySelector('.notice');
          const h1 = main.querySelector('h1');
          if (!notice || !h1) return { notice: !!notice, h1: !!h1 };
          const r = notice.getBoundingClientRect();
          const cs = getComputedStyle(notice);
          // Every element of the record after the heading that is not the
          // notice, its content, the breadcrumb or a status badge above
          // the heading: its data.
          const data = [...main.querySelectorAll('article *')]
            .filter((el) => !notice.contains(el) && !el.contains(notice) && !el.closest('.crumbs, .badges, h1')
              && (h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING))
            .filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0; });
          const first = data.reduce((min, el) => Math.min(min, el.getBoundingClientRect().top), Infinity);
          return {
            notice: true,
            h1: true,
            text: notice.textContent.trim().slice(0, 60),
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            right: r.right,
            h1Bottom: h1.getBoundingClientRect().bottom,
            firstData: first,
            visible: cs.display !== 'none' && cs.visibility !== 'hidden' && r.height > 0,
            // The notice is not repeated in the body.
            inBody: [...main.querySelectorAll('.body blockquote')].some((b) => b.textContent.trim() === notice.textContent.trim()),
          };
        });
        assert.ok(m.notice, 'no .notice on the page');
        assert.ok(m.visible, 'the notice has no box');
        assert.ok(m.top >= m.h1Bottom - 0.5, `the notice (top ${m.top}) is above the heading's end (${m.h1Bottom})`);
        assert.ok(m.bottom <= m.firstData + 0.5, `the notice ends at ${m.bottom}, below the first data at ${m.firstData}`);
        assert.ok(m.top < HEIGHT, `the notice starts at ${m.top}, below the first screen`);
        assert.ok(m.left >= -0.5 && m.right <= WIDTH + 0.5, `the notice is wider than the screen (${m.left}–${m.right})`);
        assert.ok(!m.inBody, 'the notice is also in the body');
      });
    }

    for (const slug of [PROGRAMME, PARENT]) {
      test(`/${lang}/programmes/${slug}/: the sources of its figures, linked`, { timeout: 30_000 }, async () => {
        await open(page, server.origin, `/${lang}/programmes/${slug}/`);
        const m = await page.evaluate(() => {
          const list = document.querySelector('.provenance .sources');
          const heading = document.getElementById('l-sources');
          if (!list || !heading) return null;
          const cs = getComputedStyle(list);
          return {
            heading: heading.textContent.trim(),
            headingVisible: heading.getBoundingClientRect().height > 0 && getComputedStyle(heading).display !== 'none',
            listVisible: cs.display !== 'none' && cs.visibility !== 'hidden' && list.getBoundingClientRect().height > 0,
            links: [...list.querySelectorAll('a[href]')].map((a) => {
              const r = a.getBoundingClientRect();
              return { href: a.href, text: a.textContent.trim(), left: r.left, right: r.right, height: r.height };
            }),
          };
        });
        assert.ok(m, 'no sources list in the provenance block');
        assert.ok(m.heading && m.headingVisible, 'the sources heading is not shown');
        assert.ok(m.listVisible, 'the sources list has no box');
        const hrefs = new Set(m.links.map((l) => l.href));
        assert.equal(hrefs.size, m.links.length, 'a source is listed twice');
        for (const url of REPORT_URLS[slug] ?? []) assert.ok(hrefs.has(url), `no link to ${url}`);
        if (slug === PARENT) {
          // A phase's report sources show on its parent's page too.
          for (const url of REPORT_URLS[PROGRAMME]) assert.ok(hrefs.has(url), `the phase's source ${url} is missing`);
        }
        for (const l of m.links) {
          assert.ok(l.text.length > 0, `a source link without text: ${l.href}`);
          assert.ok(l.left >= -0.5 && l.right <= WIDTH + 0.5, `source link outside the screen: ${l.text.slice(0, 40)} (${l.left}–${l.right})`);
          assert.ok(l.height >= 43.5, `source link ${Math.round(l.height)} px high: ${l.text.slice(0, 40)}`);
        }
      });
    }

    for (const [slug, urls] of Object.entries(NEWS_SOURCE_URLS)) {
      test(`/${lang}/news/${slug}/: its sources, linked, on screen`, { timeout: 30_000 }, async () => {
        await open(page, server.origin, `/${lang}/news/${slug}/`);
        const links = await page.evaluate(() => [...document.querySelectorAll('.provenance .sources a[href]')].map((a) => {
          const r = a.getBoundingClientRect();
          const cs = getComputedStyle(a);
          return { href: a.href, text: a.textContent.trim(), left: r.left, right: r.right, height: r.height, shown: cs.display !== 'none' && cs.visibility !== 'hidden' };
        }));
        const hrefs = links.map((l) => l.href);
        for (const url of urls) assert.ok(hrefs.includes(url), `no link to ${url}`);
        for (const l of links) {
          assert.ok(l.shown && l.text.length > 0, `source link hidden or empty: ${l.href}`);
          assert.ok(l.left >= -0.5 && l.right <= WIDTH + 0.5, `source link outside the screen: ${l.text.slice(0, 40)}`);
          assert.ok(l.height >= 43.5, `source link ${Math.round(l.height)} px high`);
        }
      });
    }

    test(`/${lang}/associations/tifawin/: no sources list (the record cites none)`, { timeout: 30_000 }, async () => {
      await open(page, server.origin, `/${lang}/associations/tifawin/`);
      assert.equal(await page.locator('.provenance .sources').count(), 0);
    });

    for (const rel of [...SECTIONS, 'offers/appui-formations-numeriques-2024/', 'news/lancement-nassij-fes-meknes/']) {
      test(`/${lang}/${rel}: the current menu item is wholly on screen`, { timeout: 30_000 }, async () => {
        await open(page, server.origin, `/${lang}/${rel}`);
        const m = await page.evaluate(() => {
          const item = document.querySelector('nav.menu [aria-current="page"], nav.menu a.in');
          if (!item) return null;
          const r = item.getBoundingClientRect();
          return {
            text: item.textContent.trim(),
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            vw: document.documentElement.clientWidth,
            header: document.querySelector('header.site').getBoundingClientRect().height,
            h1Bottom: document.querySelector('h1')?.getBoundingClientRect().bottom,
          };
        });
        assert.ok(m, 'no current item in the main menu');
        assert.ok(m.left >= -0.5 && m.right <= m.vw + 0.5, `"${m.text}" is at ${Math.round(m.left)}–${Math.round(m.right)}, outside 0–${m.vw}`);
        assert.ok(m.top >= -0.5 && m.bottom <= HEIGHT, `"${m.text}" is off screen vertically (${m.top}–${m.bottom})`);
        assert.ok(m.header <= MAX_HEADER, `header ${m.header} px high`);
        assert.ok(m.h1Bottom <= HEIGHT, `the heading ends at ${m.h1Bottom}, below the first screen`);
      });
    }
  });
}
