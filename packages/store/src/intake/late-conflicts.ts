/**
 * Claims of this file whose key another file made live while this one was being received (two
 * uploads of the same claims at once, or a file resumed long after). Found only when making the
 * file's claims live fails on the unique index, then settled as if the other file had come first:
 * a returned claim is superseded (再請求), the same content is a duplicate, other content is
 * refused (INT-C001).
 */
import { sql, type Kysely } from 'kysely';
import { claimFinding } from '@kokuho/core/intake';
import type { Schema } from '../schema.ts';
import { inBoundFederation } from '../registry/bound-federation.ts';

interface Conflict {
  seq: number;
  outcome: string;
  content_sha256: string;
  receipt_number: number;
  first_line: number;
  held_file: number;
  held_seq: number;
  held_outcome: string;
  held_sha: string;
}

export async function settleLateConflicts(trx: Kysely<Schema>, federation: string, fileId: number): Promise<number> {
  const { rows } = await sql<Conflict>`
    select p.seq, p.outcome, p.content_sha256, p.receipt_number, p.first_line,
           c.file_id as held_file, c.seq as held_seq, c.outcome as held_outcome, c.content_sha256 as held_sha
    from claims p
    join claims c on c.federation_code = p.federation_code and c.provider_code = p.provider_code and c.service_month = p.service_month
      and c.patient_key = p.patient_key and c.receipt_number = p.receipt_number and c.state = 'current'
    where p.federation_code = current_setting('kokuho.federation', true)::char(2) and p.file_id = ${fileId} and p.state = 'pending'`.execute(trx);
  const delta = { accepted: 0, acceptedWithFindings: 0, returned: 0, duplicates: 0 };
  const uncount = (outcome: string): void => {
    if (outcome === 'returned') delta.returned--;
    else {
      delta.accepted--;
      if (outcome === 'acceptedWithFindings') delta.acceptedWithFindings--;
    }
  };
  for (const r of rows) {
    if (r.held_outcome === 'returned') {
      await trx.updateTable('claims').set({ state: 'superseded', superseded_by_file: fileId })
        .where(inBoundFederation()).where('file_id', '=', r.held_file).where('seq', '=', r.held_seq).execute();
    } else if (r.held_sha === r.content_sha256) {
      // Its findings go with it (on delete cascade).
      await trx.deleteFrom('claims').where(inBoundFederation()).where('file_id', '=', fileId).where('seq', '=', r.seq).execute();
      uncount(r.outcome);
      delta.duplicates++;
    } else {
      const n = await trx.selectFrom('claim_findings').select((eb) => eb.fn.coalesce(eb.fn.max('n'), sql<number>`-1`).as('n'))
        .where(inBoundFederation()).where('file_id', '=', fileId).where('seq', '=', r.seq).executeTakeFirstOrThrow();
      const f = claimFinding('INT-C001', r.first_line, 'RE', 'receiptNumber', `レセプト番号 ${r.receipt_number}`);
      await trx.insertInto('claim_findings').values({
        federation_code: federation, file_id: fileId, seq: r.seq,
        n: Number(n.n) + 1, code: f.code, severity: f.severity, line: f.line, record: f.record, field: f.field, message: f.message,
      }).execute();
      await trx.updateTable('claims').set({ state: 'rejected', outcome: 'returned' })
        .where(inBoundFederation()).where('file_id', '=', fileId).where('seq', '=', r.seq).execute();
      uncount(r.outcome);
      delta.returned++;
    }
  }
  await trx.updateTable('intake_files').set((eb) => ({
    accepted: eb('accepted', '+', delta.accepted),
    accepted_with_findings: eb('accepted_with_findings', '+', delta.acceptedWithFindings),
    returned: eb('returned', '+', delta.returned),
    duplicates: eb('duplicates', '+', delta.duplicates),
  })).where(inBoundFederation()).where('file_id', '=', fileId).execute();
  return rows.length;
}
