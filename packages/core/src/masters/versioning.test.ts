import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsoDate } from '../common/dates.ts';
import { deriveVersions, type MasterVersion } from './versioning.ts';
import { versionOn } from './master-snapshot.ts';
import type { MasterRow } from './master-file-parser.ts';
import type { MasterEntry } from './master-types.ts';
import { quotedRow, sharedRow } from './shared-rows.test-support.ts';
import {
  B_GASTRITIS, S_IRYO_DX, S_IRYO_JOHO_1, S_NIJISEI, S_SHOSHIN, T_GOLD, Y_KERENDIA, Y_TRIAZOLAM,
} from './real-rows.test-support.ts';

type Pick = (e: MasterEntry) => unknown;
const points: Pick = (e) => (e.kind === 'S' ? e.points100 : undefined);
const price: Pick = (e) => (e.kind === 'Y' || e.kind === 'T' ? e.price100 : undefined);
const name: Pick = (e) => e.name;

interface Case {
  what: string;
  rows: () => MasterRow[];
  code: string;
  pick: Pick;
  /** [day, value of the version in force, or undefined when none]. */
  expect: [IsoDate, unknown][];
}

const CASES: Case[] = [
  {
    what: '初診料 is 291.00 points from the 2024-06 revision (s_ALL20240531.csv line 1)',
    rows: () => [quotedRow('s_ALL20240531.csv', 1, S_SHOSHIN)],
    code: '111000110',
    pick: points,
    expect: [['2024-05-31', undefined], ['2024-06-01', 29100], ['2025-08-31', 29100]],
  },
  {
    what: 'a drug price before and after a change file (ケレンディア錠１０ｍｇ: y_ALL20240321.csv 17582, y_20240613.csv 18)',
    rows: () => [quotedRow('y_ALL20240321.csv', 17582, Y_KERENDIA), sharedRow('updates/y_20240613.csv', 18)],
    code: '622911101',
    pick: price,
    expect: [['2024-03-31', undefined], ['2024-04-01', 14790], ['2024-06-30', 14790], ['2024-07-01', 14390]],
  },
  {
    // The base row (7641.00 from 2024-06-01) is corrected for the same day by t_20240531.csv, then
    // each quarter's 随時改定 of gold alloys takes effect on the first of the month.
    what: 'a device repriced by successive change files (t_ALL20240315.csv 196; t_20240531/0830/1129.csv line 1)',
    rows: () => [
      quotedRow('t_ALL20240315.csv', 196, T_GOLD),
      sharedRow('updates/t_20240531.csv', 1),
      sharedRow('updates/t_20240830.csv', 1),
      sharedRow('updates/t_20241129.csv', 1),
    ],
    code: '710010172',
    pick: price,
    expect: [['2024-06-01', 923200], ['2024-08-31', 923200], ['2024-09-01', 1030000], ['2024-11-30', 1030000], ['2024-12-01', 1039000]],
  },
  {
    what: 'an item abolished by 廃止年月日 (医療情報取得加算１: s_ALL20240531.csv 40, s_20241108.csv 1)',
    rows: () => [quotedRow('s_ALL20240531.csv', 40, S_IRYO_JOHO_1), sharedRow('updates/s_20241108.csv', 1)],
    code: '111703170',
    pick: points,
    expect: [['2024-06-01', 300], ['2024-11-30', 300], ['2024-12-01', undefined]],
  },
  {
    what: 'a new item appears from its 変更年月日, not from the file date (s_20240906.csv line 2)',
    rows: () => [sharedRow('updates/s_20240906.csv', 2)],
    code: '111703470',
    pick: points,
    expect: [['2024-09-06', undefined], ['2024-09-30', undefined], ['2024-10-01', 1100]],
  },
  {
    what: 'a change row renames an item from its 変更年月日 and keeps the other columns (s_ALL20240531.csv 42, s_20240906.csv 1)',
    rows: () => [quotedRow('s_ALL20240531.csv', 42, S_IRYO_DX), sharedRow('updates/s_20240906.csv', 1)],
    code: '111703370',
    pick: (e) => [e.name, points(e)],
    expect: [['2024-09-30', ['医療ＤＸ推進体制整備加算（初診）', 800]], ['2024-10-01', ['医療ＤＸ推進体制整備加算３（初診）', 800]]],
  },
  {
    what: 'a comment abolished by a 廃止 row without its code column (c_ALL20240531.csv 39, c_20240930.csv 1)',
    rows: () => [sharedRow('base/c_ALL20240531.csv', 39), sharedRow('updates/c_20240930.csv', 1)],
    code: '820000096',
    pick: name,
    expect: [['2024-06-01', '　１　２４時間持続して点滴を実施'], ['2024-09-30', '　１　２４時間持続して点滴を実施'], ['2024-10-01', undefined]],
  },
  {
    what: 'a 廃止 row without 変更年月日 ends the drug after 廃止年月日 (y_ALL20240321.csv 842, y_20240628.csv 1, y_20240925.csv 1)',
    rows: () => [
      quotedRow('y_ALL20240321.csv', 842, Y_TRIAZOLAM),
      sharedRow('updates/y_20240628.csv', 1),
      sharedRow('updates/y_20240925.csv', 1),
    ],
    code: '610412126',
    pick: (e) => (e.kind === 'Y' ? [e.price100, e.transitionalUntil ?? null] : undefined),
    expect: [['2024-06-27', [570, null]], ['2024-06-28', [570, '2024-09-30']], ['2024-09-30', [570, '2024-09-30']], ['2024-10-01', undefined]],
  },
  {
    what: 'a 抹消 row of a full file leaves nothing in force (c_ALL20240531.csv line 3720)',
    rows: () => [sharedRow('base/c_ALL20240531.csv', 3720)],
    code: '850600196',
    pick: name,
    expect: [['2024-05-31', undefined], ['2024-06-01', undefined], ['2025-01-01', undefined]],
  },
  {
    what: 'a full-file row without any date is in force since before the file (胃炎: b_20240601.txt line 1203 has 収載年月日 20020601)',
    rows: () => [quotedRow('b_20240601.txt', 1203, B_GASTRITIS)],
    code: '8830417',
    pick: name,
    expect: [['2002-05-31', undefined], ['2002-06-01', '胃炎'], ['2025-08-01', '胃炎']],
  },
];

