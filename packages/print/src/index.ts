/**
 * @kokuho/print — the monthly documents as PDF (請求書 to insurers, 支払額通知 to providers, and the
 * like). The jobs that compute the figures build a {@link PrintDocument} (plain data: title,
 * recipient and issuer, header fields, tables, notes, date of issue) and call {@link renderPdf};
 * this package only lays it out:
 *
 * - A4 portrait or landscape; title centred, recipient left and issuer right, header fields in a
 *   ruled grid, ruled tables whose column header repeats on every page, 「2 / 3」 in every footer.
 * - Figures come formatted ({@link formatYen}, {@link formatCount}; 和暦 with formatWareki of
 *   @kokuho/core/common). Right-aligned columns end on one line; text too wide for its cell is set
 *   smaller (right-aligned columns) or wrapped (the others), never drawn over its neighbour.
 * - Deterministic: the same document and fonts give the same bytes (dates from `issuedOn`, trailer
 *   /ID from a digest of the input), so a closed month is printed again byte for byte.
 * - Fonts: `fontPath` (and `fontName` inside a .ttc), else KOKUHO_PDF_FONT, else fonts-ipaexfont or
 *   fonts-noto-cjk at their Debian paths; embedded as subsets. Without one, a PrintError
 *   (FONT_NOT_FOUND) says what to install. Pin the font to reproduce bytes on another machine.
 *
 * ```ts
 * const pdf = await renderPdf({ title: '診療報酬等請求書', issuedOn: '2025-06-10', tables: [...] });
 * ```
 */
export type { CellAlign, CellOverflow, HeaderField, PrintColumn, PrintDocument, PrintTable } from './print-document.ts';
export { renderPdf, type RenderOptions } from './render-pdf.ts';
export { formatCount, formatYen, type NumberFormatOptions } from './number-format.ts';
export { FONT_ENV, SYSTEM_BOLD_FONTS, SYSTEM_FONTS, locateFonts, type FontFile, type FontOptions, type PrintFonts } from './font-locator.ts';
export { PrintError, printProblem, type PrintErrorCode, type PrintErrorDetails, type PrintProblem } from './print-errors.ts';
export { validateDocument } from './validate-document.ts';
