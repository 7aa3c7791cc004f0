/**
 * The check kinds aimed at the rules of rules/ (外来管理加算, 特定疾患, 性別, 横覧, 突合, 包括, 用量,
 * 投与日数): each is planted in a small month, and the line of its ground truth carries what the rule
 * reads (the codes are those of the rule tables), with the claim otherwise sound (no UKE error,
 * points as the masters).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MasterSnapshot } from '@kokuho/core/masters';
import { ruleClaimOfMedical, ruleClaimOfPharmacy, type RuleLine } from '@kokuho/core/rules';
import type { UkeClaim, UkeGenericClaim, UkeGenericRecord } from '@kokuho/core/uke';
import { SEX_SPECIFIC_CODES } from '../clinical/catalog-codes.ts';
import { newDrugLimitEndsOn } from '../errors/drug-limits.ts';
import type { ErrorKind, GroundTruthEntry } from '../errors/error-kinds.ts';
import { itemUnits, recomputeTotals, setUnitPoints, unitPoints } from '../errors/claim-units.ts';
import { plantMedical } from '../errors/plant-medical.ts';
import { Rng } from '../random/rng.ts';
import { drugUnitPoints, procedurePoints } from '../claims/pricing.ts';
import { generate, readCsv, sampleMasters, type GeneratedMonth } from '../test-support/generated-month.ts';

const MONTH = '2025-05';
const month = generate(MONTH, 3000, 4, { errorRate: 0.25 });
const masters = sampleMasters().snapshot(MONTH);
/** A month within the first year of the 新医薬品 of rules/generated/days.csv (their limits end by 2024-12). */
const EARLY = '2024-10';
const early = generate(EARLY, 3000, 4, { errorRate: 0.1 });
const earlyMasters = sampleMasters().snapshot(EARLY);
const rows = (path: string, rule: (id: string) => boolean): Record<string, string>[] => readCsv(join('rules', path)).filter((r) => rule(r['rule_id']!.trim()));

const OPM_EXCLUDED = new Set(rows('generated/exclusive.csv', (id) => id.startsWith('EXC-OPM')).filter((r) => r['code'] === '112011010').map((r) => r['other']!.trim()));
const DX5_ITEMS = new Set(rows('generated/required-dx.csv', (id) => id === 'DX-5').map((r) => r['code']!.trim()));
const SEX_OF = new Map(rows('tables/sex.csv', (id) => id.startsWith('SEX-')).map((r) => [r['code']!.trim(), r['sex']!.trim()]));
const JUDGEMENTS = new Set(rows('tables/count.csv', (id) => id === 'YOK-JUDGE').map((r) => r['code']!.trim()));
const INDICATIONS = new Map<string, Set<string>>();
for (const r of rows('tables/indication.csv', (id) => id === 'TOT-IND')) INDICATIONS.set(r['drug']!, (INDICATIONS.get(r['drug']!) ?? new Set()).add(r['dx_code']!.trim()));
const PROVIDERS = new Map(readCsv(join(month.dir, 'registry/providers.csv')).map((r) => [r['localCode']!, r['feeTable']!]));
/** 短手３ codes with the items each includes (BND-A400). */
const BUNDLED = new Map<string, Set<string>>();
for (const r of rows('generated/bundle.csv', (id) => id === 'BND-A400')) BUNDLED.set(r['bundle']!.trim(), (BUNDLED.get(r['bundle']!.trim()) ?? new Set()).add(r['code']!.trim()));
const MAX_DAILY = new Map(rows('tables/dose.csv', (id) => id === 'DOSE-HAND').map((r) => [r['drug']!.trim(), Number(r['max_daily'])]));
const NEW_DRUGS = new Map(rows('generated/days.csv', (id) => id === 'DAYS-NEW14').map((r) => [r['drug']!.trim(), { listedOn: r['listed_on']!.trim(), maxDays: Number(r['max_days']) }]));

