/** The posting month of a decision: the decision date's month or the next, nothing else (decision-month.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postingMonthCheck } from './decision-month.ts';

test('処理月: 決定日の月と翌月は受け付け、前の月・翌々月以降は断る', () => {
  const on = '2025-06-13';
  assert.deepEqual(['2025-05', '2025-06', '2025-07', '2025-08', '2052-06'].map((m) => postingMonthCheck(m, on)?.code), [
    'POSTING_MONTH_OUT_OF_RANGE', undefined, undefined, 'POSTING_MONTH_OUT_OF_RANGE', 'POSTING_MONTH_OUT_OF_RANGE',
  ]);
  assert.equal(postingMonthCheck('2026-01', '2025-12-31'), undefined, 'the month after December is January of the next year');
  const e = postingMonthCheck('2052-06', on)!;
  assert.match(e.message, /^処理月は決定日の月かその翌月にしてください（処理月 2052-06、決定日 2025-06-13: 2025-06 または 2025-07 を指定してください）$/);
});
