/**
 * The few drawing operations the layout needs, over pdfkit. Text is always placed at an explicit
 * position with pdfkit's own wrapping turned off: pdfkit would otherwise add pages by itself when
 * text reaches the bottom margin, and the layout must decide every page break (to repeat a table's
 * column header and to count pages for the footer).
 */
import type PDFDocument from 'pdfkit';

export type FontWeight = 'regular' | 'bold';

export interface Canvas {
  readonly pageWidth: number;
  readonly pageHeight: number;
  measure(text: string, size: number, weight?: FontWeight): number;
  /** `baseline` is the y of the alphabetic baseline, from the top of the page. */
  text(text: string, x: number, baseline: number, size: number, weight?: FontWeight, color?: string): void;
  line(x1: number, y1: number, x2: number, y2: number, width: number): void;
  fillRect(x: number, y: number, w: number, h: number, color: string): void;
  strokeRect(x: number, y: number, w: number, h: number, width: number): void;
  addPage(): void;
  pageCount(): number;
  /** 0-based; pages stay open until the document ends, so footers can be drawn last. */
  goToPage(index: number): void;
}

/**
 * Callers break lines themselves (text-fit.ts); a line break that reaches here (a title, say) would
 * make pdfkit set the next line after the first on the same baseline.
 */
const oneLine = (text: string): string => text.replace(/\s*\r?\n\s*/g, ' ');

/** Fonts must be registered under the names 'regular' and, when `hasBold`, 'bold' (FontWeight). */
export function pdfCanvas(pdf: InstanceType<typeof PDFDocument>, hasBold: boolean): Canvas {
  const use = (size: number, weight: FontWeight): void => {
    pdf.font(hasBold ? weight : 'regular').fontSize(size);
  };
  return {
    pageWidth: pdf.page.width,
    pageHeight: pdf.page.height,
    measure(text, size, weight = 'regular') {
      use(size, weight);
      return pdf.widthOfString(oneLine(text));
    },
    text(text, x, baseline, size, weight = 'regular', color = '#000000') {
      if (text === '') return;
      use(size, weight);
      pdf.fillColor(color).text(oneLine(text), x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    },
    line(x1, y1, x2, y2, width) {
      pdf.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor('#000000').stroke();
    },
    fillRect(x, y, w, h, color) {
      pdf.rect(x, y, w, h).fillColor(color).fill();
    },
    strokeRect(x, y, w, h, width) {
      pdf.rect(x, y, w, h).lineWidth(width).strokeColor('#000000').stroke();
    },
    addPage() {
      pdf.addPage();
    },
    pageCount() {
      return pdf.bufferedPageRange().count;
    },
    goToPage(index) {
      pdf.switchToPage(index);
    },
  };
}