/** Who the patient is to the rules reading several claims: payer as written, and birth date. */
const medicalKey = (c: UkeClaim): string => (c.ho ? `${c.ho.insurerNumber.trim()}|${c.ho.cardNumber}` : `${c.ko[0]?.payerNumber}|${c.ko[0]?.beneficiaryNumber}`) + `|${c.re.birthDate.replace(/-/g, '')}`;
function pharmacyKey(c: UkeGenericClaim): string {
  const ho = c.records.find((r) => r.id === 'HO');
  const ko = c.records.find((r) => r.id === 'KO');
  const re = c.records.find((r) => r.id === 'RE')!;
  return (ho ? `${ho.raw[1]!.trim()}|${ho.raw[3]}` : `${ko?.raw[1]}|${ko?.raw[2]}`) + `|${re.raw[6]}`;
}
const medicalClaims = (file: string): UkeClaim[] => (month.files.get(file) ?? []).flatMap((e) => (e.type === 'claim' ? [e.claim] : []));

function plantedOf(kind: ErrorKind, m: GeneratedMonth = month): GroundTruthEntry[] {
  return m.truth.filter((t) => t.kind === kind);
}

type Line = UkeClaim['items'][number] & { id: 'SI' | 'IY' | 'TO' };

/** The claim of a truth entry and its line; the reader finds nothing else wrong in it (HO/KO totals included). */
function medicalAt(t: GroundTruthEntry, m: GeneratedMonth = month): { claim: UkeClaim; line: Line } {
  const e = m.files.get(t.file)!.find((x) => x.type === 'claim' && x.claim.re.receiptNumber === t.claim);
  assert.ok(e?.type === 'claim', `${t.kind} ${t.file}#${t.claim}`);
  assert.deepEqual(e.errors, [], `${t.kind} ${t.file}#${t.claim}: the reader finds nothing else`);
  const line = e.claim.items.find((it) => it.line === t.line);
  assert.ok(line && line.id !== 'CO', `${t.kind} ${t.file}:${t.line}`);
  return { claim: e.claim, line };
}

/** An SI the plant added on its own: in force, at the master's points, once. */
function assertAdded(l: Line | undefined, where: string): void {
  assert.ok(l && l.id === 'SI', where);
  assert.ok(masters.procedure(l.code), `${where}: ${l.code} in the masters`);
  assert.equal(l.points, procedurePoints(masters, l.code), `${where}: points of ${l.code}`);
  assert.equal(l.count, 1, where);
}

function pharmacyAt(t: GroundTruthEntry, m: GeneratedMonth = month): { claim: UkeGenericClaim; record: UkeGenericRecord } {
  const e = m.files.get(t.file)!.find((x) => x.type === 'genericClaim' && Number(x.claim.records.find((r) => r.id === 'RE')!.raw[1]) === t.claim);
  assert.ok(e?.type === 'genericClaim', `${t.kind} ${t.file}#${t.claim}`);
  assert.deepEqual(e.errors, [], `${t.kind} ${t.file}#${t.claim}: the reader finds nothing else (HO/KO totals)`);
  const record = e.claim.records.find((r) => r.line === t.line)!;
  return { claim: e.claim, record };
}

test('外来管理加算 and, on one of its days, a 処置 that excludes it: the truth is on the 外来管理加算', () => {
  const planted = plantedOf('outpatient-management-with-procedure');
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const { claim, line } = medicalAt(t);
    assert.equal(line.code, '112011010');
    const same = claim.items.filter((it) => it.id === 'SI' && OPM_EXCLUDED.has(it.code) && it.days.some((n, d) => n > 0 && line.days[d]! > 0));
    assert.equal(same.length, 1, `${t.file}:${t.line}`);
    assertAdded(same[0] as Line, `${t.file}:${same[0]!.line}`);
  }
});

test('特定疾患療養管理料 or 特定疾患処方管理加算 with no diagnosis of 特定疾患等対象区分 05/08', () => {
  const planted = plantedOf('missing-specific-disease');
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const { claim, line } = medicalAt(t);
    assert.ok(DX5_ITEMS.has(line.code), line.code);
    assert.equal(claim.items.find((it) => DX5_ITEMS.has(it.code)), line, 'the first of the items that need it');
    assert.ok(claim.sy.length > 0);
    for (const s of claim.sy) assert.ok(!['05', '08'].includes(masters.diagnosis(s.diagnosisCode)?.specificDiseaseClass ?? '?'), s.diagnosisCode);
  }
});

