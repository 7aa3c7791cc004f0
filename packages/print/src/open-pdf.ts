/**
 * A pdfkit document set up to give the same bytes for the same input. pdfkit stamps a PDF with the
 * time it was made (Info /CreationDate) and derives the trailer /ID from that Info; everything else
 * it writes (object order, font subset tags taken from the font's number, deflate) follows from the
 * content. So the dates come from the document's issue date, and the /ID from a digest of the whole
 * input, which also tells two different bills of the same day apart.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { FontFile, PrintFonts } from './font-locator.ts';
import type { PrintDocument } from './print-document.ts';
import { PrintError, printProblem } from './print-errors.ts';

export type Orientation = 'portrait' | 'landscape';

export interface OpenPdf {
  pdf: InstanceType<typeof PDFDocument>;
  /** Resolves once `pdf.end()` has been called and pdfkit has written the last byte. */
  bytes: Promise<Uint8Array>;
  /** Whether a font is registered as 'bold'; else bold text is set in 'regular'. */
  hasBold: boolean;
}

/** Midnight of the issue date in Japan, where the documents are issued. */
export const issueInstant = (issuedOn: string): Date => new Date(`${issuedOn}T00:00:00+09:00`);

export function openPdf(doc: PrintDocument, fonts: PrintFonts, orientation: Orientation, fingerprint: unknown): OpenPdf {
  const issued = issueInstant(doc.issuedOn);
  const pdf = new PDFDocument({
    size: 'A4',
    layout: orientation,
    // The layout keeps its own margins; pdfkit's would only trigger its automatic page breaks.
    margin: 0,
    bufferPages: true,
    lang: 'ja-JP',
    displayTitle: true,
    info: {
      Title: doc.title,
      ...(doc.subtitle ? { Subject: doc.subtitle } : {}),
      ...(doc.issuer?.[0] ? { Author: doc.issuer[0] } : {}),
      Creator: 'kokuho',
      Producer: 'kokuho (PDFKit)',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const id = createHash('md5').update(canonicalJson(fingerprint)).digest();
  const internal = pdf as unknown as { _id?: unknown };
  // pdfkit keeps the /ID in a private field; if a later version moves it, the Info-derived /ID stays deterministic.
  if (Buffer.isBuffer(internal._id)) internal._id = id;

  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });

  loadFont(pdf, 'regular', fonts.regular);
  // pdfkit would parse the same file a second time before noticing it is the same font (seconds for Noto CJK).
  const hasBold = fonts.bold.path !== fonts.regular.path || fonts.bold.name !== fonts.regular.name;
  if (hasBold) loadFont(pdf, 'bold', fonts.bold);
  return { pdf, bytes, hasBold };
}

/** Opens the font now, so that an unreadable file is reported as such and not mid-page. */
function loadFont(pdf: InstanceType<typeof PDFDocument>, alias: 'regular' | 'bold', font: FontFile): void {
  try {
    pdf.registerFont(alias, font.path, font.name);
    pdf.font(alias);
  } catch (e) {
    throw new PrintError([printProblem('FONT_UNREADABLE', { path: font.path, value: e instanceof Error ? e.message : String(e) })]);
  }
}

/** JSON with object keys sorted, so equal inputs built in a different key order digest alike. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
