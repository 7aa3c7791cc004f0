/**
 * GET /api/v1/review/claims/:fileId/:seq on a generated, checked and sorted month: the claim comes
 * with its paper レセプト (sheet), named from the masters of its service month and laid on the same
 * line numbers as its findings; and opening it — name and birth date are personal data — leaves a
 * 'claim.view' entry in the federation's audit chain, while a refused request leaves none.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { kindOfCode } from '@kokuho/core/masters';
import type { ClaimSheet } from '@kokuho/core/review';
import { loadMasterSnapshot } from '@kokuho/store/masters';
import { verifyAuditChain } from '@kokuho/store/review';
import { MONTH, startReviewFixture, type ReviewFixture } from './review.test-support.ts';

let f: ReviewFixture;
before(async () => {
  f = await startReviewFixture({ claims: 300, seed: 9, errorRate: 0.15 });
});
after(async () => {
  await f?.close();
});

interface Item { file_id: number; seq: number; kind: string; queue: string; findings: number }

/** Every line the sheet shows something on. */
function sheetLines(s: ClaimSheet): number[] {
  return [
    s.header.line, ...s.payers.map((p) => p.line), ...s.diagnoses.map((d) => d.line), ...s.groups.flatMap((g) => g.lines.map((l) => l.line)),
    ...s.comments.map((c) => c.line), ...s.symptomNotes.map((n) => n.line), ...s.otherRecords.map((r) => r.line),
  ].sort((a, b) => a - b);
}

test('a claim comes with its paper レセプト: named from the month\'s masters, on the lines of its findings', async () => {
  const items = (await f.as('reviewer13', 'GET', `/api/v1/review/items?month=${MONTH}&limit=500`)).json().items as Item[];
  const picked = [items.find((i) => i.findings > 0)!, ...['medical', 'pharmacy', 'dental'].map((kind) => items.find((i) => i.kind === kind && i.queue === 'auto')!)];
  assert.ok(picked.every(Boolean), 'a flagged claim and a clean (自動完結) claim of each kind');
  const masters = await loadMasterSnapshot(f.s.k.db, MONTH);
  const nameOf = (code: string): string => {
    const kind = kindOfCode(code);
    return (kind && masters.get(kind, code)?.name) || '';
  };
  for (const item of picked) {
    const r = await f.as('reviewer13', 'GET', `/api/v1/review/claims/${item.file_id}/${item.seq}`);
    assert.equal(r.statusCode, 200, r.body);
    const { claim, sheet, lines, findings, clerical } = r.json() as {
      claim: { providerCode: string; serviceMonth: string; receiptNumber: number; totalPoints: number };
      sheet: ClaimSheet; lines: { line: number; text: string }[]; findings: { line: number }[]; clerical: { line: number }[];
    };
    const what = `${item.kind} ${item.file_id}/${item.seq}`;
    assert.deepEqual([sheet.header.serviceMonth, sheet.header.receiptNumber, sheet.header.providerCode, sheet.totalPoints],
      [claim.serviceMonth, claim.receiptNumber, claim.providerCode, claim.totalPoints], what);
    assert.equal(sheet.kind, { medical: '医科', pharmacy: '調剤', dental: '歯科' }[item.kind], what);
    assert.ok(sheet.header.patientName && /^\d{4}-\d{2}-\d{2}$/.test(sheet.header.birthDate) && /^(昭和|平成|令和|大正)/.test(sheet.header.birthDateWareki), what);
    const registered = await f.s.k.withFederation('13', (trx) => trx.selectFrom('providers').select('name').where('provider_code', '=', claim.providerCode).executeTakeFirstOrThrow());
    assert.equal(sheet.header.providerName, registered.name, what);

    // the same numbering as the claim's lines, so every finding has its place on the sheet
    const shown = sheetLines(sheet);
    const own = lines.filter((l) => !(item.kind === 'dental' && l.text.startsWith('IR,'))).map((l) => l.line);
    assert.deepEqual(shown, own, what);
    for (const x of [...findings, ...clerical].filter((x) => x.line > 0)) assert.ok(shown.includes(x.line), `${what}: finding on line ${x.line}`);

    // names are those of the masters in force in the service month (歯科・調剤行為 codes have no master here)
    for (const l of sheet.groups.flatMap((g) => g.lines)) if (l.code) assert.equal(l.name, nameOf(l.code), `${what} line ${l.line}`);
    for (const d of sheet.diagnoses) assert.ok(d.code === '0000999' || d.name.includes(nameOf(d.code)), `${what} 傷病名 ${d.code}`);
    if (item.queue === 'auto' && item.kind !== 'pharmacy') {
      assert.ok(sheet.groups.length > 0 && sheet.diagnoses.every((d) => d.name), what);
    }
  }
});

test('opening a claim is audited (claim.view, who, which claim); refused requests leave nothing', async () => {
  const item = ((await f.as('reviewer13', 'GET', `/api/v1/review/items?month=${MONTH}&limit=1`)).json().items as Item[])[0]!;
  const url = `/api/v1/review/claims/${item.file_id}/${item.seq}`;
  const entries = (federation: '13' | '27') => f.s.k.withFederation(federation, (trx) =>
    trx.selectFrom('audit_log').select(['entry_no', 'account_id', 'action', 'target']).orderBy('entry_no').execute());
  const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

  const before = (await entries('13')).length;
  assert.equal((await f.as('reviewer13', 'GET', url)).statusCode, 200);
  assert.equal((await f.as('admin13', 'GET', url)).statusCode, 200);
  const added = (await entries('13')).slice(before);
  assert.deepEqual(added.map((e) => [e.action, e.account_id, parse(e.target)]), [
    ['claim.view', f.accountIds.reviewer13, { fileId: item.file_id, seq: item.seq }],
    ['claim.view', f.accountIds.admin13, { fileId: item.file_id, seq: item.seq }],
  ]);
  assert.deepEqual(await verifyAuditChain(f.s.k, '13'), { entries: before + 2, brokenAt: undefined });

  // no session, a role that may not read, another federation, no such claim: nothing shown, nothing logged
  assert.equal((await f.as(undefined, 'GET', url)).statusCode, 401);
  assert.equal((await f.as('clerk13', 'GET', url)).statusCode, 403);
  assert.equal((await f.as('reviewer27', 'GET', url)).statusCode, 404);
  assert.equal((await f.as('reviewer13', 'GET', `/api/v1/review/claims/${item.file_id}/999999`)).statusCode, 404);
  assert.equal((await entries('13')).length, before + 2);
  assert.deepEqual(await entries('27'), []);
});
