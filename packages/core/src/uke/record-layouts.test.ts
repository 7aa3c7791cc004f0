/**
 * Layouts as data (uke-format.md §3) and code tables (§5).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BURDEN_CODES, BURDEN_PAYERS_BY_CHAR, receiptTypeInfo } from './code-tables.ts';
import { DENTAL_LAYOUTS, DPC_LAYOUTS, MEDICAL_LAYOUTS, PHARMACY_LAYOUTS } from './record-layouts.ts';

test('医科 R4 column counts (§3)', () => {
  const expected = { IR: 10, RE: 38, HO: 15, KO: 12, SN: 9, JD: 33, MF: 33, GR: 3, SY: 8, SI: 44, IY: 44, TO: 48, CO: 5, SJ: 3, TI: 10, TR: 18, TS: 5, GO: 4 };
  assert.deepEqual(Object.fromEntries(Object.entries(MEDICAL_LAYOUTS).map(([id, l]) => [id, l.fields.length])), expected);
});

test('every field has a Japanese label, an English camelCase name, mode and length', () => {
  for (const [family, layouts] of Object.entries({ MEDICAL_LAYOUTS, DPC_LAYOUTS, PHARMACY_LAYOUTS, DENTAL_LAYOUTS })) {
    for (const [id, l] of Object.entries(layouts)) {
      assert.equal(l.id, id);
      assert.equal(l.fields[0]!.name, 'recordId');
      const names = new Set<string>();
      for (const f of l.fields) {
        assert.ok(f.ja.length > 0 && /^[a-z][A-Za-z0-9]*$/.test(f.name), `${family}.${id}.${f.name}`);
        assert.ok(!names.has(f.name), `${family}.${id}: duplicate ${f.name}`);
        names.add(f.name);
        assert.ok(['N', 'A', 'K', 'AK'].includes(f.mode));
        if (l.verified) assert.ok(f.bytes > 0, `${family}.${id}.${f.name} length`);
      }
    }
  }
});

test('spot checks against the spec text (§3)', () => {
  const si = MEDICAL_LAYOUTS.SI.fields;
  assert.deepEqual([si[3]!.ja, si[3]!.mode, si[3]!.bytes, si[3]!.fixed], ['診療行為コード', 'N', 9, true]);
  assert.deepEqual([si[13]!.ja, si[43]!.ja], ['1日の情報', '31日の情報']);
  const ho = MEDICAL_LAYOUTS.HO.fields[1]!;
  assert.deepEqual([ho.ja, ho.mode, ho.bytes, ho.fixed], ['保険者番号', 'A', 8, true]);
  assert.equal(MEDICAL_LAYOUTS.RE.fields[4]!.mode, 'AK');
  assert.equal(MEDICAL_LAYOUTS.SJ.fields[2]!.bytes, 2400);
  assert.equal(DENTAL_LAYOUTS.SS.fields.length, 109);
});

test('別表5 レセプト種別 structure (§5.1)', () => {
  const rows: [string, ReturnType<typeof receiptTypeInfo>][] = [
    ['1112', { insurance: 'health', hasInsurer: true, publicExpenseCount: 0, inpatient: false, label: '医科・医保/国保単独・本人/世帯主・入院外' }],
    ['1122', { insurance: 'health', hasInsurer: true, publicExpenseCount: 1, inpatient: false, label: '医科・医保/国保と1種の公費併用・本人/世帯主・入院外' }],
    ['1241', { insurance: 'publicOnly', hasInsurer: false, publicExpenseCount: 4, inpatient: true, label: '医科・4種の公費併用・入院' }],
    ['1318', { insurance: 'lateElderly', hasInsurer: true, publicExpenseCount: 0, inpatient: false, label: '医科・後期高齢者単独・高齢受給者一般・低所得者・入院外' }],
    ['1456', { insurance: 'retiree', hasInsurer: true, publicExpenseCount: 4, inpatient: false, label: '医科・退職者と4種の公費併用・家族/その他・入院外' }],
    ['1213', undefined], // 公費のみ uses only 1/2
    ['1311', undefined], // 後期 uses 7–0
    ['1417', undefined], // 退職者 uses 1–6
    ['1161', undefined], // at most 4 公費
    ['1251', undefined],
    ['3112', undefined], // 歯科 is not in the 医科 table
  ];
  for (const [code, info] of rows) assert.deepEqual(receiptTypeInfo(code), info, code);
  let n = 0;
  for (let i = 1000; i < 2000; i++) if (receiptTypeInfo(String(i))) n++;
  assert.equal(n, 50 + 8 + 20 + 30); // 医保 5×10, 公費 4×2, 後期 5×4, 退職者 5×6
});

test('別表21 負担区分 → payers (§5.3)', () => {
  assert.equal(Object.keys(BURDEN_CODES).length, 31); // every non-empty subset of 5 payers
  assert.equal(new Set(Object.values(BURDEN_CODES).map((v) => v.payers)).size, 31);
  assert.equal(BURDEN_PAYERS_BY_CHAR['2'.charCodeAt(0)], 0b00011);
  assert.equal(BURDEN_PAYERS_BY_CHAR['Z'.charCodeAt(0)], 0b11110);
  assert.equal(BURDEN_PAYERS_BY_CHAR['A'.charCodeAt(0)], 0);
});
