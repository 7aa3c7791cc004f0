/**
 * The risk model on a history small enough to count by hand:
 *   clinic P1: 40 claims of 高血圧症 (I10) with 再診料 and クレアチニン; 12 of them also TSH, and
 *              review cut the TSH every time (査定, 過剰)
 *   clinic P2: 80 claims like P1's, none cut, 3 of them returned (返戻); 20 claims of
 *              甲状腺機能低下症 (E03) with TSH, none cut
 * 140 claims, 15 changed: baseline (15+1)/(140+2) = 11.3%. 検査・病理 lines were cut on 12 of the
 * 140 claims that had some: baseline (12+1)/142 = 9.2%.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RiskClaim } from './risk-features.ts';
import { createRiskModel, learnOutcome, scoreClaim, type RiskModel } from './risk-model.ts';
import { riskBudget, TopRisk } from './risk-selection.ts';

const REVISIT = { code: '112007410', category: '12', name: '再診料' };
const CREATININE = { code: '160019210', category: '60', name: 'クレアチニン' };
const TSH = { code: '160031710', category: '60', name: 'ＴＳＨ' };
const I10 = { group: 'I10', name: '高血圧症' };
const E03 = { group: 'E03', name: '甲状腺機能低下症' };

function claim(provider: string, items: readonly (typeof TSH)[], diagnoses: readonly (typeof I10)[]): RiskClaim {
  return { provider, kind: 'medical', inpatient: false, totalPoints: 1_200, lines: items.map((x, i) => ({ ...x, line: 10 + i })), diagnoses };
}

function history(): RiskModel {
  const m = createRiskModel();
  for (let i = 0; i < 40; i++) {
    const withTsh = i < 12;
    const c = claim('P1', withTsh ? [REVISIT, CREATININE, TSH] : [REVISIT, CREATININE], [I10]);
    learnOutcome(m, { claim: c, adjusted: withTsh, adjustedLines: withTsh ? [12] : [] });
  }
  for (let i = 0; i < 80; i++) learnOutcome(m, { claim: claim('P2', [REVISIT, CREATININE], [I10]), adjusted: i < 3, adjustedLines: [] });
  for (let i = 0; i < 20; i++) learnOutcome(m, { claim: claim('P2', [REVISIT, CREATININE, TSH], [E03]), adjusted: false, adjustedLines: [] });
  return m;
}

const model = history();

test('the history as counted', () => {
  assert.deepEqual([model.claims, model.adjusted], [140, 15]);
  assert.deepEqual(model.counts.provider.get('P1'), { seen: 40, adjusted: 12 });
  assert.deepEqual(model.counts.providerCategory.get('P1|60'), { seen: 40, adjusted: 12 });
  // a 返戻 is counted against the provider, not against a line
  assert.deepEqual(model.counts.providerCategory.get('P2|60'), { seen: 100, adjusted: 0 });
  assert.deepEqual(model.counts.provider.get('P2'), { seen: 100, adjusted: 3 });
  assert.deepEqual(model.counts.itemDiagnosis.get('160031710|I10'), { seen: 12, adjusted: 12 });
  assert.deepEqual(model.counts.itemDiagnosis.get('160031710|E03'), { seen: 20, adjusted: 0 });
  // クレアチニン was never cut, though it sat on the claims that were
  assert.deepEqual(model.counts.itemDiagnosis.get('160019210|I10'), { seen: 120, adjusted: 0 });
});

/** Worked examples: the claim to score, the reasons (in order) and the sign of each family's weight. */
const CASES: { name: string; claim: RiskClaim; reasons: string[]; provider: '+' | '-' | '0'; item: '+' | '0' }[] = [
  {
    name: 'P1 again bills TSH for 高血圧症',
    claim: claim('P1', [REVISIT, TSH], [I10]),
    reasons: [
      'ＴＳＨは高血圧症（I10）のレセプトで過去に査定が多い（12/12件）',
      'この医療機関の検査・病理は過去に査定が多い（12/40件、全体9.2%）',
      'この医療機関のレセプトは過去に査定・返戻が多い（12/40件、全体11.3%）',
    ],
    provider: '+', item: '+',
  },
  {
    name: 'P1 with tests but no TSH: the provider alone',
    claim: claim('P1', [REVISIT, CREATININE], [I10]),
    reasons: ['この医療機関の検査・病理は過去に査定が多い（12/40件、全体9.2%）', 'この医療機関のレセプトは過去に査定・返戻が多い（12/40件、全体11.3%）'],
    provider: '+', item: '0',
  },
  {
    name: 'P2 bills TSH for 高血圧症: the item, though the provider is careful',
    claim: claim('P2', [REVISIT, TSH], [I10]),
    reasons: ['ＴＳＨは高血圧症（I10）のレセプトで過去に査定が多い（12/12件）'],
    provider: '-', item: '+',
  },
  {
    name: 'TSH on a claim that also has 甲状腺機能低下症: called for',
    claim: claim('P2', [REVISIT, TSH], [I10, E03]),
    reasons: [],
    provider: '-', item: '0',
  },
  {
    name: 'a provider never seen, items never cut',
    claim: claim('P9', [REVISIT, CREATININE], [I10]),
    reasons: [],
    provider: '0', item: '0',
  },
];

