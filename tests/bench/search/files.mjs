// node files.mjs DIR [EXCLUDE_REGEX] -> {"files":N,"bytes":B,"gzip":G,"kept":{"files":…,"bytes":…,"gzip":…},"largest":{"path":…,"bytes":…,"gzip":…}}
// of the files under DIR (gzip: each file gzip -6, or as is when that is not
// smaller, as measure.mjs serves them); "kept": without the paths (relative
// to DIR) that match EXCLUDE_REGEX.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const [dir, exclude] = process.argv.slice(2);
const skip = exclude ? new RegExp(exclude) : null;
const all = { files: 0, bytes: 0, gzip: 0 };
const kept = { files: 0, bytes: 0, gzip: 0 };
let largest = { path: '', bytes: 0, gzip: 0 };
for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!e.isFile()) continue;
  const full = path.join(e.parentPath ?? e.path, e.name);
  const b = readFileSync(full);
  const z = Math.min(b.length, gzipSync(b, { level: 6 }).length);
  if (b.length > largest.bytes) largest = { path: path.relative(dir, full), bytes: b.length, gzip: z };
  for (const t of skip && skip.test(path.relative(dir, full)) ? [all] : [all, kept]) {
    t.files++;
    t.bytes += b.length;
    t.gzip += z;
  }
}
console.log(JSON.stringify({ ...all, kept, largest }));
