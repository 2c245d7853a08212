// The directory on a phone (issue 14, point 5), at 360×740 in ar, fr and zgh
// on the example site: the filters come before the list, folded, and open
// on a tap; every count is the count of the list its choice leads to (on a
// region's page, a domain's count is that region's associations of the
// domain), and a choice that leads to no association is not a link; a place
// with a domain has its own page; names are in the page language's
// alphabetical order, as Chromium's own collator (ICU) orders them; the
// search box searches the list shown. On a wide screen the filters are
// beside the list, open.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, newPage, open, openSite, closeAll } from './lib.mjs';

let server;
let browser;
let page;

before(async () => ({ server, browser, page } = await openSite()));
after(() => closeAll(browser, server));

// The filter choices of the page, by list: label, link, count.
function choices() {
  const out = {};
  for (const nav of document.querySelectorAll('details.filters nav.facets')) {
    out[nav.getAttribute('aria-labelledby')] = [...nav.querySelectorAll('li')].map((li) => ({
      text: li.firstElementChild.textContent.trim(),
      url: li.querySelector('a')?.getAttribute('href') ?? null,
      current: !!li.querySelector('[aria-current]'),
      count: Number(li.querySelector('.count-badge').textContent.replace(/[^0-9٠-٩]/g, '').replace(/[٠-٩]/g, (d) => '٠١٢٣٤٥٦٧٨٩'.indexOf(d))),
    }));
  }
  return out;
}

// The number of associations the page says it lists, and the cards it shows.
// Arabic writes one and two in words (جمعية واحدة, جمعيتان): a count
// without digits is then that of the cards of a list without pages.
function listed() {
  const text = document.querySelector('main .count').textContent.replace(/[٠-٩]/g, (d) => '٠١٢٣٤٥٦٧٨٩'.indexOf(d));
  const cards = document.querySelectorAll('.results .card').length;
  const digits = text.match(/\d[\d\s\u00a0\u202f.,]*/);
  if (!digits && (!text.trim() || document.querySelector('.pager'))) throw new Error(`no count in "${text}"`);
  return { count: digits ? Number(digits[0].replace(/\D/g, '')) : cards, cards };
}

