/**
 * Text inside a ruled cell (tables and the header-field grid): fitted to the cell's inner width,
 * centred vertically, aligned left, centre or right. Right alignment ends every line exactly at
 * the inner right edge, so that the last digits of a column of figures line up.
 */
import type { CellAlign, CellOverflow } from './print-document.ts';
import { baselineIn, lineHeight, type LayoutStyle } from './layout-style.ts';
import type { Canvas, FontWeight } from './pdf-canvas.ts';
import { fitText, type FittedText } from './text-fit.ts';

export interface CellText extends FittedText {
  align: CellAlign;
  weight: FontWeight;
}

export interface CellSpec {
  text: string;
  /** Width of the whole cell, padding included. */
  width: number;
  align: CellAlign;
  overflow: CellOverflow;
  weight: FontWeight;
}

export function fitCell(canvas: Canvas, style: LayoutStyle, spec: CellSpec): CellText {
  const inner = Math.max(spec.width - 2 * style.cellPadX, 1);
  const fitted = fitText(spec.text, inner, style.bodySize, spec.overflow, (s, size) => canvas.measure(s, size, spec.weight));
  return { ...fitted, align: spec.align, weight: spec.weight };
}

/** Height a cell needs; never less than one line at body size, so rows keep an even rhythm. */
export function cellHeight(cell: CellText, style: LayoutStyle): number {
  const text = Math.max(cell.lines.length * lineHeight(cell.size, style), lineHeight(style.bodySize, style));
  return text + 2 * style.cellPadY;
}

export function drawCellText(canvas: Canvas, style: LayoutStyle, cell: CellText, x: number, y: number, w: number, h: number): void {
  const lh = lineHeight(cell.size, style);
  let top = y + (h - cell.lines.length * lh) / 2;
  for (const line of cell.lines) {
    const width = cell.align === 'left' ? 0 : canvas.measure(line, cell.size, cell.weight);
    const left =
      cell.align === 'right' ? x + w - style.cellPadX - width : cell.align === 'center' ? x + (w - width) / 2 : x + style.cellPadX;
    canvas.text(line, left, baselineIn(top, cell.size, style), cell.size, cell.weight);
    top += lh;
  }
}
