/**
 * The shared real-format sample (../shared/data/samples/RECEIPTC_GAIRAI_SAMPLE.UKE: 75 claims,
 * GO 140 / 86392, CP932 + CRLF, no 0x1A) — uke-format.md §3 GO [OBS].
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUke } from './check-uke.ts';
import { parseUke, parseUkeSync } from './parse-uke.ts';
import { rewriteUke } from './rewrite-uke.ts';
import { isProviderRecord } from './guards.ts';
import { chunked, collect, concatBytes, readSample } from './files.test-support.ts';
import type { UkeClaim } from './types.ts';

test('sample: no errors, 75 claims, GO totals 140 / 86392 match', async () => {
  const bytes = readSample();
  const r = await checkUke([bytes], { fileName: 'RECEIPTC_GAIRAI_SAMPLE.UKE' });
  assert.deepEqual(r.errors.filter((e) => e.severity === 'error'), []);
  assert.equal(r.valid, true);
  assert.equal(r.kind, 'medical');
  assert.equal(r.claims, 75);
  assert.equal(r.records, 636);
  assert.equal(r.totalPoints, 86392);
  // Known warnings: no 0x1A, SY omitted on 70 claims, 29 over-long text fields (see UKE-W009).
  const codes = new Map<string, number>();
  for (const e of r.errors) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(codes), { 'UKE-W002': 1, 'UKE-E047': 70, 'UKE-W009': 29 });
});

test('sample: typed claims and GO', () => {
  const events = parseUkeSync(readSample(), { fileName: 's' });
  const claims = events.flatMap((e) => (e.type === 'claim' ? [e.claim] : []));
  assert.equal(claims.length, 75);
  const c = claims[0]!;
  assert.equal(c.re.receiptNumber, 1);
  assert.equal(c.re.receiptType, '1122');
  assert.equal(c.re.serviceMonth, '2021-10');
  assert.equal(c.re.birthDate, '1991-11-21');
  assert.equal(c.re.sex, '1');
  assert.equal(c.ho?.insurerNumber, '01010016');
  assert.equal(c.ho?.totalPoints, 13642);
  assert.equal(c.ko[0]?.totalPoints, 677);
  assert.deepEqual(c.lines, { first: 2, last: 31 });
  assert.equal(c.items.length, 24);
  assert.equal(c.items[0]!.line, 8);
  assert.equal(c.re.rawLine?.split(',').length, 38);
  const go = events.find((e) => e.type === 'trailer');
  assert.ok(go?.type === 'trailer');
  assert.equal(go.record.totalCount, 140);
  assert.equal(go.record.totalPoints, 86392);
  assert.equal(go.record.volume, '99');
  const header = events[0]!;
  assert.ok(header.type === 'header' && isProviderRecord(header.record));
  assert.equal(header.record.billingMonth, '2021-11');
  assert.equal(header.lineEnding, '\r\n');
  const end = events.at(-1)!;
  assert.ok(end.type === 'end');
  assert.equal(end.summary.totalCount, 140);
  assert.equal(end.summary.eofMarker, false);
});

test('sample: parse → write is byte-identical', async () => {
  const bytes = readSample();
  const out = concatBytes(await collect(rewriteUke([bytes], { fileName: 's' })));
  assert.equal(out.length, bytes.length);
  assert.ok(Buffer.from(out).equals(Buffer.from(bytes)));
});

test('sample: 1-byte chunks give the same events as one chunk', async () => {
  const bytes = readSample();
  const whole = parseUkeSync(bytes, { fileName: 's' });
  const bytewise = await collect(parseUke(chunked(bytes, 1), { fileName: 's' }));
  assert.deepEqual(bytewise, whole);
});

test('sample: claims are yielded as soon as complete (before the file ends)', async () => {
  const bytes = readSample();
  let fed = 0;
  const source = (async function* () {
    for await (const c of chunked(bytes, 512)) {
      fed += c.length;
      yield c;
    }
  })();
  let firstClaimAt = -1;
  for await (const e of parseUke(source, { fileName: 's' })) {
    if (e.type === 'claim' && firstClaimAt < 0) firstClaimAt = fed;
  }
  assert.ok(firstClaimAt > 0 && firstClaimAt < bytes.length / 4, `first claim after ${firstClaimAt} bytes`);
});

test('sample: items keep file order with CO between billing records', () => {
  const events = parseUkeSync(readSample(), { fileName: 's' });
  const c = (events.find((e) => e.type === 'claim') as { claim: UkeClaim }).claim;
  assert.deepEqual(c.items.slice(0, 5).map((i) => i.id), ['SI', 'SI', 'SI', 'CO', 'IY']);
});