const sexItemsInSample = SEX_SPECIFIC_CODES.some((c) => masters.procedure(c));
test('an item of one sex billed for the other', { skip: sexItemsInSample ? false : `data/sample-masters lacks ${SEX_SPECIFIC_CODES.join(', ')} (add them to codes.txt)` }, () => {
  const planted = plantedOf('sex-specific-item');
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const { claim, line } = medicalAt(t);
    const sex = SEX_OF.get(line.code);
    assert.ok(sex && sex !== claim.re.sex, `${line.code} for sex ${claim.re.sex}`);
    assertAdded(line, `${t.file}:${t.line}`);
  }
});

test('横覧: a 判断料 billed on two claims of the patient at one provider', () => {
  const planted = plantedOf('judgement-fee-across-claims');
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const { claim, line } = medicalAt(t);
    assert.ok(JUDGEMENTS.has(line.code), line.code);
    assert.equal(claim.items.filter((it) => it.code === line.code).length, 1, 'once in the claim itself');
    assertAdded(line, `${t.file}:${t.line}`);
    const others = medicalClaims(t.file).filter((c) => c !== claim && medicalKey(c) === medicalKey(claim));
    assert.ok(others.some((c) => c.items.some((it) => it.code === line.code)), `${t.file}:${t.line}`);
  }
});

test('突合: a drug of the 調剤 claim whose indication the prescriber’s claims lack', () => {
  const planted = plantedOf('pharmacy-drug-without-indication');
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const { claim, record } = pharmacyAt(t);
    assert.equal(record.id, 'IY');
    const dx = INDICATIONS.get(record.raw[2]!);
    assert.ok(dx, record.raw[2]);
    const prescriber = claim.records.find((r) => r.id === 'RE')!.raw[10]!;
    const theirs = medicalClaims(`claims/${prescriber}/RECEIPTC.UKE`).filter((c) => medicalKey(c) === pharmacyKey(claim));
    assert.ok(theirs.length > 0, `${t.file}#${t.claim}: the prescriber's claim is there`);
    for (const c of theirs) for (const s of c.sy) assert.ok(!dx.has(s.diagnosisCode), s.diagnosisCode);
  }
});

test('突合: a 調剤 claim naming a prescriber the patient did not see this month', () => {
  const planted = plantedOf('pharmacy-without-prescriber-claim');
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const { claim, record } = pharmacyAt(t);
    assert.equal(record.id, 'RE');
    const prescriber = record.raw[10]!;
    assert.equal(PROVIDERS.get(prescriber), '1', `${prescriber} is a registered 医科 provider`);
    const file = `claims/${prescriber}/RECEIPTC.UKE`;
    assert.ok(!existsSync(join(month.dir, file)) || !medicalClaims(file).some((c) => medicalKey(c) === pharmacyKey(claim)), `${t.file}#${t.claim}`);
  }
});

test('every 調剤 claim without a planted error has its prescriber’s claim, with the indications of its drugs', () => {
  const planted = new Set(month.truth.filter((t) => t.claim !== null).map((t) => `${t.file}#${t.claim}`));
  let checked = 0;
  for (const [file, events] of month.files) {
    for (const e of events) {
      if (e.type !== 'genericClaim' || !e.claim.records.some((r) => r.id === 'CZ')) continue;
      const re = e.claim.records.find((r) => r.id === 'RE')!;
      if (planted.has(`${file}#${Number(re.raw[1])}`)) continue;
      checked++;
      const theirs = medicalClaims(`claims/${re.raw[10]}/RECEIPTC.UKE`).filter((c) => medicalKey(c) === pharmacyKey(e.claim));
      assert.ok(theirs.length > 0, `${file}#${re.raw[1]}: no claim of ${re.raw[10]}`);
      const dx = new Set(theirs.flatMap((c) => c.sy.map((s) => s.diagnosisCode)));
      for (const r of e.claim.records) {
        const want = r.id === 'IY' ? INDICATIONS.get(r.raw[2]!) : undefined;
        if (want) assert.ok([...want].some((x) => dx.has(x)), `${file}:${r.line} ${r.raw[2]}`);
      }
    }
  }
  assert.ok(checked > 100, `${checked}`);
});

/** Is the claim of a truth entry a 医科 one (else 調剤)? */
const isMedical = (t: GroundTruthEntry, m: GeneratedMonth): boolean => m.files.get(t.file)!.some((x) => x.type === 'claim');

