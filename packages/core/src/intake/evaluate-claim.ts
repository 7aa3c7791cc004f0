/**
 * Every check of intake on one claim, with no I/O: the reader's errors, 事務点検 (against the masters
 * of the claim's own service month), the insurer's registration and 資格点検. Storage gathers what
 * this needs (masters, the card's periods) batch by batch.
 */
import type { YearMonth } from '../common/dates.ts';
import { clericalReview, type ClericalContext } from '../clerical/clerical-check.ts';
import { clericalReviewPayers } from '../clerical/payer-clerical.ts';
import type { MasterSnapshot } from '../masters/master-types.ts';
import type { EligibilityPeriod } from '../registry/registry-types.ts';
import { parseInsurerNumber } from '../registry/insurer-number.ts';
import type { UkeClaim, UkeError } from '../uke/types.ts';
import type { ClaimFacts } from './claim-facts.ts';
import { decideOutcome, fromClerical, fromUkeErrors, type ClaimOutcome } from './claim-outcome.ts';
import { checkEligibility } from './eligibility-check.ts';
import { claimFinding, type ClaimFinding } from './intake-codes.ts';

export interface ClaimContext {
  federation: string;
  /** 診療年月 of the batch */
  month: YearMonth;
  /** Masters of a service month (undefined when none are loaded for it: codes are then not judged). */
  snapshotFor: (month: YearMonth) => MasterSnapshot | undefined;
  lastInForce?: ClericalContext['lastInForce'];
  /** The insurer is in this federation's registry. */
  insurerRegistered: (insurerNumber: string) => boolean;
  /** Every period of the persons the claim's card designates. */
  periods: readonly EligibilityPeriod[];
  /** 生年月日 of those persons, when known: picks the family member of a card without 枝番. */
  birthDateOf?: (personId: string) => string | undefined;
  /** false: no registry at hand (a provider's pre-check): insurer registration and eligibility are not judged. */
  registry?: boolean;
}

export interface ClaimEvaluation {
  findings: ClaimFinding[];
  outcome: ClaimOutcome;
  insurerPrefecture: string | undefined;
  outOfPrefecture: boolean;
  personId: string | undefined;
}

export function evaluateClaim(facts: ClaimFacts, medical: UkeClaim | undefined, ukeErrors: readonly UkeError[], ctx: ClaimContext): ClaimEvaluation {
  const findings = fromUkeErrors(ukeErrors);
  const snapshot = facts.serviceMonth ? ctx.snapshotFor(facts.serviceMonth) : undefined;
  const clerical = medical && snapshot
    ? clericalReview(medical, { snapshot, federation: ctx.federation, ...(ctx.lastInForce ? { lastInForce: ctx.lastInForce } : {}) })
    : clericalReviewPayers({ serviceMonth: facts.serviceMonth, birthDate: facts.birthDate, reLine: facts.reLine, ho: facts.ho, ko: facts.ko }, ctx.federation);
  findings.push(...fromClerical(clerical.findings));
  if (facts.serviceMonth && facts.serviceMonth > ctx.month) {
    findings.push(claimFinding('INT-C003', facts.reLine, 'RE', 'serviceMonth', `診療年月 ${facts.serviceMonth}、受付 ${ctx.month}`));
  }
  let personId: string | undefined;
  const insurer = facts.ho ? parseInsurerNumber(facts.ho.insurerNumber) : undefined;
  if (ctx.registry !== false && facts.ho && insurer?.ok && insurer.value.reachesFederation) {
    const registered = ctx.insurerRegistered(insurer.value.value);
    if (!registered && !clerical.outOfPrefecture) {
      findings.push(claimFinding('INT-C002', facts.ho.line, 'HO', 'insurerNumber', insurer.value.value));
    } else {
      const e = checkEligibility(facts, ctx.periods, registered, ctx.birthDateOf);
      if (e.finding) findings.push(e.finding);
      personId = e.personId;
    }
  }
  findings.sort((a, b) => a.line - b.line);
  return { findings, outcome: decideOutcome(findings), insurerPrefecture: clerical.insurerPrefecture, outOfPrefecture: clerical.outOfPrefecture, personId };
}
