/**
 * Multi-row statements for bulk loads (a month's intake brings ~1M insured persons to the largest
 * federation). One statement per row costs a round trip each; one statement per 1,000 rows keeps
 * PGlite and PostgreSQL busy with work instead. PostgreSQL's wire protocol caps a statement at
 * 65,535 bind parameters, so wide rows get fewer per statement.
 */
export const PG_MAX_PARAMETERS = 65_535;
export const ROWS_PER_STATEMENT = 1_000;

export function rowsPerStatement(columns: number, wanted = ROWS_PER_STATEMENT): number {
  return Math.max(1, Math.min(wanted, Math.floor(PG_MAX_PARAMETERS / columns)));
}

export function* chunksOf<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Keeps the last row of each key, as if the rows had been applied one after the other. */
export function lastPerKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    byKey.delete(k); // re-insert so the map keeps the order of last appearance
    byKey.set(k, r);
  }
  return [...byKey.values()];
}
