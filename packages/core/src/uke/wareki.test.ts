/**
 * Legacy 和暦 files (uke-format.md §1 Dates: GYYMM / GYYMMDD before the 令和2年 edition; detect by
 * length). They are accepted and converted to ISO at the edge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUkeSync } from './parse-uke.ts';
import { isProviderRecord } from './guards.ts';
import { baseLines, errorsOf, fileBytes, setField } from './files.test-support.ts';

function warekiFile(): string[] {
  let l = baseLines();
  l = setField(l, 1, 7, '43011'); // 請求年月 平成30年11月
  for (const re of [2, 13, 19]) l = setField(l, re, 3, '43010'); // 診療年月 平成30年10月
  l = setField(l, 2, 6, '3550101'); // 生年月日 昭和55年1月1日
  l = setField(l, 13, 6, '4020515');
  l = setField(l, 19, 6, '4220303');
  for (const sy of [6, 7, 16, 21]) l = setField(l, sy, 2, '4301016');
  // SN / JD did not exist for 平成30年 claims (UKE-W008): drop them.
  return l.filter((_, i) => i !== 3 && i !== 4);
}

test('和暦 GYYMM / GYYMMDD fields are accepted and converted', () => {
  const events = parseUkeSync(fileBytes(warekiFile()), { fileName: 'w' });
  assert.deepEqual(events.flatMap((e) => e.errors), []);
  const header = events[0]!;
  assert.ok(header.type === 'header' && isProviderRecord(header.record));
  assert.equal(header.record.billingMonth, '2018-11');
  const claims = events.flatMap((e) => (e.type === 'claim' ? [e.claim] : []));
  assert.equal(claims[0]!.re.serviceMonth, '2018-10');
  assert.equal(claims[0]!.re.birthDate, '1980-01-01');
  assert.equal(claims[0]!.sy[0]!.startDate, '2018-10-16');
  assert.equal(claims[1]!.re.birthDate, '1990-05-15');
});

const rows: [string, number, number, string, string][] = [
  // [what, line, field, value, expected code]
  ['平成31年5月 does not exist (令和 began 5/1)', 2, 3, '43105', 'UKE-E028'],
  ['令和元年4月30日 is before 令和', 2, 6, '5010430', 'UKE-E027'],
  ['era 9 is unknown', 2, 6, '9010101', 'UKE-E027'],
  ['6 digits is neither form of a date', 2, 6, '198001', 'UKE-E027'],
];
for (const [what, line, field, value, code] of rows) {
  test(`invalid 和暦: ${what}`, () => {
    const found = errorsOf(fileBytes(setField(baseLines(), line, field, value)));
    assert.deepEqual(found.map((e) => [e.code, e.line]), [[code, line]]);
  });
}
