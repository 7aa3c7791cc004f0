/**
 * Corrections on a checked month whose decided claims were posted (2025-05 診療, 処理月 2025-06, closed):
 * a 通常過誤 reverses exactly the claim's entries in a later month and that month still balances; a
 * closed month refuses the money and nothing is written; a 再審査 査定 reverses and re-posts at the
 * lower points; 原審どおり posts nothing; a second reversal, a second 再審査 and a late 再審査 are
 * refused; retrying a decision writes nothing twice; 取下げ before payment keeps the claim from being
 * paid; 同月過誤 nets the reversal and the corrected claim in one month; 再請求 links a returned claim;
 * every step is in the audit log, the history is append-only and another federation sees nothing.
 * Rules: rules-reference.md §9.3 and §10.1 (see packages/core/src/corrections).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Actor, ClaimRef, CorrectionErrorCode, Requester } from '@kokuho/core/corrections';
import { monthBalance } from '@kokuho/core/ledger';
import { checkedMonth } from '../review/checked-month.test-support.ts';
import { verifyAuditChain } from '../review/audit-log.ts';
import { recordDecision } from '../review/record-decision.ts';
import { closeMonth, monthEntries } from '../ledger/close-month.ts';
import { postMonth } from '../ledger/post-month.ts';
import { storeCorrectedClaim } from './corrected-claim.test-support.ts';
import { CorrectionCaseError } from './correction-case-error.ts';
import { decideCase } from './decide-case.ts';
import { moveCase } from './move-case.ts';
import { listCases, showCase } from './read-cases.ts';
import { requestCase, type RequestCaseInput } from './request-case.ts';

const staff: Actor = { accountId: 'shiharai', party: { type: 'federation', code: '13' } };
const refused = (code: CorrectionErrorCode, message?: RegExp) => (e: unknown): boolean => {
  assert.ok(e instanceof CorrectionCaseError, String(e));
  assert.equal(e.code, code, e.message);
  if (message) assert.match(e.message, message);
  return true;
};

test('corrections on a posted month: 過誤, 再審査, 取下げ, 同月過誤, 再請求', async () => {
  const c = await checkedMonth({ claims: 300, seed: 21, errorRate: 0.08 });
  const { k } = c;
  try {
    const q = <T>(s: ReturnType<typeof sql<T>>) => k.withFederation('13', (trx) => s.execute(trx)).then((r) => r.rows);
    const count = async (table: 'ledger_entries' | 'correction_events' | 'audit_log' | 'ledger_claim_amounts') =>
      Number((await q(sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`))[0]!.n);
    const claimOf = async (ref: ClaimRef) => (await q(sql<{ provider_code: string; insurer_number: string; state: string; body: string; first_line: number }>`
      select provider_code, insurer_number, state, body, first_line from claims where file_id = ${ref.fileId} and seq = ${ref.seq}`))[0]!;
    const requesterOf = async (ref: ClaimRef, type: Requester['type']): Promise<Requester> => {
      const r = await claimOf(ref);
      return { type, code: type === 'insurer' ? r.insurer_number.trim() : r.provider_code };
    };
    const ask = async (ref: ClaimRef, o: Partial<RequestCaseInput> & Pick<RequestCaseInput, 'kind' | 'reasonCode' | 'requestedOn'>, by: Requester['type'] = 'insurer') =>
      requestCase(k, '13', { timing: undefined, newClaim: undefined, reasonText: '', enteredBy: 'hokensha', claim: ref, requester: await requesterOf(ref, by), ...o });
    const entriesOf = async (ref: ClaimRef) => (await q(sql<{ posting_month: string; account: string; amount: string; posting_key: string; reverses: string | null }>`
      select posting_month, account, amount, posting_key, reverses from ledger_entries where file_id = ${ref.fileId} and seq = ${ref.seq} order by entry_id`)).map((e) => ({ ...e, amount: Number(e.amount) }));

    // the month's files came in on time, in June 2025 (the generated intake stamps them with today):
    // the 請求月 of a claim not yet posted is the month its file was received
    await k.withFederation('13', (trx) => sql`update intake_files set received_at = '2025-06-05T10:00:00+09:00'`.execute(trx));

    // 取下げ before payment: an 自動完結 claim withdrawn by its provider by the 20th of the 請求月 is never paid
    const autos = (await q(sql<{ file_id: string; seq: number }>`select i.file_id, i.seq from review_items i where i.queue = 'auto' and i.status = 'open' order by i.file_id, i.seq`))
      .map((r) => ({ fileId: Number(r.file_id), seq: r.seq }));
    const w = autos[0]!;
    await assert.rejects(ask(w, { kind: 'withdrawal', reasonCode: 'billing-error', requestedOn: '2025-06-21' }, 'provider'), refused('PAST_DEADLINE', /2025-06-20/));
    const withdrawal = await ask(w, { kind: 'withdrawal', reasonCode: 'billing-error', requestedOn: '2025-06-12' }, 'provider');
    assert.deepEqual([withdrawal.state, withdrawal.deadline], ['requested', '2025-06-20']);
    const wDecided = await decideCase(k, '13', withdrawal.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-06', decidedOn: '2025-06-13', actor: staff });
    assert.deepEqual([wDecided.case.state, wDecided.inserted, (await claimOf(w)).state], ['decided', 0, 'withdrawn']);

    const posted = await postMonth(k, '13', '2025-05', '2025-06', { postedBy: 'test', reviewFee: () => 60 });
    assert.ok(posted.priced > 50, JSON.stringify(posted));
    assert.deepEqual(await entriesOf(w), [], 'the withdrawn claim is not paid');
    await closeMonth(k, '13', '2025-06', 'test');

    // paid claims without 公費, each with a line of at least 20 points to cut
    const paid = (await q(sql<{ file_id: string; seq: number }>`
      select a.file_id, a.seq from ledger_claim_amounts a where a.posting_month = '2025-06' and a.public_expense_pays = 0 and a.insurer_pays > 0 order by a.file_id, a.seq`))
      .map((r) => ({ fileId: Number(r.file_id), seq: r.seq }));
    const cuttable: { ref: ClaimRef; line: number; points: number; count: number }[] = [];
    for (const ref of paid) {
      const cl = await claimOf(ref);
      const i = cl.body.split('\n').findIndex((l) => /^SI,/.test(l) && Number(l.split(',')[5]) >= 20);
      if (i >= 0) {
        const f = cl.body.split('\n')[i]!.split(',');
        cuttable.push({ ref, line: cl.first_line + i, points: Number(f[5]), count: Number(f[6]) || 1 });
      }
    }
    assert.ok(cuttable.length >= 6, `${cuttable.length} claims with a line to cut`);
    const [a, b, cc, d, e] = cuttable;

    // 通常過誤 (insurer: 資格喪失後の受診), asked late in June: the closed June refuses the money; a decision
    // in August may not reach back to June either (only its own month or the next); August takes it
    const aJune = await entriesOf(a!.ref);
    const kago = await ask(a!.ref, { kind: 'correction', timing: 'ordinary', reasonCode: 'eligibility-lost', requestedOn: '2025-06-25' });
    assert.deepEqual([kago.deadline, kago.timing], [undefined, 'ordinary']);
    await moveCase(k, '13', kago.caseId, 'start-review', { actor: staff, onDate: '2025-06-26' });
    const beforeClosed = await count('ledger_entries');
    await assert.rejects(decideCase(k, '13', kago.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-06', decidedOn: '2025-06-30', actor: staff }), refused('MONTH_CLOSED'));
    await assert.rejects(decideCase(k, '13', kago.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-06', decidedOn: '2025-08-20', actor: staff }), refused('POSTING_MONTH_OUT_OF_RANGE'));
    assert.equal(await count('ledger_entries'), beforeClosed);
    assert.equal((await showCase(k, '13', kago.caseId)).case.state, 'under-review', 'the refused decision left the case as it was');
    const kagoDecided = await decideCase(k, '13', kago.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-08', decidedOn: '2025-08-20', actor: staff });
    const aNow = await entriesOf(a!.ref);
    const reversal = aNow.filter((x) => x.posting_month === '2025-08');
    assert.deepEqual(reversal.map((x) => [x.reverses, x.account, x.amount]), aJune.map((x) => [x.posting_key, x.account, -x.amount]), 'exactly the claim\'s entries, negated');
    assert.equal(kagoDecided.inserted, aJune.length);
    assert.equal(kagoDecided.balance.imbalance, 0);
    assert.equal((await claimOf(a!.ref)).state, 'withdrawn');
    const aAmounts = await q(sql<{ claims: number; insurer_pays: string }>`select claims, insurer_pays from ledger_claim_amounts where file_id = ${a!.ref.fileId} and seq = ${a!.ref.seq} order by amount_id`);
    assert.deepEqual(aAmounts.map((r) => [r.claims, Number(r.insurer_pays)]), [[1, aJune.find((x) => x.account === 'insurer-benefit')!.amount], [-1, -aJune.find((x) => x.account === 'insurer-benefit')!.amount]]);

    // retrying the decision writes nothing twice; another decision is refused
    const [entriesBefore, eventsBefore, auditBefore] = [await count('ledger_entries'), await count('correction_events'), await count('audit_log')];
    const retry = await decideCase(k, '13', kago.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-08', decidedOn: '2025-08-21', actor: staff });
    assert.deepEqual([retry.retried, retry.inserted, retry.existing, retry.balance.byAccount['insurer-benefit']], [true, 0, aJune.length, kagoDecided.balance.byAccount['insurer-benefit']]);
    await assert.rejects(decideCase(k, '13', kago.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-09', decidedOn: '2025-09-01', actor: staff }), refused('ALREADY_DECIDED'));
    assert.deepEqual([await count('ledger_entries'), await count('correction_events'), await count('audit_log')], [entriesBefore, eventsBefore, auditBefore]);

    // a reversed claim is never reversed again, nor re-reviewed
    await assert.rejects(ask(a!.ref, { kind: 'correction', timing: 'ordinary', reasonCode: 'duplicate', requestedOn: '2025-09-01' }), refused('ALREADY_REVERSED'));
    await assert.rejects(ask(a!.ref, { kind: 'withdrawal', reasonCode: 'duplicate', requestedOn: '2025-09-01' }, 'provider'), refused('ALREADY_REVERSED'));
    await assert.rejects(ask(a!.ref, { kind: 're-review', reasonCode: 'excessive', requestedOn: '2025-09-01' }), refused('ALREADY_REVERSED'));

    // 再審査 査定 (insurer): one line cut by 10 points → reversed and re-posted at the lower points
    const bJune = await entriesOf(b!.ref);
    const bJuneAmounts = (await q(sql<{ points: string }>`select points from ledger_claim_amounts where file_id = ${b!.ref.fileId} and seq = ${b!.ref.seq}`))[0]!;
    const saitei = await ask(b!.ref, { kind: 're-review', reasonCode: 'excessive', reasonText: '縦覧で同月に重複', requestedOn: '2025-08-10' });
    assert.equal(saitei.deadline, '2025-12-31');
    await assert.rejects(ask(b!.ref, { kind: 'correction', timing: 'ordinary', reasonCode: 'duplicate', requestedOn: '2025-08-11' }), refused('CASE_OPEN'));
    await assert.rejects(decideCase(k, '13', saitei.caseId, { outcome: { type: 'adjusted', cuts: [{ line: b!.line, pointsAfter: b!.points, reasonCode: 'B' }] }, postingMonth: '2025-08', decidedOn: '2025-08-25', actor: staff }), refused('INVALID_CUT'));
    const cut = await decideCase(k, '13', saitei.caseId, { outcome: { type: 'adjusted', cuts: [{ line: b!.line, pointsAfter: b!.points - 10, reasonCode: 'B' }] }, postingMonth: '2025-08', decidedOn: '2025-08-25', actor: staff });
    const bAug = (await entriesOf(b!.ref)).filter((x) => x.posting_month === '2025-08');
    const oldInsurer = bJune.find((x) => x.account === 'insurer-benefit')!.amount;
    const reposted = bAug.filter((x) => x.posting_key.includes(':repost:'));
    const newInsurer = reposted.find((x) => x.account === 'insurer-benefit')!.amount;
    assert.deepEqual(bAug.filter((x) => x.reverses).map((x) => [x.reverses, x.amount]), bJune.map((x) => [x.posting_key, -x.amount]));
    assert.ok(newInsurer < oldInsurer && newInsurer >= oldInsurer - 10 * 10 * b!.count, `${oldInsurer} → ${newInsurer}`);
    assert.equal(reposted.find((x) => x.account === 'review-fee')!.amount, 60, 'the review fee stands');
    assert.equal(cut.balance.imbalance, 0);
    const bPoints = await q(sql<{ points: string; claims: number }>`select points, claims from ledger_claim_amounts where file_id = ${b!.ref.fileId} and seq = ${b!.ref.seq} and posting_month = '2025-08' order by amount_id`);
    assert.deepEqual(bPoints.map((r) => [r.claims, Number(r.points)]), [[-1, -Number(bJuneAmounts.points)], [1, Number(bJuneAmounts.points) - 10 * b!.count]]);
    assert.deepEqual((cut.case.outcome as { cuts: { pointsBefore: number }[] }).cuts.map((x) => x.pointsBefore), [b!.points]);
    // no second 再審査; a later 過誤 reverses the re-posted amounts
    await assert.rejects(ask(b!.ref, { kind: 're-review', reasonCode: 'adjustment-objection', requestedOn: '2025-09-01' }, 'provider'), refused('REREVIEW_REPEATED'));
    const bKago = await ask(b!.ref, { kind: 'correction', timing: 'ordinary', reasonCode: 'billing-error', requestedOn: '2025-09-02' }, 'provider');
    await decideCase(k, '13', bKago.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-09', decidedOn: '2025-09-15', actor: staff });
    const bAll = await entriesOf(b!.ref);
    assert.ok(bAll.filter((x) => x.posting_month === '2025-09').every((x) => x.reverses!.startsWith(`correction:${saitei.caseId}:repost:`)));
    assert.equal(bAll.filter((x) => x.account === 'insurer-benefit').reduce((n, x) => n + x.amount, 0), 0, 'June, August and September together: nothing of the claim is paid');

    // 原審どおり posts nothing
    const gen = await ask(cc!.ref, { kind: 're-review', reasonCode: 'not-indicated', requestedOn: '2025-12-31' });
    const n0 = await count('ledger_entries');
    const unchanged = await decideCase(k, '13', gen.caseId, { outcome: { type: 'unchanged' }, postingMonth: '2026-01', decidedOn: '2026-01-20', actor: staff });
    assert.deepEqual([unchanged.case.state, unchanged.inserted, await count('ledger_entries')], ['decided', 0, n0]);

    // the 6 months: 請求月 2025-06 → requests until 2025-12-31
    await assert.rejects(ask(d!.ref, { kind: 're-review', reasonCode: 'requirements', requestedOn: '2026-01-01' }), refused('PAST_DEADLINE', /2025-12-31/));
    const late = await ask(d!.ref, { kind: 're-review', reasonCode: 'requirements', requestedOn: '2025-12-31' }, 'provider');
    await assert.rejects(moveCase(k, '13', late.caseId, 'cancel', { actor: { accountId: 'other', party: { type: 'provider', code: '1399999999' } }, onDate: '2026-01-05' }), refused('NOT_ALLOWED'));
    const cancelled = await moveCase(k, '13', late.caseId, 'cancel', { actor: { accountId: 'iryokikan', party: late.requester }, onDate: '2026-01-05', reason: '誤って申し出た' });
    assert.equal(cancelled.state, 'cancelled');
    await assert.rejects(decideCase(k, '13', late.caseId, { outcome: { type: 'unchanged' }, postingMonth: '2026-01', decidedOn: '2026-01-06', actor: staff }), refused('INVALID_TRANSITION'));

    // 同月過誤 (provider): the corrected claim (10 points less) and the reversal in the same month
    const eNew = await storeCorrectedClaim(k, '13', e!.ref, { pointsDelta: -10 });
    const eJune = await entriesOf(e!.ref);
    const dogetsu = await ask(e!.ref, { kind: 'correction', timing: 'same-month', newClaim: eNew, reasonCode: 'billing-error', requestedOn: '2025-09-03' }, 'provider');
    const net = await decideCase(k, '13', dogetsu.caseId, { outcome: { type: 'accepted' }, postingMonth: '2025-09', decidedOn: '2025-09-20', actor: staff });
    const eNewEntries = await entriesOf(eNew);
    assert.ok(eNewEntries.length && eNewEntries.every((x) => x.posting_month === '2025-09' && x.posting_key.startsWith(`claim:${eNew.fileId}:1:`)));
    const oldE = eJune.find((x) => x.account === 'insurer-benefit')!.amount, newE = eNewEntries.find((x) => x.account === 'insurer-benefit')!.amount;
    assert.ok(newE < oldE && newE >= oldE - 100, `${oldE} → ${newE}`);
    assert.equal(net.balance.byAccount['insurer-benefit'], newE - oldE, 'only the difference is settled');
    assert.equal((await claimOf(e!.ref)).state, 'withdrawn');

    // 再請求: a returned claim linked to its corrected claim; no money at the case
    const ret = (await q(sql<{ file_id: string; seq: number }>`select file_id, seq from claims where outcome = 'returned' and state = 'current' order by file_id, seq limit 1`))[0];
    let returned: ClaimRef;
    if (ret) returned = { fileId: Number(ret.file_id), seq: ret.seq };
    else {
      returned = autos.at(-1)!;
      await recordDecision(k, '13', 'shinsa', { ...returned, decision: 'return', reasonText: '傷病名の記載なし' });
    }
    const resent = await storeCorrectedClaim(k, '13', returned, { pointsDelta: 0 });
    await assert.rejects(ask(a!.ref, { kind: 'resubmission', reasonCode: 'return-fixed', requestedOn: '2025-09-05' }, 'provider'), refused('CLAIM_NOT_RETURNED'));
    const saiseikyu = await ask(returned, { kind: 'resubmission', newClaim: resent, reasonCode: 'return-fixed', requestedOn: '2025-09-05' }, 'provider');
    assert.match(saiseikyu.deadlineBasis, /記載がない/);
    const linked = await decideCase(k, '13', saiseikyu.caseId, { outcome: { type: 'linked' }, postingMonth: '2025-09', decidedOn: '2025-09-06', actor: staff });
    assert.deepEqual([linked.inserted, (await claimOf(returned)).state, linked.case.newClaim], [0, 'superseded', resent]);

    // the months that took corrections balance, and close
    for (const month of ['2025-08', '2025-09']) {
      const entries = await k.withFederation('13', (trx) => monthEntries(trx, month));
      assert.equal(monthBalance(entries).imbalance, 0, month);
      await closeMonth(k, '13', month, 'test');
    }

    // every step is in the audit log, in an unbroken chain; each event has its audit entry
    const actions = await q(sql<{ action: string; n: string }>`select action, count(*) as n from audit_log where action like 'correction.%' group by action order by action`);
    const events = await q(sql<{ action: string; n: string }>`select 'correction.' || action as action, count(*) as n from correction_events group by action order by 1`);
    assert.deepEqual(actions, events);
    assert.deepEqual(Object.fromEntries(actions.map((r) => [r.action, Number(r.n)])), { 'correction.cancel': 1, 'correction.decide': 7, 'correction.request': 8, 'correction.start-review': 1 });
    assert.equal((await verifyAuditChain(k, '13')).brokenAt, undefined);
    const shown = await showCase(k, '13', kago.caseId);
    assert.deepEqual(shown.events.map((x) => [x.action, x.fromState ?? null, x.toState]), [['request', null, 'requested'], ['start-review', 'requested', 'under-review'], ['decide', 'under-review', 'decided']]);
    assert.equal(shown.entries.length, aJune.length);

    // lists by state, kind and requester
    assert.equal((await listCases(k, '13')).length, 8);
    assert.deepEqual((await listCases(k, '13', { kind: 're-review' })).map((x) => x.state).sort(), ['cancelled', 'decided', 'decided']);
    assert.deepEqual((await listCases(k, '13', { requester: kago.requester, kind: 'correction' })).map((x) => x.caseId), [kago.caseId]);

    // the history is append-only, the request as asked is never rewritten; another federation sees nothing
    await assert.rejects(k.withFederation('13', (trx) => sql`update correction_events set reason = 'x'`.execute(trx)));
    await assert.rejects(k.withFederation('13', (trx) => sql`delete from correction_cases`.execute(trx)));
    await assert.rejects(k.withFederation('13', (trx) => sql`update correction_cases set reason_text = 'x'`.execute(trx)));
    assert.deepEqual(await listCases(k, '27'), []);
  } finally {
    await c.dispose();
  }
});
