import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMasterFile } from './master-file-parser.ts';
import { toMasterEntry } from './master-entry.ts';
import type { CommentEntry, DeviceEntry, DiagnosisEntry, DrugEntry, ModifierEntry, ProcedureEntry } from './master-types.ts';
import { quotedRow, sharedRow } from './shared-rows.test-support.ts';
import { B_11BETA, B_GASTRITIS, S_MASSHO, S_SHOSHIN, T_HANSETSU, Y_GASTER, Z_UTAGAI } from './real-rows.test-support.ts';

const entry = <E>(file: string, line: number, text: string): E => {
  const r = quotedRow(file, line, text);
  return toMasterEntry(r.kind, r.cols) as E;
};

test('医科診療行為: 初診料 (s_ALL20240531.csv line 1)', () => {
  const e = entry<ProcedureEntry>('s_ALL20240531.csv', 1, S_SHOSHIN);
  assert.equal(e.code, '111000110');
  assert.equal(e.name, '初診料');
  assert.equal(e.fullName, '初診料');
  assert.equal(e.pointsType, 3);
  assert.equal(e.points100, 29100);
  assert.equal(e.oldPoints100, 28800); // 令和4年 points, before the 2024-06 revision
  assert.equal(e.unitCode, 0);
  assert.equal(e.inOutScope, 0);
  assert.equal(e.tallyOutpatient, '110');
  assert.equal(e.tallyInpatient, '110');
  assert.equal(e.actualDaysRule, 2); // 初診料・再診料 (別紙7-4)
  assert.equal(e.daysCountRule, 1);
  assert.equal(e.maxCount, 0);
  assert.equal(e.addOnCode, '1101');
  assert.equal(e.addOnSerial, '0');
  assert.equal(e.timeAddOnClass, 1);
  assert.equal(e.noticeClass1, 1);
  assert.deepEqual(e.ageAddOns, [{ minAge: '00', maxAge: '06', addOnCode: '111000370' }]); // 乳幼児加算（初診）
  assert.equal(e.sectionCode, 'A000');
  assert.equal(e.changedOn, '2024-06-01');
  assert.equal(e.abolishedOn, undefined);
  assert.equal(e.step, undefined);
  assert.equal(e.raw.length, 150);
});

test('医科診療行為: 末梢血液一般検査 (s_ALL20240531.csv line 5128)', () => {
  const e = entry<ProcedureEntry>('s_ALL20240531.csv', 5128, S_MASSHO);
  assert.equal(e.points100, 2100);
  assert.equal(e.tallyOutpatient, '600');
  assert.equal(e.examJudgeClass, 1); // 検体検査実施料
  assert.equal(e.examJudgeGroup, 2); // 血液学的検査 → 判断料 group
  assert.equal(e.facilityScope, 0);
  assert.equal(e.sectionCode, 'D005');
});

test('医薬品: ガスター散２％ (y_ALL20240321.csv line 1)', () => {
  const e = entry<DrugEntry>('y_ALL20240321.csv', 1, Y_GASTER);
  assert.deepEqual(
    [e.code, e.name, e.unitCode, e.unitName, e.priceType, e.price100, e.oldPrice100, e.generic, e.dosageForm],
    ['610406079', 'ガスター散２％', 33, 'ｇ', 1, 1650, 2410, false, 1],
  );
  assert.equal(e.genericNameCode, '2325003B2ZZZ');
  assert.equal(e.genericNameLabel, '【般】ファモチジン散２％');
  assert.equal(e.genericPrescriptionClass, 2);
  assert.equal(e.yjCode, '2325003B2029');
  assert.equal(e.listingMethod, 1); // 局方品
  assert.equal(e.transitionalUntil, undefined);
  assert.equal(e.selectiveCareClass, ''); // column added in 2024-10 (y_20240906.csv)
});

test('特定器材: フィルム 半切 (t_ALL20240315.csv line 1)', () => {
  const e = entry<DeviceEntry>('t_ALL20240315.csv', 1, T_HANSETSU);
  assert.deepEqual([e.code, e.name, e.fullName, e.unitName, e.priceType, e.price100], ['700010000', '半切', 'フィルム・半切', '枚', 1, 12000]);
  assert.equal(e.ageAddOnClass, 1);
  assert.equal(e.transitionalUntil, undefined); // '00000000'
  assert.equal(e.annexNumber, '3');
});