const sign = (w: number): '+' | '-' | '0' => (w > 0.05 ? '+' : w < -0.05 ? '-' : '0');

for (const c of CASES) {
  test(`risk: ${c.name}`, () => {
    const s = scoreClaim(model, c.claim);
    assert.deepEqual(s.reasons.map((r) => r.text), c.reasons);
    assert.equal(sign(s.weights.provider), c.provider);
    assert.equal(sign(s.weights.itemDiagnosis), c.item);
    assert.ok(s.score > 0 && s.score < 1);
  });
}

test('risk: the ranking the examples make', () => {
  const score = (i: number): number => scoreClaim(model, CASES[i]!.claim).score;
  // P1's TSH first; then, about even (≈0.53), P1 without TSH (provider +1.0, 検査 +1.2) and careful P2's
  // TSH (item +3.4, provider −1.2); then an unknown provider; last the called-for TSH at careful P2.
  assert.ok(score(0) > 0.95, `${score(0)}`);
  assert.ok(Math.abs(score(1) - score(2)) < 0.05, `${score(1)} ${score(2)}`);
  assert.ok(Math.min(score(1), score(2)) > score(4) && score(4) > score(3), [0, 1, 2, 3, 4].map(score).join(' '));
  // A provider never seen and nothing known: the baseline.
  assert.ok(Math.abs(score(4) - 16 / 142) < 0.01, `${score(4)}`);
});

test('risk: no history, no signal', () => {
  const s = scoreClaim(createRiskModel(), CASES[0]!.claim);
  assert.deepEqual(s.reasons, []);
  assert.equal(s.score, 0.5);
});

const BUDGETS: [number, number, number, number][] = [
  // claims, share, already sent by stage 2 and held by people, budget
  [1_000, 0.03, 0, 30],
  [1_000, 0.03, 5, 25],
  [1_000, 0.03, 40, 0],
  [99, 0.03, 0, 2],
  [1_000, 0, 0, 0],
];
for (const [claims, share, already, want] of BUDGETS) {
  test(`riskBudget(${claims}, ${share}, ${already}) = ${want}`, () => assert.equal(riskBudget(claims, share, already), want));
}

test('TopRisk keeps the highest scores within the budget, above the minimum, earlier claim first on a tie', () => {
  const top = new TopRisk<string>(3, 0.2);
  for (const [score, order, item] of [[0.1, 1, 'a'], [0.5, 5, 'b'], [0.5, 2, 'c'], [0.9, 9, 'd'], [0.3, 3, 'e'], [0.5, 7, 'f']] as const) top.offer({ score, order, item });
  assert.deepEqual(top.ranked().map((c) => c.item), ['d', 'c', 'b']);
  const none = new TopRisk<string>(0);
  none.offer({ score: 1, order: 1, item: 'x' });
  assert.deepEqual(none.ranked(), []);
});
