/**
 * Deciding a case: the outcome checked, its money (core caseMoney) posted to the books of the posting
 * month given — the decision date's month or the next (core decision-month.ts), never a closed one —
 * and the claim's standing updated (a reversed or withdrawn claim becomes 'withdrawn' so that it is
 * never paid again and its corrected claim can come in; a returned claim linked to its 再請求 becomes
 * 'superseded'). The claim's row is locked before its standing is read (see lockClaims). Case, event,
 * postings and audit entry commit together. Deciding again with the same outcome and month answers the
 * first decision and writes nothing; another outcome is refused.
 */
import type { Transaction } from 'kysely';
import { isValidIsoDate, type FederationCode } from '@kokuho/core/common';
import {
  caseKey, caseMoney, correctionError, lineCuts, moneyStanding, newClaimCheck, pointsTakenOffByCuts, postingMonthCheck, standingReviewFee, transition,
  type Actor, type CaseMoney, type CaseOutcome, type ClaimRef, type CorrectionCase, type CutRequest, type StoredLine,
} from '@kokuho/core/corrections';
import { monthBalance, type ClaimPosting, type MonthBalance } from '@kokuho/core/ledger';
import type { DecidedClaimFacts } from '@kokuho/core/pricing';
import type { KokuhoDb } from '../db/database.ts';
import { isClosed, LedgerError } from '../ledger/post-entries.ts';
import { postingOfDecidedClaim } from '../ledger/post-month.ts';
import { appendAudit } from '../review/audit-log.ts';
import type { Schema } from '../schema.ts';
import { appendEvent, readCase } from './case-rows.ts';
import { entryOf, readClaimStanding, type StoredClaim } from './claim-standing.ts';
import { CorrectionCaseError } from './correction-case-error.ts';
import { claimKey, decidedFactsOf } from './decided-facts.ts';
import { postCaseMoney } from './post-case-money.ts';

/** The outcome as asked: a 査定 names its lines, points after and 事由; the store fills in the rest. */
export type OutcomeRequest = { type: 'accepted' } | { type: 'unchanged' } | { type: 'adjusted'; cuts: CutRequest[] } | { type: 'linked' };

export interface DecideInput {
  outcome: OutcomeRequest;
  /** 処理月 whose books take the money ('YYYY-MM'). */
  postingMonth: string;
  decidedOn: string;
  actor: Actor;
  reason?: string;
  /** 同月過誤 / 再請求: the corrected claim, when the request did not name it. */
  newClaim?: ClaimRef;
}

export interface DecideResult {
  case: CorrectionCase;
  /** Entries written now, and those already there (a retry). */
  inserted: number;
  existing: number;
  /** The case's entries in totals. */
  balance: MonthBalance;
  retried: boolean;
}

const fail = (e: ReturnType<typeof correctionError>): never => {
  throw new CorrectionCaseError(e);
};
const err = (...a: Parameters<typeof correctionError>): never => fail(correctionError(...a));
const sameRef = (a: ClaimRef | undefined, b: ClaimRef | undefined): boolean => a?.fileId === b?.fileId && a?.seq === b?.seq;

/** A request's outcome in a form two decisions can be compared by. */
function outcomeKey(o: OutcomeRequest | CaseOutcome): string {
  if (o.type !== 'adjusted') return o.type;
  return `adjusted|${[...o.cuts].sort((a, b) => a.line - b.line).map((c) => `${c.line}:${c.pointsAfter}:${c.reasonCode}`).join(',')}`;
}

