/**
 * Whether a case may be asked for, worked examples: the claim's own insurer or provider asks
 * (rules-reference.md §9.3: 再審査 by either; 取下げ of one's own claim by the provider); a 過誤 needs a
 * paid claim and is never made twice; a second 再審査 after a 再審査 result is refused (§9.3, Fukuoka
 * 国保連); 再審査 within 6 months of the month after the 請求月 (§9.3, Gunma); 取下げ before payment by
 * the 20th of the 請求月 (§9.3, §10.1); a 再請求 links a returned claim to the same patient's new claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPostings, reversalPostings, type PricedClaim } from '../ledger/index.ts';
import type { CorrectionKind, Requester } from './case-types.ts';
import { checkRequest, type CaseRequest, type ClaimStanding } from './request-check.ts';

const priced: PricedClaim = {
  fileId: 1, seq: 7, serviceMonth: '2025-05', federation: '13', providerCode: '1310000045', insurerNumber: '138057',
  medicalCost: 7_600, copay: 2_280, insurerPays: 5_320, publicExpense: [], reviewFee: 0,
};
const june = claimPostings(priced, '2025-06');
const insurer: Requester = { type: 'insurer', code: '138057' };
const provider: Requester = { type: 'provider', code: '1310000045' };

const paidClaim: ClaimStanding = {
  claim: { fileId: 1, seq: 7 }, providerCode: '1310000045', insurerNumber: '138057', serviceMonth: '2025-05', receivedMonth: '2025-06', birthDate: '1960-04-02',
  state: 'current', returned: false, decided: true, supersedes: undefined, entries: june, cases: [],
};
const unpaid: ClaimStanding = { ...paidClaim, entries: [] };
const reversed: ClaimStanding = { ...paidClaim, state: 'withdrawn', entries: [...june, ...reversalPostings(june, '2025-08', '過誤', 'correction:3')], cases: [{ caseId: 3, kind: 'correction', state: 'decided', outcome: 'accepted' }] };
const returned: ClaimStanding = { ...unpaid, returned: true, decided: false };
const resent: ClaimStanding = { ...unpaid, claim: { fileId: 5, seq: 2 }, supersedes: { fileId: 1, seq: 7 } };

const req = (kind: CorrectionKind, requester: Requester, o: Partial<CaseRequest> = {}): CaseRequest => ({
  kind, timing: kind === 'correction' ? 'ordinary' : undefined, requester, claim: { fileId: 1, seq: 7 }, newClaim: undefined,
  reasonCode: { correction: 'eligibility-lost', 're-review': 'excessive', withdrawal: 'billing-error', resubmission: 'return-fixed' }[kind], reasonText: '', requestedOn: '2025-08-10', ...o,
});

/** [name, request, the claim, its new claim, the deadline recorded or the refusal's code] */
const CASES: [string, CaseRequest, ClaimStanding, ClaimStanding | undefined, string | undefined][] = [
  ['過誤: 保険者の申出（資格喪失後の受診）、期限なし', req('correction', insurer), paidClaim, undefined, undefined],
  ['過誤: 医療機関の申出（二重請求）', req('correction', provider, { reasonCode: 'duplicate' }), paidClaim, undefined, undefined],
  ['過誤: 他の保険者からの申出は受けない', req('correction', { type: 'insurer', code: '138065' }), paidClaim, undefined, 'NOT_REQUESTER_OF_CLAIM'],
  ['過誤: 支払前のレセプト', req('correction', insurer), unpaid, undefined, 'NOT_PAID'],
  ['過誤: 取消し済みのレセプトをもう一度', req('correction', insurer), reversed, undefined, 'ALREADY_REVERSED'],
  ['過誤: 処理中の申出があるレセプト', req('correction', insurer), { ...paidClaim, cases: [{ caseId: 4, kind: 're-review', state: 'under-review', outcome: undefined }] }, undefined, 'CASE_OPEN'],
  ['過誤: 再審査の理由コードは使えない', req('correction', insurer, { reasonCode: 'excessive' }), paidClaim, undefined, 'UNKNOWN_REASON'],
  ['過誤: 理由「その他」には記載が要る', req('correction', insurer, { reasonCode: 'other' }), paidClaim, undefined, 'REASON_TEXT_REQUIRED'],
  ['通常過誤に再請求のレセプトは付けない', req('correction', provider, { newClaim: { fileId: 5, seq: 2 } }), paidClaim, resent, 'NEW_CLAIM_MISMATCH'],
  ['同月過誤: 同じ患者の再請求分を付ける', req('correction', provider, { timing: 'same-month', newClaim: { fileId: 5, seq: 2 } }), paidClaim, { ...resent, supersedes: undefined }, undefined],
  ['再審査: 6月請求 → 12月31日まで（当日は受付）', req('re-review', insurer, { requestedOn: '2025-12-31' }), paidClaim, undefined, '2025-12-31'],
  ['再審査: 翌年1月1日の申出は期限切れ', req('re-review', insurer, { requestedOn: '2026-01-01' }), paidClaim, undefined, 'PAST_DEADLINE'],
  ['再審査: 医療機関の申出（査定に対する異議）', req('re-review', provider, { reasonCode: 'adjustment-objection' }), paidClaim, undefined, '2025-12-31'],
  ['再審査: 再審査の結果に対する再度の再審査', req('re-review', provider), { ...paidClaim, cases: [{ caseId: 2, kind: 're-review', state: 'decided', outcome: 'unchanged' }] }, undefined, 'REREVIEW_REPEATED'],
  ['再審査: 不受理・取消しの後なら申し出られる', req('re-review', insurer), { ...paidClaim, cases: [{ caseId: 2, kind: 're-review', state: 'refused', outcome: undefined }] }, undefined, '2025-12-31'],
  ['再審査: 過誤で取り消したレセプト', req('re-review', insurer), reversed, undefined, 'ALREADY_REVERSED'],
  ['再審査: 返戻したレセプト', req('re-review', insurer), returned, undefined, 'CLAIM_NOT_DECIDED'],
  ['再審査: 審査中のレセプト', req('re-review', insurer), { ...unpaid, decided: false }, undefined, 'CLAIM_NOT_DECIDED'],
  ['取下げ: 支払前、請求月の20日まで', req('withdrawal', provider, { requestedOn: '2025-06-20' }), unpaid, undefined, '2025-06-20'],
  ['取下げ: 支払前、21日は期限切れ', req('withdrawal', provider, { requestedOn: '2025-06-21' }), unpaid, undefined, 'PAST_DEADLINE'],
  ['取下げ: 月遅れ（3月診療・6月受付）は受付月の20日まで', req('withdrawal', provider, { requestedOn: '2025-06-12' }), { ...unpaid, serviceMonth: '2025-03' }, undefined, '2025-06-20'],
  ['取下げ: 月遅れでも受付月の21日は期限切れ', req('withdrawal', provider, { requestedOn: '2025-06-21' }), { ...unpaid, serviceMonth: '2025-03' }, undefined, 'PAST_DEADLINE'],
  ['取下げ: 支払後は期限なし', req('withdrawal', provider, { requestedOn: '2026-03-01' }), paidClaim, undefined, undefined],
  ['取下げ: 保険者からは受けない', req('withdrawal', insurer), paidClaim, undefined, 'REQUESTER_KIND'],
  ['再請求: 返戻したレセプトと同じ患者の新しいレセプト', req('resubmission', provider, { newClaim: { fileId: 5, seq: 2 } }), returned, resent, undefined],
  ['再請求: 別の患者のレセプト', req('resubmission', provider, { newClaim: { fileId: 5, seq: 2 } }), returned, { ...resent, birthDate: '1971-01-01' }, 'NEW_CLAIM_MISMATCH'],
  ['再請求: 受付で別の返戻の再請求とされたレセプト', req('resubmission', provider, { newClaim: { fileId: 5, seq: 2 } }), returned, { ...resent, supersedes: { fileId: 1, seq: 8 } }, 'NEW_CLAIM_MISMATCH'],
  ['再請求: 返戻していないレセプト', req('resubmission', provider), paidClaim, undefined, 'CLAIM_NOT_RETURNED'],
  ['再請求: 受付済みの再請求をもう一度', req('resubmission', provider, { newClaim: { fileId: 5, seq: 2 } }), { ...returned, state: 'superseded', cases: [{ caseId: 6, kind: 'resubmission', state: 'decided', outcome: 'linked' }] }, resent, 'ALREADY_RESUBMITTED'],
];

for (const [name, request, claim, newClaim, expected] of CASES) {
  test(`申出: ${name}`, () => {
    const r = checkRequest(request, claim, newClaim);
    if (expected === undefined || /^\d{4}-/.test(expected)) {
      assert.ok(r.ok, r.ok ? '' : r.errors[0]!.message);
      assert.equal(r.value.deadline, expected);
    } else {
      assert.equal(r.ok ? 'ok' : r.errors[0]!.code, expected);
    }
  });
}

test('a late request is told the deadline date and how it was counted', () => {
  const r = checkRequest(req('re-review', insurer, { requestedOn: '2026-01-05' }), paidClaim);
  assert.ok(!r.ok);
  assert.match(r.errors[0]!.message, /申出の期限を過ぎています（再審査の期限は 2025-12-31 です（請求月（2025-06）の翌月から6か月以内（原則）: 令和7年12月31日まで）。申出日 2026-01-05）/);
});
