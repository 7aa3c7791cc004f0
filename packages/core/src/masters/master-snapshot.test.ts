import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveVersions } from './versioning.ts';
import { buildMasterSnapshot, createMasterSnapshot, periodOf } from './master-snapshot.ts';
import { toMasterEntry } from './master-entry.ts';
import type { MasterRow } from './master-file-parser.ts';
import { quotedRow, sharedRow } from './shared-rows.test-support.ts';
import { B_GASTRITIS, S_IRYO_JOHO_1, S_SHOSHIN, T_GOLD, Y_GASTER, Z_UTAGAI } from './real-rows.test-support.ts';

const rows = (): MasterRow[] => [
  quotedRow('s_ALL20240531.csv', 1, S_SHOSHIN),
  quotedRow('s_ALL20240531.csv', 40, S_IRYO_JOHO_1),
  sharedRow('updates/s_20241108.csv', 1), // 111703170 廃止 20241130
  quotedRow('y_ALL20240321.csv', 1, Y_GASTER),
  sharedRow('updates/y_20240521.csv', 1), // 622884801 アキュミン静注, new from 2024-05-22
  quotedRow('t_ALL20240315.csv', 196, T_GOLD),
  sharedRow('updates/t_20240531.csv', 1),
  sharedRow('updates/t_20240830.csv', 1), // 710010172 repriced from 2024-09-01
  quotedRow('b_20240601.txt', 1203, B_GASTRITIS),
  quotedRow('z_20250601.txt', 1986, Z_UTAGAI),
  sharedRow('base/c_ALL20240531.csv', 2),
];

test('a snapshot for a day answers each master by code', () => {
  const s = buildMasterSnapshot(deriveVersions(rows()).versions, '2024-06-15');
  assert.equal(s.date, '2024-06-15');
  assert.equal(s.month, undefined);
  assert.equal(s.procedure('111000110')?.points100, 29100);
  assert.equal(s.drug('610406079')?.price100, 1650);
  assert.equal(s.drug('610406079')?.unitCode, 33);
  assert.equal(s.device('710010172')?.price100, 923200);
  assert.equal(s.diagnosis('8830417')?.name, '胃炎');
  assert.equal(s.modifier('8002')?.name, 'の疑い');
  assert.equal(s.comment('820000001')?.name, '別途コメントあり');
  assert.equal(s.procedure('610406079'), undefined); // a drug code is not a procedure
  assert.equal(s.count(), 8);
});

test('a snapshot for a service month: first day, plus codes that begin within the month', () => {
  const versions = deriveVersions(rows()).versions;
  // アキュミン静注 is listed from 2024-05-22: a May claim may use it, a claim judged on 5/1 may not.
  assert.equal(buildMasterSnapshot(versions, '2024-05-01').drug('622884801'), undefined);
  const may = buildMasterSnapshot(versions, '2024-05');
  assert.equal(may.date, '2024-05-01');
  assert.equal(may.month, '2024-05');
  assert.equal(may.drug('622884801')?.price100, 34486700);
  assert.equal(may.procedure('111000110'), undefined); // the 2024-06 revision is not yet in force
  // The price in force on the first day holds for the month.
  assert.equal(buildMasterSnapshot(versions, '2024-08').device('710010172')?.price100, 923200);
  assert.equal(buildMasterSnapshot(versions, '2024-09').device('710010172')?.price100, 1030000);
  // Abolished on 2024-11-30 (the last day of use): in the November snapshot, gone in December.
  assert.equal(buildMasterSnapshot(versions, '2024-11').procedure('111703170')?.points100, 300);
  assert.equal(buildMasterSnapshot(versions, '2024-12').procedure('111703170'), undefined);
});

test('an item abolished mid-month stays in that month with the version of the first day', () => {
  // Constructed: the real abolitions all fall on a month's last day. 廃止年月日 2024-11-15.
  const base = quotedRow('s_ALL20240531.csv', 40, S_IRYO_JOHO_1);
  const cols = base.cols.map(() => '');
  Object.assign(cols, { 0: '9', 1: 'S', 2: base.code, 86: '20241116', 87: '20241115' });
  const abolish: MasterRow = { ...base, cols, change: '9', full: false, file: 's_20241101.csv', fileDate: '2024-11-01', line: 1 };
  const versions = deriveVersions([base, abolish]).versions;
  assert.equal(buildMasterSnapshot(versions, '2024-11').procedure('111703170')?.points100, 300);
  assert.equal(buildMasterSnapshot(versions, '2024-11-16').procedure('111703170'), undefined);
});

test('hand-built snapshots for tests of other modules', () => {
  const shoshin = quotedRow('s_ALL20240531.csv', 1, S_SHOSHIN);
  const s = createMasterSnapshot('2024-06-01', [toMasterEntry('S', shoshin.cols)]);
  assert.equal(s.procedure('111000110')?.name, '初診料');
  assert.deepEqual([...s.entries('S')].map((e) => e.code), ['111000110']);
});

test('periods of a day and of a month', () => {
  assert.deepEqual(periodOf('2024-12'), { start: '2024-12-01', end: '2025-01-01' });
  assert.deepEqual(periodOf('2024-02-29'), { start: '2024-02-29', end: '2024-03-01' });
});
