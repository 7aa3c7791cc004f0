/**
 * One measurement in a fresh process, so that its peak RSS is its own.
 * Prints one JSON line: { ms, bytes, claims, records, lines, errors, maxRssMb }.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkUke } from '@kokuho/core/uke';
import { decodeFloor } from './decode-floor.ts';
import { ukeFiles } from './files.ts';
import { intakeMeasure, prepareMeasure } from './intake-child.ts';
import { rulesDbMeasure, rulesMeasure } from './rules-child.ts';
import { ledgerDbMeasure, moneyMeasure } from './money-child.ts';

const [what, dir, target] = process.argv.slice(2);
if (!what || !dir) throw new Error('usage: child.ts floor|parse|prepare|intake|rules|money|ledger-db DIR [DATABASE|RULES]');
const files = ukeFiles(dir);
const t0 = performance.now();
const out: Record<string, number> = {};
if (what === 'floor') {
  Object.assign(out, await decodeFloor(files));
} else if (what === 'parse') {
  let bytes = 0, claims = 0, records = 0, errors = 0;
  for (const f of files) {
    const source = createReadStream(f, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
    const counted = (async function* () {
      for await (const c of source) {
        bytes += c.length;
        yield c;
      }
    })();
    const r = await checkUke(counted, { fileName: f });
    claims += r.claims;
    records += r.records;
    errors += r.errors.length;
  }
  Object.assign(out, { bytes, claims, records, errors });
} else if (what === 'prepare') {
  Object.assign(out, await prepareMeasure(dir, target!));
} else if (what === 'intake') {
  Object.assign(out, await intakeMeasure(dir, target!));
} else if (what === 'rules-db') {
  const [db, n] = target!.split('#');
  Object.assign(out, await rulesDbMeasure(db!, Number(n)));
} else if (what === 'rules') {
  Object.assign(out, await rulesMeasure(dir, Number(target)));
} else if (what === 'money') {
  Object.assign(out, await moneyMeasure(dir));
} else if (what === 'ledger-db') {
  Object.assign(out, await ledgerDbMeasure(dir, target!));
} else throw new Error(`unknown measurement ${what}`);
out.ms = performance.now() - t0;
out.maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(out));
