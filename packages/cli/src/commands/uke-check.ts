/**
 * `kokuho uke check FILE… [--json]`: checks claim files against the 記録条件仕様.
 * Exit 0 when every file is valid, 1 when any has errors, 2 on usage errors.
 */
import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { checkUke, type UkeCheckReport } from '@kokuho/core/uke';
import { expandUkeFiles } from '../lib/uke-files.ts';
import { UsageError } from '../usage-error.ts';

const KIND_LABELS: Record<string, string> = { medical: '医科', dpc: 'DPC', pharmacy: '調剤', dental: '歯科' };

export function register(program: Command): void {
  const uke = program.commands.find((c) => c.name() === 'uke') ?? program.command('uke').description('レセプト電算処理ファイル (UKE)');
  uke
    .command('check')
    .description('記録条件仕様に従ってファイルを検査する')
    .argument('<files...>', 'RECEIPTC.UKE ファイルまたはディレクトリ')
    .option('--json', '結果を JSON で出力する')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const files = expandUkeFiles(paths);
      if (!files.length) throw new UsageError('UKE ファイルがありません');
      const reports: UkeCheckReport[] = [];
      for (const file of files) {
        const report = await checkUke(createReadStream(file, { highWaterMark: 1 << 20 }), { fileName: file });
        reports.push(report);
        // Set before printing: a reader that stops early (| head) must still see exit 1.
        if (report.errors.some((e) => e.severity === 'error')) process.exitCode = 1;
        if (!opts.json) printReport(report);
      }
      if (opts.json) {
        const out = reports.map((r) => ({
          file: r.file,
          kind: r.kind,
          claims: r.claims,
          records: r.records,
          totalPoints: r.totalPoints,
          errors: r.errors.map((e) => ({ line: e.line, record: e.record, field: e.field, code: e.code, message: e.message, severity: e.severity })),
        }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      }
      process.exitCode ??= 0;
    });
}

function printReport(r: UkeCheckReport): void {
  const errors = r.errors.filter((e) => e.severity === 'error').length;
  const warnings = r.errors.length - errors;
  console.log(
    `${r.file}: ${KIND_LABELS[r.kind] ?? r.kind} レセプト ${r.claims.toLocaleString()}件 レコード ${r.records.toLocaleString()} ` +
      `総合計点数 ${r.totalPoints.toLocaleString()}点 — ${errors ? `エラー ${errors}件` : '正常'}${warnings ? ` 警告 ${warnings}件` : ''}`,
  );
  for (const e of r.errors) {
    console.log(`  ${e.severity === 'error' ? 'エラー' : '警告'} ${e.line}行 ${e.record}${e.field ? `.${e.field}` : ''} [${e.code}] ${e.message}`);
  }
}
