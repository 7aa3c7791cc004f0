/**
 * `kokuho pooling --month YYYY-MM | --fiscal-year YYYY [--out DIR] [--sjis] [--json]`: the 共同事業
 * (高額医療費共同事業・特別高額医療費共同事業) aggregates of a service month or a 年度, computed from the
 * ledger of every federation, per insurer, prefecture and nation, written as CSV (UTF-8 or Shift_JIS).
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { defaultDataDir, openDatabase } from '@kokuho/store';
import { POOLING_SKIP_LABELS, poolingOf, PoolingRunError, type PoolingPeriod, type PoolingSkip } from '@kokuho/store/pooling';
import { writeCsvFiles } from '@kokuho/store/settlement';
import { monthOption } from '../lib/options.ts';
import { UsageError } from '../usage-error.ts';

const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;

function periodOption(o: { month?: string; fiscalYear?: string }): PoolingPeriod {
  if ((o.month === undefined) === (o.fiscalYear === undefined)) throw new UsageError('--month（診療年月）か --fiscal-year（年度）のどちらか一つを指定します');
  if (o.month !== undefined) return { month: monthOption(o.month) };
  if (!/^\d{4}$/.test(o.fiscalYear!)) throw new UsageError(`--fiscal-year は西暦4桁の年度です（2025 = 2025年4月〜2026年3月）: ${o.fiscalYear}`);
  return { fiscalYear: Number(o.fiscalYear) };
}

export function register(program: Command): void {
  program
    .command('pooling')
    .description('共同事業（高額医療費共同事業・特別高額医療費共同事業）を帳簿から集計し、保険者別・都道府県別・全国の CSV に書き出す')
    .option('--month <YYYY-MM>', '診療年月')
    .option('--fiscal-year <YYYY>', '年度（4月〜翌3月の診療分）')
    .option('--out <dir>', '書き出すディレクトリ（既定: データディレクトリの reports/pooling/<診療年月 または fyYYYY>）')
    .option('--sjis', 'Shift_JIS で書き出す（既定は UTF-8）')
    .option('--json', 'JSON で出力')
    .action(async (opts: { month?: string; fiscalYear?: string; out?: string; sjis?: boolean; json?: boolean }) => {
      const period = periodOption(opts);
      const out = opts.out ?? join(defaultDataDir(), 'reports', 'pooling', 'month' in period ? period.month : `fy${period.fiscalYear}`);
      const k = await openDatabase();
      try {
        const r = await poolingOf(k, period);
        const paths = writeCsvFiles(out, r.files, opts.sjis ? 'sjis' : 'utf8');
        if (opts.json) return void process.stdout.write(`${JSON.stringify({ from: r.from, to: r.to, label: r.label, claims: r.claims, skipped: r.skipped, summary: r.summary, out, files: paths }, null, 2)}\n`);
        const national = 'month' in period ? r.summary.nationalByMonth : r.summary.nationalByFiscalYear;
        console.log(`共同事業 ${r.label}（${r.from}〜${r.to} 診療分）: レセプト ${r.claims.toLocaleString()}件`);
        for (const n of national) {
          const high = n.scheme === '国保' ? `、高額医療費共同事業 ${n.highCost.claims.toLocaleString()}件 対象額 ${yen(n.highCost.countedPart)}（国・都道府県 各 ${yen(n.highCost.quarterShare)}）` : '';
          console.log(`  ${n.scheme}: ${n.claims.toLocaleString()}件 医療費 ${yen(n.medicalCost)}${high}、特別高額医療費共同事業 ${n.extraHighCost.claims.toLocaleString()}件 対象額 ${yen(n.extraHighCost.countedPart)}`);
        }
        for (const [reason, n] of Object.entries(r.skipped)) if (n) console.log(`  対象外 ${n.toLocaleString()}件: ${POOLING_SKIP_LABELS[reason as PoolingSkip]}`);
        console.log(`  → ${out}（${paths.length}ファイル）`);
      } catch (e) {
        if (e instanceof PoolingRunError) throw new UsageError(e.message);
        throw e;
      } finally {
        await k.close();
      }
    });
}
