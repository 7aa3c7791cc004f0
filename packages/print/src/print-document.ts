/**
 * A printed document as plain data: what the monthly jobs (請求書, 支払額通知 …) hand to the
 * renderer. No pdfkit type appears here, so the same value can also be written as CSV or shown on
 * screen, and compared in tests. Figures arrive already formatted (see number-format.ts): the
 * renderer never rounds or sums.
 */
import type { IsoDate } from '@kokuho/core/common';

export type CellAlign = 'left' | 'center' | 'right';

/**
 * What to do with text wider than its cell. 'shrink': one line in a smaller font (figures, codes);
 * 'wrap': more lines, the row grows (names, remarks). Text is never drawn over the next cell.
 */
export type CellOverflow = 'shrink' | 'wrap';

export interface PrintColumn {
  label: string;
  /** Default 'left'. Figures are 'right' so that their last digits line up. */
  align?: CellAlign | undefined;
  /** Relative width (the columns share the page width in these proportions). Default 1. */
  width?: number | undefined;
  /** Default 'shrink' for right-aligned columns, 'wrap' otherwise. */
  overflow?: CellOverflow | undefined;
}

export interface PrintTable {
  /** Printed above the table, and again with （続き） on each further page. */
  caption?: string | undefined;
  columns: readonly PrintColumn[];
  /** One string per column. A line break in a cell starts a new line. */
  rows: readonly (readonly string[])[];
  /** 合計 row, printed in bold after the last row. One string per column ('' for none). */
  totals?: readonly string[] | undefined;
}

/** A label/value pair of the header grid, e.g. 処理年月 / 令和7年6月. */
export interface HeaderField {
  label: string;
  value: string;
}

export interface PrintDocument {
  /** e.g. 「診療報酬等請求書」. Centred at the top of the first page, and small in every footer. */
  title: string;
  subtitle?: string | undefined;
  /**
   * Who the document is for (保険者, 医療機関), top left; the first line is the name and is printed
   * larger (add 御中/様 to it yourself).
   */
  recipient?: readonly string[] | undefined;
  /** Who issues it (the federation), top right; the first line is the name. */
  issuer?: readonly string[] | undefined;
  fields?: readonly HeaderField[] | undefined;
  tables?: readonly PrintTable[] | undefined;
  /** Free lines after the tables (振込日, 問い合わせ先 …). */
  notes?: readonly string[] | undefined;
  /**
   * The date of issue, 'YYYY-MM-DD'. Printed top right in 和暦 and used as the PDF's creation and
   * modification dates, so that printing a closed month again gives the same bytes.
   */
  issuedOn: IsoDate;
}
