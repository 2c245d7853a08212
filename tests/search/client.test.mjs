// The query algorithm of src/search/FORMAT.md, as the client implements it,
// over small in-memory indexes built here, with fetch stubbed: exact, prefix,
// typo, AND, filters, scoring order, and which files a query downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadClient, buildIndex, stubGet } from './harness.mjs';

const { normalize, Engine } = loadClient();

const DOCS = [
  /* 0 */ { url: '/fr/associations/tifawin/', name: ['Association Tifawin', 'جمعية تيفاوين', 'ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ'], kind: 'association', region: 'MA-09', place: 'Tiznit, Souss-Massa', domains: ['education'], summary: 'Soutien scolaire et alphabétisation des femmes rurales' },
  /* 1 */ { url: '/fr/associations/femmes-agadir/', name: ["Association des femmes d'Agadir", 'جمعية نساء أكادير'], kind: 'association', region: 'MA-09', place: 'Agadir Ida-Outanane, Souss-Massa', domains: ['women', 'employment'], summary: 'Coopératives et formation' },
  /* 2 */ { url: '/fr/programmes/nassij/', name: ['Programme Nassij'], kind: 'programme', place: '', domains: ['education'], summary: 'Stratégie nationale de soutien aux associations' },
  /* 3 */ { url: '/fr/news/agadir/', name: ['Lancement à Agadir'], kind: 'news', region: 'MA-09', place: 'Agadir', summary: 'Les associations d’Agadir se réunissent', body: 'femmes et jeunes' },
  /* 4 */ { url: '/fr/associations/amal/', name: ['Association Amal', 'جمعية الأمل'], kind: 'association', region: 'MA-03', place: 'Fès, Fès-Meknès', domains: ['health'], summary: 'Santé et éducation des enfants' },
  /* 5 */ { url: '/fr/offers/appui/', name: ['Appui aux associations locales'], kind: 'offer', region: 'MA-03', place: 'Fès-Meknès', domains: ['education'], summary: 'Financement de projets éducatifs' },
];

function setup(opts = {}, docs = DOCS) {
  const index = buildIndex(normalize, docs, opts);
  const { get, log } = stubGet(index.files);
  return { index, log, engine: Engine(index.manifestUrl, get) };
}
const ids = async (engine, q, f) => (await engine.query(q, f)).ids;

test('exact match on a non-last token, prefix on the last', async () => {
  const { engine } = setup();
  assert.deepEqual(await ids(engine, 'agadir'), [1, 3]);
  assert.deepEqual(await ids(engine, 'agad'), [1, 3]);
  assert.deepEqual(await ids(engine, 'tifa'), [0]);
  // "agad" is not a word: exact is required before the last token
  assert.deepEqual(await ids(engine, 'agad femmes'), []);
  assert.deepEqual(await ids(engine, 'agadir femm'), [1, 3]);
});

test('AND over tokens', async () => {
  const { engine } = setup();
  assert.deepEqual(await ids(engine, 'association fès'), [4, 5]);
  assert.deepEqual(await ids(engine, 'femmes tiznit'), [0]);
  assert.deepEqual(await ids(engine, 'femmes nowhere'), []);
});

test('one typo in Latin tokens of ≥ 5 letters, only without an exact match', async () => {
  const { engine } = setup();
  // a whole term within one edit, last token or not
  assert.deepEqual(await ids(engine, 'tifawni'), [0]);
  assert.deepEqual(await ids(engine, 'agadri'), [1, 3]);
  assert.deepEqual(await ids(engine, 'agadri femmes'), [1, 3]);
  assert.deepEqual(await ids(engine, 'femmes agadri'), [1, 3]);
  // as you type, a typo in an unfinished word finds nothing yet
  assert.deepEqual(await ids(engine, 'agdi'), []);
  assert.deepEqual(await ids(engine, 'tifawn'), [0]);
  // "associatons" → associaton, one deletion from "association"
  assert.deepEqual((await ids(engine, "l'associatons")).sort(), [0, 1, 2, 3, 4, 5]);
  // short tokens get no tolerance
  assert.deepEqual(await ids(engine, 'amak'), []);
  // two edits are too many
  assert.deepEqual(await ids(engine, 'tifwni'), []);
});

test('scores: name before place before summary; exact ×1, prefix ×0.8, typo ×0.5; ties by doc id', async () => {
  const { engine } = setup();
  // agadir: name of 1 and 3 (100 each) → tie → doc id order
  assert.deepEqual(await ids(engine, 'agadir'), [1, 3]);
  // femmes: name of 1 (100), summary of 0 (5), body of 3 (1)
  assert.deepEqual(await ids(engine, 'femmes'), [1, 0, 3]);
  // education: domain of 0, 2, 5 (10) and summary of 4 (5); educatif (5) is no prefix of "education"
  assert.deepEqual(await ids(engine, 'éducation'), [0, 2, 5, 4]);
  // exact beats prefix: "fes" is a place (20 exact) in 4 and 5; "fe" as prefix also matches "femme" (100 × 0.8)
  assert.deepEqual(await ids(engine, 'fe'), [1, 4, 5, 0, 3]);
});

