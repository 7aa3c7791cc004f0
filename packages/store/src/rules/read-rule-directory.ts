/** Reads a rules directory (catalogue, decision tables, tests, adoptions: docs/rules.md) from disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readRuleFiles, type RuleFile, type RuleFileError, type RuleSet } from '@kokuho/core/rules';

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.csv')) out.push(p);
  }
  return out;
}

export function readRuleDirectory(dir: string): { ruleSet: RuleSet; errors: RuleFileError[]; files: number } {
  const files: RuleFile[] = walk(dir, []).map((p) => ({ path: relative(dir, p).split(sep).join('/'), text: readFileSync(p, 'utf8') }));
  return { ...readRuleFiles(files), files: files.length };
}
