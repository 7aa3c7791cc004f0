/** The text of a PDF's pages, read back with pdf.js as a browser would, one run per line (for the tests). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const it of (await (await pdf.getPage(n)).getTextContent()).items) if ('str' in it) text += `${it.str}\n`;
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}
