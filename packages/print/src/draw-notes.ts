/**
 * Free lines after the tables (振込予定日, 問い合わせ先 …), wrapped to the page width and paged
 * line by line.
 */
import { baselineIn, lineHeight, type LayoutStyle } from './layout-style.ts';
import type { PageFlow } from './page-flow.ts';
import type { Canvas } from './pdf-canvas.ts';
import { wrapText } from './text-fit.ts';

export function drawNotes(canvas: Canvas, flow: PageFlow, style: LayoutStyle, notes: readonly string[]): void {
  if (notes.length === 0) return;
  const size = style.bodySize;
  const lh = lineHeight(size, style);
  flow.gap(size);
  for (const note of notes) {
    for (const line of wrapText(note, flow.width, size, (s, z) => canvas.measure(s, z))) {
      flow.ensure(lh);
      canvas.text(line, flow.frame.left, baselineIn(flow.y, size, style), size);
      flow.y += lh;
    }
  }
}