/**
 * The truth's line as the drug rules read it (ruleClaimOf…), and its 剤 priced as the masters say:
 * a 医科 unit's points, a 調剤 剤's 単位薬剤料 (SH), from its drugs and their amounts.
 */
function drugLineAt(t: GroundTruthEntry, m: GeneratedMonth, ms: MasterSnapshot): RuleLine {
  const where = `${t.kind} ${t.file}:${t.line}`;
  if (isMedical(t, m)) {
    const { claim } = medicalAt(t, m);
    const rc = ruleClaimOfMedical(claim, { providerCode: t.provider });
    const line = rc.lines.find((l) => l.line === t.line);
    assert.ok(line && line.record === 'IY', where);
    // The 剤: the IY lines up to the one carrying its points.
    const zai = itemUnits(claim.items).find((u) => u.records.some((r) => r.line === t.line))!.records as (Line & { amount?: number })[];
    assert.equal(zai[zai.length - 1]!.points, drugUnitPoints(ms, zai.map((r) => ({ code: r.code, amount: r.amount ?? 1 }))), `${where}: points of the 剤`);
    return line;
  }
  const { claim, record } = pharmacyAt(t, m);
  assert.equal(record.id, 'IY', where);
  const rc = ruleClaimOfPharmacy(claim, m.manifest.serviceMonth, { providerCode: t.provider });
  const line = rc.lines.find((l) => l.line === t.line);
  assert.ok(line, where);
  const at = claim.records.indexOf(record);
  let sh = at;
  while (claim.records[sh]!.id !== 'SH') sh--;
  const zai = claim.records.slice(sh + 2).filter((r, i, all) => all.slice(0, i + 1).every((x) => x.id === 'IY'));
  assert.equal(Number(claim.records[sh]!.raw[5]), drugUnitPoints(ms, zai.map((r) => ({ code: r.raw[2]!, amount: Number(r.raw[3]) }))), `${where}: 単位薬剤料 of the 剤`);
  return line;
}

test('包括: an item 短期滞在手術等基本料３ includes, billed on the stay’s claim; clean short stays bill none', () => {
  const planted = plantedOf('short-stay-bundled-item');
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const { claim, line } = medicalAt(t);
    const stays = claim.items.filter((it) => BUNDLED.has(it.code));
    assert.equal(stays.length, 1, `${t.file}#${t.claim}: one 短手３`);
    assert.ok(BUNDLED.get(stays[0]!.code)!.has(line.code), `${line.code} included in ${stays[0]!.code}`);
    assert.equal(claim.items.filter((it) => BUNDLED.get(stays[0]!.code)!.has(it.code)).length, 1, 'the one included item');
    assertAdded(line, `${t.file}:${t.line}`);
  }
  // A short stay without the error: the 短手３ once, meals, nothing it includes.
  let clean = 0;
  for (const m of [month, early]) {
    const withError = new Set(m.truth.map((t) => `${t.file}#${t.claim}`));
    for (const [file, events] of m.files) {
      for (const e of events) {
        if (e.type !== 'claim' || withError.has(`${file}#${e.claim.re.receiptNumber}`)) continue;
        const stay = e.claim.items.find((it): it is Line => it.id === 'SI' && BUNDLED.has(it.code));
        if (!stay) continue;
        clean++;
        assert.equal(stay.count, 1);
        assert.ok(!e.claim.items.some((it) => BUNDLED.get(stay.code)!.has(it.code)), `${file}#${e.claim.re.receiptNumber}`);
        assert.deepEqual(e.claim.items.filter((it) => it.id !== 'CO' && it !== stay).map((it) => it.code.slice(0, 3)).filter((x) => x !== '197'), [], 'meals besides');
      }
    }
  }
  assert.ok(clean > 0, 'some short stays are clean');
});

