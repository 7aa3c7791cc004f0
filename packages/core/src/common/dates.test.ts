import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warekiToIsoDate, warekiToYearMonth, isoToWareki, formatWareki, compactToIsoDate, ageOn } from './dates.ts';

// Examples from ../shared/docs/uke-format.md §1 (MSPEC 別紙6-1 era codes).
test('和暦 GYYMMDD / GYYMM convert to ISO at the edge', () => {
  const rows: [string, string | undefined][] = [
    ['3540101', '1979-01-01'], // 昭和54年1月1日
    ['5010501', '2019-05-01'], // 令和元年5月1日
    ['4301116', '2018-11-16'], // 平成30年11月16日
    ['5020911', '2020-09-11'], // 令和2年9月11日 (pattern-50 comment example)
    ['4310501', undefined],    // 平成31年5月1日 does not exist: 令和 began that day
    ['5010430', undefined],    // 令和元年4月30日 is before 令和
    ['5070230', undefined],    // no 30 February
    ['9010101', undefined],    // unknown era
  ];
  for (const [w, iso] of rows) assert.equal(warekiToIsoDate(w), iso, w);
  assert.equal(warekiToYearMonth('43011'), '2018-11');
  assert.equal(warekiToYearMonth('50105'), '2019-05');
  assert.equal(warekiToYearMonth('43105'), undefined); // 平成31年5月: 令和 began 5/1
  assert.equal(warekiToYearMonth('43104'), '2019-04');
  assert.equal(warekiToYearMonth('16401'), undefined); // 明治64年 never was: 明治 ended in 1912

});

test('ISO → 和暦 and labels', () => {
  assert.equal(isoToWareki('2019-05-01'), '5010501');
  assert.equal(isoToWareki('1979-01-01'), '3540101');
  assert.equal(formatWareki('2025-05'), '令和7年5月');
  assert.equal(formatWareki('2019-05-01'), '令和元年5月1日');
  assert.equal(formatWareki('2019-04-30'), '平成31年4月30日');
});

test('compact dates and age', () => {
  assert.equal(compactToIsoDate('20240229'), '2024-02-29');
  assert.equal(compactToIsoDate('20230229'), undefined);
  assert.equal(ageOn('1955-05-10', '2025-05-09'), 69);
  assert.equal(ageOn('1955-05-10', '2025-05-10'), 70);
});
