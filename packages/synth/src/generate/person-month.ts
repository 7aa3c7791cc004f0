/**
 * Everything one person brings to a month: the claims (医科 outpatient and inpatient, 調剤, 歯科)
 * with any planted error, built from the person's coverage, care plan and 公費. Claims come out in
 * a fixed order so that a run is reproducible to the byte.
 */
import { addMonths, ageOn, type IsoDate, type YearMonth } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { UkeClaim, UkeGenericClaim } from '@kokuho/core/uke';
import { acuteCases, admissionsIn, chronicCareOf, followUpCases, outpatientCases, type CareCase, type ChronicCare } from '../clinical/care-plan.ts';
import { dentalPlan } from '../clinical/dental-care.ts';
import { buildDentalClaim } from '../claims/dental-claim.ts';
import { buildInpatientClaim } from '../claims/inpatient-claim.ts';
import { buildOutpatientClaim } from '../claims/outpatient-claim.ts';
import type { Payer, PublicExpenseGrant } from '../claims/payer.ts';
import { buildPharmacyClaim } from '../claims/pharmacy-claim.ts';
import { SelfPayCapSheet } from '../claims/public-expense-charge.ts';
import type { Prescription } from '../claims/prescription.ts';
import { ERROR_KINDS, PHARMACY_ALSO_KINDS, PHARMACY_ONLY_KINDS, type ErrorKind } from '../errors/error-kinds.ts';
import { plantGeneric, type PharmacyPlantContext } from '../errors/plant-generic.ts';
import { isShortStayFee, plantMedical, type PlantContext, type Planted } from '../errors/plant-medical.ts';
import { plantJudgement, TEST_PANELS } from '../errors/plant-judgement.ts';
import { BACKGROUND_RATE, HABIT_RATE, habitOf, JUDGEMENT_KINDS } from '../errors/provider-habits.ts';
import { dateInMonth, monthDays, monthEnd, monthStart } from '../population/calendar.ts';
import { coverageOf, coverageOn, type Coverage } from '../population/coverage.ts';
import type { InsurerCatalog } from '../population/insurer-catalog.ts';
import type { Person } from '../population/population-types.ts';
import { grantsOf, type PersonGrants } from '../population/public-expense.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';

export interface MonthContext {
  seed: number;
  month: YearMonth;
  masters: MasterSnapshot;
  world: InsurerCatalog;
  errorRate: number;
  abolished: PlantContext['abolished'];
}

export type PendingClaim =
  | { kind: 'medical'; provider: SynthProvider; claim: UkeClaim; planted: Planted | undefined; inpatient: boolean }
  | { kind: 'pharmacy' | 'dental'; provider: SynthProvider; claim: UkeGenericClaim; planted: Planted | undefined };

export interface PersonMonth {
  periods: Coverage[];
  chronic: ChronicCare[];
  grants: PersonGrants;
  claims: PendingClaim[];
}

/**
 * Planting weights: every kind is common enough to be found in a small month. A kind is drawn among
 * those that apply to the claim, so a kind that applies to few claims (特定疾患療養管理料,
 * 外来管理加算) carries a weight that makes up for it there without taking from the others elsewhere.
 */
