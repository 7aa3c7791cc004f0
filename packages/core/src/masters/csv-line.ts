/**
 * The masters' CSV (MSPEC 2): values separated by ',' and each wrapped in '"'; an empty value is
 * '""'. No published value contains a quote, but a doubled '""' inside quotes is read as one quote
 * so that a stray one cannot shift every column after it. Unquoted values are accepted as written.
 */
import type { Result } from '../common/result.ts';

export interface CsvSyntaxProblem {
  /** 1-based position of the value at fault. */
  column: number;
  reason: '引用符が閉じていません' | '閉じ引用符の後に文字があります';
}

export function parseCsvLine(line: string): Result<string[], CsvSyntaxProblem> {
  const values: string[] = [];
  let i = 0;
  for (;;) {
    const column = values.length + 1;
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) return { ok: false, errors: [{ column, reason: '引用符が閉じていません' }] };
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      values.push(value);
      if (i < line.length && line[i] !== ',') return { ok: false, errors: [{ column, reason: '閉じ引用符の後に文字があります' }] };
    } else {
      const c = line.indexOf(',', i);
      values.push(line.slice(i, c < 0 ? line.length : c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return { ok: true, value: values };
    i++; // the comma
  }
}

/**
 * Splits decoded file text into lines: CRLF or LF, a leading BOM and a trailing EOF mark (0x1A)
 * removed. Blank lines are kept (as '') so that line numbers match what an editor shows.
 */
export function splitLines(text: string): string[] {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  t = t.replace(/\x1a+$/, '');
  const lines = t.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
