/**
 * The state machine of a case, worked examples: staff take up, decide and refuse (with a reason); the
 * requester, or staff for them, cancels an open case; a final state never moves (a change is a new case).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, CaseState, Requester } from './case-types.ts';
import { transition, type MoveAction } from './case-transitions.ts';

const insurer: Requester = { type: 'insurer', code: '138057' };
const staff: Actor = { accountId: 'jimu', party: { type: 'federation', code: '13' } };
const theInsurer: Actor = { accountId: 'ins', party: { type: 'insurer', code: '138057' } };
const otherInsurer: Actor = { accountId: 'ins2', party: { type: 'insurer', code: '138065' } };
const provider: Actor = { accountId: 'prov', party: { type: 'provider', code: '1310000045' } };

const CASES: [CaseState, MoveAction, Actor, string, CaseState | string][] = [
  ['requested', 'start-review', staff, '', 'under-review'],
  ['requested', 'decide', staff, '', 'decided'],
  ['under-review', 'decide', staff, '', 'decided'],
  ['under-review', 'refuse', staff, '資格喪失の事実が確認できない', 'refused'],
  ['requested', 'refuse', staff, '', 'REASON_TEXT_REQUIRED'],
  ['requested', 'cancel', theInsurer, '', 'cancelled'],
  ['under-review', 'cancel', staff, '書面で取消しの申出', 'cancelled'],
  ['requested', 'cancel', otherInsurer, '', 'NOT_ALLOWED'],
  ['requested', 'cancel', provider, '', 'NOT_ALLOWED'],
  ['requested', 'decide', theInsurer, '', 'NOT_ALLOWED'],
  ['requested', 'start-review', provider, '', 'NOT_ALLOWED'],
  ['under-review', 'start-review', staff, '', 'INVALID_TRANSITION'],
  ['decided', 'decide', staff, '', 'INVALID_TRANSITION'],
  ['decided', 'cancel', theInsurer, '', 'INVALID_TRANSITION'],
  ['refused', 'decide', staff, '', 'INVALID_TRANSITION'],
  ['cancelled', 'start-review', staff, '', 'INVALID_TRANSITION'],
];

for (const [from, action, actor, reason, expected] of CASES) {
  test(`${from} --${action} (${actor.party.type})--> ${expected}`, () => {
    const r = transition({ state: from, requester: insurer }, action, actor, reason);
    if (r.ok) assert.equal(r.value, expected);
    else {
      assert.equal(r.errors[0]!.code, expected);
      assert.match(r.errors[0]!.message, /[ぁ-んァ-ン一-龥]/);
    }
  });
}
