/**
 * Every page's foot: the title on the left (so a loose page can be put back) and 「2 / 3」 in the
 * centre. Drawn after the whole document is laid out, when the number of pages is known.
 */
import { baselineIn, lineHeight, type LayoutStyle } from './layout-style.ts';
import type { Frame } from './page-flow.ts';
import type { Canvas } from './pdf-canvas.ts';
import { shrinkSize } from './text-fit.ts';

export const pageLabel = (page: number, pages: number): string => `${page} / ${pages}`;

export function drawFooters(canvas: Canvas, frame: Frame, style: LayoutStyle, title: string): void {
  const size = style.footerSize;
  const pages = canvas.pageCount();
  const baseline = baselineIn(canvas.pageHeight - style.margin - lineHeight(size, style), size, style);
  const width = frame.right - frame.left;
  const centre = frame.left + width / 2;
  // The title must end before the page number starts.
  const titleSize = shrinkSize(title, width * 0.4, size, (s, z) => canvas.measure(s, z));
  for (let i = 0; i < pages; i++) {
    canvas.goToPage(i);
    canvas.text(title, frame.left, baseline, titleSize, 'regular', style.faintText);
    const label = pageLabel(i + 1, pages);
    canvas.text(label, centre - canvas.measure(label, size) / 2, baseline, size);
  }
}
