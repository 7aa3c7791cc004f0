/**
 * Which claims of a month are paid, and on how many points: 自動完結 as claimed; after review, the
 * claims confirmed, less their 査定 (the last cut of each line, times the line's 回数); not the claims
 * returned, and not yet those still under review. Each claim carries its KO records (a cut lowers the
 * points of the 公費 that bear the line, by 負担区分) and its HO meals, as the records state them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { recordDecision } from '../review/record-decision.ts';
import { checkedMonth } from '../review/checked-month.test-support.ts';
import { decidedClaims } from './decided-claims.ts';

test('decided claims: 自動完結 as claimed, 確定 less its 査定, not 返戻, not those under review', async () => {
  const c = await checkedMonth({ claims: 500, seed: 8, errorRate: 0.2 });
  const { k, intake } = c;
  const sorted = c.sorted!;
  try {
    // Three claims of people's queues: cut a line of one (twice: the last cut counts) and confirm it,
    // return another, leave the rest open.
    const people = (await sql<{ file_id: number; seq: number; body: string; first_line: number; total_points: number }>`
      select c.file_id, c.seq, c.body, c.first_line, c.total_points from review_items i join claims c on c.file_id = i.file_id and c.seq = i.seq
      where i.queue <> 'auto' order by c.file_id, c.seq`.execute(k.db)).rows;
    const cuttable = people.find((c) => c.body.split('\n').some((l) => /^SI,/.test(l) && Number(l.split(',')[5]) >= 10 && Number(l.split(',')[6]) >= 2));
    assert.ok(cuttable, 'a claim with an SI line of 10 points or more, 回数 2 or more');
    const idx = cuttable.body.split('\n').findIndex((l) => /^SI,/.test(l) && Number(l.split(',')[5]) >= 10 && Number(l.split(',')[6]) >= 2);
    const [points, count] = cuttable.body.split('\n')[idx]!.split(',').slice(5, 7).map(Number) as [number, number];
    const ref = { fileId: Number(cuttable.file_id), seq: cuttable.seq };
    await recordDecision(k, '13', 'a', { ...ref, decision: 'adjust', line: cuttable.first_line + idx, pointsAfter: points - 1, reasonCode: 'B' });
    await recordDecision(k, '13', 'a', { ...ref, decision: 'adjust', line: cuttable.first_line + idx, pointsAfter: points - 3, reasonCode: 'B' });
    await recordDecision(k, '13', 'a', { ...ref, decision: 'confirm' });
    const returned = people.find((c) => c !== cuttable)!;
    await recordDecision(k, '13', 'a', { fileId: Number(returned.file_id), seq: returned.seq, decision: 'return', reasonText: '傷病名の記載もれ' });

    // A 公費併用 claim of the 自動完結 queue: cut a line its 公費 bears (負担区分 2 = 医保+公費①, 別表21)
    // and confirm it (it was decided already, so the counts below do not change); its KO points fall with the HO points.
    const publicClaims = (await sql<{ file_id: number; seq: number; body: string; first_line: number; total_points: number }>`
      select c.file_id, c.seq, c.body, c.first_line, c.total_points from review_items i join claims c on c.file_id = i.file_id and c.seq = i.seq
      where i.queue = 'auto' and c.body like '%' || chr(10) || 'KO,%' and substr(c.receipt_type, 2, 1) <> '2' order by c.file_id, c.seq`.execute(k.db)).rows;
    const isPublicLine = (l: string) => /^(SI|IY|TO),/.test(l) && l.split(',')[2] === '2' && Number(l.split(',')[5]) >= 10;
    const withPublic = publicClaims.find((c) => c.body.split('\n').some(isPublicLine));
    assert.ok(withPublic, 'an automatically decided 公費併用 claim with a line of 10 points or more its 公費 bears');
    const pIdx = withPublic.body.split('\n').findIndex(isPublicLine);
    const pCount = Number(withPublic.body.split('\n')[pIdx]!.split(',')[6]) || 1;
    const pRef = { fileId: Number(withPublic.file_id), seq: withPublic.seq };
    const koLine = withPublic.body.split('\n').find((l) => l.startsWith('KO,'))!.split(',');
    await recordDecision(k, '13', 'a', { ...pRef, decision: 'adjust', line: withPublic.first_line + pIdx, pointsAfter: Number(withPublic.body.split('\n')[pIdx]!.split(',')[5]) - 2, reasonCode: 'B' });
    await recordDecision(k, '13', 'a', { ...pRef, decision: 'confirm' });

    const m = await decidedClaims(k, '13', '2025-05');
    const pub = m.claims.find((c) => c.fileId === pRef.fileId && c.seq === pRef.seq)!;
    assert.equal(pub.decidedPoints, withPublic.total_points - 2 * pCount);
    assert.deepEqual(pub.publicExpenses.map((x) => [x.payerNumber, x.lawNumber, x.beneficiaryNumber, x.claimedPoints, x.decidedPoints]),
      [[koLine[1], koLine[1]!.slice(0, 2), koLine[2], Number(koLine[5]), Number(koLine[5]) - 2 * pCount]]);

    // every claim's KO and HO meal fields as its records state them
    const bodies = new Map((await sql<{ file_id: number; seq: number; body: string }>`select file_id, seq, body from claims where service_month = '2025-05'`.execute(k.db)).rows
      .map((r) => [`${r.file_id}|${r.seq}`, r.body.split('\n')]));
    for (const c of m.claims) {
      const lines = bodies.get(`${c.fileId}|${c.seq}`)!;
      const kos = lines.filter((l) => l.startsWith('KO,')).map((l) => l.split(','));
      const ho = lines.find((l) => l.startsWith('HO,'))?.split(',');
      assert.deepEqual(c.publicExpenses.map((x) => x.payerNumber), c.publicPayers);
      assert.deepEqual(c.publicExpenses.map((x) => [x.payerNumber, x.statedCopay, x.mealCount, x.mealCost]),
        kos.map((f) => [f[1], f[6] ? Number(f[6]) : undefined, Number(f[10] || 0), Number(f[11] || 0)]));
      assert.deepEqual([c.mealCount, c.mealsYen], [Number(ho?.[7] || 0), Number(ho?.[8] || 0)]);
    }
    assert.ok(m.claims.some((c) => c.mealCount > 0 && c.mealsYen > 0), 'inpatient claims with meals');
    // 特記事項 and 別表8 are read where each kind's RE has them (歯科 and 調剤 apart from 医科): the
    // generator writes only 区 codes (26–30, 41, 42) and 別表8 1 or 3
    const kinds = new Set(m.claims.filter((c) => c.specialNotes.length).map((c) => c.kind));
    assert.deepEqual([kinds.has('medical'), kinds.has('pharmacy'), kinds.has('dental')], [true, true, true]);
    assert.deepEqual(m.claims.filter((c) => c.specialNotes.some((n) => !['26', '27', '28', '29', '30', '41', '42'].includes(n)) || !['', '1', '3'].includes(c.lowIncomeClass))
      .slice(0, 3).map((c) => [c.kind, c.specialNotes, c.lowIncomeClass]), []);

    assert.equal(m.claims.length, sorted.byQueue.auto + 1);
    assert.equal(m.pending, sorted.claims - sorted.byQueue.auto - 2);
    assert.equal(m.pendingSpecial, sorted.byQueue.special, 'the 特別審査 claims wait for the central association');
    assert.equal(m.returned, intake.returned + 1);
    const cut = m.claims.find((c) => c.fileId === ref.fileId && c.seq === ref.seq)!;
    assert.equal(cut.claimedPoints, cuttable.total_points);
    assert.equal(cut.decidedPoints, cuttable.total_points - 3 * count);
    assert.ok(!m.claims.some((c) => c.fileId === Number(returned.file_id) && c.seq === returned.seq));
    const autos = m.claims.filter((c) => c !== cut && c !== pub);
    // 公費単独 claims (レセプト種別 x2xx) have no insurer, only their 公費 payers
    const odd = autos.filter((c) => !(c.decidedPoints === c.claimedPoints && c.serviceMonth === '2025-05' && /^\d{4}-\d\d-\d\d$/.test(c.birthDate) && (c.insurerNumber.length >= 6 || (c.receiptType[1] === '2' && c.publicPayers.length > 0))));
    assert.deepEqual(odd.slice(0, 3), []);

    // read in small pages, the month is the same; read for two claims, just those two
    assert.deepEqual(await decidedClaims(k, '13', '2025-05', { pageSize: 7 }), m);
    const two = await decidedClaims(k, '13', '2025-05', { only: [ref, { fileId: Number(returned.file_id), seq: returned.seq }] });
    assert.deepEqual([two.claims.map((x) => [x.fileId, x.seq]), two.returned, two.pending], [[[ref.fileId, ref.seq]], 1, 0]);
    assert.deepEqual(two.claims[0], cut);
  } finally {
    await c.dispose();
  }
});
