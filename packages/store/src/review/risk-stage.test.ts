/**
 * The second stage of 振分 end to end on PGlite, on two generated months of one population: April is
 * taken in, checked, sorted and reviewed by the simulated reviewers (the ground truth's decisions);
 * the model learned from April ranks May's 自動完結 claims. No rule finds the judgement errors (stage 1
 * sends none of them to people); stage 2, within 3% of the month, sends most of them; sorting again
 * picks the same claims, and a claim a person holds keeps its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { YearMonth } from '@kokuho/core/common';
import { readSortingTable } from '@kokuho/core/review';
import { generateMonth, plantedForReview, riskRecall, type GroundTruthEntry } from '@kokuho/synth';
import { createTestDatabase } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from '../intake/intake-files.ts';
import { readRuleDirectory } from '../rules/read-rule-directory.ts';
import { runRulesForMonth } from '../rules/run-rules-month.ts';
import { sortMonth } from './sort-month.ts';
import { simulateReviewers, SIMULATED_REVIEWER } from './simulate-reviewers.ts';
import { sortedClaims } from './sorted-claims.ts';
import { trainRiskModel } from './train-risk-model.ts';

const CLAIMS = 3000;
const SHARE = 0.03;
const months = ['2025-04', '2025-05'] as const;
const dirs = months.map((m) => {
  const dir = mkdtempSync(join(tmpdir(), `kokuho-risk-${m}-`));
  generateMonth({ federation: '13', month: m, claims: CLAIMS, outDir: dir, seed: 5, mastersDir: 'data/sample-masters' });
  return dir;
});
const truthOf = (dir: string): GroundTruthEntry[] => readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GroundTruthEntry);
const table = readSortingTable('review/sorting.csv', readFileSync('review/sorting.csv', 'utf8'));
const rules = readRuleDirectory('rules').ruleSet;

test('振分 第2段階: learned from last month’s reviews, it sends this month’s judgement errors to people within its share', async () => {
  assert.ok(table.ok);
  const k = await createTestDatabase('pglite');
  try {
    await importMasterFiles(k.db, ['data/sample-masters']);
    for (const [i, month] of months.entries()) {
      await loadRegistryDirectory(k, '13', dirs[i]!);
      const files = readdirSync(join(dirs[i]!, 'claims')).sort().map((p) => ({ path: join(dirs[i]!, 'claims', p, 'RECEIPTC.UKE'), name: `claims/${p}/RECEIPTC.UKE` }));
      await intakeFiles(k, files, { federation: '13', month });
      await runRulesForMonth(k, { federation: '13', month, ruleSet: rules });
    }

    // April: stage 1, then the simulated reviewers decide.
    await sortMonth(k, '13', months[0], table.value);
    const sim = await simulateReviewers(k, '13', months[0], plantedForReview(truthOf(dirs[0]!)));
    // the rules flag no clean claim: everyone in a queue carries a planted error (nothing left to confirm as billed)
    assert.ok(sim.adjusted > 50 && sim.returned > 0, JSON.stringify(sim));
    assert.deepEqual(await simulateReviewers(k, '13', months[0], plantedForReview(truthOf(dirs[0]!))).then((r) => [r.adjusted, r.returned, r.confirmed]), [0, 0, 0], 'a second run adds nothing');
    const accounts = await k.withFederation('13', (trx) => trx.selectFrom('review_decisions').select('account_id').distinct().execute());
    assert.deepEqual(accounts.map((a) => a.account_id), [SIMULATED_REVIEWER]);

    const truth = truthOf(dirs[1]!);
    const judgement = truth.filter((t) => t.category === 'judgement');
    assert.ok(judgement.length >= 10, `${judgement.length} judgement errors in May`);
    // No rule finds them: no finding on their claims.
    const flagged = await k.withFederation('13', (trx) => trx.selectFrom('rule_findings as x')
      .innerJoin('intake_files as f', (j) => j.onRef('f.file_id', '=', 'x.file_id'))
      .innerJoin('claims as c', (j) => j.onRef('c.file_id', '=', 'x.file_id').onRef('c.seq', '=', 'x.seq'))
      .select(['f.file_name', 'c.receipt_number', 'x.rule_id']).where('x.service_month', '=', months[1]).execute());
    const judged = new Set(judgement.map((t) => `${t.file}#${t.claim}`));
    assert.deepEqual(flagged.filter((f) => judged.has(`${f.file_name}#${f.receipt_number}`)), []);

    // May, stage 1 alone: every check error goes to people, no judgement error does.
    const one = await sortMonth(k, '13', months[1], table.value);
    const r1 = riskRecall(truth, await sortedClaims(k, '13', months[1]));
    const total = (category: string) => r1.rows.find((r) => r.category === category && !r.kind)!;
    assert.equal(total('check').stage1, total('check').planted);
    assert.equal(total('judgement').stage1, 0);
    assert.equal(one.toPeople, one.toPeopleStage1);

    // The model of April, and May with stage 2.
    const trained = await trainRiskModel(k, '13', months[1] as YearMonth);
    assert.deepEqual(trained.months, [months[0]]);
    assert.equal(trained.undecided, 0);
    assert.equal(trained.model.adjusted, sim.adjusted + sim.returned);
    const two = await sortMonth(k, '13', months[1], table.value, 5000, { model: trained.model, share: SHARE });
    const r2 = riskRecall(truth, await sortedClaims(k, '13', months[1]));
    const budget = Math.floor(two.claims * SHARE);
    assert.equal(two.risk!.sent, budget);
    assert.equal(r2.sentByStage2, budget);
    assert.ok(Math.abs(two.toPeople - two.toPeopleStage1 - budget / two.claims) < 1e-9);
    assert.equal(two.toPeopleStage1, one.toPeopleStage1);
    const j2 = r2.rows.find((r) => r.category === 'judgement' && !r.kind)!;
    assert.equal(j2.stage1, 0);
    assert.ok(j2.stage12 / j2.planted >= 0.6, `judgement recall ${j2.stage12}/${j2.planted}`);
    for (const kind of ['excessive-tests', 'excessive-injection']) {
      const row = r2.rows.find((r) => r.kind === kind)!;
      assert.ok(row.planted > 0 && row.stage12 > 0, `${kind}: ${row.stage12}/${row.planted}`);
    }
    assert.equal(r2.rows.find((r) => r.category === 'check' && !r.kind)!.stage12, total('check').planted);

    // What stage 2 stored: committee, stage 2, the score, the rank and its reasons.
    const sent = await k.withFederation('13', (trx) => trx.selectFrom('review_items').select(['file_id', 'seq', 'queue', 'risk_score', 'reason', 'status'])
      .where('service_month', '=', months[1]).where('stage', '=', 2).orderBy('risk_score', 'desc').execute());
    assert.equal(sent.length, budget);
    for (const s of sent) {
      assert.equal(s.queue, 'committee');
      assert.ok(s.risk_score !== null && s.risk_score > 0);
      assert.match(s.reason, /^リスク順位 \d+位（スコア [\d.]+）: .*過去に査定/);
    }
    assert.ok(sent.some((s) => s.reason.startsWith('リスク順位 1位（')));

    // Sorting again picks the same claims; a claim a person holds keeps its place within the share.
    const again = await sortMonth(k, '13', months[1], table.value, 700, { model: trained.model, share: SHARE });
    const keys = async () => (await k.withFederation('13', (trx) => trx.selectFrom('review_items').select(['file_id', 'seq'])
      .where('service_month', '=', months[1]).where('stage', '=', 2).orderBy('file_id').orderBy('seq').execute())).map((r) => `${r.file_id}|${r.seq}`);
    const before = await keys();
    assert.equal(again.risk!.sent, budget);
    assert.deepEqual(before.sort(), sent.map((s) => `${s.file_id}|${s.seq}`).sort());
    const held = sent[sent.length - 1]!;
    await k.withFederation('13', (trx) => trx.updateTable('review_items').set({ status: 'held' }).where('file_id', '=', held.file_id).where('seq', '=', held.seq).execute());
    const smaller = await sortMonth(k, '13', months[1], table.value, 5000, { model: trained.model, share: 0.01 });
    assert.equal(smaller.risk!.alreadySent, 1);
    assert.equal(smaller.risk!.sent, Math.floor(smaller.claims * 0.01) - 1);
    const after = await keys();
    assert.ok(after.includes(`${held.file_id}|${held.seq}`));
    assert.equal(after.length, Math.floor(smaller.claims * 0.01));
    assert.equal(smaller.byQueue.committee - one.byQueue.committee, after.length);
  } finally {
    await k.close();
  }
});
