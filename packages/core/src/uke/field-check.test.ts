/**
 * Date conversion at the edge (uke-format.md §1 Dates): the fast 西暦 path agrees with the shared
 * helpers (common/dates.ts) on every day of a span of years, and 和暦 goes through the helpers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactToIsoDate, compactToYearMonth } from '../common/dates.ts';
import { toIsoDate, toYearMonth } from './field-check.ts';

test('toIsoDate = compactToIsoDate for YYYYMMDD, including invalid days', () => {
  for (let y = 1899; y <= 2101; y += y < 1905 || y > 2095 || y % 4 === 0 ? 1 : 37) {
    for (let m = 0; m <= 13; m++) {
      for (let d = 0; d <= 32; d++) {
        const s = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
        assert.equal(toIsoDate(s), compactToIsoDate(s), s);
      }
    }
  }
  for (const s of ['2025010a', '2025-1-1', '        ']) assert.equal(toIsoDate(s), undefined, s);
  assert.equal(toIsoDate('20000229'), '2000-02-29');
  assert.equal(toIsoDate('19000229'), undefined);
});

test('toYearMonth = compactToYearMonth for YYYYMM; 和暦 by length', () => {
  for (const s of ['202501', '202500', '202512', '202513', '20250a']) assert.equal(toYearMonth(s), compactToYearMonth(s), s);
  assert.equal(toYearMonth('43011'), '2018-11');
  assert.equal(toIsoDate('3540101'), '1979-01-01');
  assert.equal(toIsoDate('4310501'), undefined);
});
