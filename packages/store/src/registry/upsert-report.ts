import type { RegistryError } from '@kokuho/core/registry';
import type { Result } from '@kokuho/core/common';

/** A row the repository refused, by its position in the caller's input. */
export interface RejectedRow {
  index: number;
  errors: RegistryError[];
}

/** Outcome of a bulk upsert: bad rows are reported, the others are written. */
export interface UpsertReport {
  /** Rows inserted or updated. A key repeated in the input is written once (its last row). */
  written: number;
  rejected: RejectedRow[];
}

export interface Indexed<T> {
  index: number;
  value: T;
}

export function validateRows<T>(rows: readonly T[], validate: (row: T) => Result<T, RegistryError>): { valid: Indexed<T>[]; rejected: RejectedRow[] } {
  const valid: Indexed<T>[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, index) => {
    const r = validate(row);
    if (r.ok) valid.push({ index, value: r.value });
    else rejected.push({ index, errors: r.errors });
  });
  return { valid, rejected };
}
