/**
 * Moving a case without money: taking it up (審査開始), refusing it (不受理, with a reason) or
 * cancelling it (申出取消, by its requester or staff for them). The transition is the core's; the new
 * state, its event and the audit entry commit together. Deciding (with its money) is decide-case.ts.
 */
import { isValidIsoDate, type FederationCode } from '@kokuho/core/common';
import { correctionError, transition, type Actor, type CorrectionCase, type MoveAction } from '@kokuho/core/corrections';
import type { KokuhoDb } from '../db/database.ts';
import { appendAudit } from '../review/audit-log.ts';
import { appendEvent, readCase } from './case-rows.ts';
import { CorrectionCaseError } from './correction-case-error.ts';

export async function moveCase(k: KokuhoDb, federation: FederationCode, caseId: number, action: Exclude<MoveAction, 'decide'>,
  o: { actor: Actor; onDate: string; reason?: string }): Promise<CorrectionCase> {
  if (!isValidIsoDate(o.onDate)) throw new CorrectionCaseError(correctionError('INVALID_DATE', o.onDate));
  const reason = (o.reason ?? '').trim();
  return k.withFederation(federation, async (trx) => {
    const c = await readCase(trx, federation, caseId, { lock: true });
    if (!c) throw new CorrectionCaseError(correctionError('CASE_NOT_FOUND', `申出番号 ${caseId}`));
    const to = transition(c, action, o.actor, reason);
    if (!to.ok) throw new CorrectionCaseError(to.errors[0]!);
    await trx.updateTable('correction_cases').set({ state: to.value }).where('federation_code', '=', federation).where('case_id', '=', caseId).execute();
    await appendEvent(trx, federation, caseId, { action, fromState: c.state, toState: to.value, accountId: o.actor.accountId, onDate: o.onDate, reason });
    await appendAudit(trx, federation, {
      accountId: o.actor.accountId, action: `correction.${action}`, target: { caseId, fileId: c.claim.fileId, seq: c.claim.seq },
      before: { state: c.state }, after: { state: to.value, reason, onDate: o.onDate },
    });
    return { ...c, state: to.value };
  });
}
