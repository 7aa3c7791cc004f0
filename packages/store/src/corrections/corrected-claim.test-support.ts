/**
 * A corrected claim as intake would have stored it, for tests of 同月過誤 and 再請求: a copy of a stored
 * claim in a new accepted file, under another レセプト番号, with its 合計点数 changed by `pointsDelta`,
 * and (unless told otherwise) 自動完結 so that the ledger reads it as decided.
 */
import { createHash } from 'node:crypto';
import type { FederationCode } from '@kokuho/core/common';
import type { ClaimRef } from '@kokuho/core/corrections';
import type { KokuhoDb } from '../db/database.ts';

export async function storeCorrectedClaim(k: KokuhoDb, federation: FederationCode, of: ClaimRef, o: { pointsDelta: number; decided?: boolean }): Promise<ClaimRef> {
  return k.withFederation(federation, async (trx) => {
    const c = await trx.selectFrom('claims').selectAll().where('file_id', '=', of.fileId).where('seq', '=', of.seq).executeTakeFirstOrThrow();
    const sha = createHash('sha256').update(`${of.fileId}:${of.seq}:corrected:${o.pointsDelta}`).digest('hex');
    const file = await trx.insertInto('intake_files').values({
      federation_code: federation, sha256: sha, service_month: c.service_month, file_name: `corrected-${of.fileId}-${of.seq}.UKE`, bytes: c.body.length,
      kind: c.kind, provider_code: c.provider_code, status: 'accepted', errors: '[]',
    }).returning('file_id').executeTakeFirstOrThrow();
    const fileId = Number(file.file_id);
    const { federation_code: _f, file_id: _i, ...rest } = c;
    await trx.insertInto('claims').values({
      ...rest, federation_code: federation, file_id: fileId, seq: 1, state: 'current', outcome: 'accepted', receipt_number: c.receipt_number + 9_000,
      total_points: (c.total_points ?? 0) + o.pointsDelta, content_sha256: sha, superseded_by_file: null, supersedes_file: null, supersedes_seq: null,
    }).execute();
    if (o.decided !== false) {
      await trx.insertInto('review_items').values({ federation_code: federation, file_id: fileId, seq: 1, service_month: c.service_month, queue: 'auto', priority: 9, sorting_row: 0, reason: 'test', status: 'open' }).execute();
    }
    return { fileId, seq: 1 };
  });
}
