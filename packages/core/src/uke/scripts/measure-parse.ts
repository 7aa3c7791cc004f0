/**
 * Local measurement (not a test): parse+validate versus the floor (read + CP932 decode + line split)
 * on a synthetic file made by repeating the shared sample's claims.
 *   node --import tsx packages/core/src/uke/scripts/measure-parse.ts [claims=200000] [file=/tmp/uke-200k.UKE]
 */
import { createReadStream, existsSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkUke } from '../check-uke.ts';
import { parseUke } from '../parse-uke.ts';
import { parseUkeSync } from '../parse-uke.ts';
import { isProviderRecord } from '../guards.ts';
import { UkeWriter } from '../writer.ts';
import type { UkeClaim } from '../types.ts';

const claims = Number(process.argv[2] ?? 200_000);
const file = process.argv[3] ?? `/tmp/uke-${claims}.UKE`;
const sampleUrl = new URL('../../../../../../shared/data/samples/RECEIPTC_GAIRAI_SAMPLE.UKE', import.meta.url);

function build(): void {
  const events = parseUkeSync(readFileSync(sampleUrl), { fileName: 'sample' });
  const h = events[0]!;
  if (h.type !== 'header' || !isProviderRecord(h.record)) throw new Error('sample has no IR');
  const sample = events.flatMap((e) => (e.type === 'claim' ? [e.claim] : []));
  const w = new UkeWriter();
  const parts: Uint8Array[] = [w.header(h.record)];
  for (let i = 0; i < claims; i++) {
    const c = sample[i % sample.length]!;
    const f = c.re.rawLine!.split(',');
    f[1] = String(i + 1);
    const claim: UkeClaim = { ...c, re: { ...c.re, receiptNumber: i + 1, rawLine: f.join(',') } };
    parts.push(w.claim(claim));
  }
  parts.push(w.trailer());
  writeFileSync(file, Buffer.concat(parts));
}

async function floor(): Promise<number> {
  const decoder = new TextDecoder('shift_jis');
  let tail = '', lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const text = tail + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      lines++;
      start = i + 1;
    }
    tail = text.slice(start);
  }
  return lines;
}

async function parseOnly(): Promise<number> {
  let n = 0;
  for await (const e of parseUke(createReadStream(file, { highWaterMark: 1 << 20 }), { fileName: file })) if (e.type === 'claim') n++;
  return n;
}

/**
 * Best of `runs`, by CPU time of this process (the machine is shared: wall time moves with other
 * jobs, CPU time much less; wall time is printed too).
 */
async function time<T>(what: string, f: () => Promise<T>, runs = 3): Promise<number> {
  let best = Infinity, bestWall = Infinity;
  let r: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now(), c = process.cpuUsage();
    r = await f();
    const u = process.cpuUsage(c);
    best = Math.min(best, (u.user + u.system) / 1e6);
    bestWall = Math.min(bestWall, (performance.now() - t) / 1000);
  }
  const mb = statSync(file).size / 1e6;
  console.log(
    `${what.padEnd(30)} cpu ${best.toFixed(2).padStart(5)} s ${(mb / best).toFixed(1).padStart(6)} MB/s ${Math.round(claims / best).toLocaleString().padStart(9)} claims/s` +
      ` | wall ${bestWall.toFixed(2)} s  ${JSON.stringify(r)}`,
  );
  return best;
}

if (!existsSync(file)) build();
console.log(`${file}: ${claims.toLocaleString()} claims, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
await time('warm-up floor', floor, 1);
const f = await time('floor: read+decode+split', floor);
const p = await time('parseUke (events, all checks)', parseOnly);
const c = await time('checkUke (report)', async () => {
  const r = await checkUke(createReadStream(file, { highWaterMark: 1 << 20 }), { fileName: file });
  return { claims: r.claims, errors: r.errorCount, warnings: r.warningCount, totalPoints: r.totalPoints };
});
console.log(`parse / floor = ${(p / f).toFixed(2)}×, check / floor = ${(c / f).toFixed(2)}×, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
