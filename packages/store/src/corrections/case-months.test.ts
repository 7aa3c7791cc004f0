/**
 * The months a case is counted in and posted to, on the stored claims:
 * - a claim billed late (月遅れ: 2025-03 treatment in a file received in June 2025, Japan time) counts
 *   its 取下げ deadline from the month it was received, the 20th of June (rules-reference.md §9.3 and
 *   §10.1: 取下げ by about the 20th of the 請求月), not from the month after its 診療月;
 * - a decision posts into the month of its decision date or the month after, nothing else (a typing
 *   slip like 2052-06 is refused, with nothing written); a retry on a later day still answers the
 *   first decision.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { Actor, ClaimRef, CorrectionErrorCode } from '@kokuho/core/corrections';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { CorrectionCaseError } from './correction-case-error.ts';
import { decideCase } from './decide-case.ts';
import { PAID, seedPaidClaims } from './paid-claims.test-support.ts';
import { requestCase } from './request-case.ts';

const staff: Actor = { accountId: 'shiharai', party: { type: 'federation', code: '13' } };
const provider = { type: 'provider', code: PAID.provider } as const;
const refused = (code: CorrectionErrorCode, message?: RegExp) => (e: unknown): boolean => {
  assert.ok(e instanceof CorrectionCaseError, String(e));
  assert.equal(e.code, code, e.message);
  if (message) assert.match(e.message, message);
  return true;
};

/** A decided (自動完結), unposted claim of `serviceMonth` in its own file, received at `receivedAt` (an instant). */
async function lateClaim(k: TestDatabase, federation: FederationCode, serviceMonth: string, receivedAt: string): Promise<ClaimRef> {
  return k.withFederation(federation, async (trx) => {
    const f = await sql<{ file_id: string }>`
      insert into intake_files (federation_code, sha256, service_month, file_name, bytes, kind, provider_code, status, errors, received_at)
      values (${federation}, ${'d'.repeat(64)}, ${serviceMonth}, 'RECEIPTC.UKE', 1, 'medical', ${PAID.provider}, 'accepted', '[]', ${receivedAt}::timestamptz)
      returning file_id`.execute(trx);
    const fileId = Number(f.rows[0]!.file_id);
    await trx.insertInto('claims').values({
      federation_code: federation, file_id: fileId, seq: 1, state: 'current', outcome: 'accepted', kind: 'medical', provider_code: PAID.provider, service_month: serviceMonth,
      receipt_number: 1, patient_key: `${PAID.insurer}|k|1||1960-04-02`, receipt_type: '1112', insurer_number: PAID.insurer, insurer_prefecture: '13', out_of_prefecture: false,
      person_id: null, birth_date: '1960-04-02', total_points: 760, first_line: 1, last_line: 2, content_sha256: 'e'.repeat(64), body: 'RE\nSI',
      superseded_by_file: null, supersedes_file: null, supersedes_seq: null,
    }).execute();
    await trx.insertInto('review_items').values({ federation_code: federation, file_id: fileId, seq: 1, service_month: serviceMonth, queue: 'auto', priority: 9, sorting_row: 0, reason: 'test', status: 'open' }).execute();
    return { fileId, seq: 1 };
  });
}

test('月遅れ: 2025-03 診療・2025-06 受付のレセプトは 2025-06-20 まで取り下げられる', async () => {
  const k = await createTestDatabase('pglite');
  try {
    // 2025-05-31 16:00 UTC is 2025-06-01 01:00 in Japan: the file came in in June, where the federation works
    const claim = await lateClaim(k, '13', '2025-03', '2025-05-31T16:00:00Z');
    const ask = (requestedOn: string) => requestCase(k, '13', {
      kind: 'withdrawal', timing: undefined, requester: provider, claim, newClaim: undefined, reasonCode: 'billing-error', reasonText: '', requestedOn, enteredBy: 'iryokikan',
    });
    await assert.rejects(ask('2025-06-21'), refused('PAST_DEADLINE', /取下げの期限は 2025-06-20 です（支払前の取下げは請求月（2025-06）の20日まで/));
    const asked = await ask('2025-06-12');
    assert.deepEqual([asked.state, asked.deadline], ['requested', '2025-06-20']);
    assert.match(asked.deadlineBasis, /請求月（2025-06）/);
  } finally {
    await k.dispose();
  }
});

test('処理月は決定日の月かその翌月: 2052-06 などは断り、何も書かない', async () => {
  const k = await createTestDatabase('pglite');
  try {
    const [claim] = await seedPaidClaims(k, '13', 1);
    const kago = await requestCase(k, '13', {
      kind: 'correction', timing: 'ordinary', requester: { type: 'insurer', code: PAID.insurer }, claim: claim!, newClaim: undefined,
      reasonCode: 'eligibility-lost', reasonText: '', requestedOn: '2025-06-12', enteredBy: 'hokensha',
    });
    const count = async () => k.withFederation('13', async (trx) => {
      const r = await sql<{ entries: number; events: number; audit: number }>`select (select count(*)::int from ledger_entries) as entries,
        (select count(*)::int from correction_events) as events, (select count(*)::int from audit_log) as audit`.execute(trx);
      return r.rows[0]!;
    });
    const before = await count();
    const decide = (postingMonth: string, decidedOn: string) => decideCase(k, '13', kago.caseId, { outcome: { type: 'accepted' }, postingMonth, decidedOn, actor: staff });
    await assert.rejects(decide('2052-06', '2025-06-13'), refused('POSTING_MONTH_OUT_OF_RANGE', /処理月は決定日の月かその翌月にしてください（処理月 2052-06、決定日 2025-06-13: 2025-06 または 2025-07 を指定してください）/));
    await assert.rejects(decide('2025-08', '2025-06-13'), refused('POSTING_MONTH_OUT_OF_RANGE'), 'two months ahead');
    await assert.rejects(decide('2025-05', '2025-06-13'), refused('POSTING_MONTH_OUT_OF_RANGE'), 'a month before the decision');
    assert.deepEqual(await count(), before, 'a refused decision writes nothing');

    const decided = await decide('2025-07', '2025-06-30');
    assert.deepEqual([decided.case.state, decided.case.postingMonth, decided.inserted], ['decided', '2025-07', 3]);
    // asked again later (2025-08-02 would allow only 2025-08 and 2025-09): the first decision's answer, not a refusal
    const retry = await decide('2025-07', '2025-08-02');
    assert.deepEqual([retry.retried, retry.inserted, retry.existing], [true, 0, 3]);
  } finally {
    await k.dispose();
  }
});
