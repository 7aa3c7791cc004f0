/**
 * `kokuho generate --federation 13 --month 2025-05 --claims N --out DIR [--seed S] [--masters DIR]
 * [--error-rate R]`: a synthetic month (claims per provider, registries, eligibility changes,
 * ground truth of planted errors, manifest). Same arguments → byte-identical output.
 * Exit 0 on success, 2 on usage errors (e.g. a month the masters do not cover).
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMonth, GenerateError } from '@kokuho/synth';
import { UsageError } from '../usage-error.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const SAMPLE_MASTERS = join(REPO, 'data', 'sample-masters');

function integer(name: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} は0以上の整数で指定してください: ${v}`);
  return Number(v);
}

export function register(program: Command): void {
  program
    .command('generate')
    .description('合成データ（被保険者・医療機関・資格異動・1か月分のレセプト・誤りの正解ラベル）を生成する')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .requiredOption('--claims <n>', 'レセプト件数')
    .requiredOption('--out <dir>', '出力ディレクトリ')
    .option('--seed <n>', '乱数の種（同じ引数なら同じバイト列）', '1')
    .option('--masters <dir>', '基本マスターのディレクトリ（既定: data/sample-masters）', SAMPLE_MASTERS)
    .option('--error-rate <r>', '誤りを埋め込むレセプトの割合', '0.08')
    .action((opts: { federation: string; month: string; claims: string; out: string; seed: string; masters: string; errorRate: string }) => {
      const claims = integer('--claims', opts.claims);
      const seed = integer('--seed', opts.seed);
      const errorRate = Number(opts.errorRate);
      if (!(errorRate >= 0 && errorRate <= 1)) throw new UsageError(`--error-rate は0〜1で指定してください: ${opts.errorRate}`);
      if (!existsSync(opts.masters)) throw new UsageError(`マスターのディレクトリがありません: ${opts.masters}`);
      const federation = opts.federation.padStart(2, '0');
      const started = performance.now();
      let next = 0;
      try {
        const m = generateMonth({
          federation, month: opts.month, claims, outDir: resolve(opts.out), seed, mastersDir: opts.masters, errorRate,
          onProgress: (n) => {
            if (n >= next && process.stderr.isTTY) {
              process.stderr.write(`\r生成中 ${n.toLocaleString()} / ${claims.toLocaleString()} 件`);
              next = n + Math.max(1000, Math.floor(claims / 100));
            }
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        const s = (performance.now() - started) / 1000;
        const c = m.counts;
        console.log(
          `${opts.out}: 診療年月 ${m.serviceMonth}（請求 ${m.billingMonth}） レセプト ${c.claims!.toLocaleString()}件` +
            `（医科外来 ${c.medicalOutpatient} 入院 ${c.medicalInpatient} 調剤 ${c.pharmacy} 歯科 ${c.dental}）` +
            ` 医療機関ファイル ${c.providerFiles} 被保険者 ${c.persons} 誤り ${c.injectedErrors}件 — ${s.toFixed(1)}秒`,
        );
      } catch (e) {
        if (e instanceof GenerateError) throw new UsageError(e.message);
        throw e;
      }
    });
}