test('Arabic: folding and stemming on both sides; Latin names on the Arabic index', async () => {
  const ar = DOCS.map((d) => ({ ...d, url: d.url.replace('/fr/', '/ar/') }));
  const { engine } = setup({ lang: 'ar' }, ar);
  assert.deepEqual(await ids(engine, 'تيفاوين'), [0]);
  assert.deepEqual(await ids(engine, 'الجمعيات'), [0, 1, 4]);
  assert.deepEqual(await ids(engine, 'امل'), [4]);
  assert.deepEqual(await ids(engine, 'أكادير'), [1]);
  assert.deepEqual(await ids(engine, 'tifawin'), [0]);
  assert.deepEqual(await ids(engine, 'ⵜⵉⴼⴰ'), [0]);
});

test('filters intersect, alone or with a query', async () => {
  const { engine } = setup();
  assert.deepEqual(await ids(engine, 'agadir', { kind: 'news' }), [3]);
  assert.deepEqual(await ids(engine, 'association', { kind: 'association', region: 'MA-03' }), [4]);
  assert.deepEqual(await ids(engine, 'éducation', { domain: 'education' }), [0, 2, 5]);
  assert.deepEqual(await ids(engine, '', { region: 'MA-09' }), [0, 1, 3]);
  assert.deepEqual(await ids(engine, '', { region: 'MA-09', kind: '' }), [0, 1, 3]);
  assert.deepEqual(await ids(engine, 'agadir', { region: 'MA-99' }), []);
});

test('nothing asked: null; one-letter queries ask nothing', async () => {
  const { engine } = setup();
  assert.equal(await engine.query('', {}), null);
  assert.equal(await engine.query('  a ', { kind: '' }), null);
});

test('downloads the manifest, then only the shards and metadata chunks a query needs, once', async () => {
  const { engine, log, index } = setup({ limit: 300, metaSize: 2 });
  const shards = Object.keys(index.manifest.shards);
  assert.ok(shards.some((k) => k.length > 1), `small limit splits shards: ${shards}`);
  const r = await engine.query('agadir');
  assert.deepEqual(r.ids, [1, 3]);
  const meta = await engine.meta(r.ids);
  assert.deepEqual(meta.map((m) => m[0]), ['/fr/associations/femmes-agadir/', '/fr/news/agadir/']);
  const names = log.map((u) => u.split('/').pop());
  assert.equal(names[0], 'manifest.0123456789.json');
  const t = names.filter((n) => n.startsWith('t-'));
  assert.equal(t.length, 1, `one term shard: ${names}`);
  assert.ok(/^t-ag?a?\./.test(t[0]), t[0]);
  assert.deepEqual(names.filter((n) => n.startsWith('m-')).sort(), ['m-0.0123456789.json', 'm-1.0123456789.json']);
  assert.ok(!names.some((n) => n.includes('kind') || n.includes('region')), 'no filter shard without a filter');
  const before = log.length;
  await engine.query('agadir');
  await engine.meta(r.ids);
  assert.equal(log.length, before, 'cached in memory');
  await engine.query('agadir', { kind: 'news' });
  assert.deepEqual(log.slice(before).map((u) => u.split('/').pop()), ['t-kind%3A.0123456789.json']);
});

test('a prefix shorter than the shard prefixes loads every longer shard (at most 8), else waits', async () => {
  const many = Array.from({ length: 12 }, (_, i) => ({ url: `/fr/a/${i}/`, name: [`ab${'cdefghijklmnop'[i]}zzzzzz${i}`], kind: 'association' }));
  const { engine, index, log } = setup({ limit: 80 }, many);
  const ab = Object.keys(index.manifest.shards).filter((k) => k.startsWith('ab') && k.length > 2);
  assert.ok(ab.length > 8, `split into ${ab}`);
  assert.deepEqual(await engine.query('ab'), { short: true });
  assert.deepEqual(await ids(engine, 'abc'), [0]);
  const small = setup({ limit: 80 }, many.slice(0, 5));
  assert.deepEqual(await ids(small.engine, 'ab'), [0, 1, 2, 3, 4]);
  assert.ok(log.length >= 1);
});

test('fetch errors reject and are retried by the next query', async () => {
  const index = buildIndex(normalize, DOCS);
  let fail = true;
  const engine = Engine(index.manifestUrl, async (u) => {
    if (fail) throw new Error('offline');
    return structuredClone(index.files.get(u));
  });
  await assert.rejects(engine.query('agadir'));
  fail = false;
  assert.deepEqual((await engine.query('agadir')).ids, [1, 3]);
});
