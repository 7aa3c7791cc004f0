/**
 * Intake decisions on worked examples. Sources: 記録条件仕様（医科）IR・RE・HO・SN (uke-format.md §2),
 * docs/formats/eligibility-csv.md (資格喪失日 = first day without coverage), the intake codes of
 * intake-codes.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { parseUkeSync, type UkeClaim, type UkeGenericClaim } from '../uke/index.ts';
import { BASE } from '../clerical/medical-claim.test-support.ts';
import type { EligibilityPeriod } from '../registry/registry-types.ts';
import { genericFacts, medicalFacts, patientKey, type ClaimFacts } from './claim-facts.ts';
import { headerErrors, readHeader, providerCodeOf } from './file-acceptance.ts';
import { checkEligibility } from './eligibility-check.ts';
import { decideOutcome } from './claim-outcome.ts';
import { evaluateClaim } from './evaluate-claim.ts';

// The clerical tests' claim, its last SI moved from day 12 to day 31.
const MEDICAL = BASE.map((l, i) => (i === 10 ? ['SI', '80', '1', '120002910', '', '60', '1', ...Array<string>(37).fill('')].map((v, j) => (j === 13 + 30 ? '1' : v)).join(',') : l));

const bytes = (lines: readonly string[]): Uint8Array => iconv.encode(lines.join('\r\n') + '\r\n\x1a', 'cp932');

function medical(lines = MEDICAL): UkeClaim {
  const ev = parseUkeSync(bytes(lines), { fileName: 'T.UKE' });
  const c = ev.flatMap((e) => (e.type === 'claim' ? [e.claim] : []));
  assert.equal(c.length, 1);
  return c[0]!;
}

describe('claim facts', () => {
  it('reads who, when and what of a 医科 claim', () => {
    const f = medicalFacts(medical());
    assert.equal(f.receiptNumber, 1);
    assert.equal(f.serviceMonth, '2025-05');
    assert.equal(f.birthDate, '2014-08-01');
    assert.deepEqual(f.ho, { insurerNumber: '133017', symbol: '2034', number: '0000153', line: 3 });
    assert.equal(f.branch, '03');
    assert.equal(f.totalPoints, 641);
    assert.deepEqual(f.treatmentDays, ['2025-05-12', '2025-05-31']);
    assert.equal(f.body.split('\n').length, 10, 'RE…SI, without IR and GO');
    assert.equal(f.body.split('\n')[0], MEDICAL[1]);
    assert.equal(patientKey(f), '133017|2034|0000153|03|2014-08-01');
  });

  it('reads a 調剤 claim from its fields, with the days of dispensing (CZ 調剤月日 MMDD)', () => {
    const lines = [
      'YK,2,13,4,0000307,,さくら薬局,202506,00,03-0000-0000',
      'RE,7,1112,202505,田中　一郎,1,19600223,70,,,,,,,,,,,,,,',
      'HO,138057,７１,１２３,1,120,,,,,,,,,',
      'SN,1,01,,,,02,,',
      'SH,1,1,,,10',
      'CZ,1,0520,0521,1,12,1,,,,',
      'IY,1,620000001,1,,',
      'GO,1,120,99',
    ];
    const ev = parseUkeSync(bytes(lines), { fileName: 'P.UKE' });
    const g = ev.find((e) => e.type === 'genericClaim') as { claim: UkeGenericClaim } | undefined;
    assert.ok(g);
    const f = genericFacts('pharmacy', g.claim);
    assert.equal(f.receiptNumber, 7);
    assert.equal(f.serviceMonth, '2025-05');
    assert.equal(f.birthDate, '1960-02-23');
    assert.equal(f.ho?.insurerNumber, '138057');
    assert.equal(f.branch, '02');
    assert.deepEqual(f.treatmentDays, ['2025-05-21']);
  });
});

describe('file acceptance (受付)', () => {
  const header = (ir: string) => {
    const ev = parseUkeSync(bytes([ir, ...MEDICAL.slice(1)]), { fileName: 'T.UKE' });
    const h = ev.find((e) => e.type === 'header');
    assert.ok(h && h.type === 'header');
    return readHeader(h.kind, h.record);
  };
  const ctx = { federation: '13', month: '2025-05', providerKnown: true };
  // [IR line, context overrides, expected codes]
  const cases: [string, Partial<typeof ctx & { expectProvider: string }>, string[]][] = [
    ['IR,2,13,1,0000052,,斉藤小児科,202506,00,', {}, []],
    ['IR,1,13,1,0000052,,斉藤小児科,202506,00,', {}, ['INT-F002']],
    ['IR,2,27,1,0000052,,斉藤小児科,202506,00,', {}, ['INT-F003']],
    ['IR,2,13,1,0000052,,斉藤小児科,202505,00,', {}, ['INT-F005']],
    ['IR,2,13,1,0000052,,斉藤小児科,202506,00,', { providerKnown: false }, ['INT-F004']],
    ['IR,2,13,1,0000052,,斉藤小児科,202506,00,', { expectProvider: '1310000099' }, ['INT-F006']],
    ['IR,2,13,1,0000052,,斉藤小児科,202506,00,', { expectProvider: '1310000052' }, []],
  ];
  for (const [ir, over, codes] of cases) {
    it(`${ir.slice(0, 24)}… ${JSON.stringify(over)} → ${codes.join(',') || 'accepted'}`, () => {
      const h = header(ir);
      assert.equal(providerCodeOf(h), `${h.prefecture}10000052`);
      assert.deepEqual(headerErrors(h, { ...ctx, ...over }).map((e) => e.code), codes);
    });
  }
});

describe('eligibility (資格点検) on the days of treatment', () => {
  const f = medicalFacts(medical()); // treated 2025-05-12 and 2025-05-31, card 133017 2034-0000153-03
  const card = { symbol: '2034', number: '0000153', branch: '03' };
  const p = (over: Partial<EligibilityPeriod>): EligibilityPeriod => ({
    personId: 'P1', insurerNumber: '133017', card, acquiredOn: '2020-01-01', lostOn: undefined, acquireReason: 'birth', loseReason: undefined, ...over,
  });
  const cases: [string, EligibilityPeriod[], boolean, string | undefined][] = [
    ['covered all month', [p({})], true, undefined],
    ['lost on 5/31 (treated that day)', [p({ lostOn: '2025-05-31', loseReason: 'joinedEmployeeInsurance' })], true, 'ELG-E004'],
    ['lost on 6/1 (covered through 5/31)', [p({ lostOn: '2025-06-01', loseReason: 'moveOut' })], true, undefined],
    ['acquired 5/20 (treated 5/12)', [p({ acquiredOn: '2025-05-20' })], true, 'ELG-E003'],
    ['moved to 後期 on 5/20', [p({ lostOn: '2025-05-20', loseReason: 'lateElderlyTransition' }), p({ insurerNumber: '39131008', card: { symbol: '', number: '12345678', branch: '' }, acquiredOn: '2025-05-20' })], true, 'ELG-E005'],
    ['no such card', [], true, 'ELG-E001'],
    ['no such card, insurer not held here', [], false, undefined],
  ];
  for (const [label, periods, held, code] of cases) {
    it(`${label} → ${code ?? 'eligible'}`, () => {
      const r = checkEligibility(f, periods, held);
      assert.equal(r.finding?.code, code);
      if (code) assert.equal(r.finding?.line, 3);
    });
  }
  it('without 枝番 a household card is ambiguous (ELG-E002) unless the birth date picks the member', () => {
    const noBranch: ClaimFacts = { ...f, branch: '' };
    const family = [p({}), p({ personId: 'P2', card: { ...card, branch: '04' } })];
    assert.equal(checkEligibility(noBranch, family, true).finding?.code, 'ELG-E002');
    const births: Record<string, string> = { P1: '2014-08-01', P2: '1980-03-03' };
    const r = checkEligibility(noBranch, family, true, (id) => births[id]);
    assert.equal(r.finding, undefined);
    assert.equal(r.personId, 'P1');
    assert.equal(checkEligibility(noBranch, family, true, () => '2014-08-01').finding?.code, 'ELG-E002', 'twins stay ambiguous');
  });

  it('a claim without days is eligible when covered on some day of the month', () => {
    const noDays: ClaimFacts = { ...f, treatmentDays: [] };
    assert.equal(checkEligibility(noDays, [p({ lostOn: '2025-05-10' })], true).finding, undefined);
    assert.equal(checkEligibility(noDays, [p({ lostOn: '2025-05-01' })], true).finding?.code, 'ELG-E004');
  });
});

describe('outcome of a claim', () => {
  const ctx = (over = {}) => ({
    federation: '13', month: '2025-05', snapshotFor: () => undefined, insurerRegistered: () => true,
    periods: [{ personId: 'P1', insurerNumber: '133017', card: { symbol: '2034', number: '0000153', branch: '03' }, acquiredOn: '2020-01-01', lostOn: undefined, acquireReason: 'birth' as const, loseReason: undefined }],
    ...over,
  });
  it('accepted when nothing is found', () => {
    const c = medical();
    const ev = evaluateClaim(medicalFacts(c), c, [], ctx());
    assert.deepEqual(ev.findings, []);
    assert.equal(ev.outcome, 'accepted');
    assert.equal(ev.personId, 'P1');
  });
  it('returned for an insurer of this prefecture that is not registered (INT-C002)', () => {
    const c = medical();
    const ev = evaluateClaim(medicalFacts(c), c, [], ctx({ insurerRegistered: () => false }));
    assert.deepEqual(ev.findings.map((x) => x.code), ['INT-C002']);
    assert.equal(ev.outcome, 'returned');
  });
  it('returned for a service month after the batch (INT-C003)', () => {
    const c = medical();
    assert.deepEqual(evaluateClaim(medicalFacts(c), c, [], ctx({ month: '2025-04' })).findings.map((x) => x.code), ['INT-C003']);
  });
  it('a reader warning alone accepts with findings; an error returns', () => {
    assert.equal(decideOutcome([{ code: 'UKE-W009', severity: 'finding', line: 2, record: 'RE', field: 'name', message: '' }]), 'acceptedWithFindings');
    assert.equal(decideOutcome([{ code: 'UKE-W009', severity: 'finding', line: 2, record: 'RE', field: 'name', message: '' }, { code: 'CLR-E005', severity: 'return', line: 3, record: 'HO', field: 'insurerNumber', message: '' }]), 'returned');
    assert.equal(decideOutcome([]), 'accepted');
  });
});