const MEDICAL_KINDS: readonly (readonly [ErrorKind, number])[] = [
  ['ho-total-mismatch', 5], ['count-days-mismatch', 5], ['missing-diagnosis', 4], ['invalid-date', 4], ['field-too-long', 3],
  ['non-digit-numeric', 3], ['unknown-record', 3], ['receipt-type-age-mismatch', 4],
  ['unknown-code', 5], ['abolished-code', 5], ['points-mismatch', 6], ['insurer-check-digit', 4], ['public-expense-number-malformed', 3],
  ['not-insured', 5], ['wrong-insurer', 5],
  ['duplicate-same-day', 5], ['over-frequency', 6], ['drug-without-indication', 5], ['initial-visit-consecutive-month', 6], ['age-limited-item', 5],
  ['outpatient-management-with-procedure', 14], ['missing-specific-disease', 70], ['sex-specific-item', 4], ['judgement-fee-across-claims', 5],
  ['short-stay-bundled-item', 10], ['daily-dose-over-max', 60], ['new-drug-over-14-days', 15],
];
const GENERIC_KINDS = (Object.keys(ERROR_KINDS) as ErrorKind[]).filter((k) => ERROR_KINDS[k].generic);
/** 調剤: the 用量 kind applies to the few claims with one of its three drugs, the 投与日数 kind to statins in months a 新医薬品's limit holds. */
const PHARMACY_WEIGHTS: Partial<Record<ErrorKind, number>> = { 'daily-dose-over-max': 12, 'new-drug-over-14-days': 3 };
const PHARMACY_KINDS: readonly (readonly [ErrorKind, number])[] = [...GENERIC_KINDS, ...PHARMACY_ONLY_KINDS, ...PHARMACY_ALSO_KINDS].map((k) => [k, PHARMACY_WEIGHTS[k] ?? 1] as const);
/**
 * 横覧 opportunities are rare (a stay and a visit at the same hospital in one month): where one
 * exists, the 判断料 of the other claim is billed again at this multiple of the error rate.
 */
const ACROSS_CLAIMS_RATE = 6;
/** A 短手３ stay (two scenarios, a few dozen a month) carries an item its fee includes at this multiple of the error rate. */
const SHORT_STAY_RATE = 6;

/**
 * A planted error the 横覧 kinds must not read past. A judgement error only adds tests or a drip
 * (no 判断料, no diagnosis changed): its claim still counts as a clean sibling.
 */
const isChecked = (p: Planted | undefined): boolean => !!p && ERROR_KINDS[p.kind].category !== 'judgement';

function payerKey(c: Coverage | undefined): string {
  return c ? `${c.insurer.number}|${c.symbol}|${c.number}|${c.branch}` : 'welfare';
}

/** Tries kinds in weighted random order until one applies to the claim. */
function plantInto(p: PendingClaim, rng: Rng, ctx: Omit<PlantContext, 'rng'>, pharmacy: PharmacyPlantContext | undefined): Planted | undefined {
  const pool = p.kind === 'medical' ? [...MEDICAL_KINDS] : p.kind === 'pharmacy' ? [...PHARMACY_KINDS] : GENERIC_KINDS.map((k) => [k, 1] as const);
  while (pool.length) {
    const i = rng.weighted(pool.map((x) => x[1]));
    const [kind] = pool.splice(i, 1)[0]!;
    const planted = p.kind === 'medical' ? plantMedical(kind, p.claim, { ...ctx, rng }) : plantGeneric(kind, p.claim, rng, ctx.otherInsurer, pharmacy);
    if (planted) return planted;
  }
  return undefined;
}

/** A 医科 claim of the patient built this month, with the provider and payer the 横覧 / 突合 rules group it by. */
interface BuiltMedical {
  slot: number;
  code: string;
  payerKey: string;
  pending: PendingClaim & { kind: 'medical' };
}

