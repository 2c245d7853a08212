// axe-core in real headless Chromium on every page type in every language:
// WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules, zero violations.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { allPages, assertSiteBuilt, serve, launch, newPage, open } from './lib.mjs';

const require = createRequire(import.meta.url);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;
let axeSource;
const pages = {};

before(async () => {
  assertSiteBuilt();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  server = await serve();
  browser = await launch();
  // a phone (360 px) and a desktop width: contrast and target size depend on the layout
  pages.phone = await newPage(browser, { width: 360, height: 740, bypassCSP: true });
  pages.desktop = await newPage(browser, { width: 1280, height: 800, bypassCSP: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 6).map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.split('\n').filter(Boolean).slice(0, 3).join(' / ')}` : ''}`);
      const more = v.nodes.length > 6 ? `\n      … and ${v.nodes.length - 6} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}${more}`;
    })
    .join('\n');
}

for (const width of ['phone', 'desktop']) describe(`axe-core: zero violations (${width})`, () => {
  for (const p of allPages()) {
    test(`${p.lang} ${p.type} ${p.path}`, { timeout: 90_000 }, async () => {
      const page = pages[width];
      await open(page, server.origin, p.path);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS,
      );
      assert.ok(result.violations.length === 0, `${p.path} (${width}): ${result.violations.length} axe violations\n${formatViolations(result.violations)}`);
    });
  }
});