for (const lang of LANGS) {
  describe(`directory in ${lang} at 360×740`, () => {
    test('the filters come before the list, folded, and open on a tap', async () => {
      await open(page, server.origin, `/${lang}/associations/region/MA-03/`);
      const m = await page.evaluate(() => {
        const box = (el) => el && el.getBoundingClientRect();
        const details = document.querySelector('details.filters');
        const summary = box(details.querySelector('summary'));
        return {
          open: details.open,
          summary: { top: summary.top, bottom: summary.bottom, height: summary.height, width: summary.width },
          firstCard: box(document.querySelector('.results .card')).top,
          h1: box(document.querySelector('main h1')).bottom,
          body: details.querySelector('.filters-body').checkVisibility(),
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      assert.equal(m.open, false, 'folded at first');
      assert.equal(m.body, false, 'the choices are hidden while folded');
      assert.ok(m.summary.bottom <= 740, `the filters' button is on the first screen (bottom ${m.summary.bottom})`);
      assert.ok(m.summary.height >= 44, `the filters' button is ${m.summary.height}px high`);
      assert.ok(m.summary.bottom <= m.firstCard, 'the filters come before the first card');
      assert.ok(m.h1 <= 740, 'the heading is on the first screen');
      assert.ok(m.scrollWidth <= 360, `the page is ${m.scrollWidth}px wide`);
      await page.click('details.filters > summary');
      const opened = await page.evaluate(() => {
        const first = document.querySelector('details.filters nav.facets li');
        return { visible: first.checkVisibility(), height: first.getBoundingClientRect().height };
      });
      assert.ok(opened.visible, 'a tap opens the choices');
      assert.ok(opened.height >= 44, `a choice is ${opened.height}px high`);
    });

    test('counts are those of the lists the choices lead to; empty ones are not links', async () => {
      await open(page, server.origin, `/${lang}/associations/region/MA-03/`);
      const here = await page.evaluate(listed);
      const lists = await page.evaluate(choices);
      const ids = Object.keys(lists);
      assert.deepEqual(ids, ['f-regions', 'f-provinces', 'f-domains'], 'region, its provinces, domains');
      for (const id of ids) {
        for (const c of lists[id]) {
          if (c.count === 0) assert.equal(c.url, null, `${id} "${c.text}" has no association and no link`);
          else assert.ok(c.url, `${id} "${c.text}" (${c.count}) is a link`);
        }
      }
      // On the region's page its own choice is current and counts the page's list.
      const region = lists['f-regions'].find((c) => c.current);
      assert.equal(region.count, here.count, 'the current region counts this list');
      // A province counts its associations, a domain the region's own.
      const provinces = lists['f-provinces'].slice(1);
      assert.equal(provinces.reduce((s, c) => s + c.count, 0), here.count, "the region's provinces add up to it");
      const linked = [...provinces, ...lists['f-domains'].slice(1)].filter((c) => c.url);
      assert.ok(linked.length >= 2, 'some provinces and domains are linked');
      for (const c of linked) {
        await open(page, server.origin, c.url);
        const there = await page.evaluate(listed);
        assert.equal(there.count, c.count, `${c.url} lists as many as its choice said`);
        assert.equal(there.cards, Math.min(c.count, 30), `${c.url} shows its cards`);
      }
      // A domain chosen on a region's page keeps the region.
      const domain = lists['f-domains'].find((c) => c.url && !c.current && c.count > 0 && lists['f-domains'].indexOf(c) > 0);
      assert.match(domain.url, new RegExp(`^/${lang}/associations/region/MA-03/domain/[a-z-]+/$`));
    });

    test('a region without associations links none of its choices', async () => {
      // MA-01 .. MA-12: find one with no association from the directory's own counts.
      await open(page, server.origin, `/${lang}/associations/`);
      const lists = await page.evaluate(choices);
      const empty = lists['f-regions'].find((c) => c.count === 0);
      assert.ok(empty, 'the example leaves some regions empty');
      assert.equal(empty.url, null);
      // The whole directory's regions add up to it.
      const total = (await page.evaluate(listed)).count;
      assert.equal(lists['f-regions'].slice(1).reduce((s, c) => s + c.count, 0), total);
    });

    test("names are in the language's alphabetical order", async () => {
      await open(page, server.origin, `/${lang}/associations/`);
      const { names, slugs, sorted } = await page.evaluate((lang) => {
        const links = [...document.querySelectorAll('.results .card h3 a')];
        const names = links.map((a) => a.textContent.trim());
        const collator = new Intl.Collator(lang === 'zgh' ? 'und' : lang);
        const sorted = [...names].sort(collator.compare);
        return { names, slugs: links.map((a) => a.getAttribute('href')), sorted };
      }, lang);
      assert.ok(names.length >= 10);
      assert.deepEqual(names, sorted, 'the order of Chromium’s collator');
      if (lang !== 'zgh') {
        assert.notDeepEqual(slugs, [...slugs].sort(), 'not the order of the addresses');
      }
    });

    test('a place with a domain has its page, with its place in the breadcrumbs', async () => {
      await open(page, server.origin, `/${lang}/associations/region/MA-03/`);
      const url = (await page.evaluate(choices))['f-domains'].find((c, i) => i > 0 && c.url).url;
      const response = await page.goto(server.origin + url);
      assert.equal(response.status(), 200);
      const crumbs = await page.evaluate(() => [...document.querySelectorAll('.crumbs a')].map((a) => a.getAttribute('href')));
      assert.ok(crumbs.includes(`/${lang}/associations/region/MA-03/`), 'back to the region');
      const lists = await page.evaluate(choices);
      assert.ok(lists['f-domains'].some((c) => c.current), 'the domain is the current choice');
      assert.ok(lists['f-regions'].some((c) => c.current), 'and the region too');
    });

    test('the search box searches the associations of the list shown', async () => {
      await open(page, server.origin, `/${lang}/associations/region/MA-03/`);
      const regionName = await page.evaluate(() => document.querySelector('.filters-now').textContent.trim());
      // A word of the first name of the list (the longest).
      const word = await page.evaluate(() => document.querySelector('.results .card h3 a').textContent.split(/[\s()«»]+/).sort((a, b) => b.length - a.length)[0]);
      await page.fill('#dir-q', word);
      await Promise.all([page.waitForURL(/\/search\/\?/), page.click('#dir-search button')]);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('kind'), 'association');
      assert.equal(url.searchParams.get('region'), 'MA-03');
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent.trim(), null, { timeout: 15_000 });
      const places = await page.evaluate(() => [...document.querySelectorAll('#search-results .place')].map((p) => p.textContent));
      assert.ok(places.length >= 1, 'it finds the region’s associations');
      for (const p of places) assert.ok(p.includes(regionName), `${p} is in ${regionName}`);
    });
  });
}

test('on a wide screen the filters are open beside the list', async () => {
  const wide = await newPage(browser, { width: 1280, height: 800 });
  try {
    for (const lang of LANGS) {
      await open(wide, server.origin, `/${lang}/associations/`);
      const m = await wide.evaluate(() => {
        const nav = document.querySelector('details.filters nav.facets');
        const card = document.querySelector('.results .card').getBoundingClientRect();
        const r = nav.getBoundingClientRect();
        return { visible: nav.checkVisibility(), navTop: r.top, navLeft: r.left, navRight: r.right, cardLeft: card.left, cardRight: card.right, cardTop: card.top, dir: document.dir };
      });
      assert.ok(m.visible, `${lang}: the choices show without a tap`);
      if (m.dir === 'rtl') assert.ok(m.navLeft >= m.cardRight, `${lang}: beside the list, on its right`);
      else assert.ok(m.navRight <= m.cardLeft, `${lang}: beside the list, on its left`);
    }
  } finally {
    await wide.close();
  }
});

test('the search page folds its five filters so that results start on the first screen', async () => {
  for (const lang of LANGS) {
    await open(page, server.origin, `/${lang}/search/?kind=association&region=MA-03`);
    await page.waitForFunction(() => document.querySelector('#search-results a'), null, { timeout: 15_000 });
    const m = await page.evaluate(() => ({
      folded: !document.querySelector('details.filters').open,
      selects: [...document.querySelectorAll('details.filters select')].map((s) => [s.name, s.value]),
      first: document.querySelector('#search-results a').getBoundingClientRect().top,
    }));
    assert.ok(m.folded, `${lang}: folded`);
    assert.deepEqual(m.selects.map(([n]) => n), ['kind', 'region', 'province', 'domain', 'audience']);
    assert.deepEqual(Object.fromEntries(m.selects.filter(([, v]) => v)), { kind: 'association', region: 'MA-03' }, `${lang}: the filters of the address are set`);
    assert.ok(m.first < 740, `${lang}: the first result is at ${m.first}px`);
  }
});

test('the search page links only the regions and domains that have associations', async () => {
  for (const lang of LANGS) {
    await open(page, server.origin, `/${lang}/search/`);
    const rows = await page.evaluate(() => [...document.querySelectorAll('main .facets-all li')].map((li) => ({
      link: !!li.querySelector('a'),
      count: Number(li.querySelector('.count-badge').textContent.replace(/\D/g, '')),
    })));
    assert.ok(rows.length >= 12 && rows.some((r) => r.count === 0), `${lang}: the example has empty regions`);
    for (const r of rows) assert.equal(r.link, r.count > 0, `${lang}: a choice is a link exactly when it has associations`);
  }
});