test('用量: the daily amount of a 内服 drug above its maximum, the 剤 priced by it', () => {
  for (const m of [month, early]) {
    const planted = plantedOf('daily-dose-over-max', m);
    assert.ok(planted.length > 0, m.manifest.serviceMonth);
    for (const t of planted) {
      const line = drugLineAt(t, m, m === month ? masters : earlyMasters);
      assert.equal(line.category, '21', `${t.file}:${t.line}`);
      const max = MAX_DAILY.get(line.code);
      assert.ok(max !== undefined && line.amount! > max, `${t.file}:${t.line} ${line.code} ${line.amount}`);
    }
    assert.ok(planted.some((t) => !isMedical(t, m)), 'in 調剤 claims too');
  }
});

test('投与日数: a 新医薬品 supplied for more than 14 days within its first year; none once the year is over', () => {
  const planted = plantedOf('new-drug-over-14-days', early);
  assert.ok(planted.length > 0);
  for (const t of planted) {
    const line = drugLineAt(t, early, earlyMasters);
    const rule = NEW_DRUGS.get(line.code);
    assert.ok(rule, line.code);
    assert.equal(line.category, '21');
    assert.ok(line.supplyDays! > rule.maxDays, `${t.file}:${t.line}: ${line.supplyDays} days`);
    const days = line.days.flatMap((n, i) => (n > 0 ? [`${EARLY}-${String(i + 1).padStart(2, '0')}`] : []));
    const on = days.length ? days : [`${EARLY}-01`];
    for (const d of on) assert.ok(d >= rule.listedOn && d <= newDrugLimitEndsOn(rule.listedOn), `${t.file}:${t.line} on ${d}`);
  }
  // 2025-05: the drug the generator plants with is past its year, so none is planted.
  assert.equal(plantedOf('new-drug-over-14-days').length, 0);
});

test('医科 (院内処方): the 用量 and 投与日数 plants change a 内服 line, its 剤’s points and the claim’s totals', () => {
  // Few clinics of a small month dispense in house, and not these drugs: a clean claim's one-drug
  // 内服 剤 of 15 days or more is given the drug first (a statin for the 新医薬品 to replace).
  const cases = [[month, masters, 'daily-dose-over-max', '622412701', 4], [early, earlyMasters, 'daily-dose-over-max', '621917301', 1], [early, earlyMasters, 'new-drug-over-14-days', '620002477', 1]] as const;
  for (const [m, ms, kind, drug, amount] of cases) {
    const withError = new Set(m.truth.map((t) => `${t.file}#${t.claim}`));
    let tried = 0;
    for (const [file, events] of m.files) {
      for (const e of events) {
        if (tried >= 3 || e.type !== 'claim' || withError.has(`${file}#${e.claim.re.receiptNumber}`) || !e.claim.ho) continue;
        const c = structuredClone(e.claim);
        const given = itemUnits(c.items).find((u) => u.category === '21' && u.records.length === 1 && Math.max(...u.records[0]!.days) > 14);
        if (!given) continue;
        const r = given.records[0]! as Line & { amount?: number };
        r.code = drug;
        r.amount = amount;
        setUnitPoints(given, drugUnitPoints(ms, [{ code: drug, amount }]));
        recomputeTotals(c);
        const before = c.ho!.totalPoints, was = unitPoints(given);
        const planted = plantMedical(kind, c, {
          masters: ms, rng: new Rng(1, e.claim.re.receiptNumber), age: 50, seenLastMonth: false, abolished: { procedures: [], drugs: [] },
          otherInsurer: () => undefined, sameProviderClaims: [], prescribed: new Set(), judged: new Set(),
        });
        const where = `${kind} ${file}#${c.re.receiptNumber}`;
        assert.ok(planted && planted.target === r, where);
        tried++;
        const points = drugUnitPoints(ms, [{ code: r.code, amount: r.amount! }]);
        assert.equal(r.points, points, `${where}: points of the 剤`);
        assert.equal(c.ho!.totalPoints, before + (points - was) * r.count, `${where}: HO total`);
        const line = ruleClaimOfMedical(c, { providerCode: '' }).lines.find((l) => l.line === r.line)!;
        assert.equal(line.category, '21', where);
        if (kind === 'daily-dose-over-max') assert.ok(line.code === drug && line.amount! > MAX_DAILY.get(drug)!, where);
        else assert.ok(NEW_DRUGS.has(line.code) && line.supplyDays! > 14, where);
      }
    }
    assert.ok(tried > 0, `${kind} in ${m.manifest.serviceMonth}: a claim to plant in`);
  }
});
