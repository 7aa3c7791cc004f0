/**
 * Child process of intake-crash.test.ts: intake of a generated month's files into the database
 * named by argv, printing "batch" after each committed batch so the parent can kill it mid-run.
 * argv: <url or pglite dir> <generated dir> <batch size>
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openDatabase } from '../db/database.ts';
import { intakeFiles } from './intake-files.ts';

const [target, dir, batch] = process.argv.slice(2) as [string, string, string];
const k = await openDatabase(target.startsWith('postgres') ? { url: target } : { url: '', dataDir: target });
const files: { path: string; name: string }[] = [];
const walk = (d: string): void => {
  for (const n of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (n.isDirectory()) walk(join(d, n.name));
    else if (n.name.endsWith('.UKE')) files.push({ path: join(d, n.name), name: relative(dir, join(d, n.name)) });
  }
};
walk(join(dir, 'claims'));
const s = await intakeFiles(k, files, { federation: '13', month: '2025-05', batchSize: Number(batch), onProgress: () => void process.stdout.write('batch\n') });
process.stdout.write(`done ${JSON.stringify({ claims: s.claims, accepted: s.accepted, returned: s.returned, duplicates: s.duplicates })}\n`);
await k.close();
