/**
 * Bulk insert of claims and findings as one array per column (`insert … select from unnest(…)`):
 * a batch is then a couple of dozen parameters instead of ten thousand, which halved the time of a
 * batch on PostgreSQL compared with a multi-row VALUES list.
 */
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { ClaimFindingTable, ClaimTable } from './intake-tables.ts';

export type Column<T> = readonly [keyof T & string, string];

const CLAIM_COLUMNS: readonly Column<ClaimTable>[] = [
  ['federation_code', 'text'], ['file_id', 'bigint'], ['seq', 'int'], ['state', 'text'], ['outcome', 'text'], ['kind', 'text'],
  ['provider_code', 'text'], ['service_month', 'text'], ['receipt_number', 'int'], ['patient_key', 'text'], ['receipt_type', 'text'],
  ['insurer_number', 'text'], ['insurer_prefecture', 'text'], ['out_of_prefecture', 'boolean'], ['person_id', 'text'], ['birth_date', 'date'],
  ['total_points', 'int'], ['first_line', 'int'], ['last_line', 'int'], ['content_sha256', 'text'], ['body', 'text'],
  ['superseded_by_file', 'bigint'], ['supersedes_file', 'bigint'], ['supersedes_seq', 'int'],
];

const FINDING_COLUMNS: readonly Column<ClaimFindingTable>[] = [
  ['federation_code', 'text'], ['file_id', 'bigint'], ['seq', 'int'], ['n', 'smallint'], ['code', 'text'], ['severity', 'text'],
  ['line', 'int'], ['record', 'text'], ['field', 'text'], ['message', 'text'],
];

export async function insertUnnest<T>(trx: Kysely<Schema>, table: string, columns: readonly Column<T>[], rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map(([name, type]) => sql`${rows.map((r) => r[name as keyof T] ?? null)}::${sql.raw(type)}[]`);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map(([n]) => sql.ref(n)))}) select * from unnest(${sql.join(arrays)})`.execute(trx);
}

export const insertClaims = (trx: Kysely<Schema>, rows: readonly ClaimTable[]): Promise<void> => insertUnnest(trx, 'claims', CLAIM_COLUMNS, rows);
export const insertFindings = (trx: Kysely<Schema>, rows: readonly ClaimFindingTable[]): Promise<void> => insertUnnest(trx, 'claim_findings', FINDING_COLUMNS, rows);
