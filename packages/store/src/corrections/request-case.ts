/**
 * Asking for a case (過誤・再審査・取下げ・再請求 申出): the claim's standing read, the request checked by
 * the core (who may ask, the claim's standing, one open case per claim, the deadline), the case and
 * its first event written with an audit entry, all in one transaction. Two requests on the same claim
 * at once: the open-case index lets one through and the other is told CASE_OPEN.
 */
import { isValidIsoDate, type FederationCode } from '@kokuho/core/common';
import { checkRequest, correctionError, type CaseRequest, type CorrectionCase } from '@kokuho/core/corrections';
import type { KokuhoDb } from '../db/database.ts';
import { appendAudit } from '../review/audit-log.ts';
import { appendEvent, caseOf } from './case-rows.ts';
import { readClaimStanding } from './claim-standing.ts';
import { CorrectionCaseError } from './correction-case-error.ts';

export interface RequestCaseInput extends CaseRequest {
  /** The account entering the request (the requester's own, or staff for a paper request). */
  enteredBy: string;
}

export async function requestCase(k: KokuhoDb, federation: FederationCode, r: RequestCaseInput): Promise<CorrectionCase> {
  if (!isValidIsoDate(r.requestedOn)) throw new CorrectionCaseError(correctionError('INVALID_DATE', r.requestedOn));
  try {
    return await k.withFederation(federation, async (trx) => {
      const claim = await readClaimStanding(trx, federation, r.claim);
      if (!claim) throw new CorrectionCaseError(correctionError('CLAIM_NOT_FOUND', `${r.claim.fileId}-${r.claim.seq}`));
      const newClaim = r.newClaim ? await readClaimStanding(trx, federation, r.newClaim) : undefined;
      if (r.newClaim && !newClaim) throw new CorrectionCaseError(correctionError('CLAIM_NOT_FOUND', `再請求のレセプト ${r.newClaim.fileId}-${r.newClaim.seq}`));
      const timing = r.kind === 'correction' ? (r.timing ?? 'ordinary') : undefined;
      const checked = checkRequest({ ...r, timing }, claim, newClaim);
      if (!checked.ok) throw new CorrectionCaseError(checked.errors[0]!);
      const row = await trx.insertInto('correction_cases').values({
        federation_code: federation, kind: r.kind, timing: timing ?? null, requester_type: r.requester.type, requester_code: r.requester.code.trim(), entered_by: r.enteredBy,
        file_id: r.claim.fileId, seq: r.claim.seq, new_file_id: r.newClaim?.fileId ?? null, new_seq: r.newClaim?.seq ?? null,
        reason_code: r.reasonCode, reason_text: r.reasonText.trim(), requested_on: r.requestedOn, deadline: checked.value.deadline ?? null, deadline_basis: checked.value.basis,
        state: 'requested', outcome: null, posting_month: null, decided_on: null,
      }).returningAll().executeTakeFirstOrThrow();
      const c = caseOf(row);
      await appendEvent(trx, federation, c.caseId, { action: 'request', fromState: undefined, toState: 'requested', accountId: r.enteredBy, onDate: r.requestedOn, reason: r.reasonText.trim() });
      await appendAudit(trx, federation, {
        accountId: r.enteredBy, action: 'correction.request', target: { caseId: c.caseId, fileId: c.claim.fileId, seq: c.claim.seq },
        after: { state: c.state, kind: c.kind, timing: c.timing ?? null, requester: c.requester, reasonCode: c.reasonCode, requestedOn: c.requestedOn, deadline: c.deadline ?? null },
      });
      return c;
    });
  } catch (e) {
    // the open-case index: another request on this claim committed first
    if (e instanceof Error && /correction_cases_open/.test(e.message)) throw new CorrectionCaseError(correctionError('CASE_OPEN'));
    throw e;
  }
}
