import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, formatYen } from './number-format.ts';

// Grouping by three with ',' as amounts are printed on bills and notices (no source form in
// ../shared/docs fixes it; this is the convention of Japanese business documents).
test('formatYen and formatCount group digits by three', () => {
  const rows: [number, string][] = [
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [100000000, '100,000,000'],
    [-1234, '-1,234'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ];
  for (const [n, s] of rows) {
    assert.equal(formatYen(n), s, String(n));
    assert.equal(formatCount(n), s, String(n));
  }
});

test('a negative amount may use △ as on accounting forms', () => {
  assert.equal(formatYen(-26155500, { negativeSign: '△' }), '△26,155,500');
  assert.equal(formatYen(500, { negativeSign: '△' }), '500');
});

test('money and counts are integers: fractions are refused, not rounded', () => {
  assert.throws(() => formatYen(12.5), RangeError);
  assert.throws(() => formatCount(Number.NaN), RangeError);
  assert.throws(() => formatYen(2 ** 53), RangeError);
});
