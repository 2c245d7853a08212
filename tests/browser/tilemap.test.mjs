// The results dashboard's region map (issue 14, point 2) at 360×740 in ar,
// fr and zgh: a region without a figure says "no data" in words on a white
// tile with a dashed outline, never a dash that could be read as zero; a
// region with a figure shows it on a coloured tile; the map fits the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, open, openSite, closeAll } from './lib.mjs';

let server;
let browser;
let page;

before(async () => ({ server, browser, page } = await openSite()));
after(() => closeAll(browser, server));

for (const lang of LANGS) {
  test(`${lang}: the region map tells "no data" from a figure`, async () => {
    await open(page, server.origin, `/${lang}/results/`);
    const map = await page.evaluate(() => {
      const svg = document.querySelector('svg.tile-map');
      if (!svg) return null;
      const box = svg.getBoundingClientRect();
      const rects = [...svg.querySelectorAll('rect')];
      // Each tile: its rectangle, then its name lines, then its value.
      const values = [];
      for (const r of rects) {
        let t = r.nextElementSibling;
        let last = null;
        while (t && t.tagName === 'text') { last = t; t = t.nextElementSibling; }
        values.push({
          value: last?.textContent ?? '',
          dashed: r.getAttribute('stroke-dasharray') !== null,
          fill: r.getAttribute('fill'),
        });
      }
      return { right: box.right, width: window.innerWidth, values };
    });
    assert.ok(map, 'a region map on the results page');
    assert.ok(map.right <= map.width + 1, 'the map fits the screen');
    assert.equal(map.values.length, 12, 'twelve regions');
    const empty = map.values.filter((t) => t.dashed);
    const figures = map.values.filter((t) => !t.dashed);
    assert.ok(figures.length >= 1, 'at least one region has a figure');
    assert.ok(empty.length >= 1, 'the example leaves regions without figures');
    for (const t of map.values) assert.notEqual(t.value.trim(), '–', 'no bare dash');
    const words = new Set(empty.map((t) => t.value.trim()));
    assert.equal(words.size, 1, `one "no data" wording: ${[...words]}`);
    assert.match([...words][0], /\p{L}{2,}/u, 'said in words');
    for (const t of empty) assert.equal(t.fill, '#ffffff');
    for (const t of figures) {
      assert.match(t.value, /\d/, `a figure: ${t.value}`);
      assert.notEqual(t.fill, '#ffffff');
    }
  });
}
