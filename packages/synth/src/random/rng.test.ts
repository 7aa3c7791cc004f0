import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashKeys } from './hash.ts';
import { Rng } from './rng.ts';

test('streams are a function of their keys only', () => {
  const a = new Rng(1, 2, 3), b = new Rng(1, 2, 3), c = new Rng(1, 2, 4);
  const draw = (r: Rng): number[] => Array.from({ length: 8 }, () => r.u32());
  assert.deepEqual(draw(a), draw(b));
  assert.notDeepEqual(draw(new Rng(1, 2, 3)), draw(c));
  assert.notEqual(hashKeys(2 ** 40 + 1), hashKeys(1));
});

test('uniform enough for shares and ranges', () => {
  const r = new Rng(7);
  let hits = 0;
  const seen = new Set<number>();
  for (let i = 0; i < 20000; i++) {
    if (r.chance(0.08)) hits++;
    seen.add(r.range(1, 6));
  }
  assert.ok(Math.abs(hits / 20000 - 0.08) < 0.01);
  assert.deepEqual([...seen].sort(), [1, 2, 3, 4, 5, 6]);
});
