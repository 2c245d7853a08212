// `nassij serve`'s error overlay in a real Chromium: a record broken while
// its page is open shows the overlay, styled (by serve's own stylesheet:
// the site's Content-Security-Policy forbids inline styles) and covering
// the page, with the file and line; no CSP violation is reported; fixing
// the file removes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { launch, newPage, serveCopy } from './lib.mjs';

let root;
let origin;
let stop;
let browser;

before(async () => {
  ({ root, origin, stop } = await serveCopy('en'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  stop?.();
});

test('a broken record shows the styled overlay without CSP violations; the fix removes it', async () => {
  const page = await newPage(browser);
  try {
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    await page.goto(origin + '/fr/associations/amal-fes/', { waitUntil: 'load' });
    const file = path.join(root, 'content/associations/amal-fes.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^region: .*$/m, 'region: MA-99'));
    const overlay = page.locator('#nassij-error-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 30_000 });
    const look = await overlay.evaluate((el) => {
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { position: s.position, background: s.backgroundColor, width: box.width, height: box.height, text: el.textContent };
    });
    assert.equal(look.position, 'fixed', 'the overlay is styled by its stylesheet');
    assert.notEqual(look.background, 'rgba(0, 0, 0, 0)', 'the overlay has its background');
    assert.ok(look.width >= 360 && look.height >= 740, `the overlay covers the screen: ${look.width}x${look.height}`);
    assert.match(look.text, /content\/associations\/amal-fes\.md:\d+:\d+/, 'file:line:column shown');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no Content-Security-Policy violation');

    writeFileSync(file, good);
    await overlay.waitFor({ state: 'detached', timeout: 30_000 });
    assert.deepEqual(await page.evaluate(() => window.__csp), []);

    // A new record whose first version has an error: its address answers
    // with the 404 page, and the overlay says why.
    const fresh = path.join(root, 'content/associations/nouvelle.md');
    writeFileSync(fresh, good.replace(/^region: .*$/m, 'region: MA-99'));
    await new Promise((r) => setTimeout(r, 1500));
    const response = await page.goto(origin + '/fr/associations/nouvelle/', { waitUntil: 'load' });
    assert.equal(response.status(), 404);
    await overlay.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await overlay.textContent(), /content\/associations\/nouvelle\.md:\d+:\d+/);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
  } finally {
    await page.context().close();
  }
});
