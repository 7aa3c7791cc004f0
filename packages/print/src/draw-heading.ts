/**
 * The top of the first page, laid out as Japanese business documents are: date of issue top right,
 * title centred, the recipient (宛先) on the left and the issuer (発行者) on the right below it.
 */
import { formatWareki } from '@kokuho/core/common';
import type { PrintDocument } from './print-document.ts';
import { baselineIn, lineHeight, type LayoutStyle } from './layout-style.ts';
import type { PageFlow } from './page-flow.ts';
import type { Canvas } from './pdf-canvas.ts';
import { shrinkSize, wrapText } from './text-fit.ts';

export function drawHeading(canvas: Canvas, flow: PageFlow, style: LayoutStyle, doc: PrintDocument): void {
  const { left, right } = flow.frame;
  const date = formatWareki(doc.issuedOn);
  const dateWidth = canvas.measure(date, style.bodySize);
  canvas.text(date, right - dateWidth, baselineIn(flow.y, style.bodySize, style), style.bodySize);
  flow.y += lineHeight(style.bodySize, style) + 2;

  centredLine(canvas, flow, style, doc.title, style.titleSize, 'bold');
  if (doc.subtitle) centredLine(canvas, flow, style, doc.subtitle, style.subtitleSize, 'regular');
  flow.gap(style.bodySize * 1.5);

  const recipient = doc.recipient ?? [];
  const issuer = doc.issuer ?? [];
  if (recipient.length === 0 && issuer.length === 0) return;
  const w = flow.width;
  const leftHeight = drawParty(canvas, style, recipient, left, flow.y, w * 0.5 - style.bodySize);
  const rightHeight = drawParty(canvas, style, issuer, left + w * 0.55, flow.y, w * 0.45);
  flow.y += Math.max(leftHeight, rightHeight);
  flow.gap(style.bodySize * 1.2);
}

function centredLine(canvas: Canvas, flow: PageFlow, style: LayoutStyle, text: string, size: number, weight: 'regular' | 'bold'): void {
  // A title is one line: a long one is set smaller rather than broken.
  const fitted = shrinkSize(text, flow.width, size, (s, z) => canvas.measure(s, z, weight));
  const width = canvas.measure(text, fitted, weight);
  canvas.text(text, flow.frame.left + (flow.width - width) / 2, baselineIn(flow.y, size, style), fitted, weight);
  flow.y += lineHeight(size, style);
}

/** Returns the height used. The first line is the name, set larger. */
function drawParty(canvas: Canvas, style: LayoutStyle, lines: readonly string[], x: number, top: number, width: number): number {
  let y = top;
  lines.forEach((text, i) => {
    const size = i === 0 ? style.partyNameSize : style.bodySize;
    for (const line of wrapText(text, width, size, (s, z) => canvas.measure(s, z))) {
      canvas.text(line, x, baselineIn(y, size, style), size);
      y += lineHeight(size, style);
    }
  });
  return y - top;
}
