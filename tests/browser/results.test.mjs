// Results on a phone (issue 14, point 2): the charts, the region map and
// the tables of /{lang}/results/ and of the programme pages it links to,
// measured in Chromium at 360×740 in ar, fr and zgh, on the example site
// and on the generated one of .ci/test (target/browser-large/public, or
// NASSIJ_LARGE_SITE), whose programmes have charts over periods and
// territories:
// - chart text is drawn between 12 px and the body text's size (at 1280 px
//   too: a chart never grows its text above the body's);
// - every chart text lies inside its chart and the screen, a legend's words
//   never overlap its swatches (the zgh pages show Arabic fallbacks), and a
//   region's name and figure stay inside its tile;
// - no table is wider than its box (nothing has to scroll sideways), the
//   page is not wider than the screen, and every number is on screen;
// - axe-core finds nothing (WCAG 2.2 AA and best practices, every folded
//   chart opened): the example site's a11y test never meets a chart.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { LANGS, serveBoth, closeAll, launch, newPage, open } from './lib.mjs';

const MIN_PX = 12;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let axeSource;

let browser;
let servers = {};

before(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const { example, large } = await serveBoth();
  servers = { example, generated: large };
  browser = await launch();
});

after(() => closeAll(browser, ...Object.values(servers)));

// Runs in the page: every fact the assertions need, with all <details> open.
function measure() {
  for (const d of document.querySelectorAll('main details')) d.open = true;
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const W = window.innerWidth;
  const box = (e) => { const r = e.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom, w: r.width, h: r.height }; };
  const svgs = [...document.querySelectorAll('main svg.chart, main svg.tile-map')].map((svg) => {
    const sb = box(svg);
    const scale = sb.w / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim()).map((t) => ({
      text: t.textContent.trim(),
      px: parseFloat(getComputedStyle(t).fontSize) * scale,
      ...box(t),
    }));
    const legends = [...svg.querySelectorAll('.legend')].map((g) => ({
      swatches: [...g.querySelectorAll('rect')].map(box),
      words: [...g.querySelectorAll('text')].map((t) => ({ text: t.textContent.trim(), ...box(t) })),
    }));
    const tiles = [...svg.querySelectorAll('g.tile')].map((g) => ({
      rect: box(g.querySelector('rect')),
      texts: [...g.querySelectorAll('text')].map((t) => ({ text: t.textContent.trim(), ...box(t) })),
    }));
    return { kind: svg.getAttribute('class'), box: sb, texts, legends, tiles };
  });
  const tables = [...document.querySelectorAll('main table')].map((t) => {
    const wrap = t.closest('.scroll') ?? t.parentElement;
    return { caption: t.caption?.textContent.trim() ?? '', width: t.getBoundingClientRect().width, room: wrap.clientWidth, scroll: wrap.scrollWidth };
  });
  // every element whose own text holds a digit
  // A text cut on purpose with an ellipsis (the current breadcrumb, which
  // repeats the heading below it) counts for what it shows: its box
  // clipped by the box that cuts it.
  const shown = (e) => {
    const b = box(e);
    for (let a = e; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.textOverflow === 'ellipsis' && cs.overflowX !== 'visible') {
        const r = a.getBoundingClientRect();
        b.l = Math.max(b.l, r.left);
        b.r = Math.min(b.r, r.right);
      }
    }
    return b;
  };
  const numbers = [...document.querySelectorAll('main *')]
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && /[0-9\u0660-\u0669]/.test(n.textContent)))
    .map((e) => ({ text: e.textContent.trim().slice(0, 40), ...shown(e) }))
    .filter((b) => b.w > 0 && b.h > 0);
  return { body, W, scrollWidth: document.documentElement.scrollWidth, svgs, tables, numbers };
}

