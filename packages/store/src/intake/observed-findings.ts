/**
 * What intake and the rules found in a month, claim by claim and file by file: the input of a comparison with
 * a generated month's ground truth (demo, tests, benchmark).
 */
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import { inBoundFederation } from '../registry/bound-federation.ts';
import { fileErrorsOf } from './intake-tables.ts';

export interface ObservedMonth {
  claims: { file: string; receiptNumber: number; codes: string[] }[];
  files: { file: string; refused: boolean; codes: string[] }[];
}

export async function observedFindings(k: KokuhoDb, federation: FederationCode, month: YearMonth): Promise<ObservedMonth> {
  return k.withFederation(federation, async (trx) => {
    const files = await trx.selectFrom('intake_files').select(['file_id', 'file_name', 'status', 'errors'])
      .where(inBoundFederation()).where('service_month', '=', month).where('status', 'in', ['accepted', 'refused']).execute();
    const rows = await trx.selectFrom('claims as c')
      .innerJoin('intake_files as f', (j) => j.onRef('f.federation_code', '=', 'c.federation_code').onRef('f.file_id', '=', 'c.file_id'))
      .leftJoin('claim_findings as x', (j) => j.onRef('x.federation_code', '=', 'c.federation_code').onRef('x.file_id', '=', 'c.file_id').onRef('x.seq', '=', 'c.seq'))
      .select(['f.file_name', 'c.seq', 'c.receipt_number', 'x.code'])
      .where(inBoundFederation('c.federation_code')).where('f.service_month', '=', month).where('c.state', 'in', ['current', 'rejected'])
      .orderBy('c.file_id').orderBy('c.seq').execute();
    const claims = new Map<string, { file: string; receiptNumber: number; codes: string[] }>();
    for (const r of rows) {
      const key = `${r.file_name}#${r.seq}`;
      let c = claims.get(key);
      if (!c) claims.set(key, (c = { file: r.file_name, receiptNumber: r.receipt_number, codes: [] }));
      if (r.code) c.codes.push(r.code);
    }
    // The rules' findings (issue 4) count as codes of the claim too: their ids are the codes.
    const ruled = await trx.selectFrom('rule_findings as x')
      .innerJoin('intake_files as f', (j) => j.onRef('f.federation_code', '=', 'x.federation_code').onRef('f.file_id', '=', 'x.file_id'))
      .select(['f.file_name', 'x.seq', 'x.rule_id'])
      .where(inBoundFederation('x.federation_code')).where('x.service_month', '=', month).execute();
    for (const r of ruled) claims.get(`${r.file_name}#${r.seq}`)?.codes.push(r.rule_id);
    return {
      claims: [...claims.values()],
      files: files.map((f) => ({
        file: f.file_name, refused: f.status === 'refused',
        codes: fileErrorsOf(f.errors).map((e) => e.code),
      })),
    };
  });
}
