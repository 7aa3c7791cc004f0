/**
 * By when a case may be asked for. Counted from the claim's 請求月: the month the claim was billed and
 * decided, which kokuho knows as the 処理月 of the claim's first postings; a claim not posted yet
 * counts from the month its file was received (受付, Japan time): a claim billed late (月遅れ: March
 * treatment billed in June) is reviewed in the month it came in, not in the month after its 診療月,
 * so counting from the 診療月 would close its 取下げ before it was even received. Only when the
 * receipt is not known either does it count from the month after the 診療月 (claims for month M are
 * billed by the 10th of M+1 and reviewed in M+1: rules-reference.md §10.1).
 *
 * - 再審査: 原則 within 6 months from the month after the 請求月 (Gunma 国保連, rules-reference.md §9.3;
 *   "up to 6 months later", §10.1). The 6 months are the 6 calendar months after the 請求月; the last
 *   day to ask is the last day of the 6th (請求月 2025-06 → 2025-07 … 2025-12 → 2025-12-31). For
 *   insurers the limit is a 紳士協定 rather than law (§9.3); kokuho enforces it for both.
 * - 取下げ before payment: by about the 20th of the 請求月 (Gunma; Fukuoka's flow, §9.3 and §10.1);
 *   kokuho takes the 20th itself. After payment a 取下げ reverses money like a 過誤 and has no limit.
 * - 過誤 and 再請求: the references give no limit; none is enforced and the basis says so.
 */
import { addMonths, formatWareki, monthEnd, type IsoDate, type YearMonth } from '../common/dates.ts';
import type { CorrectionKind } from './case-types.ts';

export interface Deadline {
  /** Last day to ask (inclusive), or undefined: no limit. */
  deadline: IsoDate | undefined;
  /** How it was counted, in Japanese. */
  basis: string;
}

export interface DeadlineFacts {
  serviceMonth: YearMonth;
  /** 処理月 of the claim's first postings; undefined when the claim was never posted. */
  firstPostingMonth: YearMonth | undefined;
  /** Month (Japan time) the claim's file was received; undefined when not known. */
  receivedMonth: YearMonth | undefined;
  /** The claim has money in the books that is not reversed. */
  paid: boolean;
}

/** 請求月 of a claim (see the header). */
export const billingMonthOf = (f: Pick<DeadlineFacts, 'serviceMonth' | 'firstPostingMonth' | 'receivedMonth'>): YearMonth =>
  f.firstPostingMonth ?? f.receivedMonth ?? addMonths(f.serviceMonth, 1);

export const RE_REVIEW_MONTHS = 6;
export const WITHDRAWAL_DAY = 20;

export function caseDeadline(kind: CorrectionKind, f: DeadlineFacts): Deadline {
  const billing = billingMonthOf(f);
  switch (kind) {
    case 're-review': {
      const deadline = monthEnd(addMonths(billing, RE_REVIEW_MONTHS));
      return { deadline, basis: `請求月（${billing}）の翌月から${RE_REVIEW_MONTHS}か月以内（原則）: ${formatWareki(deadline)}まで` };
    }
    case 'withdrawal': {
      if (f.paid) return { deadline: undefined, basis: '支払後の取下げ（記帳を取り消す）: 期限の定めなし' };
      const deadline = `${billing}-${WITHDRAWAL_DAY}`;
      return { deadline, basis: `支払前の取下げは請求月（${billing}）の${WITHDRAWAL_DAY}日まで: ${formatWareki(deadline)}まで` };
    }
    case 'correction':
      return { deadline: undefined, basis: '過誤の申出の期限は参照資料に記載がないため定めていません' };
    case 'resubmission':
      return { deadline: undefined, basis: '再請求の期限は参照資料に記載がないため定めていません（申出日を記録）' };
  }
}

export const isPastDeadline = (d: Deadline, requestedOn: IsoDate): boolean => d.deadline !== undefined && requestedOn > d.deadline;
