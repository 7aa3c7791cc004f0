/**
 * PrintDocument → PDF bytes (A4, Japanese fonts embedded as subsets, the same bytes for the same
 * document and fonts). Fails with a PrintError, never with a half-written file.
 */
import { locateFonts, type FontOptions } from './font-locator.ts';
import { drawFields } from './draw-fields.ts';
import { drawFooters } from './draw-footer.ts';
import { drawHeading } from './draw-heading.ts';
import { drawNotes } from './draw-notes.ts';
import { drawTable } from './draw-table.ts';
import { lineHeight, layoutStyle } from './layout-style.ts';
import { openPdf, type Orientation } from './open-pdf.ts';
import { PageFlow, type Frame } from './page-flow.ts';
import { pdfCanvas } from './pdf-canvas.ts';
import type { PrintDocument } from './print-document.ts';
import { PrintError } from './print-errors.ts';
import { validateDocument } from './validate-document.ts';

export interface RenderOptions extends FontOptions {
  /** Default 'portrait'; wide tables (many columns of figures) read better in 'landscape'. */
  orientation?: Orientation | undefined;
  /** Page margin in points (default 36 pt ≈ 12.7 mm). */
  margin?: number | undefined;
  /** Body text size in points (default 9); titles and captions scale with it. */
  fontSize?: number | undefined;
  /** Label/value pairs per row of the header grid (default 2 portrait, 3 landscape). */
  fieldsPerRow?: number | undefined;
}

export async function renderPdf(doc: PrintDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const [problem, ...more] = validateDocument(doc);
  if (problem) throw new PrintError([problem, ...more]);
  const fonts = locateFonts(options);
  if (!fonts.ok) throw new PrintError([fonts.errors[0]!, ...fonts.errors.slice(1)]);

  const orientation = options.orientation ?? 'portrait';
  const style = layoutStyle({ margin: options.margin, bodySize: options.fontSize });
  const fieldsPerRow = Math.max(1, Math.floor(options.fieldsPerRow ?? (orientation === 'landscape' ? 3 : 2)));
  const fingerprint = { doc, orientation, style, fieldsPerRow, fonts: fonts.value };
  const { pdf, bytes, hasBold } = openPdf(doc, fonts.value, orientation, fingerprint);

  const canvas = pdfCanvas(pdf, hasBold);
  const frame: Frame = {
    left: style.margin,
    right: canvas.pageWidth - style.margin,
    top: style.margin,
    // The footer band: one footer line and the space of a body line above it.
    bottom: canvas.pageHeight - style.margin - lineHeight(style.footerSize, style) - lineHeight(style.bodySize, style),
  };
  const flow = new PageFlow(canvas, frame);
  drawHeading(canvas, flow, style, doc);
  drawFields(canvas, flow, style, doc.fields ?? [], fieldsPerRow);
  for (const table of doc.tables ?? []) {
    drawTable(canvas, flow, style, table);
    flow.gap(style.bodySize * 1.5);
  }
  drawNotes(canvas, flow, style, doc.notes ?? []);
  drawFooters(canvas, frame, style, doc.title);
  pdf.end();
  return bytes;
}
