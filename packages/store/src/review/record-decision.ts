/**
 * A reviewer's decision on a claim (issue 5): 査定 of a line (points after, 事由 and text), 返戻 of the
 * claim with a reason, confirm as claimed, hold, or a note. The decision and its audit entry commit
 * together; nothing is ever updated in place (a later decision supersedes an earlier one).
 */
import type { Transaction } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { REASON_CODES } from '@kokuho/core/review';
import type { KokuhoDb } from '../db/database.ts';
import type { Schema } from '../schema.ts';
import { appendAudit } from './audit-log.ts';

export type DecisionKind = 'adjust' | 'return' | 'confirm' | 'hold' | 'note';

export interface DecisionInput {
  fileId: number;
  seq: number;
  decision: DecisionKind;
  /** 査定: the line (1-based, of the file) and its points after the cut. */
  line?: number;
  pointsAfter?: number;
  /** 増減点事由 A–K for 査定. */
  reasonCode?: string;
  reasonText?: string;
  /**
   * Whose claims the decider may decide: a federation's reviewers decide its own queues, the central
   * association's 特別審査委員会 (central staff) the 特別審査 queue. Unset: both (batch work, tests).
   */
  authority?: DecisionAuthority;
}

export interface DecisionAuthority {
  ordinary: boolean;
  special: boolean;
}

/** Why a decision is refused, in Japanese. */
export class DecisionError extends Error {
  constructor(readonly code: 'NOT_FOUND' | 'INVALID' | 'NOT_ALLOWED', message: string) {
    super(message);
  }
}

const STATUS_AFTER: Partial<Record<DecisionKind, string>> = { return: 'decided', confirm: 'decided', hold: 'held' };
const REASON_CODE_LIST: readonly string[] = REASON_CODES.map((r) => r.code);

export async function recordDecision(k: KokuhoDb, federation: FederationCode, accountId: string, d: DecisionInput): Promise<{ decisionId: number; auditEntry: number }> {
  return k.withFederation(federation, (trx) => recordDecisionIn(trx, federation, accountId, d));
}

/** recordDecision inside the caller's federation-bound transaction (several decisions that commit together). */
export async function recordDecisionIn(trx: Transaction<Schema>, federation: FederationCode, accountId: string, d: DecisionInput): Promise<{ decisionId: number; auditEntry: number }> {
  const claim = await trx.selectFrom('claims').select(['first_line', 'body', 'state', 'outcome']).where('file_id', '=', d.fileId).where('seq', '=', d.seq).executeTakeFirst();
  if (!claim || claim.state !== 'current') throw new DecisionError('NOT_FOUND', 'レセプトが見つかりません');
  const item = await trx.selectFrom('review_items').select(['status', 'queue']).where('file_id', '=', d.fileId).where('seq', '=', d.seq).executeTakeFirst();
  const refusal = authorityRefusal(item?.queue, d.authority);
  if (refusal) throw new DecisionError('NOT_ALLOWED', refusal);
  let code: string | null = null, pointsBefore: number | null = null;
  if (d.decision === 'adjust') {
    const text = d.line === undefined ? undefined : claim.body.split('\n')[d.line - claim.first_line];
    const f = text?.split(',') ?? [];
    if (!text || !['SI', 'IY', 'TO'].includes(f[0]!) || !/^\d+$/.test(f[5] ?? '')) throw new DecisionError('INVALID', '査定は点数のある診療行為・医薬品・特定器材の行に対して行います');
    if (d.pointsAfter === undefined || !Number.isInteger(d.pointsAfter) || d.pointsAfter < 0 || d.pointsAfter >= Number(f[5])) throw new DecisionError('INVALID', `査定後の点数は0以上、請求点数（${f[5]}点）未満の整数です`);
    if (!REASON_CODE_LIST.includes(d.reasonCode ?? '')) throw new DecisionError('INVALID', `増減点事由（${REASON_CODE_LIST.join('・')}）を指定してください`);
    code = f[3] ?? null;
    pointsBefore = Number(f[5]);
  }
  if (d.decision === 'return' && !d.reasonText?.trim()) throw new DecisionError('INVALID', '返戻の理由を記載してください');
  const row = await trx.insertInto('review_decisions').values({
    federation_code: federation, file_id: d.fileId, seq: d.seq, decision: d.decision, line: d.decision === 'adjust' ? d.line! : null, code,
    points_before: pointsBefore, points_after: d.decision === 'adjust' ? d.pointsAfter! : null,
    reason_code: d.reasonCode ?? '', reason_text: d.reasonText ?? '', account_id: accountId,
  }).returning('decision_id').executeTakeFirstOrThrow();
  const status = STATUS_AFTER[d.decision];
  if (item && status && item.status !== status) {
    await trx.updateTable('review_items').set({ status }).where('file_id', '=', d.fileId).where('seq', '=', d.seq).execute();
  }
  const audit = await appendAudit(trx, federation, {
    accountId, action: `review.${d.decision}`, target: { fileId: d.fileId, seq: d.seq, decisionId: Number(row.decision_id), ...(d.line ? { line: d.line } : {}) },
    before: { status: item?.status ?? null, ...(pointsBefore !== null ? { points: pointsBefore } : {}) },
    after: { status: status ?? item?.status ?? null, ...(d.pointsAfter !== undefined ? { points: d.pointsAfter } : {}), reasonCode: d.reasonCode ?? '', reasonText: d.reasonText ?? '' },
  });
  return { decisionId: Number(row.decision_id), auditEntry: audit.entryNo };
}

/** Why this decider may not decide a claim of this queue, or undefined when they may. */
export function authorityRefusal(queue: string | undefined, authority: DecisionAuthority = { ordinary: true, special: true }): string | undefined {
  if (queue === 'special' && !authority.special) return '特別審査の対象のレセプトは国保中央会の特別審査委員会が決定します';
  if (queue !== 'special' && !authority.ordinary) return 'このレセプトは連合会の審査（審査委員・事務共助）で決定します';
  return undefined;
}