test('傷病名 and 修飾語 (b_20240601.txt lines 2 and 1203, z_20250601.txt line 1986)', () => {
  const b = entry<DiagnosisEntry>('b_20240601.txt', 2, B_11BETA);
  assert.deepEqual([b.code, b.name, b.icd10, b.listedOn, b.changedOn, b.standaloneForbidden, b.notBillable], [
    '8848176', '１１β－水酸化酵素欠損症', 'E250', '2015-01-01', '2015-01-01', false, false,
  ]);
  const g = entry<DiagnosisEntry>('b_20240601.txt', 1203, B_GASTRITIS);
  assert.equal(g.name, '胃炎');
  assert.equal(g.specificDiseaseClass, '05'); // 特定疾患療養管理料の対象
  const z = entry<ModifierEntry>('z_20250601.txt', 1986, Z_UTAGAI);
  assert.deepEqual([z.code, z.name, z.position, z.category, z.listedOn], ['8002', 'の疑い', 'suffix', 'A8000000', undefined]);
});

test('コメント: pattern 20 and pattern 40 with レセプト編集情報 (c_ALL20240531.csv)', () => {
  const r = sharedRow('base/c_ALL20240531.csv', 2);
  const c = toMasterEntry(r.kind, r.cols) as CommentEntry;
  assert.deepEqual([c.code, c.pattern, c.serial, c.name, c.editFields], ['820000001', 20, 1, '別途コメントあり', []]);
  // line 2721: 人工腎臓導入期　平成　　年　　月　　日 — three 2-digit slots.
  const r40 = sharedRow('base/c_ALL20240531.csv', 2721);
  const c40 = toMasterEntry(r40.kind, r40.cols) as CommentEntry;
  assert.equal(c40.code, '840000007');
  assert.deepEqual(c40.editFields, [{ column: 11, digits: 2 }, { column: 14, digits: 2 }, { column: 17, digits: 2 }]);
});

test('bad rows are errors naming file, line, 項番 and code; good rows of the file still load', () => {
  const bad = S_SHOSHIN.replace('"291.00"', '"29l.00"');
  const lines = [
    S_MASSHO,
    bad,
    S_SHOSHIN.replace('"20240601","99999999"', '"20240631","99999999"'),
    S_SHOSHIN.replace('"S","111000110"', '"Y","111000110"'),
    S_SHOSHIN.replace('"111000110"', '"11100011"'),
    S_SHOSHIN.replace(/^"0"/, '"4"'),
    '"0","S","111000110","3"',
    '"0","S","111000110',
    '',
    S_SHOSHIN,
  ];
  const p = parseMasterFile(lines.join('\r\n'), { name: 's_ALL20240531.csv', kind: 'S', fileDate: '2024-05-31', full: true });
  assert.deepEqual(p.rows.map((r) => [r.line, r.code]), [[1, '160008010'], [10, '111000110']]);
  const got = p.errors.map((e) => [e.line, e.code, e.column, e.masterCode]);
  assert.deepEqual(got, [
    [2, 'MASTER_DECIMAL_INVALID', 12, '111000110'],
    [3, 'MASTER_DATE_INVALID', 87, '111000110'],
    [4, 'MASTER_KIND_MISMATCH', 2, '111000110'],
    [5, 'MASTER_CODE_INVALID', 3, '11100011'],
    [6, 'MASTER_CHANGE_TYPE_INVALID', 1, '111000110'],
    [7, 'MASTER_COLUMN_COUNT', undefined, undefined],
    [8, 'MASTER_CSV_SYNTAX', 3, undefined],
  ]);
  assert.equal(p.errors[0]!.message, '項番12「新又は現点数」の値「29l.00」は小数点以下2桁までの数値ではありません');
  assert.equal(p.errors[1]!.message, '項番87「変更年月日」の値「20240631」は正しい年月日（西暦YYYYMMDD）ではありません');
  assert.equal(p.errors[5]!.message, '項目数が足りません（4項目、113項目以上が必要）');
  assert.ok(p.errors.every((e) => e.file === 's_ALL20240531.csv' && e.severity === 'error' && /[ぁ-ん]/.test(e.message)));
});

test('change rows: only the changed columns are set, and they are validated alone', () => {
  // t_20240531.csv line 1: new price and old price of 710010172, nothing else.
  const r = sharedRow('updates/t_20240531.csv', 1);
  assert.equal(r.change, '5');
  assert.equal(r.full, false);
  assert.deepEqual(
    r.cols.flatMap((v, i) => (v === '' ? [] : [[i + 1, v]])),
    [[1, '5'], [2, 'T'], [3, '710010172'], [12, '9232.00'], [18, '7641.00'], [28, '20240601']],
  );
  // c_20240930.csv line 1: a 廃止 row without its コメントコード (項番23); the code is rebuilt.
  const c = sharedRow('updates/c_20240930.csv', 1);
  assert.equal(c.cols[22], '');
  assert.equal(c.code, '820000096');
});
