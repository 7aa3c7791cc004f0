import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { EligibilityPeriod } from '@kokuho/core/registry';
import type { UkeClaim } from '@kokuho/core/uke';
import { catalogCodes, PLANTED_ONLY } from '../clinical/catalog-codes.ts';
import { cleanRuleViolations } from '../test-support/clean-rules.ts';
import { generate, readCsv, sampleMasters } from '../test-support/generated-month.ts';

const month = generate('2025-01', 2500);
const masters = sampleMasters().snapshot('2025-01');

function periodsByCard(): EligibilityPeriod[] {
  return readCsv(join(month.dir, 'registry/insured.csv')).map((r) => ({
    personId: r.personId!, insurerNumber: r.insurerNumber!, card: { symbol: r.cardSymbol!, number: r.cardNumber!, branch: r.cardBranch! },
    acquiredOn: r.acquiredOn!, lostOn: r.lostOn || undefined, acquireReason: 'other', loseReason: undefined,
  }));
}

test('every claim without a planted error passes every rule the generator knows', () => {
  const planted = new Set(month.truth.filter((t) => t.claim !== null).map((t) => `${t.file}#${t.claim}`));
  const periods = periodsByCard();
  let checked = 0;
  const failures: string[] = [];
  for (const [file, events] of month.files) {
    for (const e of events) {
      if (e.type !== 'claim') continue;
      const c: UkeClaim = e.claim;
      if (planted.has(`${file}#${c.re.receiptNumber}`)) continue;
      checked++;
      const v = cleanRuleViolations(c, masters, periods.filter((p) => p.insurerNumber === c.ho?.insurerNumber));
      if (v.length) failures.push(`${file} #${c.re.receiptNumber}: ${v.join('; ')}`);
    }
  }
  assert.deepEqual(failures.slice(0, 10), []);
  assert.ok(checked > 1000, `${checked}`);
});

test('planted check and clerical errors break the rule they name', () => {
  const periods = periodsByCard();
  const want: Record<string, RegExp> = {
    'over-frequency': /上限/, 'age-limited-item': /歳未満/, 'drug-without-indication': /適応/, 'duplicate-same-day': /点|初診料が複数回/,
    'unknown-code': /マスターにない/, 'abolished-code': /マスターにない/, 'points-mismatch': /本来/, 'not-insured': /資格なし/, 'wrong-insurer': /資格なし/,
    'lost-before-visit': /資格なし/, 'outpatient-management-with-procedure': /と外来管理加算が同日/,
  };
  let seen = 0;
  for (const t of month.truth) {
    const rx = want[t.kind];
    if (!rx) continue;
    const e = month.files.get(t.file)!.find((x) => x.type === 'claim' && x.claim.re.receiptNumber === t.claim);
    if (e?.type !== 'claim') continue;
    const v = cleanRuleViolations(e.claim, masters, periods.filter((p) => p.insurerNumber === e.claim.ho?.insurerNumber || t.kind !== 'wrong-insurer'));
    assert.ok(v.some((x) => rx.test(x)), `${t.kind} ${t.file}:${t.line}: ${v.join('; ') || 'no violation'}`);
    seen++;
  }
  assert.ok(seen > 20, `${seen}`);
});

test('every code of the catalogue is in the sample master for every month it covers', () => {
  const loaded = sampleMasters();
  const c = catalogCodes();
  for (let m = loaded.coverage!.from; m <= loaded.coverage!.to; m = m.slice(5) === '12' ? `${Number(m.slice(0, 4)) + 1}-01` : `${m.slice(0, 5)}${String(Number(m.slice(5)) + 1).padStart(2, '0')}`) {
    const s = loaded.snapshot(m);
    const missing = [
      ...[...c.procedures].filter((x) => !s.procedure(x)), ...[...c.diagnoses].filter((x) => !s.diagnosis(x)),
      ...[...c.modifiers].filter((x) => !s.modifier(x)), ...[...c.comments].filter((x) => !s.comment(x)),
      ...[...c.devices].filter((x) => !s.device(x)),
    ].filter((x) => !PLANTED_ONLY.has(x));
    assert.deepEqual(missing, [], m);
    // Drugs: each drug spec keeps at least one of its codes in force (chooseDrug picks among them).
    const drugsInForce = [...c.drugs].filter((x) => s.drug(x)).length;
    assert.ok(drugsInForce > c.drugs.size - 10, `${m}: ${drugsInForce}/${c.drugs.size}`);
  }
});
