// Screenshots of every page type at 360×740 (a mid-range phone), in ar,
// fr and zgh, taken by Debian's headless Chromium over the built example
// site, so anyone can look at the theme:
//
//   cargo run -- build --now 2026-11-22 --out target/browser-site
//   npm ci --prefix tests/browser --ignore-scripts
//   node tests/browser/screenshots.mjs [OUTDIR]      # default target/screenshots
//
// Writes OUTDIR/{lang}-{page}.png (the first screen) and
// OUTDIR/{lang}-{page}-full.png (the whole page, 360 px wide).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO, LANGS, PAGE_TYPES, assertSiteBuilt, serve, launch, newPage, open } from './lib.mjs';

// Every page type of the test suites (lib.mjs), plus a search with results.
const PAGES = [
  ...PAGE_TYPES.map(([type, rel]) => [type.replace(/\s+/g, '-'), rel]),
  ['search-results', 'search/?q=tifawin'],
];

const outDir = path.resolve(process.argv[2] ?? path.join(REPO, 'target', 'screenshots'));
mkdirSync(outDir, { recursive: true });
assertSiteBuilt();
const server = await serve();
const browser = await launch();
let written = 0;
try {
  const page = await newPage(browser, { width: 360, height: 740 });
  for (const lang of LANGS) {
    for (const [name, rel] of PAGES) {
      await open(page, server.origin, `/${lang}/${rel}`);
      await page.evaluate(() => document.fonts.ready);
      // a search runs once the page has loaded: wait for its announcement
      if (rel.includes('?q=')) {
        await page.waitForFunction(() => document.getElementById('search-status')?.textContent.trim(), null, { timeout: 15_000 });
      }
      await page.screenshot({ path: path.join(outDir, `${lang}-${name}.png`), timeout: 30_000 });
      await page.screenshot({ path: path.join(outDir, `${lang}-${name}-full.png`), fullPage: true, timeout: 30_000 });
      written += 2;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written} screenshots in ${outDir}`);
