/** The sorting table (振分の表) of the repository, or another given with --table; and the committee's 部会 table. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSectionTable, readSortingTable, type SectionRow, type SortingRow } from '@kokuho/core/review';
import { REPO } from './paths.ts';

export const REPO_SORTING = join(REPO, 'review', 'sorting.csv');
export const REPO_SECTIONS = join(REPO, 'review', 'committee-sections.csv');

export function readSortingOrFail(path: string): SortingRow[] {
  const t = readSortingTable(path, readFileSync(path, 'utf8'));
  if (!t.ok) throw new Error(t.errors.join('\n'));
  return t.value;
}

export function readSectionsOrFail(path: string): SectionRow[] {
  const t = readSectionTable(path, readFileSync(path, 'utf8'));
  if (!t.ok) throw new Error(t.errors.join('\n'));
  return t.value;
}
