/** Japanese labels of the codes the screens show. */
import type { DecisionKind, ItemStatus } from '../api/types.ts';

export const KIND_LABELS: Record<string, string> = { medical: '医科', dpc: 'DPC', pharmacy: '調剤', dental: '歯科' };
export const kindLabel = (k: string): string => KIND_LABELS[k] ?? k;

export const STATUS_LABELS: Record<ItemStatus, string> = { open: '未処理', held: '保留', decided: '処理済' };
export const statusLabel = (s: string): string => STATUS_LABELS[s as ItemStatus] ?? s;

export const DECISION_LABELS: Record<DecisionKind, string> = { adjust: '査定', return: '返戻', confirm: '確定', hold: '保留', note: 'メモ' };
export const decisionLabel = (d: string): string => DECISION_LABELS[d as DecisionKind] ?? d;

/** 増減点事由: the server's own list (store/review/record-decision.ts accepts these codes). */
export { REASON_CODES, reasonLabel } from '../../../core/src/review/reason-codes.ts';

/** A rule's proposed action. */
export const ACTION_LABELS: Record<string, string> = { satei: '査定', henrei: '返戻', chui: '注意' };

/** Record ids of the UKE lines a reviewer may meet outside the sheet's groups. */
export const RECORD_LABELS: Record<string, string> = {
  IR: '医療機関', RE: 'レセプト共通', HO: '保険者', KO: '公費', SN: '資格確認', JD: '受診日等', MF: '窓口負担', SY: '傷病名',
  SI: '診療行為', IY: '医薬品', TO: '特定器材', CO: 'コメント', SJ: '症状詳記', GO: '診療報酬請求書',
};

export const points = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : n.toLocaleString('ja-JP'));
