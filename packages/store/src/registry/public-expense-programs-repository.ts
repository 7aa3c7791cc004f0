import type { Kysely } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { validatePublicExpenseProgram, type PublicExpenseProgram } from '@kokuho/core/registry';
import type { Schema } from '../schema.ts';
import { boundFederation, inBoundFederation } from './bound-federation.ts';
import { bulkUpsert } from './bulk-upsert.ts';
import type { PublicExpenseProgramTable } from './registry-tables.ts';
import { validateRows, type UpsertReport } from './upsert-report.ts';

export function publicExpenseProgramToRow(federation: FederationCode, p: PublicExpenseProgram): PublicExpenseProgramTable {
  return {
    federation_code: federation,
    payer_number: p.payerNumber,
    law_number: p.lawNumber,
    prefecture_code: p.prefecture,
    name: p.name,
    valid_from: p.validFrom,
    valid_to: p.validTo ?? null,
  };
}

export function publicExpenseProgramFromRow(r: PublicExpenseProgramTable): PublicExpenseProgram {
  return {
    payerNumber: r.payer_number,
    lawNumber: r.law_number,
    prefecture: r.prefecture_code as PublicExpenseProgram['prefecture'],
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to ?? undefined,
  };
}

export async function upsertPublicExpensePrograms(trx: Kysely<Schema>, programs: readonly PublicExpenseProgram[]): Promise<UpsertReport> {
  const federation = await boundFederation(trx);
  const { valid, rejected } = validateRows(programs, validatePublicExpenseProgram);
  const written = await bulkUpsert(trx, 'public_expense_programs', valid.map((v) => publicExpenseProgramToRow(federation, v.value)), ['federation_code', 'payer_number']);
  return { written, rejected };
}

export async function findPublicExpenseProgram(trx: Kysely<Schema>, payerNumber: string): Promise<PublicExpenseProgram | undefined> {
  const r = await trx.selectFrom('public_expense_programs').selectAll().where(inBoundFederation()).where('payer_number', '=', payerNumber.trim()).executeTakeFirst();
  return r && publicExpenseProgramFromRow(r);
}
