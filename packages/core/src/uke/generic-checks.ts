/**
 * Checks on a complete 調剤 / 歯科 claim (records kept as fields): the 合計点数 of HO and KO against
 * the claim's point items, the same rule as 医科 (uke-format.md §4): a payer's total = Σ (点数 × 回数)
 * over the items whose 負担区分 (別表21) includes that payer. Field positions are those of
 * pharmacy-layouts.ts / dental-layouts.ts (uke-format.md §6.1, §6.2).
 *
 * 調剤 (§6.2): a 剤 is SH (単位薬剤料) + CZ (調剤数量, 負担区分, 調剤料の点数): 単位薬剤料 × 調剤数量 +
 * 点数; KI and ST: 点数 × 回数. A claim with a TO (特定器材, no 回数) is not checked.
 * 歯科 (§6.1): SS, SI, IY, TO: 点数 × 回数.
 */
import { BURDEN_PAYERS_BY_CHAR } from './code-tables.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { UkeError, UkeGenericRecord } from './types.ts';

/** [負担区分, 点数, 回数] column indexes of a point item. */
const DENTAL_ITEMS: Record<string, readonly [number, number, number]> = { SS: [2, 76, 77], SI: [2, 5, 6], IY: [2, 5, 6], TO: [2, 5, 6] };
const PHARMACY_ITEMS: Record<string, readonly [number, number, number]> = { KI: [1, 3, 4], ST: [1, 3, 4] };

function num(v: string | undefined): number {
  if (v === undefined || v === '') return 0;
  return /^\d+$/.test(v) ? Number(v) : NaN;
}

export function checkGenericTotals(kind: 'pharmacy' | 'dental', records: readonly UkeGenericRecord[], diag: Diagnostics, out: UkeError[]): void {
  let ho: UkeGenericRecord | undefined;
  const ko: UkeGenericRecord[] = [];
  for (const r of records) {
    if (r.id === 'HO') ho ??= r;
    else if (r.id === 'KO') ko.push(r);
  }
  if (!ho && ko.length === 0) return;
  const sums = [0, 0, 0, 0, 0];
  const add = (burden: string | undefined, points: number): void => {
    const mask = burden && burden.length === 1 ? BURDEN_PAYERS_BY_CHAR[burden.charCodeAt(0)] ?? 0 : 0;
    for (let p = 0; p < 5; p++) if (mask & (1 << p)) sums[p]! += points;
  };
  const items = kind === 'dental' ? DENTAL_ITEMS : PHARMACY_ITEMS;
  let unitDrug = 0;
  for (const r of records) {
    const cols = items[r.id];
    let points: number;
    let burden: string | undefined;
    if (cols) {
      if (r.raw[cols[1]] === undefined || r.raw[cols[1]] === '') continue;
      points = num(r.raw[cols[1]]) * num(r.raw[cols[2]]);
      burden = r.raw[cols[0]];
    } else if (kind === 'pharmacy' && r.id === 'SH') {
      unitDrug = num(r.raw[5]);
      continue;
    } else if (kind === 'pharmacy' && r.id === 'CZ') {
      points = unitDrug * num(r.raw[5]) + num(r.raw[9]);
      burden = r.raw[6];
      unitDrug = 0;
    } else if (kind === 'pharmacy' && r.id === 'TO') {
      return;
    } else continue;
    // A value that is not a number was reported by the field checks; the total cannot be known.
    if (Number.isNaN(points)) return;
    add(burden, points);
  }
  if (ho) {
    const recorded = num(ho.raw[5]);
    if (ho.raw[5] !== '' && !Number.isNaN(recorded) && recorded !== sums[0]) {
      out.push(diag.make('UKE-E054', ho.line, 'HO', 'totalPoints', `記録${recorded}点、明細の合計${sums[0]}点`));
    }
  }
  for (let i = 0; i < ko.length && i < 4; i++) {
    const k = ko[i]!;
    const recorded = num(k.raw[5]);
    if (k.raw[5] !== '' && !Number.isNaN(recorded) && recorded !== sums[i + 1]) {
      out.push(diag.make('UKE-E055', k.line, 'KO', 'totalPoints', `第${i + 1}公費: 記録${recorded}点、明細の合計${sums[i + 1]}点`));
    }
  }
}
