import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { A4 } from './layout-style.ts';
import { columnEdges } from './draw-table.ts';
import { formatYen } from './number-format.ts';
import type { PrintDocument } from './print-document.ts';
import { PrintError } from './print-errors.ts';
import { readPdf, type PdfTextItem } from './read-pdf.test-support.ts';
import { renderPdf } from './render-pdf.ts';
import { sampleBill } from './sample-bill.test-support.ts';

// Layout figures of the default style (layout-style.ts): 36pt margins, 3pt cell padding.
const MARGIN = 36;
const PAD = 3;
const doc = sampleBill();
const table = doc.tables![0]!;
const edges = columnEdges(table.columns, MARGIN, A4.width - 2 * MARGIN);
const close = (a: number, b: number, eps = 0.05): boolean => Math.abs(a - b) <= eps;
const end = (it: PdfTextItem): number => it.x + it.width;

let rendered: Promise<Uint8Array> | undefined;
const bill = (): Promise<Uint8Array> => (rendered ??= renderPdf(doc));

// One row whose name and amount are too wide for their columns, on a landscape page.
const narrow: PrintDocument = {
  title: '支払額通知書',
  issuedOn: '2025-06-10',
  tables: [
    {
      columns: [{ label: '医療機関名', width: 2 }, { label: '支払額', align: 'right', width: 1 }, { label: '備考', width: 10 }],
      rows: [['医療法人社団 健康会 総合クリニック 第一診療所', '12,345,678,901', '']],
    },
  ],
};
let renderedNarrow: Promise<Uint8Array> | undefined;
const narrowPdf = (): Promise<Uint8Array> => (renderedNarrow ??= renderPdf(narrow, { orientation: 'landscape' }));

test('a bill of 100 providers reads back as three pages of Japanese text', async () => {
  const { pages, sizes, info } = await readPdf(await bill());
  assert.equal(pages.length, 3);
  for (const [w, h] of sizes) assert.deepEqual([Math.round(w), Math.round(h)], [595, 842], 'A4 portrait');
  const [p1, p2, p3] = pages as [PdfTextItem[], PdfTextItem[], PdfTextItem[]];
  const title = p1.find((it) => it.str === '診療報酬等請求書' && it.size > 12);
  assert.ok(title, 'title on page 1');
  assert.ok(close(title.x + title.width / 2, A4.width / 2, 0.5), 'title centred');
  assert.ok(p1.some((it) => it.str === '令和7年6月10日'), 'date of issue in 和暦');
  assert.ok(p1.some((it) => it.str === '東京都国民健康保険団体連合会'));
  assert.ok(p1.some((it) => it.str === '処理年月') && p1.some((it) => it.str === '令和7年6月'));
  assert.ok(p1.some((it) => it.str === '診療所1') && p1.some((it) => it.str === table.rows[0]![5]));
  pages.forEach((items, i) => {
    assert.ok(items.some((it) => it.str === `${i + 1} / 3`), `footer of page ${i + 1}`);
    assert.ok(items.some((it) => it.str === '請求額（円）'), `column header repeated on page ${i + 1}`);
  });
  assert.ok(p2.some((it) => it.str === '2 / 3'));
  assert.ok(p2.some((it) => it.str === '医療機関別内訳（続き）') && p3.some((it) => it.str === '医療機関別内訳（続き）'));
  assert.ok(p3.some((it) => it.str === '合計') && p3.some((it) => it.str === formatYen(26155500)));
  assert.ok(p3.some((it) => it.str === '支払予定日：令和7年6月20日'), 'notes after the table');
  // Every row exactly once: nothing lost or repeated at a page break.
  const all = pages.flat();
  for (const row of table.rows) assert.equal(all.filter((it) => it.str === row[0]).length, 1, row[0]);
  assert.equal(info.Title, '診療報酬等請求書');
});

