import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PrintDocument, PrintTable } from './print-document.ts';
import { validateDocument } from './validate-document.ts';

const table = (t: Partial<PrintTable>): PrintTable => ({ caption: '内訳', columns: [{ label: '件数' }, { label: '金額' }], rows: [], ...t });
const doc = (d: Partial<PrintDocument>): PrintDocument => ({ title: '支払額通知書', issuedOn: '2025-06-10', ...d });

test('documents that cannot be laid out are refused by table and row', () => {
  const rows: [PrintDocument, string[], RegExp | undefined][] = [
    [doc({ tables: [table({ rows: [['1', '100']], totals: ['1', '100'] })] }), [], undefined],
    [doc({ issuedOn: '2025-02-30' }), ['ISSUED_ON_INVALID'], /発行日「2025-02-30」/],
    [doc({ issuedOn: '令和7年6月10日' }), ['ISSUED_ON_INVALID'], /YYYY-MM-DD/],
    [doc({ tables: [table({ columns: [] })] }), ['TABLE_WITHOUT_COLUMNS'], /表「内訳」に列がありません/],
    [doc({ tables: [table({ columns: [{ label: 'a', width: 0 }, { label: 'b', width: -1 }] })] }), ['COLUMN_WIDTH_INVALID', 'COLUMN_WIDTH_INVALID'], /1列目の幅「0」/],
    [doc({ tables: [table({ rows: [['1', '100'], ['2']] })] }), ['ROW_CELL_COUNT'], /表「内訳」の2行目の項目数（1）が列数（2）/],
    [doc({ tables: [table({ caption: undefined, totals: ['合計', '1', '2'] })] }), ['ROW_CELL_COUNT'], /表「1」の合計行の項目数（3）/],
  ];
  for (const [d, codes, message] of rows) {
    const problems = validateDocument(d);
    assert.deepEqual(problems.map((p) => p.code), codes, JSON.stringify(d));
    if (message) assert.match(problems[0]!.message, message);
  }
});
