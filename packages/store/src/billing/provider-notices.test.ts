/**
 * The month's notices to providers, from the review's decisions: the 増減点連絡書 holds each cut line
 * once (its last 査定) with the points taken off; the 返戻一覧 holds the claims a reviewer returned and
 * those returned at intake; Shift_JIS files read back to the same text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import iconv from 'iconv-lite';
import { recordDecision } from '../review/record-decision.ts';
import { checkedMonth } from '../review/checked-month.test-support.ts';
import { writeProviderNotices } from './provider-notices.ts';

test('増減点連絡書 and 返戻一覧 per provider, UTF-8 and Shift_JIS', async () => {
  const c = await checkedMonth({ claims: 400, seed: 8, errorRate: 0.2 });
  const out = mkdtempSync(join(tmpdir(), 'kokuho-notices-'));
  try {
    const claims = (await sql<{ file_id: number; seq: number; provider_code: string; receipt_number: number; body: string; first_line: number }>`
      select c.file_id, c.seq, c.provider_code, c.receipt_number, c.body, c.first_line from review_items i join claims c on c.file_id = i.file_id and c.seq = i.seq
      order by c.file_id, c.seq`.execute(c.k.db)).rows;
    const target = claims.find((x) => x.body.split('\n').some((l) => /^SI,/.test(l) && Number(l.split(',')[5]) >= 10 && Number(l.split(',')[6]) >= 2))!;
    const idx = target.body.split('\n').findIndex((l) => /^SI,/.test(l) && Number(l.split(',')[5]) >= 10 && Number(l.split(',')[6]) >= 2);
    const [points, count] = target.body.split('\n')[idx]!.split(',').slice(5, 7).map(Number) as [number, number];
    const ref = { fileId: Number(target.file_id), seq: target.seq };
    await recordDecision(c.k, '13', 'a', { ...ref, decision: 'adjust', line: target.first_line + idx, pointsAfter: points - 1, reasonCode: 'B', reasonText: '一度目' });
    await recordDecision(c.k, '13', 'a', { ...ref, decision: 'adjust', line: target.first_line + idx, pointsAfter: points - 5, reasonCode: 'C', reasonText: '重複' });
    await recordDecision(c.k, '13', 'a', { ...ref, decision: 'confirm' });
    const back = claims.find((x) => x !== target && x.provider_code === target.provider_code) ?? claims.find((x) => x !== target)!;
    await recordDecision(c.k, '13', 'a', { fileId: Number(back.file_id), seq: back.seq, decision: 'return', reasonText: '傷病名の記載もれ' });

    const r = await writeProviderNotices(c.k, '13', '2025-05', out);
    assert.equal(r.adjustments, 1, 'the last 査定 of the line only');
    assert.equal(r.returns, c.intake.returned + 1);
    const adj = readFileSync(join(out, `${target.provider_code}-adjustments.csv`), 'utf8').split('\r\n');
    const name = target.body.split('\n')[0]!.split(',')[4]!;
    assert.match(adj[1]!, new RegExp(`^令和7年5月,${target.receipt_number},${name},${target.first_line + idx},\\d{9},[^,]+,${points},${points - 5},${count},${-5 * count},C,医学的に重複と認められるもの,重複$`));
    assert.equal(adj[2], `合計,1,,,,,,,,${-5 * count},,,`);
    const ret = readFileSync(join(out, `${back.provider_code}-returns.csv`), 'utf8');
    assert.ok(ret.includes(`令和7年5月,${back.receipt_number},${back.body.split('\n')[0]!.split(',')[4]},審査による返戻,傷病名の記載もれ\r\n`));

    const sjis = await writeProviderNotices(c.k, '13', '2025-05', join(out, 'sjis'), 'sjis');
    assert.deepEqual(sjis.files.length, r.files.length);
    assert.equal(iconv.decode(readFileSync(join(out, 'sjis', `${target.provider_code}-adjustments.csv`)), 'cp932'), adj.join('\r\n'));
  } finally {
    await c.dispose();
    rmSync(out, { recursive: true, force: true });
  }
});
