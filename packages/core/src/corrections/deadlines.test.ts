/**
 * Deadlines of cases, worked examples. 再審査: 原則 within 6 months from the month after the 請求月
 * (rules-reference.md §9.3, Gunma 国保連; §10.1 "up to 6 months later"); the 請求月 is the 処理月 of the
 * claim's first postings, else the month its file was received (a 月遅れ claim is billed when it comes
 * in), else the month after the 診療月 (§10.1: claims of M are billed in M+1).
 * 取下げ before payment: by the 20th of the 請求月 (§9.3, Gunma; §10.1, Fukuoka). 過誤 and 再請求: no
 * limit in the references.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CorrectionKind } from './case-types.ts';
import { caseDeadline, isPastDeadline, type DeadlineFacts } from './deadlines.ts';

const CASES: [string, CorrectionKind, DeadlineFacts, string | undefined][] = [
  ['再審査: 5月診療・6月請求 → 7月から12月の6か月', 're-review', { serviceMonth: '2025-05', firstPostingMonth: '2025-06', receivedMonth: '2025-06', paid: true }, '2025-12-31'],
  ['再審査: 10月診療・11月請求 → 翌年5月末（年をまたぐ）', 're-review', { serviceMonth: '2025-10', firstPostingMonth: '2025-11', receivedMonth: '2025-11', paid: true }, '2026-05-31'],
  ['再審査: 月遅れ（3月診療を6月に請求）は請求月から数える', 're-review', { serviceMonth: '2025-03', firstPostingMonth: '2025-06', receivedMonth: '2025-06', paid: true }, '2025-12-31'],
  ['再審査: 記帳も受付月もないレセプトは診療月の翌月を請求月とする', 're-review', { serviceMonth: '2025-05', firstPostingMonth: undefined, receivedMonth: undefined, paid: false }, '2025-12-31'],
  ['再審査: 8月請求 → 翌年2月末（平年28日）', 're-review', { serviceMonth: '2026-07', firstPostingMonth: '2026-08', receivedMonth: '2026-08', paid: true }, '2027-02-28'],
  ['取下げ（支払前）: 受付月が分からなければ診療月の翌月の20日', 'withdrawal', { serviceMonth: '2025-05', firstPostingMonth: undefined, receivedMonth: undefined, paid: false }, '2025-06-20'],
  ['取下げ（支払前）: 受付月が分かれば受付月を請求月とする（期限どおりの請求）', 'withdrawal', { serviceMonth: '2025-05', firstPostingMonth: undefined, receivedMonth: '2025-06', paid: false }, '2025-06-20'],
  ['取下げ（支払前）: 月遅れ（3月診療を6月に受付）は受付月の20日', 'withdrawal', { serviceMonth: '2025-03', firstPostingMonth: undefined, receivedMonth: '2025-06', paid: false }, '2025-06-20'],
  ['再審査: 月遅れで記帳前のレセプトは受付月から数える', 're-review', { serviceMonth: '2025-03', firstPostingMonth: undefined, receivedMonth: '2025-06', paid: false }, '2025-12-31'],
  ['再審査: 記帳済みなら受付月より最初の処理月', 're-review', { serviceMonth: '2025-03', firstPostingMonth: '2025-07', receivedMonth: '2025-06', paid: true }, '2026-01-31'],
  ['取下げ（支払後）: 期限なし（過誤と同じ）', 'withdrawal', { serviceMonth: '2025-05', firstPostingMonth: '2025-06', receivedMonth: '2025-06', paid: true }, undefined],
  ['過誤: 期限なし', 'correction', { serviceMonth: '2025-05', firstPostingMonth: '2025-06', receivedMonth: '2025-06', paid: true }, undefined],
  ['再請求: 期限なし（記録のみ）', 'resubmission', { serviceMonth: '2025-05', firstPostingMonth: undefined, receivedMonth: undefined, paid: false }, undefined],
];

for (const [name, kind, facts, expected] of CASES) {
  test(`期限: ${name}`, () => {
    const d = caseDeadline(kind, facts);
    assert.equal(d.deadline, expected);
    assert.ok(d.basis.length > 0);
  });
}

test('the deadline day itself is in time, the day after is late', () => {
  const d = caseDeadline('re-review', { serviceMonth: '2025-05', firstPostingMonth: '2025-06', receivedMonth: '2025-06', paid: true });
  assert.match(d.basis, /令和7年12月31日まで/);
  assert.deepEqual(['2025-07-01', '2025-12-31', '2026-01-01'].map((on) => isPastDeadline(d, on)), [false, false, true]);
  assert.equal(isPastDeadline(caseDeadline('correction', { serviceMonth: '2020-01', firstPostingMonth: '2020-02', receivedMonth: '2020-02', paid: true }), '2030-01-01'), false);
});
