/**
 * The digest of a settlement: SHA-256 over its CSV files in name order, each as its name, its length
 * in UTF-8 bytes and its text — so that no two different sets of files hash alike by moving text from
 * one file to the next. Taken on the UTF-8 text whatever encoding the files are written in.
 */
import { createHash } from 'node:crypto';
import type { SettlementFile } from '@kokuho/core/settlement';

export interface FileDigest {
  name: string;
  bytes: number;
  sha256: string;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function fileDigests(files: readonly SettlementFile[]): FileDigest[] {
  return [...files].sort(byName).map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.text, 'utf8'), sha256: createHash('sha256').update(f.text, 'utf8').digest('hex') }));
}

export function settlementDigest(files: readonly SettlementFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort(byName)) h.update(`${f.name}\n${Buffer.byteLength(f.text, 'utf8')}\n`).update(f.text, 'utf8');
  return h.digest('hex');
}
