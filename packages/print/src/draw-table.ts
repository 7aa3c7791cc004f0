/**
 * A ruled table that runs over as many pages as it needs: on each page it starts with its caption
 * (marked （続き） after the first) and its column header, so that a page read alone is still
 * understood. A row is never split across pages.
 */
import type { PrintColumn, PrintTable } from './print-document.ts';
import { cellHeight, drawCellText, fitCell, type CellText } from './cell-text.ts';
import { baselineIn, lineHeight, type LayoutStyle } from './layout-style.ts';
import type { PageFlow } from './page-flow.ts';
import type { Canvas, FontWeight } from './pdf-canvas.ts';

/**
 * x of every column boundary (columns + 1 values). Computed from cumulative widths, so the last
 * edge is exactly `left + width` and rounding never leaves a gap at the right border.
 */
export function columnEdges(columns: readonly PrintColumn[], left: number, width: number): number[] {
  const total = columns.reduce((s, c) => s + (c.width ?? 1), 0);
  let acc = 0;
  const edges = [left];
  for (const c of columns) {
    acc += c.width ?? 1;
    edges.push(left + (width * acc) / total);
  }
  return edges;
}

export function drawTable(canvas: Canvas, flow: PageFlow, style: LayoutStyle, table: PrintTable): void {
  const { left } = flow.frame;
  const width = flow.width;
  const edges = columnEdges(table.columns, left, width);
  const cellWidth = (i: number): number => edges[i + 1]! - edges[i]!;

  const fitRow = (cells: readonly string[], weight: FontWeight): CellText[] =>
    cells.map((text, i) => {
      const col = table.columns[i]!;
      const align = col.align ?? 'left';
      return fitCell(canvas, style, { text, width: cellWidth(i), align, overflow: col.overflow ?? (align === 'right' ? 'shrink' : 'wrap'), weight });
    });
  const rowHeight = (cells: readonly CellText[]): number => Math.max(...cells.map((c) => cellHeight(c, style)));

  const drawRow = (cells: readonly CellText[], h: number, fill?: string): void => {
    const y = flow.y;
    if (fill) canvas.fillRect(left, y, width, h, fill);
    cells.forEach((c, i) => drawCellText(canvas, style, c, edges[i]!, y, cellWidth(i), h));
    for (const x of edges.slice(1, -1)) canvas.line(x, y, x, y + h, style.ruleWidth);
    canvas.line(left, y + h, left + width, y + h, style.ruleWidth);
    flow.y += h;
  };

  const header = table.columns.map((c, i) =>
    fitCell(canvas, style, { text: c.label, width: cellWidth(i), align: 'center', overflow: 'wrap', weight: 'regular' }),
  );
  const headerHeight = rowHeight(header);
  const captionHeight = table.caption ? lineHeight(style.captionSize, style) + 2 : 0;

  let segmentTop = flow.y;
  const startSegment = (continued: boolean): void => {
    if (table.caption) {
      const caption = continued ? `${table.caption}（続き）` : table.caption;
      canvas.text(caption, left, baselineIn(flow.y, style.captionSize, style), style.captionSize, 'bold');
      flow.y += captionHeight;
    }
    segmentTop = flow.y;
    drawRow(header, headerHeight, style.headerFill);
    canvas.line(left, flow.y, left + width, flow.y, style.frameWidth);
  };
  const endSegment = (): void => canvas.strokeRect(left, segmentTop, width, flow.y - segmentTop, style.frameWidth);

  const first = table.rows[0] ?? table.totals;
  // Keep the caption and header with at least one row: a header alone at the foot of a page says nothing.
  flow.ensure(captionHeight + headerHeight + (first ? rowHeight(fitRow(first, 'regular')) : 0));
  startSegment(false);

  const place = (cells: readonly CellText[], fill?: string): number => {
    const h = rowHeight(cells);
    if (!flow.fits(h)) {
      endSegment();
      flow.newPage();
      startSegment(true);
    }
    const top = flow.y;
    drawRow(cells, h, fill);
    return top;
  };
  for (const row of table.rows) place(fitRow(row, 'regular'));
  if (table.totals) {
    const top = place(fitRow(table.totals, 'bold'), style.totalsFill);
    canvas.line(left, top, left + width, top, style.frameWidth);
  }
  endSegment();
}
