/**
 * The judgement kinds (error-kinds.ts): items no rule forbids but a 審査委員 cuts as 過剰・不適当 —
 * a test panel the claim's diagnoses do not call for, a drip for an outpatient. Each planted claim
 * is otherwise sound (the reader and every rule the generator knows find nothing), and most come
 * from the few providers with the habit, the same providers every month.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { EligibilityPeriod } from '@kokuho/core/registry';
import type { UkeClaim } from '@kokuho/core/uke';
import { FEE } from '../clinical/fee-codes.ts';
import { ERROR_KINDS } from '../errors/error-kinds.ts';
import { plantJudgement, TEST_PANELS } from '../errors/plant-judgement.ts';
import type { JudgementKind } from '../errors/provider-habits.ts';
import { Rng } from '../random/rng.ts';
import { cleanRuleViolations } from '../test-support/clean-rules.ts';
import { generate, readCsv, sampleMasters, type GeneratedMonth } from '../test-support/generated-month.ts';

const april = generate('2025-04', 5000, 3);
const may = generate('2025-05', 5000, 3);
const masters = sampleMasters().snapshot('2025-05');

const judgement = (m: GeneratedMonth) => m.truth.filter((t) => t.category === 'judgement');
const claimOf = (m: GeneratedMonth, file: string, n: number | null): UkeClaim => {
  const e = m.files.get(file)!.find((x) => x.type === 'claim' && x.claim.re.receiptNumber === n);
  assert.ok(e?.type === 'claim', `${file}#${n}`);
  assert.deepEqual(e.errors, [], `${file}#${n}: the reader finds nothing`);
  return e.claim;
};

test('judgement errors: both kinds, a modest share, each on a claim every known rule lets pass', () => {
  const planted = judgement(may);
  const kinds = new Set(planted.map((t) => t.kind));
  assert.deepEqual([...kinds].sort(), ['excessive-injection', 'excessive-tests']);
  const share = planted.length / may.manifest.counts.claims!;
  assert.ok(share > 0.003 && share < 0.02, `share ${share}`);
  const periods: EligibilityPeriod[] = readCsv(join(may.dir, 'registry/insured.csv')).map((r) => ({
    personId: r.personId!, insurerNumber: r.insurerNumber!, card: { symbol: r.cardSymbol!, number: r.cardNumber!, branch: r.cardBranch! },
    acquiredOn: r.acquiredOn!, lostOn: r.lostOn || undefined, acquireReason: 'other', loseReason: undefined,
  }));
  for (const t of planted) {
    assert.equal(ERROR_KINDS[t.kind].category, 'judgement');
    const c = claimOf(may, t.file, t.claim);
    assert.deepEqual(cleanRuleViolations(c, masters, periods.filter((p) => p.insurerNumber === c.ho?.insurerNumber)), [], `${t.file}#${t.claim}`);
    const line = c.items.find((it) => it.line === t.line);
    assert.ok(line?.id === 'SI', `${t.file}:${t.line}`);
    if (t.kind === 'excessive-injection') assert.equal(line.code, FEE.drip);
    else {
      const panel = TEST_PANELS.find((p) => p.codes[0] === line.code);
      assert.ok(panel, line.code);
      const icd = c.sy.map((s) => masters.diagnosis(s.diagnosisCode)!.icd10);
      assert.ok(!icd.some((x) => panel.calledForBy.some((p) => x.startsWith(p))), `${panel.label} for ${icd.join(',')}`);
    }
  }
});

test('judgement errors come mostly from the same few providers, month after month', () => {
  const byProvider = (m: GeneratedMonth): Map<string, number> => {
    const out = new Map<string, number>();
    for (const t of judgement(m)) out.set(t.provider, (out.get(t.provider) ?? 0) + 1);
    return out;
  };
  const a = byProvider(april), b = byProvider(may);
  const medical = new Set(readCsv(join(may.dir, 'registry/providers.csv')).filter((r) => r['feeTable'] === '1').map((r) => r['localCode']!));
  // The habitual ones: three or more in the month.
  const habitual = [...b].filter(([, n]) => n >= 3).map(([p]) => p);
  assert.ok(habitual.length >= 2 && habitual.length < medical.size / 3, `${habitual.length} of ${medical.size}`);
  const fromThem = habitual.reduce((n, p) => n + b.get(p)!, 0);
  assert.ok(fromThem / judgement(may).length > 0.6, `${fromThem}/${judgement(may).length}`);
  // The same providers did it in April.
  for (const p of habitual) assert.ok((a.get(p) ?? 0) >= 1, `${p} in April`);
});

/** Worked examples: what plantJudgement does with a clean outpatient claim of a given kind. */
const EXAMPLES: readonly { name: string; kind: JudgementKind; panel?: number; age: number; claim: (c: UkeClaim) => boolean; planted: boolean }[] = [
  { name: 'TSH・FT4 for hypertension alone', kind: 'excessive-tests', panel: 0, age: 60, claim: (c) => c.sy.every((s) => s.diagnosisCode === '8833421'), planted: true },
  { name: 'TSH・FT4 for 甲状腺機能低下症: called for', kind: 'excessive-tests', panel: 0, age: 60, claim: (c) => c.sy.some((s) => s.diagnosisCode === '8833504') && !c.items.some((it) => it.code === '160031710'), planted: false },
  { name: 'PSA for a woman', kind: 'excessive-tests', panel: 3, age: 60, claim: (c) => c.re.sex === '2', planted: false },
  { name: 'PSA for a man with hypertension', kind: 'excessive-tests', panel: 3, age: 60, claim: (c) => c.re.sex === '1' && c.sy.every((s) => s.diagnosisCode === '8833421'), planted: true },
  { name: 'a drip for an adult with 急性上気道炎', kind: 'excessive-injection', age: 40, claim: (c) => c.sy.some((s) => s.diagnosisCode === '4659007'), planted: true },
  { name: 'a drip for a child under 6 (点滴注射 is for 6 and over)', kind: 'excessive-injection', age: 5, claim: (c) => c.sy.some((s) => s.diagnosisCode === '4659007'), planted: false },
  { name: 'a drip where the claim already has an injection', kind: 'excessive-injection', age: 70, claim: (c) => c.items.some((it) => it.code === '130005310'), planted: false },
];

