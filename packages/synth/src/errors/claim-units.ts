/**
 * A written claim's 摘要 seen as billing units again (runs of SI/IY/TO ending at the record that
 * carries 点数, CO records attached), so that planted check errors can change a unit and the
 * claim's totals stay those of its items: only the planted error is wrong.
 */
import type { BillingLineRecord, ClaimLineRecord, CommentRecord, TreatmentCategoryCode, UkeClaim } from '@kokuho/core/uke';
import { BURDEN_PAYERS_BY_CHAR } from '@kokuho/core/uke';
import type { Points } from '@kokuho/core/common';
import { CATEGORY_ORDER } from '../claims/units.ts';

export interface ItemUnit {
  category: TreatmentCategoryCode;
  records: BillingLineRecord[];
  comments: CommentRecord[];
}

export function itemUnits(items: readonly ClaimLineRecord[]): ItemUnit[] {
  const out: ItemUnit[] = [];
  let category = '' as TreatmentCategoryCode;
  let open: ItemUnit | undefined;
  for (const it of items) {
    if (it.treatmentCategory) category = it.treatmentCategory;
    if (it.id === 'CO') {
      (open ?? out[out.length - 1])?.comments.push(it);
      continue;
    }
    if (!open) {
      open = { category, records: [], comments: [] };
      out.push(open);
    }
    open.records.push(it);
    if (it.points !== undefined) open = undefined;
  }
  return out;
}

/** Back to records, 診療識別 on the first record of each run (units sorted by the caller). */
export function unitItems(units: readonly ItemUnit[]): ClaimLineRecord[] {
  const out: ClaimLineRecord[] = [];
  let last = '';
  for (const u of units) {
    for (const r of u.records) {
      // In place: planted errors keep pointing at the record objects they changed.
      if (u.category !== last) r.treatmentCategory = u.category;
      else delete r.treatmentCategory;
      last = u.category;
      out.push(r);
    }
    out.push(...u.comments);
  }
  return out;
}

/** Inserts a unit after the last one of its 診療識別 or of an earlier one (別表20 order). */
export function insertUnit(units: ItemUnit[], u: ItemUnit): void {
  const rank = CATEGORY_ORDER.indexOf(u.category);
  let at = 0;
  units.forEach((x, i) => {
    if (CATEGORY_ORDER.indexOf(x.category) <= rank) at = i + 1;
  });
  units.splice(at, 0, u);
}

export const unitPoints = (u: ItemUnit): number => u.records[u.records.length - 1]!.points ?? 0;

export function setUnitPoints(u: ItemUnit, points: number): void {
  u.records[u.records.length - 1]!.points = points as Points;
}

/** Sets the same day distribution (and 回数 = its sum) on every record of the unit. */
export function setUnitDays(u: ItemUnit, days: number[]): void {
  const count = days.reduce((a, b) => a + b, 0);
  for (const r of u.records) {
    r.days = days.slice();
    r.count = count;
  }
}

/** HO / KO 合計点数 from the items, as the UKE reader computes them (meals excluded). */
export function recomputeTotals(c: UkeClaim): void {
  const sums = [0, 0, 0, 0, 0];
  let category = '';
  for (const it of c.items) {
    if (it.treatmentCategory) category = it.treatmentCategory;
    if (it.id === 'CO' || it.points === undefined || category === '97') continue;
    const mask = BURDEN_PAYERS_BY_CHAR[it.burden.charCodeAt(0)] ?? 0;
    for (let p = 0; p < 5; p++) if (mask & (1 << p)) sums[p]! += it.points * it.count;
  }
  if (c.ho) c.ho.totalPoints = sums[0]! as Points;
  c.ko.forEach((k, i) => (k.totalPoints = sums[i + 1]! as Points));
}
