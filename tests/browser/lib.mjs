// Shared helpers of the browser tests: where the built site is, a tiny static
// server over it, the Debian Chromium launch, and the list of page types.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..');
// The example site built by .ci/test (`nassij build --now 2026-11-22 --out target/browser-site`).
export const SITE = path.resolve(process.env.NASSIJ_SITE ?? path.join(REPO, 'target', 'browser-site'));
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const LANGS = ['ar', 'fr', 'zgh'];
export const DIR = { ar: 'rtl', fr: 'ltr', zgh: 'ltr' };

// Every page type of the site, as a path under /{lang}. `root` is the
// language chooser at `/`, the same for every language.
// NASSIJ_PAGE_TYPES names a JSON file of the same pairs for another site,
// or is `auto`: the same types on the site of NASSIJ_SITE (a generated one,
// whose slugs differ), each record the first of its folder.
export const PAGE_TYPES = process.env.NASSIJ_PAGE_TYPES === 'auto' ? autoPageTypes() : process.env.NASSIJ_PAGE_TYPES ? JSON.parse(readFileSync(process.env.NASSIJ_PAGE_TYPES, 'utf8')) : [
  ['home', ''],
  ['directory', 'associations/'],
  ['region facet', 'associations/region/MA-09/'],
  ['province facet', 'associations/province/MA-CHT/'],
  ['domain facet', 'associations/domain/education/'],
  ['place and domain', 'associations/region/MA-03/domain/youth/'],
  ['association', 'associations/tifawin/'],
  ['programmes', 'programmes/'],
  ['programme', 'programmes/nassij-fes-meknes/'],
  ['offers', 'offers/'],
  ['offer', 'offers/appui-formations-numeriques-2024/'],
  ['results', 'results/'],
  ['funding', 'funding/'],
  ['funding facet', 'funding/region/MA-03/'],
  ['news list', 'news/'],
  ['news item', 'news/lancement-nassij-fes-meknes/'],
  ['page', 'about/'],
  ['search', 'search/'],
  ['404', '404.html'],
];

function autoPageTypes() {
  const fr = path.join(SITE, 'fr');
  const first = (rel, skip = []) => readdirSync(path.join(fr, rel)).filter((f) => !f.includes('.') && !skip.includes(f)).sort()[0];
  const lists = ['region', 'province', 'domain', 'page'];
  const region = first('associations/region');
  const domain = first(`associations/region/${region}/domain`);
  return [
    ['home', ''],
    ['directory', 'associations/'],
    ['directory page 2', 'associations/page/2/'],
    ['region facet', `associations/region/${region}/`],
    ['province facet', `associations/province/${first('associations/province')}/`],
    ['domain facet', `associations/domain/${domain}/`],
    ['place and domain', `associations/region/${region}/domain/${domain}/`],
    ['association', `associations/${first('associations', lists)}/`],
    ['programmes', 'programmes/'],
    ['programme', `programmes/${first('programmes')}/`],
    ['offers', 'offers/'],
    ['offer', `offers/${first('offers')}/`],
    ['results', 'results/'],
    ['funding', 'funding/'],
    ['funding facet', `funding/region/${first('funding/region')}/`],
    ['news list', 'news/'],
    ['news item', `news/${first('news', ['page'])}/`],
    ['search', 'search/'],
    ['404', '404.html'],
  ];
}

/** Every (language, page type) pair, plus the root `/` once, with its expected language. */
export function allPages() {
  const pages = [];
  for (const lang of LANGS) {
    for (const [type, rel] of PAGE_TYPES) pages.push({ lang, type, path: `/${lang}/${rel}` });
  }
  // `/` chooses a language; it is written in the default language.
  pages.push({ lang: 'ar', type: 'root', path: '/' });
  return pages;
}

/** The generated site of .ci/test (5,000 associations, seed 1), or NASSIJ_LARGE_SITE. */
export const LARGE = path.resolve(process.env.NASSIJ_LARGE_SITE ?? path.join(REPO, 'target', 'browser-large', 'public'));

export function assertLargeBuilt() {
  if (!existsSync(path.join(LARGE, 'index.html'))) {
    throw new Error(`no generated site at ${LARGE}: bash .ci/test builds it (nassij-generate --associations 5000, then build)`);
  }
}

