// Page weight: for each page type in ar and zgh, the gzip-compressed bytes
// (zlib level 6, what a static host's gzip sends) of the HTML + the
// stylesheets it links (and their @import) + the Tifinagh web font when the
// page holds Tifinagh characters (U+2D30-2D7F): the full font when Tifinagh
// text is outside the language lists, else the switcher's subset (the
// @font-face whose family names the switcher). The font is counted as its
// file size: WOFF2 is already compressed and hosts send it as is.
// Every page must stay under 50 KB (51,200 bytes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { SITE, PAGE_TYPES, assertSiteBuilt } from './lib.mjs';

const LIMIT = 50 * 1024;
const TIFINAGH = /[\u2d30-\u2d7f]/;

const gz = (buf) => gzipSync(buf, { level: 6 }).length;

function fileFor(urlPath) {
  const p = path.join(SITE, decodeURIComponent(urlPath.split(/[?#]/)[0]));
  return p.endsWith('/') || (existsSync(p) && !path.extname(p)) ? path.join(p, 'index.html') : p;
}

// Stylesheets linked from the HTML (local ones), with their @import.
function stylesheets(html) {
  const out = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel=["']?[^"'>]*\bstylesheet\b/i.test(tag)) continue;
    const href = tag.match(/\bhref=["']?([^"' >]+)/i)?.[1];
    if (href && href.startsWith('/') && !href.startsWith('//')) out.push(href);
  }
  const all = [];
  const visit = (href) => {
    if (all.includes(href)) return;
    all.push(href);
    const css = readFileSync(fileFor(href), 'utf8');
    for (const m of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) visit(new URL(m[1], 'http://x' + href).pathname);
  };
  out.forEach(visit);
  return all;
}

// Font files of @font-face rules whose unicode-range covers Tifinagh
// (or that name Tifinagh), as the browser would fetch them (first woff2 url):
// the switcher's subset only when `switcherOnly`, else the other faces.
function tifinaghFonts(cssHrefs, switcherOnly) {
  const fonts = [];
  for (const href of cssHrefs) {
    const css = readFileSync(fileFor(href), 'utf8');
    for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const block = m[1];
      const range = block.match(/unicode-range\s*:\s*([^;]+)/i)?.[1] ?? '';
      const covers = /2D[3-7][0-9A-F]/i.test(range) || /tifinagh/i.test(block);
      if (!covers) continue;
      if (/switcher/i.test(block) !== switcherOnly) continue;
      const urls = [...block.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((u) => new URL(u[1], 'http://x' + href).pathname);
      const url = urls.find((u) => u.endsWith('.woff2')) ?? urls[0];
      if (url && !fonts.includes(url)) fonts.push(url);
    }
  }
  return fonts;
}

test('each page type in ar and zgh weighs under 50 KB compressed (HTML + CSS + Tifinagh font where used)', () => {
  assertSiteBuilt();
  const rows = [];
  for (const lang of ['ar', 'zgh']) {
    for (const [type, rel] of [...PAGE_TYPES, ['root', null]]) {
      if (type === 'root' && lang !== 'ar') continue;
      const urlPath = rel === null ? '/' : `/${lang}/${rel}`;
      const html = readFileSync(fileFor(urlPath));
      const text = html.toString('utf8');
      const css = stylesheets(text);
      const cssBytes = css.reduce((n, href) => n + gz(readFileSync(fileFor(href))), 0);
      let fontBytes = 0;
      let font = '';
      if (TIFINAGH.test(text)) {
        // The language names (switcher, 404's list, the chooser at /) use the subset.
        const outside = text
          .replace(/<nav[^>]*class="languages"[\s\S]*?<\/nav>/g, '')
          .replace(/<ul class="(?:langs|languages-choice)">[\s\S]*?<\/ul>/g, '');
        const fonts = tifinaghFonts(css, !TIFINAGH.test(outside));
        font = fonts.join(' ') || '(no Tifinagh @font-face)';
        fontBytes = fonts.reduce((n, f) => n + readFileSync(fileFor(f)).length, 0);
      }
      const htmlBytes = gz(html);
      rows.push({ page: urlPath, html: htmlBytes, css: cssBytes, font: fontBytes, total: htmlBytes + cssBytes + fontBytes, fontFile: font });
    }
  }
  const pad = (s, n) => String(s).padStart(n);
  const table = [
    `${'page'.padEnd(48)} ${pad('html', 7)} ${pad('css', 7)} ${pad('font', 7)} ${pad('total', 7)}  (gzip bytes; font as sent)`,
    ...rows.map((r) => `${r.page.padEnd(48)} ${pad(r.html, 7)} ${pad(r.css, 7)} ${pad(r.font, 7)} ${pad(r.total, 7)}${r.total >= LIMIT ? '  OVER 50 KB' : ''}${r.fontFile && !r.font ? '  ' + r.fontFile : ''}`),
  ].join('\n');
  console.log(table);
  const over = rows.filter((r) => r.total >= LIMIT);
  assert.ok(over.length === 0, `${over.length} pages weigh 50 KB or more:\n${table}`);
});
