/**
 * Writes report CSVs (settlement, pooling) into a directory, UTF-8 or Shift_JIS (cp932).
 */
import { writeReportFile, type ReportEncoding } from '../report-files.ts';

export function writeCsvFiles(outDir: string, files: readonly { name: string; text: string }[], encoding: ReportEncoding = 'utf8'): string[] {
  return files.map((f) => writeReportFile(outDir, f.name, f.text, encoding));
}
