/** 年度: April to March. The 年度 of a month is the calendar year of the April that begins it. */
import { formatWareki } from '../common/dates.ts';

/** '2025-04' → 2025, '2026-03' → 2025. */
export function fiscalYearOf(month: string): number {
  const y = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 4 ? y : y - 1;
}

/** 2025 → '令和7年度'; 2019 → '平成31年度' (the 年度 is named by the era of its April). */
export function fiscalYearLabel(fiscalYear: number): string {
  return formatWareki(`${String(fiscalYear).padStart(4, '0')}-04`).replace(/\d+月$/, '度');
}

/** The `n` 年度 before `fiscalYear`, oldest first: (2025, 3) → [2022, 2023, 2024]. */
export function precedingFiscalYears(fiscalYear: number, n = 3): number[] {
  return Array.from({ length: n }, (_, i) => fiscalYear - n + i);
}