export async function decideCase(k: KokuhoDb, federation: FederationCode, caseId: number, d: DecideInput): Promise<DecideResult> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(d.postingMonth)) err('INVALID_DATE', `処理月 ${d.postingMonth}`);
  if (!isValidIsoDate(d.decidedOn)) err('INVALID_DATE', d.decidedOn);
  // pricing facts are read before the decision's transaction (decided-facts.ts)
  const before = await k.withFederation(federation, async (trx) => {
    const c = await readCase(trx, federation, caseId);
    const claim = c ? await trx.selectFrom('claims').select('service_month').where('federation_code', '=', federation).where('file_id', '=', c.claim.fileId).where('seq', '=', c.claim.seq).executeTakeFirst() : undefined;
    return c && claim ? { c, serviceMonth: claim.service_month } : undefined;
  });
  if (!before) return err('CASE_NOT_FOUND', `申出番号 ${caseId}`);
  const newRef = before.c.newClaim ?? d.newClaim;
  const needsPricing = before.c.state !== 'decided' && (d.outcome.type === 'adjusted' || (d.outcome.type === 'accepted' && before.c.timing === 'same-month'));
  const facts = needsPricing ? await decidedFactsOf(k, federation, before.serviceMonth, [before.c.claim, ...(newRef ? [newRef] : [])]) : new Map<string, DecidedClaimFacts>();

  try {
    return await k.withFederation(federation, async (trx) => {
      const c = (await readCase(trx, federation, caseId, { lock: true }))!;
      if (c.state === 'decided') return answerRetry(trx, federation, c, d);
      // checked for a new decision only: a retry on a later day answers the first decision as it was
      const month = postingMonthCheck(d.postingMonth, d.decidedOn);
      if (month) fail(month);
      const to = transition(c, 'decide', d.actor);
      if (!to.ok) return fail(to.errors[0]!);
      if (c.newClaim && d.newClaim && !sameRef(c.newClaim, d.newClaim)) err('NEW_CLAIM_MISMATCH', `申出では ${c.newClaim.fileId}-${c.newClaim.seq}`);
      // The claim's standing and entries are read only once its row is held (and the corrected claim's,
      // which a 同月過誤 posts). Without the lock a month's posting (ledger post) that read the claim as
      // standing could commit its entries between this read and the claim becoming 'withdrawn': the
      // decision would take the claim for unpaid and post no reversal, and a withdrawn claim would stay
      // paid (found in review: a withdrawal decided while a page was being posted). The posting holds
      // the same rows `for share` while it posts, so either it commits first and the read below sees its
      // entries (and reverses them), or it waits for this transaction and then finds the claim withdrawn.
      await lockClaims(trx, federation, [c.claim, ...(newRef ? [newRef] : [])]);
      const claim = (await readClaimStanding(trx, federation, c.claim))!;
      const newClaim = newRef ? await readClaimStanding(trx, federation, newRef) : undefined;
      if (newRef && !newClaim) err('CLAIM_NOT_FOUND', `再請求のレセプト ${newRef.fileId}-${newRef.seq}`);
      if (newClaim && !c.newClaim) {
        const e = newClaimCheck(c, claim, newClaim);
        if (e) fail(e);
      }
      if (c.kind === 'resubmission' && !newClaim) err('NEW_CLAIM_REQUIRED');

      const outcome = await outcomeOf(trx, federation, claim, d.outcome);
      const money = moneyOf(c, claim, newClaim, outcome, d.postingMonth, federation, facts);
      if (money.entries.length && (await isClosed(trx, d.postingMonth))) err('MONTH_CLOSED', d.postingMonth);
      const posted = await postCaseMoney(trx, federation, money, d.actor.accountId);

      const reason = (d.reason ?? '').trim();
      await trx.updateTable('correction_cases').set({
        state: to.value, outcome: JSON.stringify(outcome), posting_month: d.postingMonth, decided_on: d.decidedOn,
        ...(newRef && !c.newClaim ? { new_file_id: newRef.fileId, new_seq: newRef.seq } : {}),
      }).where('federation_code', '=', federation).where('case_id', '=', caseId).execute();
      await settleClaim(trx, federation, c, outcome, newRef);
      const balance = monthBalance(money.entries);
      await appendEvent(trx, federation, caseId, {
        action: 'decide', fromState: c.state, toState: to.value, accountId: d.actor.accountId, onDate: d.decidedOn, reason,
        detail: { outcome, postingMonth: d.postingMonth, entries: money.entries.length, byAccount: balance.byAccount },
      });
      await appendAudit(trx, federation, {
        accountId: d.actor.accountId, action: 'correction.decide', target: { caseId, fileId: c.claim.fileId, seq: c.claim.seq },
        before: { state: c.state }, after: { state: to.value, outcome, postingMonth: d.postingMonth, decidedOn: d.decidedOn, entries: money.entries.length, byAccount: balance.byAccount },
      });
      return {
        case: { ...c, state: to.value, outcome, postingMonth: d.postingMonth, decidedOn: d.decidedOn, newClaim: newRef },
        inserted: posted.inserted, existing: posted.existing, balance, retried: false,
      };
    });
  } catch (e) {
    if (e instanceof LedgerError && e.code === 'MONTH_CLOSED') throw new CorrectionCaseError(correctionError('MONTH_CLOSED', d.postingMonth));
    throw e;
  }
}

/**
 * The claims' rows held `for update` until the decision commits, in key order so that two transactions
 * locking the same claims cannot deadlock on the order. Every statement after it reads what the
 * transactions that held the rows committed (read committed: each statement its own snapshot).
 */
async function lockClaims(trx: Transaction<Schema>, federation: FederationCode, refs: readonly ClaimRef[]): Promise<void> {
  const sorted = [...refs].sort((a, b) => a.fileId - b.fileId || a.seq - b.seq);
  for (const r of sorted) {
    await trx.selectFrom('claims').select('seq').where('federation_code', '=', federation).where('file_id', '=', r.fileId).where('seq', '=', r.seq).forUpdate().execute();
  }
}

