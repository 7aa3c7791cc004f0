/**
 * Aggregates of the 共同事業 per insurer and per prefecture (and nationally), per month and per 年度,
 * from a list of priced claims. The month is the claim's 診療年月 (the brief's choice: the sources do
 * not say whether the programmes count by 診療月 or by 審査月).
 */
import { fail, ok, type Result } from '../common/result.ts';
import { isPrefectureCode, type PrefectureCode } from '../common/prefectures.ts';
import { yen, type Yen } from '../common/money.ts';
import { assessPoolingClaim, highCostQuarterShare, POOLING_SCHEMES, type PoolingScheme } from './pooling-rules.ts';
import { fiscalYearLabel, fiscalYearOf } from './fiscal-year.ts';
import {
  poolingError, type InsurerMonthPooling, type InsurerYearPooling, type NationalMonthPooling, type NationalYearPooling,
  type PoolingClaim, type PoolingError, type PoolingSummary, type PoolingTotals, type PrefectureMonthPooling, type PrefectureYearPooling,
} from './pooling-types.ts';

interface ValidPoolingClaim extends PoolingClaim {
  prefecture: PrefectureCode;
}

const SHAPE: Record<PoolingScheme, RegExp> = { 国保: /^\d{6}$/, 後期: /^39\d{6}$/ };

/**
 * Checks every claim. 医療費 must be a non-negative safe integer and their sum at most 2^53 − 1, so
 * every total below is exact (all terms are ≥ 0: once the true sum passes the bound the computed one
 * cannot come back under it). A 国保 national year is about ¥10.9T (seed system-map, FY2018), ≈ 2^43.
 * A corrected claim is given with its corrected 医療費 (the thresholds apply to the claim's total, so
 * a reversal cannot be a negative amount here).
 */
export function validatePoolingClaims(claims: readonly PoolingClaim[]): Result<ValidPoolingClaim[], PoolingError> {
  const errors: PoolingError[] = [];
  const seen = new Map<string, { prefecture: string; scheme: string }>();
  let total = 0;
  claims.forEach((c, i) => {
    const before = errors.length;
    const insurer = typeof c.insurerNumber === 'string' ? c.insurerNumber.trim() : '';
    if (insurer === '') errors.push(poolingError('emptyInsurer', i));
    if (!isPrefectureCode(c.prefecture)) errors.push(poolingError('unknownPrefecture', i));
    if (typeof c.serviceMonth !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(c.serviceMonth)) errors.push(poolingError('badMonth', i));
    if (!Number.isSafeInteger(c.medicalCost) || c.medicalCost < 0) errors.push(poolingError('badAmount', i));
    if (!POOLING_SCHEMES.includes(c.scheme)) errors.push(poolingError('unknownScheme', i));
    else if (insurer !== '' && !SHAPE[c.scheme].test(insurer)) errors.push(poolingError('schemeMismatch', i));
    if (errors.length > before) return;
    const prior = seen.get(insurer);
    if (prior && (prior.prefecture !== c.prefecture || prior.scheme !== c.scheme)) return void errors.push(poolingError('inconsistentInsurer', i));
    seen.set(insurer, { prefecture: c.prefecture, scheme: c.scheme });
    total += c.medicalCost;
  });
  if (!errors.length && total > Number.MAX_SAFE_INTEGER) errors.push(poolingError('tooLarge'));
  if (errors.length) return fail(...errors);
  return ok(claims.map((c) => ({ ...c, insurerNumber: c.insurerNumber.trim(), prefecture: c.prefecture as PrefectureCode })));
}

function emptyPoolingTotals(): PoolingTotals {
  return {
    claims: 0, medicalCost: yen(0),
    highCost: { claims: 0, medicalCost: yen(0), countedPart: yen(0), quarterShare: yen(0) },
    extraHighCost: { claims: 0, medicalCost: yen(0), countedPart: yen(0) },
  };
}

const plus = (a: Yen, b: number): Yen => (a + b) as Yen;

