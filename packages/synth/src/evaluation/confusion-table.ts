/**
 * How well checks found the planted errors of a generated month: per error kind, how many were
 * planted and found (by a finding of the kind's category on that claim, or the refusal of the file
 * for file-level errors), and how many clean claims got a finding anyway (false findings).
 */
import { ERROR_KINDS, type ErrorCategory, type ErrorKind, type GroundTruthEntry } from '../errors/error-kinds.ts';

/** What the checks said about one claim. */
export interface ObservedClaim {
  /** path relative to the generated directory, as in ground-truth.jsonl */
  file: string;
  receiptNumber: number;
  codes: readonly string[];
}

export interface ObservedFile {
  file: string;
  refused: boolean;
  codes: readonly string[];
}

export interface KindRow {
  kind: ErrorKind;
  category: ErrorCategory;
  label: string;
  planted: number;
  found: number;
}

export interface ConfusionTable {
  rows: KindRow[];
  /** claims with no planted error */
  cleanClaims: number;
  /** of the clean claims, those with a finding of the categories judged */
  falseFindings: number;
  /** the codes of those false findings, with counts */
  falseFindingCodes: Record<string, number>;
}

/** The category a finding code belongs to. */
export function categoryOf(code: string): ErrorCategory | 'intake' {
  if (code.startsWith('UKE-')) return 'format';
  if (code.startsWith('CLR-')) return 'clerical';
  if (code.startsWith('ELG-') || code === 'INT-C002') return 'eligibility';
  if (code.startsWith('INT-')) return 'intake';
  return 'check';
}

/**
 * `categories`: the categories the checks under test cover (others are left out of the table, and
 * their findings are not counted as false on clean claims).
 */
export function confusionTable(truth: readonly GroundTruthEntry[], claims: Iterable<ObservedClaim>, files: readonly ObservedFile[], categories: readonly ErrorCategory[]): ConfusionTable {
  const observed = new Map<string, readonly string[]>();
  for (const c of claims) observed.set(`${c.file}#${c.receiptNumber}`, c.codes);
  const fileOf = new Map(files.map((f) => [f.file, f]));
  const rows = new Map<ErrorKind, KindRow>();
  const planted = new Set<string>();
  for (const g of truth) {
    if (!categories.includes(g.category)) continue;
    const info = ERROR_KINDS[g.kind];
    const row = rows.get(g.kind) ?? { kind: g.kind, category: g.category, label: info.label, planted: 0, found: 0 };
    rows.set(g.kind, row);
    row.planted++;
    const f = fileOf.get(g.file);
    let found: boolean;
    if (g.claim === null) found = f?.refused === true && (info.ukeCode === undefined || f.codes.includes(info.ukeCode));
    else {
      const codes = observed.get(`${g.file}#${g.claim}`) ?? [];
      found = codes.some((c) => categoryOf(c) === g.category) || (f?.refused === true);
    }
    if (found) row.found++;
  }
  for (const g of truth) if (g.claim !== null) planted.add(`${g.file}#${g.claim}`);
  let cleanClaims = 0, falseFindings = 0;
  const falseFindingCodes: Record<string, number> = {};
  for (const [key, codes] of observed) {
    if (planted.has(key)) continue;
    cleanClaims++;
    const wrong = codes.filter((c) => (categories as readonly string[]).includes(categoryOf(c)));
    if (wrong.length) falseFindings++;
    for (const c of wrong) falseFindingCodes[c] = (falseFindingCodes[c] ?? 0) + 1;
  }
  const order = Object.keys(ERROR_KINDS);
  return { rows: [...rows.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)), cleanClaims, falseFindings, falseFindingCodes };
}

/** Columns as a terminal shows them: East Asian wide characters take two. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
export const padToWidth = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - textWidth(s)));

/** The table as text, in Japanese, for the demo and the benchmark. */
export function formatConfusionTable(t: ConfusionTable): string[] {
  const labelWidth = Math.max(20, ...t.rows.map((r) => textWidth(r.label)));
  const out = [`${padToWidth('誤りの種類', labelWidth)}  埋込  検出  再現率  kind`];
  for (const r of t.rows) {
    out.push(`${padToWidth(r.label, labelWidth)} ${String(r.planted).padStart(5)} ${String(r.found).padStart(5)}  ${(r.planted ? (100 * r.found) / r.planted : 0).toFixed(1).padStart(5)}%  ${r.kind}`);
  }
  const total = t.rows.reduce((a, r) => ({ p: a.p + r.planted, f: a.f + r.found }), { p: 0, f: 0 });
  out.push(`合計 ${total.f}/${total.p}・誤りのないレセプト ${t.cleanClaims.toLocaleString()}件のうち指摘あり ${t.falseFindings}件${t.falseFindings ? `（${Object.entries(t.falseFindingCodes).map(([c, n]) => `${c} ${n}`).join('、')}）` : ''}`);
  return out;
}