export function personMonth(person: Person, providers: readonly SynthProvider[], ctx: MonthContext): PersonMonth {
  const { seed, month, masters } = ctx;
  const periods = coverageOf(ctx.world, seed, person);
  const chronic = chronicCareOf(person, providers, seed);
  const grants = grantsOf(person, chronic, seed);
  const claims: PendingClaim[] = [];
  const first = monthStart(month), last = monthEnd(month);
  const days = monthDays(month);
  const h = person.household;
  const death = person.event?.kind === 'death' ? person.event.date : undefined;
  const born = person.event?.kind === 'birth' ? person.event.date : person.birthDate;
  const movedOut = h.event?.kind === 'moveOut' ? h.event.date : undefined;

  const payerOn = (d: number): { key: string; payer: Payer } | undefined => {
    const date = dateInMonth(month, d);
    if (date < born || (death && date > death) || (movedOut && date >= movedOut)) return undefined;
    const cov = coverageOn(periods, date);
    if (cov) {
      const ko = grants.withInsurance.filter((g) => g.from <= date).map((g) => g.grant);
      return { key: payerKey(cov), payer: { coverage: cov, publicExpenses: ko.slice(0, 1) } };
    }
    if (grants.welfare && grants.welfare.from <= date) return { key: 'welfare', payer: { coverage: undefined, publicExpenses: [grants.welfare.grant] } };
    return undefined;
  };
  // Computed on demand: most persons have no visit on most days.
  const memo = new Map<number, { key: string; payer: Payer } | undefined>();
  const payers = {
    get(d: number): { key: string; payer: Payer } | undefined {
      if (!memo.has(d)) memo.set(d, payerOn(d));
      return memo.get(d);
    },
  };
  if (!periods.some((c) => c.acquiredOn <= last && (c.lostOn === undefined || c.lostOn > first)) && !grants.welfare) return { periods, chronic, grants, claims };

  const prevMonth = addMonths(month, -1);
  const prevAcute = acuteCases(person, providers, prevMonth, seed);
  const coveredLastMonth = !!coverageOn(periods, monthStart(prevMonth)) || (grants.welfare !== undefined && grants.welfare.from <= monthStart(prevMonth));
  const ageNow = ageOn(person.birthDate, first);
  const otherInsurer = (current: string): string | undefined => {
    const cur = ctx.world.byNumber.get(current);
    const same = ctx.world.all.filter((i) => i.kind === cur?.kind && i.number !== current && i.inFederation);
    return same.length ? same[new Rng(seed, SALT.errors, person.no, 3).int(same.length)]!.number : undefined;
  };
  let serial = 0;
  const monthNo = Number(month.replace('-', ''));
  /** 判断料 billed at each provider this month (once a month per provider, whatever the claim). */
  const judgedAt = new Map<number, Set<string>>();
  const judgedOf = (slot: number): Set<string> => judgedAt.get(slot) ?? judgedAt.set(slot, new Set()).get(slot)!;
  const built: BuiltMedical[] = [];
  /** 自己負担上限額管理票: the 公費 charges (KO 負担金額) add up over the month's claims, in the order built. */
  const capSheet = new SelfPayCapSheet();
  /** The patient's clean 医科 claims at the provider under the payer, built so far. */
  const cleanSiblings = (slot: number, payerKey: string): UkeClaim[] => built.filter((b) => b.slot === slot && b.payerKey === payerKey && !isChecked(b.pending.planted)).map((b) => b.pending.claim);
  const plantChecked = (p: PendingClaim, age: number, seenLastMonth: boolean, more: { siblings?: UkeClaim[]; prescribed?: ReadonlySet<string>; pharmacy?: PharmacyPlantContext } = {}): void => {
    const rng = new Rng(seed, SALT.errors, person.no, serial++, monthNo);
    const plantCtx = {
      masters, age, seenLastMonth, abolished: ctx.abolished, otherInsurer, sameProviderClaims: more.siblings ?? [], prescribed: more.prescribed ?? new Set<string>(),
      judged: judgedOf(p.provider.slot),
    };
    if (p.kind === 'medical' && p.inpatient && p.claim.items.some((it) => it.id === 'SI' && isShortStayFee(masters, it.code))) {
      const short = new Rng(seed, SALT.errors, person.no, 14, serial, monthNo);
      if (short.chance(Math.min(1, ctx.errorRate * SHORT_STAY_RATE))) {
        p.planted = plantMedical('short-stay-bundled-item', p.claim, { ...plantCtx, rng: short });
        if (p.planted) return;
      }
    }
    if (p.kind === 'medical' && more.siblings?.length) {
      const cross = new Rng(seed, SALT.errors, person.no, 12, serial, monthNo);
      if (cross.chance(Math.min(1, ctx.errorRate * ACROSS_CLAIMS_RATE))) {
        p.planted = plantMedical('judgement-fee-across-claims', p.claim, { ...plantCtx, rng: cross });
        if (p.planted) return;
      }
    }
    if (!rng.chance(ctx.errorRate)) return;
    p.planted = plantInto(p, rng, plantCtx, more.pharmacy);
  };
  // A claim the other kinds left clean may carry a judgement error, mostly at providers with the
  // habit; its own stream, so that the other kinds' draws are those of a month without it.
  const maybePlant: typeof plantChecked = (p, age, seenLastMonth, more) => {
    plantChecked(p, age, seenLastMonth, more);
    if (p.planted || p.kind !== 'medical' || p.inpatient) return;
    const habit = habitOf(seed, p.provider, TEST_PANELS.length);
    const rng = new Rng(seed, SALT.errors, person.no, 15, serial, monthNo);
    if (!rng.chance(ctx.errorRate * (habit ? HABIT_RATE : BACKGROUND_RATE))) return;
    p.planted = plantJudgement(habit?.kind ?? rng.pick(JUDGEMENT_KINDS), p.claim, { masters, rng, age, panel: habit?.panel });
  };

  // Inpatient stays first: their days are not outpatient days.
  const inpatientDays = new Set<number>();
  const admissions = admissionsIn(person, providers, month, seed);
  for (const a of admissions) {
    const from = a.admitted > first ? Number(a.admitted.slice(8)) : 1;
    const to = a.lastDay < last ? Number(a.lastDay.slice(8)) : days;
    const groups = new Map<string, { payer: Payer; days: number[] }>();
    for (let d = from; d <= to; d++) {
      const p = payers.get(d);
      if (!p) continue;
      inpatientDays.add(d);
      const g = groups.get(p.key) ?? { payer: p.payer, days: [] };
      g.days.push(d);
      groups.set(p.key, g);
    }
    for (const [key, g] of groups) {
      const claim = buildInpatientClaim({ person, admission: a, month, days: g.days, payer: g.payer, masters, judged: judgedOf(a.provider.slot), capSheet });
      const pending: BuiltMedical['pending'] = { kind: 'medical', provider: a.provider, claim, planted: undefined, inpatient: true };
      const siblings = cleanSiblings(a.provider.slot, key);
      maybePlant(pending, ageNow, false, { siblings });
      built.push({ slot: a.provider.slot, code: a.provider.code, payerKey: key, pending });
      claims.push(pending);
    }
  }

  // Outpatient: each case's days split by payer, grouped per provider and payer.
  const cases = [...outpatientCases(person, chronic, providers, month, seed), ...followUpCases(person, admissions, month, seed)];
  type Group = { provider: SynthProvider; key: string; payer: Payer; cases: CareCase[] };
  const groups = new Map<string, Group>();
  for (const c of cases) {
    const byPayer = new Map<string, { payer: Payer; days: number[] }>();
    for (const d of c.days) {
      const p = payers.get(d);
      if (!p || inpatientDays.has(d)) continue;
      const x = byPayer.get(p.key) ?? { payer: p.payer, days: [] };
      x.days.push(d);
      byPayer.set(p.key, x);
    }
    for (const [key, x] of byPayer) {
      const gk = `${String(c.provider.slot).padStart(2, '0')}|${key}`;
      const g = groups.get(gk) ?? { provider: c.provider, key, payer: x.payer, cases: [] };
      // The episode's start stays its own only where its first visit is on this payer's days.
      g.cases.push({ ...c, days: x.days, startsThisMonth: c.startsThisMonth && x.days[0] === c.days[0] });
      groups.set(gk, g);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => a.provider.slot - b.provider.slot || Math.min(...a.cases.flatMap((c) => c.days)) - Math.min(...b.cases.flatMap((c) => c.days)));
  const prescriptions: { key: string; payer: Payer; rx: Prescription }[] = [];
  const firstGroupAt = new Set<number>();
  for (const g of ordered) {
    const slot = g.provider.slot;
    const chronicHere = chronic.some((c) => c.provider.slot === slot);
    const prevHere = prevAcute.some((c) => c.provider.slot === slot);
    const firstHere = !firstGroupAt.has(slot);
    firstGroupAt.add(slot);
    const earliest = [...g.cases].sort((a, b) => a.days[0]! - b.days[0]!)[0]!;
    const newPatient = firstHere && !chronicHere && !prevHere && earliest.startsThisMonth;
    const seenLastMonth = coveredLastMonth && (prevHere || chronic.some((c) => c.provider.slot === slot && c.cadence === 1));
    // A 公費 only goes on the claim when it pays for something treated there.
    const ids = new Set(g.cases.map((c) => c.scenario.id));
    const payer: Payer = g.payer.coverage
      ? { coverage: g.payer.coverage, publicExpenses: g.payer.publicExpenses.filter((x: PublicExpenseGrant) => [...ids].some((id) => x.covers?.has(id))) }
      : g.payer;
    const out = buildOutpatientClaim({ person, provider: g.provider, month, cases: g.cases, payer, masters, newPatient, seed, judged: judgedOf(slot), capSheet });
    const pending: BuiltMedical['pending'] = { kind: 'medical', provider: g.provider, claim: out.claim, planted: undefined, inpatient: false };
    const prescribed = new Set(out.prescriptions.flatMap((rx) => rx.zai.flatMap((z) => z.drugs.map((d) => d.code))));
    const siblings = cleanSiblings(slot, g.key);
    maybePlant(pending, ageOn(person.birthDate, dateInMonth(month, Math.min(...g.cases.flatMap((c) => c.days)))), seenLastMonth, { siblings, prescribed });
    built.push({ slot, code: g.provider.code, payerKey: g.key, pending });
    claims.push(pending);
    for (const rx of out.prescriptions) prescriptions.push({ key: g.key, payer, rx });
  }

  // 資格喪失後受診: some who joined an employer's insurance, moved away or went on welfare keep
  // showing the old card at their usual clinic.
  const LOST = new Set(['joinedEmployeeInsurance', 'moveOut', 'welfareStarted']);
  const lost = periods.find((c) => c.loseReason && LOST.has(c.loseReason) && c.lostOn && c.lostOn <= last && c.lostOn >= monthStart(addMonths(month, -2)));
  const usual = chronic.find((c) => c.provider.kind === 'clinic');
  if (lost && usual && usual.onset <= last && new Rng(seed, SALT.errors, person.no, 11, Number(month.replace('-', ''))).chance(Math.min(1, ctx.errorRate * 6))) {
    const day = Math.max(lost.lostOn! > first ? Number(lost.lostOn!.slice(8)) : 1, Math.min(days, usual.preferredDay));
    if (!(death && dateInMonth(month, day) > death)) {
      const c: CareCase = { scenario: usual.scenario, provider: usual.provider, start: usual.onset, days: [day], rxDays: usual.rxDays, chronic: true, side: usual.side, cured: false, startsThisMonth: false };
      const lostClaim = buildOutpatientClaim({ person, provider: usual.provider, month, cases: [c], payer: { coverage: lost, publicExpenses: [] }, masters, newPatient: false, seed });
      const pending: BuiltMedical['pending'] = {
        kind: 'medical', provider: usual.provider, claim: lostClaim.claim, inpatient: false,
        planted: { kind: 'lost-before-visit', target: lostClaim.claim.ho!, detail: `${dateInMonth(month, day)}受診、資格喪失日${lost.lostOn}（${lost.insurer.number}）` },
      };
      built.push({ slot: usual.provider.slot, code: usual.provider.code, payerKey: payerKey(lost), pending });
      claims.push(pending);
    }
  }

  /** What the 突合 kinds of a 調剤 claim under the payer read: the 医科 claims of the month (all built by now). */
  const pharmacyContext = (key: string): PharmacyPlantContext => ({
    masters,
    month,
    // The prescriber's claims under the same payer; none where one carries an error that returns it
    // at intake (returned claims are not examined) or changes who the patient is.
    prescriberDiagnoses: (code) => {
      const linked = built.filter((b) => b.code === code && b.payerKey === key);
      if (!linked.length || linked.some((b) => b.pending.planted && !['check', 'judgement'].includes(ERROR_KINDS[b.pending.planted.kind].category))) return undefined;
      return linked.flatMap((b) => b.pending.claim.sy.map((x) => x.diagnosisCode));
    },
    unrelatedPrescriber: () => {
      const seen = new Set(built.map((b) => b.code));
      const others = providers.filter((p) => p.feeTable === '1' && !seen.has(p.code));
      const p = others.length ? others[new Rng(seed, SALT.errors, person.no, 13, monthNo).int(others.length)]! : undefined;
      return p && { code: p.code, prefecture: p.prefecture };
    },
  });

  // 調剤: prescriptions to the clinic's nearby pharmacy or the patient's own, one claim per pharmacy,
  // payer and prescriber (a 調剤 claim names one 処方医療機関).
  const pharmacies = providers.filter((p) => p.kind === 'pharmacy');
  if (pharmacies.length && prescriptions.length) {
    const byPharmacy = new Map<string, { pharmacy: SynthProvider; payer: Payer; payerKey: string; rx: Prescription[] }>();
    for (const x of prescriptions) {
      const rng = new Rng(seed, SALT.pharmacy, person.no, x.rx.prescriber.slot);
      const pharmacy = rng.chance(0.7) ? pharmacies[x.rx.prescriber.slot % pharmacies.length]! : pharmacies[new Rng(seed, SALT.pharmacy, person.no).int(pharmacies.length)]!;
      const k = `${String(pharmacy.slot).padStart(2, '0')}|${x.key}|${String(x.rx.prescriber.slot).padStart(2, '0')}`;
      const g = byPharmacy.get(k) ?? { pharmacy, payer: x.payer, payerKey: x.key, rx: [] };
      g.rx.push(x.rx);
      if (x.payer.publicExpenses.length > g.payer.publicExpenses.length) g.payer = x.payer;
      byPharmacy.set(k, g);
    }
    for (const k of [...byPharmacy.keys()].sort()) {
      const g = byPharmacy.get(k)!;
      const claim = buildPharmacyClaim(person, g.pharmacy, month, g.rx, g.payer, masters, capSheet);
      const pending: PendingClaim = { kind: 'pharmacy', provider: g.pharmacy, claim, planted: undefined };
      maybePlant(pending, ageNow, false, { pharmacy: pharmacyContext(g.payerKey) });
      claims.push(pending);
    }
  }

  // 歯科.
  const prevDental = dentalPlan(person, providers, prevMonth, seed);
  for (const v of dentalPlan(person, providers, month, seed)) {
    const byPayer = new Map<string, { payer: Payer; days: number[] }>();
    for (const d of v.days) {
      const p = payers.get(d);
      if (!p || inpatientDays.has(d)) continue;
      const x = byPayer.get(p.key) ?? { payer: { coverage: p.payer.coverage, publicExpenses: p.payer.coverage ? [] : p.payer.publicExpenses }, days: [] };
      x.days.push(d);
      byPayer.set(p.key, x);
    }
    let firstGroup = true;
    for (const x of byPayer.values()) {
      const newPatient = firstGroup && v.kind === 'caries' && x.days[0] === v.episodeStart && !prevDental.some((pv) => pv.clinic.slot === v.clinic.slot);
      firstGroup = false;
      const start: IsoDate = v.kind === 'caries' && v.episodeStart ? dateInMonth(month, v.episodeStart) : '2020-04-01';
      const claim = buildDentalClaim(person, v.clinic, month, { kind: v.kind, start, days: x.days, newPatient }, x.payer);
      const pending: PendingClaim = { kind: 'dental', provider: v.clinic, claim, planted: undefined };
      maybePlant(pending, ageNow, false);
      claims.push(pending);
    }
  }
  return { periods, chronic, grants, claims };
}
