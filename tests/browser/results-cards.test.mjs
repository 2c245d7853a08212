// Results on a phone (issue 14, point 2), at 360×740 in ar, fr and zgh:
// each reported value is a card (no table in a report), inside the screen,
// its achieved value shown first and at least as large as body text; a
// target or a baseline is shown only as many times as content/results/
// gives one (never invented).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { REPO, LANGS, open, openSite, closeAll } from './lib.mjs';

const RESULTS = readdirSync(path.join(REPO, 'content', 'results'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(path.join(REPO, 'content', 'results', f), 'utf8'));
const count = (re) => RESULTS.reduce((n, text) => n + (text.match(re) ?? []).length, 0);
const VALUES = count(/^\s*- indicator:/gm);
const TARGETS = count(/^\s+target:/gm);
const BASELINES = count(/^\s+baseline:/gm);

let server;
let browser;
let page;

before(async () => ({ server, browser, page } = await openSite()));
after(() => closeAll(browser, server));

for (const lang of LANGS) {
  describe(`${lang}: results as cards at 360×740`, () => {
    test(`/${lang}/results/`, { timeout: 60_000 }, async () => {
      await open(page, server.origin, `/${lang}/results/`);
      const m = await page.evaluate(() => {
        const body = parseFloat(getComputedStyle(document.body).fontSize);
        const cards = [...document.querySelectorAll('main .report .indicator')].map((c) => {
          const r = c.getBoundingClientRect();
          const value = c.querySelector('.achieved b');
          const vr = value?.getBoundingClientRect();
          return {
            left: r.left,
            right: r.right,
            label: c.querySelector('.achieved dt')?.textContent.trim(),
            labelShown: (() => { const r = c.querySelector('.achieved dt')?.getBoundingClientRect(); return !!r && r.width > 1 && r.height > 1; })(),
            value: value ? { text: value.textContent.trim(), size: parseFloat(getComputedStyle(value).fontSize), visible: vr.width > 0 && vr.height > 0 } : null,
            targets: c.querySelectorAll('dl > .target').length,
            shares: c.querySelectorAll('dl > .share').length,
            baselines: c.querySelectorAll('dl > .baseline').length,
          };
        });
        return {
          body,
          cards,
          tables: document.querySelectorAll('main .report table').length,
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth,
        };
      });
      assert.equal(m.tables, 0, 'a results report still has a table');
      assert.equal(m.cards.length, VALUES, `${m.cards.length} indicator cards, ${VALUES} values in content/results/`);
      assert.ok(m.scrollWidth <= m.innerWidth, `the page is ${m.scrollWidth} px wide`);
      for (const c of m.cards) {
        assert.ok(c.left >= -0.5 && c.right <= m.innerWidth + 0.5, `a card [${c.left}, ${c.right}] sticks out of the screen`);
        assert.ok(c.value && c.value.visible && c.value.text, 'a card without its achieved value');
        assert.ok(c.value.size >= m.body, `an achieved value at ${c.value.size} px, smaller than body text (${m.body} px)`);
      }
      // "Achieved" only against a target: a figure without one may be a
      // plan (Moulay Yacoub's associations targeted, modules planned), so
      // it shows no such word, only the indicator's name and the number.
      const withTarget = new Set(m.cards.filter((c) => c.targets).map((c) => c.label));
      assert.ok(withTarget.size <= 1, `one label for a figure against a target: ${[...withTarget]}`);
      for (const c of m.cards) {
        assert.equal(c.labelShown, c.targets > 0, `"${c.label}" shown ${c.labelShown}, target ${c.targets}`);
        assert.ok(c.label && !withTarget.has(c.label) === !c.targets, `"${c.label}": not the word of a figure against its target`);
      }
      const sum = (k) => m.cards.reduce((n, c) => n + c[k], 0);
      assert.equal(sum('targets'), TARGETS, `${sum('targets')} targets shown, ${TARGETS} in content/results/`);
      assert.ok(sum('shares') <= TARGETS, `${sum('shares')} shares of a target shown, ${TARGETS} targets in content/results/`);
      assert.equal(sum('baselines'), BASELINES, `${sum('baselines')} baselines shown, ${BASELINES} in content/results/`);
    });
  });
}
