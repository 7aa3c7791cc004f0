/**
 * 自動レポーティング per rule: findings and claims hit, their share of the checked claims, and how
 * reviewers decided the findings — upheld when the claim was returned or the finding's own line cut,
 * not upheld when confirmed as claimed; undecided findings count in neither.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { recordDecision } from '../review/record-decision.ts';
import { checkedMonth } from '../review/checked-month.test-support.ts';
import { ruleReport } from './rule-report.ts';

test('rule report: hits, share of checked claims, and upheld / decided from the review decisions', async () => {
  const { k, rules: run, dispose } = await checkedMonth({ claims: 600, seed: 21, errorRate: 0.2, sort: false });
  try {
    const before = await ruleReport(k, '13', '2025-05');
    assert.equal(before.months[0]?.claimsChecked, run.claims);
    assert.equal(before.rules.reduce((n, r) => n + r.findings, 0), run.findings);
    assert.ok(before.rules.every((r) => r.upheld === null && r.decided === 0));

    // The rule with the most findings: cut one finding's line, return another claim, confirm a third.
    const top = before.rules[0]!;
    assert.ok(top.claims >= 3, `${top.ruleId} hits ${top.claims} claims`);
    assert.equal(top.claimShare, top.claims / run.claims);
    const findings = (await sql<{ file_id: number; seq: number; line: number; record: string }>`
      select file_id, seq, line, record from rule_findings where rule_id = ${top.ruleId} and version = ${top.version} order by file_id, seq, line`.execute(k.db)).rows;
    const hits = findings.filter((f, i) => i === 0 || f.file_id !== findings[i - 1]!.file_id || f.seq !== findings[i - 1]!.seq);
    const of = (r: { file_id: number; seq: number }) => findings.filter((h) => h.file_id === r.file_id && h.seq === r.seq);
    const [cut, returned, confirmed] = hits;
    const pointsOf = async (h: { file_id: number; seq: number; line: number }): Promise<number> => {
      const c = await sql<{ body: string; first_line: number }>`select body, first_line from claims where file_id = ${h.file_id} and seq = ${h.seq}`.execute(k.db);
      return Number(c.rows[0]!.body.split('\n')[h.line - c.rows[0]!.first_line]!.split(',')[5]);
    };
    const decide = (h: { file_id: number; seq: number }, d: Parameters<typeof recordDecision>[3]) => recordDecision(k, '13', 'acct-1', { ...d, fileId: Number(h.file_id), seq: h.seq });
    const cuttable = ['SI', 'IY', 'TO'].includes(cut!.record) && (await pointsOf(cut!)) > 0;
    if (cuttable) await decide(cut!, { fileId: 0, seq: 0, decision: 'adjust', line: cut!.line, pointsAfter: 0, reasonCode: 'D' });
    else await decide(cut!, { fileId: 0, seq: 0, decision: 'return', reasonText: '記載不備' });
    await decide(returned!, { fileId: 0, seq: 0, decision: 'return', reasonText: '算定要件の確認' });
    await decide(confirmed!, { fileId: 0, seq: 0, decision: 'confirm' });
    // a note decides nothing
    if (hits[3]) await decide(hits[3], { fileId: 0, seq: 0, decision: 'note', reasonText: 'メモ' });

    const after = (await ruleReport(k, '13', '2025-05')).rules.find((r) => r.ruleId === top.ruleId && r.version === top.version)!;
    assert.equal(after.decided, of(cut!).length + of(returned!).length + of(confirmed!).length);
    // a 査定 upholds the findings on the line cut, not the claim's other findings of the rule
    const upheldOfCut = cuttable ? of(cut!).filter((f) => f.line === cut!.line).length : of(cut!).length;
    assert.equal(after.upheld, upheldOfCut + of(returned!).length);
    // another rule without decisions stays undecided
    const other = (await ruleReport(k, '13', '2025-05')).rules.filter((r) => r.ruleId !== top.ruleId && r.decided === 0);
    assert.ok(other.every((r) => r.upheld === null));
  } finally {
    await dispose();
  }
});
