// The posting lists of src/search/FORMAT.md ("Postings"): the client's
// decoder and the test harness's encoder against the shared vectors
// (tests/search/vectors.json, "postings", also run by src/search/postings.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, loadClient, encodePostings } from './harness.mjs';

const { postings } = loadClient();
const vectors = JSON.parse(readFileSync(path.join(REPO, 'tests', 'search', 'vectors.json'), 'utf8')).postings;

test('shared posting vectors are there', () => assert.ok(vectors.length >= 8));

for (const v of vectors) {
  test(`postings ${JSON.stringify(v.encoded)} (${v.note})`, () => {
    assert.deepEqual(postings(v.encoded), v.postings.flat());
    assert.equal(encodePostings(v.postings), v.encoded);
  });
}

test('round trip of a long list with every weight and gaps of every length', () => {
  const pairs = [];
  for (let i = 0, doc = 0; i < 5000; i++) {
    doc += 1 + ((i * 7919) % 1000) * (i % 3);
    pairs.push([doc, [0, 1, 5, 10, 20, 100][i % 6]]);
  }
  const s = encodePostings(pairs);
  assert.ok(/^[0-O_-~]*$/.test(s), 'digits need no JSON escape');
  assert.deepEqual(postings(s), pairs.flat());
});
