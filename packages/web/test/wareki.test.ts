/** 和暦 as the screens print it: era boundaries, 元年, both date spellings, anything else unchanged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warekiDate, warekiMonth } from '../src/lib/wareki.ts';

test('months and dates in 和暦', () => {
  assert.equal(warekiMonth('2025-05'), '令和7年5月');
  assert.equal(warekiMonth('2019-05'), '令和元年5月');
  assert.equal(warekiMonth('2019-04'), '平成31年4月');
  assert.equal(warekiDate('2019-04-30'), '平成31年4月30日');
  assert.equal(warekiDate('20190501'), '令和元年5月1日');
  assert.equal(warekiDate('1989-01-07'), '昭和64年1月7日');
  assert.equal(warekiDate('1989-01-08'), '平成元年1月8日');
  assert.equal(warekiDate('1948-06-12'), '昭和23年6月12日');
  assert.equal(warekiDate('1926-12-24'), '大正15年12月24日');
  assert.equal(warekiDate(''), '');
  assert.equal(warekiMonth('2025/05'), '2025/05');
});