/** The same decision again: its answer, nothing written; another decision: refused. */
async function answerRetry(trx: Transaction<Schema>, federation: FederationCode, c: CorrectionCase, d: DecideInput): Promise<DecideResult> {
  if (outcomeKey(c.outcome!) !== outcomeKey(d.outcome) || c.postingMonth !== d.postingMonth || (d.newClaim && !sameRef(c.newClaim, d.newClaim))) {
    err('ALREADY_DECIDED', `申出番号 ${c.caseId}: ${c.outcome!.type}・処理月 ${c.postingMonth}`);
  }
  const rows = await trx.selectFrom('ledger_entries').selectAll().where('federation_code', '=', federation).where('file_id', '=', c.claim.fileId).where('seq', '=', c.claim.seq)
    .where('posting_key', 'like', `${caseKey(c.caseId)}:%`).execute();
  // a 同月過誤 also posted the corrected claim under its own keys
  const corrected = c.timing === 'same-month' && c.newClaim && rows.length
    ? await trx.selectFrom('ledger_entries').selectAll().where('federation_code', '=', federation).where('file_id', '=', c.newClaim.fileId).where('seq', '=', c.newClaim.seq)
      .where('posting_month', '=', c.postingMonth!).where('reverses', 'is', null).execute()
    : [];
  const all = [...rows, ...corrected];
  return { case: c, inserted: 0, existing: all.length, balance: monthBalance(all.map(entryOf)), retried: true };
}

/** The outcome as stored: a 査定's lines checked against the claim as the first review left it. */
async function outcomeOf(trx: Transaction<Schema>, federation: FederationCode, claim: StoredClaim, o: OutcomeRequest): Promise<CaseOutcome> {
  if (o.type !== 'adjusted') return o;
  const reviewed = await trx.selectFrom('review_decisions').select(['line', 'points_after']).where('federation_code', '=', federation)
    .where('file_id', '=', claim.claim.fileId).where('seq', '=', claim.claim.seq).where('decision', '=', 'adjust').orderBy('decision_id').execute();
  const lastCut = new Map(reviewed.map((r) => [r.line!, r.points_after!]));
  const lines = claim.body.split('\n');
  const lineOf = (n: number): StoredLine | undefined => {
    const text = n >= claim.firstLine ? lines[n - claim.firstLine] : undefined;
    return text === undefined ? undefined : { fields: text.split(','), reviewedPoints: lastCut.get(n) };
  };
  const cuts = lineCuts(o.cuts, lineOf);
  if (!cuts.ok) return fail(cuts.errors[0]!);
  return { type: 'adjusted', cuts: cuts.value };
}

/** What the case posts: the core's caseMoney, with the claim re-priced (査定) or the corrected claim priced (同月過誤). */
function moneyOf(c: CorrectionCase, claim: StoredClaim, newClaim: StoredClaim | undefined, outcome: CaseOutcome, postingMonth: string,
  federation: FederationCode, facts: Map<string, DecidedClaimFacts>): CaseMoney {
  const fee = standingReviewFee(claim.entries);
  const price = (f: DecidedClaimFacts | undefined, what: string): ClaimPosting => {
    if (!f) return err('NOT_PRICEABLE', `${what}が決定済みのレセプトとして読めません`);
    const p = postingOfDecidedClaim(f, federation, postingMonth, fee);
    return typeof p === 'string' ? err('NOT_PRICEABLE', `${what}: ${p}`) : p;
  };
  let repriced: ClaimPosting | undefined;
  if (outcome.type === 'adjusted' && moneyStanding(claim.entries) === 'paid') {
    const f = facts.get(claimKey(c.claim));
    // a cut lowers each 公費's points by the line's 負担区分: the ledger's reading does that for the first review only
    if (f && f.publicPayers.length) err('NOT_PRICEABLE', '公費併用のレセプトの再審査の査定は未対応です');
    repriced = price(f && { ...f, decidedPoints: f.decidedPoints - pointsTakenOffByCuts(outcome.cuts) }, 'このレセプト');
  }
  let newPosting: ClaimPosting | undefined;
  if (c.timing === 'same-month' && newClaim && !newClaim.entries.length && moneyStanding(claim.entries) === 'paid') newPosting = price(facts.get(claimKey(newClaim.claim)), '再請求のレセプト');
  const money = caseMoney({
    caseId: c.caseId, kind: c.kind, timing: c.timing, reasonCode: c.reasonCode, outcome, postingMonth,
    claim: { entries: claim.entries, amounts: claim.amounts }, repriced, newClaim: newClaim && { entries: newClaim.entries, posting: newPosting },
  });
  return money.ok ? money.value : fail(money.errors[0]!);
}

/** The claim's standing after the decision (see the header). */
async function settleClaim(trx: Transaction<Schema>, federation: FederationCode, c: CorrectionCase, outcome: CaseOutcome, newRef: ClaimRef | undefined): Promise<void> {
  const state = outcome.type === 'accepted' ? 'withdrawn' : outcome.type === 'linked' ? 'superseded' : undefined;
  if (!state) return;
  await trx.updateTable('claims').set({ state, ...(newRef ? { superseded_by_file: newRef.fileId } : {}) })
    .where('federation_code', '=', federation).where('file_id', '=', c.claim.fileId).where('seq', '=', c.claim.seq).where('state', '=', 'current').execute();
}
