/**
 * 振分 (issue 5): each checked claim goes to one queue by the first row of the sorting table
 * (review/sorting.csv) it matches — 特別審査 by points or transplant, 審査委員会 for findings that need
 * medical judgement (V lamp), 事務共助 for rule findings alone (S lamp), else 自動完結. Out-of-
 * prefecture claims come first in their queue (全国決済). The table is data: a federation changes
 * thresholds or queues without code.
 */
import type { Result } from '../common/result.ts';
import { kindsOf, readTableCsv } from './table-csv.ts';

export const QUEUES = ['special', 'committee', 'clerical', 'auto'] as const;
export type Queue = (typeof QUEUES)[number];
export const QUEUE_LABELS: Record<Queue, string> = { special: '特別審査', committee: '審査委員会', clerical: '事務共助', auto: '自動完結' };

export interface SortingRow {
  order: number;
  queue: Queue;
  label: string;
  /** Claim kinds the row applies to; empty = all. */
  kinds: string[];
  minPoints: number | undefined;
  /** Only transplant months (a claim with 臓器提供者 records). */
  transplant: boolean;
  /** Only 漢方 claims of a 漢方 clinic (see SortableClaim.kampo). Optional column `kampo`. */
  kampo: boolean;
  /** 'V': some finding needs medical judgement; 'S': findings, none V; 'none': no finding; '': any. */
  lamp: 'V' | 'S' | 'none' | '';
  priorityOutOfPrefecture: boolean;
  line: number;
}

export interface SortableClaim {
  kind: string;
  totalPoints: number | undefined;
  transplant: boolean;
  /**
   * An 入院外 claim with a 漢方製剤 at a provider where most of the month's claims carry one: the
   * seed's condition for 漢方 4千点以上 特別審査 (a provider-level fact, so the store computes it).
   */
  kampo: boolean;
  outOfPrefecture: boolean;
  /** Lamps of the claim's findings that a person must look at (rule findings, clerical notices as S). */
  lamps: readonly ('S' | 'V')[];
}

export interface SortingDecision {
  queue: Queue;
  /** Lower first; out-of-prefecture claims 0, others 1. */
  priority: number;
  /** The sorting row (its order) and why, in Japanese. */
  row: number;
  reason: string;
}

const HEAD = ['order', 'queue', 'label', 'kinds', 'min_points', 'transplant', 'lamp', 'priority_out_of_prefecture'] as const;

export function readSortingTable(file: string, text: string): Result<SortingRow[], string> {
  const table = readTableCsv(file, text, HEAD);
  if (!table.ok) return table;
  const rows: SortingRow[] = [];
  const errors: string[] = [];
  for (const { line, get } of table.value) {
    const queue = get('queue');
    const lamp = get('lamp');
    const min = get('min_points');
    if (!(QUEUES as readonly string[]).includes(queue)) errors.push(`${file}:${line} [queue] ${QUEUES.join(' / ')} のいずれかです: ${queue}`);
    else if (!['V', 'S', 'none', ''].includes(lamp)) errors.push(`${file}:${line} [lamp] V / S / none または空です: ${lamp}`);
    else if (min && !/^\d+$/.test(min)) errors.push(`${file}:${line} [min_points] 整数です: ${min}`);
    else {
      rows.push({
        order: Number(get('order')) || line, queue: queue as Queue, label: get('label'), kinds: kindsOf(get('kinds')), minPoints: min ? Number(min) : undefined,
        transplant: get('transplant') === 'yes', kampo: get('kampo') === 'yes', lamp: lamp as SortingRow['lamp'], priorityOutOfPrefecture: get('priority_out_of_prefecture') === 'yes', line,
      });
    }
  }
  if (errors.length) return { ok: false, errors };
  if (!rows.some((r) => !r.kinds.length && r.minPoints === undefined && !r.transplant && !r.kampo && (r.lamp === '' || r.lamp === 'none'))) {
    return { ok: false, errors: [`${file} 最後に残ったレセプトを受ける行（kinds * で条件なし、lamp none か空）が必要です`] };
  }
  return { ok: true, value: rows.sort((a, b) => a.order - b.order) };
}

function matches(r: SortingRow, c: SortableClaim): boolean {
  if (r.kinds.length && !r.kinds.includes(c.kind)) return false;
  if (r.minPoints !== undefined && (c.totalPoints ?? 0) < r.minPoints) return false;
  if (r.transplant && !c.transplant) return false;
  if (r.kampo && !c.kampo) return false;
  if (r.lamp === 'V' && !c.lamps.includes('V')) return false;
  if (r.lamp === 'S' && (!c.lamps.length || c.lamps.includes('V'))) return false;
  if (r.lamp === 'none' && c.lamps.length) return false;
  return true;
}

export function sortClaim(table: readonly SortingRow[], c: SortableClaim): SortingDecision {
  const row = table.find((r) => matches(r, c)) ?? table[table.length - 1]!;
  const priority = row.priorityOutOfPrefecture && c.outOfPrefecture ? 0 : 1;
  return { queue: row.queue, priority, row: row.order, reason: `${row.label}${priority === 0 ? '・県外（全国決済）優先' : ''}` };
}
