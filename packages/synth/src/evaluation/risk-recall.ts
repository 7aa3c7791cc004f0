/**
 * How well 振分 sends the claims review would change to people, on a generated month: the share of
 * claims sent to people by the sorting table (stage 1) and with the risk ranking (stage 1+2), and per
 * planted category and kind the recall — the planted claims that ended in a person's queue. A
 * planted claim that never reached review (its file refused, or the claim returned, at intake) is
 * counted apart: 振分 never saw it.
 */
import { ERROR_KINDS, type ErrorCategory, type ErrorKind, type GroundTruthEntry } from '../errors/error-kinds.ts';
import { padToWidth, textWidth } from './confusion-table.ts';

/** Where 振分 put one claim. */
export interface SortedClaim {
  /** path relative to the generated directory, as in ground-truth.jsonl */
  file: string;
  receiptNumber: number;
  queue: string;
  /** 1 the sorting table, 2 the risk ranking. */
  stage: number;
}

export interface RecallRow {
  category: ErrorCategory;
  /** undefined on the category's total row. */
  kind: ErrorKind | undefined;
  label: string;
  /** Planted claims that reached 振分. */
  planted: number;
  /** Planted claims that did not (refused or returned at intake). */
  notInReview: number;
  /** Sent to people by stage 1, by stage 1 or 2. */
  stage1: number;
  stage12: number;
}

export interface RiskRecall {
  claims: number;
  toPeopleStage1: number;
  toPeople: number;
  /** Claims stage 2 sent, and how many of them carried a planted error of the categories measured. */
  sentByStage2: number;
  stage2Hits: number;
  rows: RecallRow[];
}

/** The categories review would change (a 査定): what stage 2 is for. */
export const ADJUSTABLE: readonly ErrorCategory[] = ['check', 'judgement'];

export function riskRecall(truth: readonly GroundTruthEntry[], sorted: Iterable<SortedClaim>, categories: readonly ErrorCategory[] = ADJUSTABLE): RiskRecall {
  const at = new Map<string, SortedClaim>();
  let claims = 0, stage1 = 0, people = 0, sent2 = 0;
  for (const s of sorted) {
    at.set(`${s.file}#${s.receiptNumber}`, s);
    claims++;
    if (s.queue !== 'auto') people++;
    if (s.queue !== 'auto' && s.stage === 1) stage1++;
    if (s.stage === 2) sent2++;
  }
  const rows = new Map<string, RecallRow>();
  const row = (category: ErrorCategory, kind: ErrorKind | undefined): RecallRow => {
    const key = `${category}|${kind ?? ''}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { category, kind, label: kind ? ERROR_KINDS[kind].label : `計（${category}）`, planted: 0, notInReview: 0, stage1: 0, stage12: 0 }));
    return r;
  };
  let hits = 0;
  const counted = new Set<string>();
  for (const g of truth) {
    if (g.claim === null || !categories.includes(g.category)) continue;
    const key = `${g.file}#${g.claim}`;
    if (counted.has(key)) continue;
    counted.add(key);
    const s = at.get(key);
    const by1 = !!s && s.queue !== 'auto' && s.stage === 1;
    const by12 = !!s && s.queue !== 'auto';
    if (s?.stage === 2) hits++;
    for (const r of [row(g.category, undefined), row(g.category, g.kind)]) {
      if (!s) {
        r.notInReview++;
        continue;
      }
      r.planted++;
      if (by1) r.stage1++;
      if (by12) r.stage12++;
    }
  }
  const order = Object.keys(ERROR_KINDS);
  const ranked = [...rows.values()].sort((a, b) => categories.indexOf(a.category) - categories.indexOf(b.category)
    || (a.kind ? order.indexOf(a.kind) : -1) - (b.kind ? order.indexOf(b.kind) : -1));
  return { claims, toPeopleStage1: claims ? stage1 / claims : 0, toPeople: claims ? people / claims : 0, sentByStage2: sent2, stage2Hits: hits, rows: ranked };
}

const pct = (n: number, d: number): string => `${(d ? (100 * n) / d : 0).toFixed(1).padStart(5)}%`;

/** In Japanese, for the terminal. */
export function formatRiskRecall(r: RiskRecall): string[] {
  const w = Math.max(24, ...r.rows.map((x) => textWidth(x.label) + (x.kind ? 2 : 0)));
  const apart = r.rows.filter((x) => !x.kind).reduce((n, x) => n + x.notInReview, 0);
  const out = [
    `人が見る割合: 第1段階（振分表）${(100 * r.toPeopleStage1).toFixed(1)}%・第1+2段階（リスク順位を含む）${(100 * r.toPeople).toFixed(1)}%（レセプト ${r.claims.toLocaleString()}件、第2段階で ${r.sentByStage2.toLocaleString()}件、うち埋め込んだ誤りあり ${r.stage2Hits}件）`,
    `${padToWidth('誤りの種類', w)}  埋込  第1段階  再現率  第1+2段階  再現率`,
  ];
  for (const x of r.rows) {
    const label = x.kind ? `  ${x.label}` : x.label;
    out.push(`${padToWidth(label, w)} ${String(x.planted).padStart(5)} ${String(x.stage1).padStart(8)} ${pct(x.stage1, x.planted)} ${String(x.stage12).padStart(10)} ${pct(x.stage12, x.planted)}`);
  }
  if (apart) out.push(`（受付でファイルごと返戻されるなどして振分に来なかった誤り ${apart}件は除く）`);
  return out;
}
