/**
 * Report files for staff and providers (受付結果, notices, bills, settlement, pooling): text is built in
 * UTF-8 and only encoded here, to Shift_JIS (cp932) when asked, as providers' and insurers' software
 * reads it; PDFs are written as they are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export type ReportEncoding = 'utf8' | 'sjis';

/** Writes one file into `outDir` (created if need be) and returns its path. */
export function writeReportFile(outDir: string, name: string, content: string | Uint8Array, encoding: ReportEncoding = 'utf8'): string {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, name);
  writeFileSync(path, typeof content !== 'string' ? content : encoding === 'sjis' ? iconv.encode(content, 'cp932') : content);
  return path;
}
