import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsvLine, splitLines } from './csv-line.ts';

test('quoted CSV lines of the masters', () => {
  const rows: [string, string[]][] = [
    // c_ALL20240531.csv line 1 (first 8 columns)
    ['"0","C","8","10","1","0","","0"', ['0', 'C', '8', '10', '1', '0', '', '0']],
    ['"a,b","c"', ['a,b', 'c']],
    ['"say ""hi""",""', ['say "hi"', '']],
    ['1,,"x"', ['1', '', 'x']],
    ['""', ['']],
    ['', ['']],
  ];
  for (const [line, values] of rows) assert.deepEqual(parseCsvLine(line), { ok: true, value: values }, line);
});

test('broken quoting is reported with the value position', () => {
  assert.deepEqual(parseCsvLine('"0","S","111000110'), { ok: false, errors: [{ column: 3, reason: '引用符が閉じていません' }] });
  assert.deepEqual(parseCsvLine('"0","S"x,"1"'), { ok: false, errors: [{ column: 2, reason: '閉じ引用符の後に文字があります' }] });
});

test('lines: CRLF or LF, BOM and EOF mark removed, blank lines kept for numbering', () => {
  assert.deepEqual(splitLines('\ufeff"a"\r\n"b"\r\n\x1a'), ['"a"', '"b"']);
  assert.deepEqual(splitLines('"a"\n\n"c"'), ['"a"', '', '"c"']);
  assert.deepEqual(splitLines(''), []);
});
