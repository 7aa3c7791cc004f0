/**
 * `kokuho intake --federation NN --month YYYY-MM FILE|DIR… [--json]`: 受付 of claim files.
 * A directory written by `kokuho generate` brings its registries and eligibility changes, which are
 * loaded first (and the repo's sample masters when the database has none), so that generate then
 * intake works on an empty database. Exit 0 when the run completed (refused files and returned
 * claims are outcomes, listed in the summary and the 受付結果), 1 on failure, 2 on usage errors.
 */
import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { FederationCode } from '@kokuho/core/common';
import { openDatabase, defaultDataDir } from '@kokuho/store';
import { importMasterFiles } from '@kokuho/store/masters';
import { loadRegistryDirectory } from '@kokuho/store/registry';
import { intakeFiles, writeReceiptReports, type IntakeSummary } from '@kokuho/store/intake';
import { expandUkeFiles } from '../lib/uke-files.ts';
import { SAMPLE_MASTERS } from '../lib/paths.ts';
import { UsageError } from '../usage-error.ts';
import { federationOption, monthOption } from '../lib/options.ts';
import { printIntakeSummary } from '../lib/intake-summary.ts';

interface Options {
  federation?: string;
  month?: string;
  json?: boolean;
  replace?: boolean;
  reportDir?: string;
  sjis?: boolean;
  progress?: boolean;
}

export function register(program: Command): void {
  program
    .command('intake')
    .description('レセプトファイルを受け付ける（受付・事務点検・資格点検）')
    .argument('<paths...>', 'RECEIPTC.UKE ファイル、またはディレクトリ（kokuho generate の出力なら台帳・資格異動も取り込む）')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月（請求年月はその翌月）')
    .option('--json', '要約を JSON で出力する')
    .option('--replace', '再送：同じ医療機関・同じ月・同じファイル名（ディレクトリは問わない）の受付済みファイルを取り下げて置き換える')
    .option('--report-dir <dir>', '受付結果（医療機関別 CSV）の出力先')
    .option('--sjis', '受付結果を Shift_JIS で書く（既定 UTF-8）')
    .option('--progress', '進捗を標準エラーに表示する')
    .action(async (paths: string[], opts: Options) => {
      const federation = federationOption(opts.federation ?? '');
      const month = monthOption(opts.month ?? '');
      const say = (s: string): void => void (opts.json ? process.stderr : process.stdout).write(`${s}\n`);
      const files = collectFiles(paths);
      if (!files.length) throw new UsageError('UKE ファイルがありません');
      const k = await openDatabase();
      try {
        const registry = await loadDirectories(k, federation, paths, say);
        await ensureMasters(k, paths, say);
        const summary = await intakeFiles(k, files, {
          federation, month, replace: opts.replace ?? false,
          ...(opts.progress ? { onProgress: (p: { file: string; claimsDone: number }) => void process.stderr.write(`  ${p.file}: ${p.claimsDone}件\n`) } : {}),
          onFile: (r) => { if (opts.progress) process.stderr.write(`受付 ${r.file}: ${r.status} ${r.claims}件\n`); },
        });
        const reportDir = resolve(opts.reportDir ?? join(defaultDataDir(), 'reports', federation, month, 'receipt-results'));
        const reports = await writeReceiptReports(k, federation, month, reportDir, opts.sjis ? 'sjis' : 'utf8');
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(jsonSummary(summary, reportDir, registry), null, 2)}\n`);
        } else {
          printIntakeSummary(summary, say);
          say(`受付結果: ${reportDir}（医療機関 ${reports.providers}、${opts.sjis ? 'Shift_JIS' : 'UTF-8'}）`);
        }
      } finally {
        await k.close();
      }
    });
}

/**
 * Files named relative to the directory given (a generated month's are then named as in its
 * ground-truth.jsonl: claims/<provider>/RECEIPTC.UKE), or as given.
 */
function collectFiles(paths: string[]): { path: string; name: string }[] {
  return paths.flatMap((p) => {
    const generated = existsSync(join(p, 'manifest.json')) && existsSync(join(p, 'claims'));
    const files = expandUkeFiles([generated ? join(p, 'claims') : p]);
    const dir = statSync(p).isDirectory();
    return files.map((f) => ({ path: f, name: dir ? relative(p, f) : f }));
  });
}

async function loadDirectories(k: Awaited<ReturnType<typeof openDatabase>>, federation: FederationCode, paths: string[], say: (s: string) => void): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const p of paths) {
    if (!existsSync(join(p, 'registry')) && !existsSync(join(p, 'eligibility'))) continue;
    const r = await loadRegistryDirectory(k, federation, p);
    out.push({ dir: p, ...r });
    say(`台帳・資格異動を取り込みました: ${p}`);
  }
  return out;
}

/** The sample masters a generated month was made from, when the database has no masters yet. */
async function ensureMasters(k: Awaited<ReturnType<typeof openDatabase>>, paths: string[], say: (s: string) => void): Promise<void> {
  const any = await k.db.selectFrom('master_versions').select('code').limit(1).executeTakeFirst();
  if (any) return;
  const generated = paths.find((p) => existsSync(join(p, 'manifest.json')) && (JSON.parse(readFileSync(join(p, 'manifest.json'), 'utf8')) as { generator?: string }).generator === '@kokuho/synth');
  if (!generated) {
    say('注意: 基本マスターが未登録のため、コード・点数の点検は行いません（kokuho masters import で取り込んでください）');
    return;
  }
  await importMasterFiles(k.db, [SAMPLE_MASTERS]);
  say(`基本マスターが未登録のため、同梱のサンプルマスター（${SAMPLE_MASTERS}）を取り込みました`);
}

function jsonSummary(s: IntakeSummary, reportDir: string, registry: Record<string, unknown>[]): Record<string, unknown> {
  return {
    federation: s.federation, month: s.month,
    files: s.files, filesAccepted: s.filesAccepted, filesRefused: s.filesRefused, filesDuplicate: s.filesDuplicate,
    claims: s.claims, accepted: s.accepted, acceptedWithFindings: s.acceptedWithFindings, returned: s.returned,
    duplicates: s.duplicates, refused: s.refused, outOfPrefecture: s.outOfPrefecture,
    findings: s.findings, mastersMissing: s.mastersMissing, reportDir,
    refusedFiles: s.results.filter((r) => r.status === 'refused').map((r) => ({ file: r.file, provider: r.provider, claims: r.claims, errors: r.errors })),
    registry,
  };
}
