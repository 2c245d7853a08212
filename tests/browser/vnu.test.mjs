// The Nu Html Checker (npm vnu-jar, run with the machine's Java 17) over every
// .html file of the built example site: zero errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { SITE, assertSiteBuilt } from './lib.mjs';

const require = createRequire(import.meta.url);

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
}

test('Nu Html Checker: zero errors on every page of the site', { timeout: 600_000 }, async () => {
  assertSiteBuilt();
  const jar = String(require('vnu-jar')); // the path of vnu.jar
  const files = htmlFiles(SITE);
  assert.ok(files.length > 100, `only ${files.length} .html files in ${SITE}`);
  const { stdout, stderr, code } = await new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-Xss4m', '-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', SITE],
      { maxBuffer: 256 * 1024 * 1024, timeout: 540_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ stdout, stderr, code: error ? error.code : 0 });
      },
    );
  });
  // vnu writes its JSON report on stderr
  let report;
  try {
    report = JSON.parse(stderr || stdout);
  } catch {
    assert.fail(`vnu exited ${code} without a JSON report:\n${(stderr || stdout).slice(0, 2000)}`);
  }
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : (a.lastLine ?? 0) - (b.lastLine ?? 0)));
  const lines = errors.slice(0, 30).map((m) => `  ${path.relative(SITE, new URL(m.url).pathname)}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`);
  const byMessage = new Map();
  for (const m of errors) byMessage.set(m.message, (byMessage.get(m.message) ?? 0) + 1);
  assert.ok(
    errors.length === 0,
    `${errors.length} Nu Html Checker errors in ${new Set(errors.map((m) => m.url)).size} of ${files.length} files; first 30:\n${lines.join('\n')}\nby message:\n${[...byMessage].sort((a, b) => b[1] - a[1]).map(([m, n]) => `  ${n} × ${m}`).join('\n')}`,
  );
  assert.equal(code, 0, `vnu exited ${code}`);
});
