/**
 * What loadRegistryDirectory read, wrote and refused. Refused rows are listed with file and line up
 * to a cap (a broken file of a million rows must not make a million-entry report); the count is exact.
 */
import type { CsvRowError, RegistryError } from '@kokuho/core/registry';

export const MAX_LISTED_REJECTIONS = 100;

export interface LoadRejection {
  file: string;
  /** 1-based line in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface TableLoadReport {
  /** Data rows read from the file(s) feeding the table. */
  read: number;
  /** Rows inserted or updated (a key repeated in the files counts once per batch). */
  written: number;
  /** The first MAX_LISTED_REJECTIONS refused rows. */
  rejected: LoadRejection[];
  /** Every refused row. */
  rejectedCount: number;
}

export interface EventLoadReport {
  read: number;
  /** Events applied, or found already reflected by the stored periods (nothing to change). */
  applied: number;
  /** Coverage periods inserted or updated because of events. */
  periodsWritten: number;
  rejected: LoadRejection[];
  rejectedCount: number;
}

export type RegistryTableName = 'insurers' | 'providers' | 'publicExpensePrograms' | 'households' | 'insuredPersons' | 'eligibilityPeriods';

export interface RegistryLoadReport {
  /** False when the directory has neither registry/ nor eligibility/. */
  found: boolean;
  tables: Record<RegistryTableName, TableLoadReport>;
  events: EventLoadReport;
  /** Files read, relative to the directory. */
  files: string[];
  milliseconds: number;
}

export function emptyTableReport(): TableLoadReport {
  return { read: 0, written: 0, rejected: [], rejectedCount: 0 };
}

/** Adds a refusal to a report, keeping the list capped. */
export function reject(report: { rejected: LoadRejection[]; rejectedCount: number }, r: LoadRejection): void {
  report.rejectedCount++;
  if (report.rejected.length < MAX_LISTED_REJECTIONS) report.rejected.push(r);
}

export function rejectCsvErrors(report: { rejected: LoadRejection[]; rejectedCount: number }, errors: readonly CsvRowError[]): void {
  // One row may fail on several columns: one refusal per row, its messages joined.
  const byLine = new Map<string, CsvRowError[]>();
  for (const e of errors) byLine.set(`${e.file}\u0000${e.line}`, [...(byLine.get(`${e.file}\u0000${e.line}`) ?? []), e]);
  for (const list of byLine.values()) reject(report, { file: list[0]!.file, line: list[0]!.line, message: list.map((e) => e.message).join('; ') });
}

export const registryErrorsMessage = (errors: readonly RegistryError[]): string =>
  errors.map((e) => (e.input !== undefined ? `${e.message}（${e.input}）` : e.message)).join('; ');
