/** The role table: each role may do what its work needs and nothing else (worked examples). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { can, ROLE_NAMES, type Action, type Role } from './roles.ts';

const CASES: [Role, Action, boolean][] = [
  ['committee-reviewer', 'review.decide', true],
  ['clerical-reviewer', 'review.decide', true],
  ['intake-clerk', 'review.decide', false],
  ['payment-officer', 'review.decide', false],
  ['admin', 'review.decide', false], // administrators manage, they do not judge claims
  ['admin', 'accounts.manage', true],
  ['committee-reviewer', 'accounts.manage', false],
  ['provider', 'review.read', false],
  ['provider', 'provider.own-claims', true],
  ['insurer-staff', 'insurer.own-claims', true],
  ['insurer-staff', 'payment.read', false],
  ['central-staff', 'review.special', true],
  ['intake-clerk', 'intake.run', true],
  ['insurer-staff', 'correction.request', true],
  ['provider', 'correction.request', true],
  ['payment-officer', 'correction.request', true], // a request that came on paper
  ['committee-reviewer', 'correction.request', false],
  ['payment-officer', 'correction.decide', true],
  ['insurer-staff', 'correction.decide', false], // the requester never decides its own case
  ['provider', 'correction.decide', false],
  ['committee-reviewer', 'correction.re-review', true],
  ['payment-officer', 'correction.re-review', false], // a 再審査 is a medical judgement
  ['admin', 'correction.decide', false],
];

for (const [role, action, expected] of CASES) test(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => assert.equal(can(role, action), expected));

test('every role may read the published rules and has a Japanese label', () => {
  for (const r of ROLE_NAMES) assert.ok(can(r, 'rules.read'), r);
});
