/**
 * The life of a case: requested → under-review → decided | refused, or cancelled by its requester
 * while open. Decided, refused and cancelled are final: a later change is a new case, never an edit.
 * The federation's staff take a case up, decide and refuse it (refusal needs a reason); the requester
 * (or staff entering a paper cancellation for them) cancels it.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { CASE_ACTION_LABELS, CASE_STATE_LABELS, type Actor, type CaseAction, type CaseState, type Requester } from './case-types.ts';
import { correctionError, type CorrectionError } from './correction-errors.ts';

export type MoveAction = Exclude<CaseAction, 'request'>;

export const TRANSITIONS: Record<MoveAction, { from: readonly CaseState[]; to: CaseState; by: 'federation' | 'requester' }> = {
  'start-review': { from: ['requested'], to: 'under-review', by: 'federation' },
  decide: { from: ['requested', 'under-review'], to: 'decided', by: 'federation' },
  refuse: { from: ['requested', 'under-review'], to: 'refused', by: 'federation' },
  cancel: { from: ['requested', 'under-review'], to: 'cancelled', by: 'requester' },
};

const sameParty = (a: Actor['party'], r: Requester): boolean => a.type === r.type && a.code.trim() === r.code.trim();

export function transition(c: { state: CaseState; requester: Requester }, action: MoveAction, actor: Actor, reason = ''): Result<CaseState, CorrectionError> {
  const t = TRANSITIONS[action];
  if (!t.from.includes(c.state)) {
    return fail(correctionError('INVALID_TRANSITION', `${CASE_STATE_LABELS[c.state]}の申出に「${CASE_ACTION_LABELS[action]}」はできません`));
  }
  const staff = actor.party.type === 'federation';
  if (t.by === 'federation' && !staff) return fail(correctionError('NOT_ALLOWED', `「${CASE_ACTION_LABELS[action]}」は連合会の職員が行います`));
  if (t.by === 'requester' && !staff && !sameParty(actor.party, c.requester)) return fail(correctionError('NOT_ALLOWED', '申出の取消しは申出者が行います'));
  if (action === 'refuse' && !reason.trim()) return fail(correctionError('REASON_TEXT_REQUIRED', '不受理の理由'));
  return ok(t.to);
}
