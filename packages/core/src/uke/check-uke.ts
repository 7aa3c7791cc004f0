/**
 * checkUke: the file check behind `kokuho uke check FILE --json`. Streams the file through the
 * parser and keeps only counters and the problems found (capped, so a hopeless file cannot fill memory).
 */
import { parseUke, type UkeParseOptions } from './parse-uke.ts';
import type { UkeCheckReport, UkeError } from './types.ts';

export interface UkeCheckOptions extends UkeParseOptions {
  /** Keep at most this many problems in the report (default 10000); the rest are counted in `truncated`. */
  maxErrors?: number;
}

export async function checkUke(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: UkeCheckOptions): Promise<UkeCheckReport> {
  const max = options.maxErrors ?? 10_000;
  const report: UkeCheckReport = {
    file: options.fileName,
    kind: 'medical',
    claims: 0,
    records: 0,
    totalPoints: 0,
    valid: true,
    errorCount: 0,
    warningCount: 0,
    errors: [],
    truncated: 0,
  };
  const take = (errors: readonly UkeError[]): void => {
    for (const e of errors) {
      if (e.severity === 'error') report.errorCount++;
      else report.warningCount++;
      if (report.errors.length < max) {
        report.errors.push({ line: e.line, record: e.record, field: e.field, code: e.code, message: e.message, severity: e.severity });
      } else report.truncated++;
    }
  };
  for await (const ev of parseUke(source, options)) {
    take(ev.errors);
    if (ev.type === 'end') {
      report.kind = ev.summary.kind ?? 'medical';
      report.claims = ev.summary.claims;
      report.records = ev.summary.records;
      report.totalPoints = ev.summary.totalPoints;
    }
  }
  // File-level problems (line 0) are found at the end; sort keeps the report in file order.
  report.errors.sort((a, b) => (a.line || Infinity) - (b.line || Infinity));
  report.valid = report.errorCount === 0;
  return report;
}
