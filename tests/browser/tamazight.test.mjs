// The Amazigh site read as a Tamazight reader reads it (issue 15), in
// Chromium at 360×740, on every page type:
// - no interface text in Arabic or French: every text node, every label for
//   screen readers (aria-label, title, placeholder, alt) and the page title,
//   outside elements marked with another language, is compared with the
//   Arabic and French catalogues (i18n/ar, i18n/fr): none holds a phrase of
//   theirs, and none holds an Arabic letter. An element marked ar or fr
//   (content shown in a fallback language) must not be a whole interface
//   message of those catalogues either: the interface never falls back.
// - content shown in a fallback language reads in its own direction: a
//   block holding Arabic text alone (a heading, a lead, a list item, a table
//   cell) has it set from the right edge, as in an Arabic page, although
//   the zgh page runs left to right.
// The search page is measured after a query, with result cards shown.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { REPO, PAGE_TYPES, open, openSite, closeAll } from './lib.mjs';

// The text fragments of a catalogue's messages: each message's value and
// attributes, variants of its selectors included, with placeables removed.
// `whole` keeps each message's text (placeables removed) for equality.
export function catalogue(lang) {
  const dir = path.join(REPO, 'i18n', lang);
  const fragments = new Set();
  const whole = new Set();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ftl'))) {
    let current = [];
    const flush = () => {
      const text = current.join(' ').replace(/\s+/g, ' ').trim();
      if (text) whole.add(text);
      current = [];
    };
    for (const raw of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (/^\s*#/.test(raw) || !raw.trim()) continue;
      let line = raw;
      const start = line.match(/^[a-z][a-z0-9-]*\s*=\s?(.*)$/);
      if (start) { flush(); line = start[1]; }
      else if (/^\s+\.[a-z-]+\s*=/.test(line)) { flush(); line = line.replace(/^\s+\.[a-z-]+\s*=\s?/, ''); }
      line = line.replace(/^\s*\*?\[[^\]]+\]\s?/, '');
      // Placeables without nesting, repeatedly; then any brace left (a
      // selector's opening `{ $x ->` or its closing `}`) cuts the text.
      let prev;
      do { prev = line; line = line.replace(/\{[^{}]*\}/g, '\u0000'); } while (line !== prev);
      for (const part of line.split(/[{}\u0000]|->/)) {
        const t = part.replace(/\s+/g, ' ').trim();
        if (t) { fragments.add(t); current.push(t); }
      }
    }
    flush();
  }
  return { fragments: [...fragments], whole };
}

const ZGH_FTL = readdirSync(path.join(REPO, 'i18n', 'zgh')).filter((x) => x.endsWith('.ftl'))
  .map((f) => readFileSync(path.join(REPO, 'i18n', 'zgh', f), 'utf8')).join('\n');

// A phrase is a catalogue's own when it has words of its script (four Latin
// letters in a row for French, three Arabic letters for Arabic) and the zgh
// catalogue does not use it too (names such as CSV, GeoJSON, 360Giving).
function phrases(lang) {
  const { fragments, whole } = catalogue(lang);
  const word = lang === 'fr' ? /\p{Script=Latin}{4,}/u : /\p{Script=Arabic}{3,}/u;
  const own = fragments.filter((f) => word.test(f) && !ZGH_FTL.includes(f));
  return { own, whole: new Set([...whole].filter((w) => word.test(w) && !ZGH_FTL.includes(w))) };
}

// Each language's own name (site.yaml), as the language switcher shows it in
// that language on every page, by design.
const ENDONYMS = Object.fromEntries([...readFileSync(path.join(REPO, 'site.yaml'), 'utf8')
  .matchAll(/\{code: (\w+), name: "([^"]+)"/g)].map((m) => [m[1], m[2]]));

const FR = phrases('fr');
const AR = phrases('ar');

// Every text the page shows or reads out, with the language it is marked
// in (the closest `lang`), and every block holding fallback text alone.
function collect() {
  const langOf = (el) => el.closest('[lang]')?.getAttribute('lang') ?? '';
  // The page title (which cannot mark a language) without the heading's
  // text when that is a record's name shown in a fallback language.
  const h1 = document.querySelector('main h1');
  const shownElsewhere = h1?.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang ? h1.textContent.replace(/\s+/g, ' ').trim() : '';
  const texts = [{ lang: document.documentElement.lang, text: shownElsewhere ? document.title.replace(shownElsewhere, '') : document.title, where: 'title' }];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style, template, noscript')) continue;
    const text = n.textContent.replace(/\s+/g, ' ').trim();
    if (text) texts.push({ lang: langOf(el), text, where: el.outerHTML.slice(0, 120) });
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a);
      if (v && v.trim()) texts.push({ lang: langOf(el), text: v.trim(), where: `${a} of ${el.outerHTML.slice(0, 80)}` });
    }
  }
  for (const el of document.body.querySelectorAll('[lang]')) {
    texts.push({ lang: el.getAttribute('lang'), text: el.textContent.replace(/\s+/g, ' ').trim(), where: `whole ${el.outerHTML.slice(0, 100)}`, whole: true });
  }

  // Blocks: for each element marked ar, the block box that holds it.
  const blocks = [];
  const blockish = (el) => ['block', 'list-item', 'table-cell', 'table-caption', 'flex', 'grid', 'inline-block'].includes(getComputedStyle(el).display);
  for (const el of document.body.querySelectorAll('[lang="ar"]')) {
    if (el.closest('select, option, svg, [hidden], .vh')) continue;
    let b = el;
    while (b && !blockish(b)) b = b.parentElement;
    if (!b) continue;
    const own = el.textContent.replace(/\s+/g, ' ').trim();
    if (!own || b.textContent.replace(/\s+/g, ' ').trim() !== own) continue;
    const box = b.getBoundingClientRect();
    if (!box.width || getComputedStyle(b).display === 'flex') continue;
    const cs = getComputedStyle(b);
    const range = document.createRange();
    range.selectNodeContents(b);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (!rects.length) continue;
    const right = box.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);
    const left = box.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
    // The first line's edges: the union of the boxes on its line (a line of
    // mixed directions, digits or quotes in Arabic, has several).
    const top = Math.min(...rects.map((r) => r.top));
    const line = rects.filter((r) => r.top < top + 4);
    blocks.push({
      where: b.outerHTML.slice(0, 100),
      direction: cs.direction,
      align: cs.textAlign,
      lineLeft: Math.min(...line.map((r) => r.left)),
      lineRight: Math.max(...line.map((r) => r.right)),
      left,
      right,
    });
  }
  return { texts, blocks };
}

