// Tables of the search benchmark (run.sh): reads DIR/build-N.json and
// DIR/measure-N.json for each size, prints Markdown (run.sh writes it to
// target/bench/search.md).
//   node report.mjs DIR SIZE,SIZE... "header line"...
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, sizesArg, ...header] = process.argv.slice(2);
const sizes = sizesArg.split(',').map(Number);
const load = (f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
const builds = Object.fromEntries(sizes.map((n) => [n, load(`build-${n}.json`)]));
const runs = Object.fromEntries(sizes.map((n) => [n, load(`measure-${n}.json`)]));
const kb = (b) => (b / 1024).toFixed(1);
const mb = (b) => (b / 1048576).toFixed(1);
const fmt = (n) => n.toLocaleString('en');
const out = [];
const p = (s = '') => out.push(s);

for (const h of header) p(h);
p();
p('## Index build');
p();
p('| associations | documents indexed | tool | index build, wall s | peak RSS | search files | size on disk | gzip total | largest file (gzip) |');
p('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const n of sizes) {
  const b = builds[n];
  const big = (l) => `${l.path} ${kb(l.bytes)} KiB (${kb(l.gzip)})`;
  p(`| ${fmt(n)} | ${b.pagefind.pages ? fmt(b.pagefind.pages) : '?'} pages (3 languages) | nassij \`build\` (whole site: ${fmt(b.nassij.html)} HTML pages, ${fmt(b.nassij.files)} files) | ${b.nassij.build_s} | ${fmt(b.nassij.build_peak_mib)} MiB | | | | |`);
  p(`| | | nassij search index alone (\`search::build\`, median of 3; load + validate before it: ${b.nassij.load_validate_s} s) | ${b.nassij.index_median_s} | | ${fmt(b.nassij.search_files)} | ${mb(b.nassij.search_bytes)} MiB | ${mb(b.nassij.search_gzip)} MiB | ${big(b.nassij.search_largest)} |`);
  p(`| | | Pagefind 1.6 (whole run, over the built HTML) | ${b.pagefind.wall_s} | ${fmt(b.pagefind.peak_mib)} MiB | ${fmt(b.pagefind.files)} (${fmt(b.pagefind.engine_files)} without UI) | ${mb(b.pagefind.bytes)} MiB (${mb(b.pagefind.engine_bytes)} without UI) | ${mb(b.pagefind.gzip)} MiB | ${big(b.pagefind.largest)} |`);
}
p();
p('nassij\'s index is built inside `nassij build` (no switch leaves it out); its share is timed by `indexer/` (a small program on the nassij library: load + validate the site, then `nassij::search::build` alone, nothing written).');
p('"search files" for nassij: `public/search/` (all three languages); for Pagefind: its output folder, and without its UI files (`pagefind-ui.*`, `pagefind-modular-ui.*`, `pagefind-component-ui.*`, `pagefind-highlight.js`), which a JS-API page does not load. "gzip total": the sum of each file gzip-compressed (level 6) or as is when that is not smaller, as served here.');
p();
p('## Bytes a browser downloads per query (headless Chromium, gzip)');
p();
p('| associations | language | query | nassij (20 results shown) | Pagefind, data of 10 results | nassij / Pagefind | Pagefind, data of 20 | nassij / Pagefind (20) | results (nassij / Pagefind) |');
p('| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
const ratios = [];
const ratios20 = [];
for (const n of sizes) {
  const r = runs[n];
  for (const lang of Object.keys(r.queries)) {
    const a = r.bytes.find((b) => b.engine === 'nassij' && b.lang === lang);
    const f = r.bytes.find((b) => b.engine === 'pagefind' && b.lang === lang);
    for (const [i, which] of [[0, 'first'], [1, 'second']]) {
      const ratio = a[which] / f[which];
      ratios.push(ratio);
      const f20 = f[which + '20'];
      ratios20.push(a[which] / f20);
      p(`| ${fmt(n)} | ${lang} | ${which}: «${r.queries[lang][i]}» | ${kb(a[which])} KiB (${a.requests[which].length} files) | ${kb(f[which])} KiB (${f.requests[which].length} files) | ${ratio.toFixed(2)} | ${kb(f20)} KiB | ${(a[which] / f20).toFixed(2)} | ${a.answers[i].count} / ${f.answers[i].count} |`);
    }
  }
}
p();
const goal = (rs, what) => `${rs.every((x) => x <= 0.5) ? 'met on every row' : `NOT met on ${rs.filter((x) => x > 0.5).length} of ${rs.length} rows`} against ${what} (worst ratio ${Math.max(...rs).toFixed(2)}, best ${Math.min(...rs).toFixed(2)})`;
p(`Goal "at most half of Pagefind's bytes per query": ${goal(ratios, 'Pagefind with 10 results')}; ${goal(ratios20, 'Pagefind with 20')}.`);
p();
p("First query: everything fetched from the page load to the first query's results (nassij: search.js, the manifest fetched at load, term shards, metadata chunks of the first 20 results; Pagefind: pagefind.js, its worker, pagefind-entry.json, the language's .pf_meta and WebAssembly (pagefind.init() at load), index chunks, and the fragments of the first 10 results, `await result.data()`). Second query: what a different query added on the same page. Bytes as on the wire (CDP encodedDataLength: response headers + compressed body). The brief's comparison is Pagefind loading the data of the first 10 results; nassij's client shows 20 at a time (it fetches the metadata chunks of 20), so the Pagefind-with-20 columns are the like-for-like ones.");
p();
p('Files fetched (the largest size):');
p();
const big = sizes[sizes.length - 1];
for (const b of runs[big].bytes) {
  p(`- ${b.engine} ${b.lang}, first: ${b.requests.first.map((s) => s.replace(/^\/(search\/[a-z]+|pagefind_bench)\//, '').replace(/ (\d+)$/, (m, x) => ` ${kb(+x)}K`)).join(', ')}; second: ${b.requests.second.map((s) => s.replace(/^\/(search\/[a-z]+|pagefind_bench)\//, '').replace(/ (\d+)$/, (m, x) => ` ${kb(+x)}K`)).join(', ')}`);
}
p();
p('## Spelling variants');
p();
p(`Found = the expected record's page is among the first 10 results (rank in brackets; "-" = not among the results). ${sizes.map((n) => fmt(n)).join(' and ')} associations.`);
p();
p(`| variant | site | query | expected | ${sizes.map((n) => `nassij ${fmt(n)} | Pagefind ${fmt(n)}`).join(' | ')} |`);
p(`| --- | --- | --- | --- | ${sizes.map(() => '--- | ---').join(' | ')} |`);
const tally = {};
for (const [id, kind, lang, q, slug] of runs[sizes[0]].variantSet) {
  const cells = [];
  for (const n of sizes) {
    for (const engine of ['nassij', 'pagefind']) {
      const v = runs[n].variants.find((x) => x.id === id && x.engine === engine);
      const key = `${engine} ${n}`;
      tally[key] ??= [0, 0];
      tally[key][1]++;
      if (!v) {
        cells.push('n/a');
        continue;
      }
      if (v.found) tally[key][0]++;
      cells.push(`${v.found ? 'found' : '**missed**'} (${v.rank || '-'}/${Number.isFinite(v.count) ? v.count : '?'})`);
    }
  }
  p(`| ${kind} | ${lang} | \`${q}\` | ${slug} | ${cells.join(' | ')} |`);
}
p(`| **total found** | | | | ${sizes.map((n) => ['nassij', 'pagefind'].map((e) => `${tally[`${e} ${n}`][0]}/${tally[`${e} ${n}`][1]}`).join(' | ')).join(' | ')} |`);
p();
p('(rank/number of results.) The "control" rows use the spelling of the record; the others a variant of it.');
console.log(out.join('\n'));