function addClaim(t: PoolingTotals, c: ValidPoolingClaim): void {
  const a = assessPoolingClaim(c);
  t.claims += 1;
  t.medicalCost = plus(t.medicalCost, c.medicalCost);
  if (a.highCost.counts) {
    t.highCost.claims += 1;
    t.highCost.medicalCost = plus(t.highCost.medicalCost, c.medicalCost);
    t.highCost.countedPart = plus(t.highCost.countedPart, a.highCost.countedPart);
    t.highCost.quarterShare = highCostQuarterShare(t.highCost.countedPart);
  }
  if (a.extraHighCost.counts) {
    t.extraHighCost.claims += 1;
    t.extraHighCost.medicalCost = plus(t.extraHighCost.medicalCost, c.medicalCost);
    t.extraHighCost.countedPart = plus(t.extraHighCost.countedPart, a.extraHighCost.countedPart);
  }
}

/** Groups claims by a key, keeping the first claim's group fields. */
class Groups<G> {
  private readonly map = new Map<string, { fields: G; totals: PoolingTotals }>();
  add(key: string, fields: () => G, c: ValidPoolingClaim): void {
    let g = this.map.get(key);
    if (!g) this.map.set(key, (g = { fields: fields(), totals: emptyPoolingTotals() }));
    addClaim(g.totals, c);
  }
  /** Rows in key order: keys are built so that their string order is the documented row order. */
  rows(): (G & PoolingTotals)[] {
    return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => ({ ...g.fields, ...g.totals }));
  }
}

/** Sort key fragment for a scheme: 国保 before 後期 whatever the code points. */
const schemeKey = (s: PoolingScheme): number => POOLING_SCHEMES.indexOf(s);

export function summarisePooling(claims: readonly PoolingClaim[]): Result<PoolingSummary, PoolingError> {
  const v = validatePoolingClaims(claims);
  if (!v.ok) return v;
  const insurerMonth = new Groups<Omit<InsurerMonthPooling, keyof PoolingTotals>>();
  const insurerYear = new Groups<Omit<InsurerYearPooling, keyof PoolingTotals>>();
  const prefectureMonth = new Groups<Omit<PrefectureMonthPooling, keyof PoolingTotals>>();
  const prefectureYear = new Groups<Omit<PrefectureYearPooling, keyof PoolingTotals>>();
  const nationalMonth = new Groups<Omit<NationalMonthPooling, keyof PoolingTotals>>();
  const nationalYear = new Groups<Omit<NationalYearPooling, keyof PoolingTotals>>();
  for (const c of v.value) {
    const { insurerNumber, prefecture, scheme, serviceMonth: month } = c;
    const fiscalYear = fiscalYearOf(month);
    const fy = String(fiscalYear).padStart(4, '0');
    // Insurer numbers of one scheme have one length, so their string order is numeric order.
    const ins = `${prefecture}|${schemeKey(scheme)}|${insurerNumber}`;
    const pre = `${prefecture}|${schemeKey(scheme)}`;
    insurerMonth.add(`${ins}|${month}`, () => ({ insurerNumber, prefecture, scheme, month }), c);
    insurerYear.add(`${ins}|${fy}`, () => ({ insurerNumber, prefecture, scheme, fiscalYear, fiscalYearLabel: fiscalYearLabel(fiscalYear) }), c);
    prefectureMonth.add(`${pre}|${month}`, () => ({ prefecture, scheme, month }), c);
    prefectureYear.add(`${pre}|${fy}`, () => ({ prefecture, scheme, fiscalYear, fiscalYearLabel: fiscalYearLabel(fiscalYear) }), c);
    nationalMonth.add(`${schemeKey(scheme)}|${month}`, () => ({ scheme, month }), c);
    nationalYear.add(`${schemeKey(scheme)}|${fy}`, () => ({ scheme, fiscalYear, fiscalYearLabel: fiscalYearLabel(fiscalYear) }), c);
  }
  return ok({
    byInsurerMonth: insurerMonth.rows(),
    byInsurerFiscalYear: insurerYear.rows(),
    byPrefectureMonth: prefectureMonth.rows(),
    byPrefectureFiscalYear: prefectureYear.rows(),
    nationalByMonth: nationalMonth.rows(),
    nationalByFiscalYear: nationalYear.rows(),
  });
}