export function assertSiteBuilt() {
  if (!existsSync(path.join(SITE, 'index.html'))) {
    throw new Error(`no built site at ${SITE}: run \`cargo run -- build --now 2026-11-22 --out target/browser-site\` first (bash .ci/test does)`);
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function resolveFile(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = path.join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    /* not found */
  }
  return null;
}

/**
 * Serves `root` on 127.0.0.1 at a random port. A directory serves its
 * index.html (`/fr/associations` redirects to `/fr/associations/` as static
 * hosts do); anything missing answers 404 with /404.html.
 */
export async function serve(root = SITE) {
  root = path.resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let file = await resolveFile(root, url.pathname);
      if (file && file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('index.html')) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search });
        res.end();
        return;
      }
      let status = 200;
      if (!file) {
        status = 404;
        file = path.join(root, '404.html');
      }
      const body = await readFile(file);
      res.writeHead(status, {
        'Content-Type': contentType(file),
        'Content-Length': body.length,
        'Cache-Control': file.includes(`${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(e));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

// Flags that keep Chromium off the (closed) network and quick to start.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium through playwright-core; Playwright gives every launch a fresh, empty profile (--user-data-dir). */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium chromium-driver (bash .ci/test does)`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}

/** A new page with bounded timeouts for every operation. */
// bypassCSP: only for tests that inject their own checker (axe-core) into
// the page; the pages' Content-Security-Policy forbids inline scripts.
export async function newPage(browser, { width = 360, height = 740, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, reducedMotion: 'reduce', bypassCSP });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = await context.newPage();
  return page;
}

/** Loads a page and fails on an HTTP error (the 404 pages are fetched by their own file name). */
/**
 * What most test files share: the built example site served, Chromium, and
 * one page of `width`×`height` (none when `width` is 0). Close with
 * `closeAll(browser, server)`.
 */
export async function openSite({ width = 360, height = 740 } = {}) {
  assertSiteBuilt();
  const server = await serve();
  const browser = await launch();
  const page = width ? await newPage(browser, { width, height }) : undefined;
  return { server, browser, page };
}

/**
 * The example site and the generated one, each served: `{ example, large }`.
 * Close with `closeAll(browser, ...Object.values(servers))`.
 */
export async function serveBoth() {
  assertSiteBuilt();
  assertLargeBuilt();
  return { example: await serve(SITE), large: await serve(LARGE) };
}

/** Closes a browser, then servers (each may be missing: a `before` that failed). */
export async function closeAll(browser, ...servers) {
  await browser?.close();
  for (const s of servers) await s?.close();
}

export async function open(page, origin, urlPath) {
  const response = await page.goto(origin + urlPath, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${urlPath}`);
  if (response.status() >= 400) throw new Error(`${urlPath} answered HTTP ${response.status()}`);
  return response;
}

/** The nassij binary: NASSIJ_BIN, else the one `cargo build` / `cargo run` left. */
export function binary() {
  const candidates = [
    process.env.NASSIJ_BIN,
    path.join(process.env.CARGO_TARGET_DIR ?? path.join(REPO, 'target'), 'debug', 'nassij'),
    path.join(REPO, 'target', 'release', 'nassij'),
  ].filter(Boolean);
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`no nassij binary (tried ${candidates.join(', ')}): run cargo build first (bash .ci/test does)`);
  return found;
}

/**
 * `nassij serve` on a copy of the example site in a temporary folder, with
 * the editor's language `lang`: resolves when it answers, to its folder,
 * its origin and a `stop()` that ends it and removes the copy.
 */
export async function serveCopy(lang) {
  const work = mkdtempSync(path.join(tmpdir(), `nassij-serve-${lang}-`));
  const root = path.join(work, 'site');
  for (const part of ['content', 'themes', 'i18n', 'site.yaml']) {
    cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
  }
  const port = await new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port: p } = s.address(); s.close(() => resolve(p)); });
  });
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(binary(), ['--root', root, '--lang', lang, 'serve', '--port', String(port), '--now', '2026-11-22'], { stdio: ['ignore', 'ignore', 'ignore'] });
  const stop = () => { child.kill(); rmSync(work, { recursive: true, force: true }); };
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(origin + '/fr/')).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { stop(); throw new Error('nassij serve did not answer within 120 s'); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { root, origin, stop };
}
