/**
 * Checks a document before anything is drawn, so that a bad row is reported by table and row
 * instead of surfacing as a shifted column on page 7.
 */
import { isValidIsoDate } from '@kokuho/core/common';
import type { PrintDocument, PrintTable } from './print-document.ts';
import { printProblem, type PrintProblem } from './print-errors.ts';

export function validateDocument(doc: PrintDocument): PrintProblem[] {
  const problems: PrintProblem[] = [];
  if (!isValidIsoDate(doc.issuedOn)) problems.push(printProblem('ISSUED_ON_INVALID', { value: doc.issuedOn }));
  (doc.tables ?? []).forEach((t, i) => problems.push(...tableProblems(t, t.caption ?? `${i + 1}`)));
  return problems;
}

function tableProblems(t: PrintTable, table: string): PrintProblem[] {
  if (t.columns.length === 0) return [printProblem('TABLE_WITHOUT_COLUMNS', { table })];
  const problems: PrintProblem[] = [];
  t.columns.forEach((c, i) => {
    if (c.width !== undefined && !(Number.isFinite(c.width) && c.width > 0)) {
      problems.push(printProblem('COLUMN_WIDTH_INVALID', { table, column: i + 1, value: String(c.width) }));
    }
  });
  const expected = String(t.columns.length);
  t.rows.forEach((r, i) => {
    if (r.length !== t.columns.length) problems.push(printProblem('ROW_CELL_COUNT', { table, row: i + 1, value: String(r.length), expected }));
  });
  if (t.totals && t.totals.length !== t.columns.length) {
    problems.push(printProblem('ROW_CELL_COUNT', { table, row: 'totals', value: String(t.totals.length), expected }));
  }
  return problems;
}
