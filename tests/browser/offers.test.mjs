// Offers by status, at 360×740 in ar, fr and zgh, on the example site built
// with --now 2026-11-22 (issue 14, point 3): the call to apply only while an
// offer is open; an upcoming offer says when it opens and what to prepare; a
// closed one says on which date it closed; the offers page and every offer
// page link the calendar of deadlines (.ics and webcal://) and the Atom feed;
// every page that has a feed names it in its head, and the files exist.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { REPO, LANGS, open, openSite, closeAll } from './lib.mjs';

const TODAY = '2026-11-22'; // the --now of the example build

// What each offer of content/offers/ says: its dates and how to apply.
function readOffers() {
  const dir = path.join(REPO, 'content', 'offers');
  return readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.md$/.test(f))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const front = text.split(/^---$/m)[1] ?? '';
      const field = (name) => front.match(new RegExp(`^${name}:\\s*"?([^"\\n]+)"?`, 'm'))?.[1].trim();
      const opens = field('opens');
      const closes = field('closes');
      const apply = front.match(/^apply:\n((?: {2}.*\n?)*)/m)?.[1] ?? '';
      const url = apply.match(/^ {2}url:\s*(\S+)/m)?.[1];
      const email = apply.match(/^ {2}email:\s*(\S+)/m)?.[1];
      const documents = (apply.match(/^ {4}- /gm) ?? []).length;
      const closesDay = closes.slice(0, 10);
      const status = opens > TODAY ? 'upcoming' : closesDay < TODAY ? 'closed' : 'open';
      return { slug: f.replace(/\.md$/, ''), opens, closes, url, email, documents, status };
    });
}

const OFFERS = readOffers();
const BASE_URL = readFileSync(path.join(REPO, 'site.yaml'), 'utf8').match(/^base_url:\s*(\S+)/m)[1].replace(/\/$/, '');

let server;
let browser;
let page;

before(async () => ({ server, browser, page } = await openSite()));
after(() => closeAll(browser, server));

// Everything about the page a test asks, measured in the browser.
function measure() {
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
  };
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top + scrollY, width: r.width, height: r.height };
  };
  const when = document.querySelector('main .deadline-box .when');
  const whenTime = when?.querySelector('time[datetime]');
  const follow = document.querySelector('main .follow');
  const links = [...document.querySelectorAll('main a[href]')].filter(visible);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    when: when && visible(when) ? { text: when.textContent.replace(/[\u2066-\u2069]/g, ''), datetime: whenTime?.getAttribute('datetime') ?? null, box: box(when) } : null,
    hrefs: links.map((a) => a.getAttribute('href')),
    applyButtons: [...document.querySelectorAll('main .actions a.button')].filter(visible).map((a) => a.getAttribute('href')),
    prepareDocs: [...document.querySelectorAll('main section[aria-labelledby="prepare"] ol.docs li')].filter(visible).length,
    follow: follow && visible(follow)
      ? [...follow.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), ...box(a), visible: visible(a) }))
      : null,
    feeds: [...document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')].map((l) => ({ href: l.getAttribute('href'), title: l.getAttribute('title') })),
  };
}

// The words that say "closed" and "opens" in each language (i18n/*/main.ftl).
const CLOSED_WORD = { fr: 'Clôturée', ar: 'أُغلق', zgh: 'ⵉⵜⵜⵓⵔⴳⵍ' };
const OPENS_WORD = { fr: 'ouvrent', ar: 'يُفتح', zgh: 'ⵜⵜⵓⵕⵥⵎⵏ' };

test('the example has an open, an upcoming and a closed offer on 2026-11-22', () => {
  for (const s of ['open', 'upcoming', 'closed']) {
    assert.ok(OFFERS.some((o) => o.status === s), `no ${s} offer in content/offers/: ${JSON.stringify(OFFERS.map((o) => [o.slug, o.status]))}`);
  }
});

// Checks the "follow the deadlines" links of a page: the webcal:// one
// names the site's host and the language's calendar, the https ones answer.
async function checkFollow(lang, m, where) {
  assert.ok(m.follow, `${where}: no visible "follow the deadlines" block`);
  const hrefs = m.follow.map((l) => l.href);
  const ics = `/${lang}/offers/deadlines.ics`;
  const webcal = `${BASE_URL.replace(/^https?:\/\//, 'webcal://')}${ics}`;
  assert.ok(hrefs.includes(webcal), `${where}: no ${webcal} link, got ${hrefs.join(' ')}`);
  assert.ok(hrefs.includes(ics), `${where}: no ${ics} link`);
  assert.ok(hrefs.includes(`/${lang}/offers/feed.xml`), `${where}: no link to the offers' feed`);
  for (const l of m.follow) {
    assert.ok(l.visible, `${where}: ${l.href} is not visible`);
    assert.ok(l.height >= 44, `${where}: ${l.href} is ${l.height} px high, under 44`);
    assert.ok(l.left >= 0 && l.right <= m.innerWidth + 0.5, `${where}: ${l.href} sticks out of the screen`);
  }
  const cal = await page.request.get(server.origin + ics);
  assert.equal(cal.status(), 200, `${ics} answered ${cal.status()}`);
  assert.match(await cal.text(), /^BEGIN:VCALENDAR/, `${ics} is not an iCalendar file`);
}

