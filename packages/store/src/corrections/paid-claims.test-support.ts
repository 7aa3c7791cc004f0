/**
 * Paid claims without a generated month, for tests of the commands and routes around cases: one
 * accepted file of provider 1310000045 with `count` 自動完結 claims of 2025-05 (insurer 138057, 760点),
 * each paid in 2025-06 (保険者負担 5,320円, 審査支払手数料 60円: entries alone, as posted before
 * amounts were kept). Their bodies are not real claims: only the cases' money is tested on them.
 */
import type { FederationCode } from '@kokuho/core/common';
import type { ClaimRef } from '@kokuho/core/corrections';
import { claimPostings } from '@kokuho/core/ledger';
import type { KokuhoDb } from '../db/database.ts';
import { postEntries } from '../ledger/post-entries.ts';

export const PAID = { provider: '1310000045', insurer: '138057', insurerPays: 5_320, reviewFee: 60 } as const;

export async function seedPaidClaims(k: KokuhoDb, federation: FederationCode, count = 2): Promise<ClaimRef[]> {
  return k.withFederation(federation, async (trx) => {
    const f = await trx.insertInto('intake_files').values({
      federation_code: federation, sha256: 'a'.repeat(64), service_month: '2025-05', file_name: 'RECEIPTC.UKE', bytes: 1, kind: 'medical', provider_code: PAID.provider, status: 'accepted', errors: '[]',
    }).returning('file_id').executeTakeFirstOrThrow();
    const fileId = Number(f.file_id);
    const refs: ClaimRef[] = [];
    for (let seq = 1; seq <= count; seq++) {
      await trx.insertInto('claims').values({
        federation_code: federation, file_id: fileId, seq, state: 'current', outcome: 'accepted', kind: 'medical', provider_code: PAID.provider, service_month: '2025-05',
        receipt_number: seq, patient_key: `${PAID.insurer}|k|${seq}||1960-04-02`, receipt_type: '1112', insurer_number: PAID.insurer, insurer_prefecture: '13', out_of_prefecture: false,
        person_id: null, birth_date: '1960-04-02', total_points: 760, first_line: seq * 10, last_line: seq * 10 + 1, content_sha256: String(seq % 10).repeat(64), body: 'RE\nSI',
        superseded_by_file: null, supersedes_file: null, supersedes_seq: null,
      }).execute();
      await trx.insertInto('review_items').values({ federation_code: federation, file_id: fileId, seq, service_month: '2025-05', queue: 'auto', priority: 9, sorting_row: 0, reason: 'test', status: 'open' }).execute();
      await postEntries(trx, federation, claimPostings({
        fileId, seq, serviceMonth: '2025-05', federation, providerCode: PAID.provider, insurerNumber: PAID.insurer,
        medicalCost: 7_600, copay: 2_280, insurerPays: PAID.insurerPays, publicExpense: [], reviewFee: PAID.reviewFee,
      }, '2025-06'), 'test');
      refs.push({ fileId, seq });
    }
    return refs;
  });
}
