/**
 * Recall of 振分 against a ground truth, on a month small enough to count by hand: five claims, three
 * of them planted (a check error the rules sent to people, a judgement error stage 2 sent, a judgement
 * error left to complete automatically), one planted claim refused at intake, one clean claim sent by
 * stage 2 for nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GroundTruthEntry } from '../errors/error-kinds.ts';
import { riskRecall, type SortedClaim } from './risk-recall.ts';

const truth = (file: string, claim: number, kind: GroundTruthEntry['kind'], category: GroundTruthEntry['category']): GroundTruthEntry =>
  ({ file, line: 10, claim, provider: file, kind, category, detail: '' });

const TRUTH: GroundTruthEntry[] = [
  truth('a', 1, 'over-frequency', 'check'),
  truth('a', 2, 'excessive-tests', 'judgement'),
  truth('b', 1, 'excessive-injection', 'judgement'),
  truth('c', 1, 'over-frequency', 'check'), // its file was refused: never sorted
  truth('b', 3, 'not-insured', 'eligibility'), // not a category measured
];
const SORTED: SortedClaim[] = [
  { file: 'a', receiptNumber: 1, queue: 'clerical', stage: 1 },
  { file: 'a', receiptNumber: 2, queue: 'committee', stage: 2 },
  { file: 'b', receiptNumber: 1, queue: 'auto', stage: 1 },
  { file: 'b', receiptNumber: 2, queue: 'committee', stage: 2 },
  { file: 'b', receiptNumber: 3, queue: 'clerical', stage: 1 },
];

test('riskRecall: shares by stage, recall per category and kind, claims that never reached 振分 apart', () => {
  const r = riskRecall(TRUTH, SORTED);
  assert.equal(r.claims, 5);
  assert.equal(r.toPeopleStage1, 2 / 5);
  assert.equal(r.toPeople, 4 / 5);
  assert.deepEqual([r.sentByStage2, r.stage2Hits], [2, 1]);
  const row = (label: string) => r.rows.find((x) => (x.kind ?? `計（${x.category}）`) === label)!;
  const cols = (label: string) => { const x = row(label); return [x.planted, x.notInReview, x.stage1, x.stage12]; };
  assert.deepEqual(cols('計（check）'), [1, 1, 1, 1]);
  assert.deepEqual(cols('over-frequency'), [1, 1, 1, 1]);
  assert.deepEqual(cols('計（judgement）'), [2, 0, 0, 1]);
  assert.deepEqual(cols('excessive-tests'), [1, 0, 0, 1]);
  assert.deepEqual(cols('excessive-injection'), [1, 0, 0, 0]);
  assert.equal(r.rows.some((x) => x.category === 'eligibility'), false);
  assert.deepEqual(r.rows.map((x) => x.kind ?? x.category), ['check', 'over-frequency', 'judgement', 'excessive-tests', 'excessive-injection']);
});
