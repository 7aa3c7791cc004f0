/**
 * The output directory of a run: created when missing; a previous run's output (it has a
 * manifest.json) is replaced, so that no stale provider file survives a smaller run; anything
 * else that is not empty is refused rather than overwritten.
 */
import { existsSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const OURS = ['claims', 'registry', 'eligibility', 'ground-truth.jsonl', 'manifest.json'];

export function prepareOutDir(dir: string): string | undefined {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return undefined;
  }
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  if (!entries.includes('manifest.json')) return `出力ディレクトリが空でなく、以前の生成結果（manifest.json）でもありません: ${dir}`;
  for (const name of OURS) rmSync(join(dir, name), { recursive: true, force: true });
  return undefined;
}
