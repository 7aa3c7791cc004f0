import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { chunksOf, lastPerKey, rowsPerStatement } from './batches.ts';
import type { RegistryTables } from './registry-tables.ts';

/**
 * `insert … values (…), (…) on conflict (key) do update` in statements of up to 1,000 rows.
 * Every row must carry every column (null for none) so that all rows of a statement line up.
 * Returns the number of rows inserted or updated.
 */
export async function bulkUpsert<T extends keyof RegistryTables>(
  trx: Kysely<Schema>,
  table: T,
  rows: readonly RegistryTables[T][],
  key: readonly (keyof RegistryTables[T] & string)[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const db = trx as unknown as Kysely<any>;
  const columns = Object.keys(rows[0]!);
  const update = columns.filter((c) => !key.includes(c as never));
  const unique = lastPerKey(rows, (r) => key.map((k) => String(r[k])).join('\u0000'));
  let written = 0;
  for (const chunk of chunksOf(unique, rowsPerStatement(columns.length))) {
    const r = await db
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) =>
        update.length
          ? // The table is generic here; the columns come from the rows themselves.
            oc.columns([...key]).doUpdateSet(Object.fromEntries(update.map((c) => [c, sql.ref(`excluded.${c}`)])) as never)
          : oc.columns([...key]).doNothing(),
      )
      .executeTakeFirst();
    written += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}
