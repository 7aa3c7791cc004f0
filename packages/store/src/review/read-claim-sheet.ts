/**
 * The paper レセプト of a stored claim for the review screen (core claimSheet), named from the
 * masters in force in its service month and the provider registry, in two queries.
 */
import type { Transaction } from 'kysely';
import { claimSheet, claimSheetCodes, type ClaimSheet } from '@kokuho/core/review';
import { masterNames } from '../masters/master-names.ts';
import type { Schema } from '../schema.ts';

export interface StoredClaimRow {
  kind: string;
  provider_code: string;
  service_month: string;
  first_line: number;
  body: string;
}

/** In the caller's federation-bound transaction (the provider registry is a tenant table). */
export async function readClaimSheet(trx: Transaction<Schema>, c: StoredClaimRow): Promise<ClaimSheet> {
  const stored = { kind: c.kind, providerCode: c.provider_code, serviceMonth: c.service_month, firstLine: c.first_line, body: c.body };
  const [names, provider] = await Promise.all([
    masterNames(trx, claimSheetCodes(stored), c.service_month),
    // the file's IR (with the name as sent) is not kept with the claim: the registered name stands in
    trx.selectFrom('providers').select('name').where('provider_code', '=', c.provider_code).executeTakeFirst(),
  ]);
  return claimSheet(stored, names, { providerName: provider?.name ?? '' });
}
