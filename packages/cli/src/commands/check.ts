/**
 * `kokuho check FILE|DIR… [--json] [--federation NN] [--month YYYY-MM] [--rules DIR]`: a provider's
 * pre-check (ASP) of claim files before sending them. The same reading, file acceptance and 事務点検
 * as `kokuho intake`, then the computer checks (the rules loaded in the database with the
 * federation's adoptions, else the repository's rules/), against the masters of the database;
 * nothing is stored. Exit 0 when nothing would be returned, 1 when something would, 2 on usage errors.
 */
import type { Command } from 'commander';
import { openDatabase } from '@kokuho/store';
import { openMasterCache, precheckFile, precheckFindingJson, type PrecheckResult } from '@kokuho/store/intake';
import { expandUkeFiles } from '../lib/uke-files.ts';
import { UsageError } from '../usage-error.ts';
import { federationOption, monthOption } from '../lib/options.ts';
import { hasStoredRules, readRulesOrFail, REPO_RULES } from '../lib/rule-source.ts';
import type { RuleSet } from '@kokuho/core/rules';
import { readStoredRuleSet } from '@kokuho/store/rules';
import { isPrefectureCode } from '@kokuho/core/common';

interface Options {
  json?: boolean;
  rules?: string;
  federation?: string;
  month?: string;
}

const ACTION_JA = { return: '返戻', adjust: '査定', notice: '注意' } as const;

export function register(program: Command): void {
  program
    .command('check')
    .description('送信前の点検（記録条件・受付・事務点検）。結果を表示するだけで何も保存しない')
    .argument('<paths...>', 'RECEIPTC.UKE ファイルまたはディレクトリ')
    .option('--json', '結果を JSON で出力する')
    .option('--federation <code>', '連合会（既定: ファイルの IR の都道府県）')
    .option('--month <YYYY-MM>', '診療年月（既定: ファイルの IR の請求年月の前月）')
    .option('--rules <dir>', 'コンピュータチェックのルールのディレクトリ（既定: データベースに読み込んだルール、なければ rules/）')
    .action(async (paths: string[], opts: Options) => {
      const federation = opts.federation === undefined ? undefined : federationOption(opts.federation);
      const month = opts.month === undefined ? undefined : monthOption(opts.month);
      const files = expandUkeFiles(paths);
      if (!files.length) throw new UsageError('UKE ファイルがありません');
      const k = await openDatabase();
      const results: PrecheckResult[] = [];
      try {
        const masters = await openMasterCache(k);
        const rules = opts.rules ? readRulesOrFail(opts.rules) : (await hasStoredRules(k)) ? undefined : readRulesOrFail(REPO_RULES);
        const stored = new Map<string, RuleSet>();
        // the adoptions of the file's federation apply: stored rules are read once per federation
        const ruleSetFor = async (fed: string): Promise<RuleSet> =>
          rules ?? stored.get(fed) ?? stored.set(fed, await readStoredRuleSet(k, isPrefectureCode(fed) ? fed : undefined)).get(fed)!;
        for (const path of files) {
          const r = await precheckFile(masters, { path, name: path }, {
            ...(federation ? { federation } : {}), ...(month ? { month } : {}), rules: ruleSetFor,
          });
          results.push(r);
          // Set before printing: a reader that stops early (| head) must still see exit 1.
          if (r.findings.some((f) => f.action === 'return')) process.exitCode = 1;
          if (!opts.json) print(r);
        }
      } finally {
        await k.close();
      }
      if (opts.json) {
        const out = {
          findings: results.flatMap((r) => r.findings.map((f) => ({ file: r.file, ...precheckFindingJson(f) }))),
          files: results.map((r) => ({ file: r.file, kind: r.kind, federation: r.federation, month: r.month, claims: r.claims, findings: r.findings.length })),
          mastersMissing: results.some((r) => r.mastersMissing),
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      }
    });
}

function print(r: PrecheckResult): void {
  const returns = new Set(r.findings.filter((f) => f.action === 'return').map((f) => f.claim ?? 'file'));
  console.log(`${r.file}: レセプト ${r.claims}件・指摘 ${r.findings.length}件（返戻になるレセプト ${[...returns].filter((c) => c !== 'file').length}件${returns.has('file') ? '、ファイルは受付不可' : ''}）`);
  if (r.mastersMissing) console.log('  注意: 基本マスターが未登録のため、コード・点数は点検していません（kokuho masters import）');
  for (const f of r.findings) {
    console.log(`  ${f.line}行 ${f.claim === null ? 'ファイル' : `レセプト${f.claim}`} [${ACTION_JA[f.action]}] ${f.ruleId} ${f.message}`);
  }
}

