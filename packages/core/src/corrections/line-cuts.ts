/**
 * The 査定 of a 再審査: lines cut below their points as they stand after the first review, with a
 * 増減点事由 (rules-reference.md §9.3). Like a reviewer's 査定 (store/review/record-decision.ts), a cut
 * is on a line with points (SI 診療行為, IY 医薬品, TO 特定器材: 点数 at index 5, 回数 at index 6) and the
 * points taken off are (before − after) × 回数.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { REASON_CODES } from '../review/reason-codes.ts';
import type { LineCut } from './case-types.ts';
import { correctionError, type CorrectionError } from './correction-errors.ts';

export interface CutRequest {
  line: number;
  pointsAfter: number;
  reasonCode: string;
}

/** A line of the claim as stored, with its points after the first review's 査定 (if any). */
export interface StoredLine {
  fields: readonly string[];
  /** The first review's points_after for the line, or undefined when it was not cut. */
  reviewedPoints: number | undefined;
}

const REASONS: readonly string[] = REASON_CODES.map((r) => r.code);

export function lineCuts(requests: readonly CutRequest[], lineOf: (line: number) => StoredLine | undefined): Result<LineCut[], CorrectionError> {
  if (!requests.length) return fail(correctionError('INVALID_CUT', '査定する行を1行以上指定してください'));
  const cuts: LineCut[] = [];
  for (const r of requests) {
    if (cuts.some((c) => c.line === r.line)) return fail(correctionError('INVALID_CUT', `${r.line}行目が2回指定されています`));
    const l = lineOf(r.line);
    const f = l?.fields ?? [];
    if (!l || !['SI', 'IY', 'TO'].includes(f[0] ?? '') || !/^\d+$/.test(f[5] ?? '')) return fail(correctionError('INVALID_CUT', `${r.line}行目は点数のある診療行為・医薬品・特定器材の行ではありません`));
    const before = l.reviewedPoints ?? Number(f[5]);
    if (!Number.isSafeInteger(r.pointsAfter) || r.pointsAfter < 0 || r.pointsAfter >= before) return fail(correctionError('INVALID_CUT', `${r.line}行目の査定後の点数は0以上、いまの点数（${before}点）未満の整数です`));
    if (!REASONS.includes(r.reasonCode)) return fail(correctionError('INVALID_CUT', `増減点事由（${REASONS.join('・')}）を指定してください`));
    cuts.push({ line: r.line, code: f[3] ?? '', pointsBefore: before, pointsAfter: r.pointsAfter, count: Number(f[6]) || 1, reasonCode: r.reasonCode });
  }
  return ok(cuts);
}

export const pointsTakenOffByCuts = (cuts: readonly LineCut[]): number => cuts.reduce((n, c) => n + (c.pointsBefore - c.pointsAfter) * c.count, 0);