for (const lang of LANGS) {
  describe(`${lang}: offers at 360×740`, () => {
    for (const o of OFFERS) {
      test(`${o.status} offer ${o.slug}`, { timeout: 60_000 }, async () => {
        await open(page, server.origin, `/${lang}/offers/${o.slug}/`);
        const m = await page.evaluate(measure);
        const where = `/${lang}/offers/${o.slug}/ (${o.status})`;
        assert.ok(m.scrollWidth <= m.innerWidth, `${where}: the page is ${m.scrollWidth} px wide at ${m.innerWidth} px`);
        const applyLinks = m.hrefs.filter((h) => (o.url && h === o.url) || (o.email && h === `mailto:${o.email}`));
        if (o.status === 'open') {
          assert.ok(m.applyButtons.length > 0, `${where}: no apply button`);
          if (o.url) assert.ok(m.applyButtons.includes(o.url), `${where}: no button to ${o.url}`);
        } else {
          assert.deepEqual(applyLinks, [], `${where}: links to apply while ${o.status}`);
          assert.deepEqual(m.applyButtons, [], `${where}: apply buttons while ${o.status}`);
        }
        if (o.status === 'closed') {
          assert.ok(m.when, `${where}: no visible sentence saying when it closed`);
          assert.equal(m.when.datetime, o.closes, `${where}: the closing sentence's date`);
          assert.ok(m.when.text.includes(CLOSED_WORD[lang]), `${where}: "${m.when.text}" does not say closed`);
          const [y, , d] = o.closes.slice(0, 10).split('-');
          assert.ok(m.when.text.includes(y) && m.when.text.includes(String(Number(d))), `${where}: "${m.when.text}" does not give ${o.closes}`);
        }
        if (o.status === 'upcoming') {
          assert.ok(m.when, `${where}: no visible sentence saying when it opens`);
          assert.equal(m.when.datetime, o.opens, `${where}: the opening sentence's date`);
          assert.ok(m.when.text.includes(OPENS_WORD[lang]), `${where}: "${m.when.text}" does not say when it opens`);
          const [y, , d] = o.opens.split('-');
          assert.ok(m.when.text.includes(y) && m.when.text.includes(String(Number(d))), `${where}: "${m.when.text}" does not give ${o.opens}`);
          assert.equal(m.prepareDocs, o.documents, `${where}: ${m.prepareDocs} documents to prepare shown, ${o.documents} in the record`);
        }
        if (m.when) {
          assert.ok(m.when.box.left >= 0 && m.when.box.right <= m.innerWidth + 0.5, `${where}: the date sentence sticks out`);
        }
        await checkFollow(lang, m, where);
      });
    }

    test('the offers page links the deadlines and the feed', { timeout: 60_000 }, async () => {
      await open(page, server.origin, `/${lang}/offers/`);
      const m = await page.evaluate(measure);
      assert.ok(m.scrollWidth <= m.innerWidth, `/${lang}/offers/ is ${m.scrollWidth} px wide`);
      await checkFollow(lang, m, `/${lang}/offers/`);
    });

    for (const [rel, feeds] of [['', ['offers', 'news']], ['offers/', ['offers']], ['news/', ['news']]]) {
      test(`/${lang}/${rel} names its feeds in its head`, { timeout: 60_000 }, async () => {
        await open(page, server.origin, `/${lang}/${rel}`);
        const m = await page.evaluate(measure);
        const hrefs = m.feeds.map((f) => f.href);
        assert.deepEqual(hrefs.sort(), feeds.map((f) => `/${lang}/${f}/feed.xml`).sort(), `/${lang}/${rel}: feed links in the head`);
        for (const f of m.feeds) {
          assert.ok(f.title && f.title.trim(), `${f.href} has no title`);
          const res = await page.request.get(new URL(f.href, server.origin + `/${lang}/${rel}`).href);
          assert.equal(res.status(), 200, `${f.href} answered ${res.status()}`);
          const body = await res.text();
          assert.match(body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/, `${f.href} is not an Atom feed`);
        }
      });
    }
  });
}
