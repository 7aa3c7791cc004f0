/**
 * The rules a clean claim must pass, written independently of the builders: codes in force,
 * points as the masters and the 点数表 compute them, 上限回数, age limits, one 初診 a day,
 * indications of drugs, 外来管理加算 exclusions, eligibility on every visit day. Used by tests to
 * hold every claim without a planted error to all of them.
 */
import { ageOn, addMonths, type YearMonth } from '@kokuho/core/common';
import { decodeAgeLimit, type MasterSnapshot } from '@kokuho/core/masters';
import { normalizeCardText, resolveEligibility, type EligibilityPeriod } from '@kokuho/core/registry';
import type { BillingLineRecord, UkeClaim } from '@kokuho/core/uke';
import { FEE, JUDGEMENT } from '../clinical/fee-codes.ts';
import { DRUG_INDICATIONS } from '../clinical/indications.ts';
import { bundledChemistryPoints } from '../claims/tests.ts';
import { devicePoints, drugUnitPoints, procedurePoints, procedurePoints100 } from '../claims/pricing.ts';
import { itemUnits } from '../errors/claim-units.ts';

const MONTHLY_LIMITED = new Set<string>([...Object.values(JUDGEMENT), FEE.lifestyleManagement, FEE.specificManagementClinic, FEE.dispensingBase, FEE.prescriptionSlipSpecific, FEE.prescribingSpecific]);

export function cleanRuleViolations(c: UkeClaim, m: MasterSnapshot, periods: readonly EligibilityPeriod[]): string[] {
  const out: string[] = [];
  const month = c.re.serviceMonth;
  const days = (c.jd[0]?.days ?? []).map((v, i) => (v ? i + 1 : 0)).filter(Boolean);
  const first = `${month}-${String(days[0] ?? 1).padStart(2, '0')}`;
  const age = ageOn(c.re.birthDate, first);

  for (const s of c.sy) {
    if (!m.diagnosis(s.diagnosisCode)) out.push(`傷病名${s.diagnosisCode}がない`);
    for (const z of s.modifierCodes) if (!m.modifier(z)) out.push(`修飾語${z}がない`);
  }
  if (!c.sy.length) out.push('傷病名なし');
  const dx = new Set(c.sy.map((s) => s.diagnosisCode));
  let category = '';
  for (const it of c.items) {
    if (it.treatmentCategory) category = it.treatmentCategory;
    if (it.id === 'CO') {
      if (!m.comment(it.code)) out.push(`コメント${it.code}がない`);
      continue;
    }
    const ok = it.id === 'SI' ? m.procedure(it.code) : it.id === 'IY' ? m.drug(it.code) : m.device(it.code);
    if (!ok) out.push(`${it.id} ${it.code}がマスターにない`);
    if (it.id === 'IY' && category !== '33' && category !== '50' && category !== '54') {
      const ind = DRUG_INDICATIONS.get(it.code);
      if (ind && ![...ind].some((x) => dx.has(x))) out.push(`${it.code}の適応傷病名なし`);
    }
    if (it.id === 'SI' && ok) {
      const e = m.procedure(it.code)!;
      const lo = decodeAgeLimit(e.minAge), hi = decodeAgeLimit(e.maxAge);
      if (lo.kind === 'years' && age < lo.years) out.push(`${it.code}は${lo.years}歳以上（${age}歳）`);
      if (hi.kind === 'years' && age >= hi.years) out.push(`${it.code}は${hi.years}歳未満（${age}歳）`);
    }
  }
  if (out.length) return out;

  // Points of every unit.
  for (const u of itemUnits(c.items)) {
    const pts = u.records[u.records.length - 1]!.points ?? NaN;
    const recs = u.records as (BillingLineRecord & { quantity?: number; amount?: number })[];
    let want: number;
    if (recs.every((r) => r.id === 'IY')) want = drugUnitPoints(m, recs.map((r) => ({ code: r.code, amount: r.amount ?? 1 })));
    else if (recs.every((r) => r.id === 'TO')) want = recs.reduce((t, r) => t + devicePoints(m, r.code, r.amount ?? 1), 0);
    else if (u.category === '97') want = Math.round(procedurePoints100(m, recs[0]!.code, recs[0]!.quantity) / 100);
    else if (recs.length >= 5 && recs.every((r) => m.procedure(r.code)?.bundledTestGroup === 1)) want = bundledChemistryPoints(recs.length);
    else want = recs.reduce((t, r) => t + procedurePoints(m, r.code, r.quantity), 0);
    if (pts !== want) out.push(`${recs.map((r) => r.code).join('+')}: ${pts}点、本来${want}点`);
  }

  // 上限回数 (per month) and one 初診 a claim.
  const counts = new Map<string, number>();
  for (const it of c.items) if (it.id === 'SI') counts.set(it.code, (counts.get(it.code) ?? 0) + it.count);
  for (const [code, n] of counts) {
    const max = m.procedure(code)?.maxCount ?? 0;
    if (MONTHLY_LIMITED.has(code) && max > 0 && n > max) out.push(`${code}を${n}回（上限${max}回）`);
  }
  if ((counts.get(FEE.firstVisit) ?? 0) > 1) out.push('初診料が複数回');
  if (counts.has(FEE.firstVisit) && (counts.has(FEE.lifestyleManagement) || counts.has(FEE.specificManagementClinic))) out.push('初診月に管理料');

  // 外来管理加算: not on a day with an item that excludes it, nor with 生活習慣病管理料.
  const mgmtDays = new Set<number>();
  for (const it of c.items) if (it.id === 'SI' && it.code === FEE.outpatientManagement) it.days.forEach((n, i) => n && mgmtDays.add(i));
  for (const it of c.items) {
    if (it.id !== 'SI') continue;
    const e = m.procedure(it.code);
    if ((e?.outpatientManagementClass === 1 || it.code === FEE.lifestyleManagement) && it.days.some((n, i) => n && mgmtDays.has(i))) out.push(`${it.code}と外来管理加算が同日`);
  }

  // Eligibility on every visit day.
  if (c.ho) {
    for (const d of days) {
      const on = `${month}-${String(d).padStart(2, '0')}`;
      const r = resolveEligibility({ insurerNumber: c.ho.insurerNumber, card: { symbol: normalizeCardText(c.ho.cardSymbol ?? ''), number: normalizeCardText(c.ho.cardNumber), branch: c.sn[0]?.branchNumber ?? '' }, on }, periods);
      if (!r.eligible) out.push(`${on}: 資格なし（${r.reason}）`);
    }
  }
  return out;
}

export function previousMonth(m: YearMonth): YearMonth {
  return addMonths(m, -1);
}