for (const c of CASES) {
  test(`versions: ${c.what}`, () => {
    const { versions, warnings } = deriveVersions(c.rows());
    assert.deepEqual(warnings, []);
    const mine = versions.filter((v) => v.code === c.code);
    for (const [day, want] of c.expect) {
      const v = versionOn(mine, day);
      assert.deepEqual(v && c.pick(v.entry), want, `${c.code} on ${day}`);
    }
  });
}

const spans = (vs: MasterVersion[]): [string | undefined, string | undefined, string][] =>
  vs.map((v) => [v.validFrom, v.validTo, `${v.source.file}:${v.source.line}`]);

test('a correction without 変更年月日 rewrites the version in force instead of splitting it (s_20240621.csv line 1)', () => {
  const { versions } = deriveVersions([quotedRow('s_ALL20240531.csv', 438, S_NIJISEI), sharedRow('updates/s_20240621.csv', 1)]);
  assert.deepEqual(spans(versions), [['2024-06-01', undefined, 's_20240621.csv:1']]);
  const e = versions[0]!.entry;
  assert.ok(e.kind === 'S');
  assert.equal(e.facilityScope, 0); // was 1 (病院のみ) in the base file
  assert.equal(e.points100, 100000); // the columns the change row leaves empty are kept
  assert.equal(e.name, '二次性骨折予防継続管理料１');
});

test('files may come in any order: the versions are the same', () => {
  const rows = [
    quotedRow('t_ALL20240315.csv', 196, T_GOLD),
    sharedRow('updates/t_20240531.csv', 1),
    sharedRow('updates/t_20240830.csv', 1),
    sharedRow('updates/t_20241129.csv', 1),
    quotedRow('s_ALL20240531.csv', 40, S_IRYO_JOHO_1),
    sharedRow('updates/s_20241108.csv', 1),
  ];
  const forward = spans(deriveVersions(rows).versions);
  assert.deepEqual(spans(deriveVersions([...rows].reverse()).versions), forward);
  assert.deepEqual(spans(deriveVersions([rows[3]!, rows[5]!, rows[0]!, rows[2]!, rows[4]!, rows[1]!]).versions), forward);
  assert.deepEqual(forward, [
    ['2024-06-01', '2024-12-01', 's_ALL20240531.csv:40'],
    ['2024-06-01', '2024-09-01', 't_20240531.csv:1'],
    ['2024-09-01', '2024-12-01', 't_20240830.csv:1'],
    ['2024-12-01', undefined, 't_20241129.csv:1'],
  ]);
});

test('a change row with nothing to apply to is a warning and makes no version', () => {
  const { versions, warnings } = deriveVersions([sharedRow('updates/t_20240830.csv', 1)]);
  assert.deepEqual(versions, []);
  assert.deepEqual(
    warnings.map((w) => [w.code, w.severity, w.file, w.line, w.masterCode]),
    [['MASTER_PATCH_WITHOUT_BASE', 'warning', 't_20240830.csv', 1, '710010172']],
  );
  assert.match(warnings[0]!.message, /元になる行がありません/);
});

test('廃止 then 復活 leaves a gap; 抹消 in a change file withdraws from its date', () => {
  // Constructed after MSPEC 別紙1-2 §5 (廃止傷病名を復活する場合) from the real 胃炎 row: the real
  // files hold no 廃止/復活 pair for one code.
  const base = quotedRow('b_20240601.txt', 1203, B_GASTRITIS);
  const change = (file: string, line: number, cols: Record<number, string>): MasterRow => {
    const c = new Array<string>(base.cols.length).fill('');
    c[1] = 'B';
    c[2] = base.code;
    for (const [i, v] of Object.entries(cols)) c[Number(i)] = v;
    return { ...base, cols: c, change: c[0] as MasterRow['change'], file, line, full: false, fileDate: `${file.slice(2, 6)}-${file.slice(6, 8)}-${file.slice(8, 10)}` };
  };
  const abolish = change('b_20241001.txt', 7, { 0: '9', 22: '20241001', 23: '20240930' });
  const revive = change('b_20250101.txt', 3, { 0: '2', 23: '99999999' });
  const { versions } = deriveVersions([base, abolish, revive]);
  assert.deepEqual(spans(versions), [
    ['2002-06-01', '2024-10-01', 'b_20240601.txt:1203'],
    ['2025-01-01', undefined, 'b_20250101.txt:3'],
  ]);
  const erase = { ...change('b_20241101.txt', 1, { 0: '1', 22: '20241101' }) };
  assert.deepEqual(spans(deriveVersions([base, erase]).versions), [['2002-06-01', '2024-11-01', 'b_20240601.txt:1203']]);
});
