// The programmes as a tree, at 360×740 in ar, fr and zgh (issue 14,
// point 4): strategy → programmes → phases → projects by their `parent`;
// each programme's box is nested in its parent's list item, comes after
// the parent's box and is indented on the inline-start side; a phase shows
// its status; every box shows its lead; nothing is wider than the screen.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { REPO, LANGS, DIR, open, openSite, closeAll } from './lib.mjs';

// The programmes of content/programmes/: slug, kind, parent.
const PROGRAMMES = (() => {
  const dir = path.join(REPO, 'content', 'programmes');
  return readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.md$/.test(f))
    .map((f) => {
      const front = readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1] ?? '';
      const field = (name) => front.match(new RegExp(`^${name}:\\s*(\\S+)`, 'm'))?.[1];
      return { slug: f.replace(/\.md$/, ''), kind: field('kind'), parent: field('parent') };
    });
})();

let server;
let browser;
let page;

before(async () => ({ server, browser, page } = await openSite()));
after(() => closeAll(browser, server));

test('the example has a strategy, programmes with phases and projects', () => {
  for (const k of ['strategy', 'programme', 'phase', 'project']) {
    assert.ok(PROGRAMMES.some((p) => p.kind === k), `no ${k} in content/programmes/`);
  }
  assert.ok(PROGRAMMES.some((p) => p.kind === 'phase' && p.parent), 'no phase with a parent');
});

for (const lang of LANGS) {
  describe(`${lang}: /${lang}/programmes/ at 360×740`, () => {
    test('phases and projects nest under their programme, indented, with status and lead', { timeout: 60_000 }, async () => {
      await open(page, server.origin, `/${lang}/programmes/`);
      const m = await page.evaluate((slugs) => {
        const visible = (el) => {
          if (!el) return false;
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
        };
        const box = (el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
        };
        const cards = {};
        for (const slug of slugs) {
          const heading = document.getElementById(`pt-${slug}`);
          const card = heading?.closest('article');
          if (!card || !visible(card)) continue;
          const status = [...card.querySelectorAll('.badge')].find((b) => /\b(planned|ongoing|completed)\b/.test(b.className));
          cards[slug] = {
            box: box(card),
            status: status && visible(status) ? { text: status.textContent.trim(), box: box(status) } : null,
            facts: [...card.querySelectorAll('dl div')].filter(visible).map((d) => [d.querySelector('dt')?.textContent.trim(), d.querySelector('dd')?.textContent.trim()]),
            // the slugs of the cards whose list item contains this card's
            ancestors: (() => {
              const out = [];
              for (let li = card.closest('li')?.parentElement?.closest('li'); li; li = li.parentElement?.closest('li')) {
                const h = li.querySelector(':scope > article [id^="pt-"]');
                if (h) out.push(h.id.slice(3));
              }
              return out;
            })(),
          };
        }
        return { cards, scrollWidth: document.documentElement.scrollWidth, innerWidth };
      }, PROGRAMMES.map((p) => p.slug));

      assert.ok(m.scrollWidth <= m.innerWidth, `the page is ${m.scrollWidth} px wide at ${m.innerWidth} px`);
      const leadLabel = { fr: 'Pilotage', ar: 'الجهة المشرفة', zgh: 'ⵜⴰⵙⵙⵓⴷⵙⵜ ⵜⴰⵏⵎⵀⴰⵍⵜ' }[lang];
      for (const p of PROGRAMMES) {
        const c = m.cards[p.slug];
        assert.ok(c, `${p.slug}: no visible box`);
        assert.ok(c.box.left >= -0.5 && c.box.right <= m.innerWidth + 0.5, `${p.slug}: its box [${c.box.left}, ${c.box.right}] sticks out of the screen`);
        const lead = c.facts.find(([dt]) => dt === leadLabel);
        assert.ok(lead && lead[1], `${p.slug}: no lead shown (${JSON.stringify(c.facts)})`);
        if (p.kind === 'phase') {
          assert.ok(c.status && c.status.text, `${p.slug}: a phase without a visible status`);
          assert.ok(c.status.box.left >= 0 && c.status.box.right <= m.innerWidth + 0.5, `${p.slug}: its status sticks out`);
        }
        if (!p.parent) {
          assert.deepEqual(c.ancestors, [], `${p.slug} has no parent but is nested under ${c.ancestors.join(', ')}`);
          continue;
        }
        const parent = m.cards[p.parent];
        assert.ok(parent, `${p.slug}: its parent ${p.parent} has no box`);
        assert.equal(c.ancestors[0], p.parent, `${p.slug} is not nested under ${p.parent} (under ${c.ancestors.join(' < ') || 'nothing'})`);
        assert.ok(c.box.top >= parent.box.bottom, `${p.slug} (top ${c.box.top}) does not come after ${p.parent} (bottom ${parent.box.bottom})`);
        if (DIR[lang] === 'rtl') {
          assert.ok(c.box.right <= parent.box.right - 8, `${p.slug} is not indented from the right under ${p.parent} (${c.box.right} vs ${parent.box.right})`);
        } else {
          assert.ok(c.box.left >= parent.box.left + 8, `${p.slug} is not indented from the left under ${p.parent} (${c.box.left} vs ${parent.box.left})`);
        }
      }
    });
  });
}
