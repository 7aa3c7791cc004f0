/**
 * Streaming edges (uke-format.md §1, §9 step 1): a 2-byte Shift_JIS character split over chunks,
 * CR and LF in different chunks, the 0x1A EOF byte alone in the last chunk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUke, parseUkeSync } from './parse-uke.ts';
import { isProviderRecord } from './guards.ts';
import { baseLines, chunked, collect, fileBytes } from './files.test-support.ts';

const bytes = fileBytes(baseLines());
const whole = parseUkeSync(bytes, { fileName: 't' });

test('every split point of the base file gives the same events', async () => {
  for (let cut = 1; cut < bytes.length; cut++) {
    const parts = [bytes.subarray(0, cut), bytes.subarray(cut)];
    assert.deepEqual(await collect(parseUke(parts, { fileName: 't' })), whole, `cut at ${cut}`);
  }
});

test('split inside a 2-byte character (テスト医院 of IR)', async () => {
  const lead = bytes.indexOf(0x83); // テ = 0x83 0x65
  assert.ok(lead > 0);
  const events = await collect(parseUke([bytes.subarray(0, lead + 1), bytes.subarray(lead + 1)], { fileName: 't' }));
  const header = events[0]!;
  assert.ok(header.type === 'header' && isProviderRecord(header.record));
  assert.equal(header.record.providerName, 'テスト医院');
  assert.deepEqual(events.flatMap((e) => e.errors), []);
});

test('1-byte chunks, 3-byte chunks', async () => {
  assert.deepEqual(await collect(parseUke(chunked(bytes, 1), { fileName: 't' })), whole);
  assert.deepEqual(await collect(parseUke(chunked(bytes, 3), { fileName: 't' })), whole);
});

test('EOF byte alone in the last chunk is recognised', async () => {
  const events = await collect(parseUke([bytes.subarray(0, -1), bytes.subarray(-1)], { fileName: 't' }));
  const end = events.at(-1)!;
  assert.ok(end.type === 'end' && end.summary.eofMarker);
  assert.deepEqual(end.errors, []);
});

test('a sync iterable source works too', async () => {
  assert.deepEqual(await collect(parseUke([bytes], { fileName: 't' })), whole);
});
