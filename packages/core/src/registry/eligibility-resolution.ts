/**
 * 資格点検 of one claim line against the registry: given the insurer and card on the claim and a day of
 * treatment, which coverage period applies, or why none does. Pure: storage hands over every period
 * of the persons the card designates, and this decides.
 */
import { formatWareki, type IsoDate } from '../common/dates.ts';
import type { InsuranceCard } from './insurance-card.ts';
import type { EligibilityPeriod } from './registry-types.ts';

export interface EligibilityQuery {
  insurerNumber: string;
  /** Canonical card (see normalizeCardText). An empty branch matches any branch. */
  card: InsuranceCard;
  on: IsoDate;
}

export type EligibilityFailure =
  /** No person ever held this card under this insurer. */
  | { reason: 'notFound' }
  /** Without 枝番 the card designates several family members. */
  | { reason: 'ambiguous'; personIds: string[] }
  /** Treatment before the card's coverage began. */
  | { reason: 'notYetAcquired'; acquiredOn: IsoDate; period: EligibilityPeriod }
  /** Treatment on or after the 資格喪失日, and no other coverage that day. */
  | { reason: 'lost'; lostOn: IsoDate; period: EligibilityPeriod }
  /** That day the person was covered by another insurer (moved, or reached 75). */
  | { reason: 'otherInsurer'; insurerNumber: string; period: EligibilityPeriod };

export type EligibilityOutcome = { eligible: true; period: EligibilityPeriod } | ({ eligible: false } & EligibilityFailure);

export type EligibilityFailureReason = EligibilityFailure['reason'];

export const ELIGIBILITY_FAILURE_MESSAGES: Record<EligibilityFailureReason, string> = {
  notFound: '該当する被保険者が資格台帳にありません',
  ambiguous: '枝番がないため被保険者を特定できません',
  notYetAcquired: '資格取得日より前の受診です',
  lost: '資格喪失後の受診です',
  otherInsurer: '受診日に他の保険者の資格があります',
};

/** The message for people, with the date or insurer that explains it. */
export function eligibilityMessage(o: EligibilityOutcome): string {
  if (o.eligible) return '資格あり';
  const base = ELIGIBILITY_FAILURE_MESSAGES[o.reason];
  switch (o.reason) {
    case 'notYetAcquired':
      return `${base}（取得日 ${formatWareki(o.acquiredOn)}）`;
    case 'lost':
      return `${base}（喪失日 ${formatWareki(o.lostOn)}）`;
    case 'otherInsurer':
      return `${base}（保険者番号 ${o.insurerNumber}）`;
    default:
      return base;
  }
}

export function covers(p: Pick<EligibilityPeriod, 'acquiredOn' | 'lostOn'>, on: IsoDate): boolean {
  return p.acquiredOn <= on && (p.lostOn === undefined || on < p.lostOn);
}

function cardMatches(p: EligibilityPeriod, q: EligibilityQuery): boolean {
  return p.insurerNumber === q.insurerNumber && p.card.number === q.card.number && p.card.symbol === q.card.symbol && (q.card.branch === '' || p.card.branch === q.card.branch);
}

export function resolveEligibility(q: EligibilityQuery, periods: readonly EligibilityPeriod[]): EligibilityOutcome {
  const matching = periods.filter((p) => cardMatches(p, q));
  const personIds = [...new Set(matching.map((p) => p.personId))].sort();
  if (personIds.length === 0) return { eligible: false, reason: 'notFound' };
  if (personIds.length > 1) return { eligible: false, reason: 'ambiguous', personIds };
  const personId = personIds[0]!;
  const own = periods.filter((p) => p.personId === personId);
  const covering = own.find((p) => covers(p, q.on));
  // The same insurer counts even under a reissued card: the person was covered by who is billed.
  if (covering && covering.insurerNumber === q.insurerNumber) return { eligible: true, period: covering };
  if (covering) return { eligible: false, reason: 'otherInsurer', insurerNumber: covering.insurerNumber, period: covering };
  const byStart = [...matching].sort((a, b) => (a.acquiredOn < b.acquiredOn ? -1 : 1));
  const ended = byStart.filter((p) => p.lostOn !== undefined && p.lostOn <= q.on).at(-1);
  if (ended) return { eligible: false, reason: 'lost', lostOn: ended.lostOn!, period: ended };
  const first = byStart[0]!;
  return { eligible: false, reason: 'notYetAcquired', acquiredOn: first.acquiredOn, period: first };
}

/** Pairs of periods of one person that overlap (half-open ranges; lostOn = next acquiredOn is contiguous). */
export function findOverlappingPeriods<P extends Pick<EligibilityPeriod, 'personId' | 'acquiredOn' | 'lostOn'>>(periods: readonly P[]): [P, P][] {
  const sorted = [...periods].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.acquiredOn < b.acquiredOn ? -1 : a.acquiredOn > b.acquiredOn ? 1 : 0));
  const out: [P, P][] = [];
  // Track the period reaching furthest so far: a long period can overlap several later ones.
  let reach: P | undefined;
  for (const p of sorted) {
    if (reach && reach.personId === p.personId && (reach.lostOn === undefined || p.acquiredOn < reach.lostOn)) out.push([reach, p]);
    if (!reach || reach.personId !== p.personId || (reach.lostOn !== undefined && (p.lostOn === undefined || p.lostOn > reach.lostOn))) reach = p;
  }
  return out;
}
