import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eligibilityMessage, findOverlappingPeriods, resolveEligibility, type EligibilityQuery } from './eligibility-resolution.ts';
import type { EligibilityPeriod } from './registry-types.ts';

// A story: 太郎 (P1) is covered by 市 A (138057) from 2019-04-01, moves within the prefecture to 市 B
// (132019) on 2022-10-01, and loses 国保 on 2024-06-01 when he joins an employer's plan.
// His child (P2) shares symbol and number under 市 A with 枝番 02.
const card = (number: string, branch: string) => ({ symbol: '12', number, branch });
const A = '138057', B = '132019';
const periods: EligibilityPeriod[] = [
  { personId: 'P1', insurerNumber: A, card: card('345', '01'), acquiredOn: '2019-04-01', lostOn: '2022-10-01', acquireReason: 'moveIn', loseReason: 'moveWithinPrefecture' },
  { personId: 'P1', insurerNumber: B, card: card('900', '01'), acquiredOn: '2022-10-01', lostOn: '2024-06-01', acquireReason: 'moveWithinPrefecture', loseReason: 'joinedEmployeeInsurance' },
  { personId: 'P2', insurerNumber: A, card: card('345', '02'), acquiredOn: '2020-07-15', lostOn: undefined, acquireReason: 'birth', loseReason: undefined },
];
const q = (insurerNumber: string, number: string, branch: string, on: string): EligibilityQuery => ({ insurerNumber, card: card(number, branch), on });

test('eligibility outcomes, one per reason', () => {
  const rows: [EligibilityQuery, string, string][] = [
    [q(A, '345', '01', '2019-04-01'), 'eligible', '資格あり'],
    [q(A, '345', '01', '2022-09-30'), 'eligible', '資格あり'],
    [q(A, '345', '01', '2022-10-01'), 'otherInsurer', '受診日に他の保険者の資格があります（保険者番号 132019）'],
    [q(B, '900', '01', '2024-05-31'), 'eligible', '資格あり'],
    [q(B, '900', '01', '2024-06-01'), 'lost', '資格喪失後の受診です（喪失日 令和6年6月1日）'],
    [q(A, '345', '01', '2025-01-01'), 'lost', '資格喪失後の受診です（喪失日 令和4年10月1日）'],
    [q(A, '345', '01', '2019-03-31'), 'notYetAcquired', '資格取得日より前の受診です（取得日 平成31年4月1日）'],
    [q(A, '345', '02', '2025-01-01'), 'eligible', '資格あり'],
    [q(A, '345', '', '2021-01-01'), 'ambiguous', '枝番がないため被保険者を特定できません'],
    [q(A, '999', '01', '2021-01-01'), 'notFound', '該当する被保険者が資格台帳にありません'],
    [q(B, '345', '01', '2021-01-01'), 'notFound', '該当する被保険者が資格台帳にありません'],
  ];
  for (const [query, expected, message] of rows) {
    const o = resolveEligibility(query, periods);
    const label = `${query.insurerNumber} ${query.card.number}-${query.card.branch} ${query.on}`;
    assert.equal(o.eligible ? 'eligible' : o.reason, expected, label);
    assert.equal(eligibilityMessage(o), message, label);
  }
  const o = resolveEligibility(q(A, '345', '', '2021-01-01'), periods);
  assert.deepEqual(!o.eligible && o.reason === 'ambiguous' && o.personIds, ['P1', 'P2']);
});

test('a card without 枝番 that designates one person resolves', () => {
  const o = resolveEligibility(q(B, '900', '', '2023-01-01'), periods);
  assert.ok(o.eligible && o.period.insurerNumber === B);
});

test('overlaps: half-open periods; contiguous is fine; a long period overlapping several is reported for each', () => {
  const p = (personId: string, acquiredOn: string, lostOn?: string) => ({ personId, acquiredOn, lostOn });
  assert.deepEqual(findOverlappingPeriods([p('P1', '2019-04-01', '2022-10-01'), p('P1', '2022-10-01')]), []);
  assert.deepEqual(findOverlappingPeriods([p('P1', '2019-04-01', '2022-10-01'), p('P2', '2020-01-01')]), []);
  const long = p('P1', '2019-01-01');
  const a = p('P1', '2020-01-01', '2020-02-01');
  const b = p('P1', '2021-01-01', '2021-02-01');
  assert.deepEqual(findOverlappingPeriods([b, long, a]), [[long, a], [long, b]]);
  const c = p('P1', '2019-01-01', '2019-06-01');
  const d = p('P1', '2019-05-31', '2019-07-01');
  assert.deepEqual(findOverlappingPeriods([d, c]), [[c, d]]);
});
