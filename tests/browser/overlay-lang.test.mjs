// `nassij serve --lang ar|fr`: the error overlay speaks the editor's
// language. In Arabic it reads right to left while file:line:column and
// the source line stay left to right; on a 360 px phone screen nothing is
// cut off; no Content-Security-Policy violation. NASSIJ_SHOTS=DIR saves a
// screenshot of each overlay there (to look at them).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { launch, newPage, serveCopy } from './lib.mjs';

const cleanups = [];
after(async () => { for (const c of cleanups.reverse()) await c(); });

async function serveIn(lang) {
  const served = await serveCopy(lang);
  cleanups.push(served.stop);
  return served;
}

const ARABIC = /[\u0600-\u06FF]/;

for (const lang of ['ar', 'fr']) {
  test(`the overlay in ${lang}: the editor's language and direction, readable at 360 px`, async () => {
    const { root, origin } = await serveIn(lang);
    const browser = await launch();
    cleanups.push(() => browser.close());
    const page = await newPage(browser);
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.effectiveDirective));
    });
    // An Arabic page for the Arabic editor, a French one for the French.
    await page.goto(`${origin}/${lang}/associations/amal-fes/`, { waitUntil: 'load' });
    const file = path.join(root, 'content/associations/amal-fes.md');
    const good = readFileSync(file, 'utf8');
    // Two mistakes: a region written by name and a date written day first.
    writeFileSync(file, good.replace(/^region: .*$/m, 'region: جهة فاس مكناس').replace(/^founded: (\d{4})-(\d\d)-(\d\d)$/m, 'founded: $3/$2/$1'));
    const overlay = page.locator('#nassij-error-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForTimeout(300); // the stylesheet
    const look = await overlay.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const items = [...el.querySelectorAll('.nassij-overlay-item')].map((item) => {
        const where = item.querySelector('.nassij-overlay-where');
        const source = item.querySelector('.nassij-overlay-source');
        const message = item.querySelector('.nassij-overlay-message');
        return {
          // The words after the `error[code]` tag.
          message: message.lastChild.textContent,
          messageDirection: getComputedStyle(message).direction,
          where: where.textContent,
          whereDirection: getComputedStyle(where).direction,
          sourceDirection: source ? getComputedStyle(source).direction : null,
          overflows: [...item.querySelectorAll('*')].some((e) => e.getBoundingClientRect().right > window.innerWidth + 1 || e.getBoundingClientRect().left < -1),
        };
      });
      return {
        dir: getComputedStyle(el).direction,
        lang: el.getAttribute('lang'),
        width: box.width,
        height: box.height,
        scrollsSideways: el.scrollWidth > el.clientWidth + 1,
        head: el.querySelector('.nassij-overlay-head').textContent,
        items,
      };
    });
    if (process.env.NASSIJ_SHOTS) await page.screenshot({ path: path.join(process.env.NASSIJ_SHOTS, `overlay-${lang}.png`) });
    assert.equal(look.lang, lang);
    assert.equal(look.dir, lang === 'ar' ? 'rtl' : 'ltr');
    assert.ok(look.width >= 360 && look.height >= 740, `covers the screen: ${look.width}x${look.height}`);
    assert.equal(look.scrollsSideways, false, 'nothing needs a sideways scroll at 360 px');
    assert.equal(look.items.length, 2, JSON.stringify(look.items));
    for (const item of look.items) {
      assert.equal(item.overflows, false, `cut off at 360 px: ${item.message}`);
      assert.equal(item.whereDirection, 'ltr', 'file:line:column reads left to right');
      assert.equal(item.sourceDirection, 'ltr', 'the source line reads left to right');
      assert.match(item.where, /^content\/associations\/amal-fes\.md:\d+:\d+$/);
      if (lang === 'ar') {
        assert.match(item.message, ARABIC, `Arabic message: ${item.message}`);
        assert.equal(item.messageDirection, 'rtl');
      } else {
        assert.doesNotMatch(item.message, /\b(the|is|not|unknown|write)\b/i, `French message: ${item.message}`);
      }
    }
    if (lang === 'ar') assert.match(look.head, ARABIC);
    // The suggestion is there: the region's code and the ISO date.
    const text = await overlay.textContent();
    assert.match(text, /MA-03/);
    assert.match(text, /\d{4}-\d\d-\d\d/);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no Content-Security-Policy violation');
    writeFileSync(file, good);
    await overlay.waitFor({ state: 'detached', timeout: 30_000 });
    await page.context().close();
  });
}
