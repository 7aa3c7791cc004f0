/**
 * Writes report CSVs (settlement, pooling) into a directory, UTF-8 or Shift_JIS (cp932) as the
 * provider notices: the text is built once in UTF-8 and only encoded here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { ReportEncoding } from '../intake/receipt-reports.ts';

export function writeCsvFiles(outDir: string, files: readonly { name: string; text: string }[], encoding: ReportEncoding = 'utf8'): string[] {
  mkdirSync(outDir, { recursive: true });
  return files.map((f) => {
    const path = join(outDir, f.name);
    writeFileSync(path, encoding === 'sjis' ? iconv.encode(f.text, 'cp932') : f.text);
    return path;
  });
}
