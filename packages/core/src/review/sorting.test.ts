/**
 * 振分 with the repository's table (review/sorting.csv). Thresholds from the seeds: 特別審査 for 医科
 * claims of 380,000 points or more, 歯科 200,000 or more, transplant months, and 漢方 4,000 or more on
 * the 入院外 claims of clinics where most claims carry 漢方製剤 (seed 001, 特別審査の対象 ③).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSortingTable, sortClaim, type SortableClaim } from './sorting.ts';

const table = readSortingTable('review/sorting.csv', readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'review', 'sorting.csv'), 'utf8'));
const claim = (o: Partial<SortableClaim>): SortableClaim => ({ kind: 'medical', totalPoints: 1_000, transplant: false, kampo: false, outOfPrefecture: false, lamps: [], ...o });

const CASES: [string, Partial<SortableClaim>, string, number][] = [
  ['医科 380,000点ちょうど', { totalPoints: 380_000 }, 'special', 1],
  ['医科 379,999点・指摘なし', { totalPoints: 379_999 }, 'auto', 1],
  ['歯科 200,000点', { kind: 'dental', totalPoints: 200_000 }, 'special', 1],
  ['歯科 199,999点・Sランプ', { kind: 'dental', totalPoints: 199_999, lamps: ['S'] }, 'clerical', 1],
  ['調剤 500,000点（特別審査の対象外）', { kind: 'pharmacy', totalPoints: 500_000 }, 'auto', 1],
  ['移植の月', { transplant: true }, 'special', 1],
  ['漢方の医療機関・漢方を含む 4,000点', { totalPoints: 4_000, kampo: true }, 'special', 1],
  ['漢方の医療機関・漢方を含む 3,999点', { totalPoints: 3_999, kampo: true }, 'auto', 1],
  ['漢方 4,000点でも調剤レセプト', { kind: 'pharmacy', totalPoints: 4_000, kampo: true }, 'auto', 1],
  ['漢方でない 4,000点', { totalPoints: 4_000 }, 'auto', 1],
  ['Vランプあり', { lamps: ['S', 'V'] }, 'committee', 1],
  ['Sランプのみ', { lamps: ['S', 'S'] }, 'clerical', 1],
  ['Sランプ・県外', { lamps: ['S'], outOfPrefecture: true }, 'clerical', 0],
  ['指摘なし・県外', { outOfPrefecture: true }, 'auto', 1],
];

for (const [name, c, queue, priority] of CASES) {
  test(`振分: ${name} → ${queue}`, () => {
    assert.ok(table.ok, JSON.stringify(!table.ok && table.errors));
    const d = sortClaim(table.value, claim(c));
    assert.deepEqual([d.queue, d.priority], [queue, priority]);
    assert.ok(d.reason.length > 0);
  });
}

test('a bad sorting table names the file, line and column', () => {
  const r = readSortingTable('s.csv', 'order,queue,label,kinds,min_points,transplant,lamp,priority_out_of_prefecture\n1,elsewhere,x,*,,,,\n2,auto,x,*,abc,,,\n');
  assert.ok(!r.ok);
  assert.deepEqual(r.errors.map((e) => e.split(' ')[0]), ['s.csv:2', 's.csv:3']);
});
