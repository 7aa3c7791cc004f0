/**
 * `kokuho masters import PATH…`: imports 基本マスター files (csv/txt or zip, full or change files,
 * or directories holding them). Exit 0 when every row was loaded, 1 when some rows were bad (the
 * good rows are imported all the same), 2 on usage errors (unknown file names, unreadable zips).
 * `kokuho masters show CODE [--date YYYY-MM-DD|YYYY-MM]`: the entry in force, as JSON.
 */
import type { Command } from 'commander';
import { openDatabase } from '@kokuho/store';
import {
  findMasterVersions,
  importMasterSources,
  isDayOrMonth,
  MasterImportError,
  readMasterFiles,
  type MasterFileReport,
} from '@kokuho/store/masters';
import {
  formatMasterError,
  hundredthsToDecimal,
  kindOfCode,
  MASTER_KIND_LABELS,
  periodOf,
  versionOn,
  type MasterVersion,
} from '@kokuho/core/masters';
import { UsageError } from '../usage-error.ts';

export function register(program: Command): void {
  const masters =
    program.commands.find((c) => c.name() === 'masters') ??
    program.command('masters').description('基本マスター（診療行為・医薬品・特定器材・傷病名・修飾語・コメント）');

  masters
    .command('import')
    .description('支払基金の基本マスターファイル（全件・変更分、csv/txt/zip）を取り込む')
    .argument('<paths...>', 'マスターファイルまたはそれを含むディレクトリ')
    .action(async (paths: string[]) => {
      let read;
      try {
        read = readMasterFiles(paths);
      } catch (e) {
        if (e instanceof MasterImportError) throw new UsageError(e.errors.map(formatMasterError).join('\n'));
        throw e;
      }
      if (!read.files.length) throw new UsageError('マスターファイルがありません（例: s_ALL20240531.csv, y_20240613.csv, b_20240601.zip）');
      const k = await openDatabase();
      try {
        const started = performance.now();
        const report = await importMasterSources(k.db, read, { onFile: printFile });
        for (const p of report.ignored) console.log(`${p}: マスターファイル名ではないため対象外`);
        const rows = report.files.reduce((n, f) => n + f.rows, 0);
        const bad = report.files.reduce((n, f) => n + f.errors.filter((e) => e.severity === 'error').length, 0);
        console.log(
          `${report.files.length}ファイル ${rows.toLocaleString()}行 ${((performance.now() - started) / 1000).toFixed(1)}秒` +
            (bad ? ` — 不正な行 ${bad}件（取り込んでいません）` : ''),
        );
        process.exitCode = bad ? 1 : 0;
      } finally {
        await k.close();
      }
    });

  masters
    .command('show')
    .description('コードのマスター内容（指定日に有効な版）を JSON で表示する')
    .argument('<code>', '診療行為・医薬品・特定器材・コメント 9桁, 傷病名 7桁, 修飾語 4桁')
    .option('--date <date>', '基準日 YYYY-MM-DD または診療年月 YYYY-MM（既定: 今日）')
    .option('--all', 'すべての版を表示する')
    .option('--raw', '公表された全項目（raw）も表示する')
    .action(async (code: string, opts: { date?: string; all?: boolean; raw?: boolean }) => {
      const kind = kindOfCode(code);
      if (!kind) throw new UsageError(`「${code}」はマスターのコードの形ではありません`);
      const at = opts.date ?? new Date().toLocaleDateString('sv-SE');
      if (!isDayOrMonth(at)) throw new UsageError(`--date は YYYY-MM-DD または YYYY-MM で指定してください: ${at}`);
      const k = await openDatabase();
      try {
        const versions = await findMasterVersions(k.db, code);
        if (opts.all) {
          process.stdout.write(`${json(versions.map((v) => view(v, opts.raw)))}\n`);
          process.exitCode = versions.length ? 0 : 1;
          return;
        }
        // A month: the version of its first day, else the first that starts within it (as snapshots do).
        const { start, end } = periodOf(at);
        const v = versionOn(versions, start) ?? versions.find((x) => x.validFrom !== undefined && x.validFrom > start && x.validFrom < end);
        if (!v) {
          console.error(`${MASTER_KIND_LABELS[kind]}マスターに ${code} は ${at} 時点で有効な版がありません（版数 ${versions.length}）`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`${json(view(v, opts.raw))}\n`);
      } finally {
        await k.close();
      }
    });
}

function printFile(f: MasterFileReport): void {
  const what = `${f.file}  ${MASTER_KIND_LABELS[f.kind]} ${f.full ? '全件' : '変更分'} ${f.fileDate}`;
  if (f.status === 'skipped') {
    console.log(`${what}  取込済みのためスキップ${f.sameAs !== f.file ? `（${f.sameAs} と同一内容）` : ''}`);
    return;
  }
  console.log(
    `${what}  ${f.rows.toLocaleString()}行 コード${f.codes.toLocaleString()} 版 +${f.versionsCreated.toLocaleString()} −${f.versionsRemoved.toLocaleString()}` +
      `${f.status === 'replaced' ? ' （同名ファイルを置換）' : ''} ${f.ms}ms`,
  );
  for (const e of f.errors) console.log(`  ${formatMasterError(e)}`);
}

/** Unset fields (e.g. abolishedOn) print as null rather than vanish. */
function json(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v), 2);
}

function view(v: MasterVersion, raw: boolean | undefined): object {
  const { raw: cols, ...entry } = v.entry;
  const amount100 = entry.kind === 'S' ? entry.points100 : entry.kind === 'Y' || entry.kind === 'T' ? entry.price100 : undefined;
  return {
    kind: v.kind,
    kindLabel: MASTER_KIND_LABELS[v.kind],
    code: v.code,
    validFrom: v.validFrom ?? null,
    validTo: v.validTo ?? null,
    source: `${v.source.file}:${v.source.line}`,
    ...(amount100 === undefined ? {} : { [entry.kind === 'S' ? '点数' : '金額']: hundredthsToDecimal(amount100) }),
    entry,
    ...(raw ? { raw: cols } : {}),
  };
}
