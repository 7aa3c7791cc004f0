/** How `kokuho corrections` prints a case for people (Japanese): one line per case, or the case in full. */
import {
  CASE_ACTION_LABELS, CASE_STATE_LABELS, caseReasonLabel, CORRECTION_KIND_LABELS, CORRECTION_TIMING_LABELS, OUTCOME_LABELS, type CorrectionCase,
} from '@kokuho/core/corrections';
import { formatWareki } from '@kokuho/core/common';
import type { CaseDetail } from '@kokuho/store/corrections';

const ACCOUNT_LABELS: Record<string, string> = { 'insurer-benefit': '保険者負担', 'public-expense': '公費負担', 'provider-payment': '医療機関への支払', 'review-fee': '審査支払手数料', settlement: '全国決済' };
export const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;
const ref = (r: { fileId: number; seq: number }): string => `${r.fileId}:${r.seq}`;

export function kindText(c: CorrectionCase): string {
  return c.timing ? `${CORRECTION_KIND_LABELS[c.kind]}（${CORRECTION_TIMING_LABELS[c.timing]}）` : CORRECTION_KIND_LABELS[c.kind];
}

export function requesterText(c: CorrectionCase): string {
  return `${c.requester.type === 'insurer' ? '保険者' : '医療機関'} ${c.requester.code}`;
}

export function caseLine(c: CorrectionCase): string {
  const outcome = c.outcome ? `・${OUTCOME_LABELS[c.outcome.type]}` : '';
  const month = c.postingMonth ? `・処理月 ${c.postingMonth}` : '';
  return `No.${c.caseId} ${kindText(c)} レセプト ${ref(c.claim)} ${requesterText(c)} ${c.requestedOn}申出 ${CASE_STATE_LABELS[c.state]}${outcome}${month} 理由: ${caseReasonLabel(c.reasonCode)}`;
}

export function caseDetailLines(d: CaseDetail): string[] {
  const c = d.case;
  const out = [
    `申出番号 ${c.caseId}: ${kindText(c)}（${CASE_STATE_LABELS[c.state]}）`,
    `  レセプト ${ref(c.claim)}${c.newClaim ? `、再請求のレセプト ${ref(c.newClaim)}` : ''}`,
    `  申出者 ${requesterText(c)}（入力 ${c.enteredBy}）、申出日 ${c.requestedOn}`,
    `  理由 ${caseReasonLabel(c.reasonCode)}${c.reasonText ? `: ${c.reasonText}` : ''}`,
    `  期限 ${c.deadline ? `${c.deadline}（${formatWareki(c.deadline)}）` : 'なし'} — ${c.deadlineBasis}`,
  ];
  if (c.outcome) {
    out.push(`  決定 ${OUTCOME_LABELS[c.outcome.type]}（${c.decidedOn}、処理月 ${c.postingMonth}）`);
    if (c.outcome.type === 'adjusted') {
      for (const cut of c.outcome.cuts) out.push(`    ${cut.line}行目 ${cut.code}: ${cut.pointsBefore}点 → ${cut.pointsAfter}点 × ${cut.count}回（事由 ${cut.reasonCode}）`);
    }
  }
  out.push('  経過:');
  for (const e of d.events) out.push(`    ${e.eventNo}. ${e.at} ${CASE_ACTION_LABELS[e.action]}（${e.fromState ? `${CASE_STATE_LABELS[e.fromState]} → ` : ''}${CASE_STATE_LABELS[e.toState]}） ${e.accountId}${e.reason ? ` 「${e.reason}」` : ''}`);
  if (d.entries.length) {
    out.push('  記帳:');
    for (const e of d.entries) out.push(`    ${e.postingMonth} ${ACCOUNT_LABELS[e.account] ?? e.account} ${yen(e.amount)}（${e.debtor.type}:${e.debtor.code} → ${e.creditor.type}:${e.creditor.code}）`);
  }
  return out;
}

export function balanceLines(byAccount: Record<string, number>): string[] {
  return Object.entries(byAccount).filter(([, n]) => n !== 0).map(([a, n]) => `  ${ACCOUNT_LABELS[a] ?? a}: ${yen(n)}`);
}
