/**
 * The 査定 of a 再審査, worked examples: a cut is on a line with points (SI・IY・TO), below the points
 * the line has after the first review, with a 増減点事由 A–K (rules-reference.md §9.3); the points taken
 * off are (before − after) × 回数, as on the 増減点連絡書.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineCuts, pointsTakenOffByCuts, type CutRequest, type StoredLine } from './line-cuts.ts';

const LINES: Record<number, StoredLine> = {
  10: { fields: 'SI,60,1,160000310,,150,2'.split(','), reviewedPoints: undefined },
  11: { fields: 'IY,21,1,620000103,1,12,14'.split(','), reviewedPoints: undefined },
  12: { fields: 'SI,13,1,113001810,,225,1'.split(','), reviewedPoints: 100 },
  13: { fields: 'SY,8842213,,,,,'.split(','), reviewedPoints: undefined },
};
const lineOf = (n: number) => LINES[n];

const CASES: [string, CutRequest[], number | string][] = [
  ['SI 150点×2回 → 50点: 200点減', [{ line: 10, pointsAfter: 50, reasonCode: 'B' }], 200],
  ['IY 12点×14回 → 0点: 168点減', [{ line: 11, pointsAfter: 0, reasonCode: 'A' }], 168],
  ['一次審査で 225→100点の行をさらに 60点へ: 40点減', [{ line: 12, pointsAfter: 60, reasonCode: 'D' }], 40],
  ['2行: 200 + 168 = 368点減', [{ line: 10, pointsAfter: 50, reasonCode: 'B' }, { line: 11, pointsAfter: 0, reasonCode: 'C' }], 368],
  ['一次審査後の点数（100点）以上には査定できない', [{ line: 12, pointsAfter: 100, reasonCode: 'D' }], 'INVALID_CUT'],
  ['傷病名の行は査定できない', [{ line: 13, pointsAfter: 0, reasonCode: 'A' }], 'INVALID_CUT'],
  ['ない行', [{ line: 99, pointsAfter: 0, reasonCode: 'A' }], 'INVALID_CUT'],
  ['事由がない', [{ line: 10, pointsAfter: 50, reasonCode: 'Z' }], 'INVALID_CUT'],
  ['同じ行を2回', [{ line: 10, pointsAfter: 50, reasonCode: 'B' }, { line: 10, pointsAfter: 40, reasonCode: 'B' }], 'INVALID_CUT'],
  ['負の点数', [{ line: 10, pointsAfter: -1, reasonCode: 'B' }], 'INVALID_CUT'],
  ['行の指定がない', [], 'INVALID_CUT'],
];

for (const [name, requests, expected] of CASES) {
  test(`査定: ${name}`, () => {
    const r = lineCuts(requests, lineOf);
    if (typeof expected === 'string') assert.equal(r.ok ? 'ok' : r.errors[0]!.code, expected);
    else {
      assert.ok(r.ok, r.ok ? '' : r.errors[0]!.message);
      assert.equal(pointsTakenOffByCuts(r.value), expected);
    }
  });
}
