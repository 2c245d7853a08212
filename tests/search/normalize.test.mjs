// The normalization of src/search/FORMAT.md, as the client implements it,
// against the shared vectors (tests/search/vectors.json, also run by the Rust
// tests) and, while that file does not exist yet, against draft cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, loadClient } from './harness.mjs';

const { normalize, ed1 } = loadClient();
const SHARED = path.join(REPO, 'tests', 'search', 'vectors.json');

// Draft cases, read from FORMAT.md (v1) by the client side.
const DRAFT = [
  { lang: 'ar', input: 'جمعية تيفاوين', tokens: ['جمع', 'تيفاو'], note: 'ة → ه then suffixes يه; ين' },
  { lang: 'ar', input: 'الجمعيات', tokens: ['جمع'], note: 'ال, then ات then ي' },
  { lang: 'ar', input: 'والجمعيات', tokens: ['جمع'], note: 'و then ال' },
  { lang: 'ar', input: 'أمل إحسان آفاق ٱلمغرب', tokens: ['امل', 'احس', 'افاق', 'مغرب'], note: 'alef variants' },
  { lang: 'ar', input: 'مُؤَسَّسَة', tokens: ['موسس'], note: 'harakat, ؤ → و, ة → ه' },
  { lang: 'ar', input: 'جمعـــية', tokens: ['جمع'], note: 'tatweel' },
  { lang: 'ar', input: 'مستشفى', tokens: ['مستشف'], note: 'ى → ي then suffix ي' },
  { lang: 'ar', input: 'سنة ٢٠٢٤ و ۱۹ و۱۹', tokens: ['سن', '2024', '19', 'و19'], note: 'Arabic-Indic and extended digits; one-letter و dropped; و19 too short for the و prefix' },
  { lang: 'ar', input: 'للتنمية', tokens: ['تنم'], note: 'لل' },
  { lang: 'ar', input: 'بالم', tokens: ['بالم'], note: 'بال kept: one letter would remain' },
  { lang: 'ar', input: '\u202bتيفاوين\u202c\u200f', tokens: ['تيفاو'], note: 'bidi controls' },
  { lang: 'ar', input: 'ﻻ', tokens: ['لا'], note: 'presentation form ligature (NFKC)' },
  { lang: 'fr', input: "L'Association des Femmes d’Agadir", tokens: ['association', 'des', 'femme', 'agadir'], note: 'elisions, case, plural; des too short' },
  { lang: 'fr', input: 'Éducation ŒUVRES régionaux', tokens: ['education', 'oeuvre', 'regional'], note: 'accents, œ, aux → al' },
  { lang: 'fr', input: "qu'il jusqu’à lorsqu'elle", tokens: ['il', 'elle'], note: 'elisions; à dropped (one letter)' },
  { lang: 'fr', input: 'aujourd’hui', tokens: ['aujourd', 'hui'], note: 'd’ not at the start of a word' },
  { lang: 'fr', input: 'ＡＢＣ ﬁlles Straße', tokens: ['abc', 'fille', 'strasse'], note: 'full width, fi ligature, ß' },
  { lang: 'fr', input: 'prix bus 5 a', tokens: ['pri', 'bus', '5'], note: 's/x dropped from ≥ 4 letters only; one letter dropped except digits' },
  { lang: 'fr', input: 'TIFAWIN-Agadir', tokens: ['tifawin', 'agadir'], note: 'hyphen separates' },
  { lang: 'zgh', input: 'ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ', tokens: ['ⵜⴰⵎⵓⵏⵜ', 'ⵜⵉⴼⴰⵡⵉⵏ'], note: 'Tifinagh unchanged' },
  { lang: 'zgh', input: 'ⵜ\u2d7fⵜ ⴰⴽⵯⵛⵓⵎ', tokens: ['ⵜⵜ', 'ⴰⴽⵡⵛⵓⵎ'], note: 'consonant joiner removed; NFKC turns the labialization mark U+2D6F into ⵡ U+2D61' },
];

const shared = existsSync(SHARED) ? JSON.parse(readFileSync(SHARED, 'utf8')).normalize : null;
const vectors = shared ?? DRAFT;

test(`vectors: ${shared ? 'tests/search/vectors.json' : 'draft cases (vectors.json not there yet)'}`, () => {
  assert.ok(Array.isArray(vectors) && vectors.length > 0);
});

for (const v of vectors) {
  test(`normalize ${v.lang} ${JSON.stringify(v.input)}${v.note ? ` (${v.note})` : ''}`, () => {
    assert.deepEqual(normalize(v.input, v.lang), v.tokens);
  });
}

test('normalization is idempotent on its own tokens', () => {
  for (const v of vectors) for (const t of v.tokens) {
    // stemming may shorten again, but a token never gains characters or splits
    const again = normalize(t, v.lang);
    assert.ok(again.length <= 1 && (again[0] ?? '').length <= t.length, `${t} → ${again}`);
  }
});

test('one edit: insertion, deletion, substitution, transposition', () => {
  assert.ok(ed1('association', 'associaton'));
  assert.ok(ed1('associaton', 'association'));
  assert.ok(ed1('agadir', 'agadri'));
  assert.ok(ed1('agadir', 'agadie'));
  assert.ok(ed1('agadir', 'agadir'));
  assert.ok(!ed1('agadir', 'agardi'));
  assert.ok(!ed1('agadir', 'agad'));
  assert.ok(!ed1('femme', 'fmmes'));
});