test('plantJudgement, worked examples', () => {
  const withError = new Set(may.truth.map((t) => `${t.file}#${t.claim}`));
  const clean: UkeClaim[] = [];
  for (const [file, events] of may.files) {
    for (const e of events) if (e.type === 'claim' && !withError.has(`${file}#${e.claim.re.receiptNumber}`) && Number(e.claim.re.receiptType[3]) % 2 === 0) clean.push(e.claim);
  }
  for (const x of EXAMPLES) {
    const c = clean.find(x.claim);
    assert.ok(c, `${x.name}: a claim to try`);
    const copy = structuredClone(c);
    const before = copy.ho?.totalPoints ?? 0;
    const p = plantJudgement(x.kind, copy, { masters, rng: new Rng(1), age: x.age, panel: x.panel });
    assert.equal(!!p, x.planted, x.name);
    if (!p) continue;
    assert.equal(p.kind, x.kind);
    const billing = (items: UkeClaim['items']) => items.flatMap((it) => (it.id === 'CO' ? [] : [it]));
    const added = billing(copy.items).filter((it) => !billing(c.items).some((o) => o.code === it.code && o.days.join() === it.days.join()));
    const points = added.reduce((n, it) => n + (it.points ?? 0) * it.count, 0);
    if (copy.ho) assert.equal(copy.ho.totalPoints, before + points, `${x.name}: HO total`);
    assert.ok(added.includes(p.target as never), x.name);
  }
});