function check(where, m, { desktop = false } = {}) {
  const problems = [];
  if (!desktop && m.scrollWidth > m.W) problems.push(`the page is ${m.scrollWidth} px wide on a ${m.W} px screen`);
  for (const [i, s] of m.svgs.entries()) {
    const name = `${s.kind} #${i + 1}`;
    for (const t of s.texts) {
      if (t.px > m.body + 0.05) problems.push(`${name}: "${t.text}" drawn at ${t.px.toFixed(1)} px, larger than body text (${m.body} px)`);
      if (!desktop && t.px < MIN_PX - 0.05) problems.push(`${name}: "${t.text}" drawn at ${t.px.toFixed(1)} px, under ${MIN_PX} px`);
      if (t.l < s.box.l - 1 || t.r > s.box.r + 1) problems.push(`${name}: "${t.text}" [${t.l.toFixed(0)}, ${t.r.toFixed(0)}] runs out of its chart [${s.box.l.toFixed(0)}, ${s.box.r.toFixed(0)}]`);
    }
    if (s.kind === 'chart' && s.legends.length !== 1) problems.push(`${name}: ${s.legends.length} legends, expected one (class="legend")`);
    for (const g of s.legends) {
      for (const w of g.words) {
        for (const sw of g.swatches) {
          if (w.l < sw.r - 0.5 && sw.l < w.r - 0.5 && w.t < sw.b - 0.5 && sw.t < w.b - 0.5) problems.push(`${name}: the legend word "${w.text}" overlaps a swatch`);
        }
      }
    }
    for (const tile of s.tiles) {
      for (const t of tile.texts) {
        if (t.l < tile.rect.l - 0.5 || t.r > tile.rect.r + 0.5 || t.t < tile.rect.t - 0.5 || t.b > tile.rect.b + 0.5) {
          problems.push(`${name}: "${t.text}" sticks out of its tile`);
        }
      }
      for (let a = 0; a < tile.texts.length; a++) {
        for (let b = a + 1; b < tile.texts.length; b++) {
          const x = tile.texts[a];
          const y = tile.texts[b];
          if (x.l < y.r - 0.5 && y.l < x.r - 0.5 && x.t < y.b - 1 && y.t < x.b - 1) problems.push(`${name}: "${x.text}" and "${y.text}" overlap in a tile`);
        }
      }
    }
  }
  if (!desktop) {
    for (const t of m.tables) {
      if (t.scroll > t.room + 1) problems.push(`the table "${t.caption}" is ${t.scroll} px wide in a box of ${t.room} px`);
    }
    for (const n of m.numbers) {
      if (n.l < -0.5 || n.r > m.W + 0.5) problems.push(`"${n.text}" [${n.l.toFixed(0)}, ${n.r.toFixed(0)}] is off screen`);
    }
  }
  assert.ok(problems.length === 0, `${where}:\n  ${problems.slice(0, 12).join('\n  ')}`);
}

for (const site of ['example', 'generated']) {
  for (const lang of LANGS) {
    describe(`${site} site, ${lang}: results at 360×740`, () => {
      test(`/${lang}/results/ and the programmes it links to`, { timeout: 120_000 }, async () => {
        const { origin } = servers[site];
        const page = await newPage(browser, { width: 360, height: 740, bypassCSP: true });
        try {
          await open(page, origin, `/${lang}/results/`);
          const programmes = await page.evaluate(() => [...new Set([...document.querySelectorAll('main .programme-results > h2 a')].map((a) => new URL(a.href).pathname))]);
          assert.ok(programmes.length > 0, 'the results page links to programmes');
          let charts = 0;
          let maps = 0;
          for (const p of [`/${lang}/results/`, ...programmes]) {
            await open(page, origin, p);
            await page.evaluate(() => document.fonts.ready);
            const m = await page.evaluate(measure);
            check(`${site} ${p}`, m);
            await page.addScriptTag({ content: axeSource });
            const axe = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
            assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], `${site} ${p}: axe`);
            charts += m.svgs.filter((s) => s.kind === 'chart').length;
            maps += m.svgs.filter((s) => s.kind === 'tile-map').length;
            if (m.svgs.length) {
              await page.setViewportSize({ width: 1280, height: 900 });
              check(`${site} ${p} at 1280 px`, await page.evaluate(measure), { desktop: true });
              await page.setViewportSize({ width: 360, height: 740 });
            }
          }
          assert.equal(maps, 1, 'one region map');
          // the generated site reports over periods and territories
          if (site === 'generated') assert.ok(charts > 0, 'the generated programmes have charts');
        } finally {
          await page.context().close();
        }
      });
    });
  }
}
