/**
 * 資格点検 of a claim: on each day of treatment the patient must be covered by the insurer billed,
 * under the card on the claim. The first day that fails gives one finding (the claim is returned
 * either way; one reason is what the provider needs to correct it).
 */
import { formatWareki, monthEnd, type IsoDate, type YearMonth } from '../common/dates.ts';
import { normalizeCardText } from '../registry/insurance-card.ts';
import { resolveEligibility, type EligibilityOutcome } from '../registry/eligibility-resolution.ts';
import type { EligibilityPeriod } from '../registry/registry-types.ts';
import type { ClaimFacts } from './claim-facts.ts';
import { claimFinding, type ClaimFinding, type ClaimFindingCode } from './intake-codes.ts';

const CODE: Record<Exclude<EligibilityOutcome, { eligible: true }>['reason'], ClaimFindingCode> = {
  notFound: 'ELG-E001',
  ambiguous: 'ELG-E002',
  notYetAcquired: 'ELG-E003',
  lost: 'ELG-E004',
  otherInsurer: 'ELG-E005',
};

export interface EligibilityResult {
  finding: ClaimFinding | undefined;
  /** The person the card designates when it is unambiguous. */
  personId: string | undefined;
}

/** The card as the registry compares it. */
export function claimCard(f: ClaimFacts): { insurerNumber: string; symbol: string; number: string; branch: string } | undefined {
  if (!f.ho) return undefined;
  return { insurerNumber: f.ho.insurerNumber.trim(), symbol: normalizeCardText(f.ho.symbol), number: normalizeCardText(f.ho.number), branch: normalizeCardText(f.branch) };
}

function daysOfMonth(month: YearMonth): IsoDate[] {
  const last = Number(monthEnd(month).slice(8));
  return Array.from({ length: last }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * `periods`: every period of the persons the card designates (theirs under any insurer).
 * `registryHasInsurer`: the insurer's coverage is known here; for an insurer of another prefecture
 * whose registry is not held, nothing can be said (its own federation checks it).
 */
export function checkEligibility(
  f: ClaimFacts, all: readonly EligibilityPeriod[], registryHasInsurer: boolean, birthDateOf?: (personId: string) => string | undefined,
): EligibilityResult {
  const card = claimCard(f);
  if (!card || !f.serviceMonth || card.number === '') return { finding: undefined, personId: undefined };
  const periods = card.branch === '' ? byBirthDate(all, f.birthDate, birthDateOf) : all;
  const q = (on: IsoDate): EligibilityOutcome => resolveEligibility({ insurerNumber: card.insurerNumber, card: { symbol: card.symbol, number: card.number, branch: card.branch }, on }, periods);
  let days = f.treatmentDays;
  if (days.length === 0) {
    // The claim does not say which days: covered on some day of the month is enough.
    const all = daysOfMonth(f.serviceMonth);
    const ok = all.map(q).find((o) => o.eligible);
    days = ok ? [] : [all[0]!];
    if (ok && ok.eligible) return { finding: undefined, personId: ok.period.personId };
  }
  let personId: string | undefined;
  for (const day of days) {
    const o = q(day);
    if (o.eligible) { personId = o.period.personId; continue; }
    if (o.reason === 'notFound' && !registryHasInsurer) return { finding: undefined, personId: undefined };
    const detail = detailOf(o, day);
    const finding = claimFinding(CODE[o.reason], f.ho!.line, 'HO', o.reason === 'notFound' || o.reason === 'ambiguous' ? 'cardNumber' : 'insurerNumber', detail);
    return { finding, personId: 'period' in o ? o.period.personId : undefined };
  }
  return { finding: undefined, personId };
}

/**
 * Without 枝番 a household card designates every member: the claim's 生年月日 picks the one it is
 * for, when that leaves exactly one person (twins stay ambiguous, ELG-E002).
 */
function byBirthDate(periods: readonly EligibilityPeriod[], birth: string | undefined, birthDateOf?: (personId: string) => string | undefined): readonly EligibilityPeriod[] {
  if (!birth || !birthDateOf) return periods;
  const persons = new Set(periods.map((p) => p.personId));
  if (persons.size < 2) return periods;
  const same = [...persons].filter((id) => birthDateOf(id) === birth);
  return same.length === 1 ? periods.filter((p) => p.personId === same[0]) : periods;
}

function detailOf(o: Exclude<EligibilityOutcome, { eligible: true }>, day: IsoDate): string {
  const on = `受診日 ${formatWareki(day)}`;
  switch (o.reason) {
    case 'notYetAcquired': return `${on}、取得日 ${formatWareki(o.acquiredOn)}`;
    case 'lost': return `${on}、喪失日 ${formatWareki(o.lostOn)}`;
    case 'otherInsurer': return `${on}、資格のある保険者 ${o.insurerNumber}`;
    default: return on;
  }
}
