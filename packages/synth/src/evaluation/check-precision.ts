/**
 * Precision and recall of the computer checks per planted kind: a kind is caught by the rules whose
 * ids it names (below); a claim those rules flag counts toward the kind's precision only when that
 * kind was planted on it.
 */
import { ERROR_KINDS, type ErrorKind, type GroundTruthEntry } from '../errors/error-kinds.ts';
import { padToWidth, textWidth, type ObservedClaim } from './confusion-table.ts';

/** Rule ids (prefixes) that catch each planted kind of the `check` category. */
export const RULES_OF_KIND: Partial<Record<ErrorKind, readonly string[]>> = {
  'duplicate-same-day': ['CNT-DAY-'],
  // Not 'CNT-D' alone: CNT-DAY- (one a day) is duplicate-same-day's.
  'over-frequency': ['CNT-D0', 'CNT-D1', 'CNT-D2', 'CNT-D3', 'CNT-D4', 'CNT-B', 'CNT-C', 'CNT-E', 'CNT-F', 'CNT-N'],
  'drug-without-indication': ['IND-'],
  // TAT-A (初診); the other 縦覧 rules (TAT-D217 …) count items over months.
  'initial-visit-consecutive-month': ['TAT-A'],
  'age-limited-item': ['AGE-'],
  'outpatient-management-with-procedure': ['EXC-OPM-'],
  'missing-specific-disease': ['DX-'],
  'sex-specific-item': ['SEX-'],
  'judgement-fee-across-claims': ['YOK-'],
  'short-stay-bundled-item': ['BND-'],
  'daily-dose-over-max': ['DOSE-'],
  'new-drug-over-14-days': ['DAYS-NEW'],
  'pharmacy-drug-without-indication': ['TOT-IND'],
  'pharmacy-without-prescriber-claim': ['TOT-RX'],
};

export interface PrecisionRow {
  kind: string;
  label: string;
  rules: readonly string[];
  planted: number;
  flagged: number;
  /** flagged claims on which the kind was planted */
  correct: number;
  recall: number;
  precision: number;
}

export function checkPrecision(truth: readonly GroundTruthEntry[], claims: Iterable<ObservedClaim>, rulesOfKind: Partial<Record<string, readonly string[]>> = RULES_OF_KIND): PrecisionRow[] {
  const plantedOn = new Map<string, Set<string>>();
  for (const g of truth) {
    if (g.claim === null) continue;
    const key = `${g.file}#${g.claim}`;
    (plantedOn.get(key) ?? plantedOn.set(key, new Set()).get(key)!).add(g.kind);
  }
  const observed = [...claims];
  const rows: PrecisionRow[] = [];
  for (const [kind, rules] of Object.entries(rulesOfKind)) {
    if (!rules) continue;
    const planted = [...plantedOn.values()].filter((s) => s.has(kind)).length;
    let flagged = 0, correct = 0;
    for (const c of observed) {
      if (!c.codes.some((code) => rules.some((r) => code.startsWith(r)))) continue;
      flagged++;
      if (plantedOn.get(`${c.file}#${c.receiptNumber}`)?.has(kind)) correct++;
    }
    rows.push({
      kind, label: ERROR_KINDS[kind as ErrorKind]?.label ?? kind, rules, planted, flagged, correct,
      recall: planted ? correct / planted : 1, precision: flagged ? correct / flagged : 1,
    });
  }
  return rows;
}

export function formatCheckPrecision(rows: readonly PrecisionRow[]): string[] {
  const labels = rows.map((r) => `${r.label}（${r.rules.join(' ')}）`);
  const w = Math.max(24, ...labels.map(textWidth));
  const out = [`${padToWidth('誤りの種類（ルール）', w)}  埋込  指摘  正解  再現率  適合率`];
  for (const [i, r] of rows.entries()) {
    out.push(`${padToWidth(labels[i]!, w)} ${String(r.planted).padStart(5)} ${String(r.flagged).padStart(5)} ${String(r.correct).padStart(5)}  ${(100 * r.recall).toFixed(1).padStart(5)}%  ${(100 * r.precision).toFixed(1).padStart(5)}%`);
  }
  return out;
}
