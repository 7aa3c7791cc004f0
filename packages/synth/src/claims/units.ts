/**
 * 点数・回数算定単位 (billing units) of one claim. A unit is a run of SI/IY/TO lines billed together
 * with one point value; the same unit on several days is one set of records whose 回数 is the sum of
 * its day counts. Units come out grouped by 診療識別 in the order of 別表20, 診療識別 written on the
 * first record of each group (uke-format.md §4).
 */
import type { BurdenCode, ClaimLineRecord, CommentRecord, TreatmentCategoryCode } from '@kokuho/core/uke';
import { BURDEN_PAYERS_BY_CHAR } from '@kokuho/core/uke';
import type { Points } from '@kokuho/core/common';

export interface LineSpec {
  kind: 'SI' | 'IY' | 'TO';
  code: string;
  /** SI 数量データ, IY/TO 使用量. */
  quantity?: number;
}

export interface UnitComment {
  code: string;
  text?: string;
}

export interface Unit {
  category: TreatmentCategoryCode;
  burden: BurdenCode;
  lines: LineSpec[];
  points: number;
  days: number[];
  /** CO records written after the unit. */
  comments: UnitComment[];
  /** Free tag for the generator (e.g. the drug's scenario), never written. */
  tag: string;
}

export const CATEGORY_ORDER: readonly string[] = ['11', '12', '13', '14', '21', '22', '23', '24', '25', '26', '27', '28', '31', '32', '33', '39', '40', '50', '54', '60', '70', '80', '90', '92', '97'];

export class UnitList {
  readonly units: Unit[] = [];
  private readonly index = new Map<string, Unit>();

  /** Adds `times` of the unit on `day` (1–31), merging with an identical unit. */
  add(category: TreatmentCategoryCode, burden: BurdenCode, lines: LineSpec[], points: number, day: number, times = 1, comments: UnitComment[] = [], tag = ''): Unit {
    const key = `${category}|${burden}|${points}|${lines.map((l) => `${l.kind}${l.code}:${l.quantity ?? ''}`).join(',')}|${comments.map((c) => c.code + (c.text ?? '')).join(',')}`;
    let u = this.index.get(key);
    if (!u) {
      u = { category, burden, lines, points, days: new Array<number>(31).fill(0), comments, tag };
      this.index.set(key, u);
      this.units.push(u);
    }
    u.days[day - 1]! += times;
    return u;
  }

  has(code: string): boolean {
    return this.units.some((u) => u.lines.some((l) => l.code === code));
  }

  /** Days (1-based) on which any unit of the category is billed. */
  daysWith(pred: (u: Unit) => boolean): Set<number> {
    const out = new Set<number>();
    for (const u of this.units) if (pred(u)) u.days.forEach((n, i) => n > 0 && out.add(i + 1));
    return out;
  }

  sorted(): Unit[] {
    return [...this.units].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  }
}

export const unitCount = (u: Unit): number => u.days.reduce((a, b) => a + b, 0);

/** Σ unit points × 回数 over units borne by the payer bit (1 = 医保, 2 = 公費①…), meals (97) excluded. */
export function payerTotal(units: readonly Unit[], payerBit: number): number {
  let t = 0;
  for (const u of units) {
    if (u.category === '97') continue;
    if (BURDEN_PAYERS_BY_CHAR[u.burden.charCodeAt(0)]! & payerBit) t += u.points * unitCount(u);
  }
  return t;
}

/** The units as SI/IY/TO/CO records. */
export function unitRecords(units: readonly Unit[]): ClaimLineRecord[] {
  const out: ClaimLineRecord[] = [];
  let lastCategory = '';
  for (const u of units) {
    const count = unitCount(u);
    u.lines.forEach((l, i) => {
      const first = u.category !== lastCategory;
      lastCategory = u.category;
      const base = {
        line: 0,
        ...(first ? { treatmentCategory: u.category } : {}),
        burden: u.burden,
        code: l.code,
        ...(i === u.lines.length - 1 ? { points: u.points as Points } : {}),
        count,
        comments: [],
        days: u.days.slice(),
      };
      if (l.kind === 'SI') out.push({ id: 'SI', ...base, ...(l.quantity !== undefined ? { quantity: l.quantity } : {}) });
      else if (l.kind === 'IY') out.push({ id: 'IY', ...base, ...(l.quantity !== undefined ? { amount: l.quantity } : {}) });
      else out.push({ id: 'TO', ...base, ...(l.quantity !== undefined ? { amount: l.quantity } : {}) });
    });
    for (const c of u.comments) {
      const co: CommentRecord = { id: 'CO', line: 0, burden: u.burden, code: c.code, ...(c.text ? { text: c.text } : {}) };
      out.push(co);
    }
  }
  return out;
}
