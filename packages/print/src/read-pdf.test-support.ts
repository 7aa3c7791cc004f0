/**
 * Reads a PDF back with pdf.js (what browsers use), for the tests: page count, Info dates and the
 * text of every page with positions in PDF space (x from the left, y up from the bottom).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size the text was set in. */
  size: number;
}

export interface ReadPdf {
  pages: PdfTextItem[][];
  /** [width, height] of each page in points. */
  sizes: [number, number][];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of (detaches) the buffer it is given.
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: PdfTextItem[][] = [];
    const sizes: [number, number][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      sizes.push([width, height]);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        // pdf.js inserts whitespace items for the gaps between separately placed runs.
        if (!('str' in it) || it.str.trim() === '') continue;
        items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, size: it.transform[0] as number });
      }
      pages.push(items);
    }
    const { info } = await pdf.getMetadata();
    return { pages, sizes, info: info as Record<string, unknown> };
  } finally {
    await pdf.destroy();
  }
}
