/**
 * What a master file is, from its published name (uke-format.md §7.1):
 * `s_ALL20240531.csv` full 医科診療行為, `y_20240613.csv` a change file of 医薬品,
 * `b_20240601.txt` / `z_20250601.txt` the 傷病名 / 修飾語 masters (published only in full),
 * each possibly inside a zip of the same stem (`b_20240601.zip`).
 */
import { compactToIsoDate, type IsoDate } from '../common/dates.ts';
import type { MasterKind } from './master-types.ts';

export interface MasterFileName {
  name: string;
  kind: MasterKind;
  /** The date in the name: publication (or effective) date of the file. */
  fileDate: IsoDate;
  /** Full master (every code) rather than a change file (changed rows only). */
  full: boolean;
  extension: 'csv' | 'txt' | 'zip';
}

const PATTERN = /^([sytcbz])_(all)?(\d{8})\.(csv|txt|zip)$/i;

export function parseMasterFileName(name: string): MasterFileName | undefined {
  const m = PATTERN.exec(name);
  if (!m) return undefined;
  const fileDate = compactToIsoDate(m[3]!);
  if (!fileDate) return undefined;
  const kind = m[1]!.toUpperCase() as MasterKind;
  // 傷病名 and 修飾語 are published as whole files under b_/z_ names, without "ALL".
  const full = m[2] !== undefined || kind === 'B' || kind === 'Z';
  return { name, kind, fileDate, full, extension: m[4]!.toLowerCase() as MasterFileName['extension'] };
}
