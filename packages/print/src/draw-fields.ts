/**
 * The header fields (処理年月, 保険者番号 …) as a ruled grid of label/value pairs, several pairs to a
 * row; labels sit on a light fill, as on the printed forms.
 */
import type { HeaderField } from './print-document.ts';
import { cellHeight, drawCellText, fitCell } from './cell-text.ts';
import type { LayoutStyle } from './layout-style.ts';
import type { PageFlow } from './page-flow.ts';
import type { Canvas } from './pdf-canvas.ts';

export function drawFields(canvas: Canvas, flow: PageFlow, style: LayoutStyle, fields: readonly HeaderField[], perRow: number): void {
  if (fields.length === 0) return;
  const pairWidth = flow.width / perRow;
  const widest = Math.max(...fields.map((f) => canvas.measure(f.label, style.bodySize)));
  const labelWidth = Math.min(widest + 2 * style.cellPadX + 2, pairWidth * 0.45);
  const valueWidth = pairWidth - labelWidth;
  for (let start = 0; start < fields.length; start += perRow) {
    const cells = fields.slice(start, start + perRow).map((f) => ({
      label: fitCell(canvas, style, { text: f.label, width: labelWidth, align: 'left', overflow: 'wrap', weight: 'regular' }),
      value: fitCell(canvas, style, { text: f.value, width: valueWidth, align: 'left', overflow: 'wrap', weight: 'regular' }),
    }));
    const h = Math.max(...cells.flatMap((c) => [cellHeight(c.label, style), cellHeight(c.value, style)]));
    flow.ensure(h);
    cells.forEach((c, i) => {
      const x = flow.frame.left + i * pairWidth;
      canvas.fillRect(x, flow.y, labelWidth, h, style.labelFill);
      drawCellText(canvas, style, c.label, x, flow.y, labelWidth, h);
      drawCellText(canvas, style, c.value, x + labelWidth, flow.y, valueWidth, h);
      canvas.strokeRect(x, flow.y, labelWidth, h, style.ruleWidth);
      canvas.strokeRect(x + labelWidth, flow.y, valueWidth, h, style.ruleWidth);
    });
    flow.y += h;
  }
  flow.gap(style.bodySize * 1.5);
}
