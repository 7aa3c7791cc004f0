/**
 * The intake measurements: `prepare` loads masters and the month's registries into an empty
 * database; `intake` receives every file of the month (受付 + 事務点検 + 資格点検, stored).
 * DATABASE is a postgres:// URL or a PGlite directory.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { openDatabase } from '@kokuho/store';
import { importMasterFiles } from '@kokuho/store/masters';
import { loadRegistryDirectory } from '@kokuho/store/registry';
import { intakeFiles } from '@kokuho/store/intake';
import { ukeFiles } from './files.ts';

const open = (target: string) => openDatabase(target.startsWith('postgres') ? { url: target } : { url: '', dataDir: target });

export async function prepareMeasure(dir: string, target: string): Promise<Record<string, number>> {
  const k = await open(target);
  try {
    await importMasterFiles(k.db, ['data/sample-masters']);
    const r = await loadRegistryDirectory(k, '13', dir);
    return { persons: r.tables.insuredPersons.written };
  } finally {
    await k.close();
  }
}

export async function intakeMeasure(dir: string, target: string): Promise<Record<string, number>> {
  const k = await open(target);
  try {
    const files = ukeFiles(dir).map((path) => ({ path, name: relative(dir, path) }));
    const s = await intakeFiles(k, files, { federation: '13', month: '2025-05' });
    const bytes = files.reduce((n, f) => n + statSync(f.path).size, 0);
    return { claims: s.claims, accepted: s.accepted, returned: s.returned, files: s.files, bytes };
  } finally {
    await k.close();
  }
}
