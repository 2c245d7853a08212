// The funding pages ("where the money went", issue 14 point 1) at 360×740 in
// ar, fr and zgh, measured in Chromium: every total on screen (its box inside
// the viewport and its text not cut off), bars on one scale (each fill's
// width against the amount it stands for), bars growing from the start side
// of the language (right in Arabic), no horizontal scroll; the awards list
// pages through its pager without JavaScript. The layout is checked on the
// example site and on the generated directory that .ci/test builds
// (target/browser-large/public, NASSIJ_LARGE_SITE), where amounts are
// larger and the list has several pages.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, DIR, serveBoth, closeAll, launch, newPage, open } from './lib.mjs';


let browser;
let servers = {};

before(async () => {
  servers = await serveBoth();
  browser = await launch();
});

after(() => closeAll(browser, ...Object.values(servers)));

/** Everything measured on a funding page, with its <details> opened. */
async function measure(page) {
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width, height: r.height }; };
    const totals = [...document.querySelectorAll('.fund-figures b, .fund-amount')].map((el) => ({
      text: el.textContent.trim(),
      ...box(el),
      // text wider than its own box is cut off or spills
      clipped: el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline',
    }));
    const charts = [...document.querySelectorAll('.fund-bars')].map((ul) => ({
      id: ul.closest('section')?.getAttribute('aria-labelledby'),
      bars: [...ul.children].map((li) => ({
        key: li.dataset.key,
        cents: Number(li.dataset.cents),
        track: box(li.querySelector('.fund-bar .track')),
        fill: box(li.querySelector('.fund-bar .fill')),
      })),
    }));
    return {
      vw,
      scrollWidth: document.documentElement.scrollWidth,
      dir: document.documentElement.dir,
      totals,
      charts,
      awards: document.querySelectorAll('.fund-list > li').length,
    };
  });
}

function checkLayout(m, where) {
  assert.ok(m.scrollWidth <= m.vw, `${where}: page is ${m.scrollWidth}px wide in a ${m.vw}px viewport (horizontal scroll)`);
  assert.ok(m.totals.length >= 4, `${where}: only ${m.totals.length} totals found`);
  for (const t of m.totals) {
    assert.ok(t.width > 0 && t.height > 0, `${where}: total "${t.text}" is not displayed`);
    assert.ok(t.left >= -0.5 && t.right <= m.vw + 0.5, `${where}: total "${t.text}" at [${Math.round(t.left)}, ${Math.round(t.right)}] is not inside the ${m.vw}px viewport`);
    assert.ok(!t.clipped, `${where}: total "${t.text}" is cut off`);
  }
  assert.ok(m.charts.length >= 5, `${where}: ${m.charts.length} charts`);
  for (const c of m.charts) {
    const max = Math.max(...c.bars.map((b) => b.cents));
    const track = c.bars[0].track.width;
    assert.ok(track > 200, `${where} ${c.id}: bars only ${track}px long`);
    for (const b of c.bars) {
      // one scale: every bar's track is as long as the first
      assert.ok(Math.abs(b.track.width - track) < 0.5, `${where} ${c.id} ${b.key}: track ${b.track.width}px, not ${track}px`);
      const expected = (b.cents / max) * track;
      assert.ok(Math.abs(b.fill.width - expected) <= 1, `${where} ${c.id} ${b.key}: bar ${b.fill.width.toFixed(1)}px for ${b.cents} (expected ${expected.toFixed(1)}px)`);
      // bars grow from the start side of the language
      if (m.dir === 'rtl') assert.ok(Math.abs(b.fill.right - b.track.right) < 0.5, `${where} ${c.id} ${b.key}: RTL bar does not start on the right`);
      else assert.ok(Math.abs(b.fill.left - b.track.left) < 0.5, `${where} ${c.id} ${b.key}: bar does not start on the left`);
    }
  }
}

describe('funding pages at 360×740', () => {
  for (const site of ['example', 'large']) {
    for (const lang of LANGS) {
      test(`${site} ${lang}: totals on screen, proportional bars, no horizontal scroll`, { timeout: 60_000 }, async () => {
        const page = await newPage(browser, { width: 360, height: 740 });
        await open(page, servers[site].origin, `/${lang}/funding/`);
        await page.evaluate(() => document.fonts.ready);
        const m = await measure(page);
        assert.equal(m.dir, DIR[lang]);
        checkLayout(m, `${site} /${lang}/funding/`);
        assert.ok(m.awards > 0 && m.awards <= 30, `${m.awards} awards on the first page`);
        // a region's page, reached by its bar's link
        const region = await page.$eval('#by-region ~ .fund-bars a, [aria-labelledby="by-region"] .fund-bars a', (a) => a.getAttribute('href'));
        await open(page, servers[site].origin, region);
        const r = await measure(page);
        assert.ok(r.scrollWidth <= r.vw, `${site} ${region}: horizontal scroll`);
        for (const t of r.totals) assert.ok(t.left >= -0.5 && t.right <= r.vw + 0.5 && !t.clipped, `${site} ${region}: total "${t.text}" off screen or cut`);
        await page.context().close();
      });
    }
  }
});

describe('the awards list pages without JavaScript', () => {
  for (const lang of LANGS) {
    test(`large ${lang}: next, a numbered page and previous`, { timeout: 60_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
      const page = await context.newPage();
      const origin = servers.large.origin;
      await open(page, origin, `/${lang}/funding/`);
      const rows = () => page.$$eval('.fund-list > li', (lis) => lis.map((li) => [li.dataset.cents, li.querySelector('time')?.getAttribute('datetime')]));
      const first = await rows();
      assert.equal(first.length, 30, 'the first page lists 30 awards');
      const next = page.locator('.pager a[rel=next]');
      assert.equal(await next.count(), 1, 'no next link on the first page of a long list');
      await Promise.all([page.waitForNavigation(), next.click()]);
      assert.equal(new URL(page.url()).pathname, `/${lang}/funding/page/2/`);
      const second = await rows();
      assert.ok(second.length > 0 && second.length <= 30);
      assert.ok(second[0][1] <= first.at(-1)[1], 'page 2 continues newest first');
      assert.ok(await page.locator('.pager [aria-current=page]').count() === 1);
      // the pager itself fits the screen
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(sw <= 360, `page 2 is ${sw}px wide`);
      // every numbered link answers
      for (const href of await page.$$eval('.pager a', (as) => as.map((a) => a.getAttribute('href')))) {
        const res = await page.request.get(origin + href);
        assert.equal(res.status(), 200, href);
      }
      const prev = page.locator('.pager a[rel=prev]');
      await Promise.all([page.waitForNavigation(), prev.click()]);
      assert.equal(new URL(page.url()).pathname, `/${lang}/funding/`);
      await context.close();
    });
  }
});