// A query that lists records on the zgh search page: "example" on the
// example site (every fictitious record says so), a name on a generated one.
const QUERY = process.env.NASSIJ_PAGE_TYPES === 'auto' ? 'tifawin' : 'ⴰⵎⴷⵢⴰ';

describe('the zgh site speaks Tamazight (issue 15)', () => {
  let server, browser, page;
  const seen = {};
  before(async () => {
    ({ server, browser, page } = await openSite());
    for (const [type, rel] of PAGE_TYPES) {
      const url = `/zgh/${rel}` + (type === 'search' ? `?q=${encodeURIComponent(QUERY)}` : '');
      await open(page, server.origin, url);
      if (type === 'search') await page.waitForSelector('#search-results li', { timeout: 10_000 });
      seen[type] = { url, ...(await page.evaluate(collect)) };
    }
  });
  after(() => closeAll(browser, server));

  test('the catalogues give phrases to compare with', () => {
    assert.equal(ENDONYMS.ar, 'العربية', JSON.stringify(ENDONYMS));
    // A parser that found nothing would let every page pass.
    assert.ok(FR.own.length > 150, `${FR.own.length} French phrases`);
    assert.ok(AR.own.length > 150, `${AR.own.length} Arabic phrases`);
    assert.ok(FR.own.includes('Associations') || FR.own.some((p) => /Rechercher/.test(p)));
  });

  for (const [type] of PAGE_TYPES) {
    test(`${type}: no interface text in Arabic or French`, () => {
      const { url, texts } = seen[type];
      const wrong = [];
      for (const t of texts) {
        if (t.whole) {
          // Content in another language, marked: never a whole message
          // (a language's own name in the switcher is not interface text).
          if (ENDONYMS[t.lang] === t.text) continue;
          if ((t.lang === 'fr' && FR.whole.has(t.text)) || (t.lang === 'ar' && AR.whole.has(t.text))) {
            wrong.push(`interface message shown in ${t.lang}: «${t.text}» (${t.where})`);
          }
          continue;
        }
        if (t.lang !== 'zgh') continue;
        if (/\p{Script=Arabic}/u.test(t.text)) wrong.push(`Arabic letters: «${t.text}» (${t.where})`);
        const fr = FR.own.find((p) => t.text.includes(p));
        if (fr) wrong.push(`French phrase «${fr}» in «${t.text}» (${t.where})`);
        const ar = AR.own.find((p) => t.text.includes(p));
        if (ar) wrong.push(`Arabic phrase «${ar}» in «${t.text}» (${t.where})`);
      }
      assert.deepEqual(wrong, [], `${url}:\n${wrong.join('\n')}`);
    });

    test(`${type}: Arabic fallback text is set from the right`, () => {
      const { url, blocks } = seen[type];
      const wrong = blocks.filter((b) => {
        // Set from the right: the block runs right to left with its text
        // at the start, or (a chip, a full line) the line reaches the
        // block's right edge anyway.
        const rtlStart = b.direction === 'rtl' && ['start', 'right'].includes(b.align);
        return !rtlStart && Math.abs(b.lineRight - b.right) > 2;
      });
      assert.deepEqual(wrong.map((b) => `${b.where}: direction ${b.direction}, line ${Math.round(b.lineLeft)}–${Math.round(b.lineRight)} in ${Math.round(b.left)}–${Math.round(b.right)}`), [], url);
    });
  }

  test('fallback text was measured somewhere', () => {
    // The example's fictional associations are partly translated: their
    // Arabic text is the case this test is about.
    const n = Object.values(seen).reduce((s, v) => s + v.blocks.length, 0);
    assert.ok(n >= 3, `${n} blocks of Arabic text on zgh pages`);
  });
});
