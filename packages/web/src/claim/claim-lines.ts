/** What the claim screen needs to know about the claim's lines: findings by line, the lines to select, a line's points. */
import type { ClaimDetail, ClericalFindingRow, DecisionRow, RuleFindingRow } from '../api/types.ts';

export interface LineFindings {
  rule: RuleFindingRow[];
  clerical: ClericalFindingRow[];
}

export function findingsByLine(d: ClaimDetail): Map<number, LineFindings> {
  const m = new Map<number, LineFindings>();
  const at = (line: number): LineFindings => {
    let f = m.get(line);
    if (!f) m.set(line, (f = { rule: [], clerical: [] }));
    return f;
  };
  for (const f of d.findings) at(f.line).rule.push(f);
  for (const f of d.clerical) at(f.line ?? 0).clerical.push(f);
  return m;
}

/** Lines placed somewhere on the sheet (a finding on another line is shown at the top). */
export function placedLines(d: ClaimDetail): Set<number> {
  const s = d.sheet;
  if (!s) return new Set(d.lines.map((l) => l.line));
  const lines = [
    ...(s.header.line ? [s.header.line] : []),
    ...s.payers.flatMap((p) => (p.line ? [p.line] : [])),
    ...s.diagnoses.map((x) => x.line),
    ...s.groups.flatMap((g) => g.lines.map((l) => l.line)),
    ...s.comments.map((c) => c.line),
    ...(s.symptomNotes ?? []).map((n) => n.line),
    ...s.otherRecords.map((r) => r.line),
  ];
  return new Set(lines);
}

/** The lines ↑ / ↓ move through: the sheet's 診療行為・医薬品・特定器材 lines, or every raw line. */
export function selectableLines(d: ClaimDetail): number[] {
  return d.sheet ? d.sheet.groups.flatMap((g) => g.lines.map((l) => l.line)) : d.lines.map((l) => l.line);
}

export interface LineInfo {
  line: number;
  record: string;
  code: string;
  name: string;
  points: number | null;
  count: number | null;
}

const ADJUSTABLE = ['SI', 'IY', 'TO'];

export function lineInfo(d: ClaimDetail, line: number): LineInfo | undefined {
  if (d.sheet) {
    for (const g of d.sheet.groups) {
      const l = g.lines.find((x) => x.line === line);
      if (l) return { line, record: l.record, code: l.code, name: l.name || l.code, points: l.points, count: l.count };
    }
  }
  const raw = d.lines.find((l) => l.line === line);
  if (!raw) return undefined;
  const f = raw.text.split(',');
  const n = (s: string | undefined): number | null => (s && /^\d+$/.test(s) ? Number(s) : null);
  return { line, record: f[0] ?? '', code: f[3] ?? '', name: f[3] ?? '', points: n(f[5]), count: n(f[6]) };
}

/** Whether a 査定 can be entered on the line (a 診療行為・医薬品・特定器材 with points). */
export const adjustable = (l: LineInfo | undefined): l is LineInfo & { points: number } => !!l && ADJUSTABLE.includes(l.record) && (l.points ?? 0) > 0;

/** The latest 査定 of each line. */
export function adjustmentsByLine(decisions: DecisionRow[]): Map<number, DecisionRow> {
  const m = new Map<number, DecisionRow>();
  for (const d of decisions) if (d.decision === 'adjust' && d.line !== null) m.set(d.line, d);
  return m;
}

export const lineId = (line: number): string => `L${line}`;