test('figures are right-aligned: every number of a column ends at the same x', async () => {
  const { pages } = await readPdf(await bill());
  let rows = 0;
  const starts = new Set<number>();
  for (const items of pages) {
    for (const code of items.filter((it) => /^13\d{7}$/.test(it.str) || it.str === '合計')) {
      assert.ok(close(code.x, edges[0]! + PAD), `${code.str} starts at the left padding`);
      const line = items.filter((it) => close(it.y, code.y) && it.x > edges[2]!).sort((a, b) => a.x - b.x);
      assert.equal(line.length, 4, `${code.str}: 件数・日数・点数・請求額`);
      line.forEach((it, k) => assert.ok(close(end(it), edges[k + 3]! - PAD), `${code.str} column ${k + 3} ends at ${end(it)}`));
      starts.add(Math.round(line[3]!.x));
      rows++;
    }
  }
  assert.equal(rows, 101);
  assert.ok(starts.size > 1, 'amounts of different lengths start at different x');
});

test('the same document gives the same bytes; another gives another /ID', async () => {
  const a = await bill();
  const b = await renderPdf(sampleBill());
  assert.ok(Buffer.from(a).equals(Buffer.from(b)), 'byte-identical');
  // Another document of the same day: pdfkit alone would derive the same /ID from the same Info dates.
  const other = await narrowPdf();
  const id = (bytes: Uint8Array): string | undefined => /\/ID \[<([0-9a-f]{32})>/.exec(Buffer.from(bytes).subarray(-400).toString('latin1'))?.[1];
  assert.ok(id(a));
  assert.equal(id(a), id(b));
  assert.notEqual(id(a), id(other));
  const { info } = await readPdf(a);
  // 2025-06-10 00:00 in Japan.
  assert.equal(info.CreationDate, 'D:20250609150000Z');
  assert.equal(info.ModDate, 'D:20250609150000Z');
});

test('text too wide for its cell is shrunk or wrapped inside the cell', async () => {
  const e = columnEdges(narrow.tables![0]!.columns, MARGIN, A4.height - 2 * MARGIN);
  const { pages, sizes } = await readPdf(await narrowPdf());
  assert.deepEqual(sizes.map(([w, h]) => [Math.round(w), Math.round(h)]), [[842, 595]], 'one A4 landscape page');
  const [items] = pages as [PdfTextItem[]];
  const amount = items.find((it) => it.str === '12,345,678,901');
  assert.ok(amount);
  assert.ok(amount.size < 9, `shrunk from 9pt to ${amount.size}`);
  assert.ok(amount.x >= e[1]! + PAD - 0.05 && close(end(amount), e[2]! - PAD));
  const name = items.filter((it) => it.x < e[1]! && it.str !== '医療機関名' && it.y > 100);
  assert.ok(name.length >= 2, 'the name is wrapped onto several lines');
  assert.equal(name.map((it) => it.str).join('').replace(/\s/g, ''), '医療法人社団健康会総合クリニック第一診療所');
  for (const it of name) assert.ok(end(it) <= e[1]! - PAD + 0.05, `「${it.str}」 stays in its cell`);
});

test('a missing or unreadable font is a typed error that says what to do', async () => {
  await assert.rejects(renderPdf(sampleBill(3), { fontPath: '/nonexistent/kokuho.ttf' }), (e: unknown) => {
    assert.ok(e instanceof PrintError);
    assert.equal(e.code, 'FONT_FILE_NOT_FOUND');
    assert.match(e.message, /フォントファイル \/nonexistent\/kokuho\.ttf がありません/);
    assert.match(e.message, /apt-get install fonts-noto-cjk/);
    return true;
  });
  await assert.rejects(renderPdf(sampleBill(3), { fontPath: fileURLToPath(import.meta.url) }), (e: unknown) => {
    assert.ok(e instanceof PrintError);
    assert.equal(e.code, 'FONT_UNREADABLE');
    return true;
  });
});

test('a row with the wrong number of cells is refused before drawing', async () => {
  const bad = sampleBill(2);
  const t = bad.tables![0]!;
  await assert.rejects(renderPdf({ ...bad, tables: [{ ...t, rows: [...t.rows, ['1310', '診療所']] }] }), (e: unknown) => {
    assert.ok(e instanceof PrintError);
    assert.equal(e.code, 'ROW_CELL_COUNT');
    assert.match(e.message, /3行目の項目数（2）が列数（6）と一致しません/);
    return true;
  });
});
