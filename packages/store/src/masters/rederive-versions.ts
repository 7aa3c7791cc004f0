/**
 * Re-derives the versions of the codes a file touched, from every stored row of those codes
 * (whatever file they came from), so that the result does not depend on the import order.
 */
import type { Kysely } from 'kysely';
import { deriveVersions, type MasterError, type MasterKind, type MasterRow } from '@kokuho/core/masters';
import type { Schema } from '../schema.ts';
import { rowFromTable, versionKey, versionToTable } from './version-rows.ts';

/** Codes per query: `code in (…)` binds one parameter per code. */
const CODES_PER_QUERY = 1_000;
/** Versions per insert: 12 columns each, well under PostgreSQL's 65,535 parameters. */
const VERSIONS_PER_INSERT = 500;

export interface RederiveResult {
  created: number;
  removed: number;
  warnings: MasterError[];
}

export async function rederiveVersions(db: Kysely<Schema>, kind: MasterKind, codes: readonly string[]): Promise<RederiveResult> {
  const result: RederiveResult = { created: 0, removed: 0, warnings: [] };
  for (let i = 0; i < codes.length; i += CODES_PER_QUERY) {
    const chunk = codes.slice(i, i + CODES_PER_QUERY);
    const stored = await db.selectFrom('master_rows').selectAll().where('kind', '=', kind).where('code', 'in', chunk).execute();
    const rows: MasterRow[] = stored.map(rowFromTable);
    const derived = deriveVersions(rows);
    result.warnings.push(...derived.warnings);
    const before = await db
      .selectFrom('master_versions')
      .select(['code', 'valid_from', 'valid_to', 'source_file', 'source_line'])
      .where('kind', '=', kind)
      .where('code', 'in', chunk)
      .execute();
    const after = derived.versions.map(versionToTable);
    const beforeKeys = new Set(before.map(versionKey));
    const afterKeys = new Set(after.map((v) => versionKey({ ...v, valid_from: v.valid_from ?? null, valid_to: v.valid_to ?? null })));
    result.created += [...afterKeys].filter((k) => !beforeKeys.has(k)).length;
    result.removed += [...beforeKeys].filter((k) => !afterKeys.has(k)).length;
    if (before.length) await db.deleteFrom('master_versions').where('kind', '=', kind).where('code', 'in', chunk).execute();
    for (let j = 0; j < after.length; j += VERSIONS_PER_INSERT) {
      await db.insertInto('master_versions').values(after.slice(j, j + VERSIONS_PER_INSERT)).execute();
    }
  }
  return result;
}
