// A portal as a ministry starts it (issue 16): `nassij init` in an empty
// folder, no themes/ or i18n/ (the built-in ones), base_url in a folder of
// its host as GitHub Pages gives a project (`https://org.github.io/portail/`),
// built with its draft records and served under /portail/. In ar, fr and zgh
// at 360×740: the built-in stylesheet applies, nothing scrolls sideways,
// every link of the page leads to a page of the site, and a search result
// opens its record.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LANGS, DIR, binary, serve, launch, newPage, open, closeAll } from './lib.mjs';

const PREFIX = '/portail';
let work;
let server;
let browser;
let page;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'nassij-portal-'));
  const site = path.join(work, 'site');
  const run = (args) => execFileSync(binary(), args, { cwd: work, env: { ...process.env, NASSIJ_LANG: 'en' }, stdio: 'pipe' });
  run(['init', 'site', '--yes', '--base-url', `https://ministere.github.io${PREFIX}/`,
    '--title', 'fr=Portail des associations de l’Oriental', '--title', 'ar=بوابة جمعيات جهة الشرق']);
  assert.ok(!existsSync(path.join(site, 'themes')) && !existsSync(path.join(site, 'i18n')));
  run(['--root', site, 'build', '--drafts', '--now', '2026-11-22', '--out', path.join(work, 'host', PREFIX.slice(1))]);
  server = await serve(path.join(work, 'host'));
  browser = await launch();
  page = await newPage(browser, { width: 360, height: 740 });
});
after(async () => {
  await closeAll(browser, server);
  if (work) rmSync(work, { recursive: true, force: true });
});

for (const lang of LANGS) {
  describe(`a new portal in a folder of its host (${lang})`, () => {
    test('the built-in theme applies and nothing scrolls sideways', async () => {
      await open(page, server.origin, `${PREFIX}/${lang}/`);
      const seen = await page.evaluate(() => {
        const header = document.querySelector('header.site');
        const css = [...document.styleSheets].map((s) => s.href).filter(Boolean);
        return {
          dir: document.documentElement.dir,
          headerColor: getComputedStyle(header).backgroundColor,
          headerHeight: header.getBoundingClientRect().height,
          bodyFont: getComputedStyle(document.body).fontFamily,
          css,
          scroll: document.documentElement.scrollWidth,
          title: document.querySelector('header.site').textContent,
        };
      });
      assert.equal(seen.dir, DIR[lang]);
      assert.ok(seen.css.length >= 1 && seen.css.every((h) => new URL(h).pathname.startsWith(`${PREFIX}/static/`)), seen.css.join(' '));
      // Unstyled, a header is transparent and the text is Times.
      assert.notEqual(seen.headerColor, 'rgba(0, 0, 0, 0)', 'the stylesheet did not load');
      assert.ok(seen.headerHeight < 160, `header ${seen.headerHeight}px`);
      assert.ok(seen.scroll <= 360, `the page is ${seen.scroll}px wide`);
      if (lang === 'fr') assert.match(seen.title, /Portail des associations de l’Oriental/);
    });

    test('every link of the home page leads to a page of the site', async () => {
      await open(page, server.origin, `${PREFIX}/${lang}/`);
      const links = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href], link[href], script[src]')]
        .map((e) => new URL(e.href || e.src, location.href))
        .filter((u) => u.origin === location.origin)
        .map((u) => u.pathname))]);
      assert.ok(links.length >= 15, `${links.length} links`);
      const statuses = await page.evaluate(async (paths) => Promise.all(paths.map(async (p) => [p, (await fetch(p, { method: 'HEAD' })).status])), links);
      const broken = statuses.filter(([p, s]) => s !== 200 || !p.startsWith(`${PREFIX}/`));
      assert.deepEqual(broken, []);
    });

    test('a search result opens its record', async () => {
      await open(page, server.origin, `${PREFIX}/${lang}/search/?q=tifawin`);
      const link = page.locator('#search-results a').first();
      await link.waitFor({ timeout: 15_000 });
      const href = await link.getAttribute('href');
      assert.ok(href.startsWith(`${PREFIX}/${lang}/associations/tifawin/`), href);
      await Promise.all([page.waitForURL(`**${PREFIX}/${lang}/associations/tifawin/`), link.click()]);
      const heading = await page.locator('h1').first().textContent();
      assert.match(heading, /Tifawin|ⵜⵉⴼⴰⵡⵉⵏ|تيفاوين/i);
    });
  });
}
