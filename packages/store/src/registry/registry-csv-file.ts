/**
 * Streams a registry CSV file row by row (node:readline over a file stream), so that a file of a
 * million rows is read in constant memory. Rows come out as values or as errors (file, line, column,
 * message); a file whose header lacks a required column yields that one error and nothing else.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Result } from '@kokuho/core/common';
import { CsvRow, readCsvHeader, type CsvHeader, type CsvRowError } from '@kokuho/core/registry';

/** A data row's value, or why it was refused (line 1: the header, and then the file is skipped). */
export type CsvFileItem<T> = { ok: true; line: number; value: T } | { ok: false; line: number; errors: CsvRowError[] };

export async function* readCsvFile<T>(
  path: string,
  file: string,
  required: readonly string[],
  toValue: (row: CsvRow) => Result<T, CsvRowError>,
): AsyncGenerator<CsvFileItem<T>> {
  if (!existsSync(path)) return;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: CsvHeader | undefined;
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (!header) {
        const h = readCsvHeader(file, text, required);
        if (!h.ok) {
          yield { ok: false, line, errors: h.errors };
          return;
        }
        header = h.value;
        continue;
      }
      if (text.trim() === '') continue; // a blank line carries no row
      const row = CsvRow.parse(header, line, text);
      const r = row.ok ? toValue(row.value) : row;
      yield r.ok ? { ok: true, line, value: r.value } : { ok: false, line, errors: r.errors };
    }
  } finally {
    lines.close();
  }
}

/** Groups a stream into arrays of about `size` items; `sameGroup` keeps neighbours together (one person's rows). */
export async function* batchesOf<T>(items: AsyncIterable<T>, size: number, sameGroup?: (a: T, b: T) => boolean): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    if (batch.length >= size && !(sameGroup && sameGroup(batch[batch.length - 1]!, item))) {
      yield batch;
      batch = [];
    }
    batch.push(item);
  }
  if (batch.length) yield batch;
}
