/**
 * Which Japanese font files to embed. PDF's own fonts have no Japanese glyphs, so a font must be on
 * the machine: the fontPath option, else KOKUHO_PDF_FONT, else the Debian packages' files.
 * The choice changes the PDF's bytes, so a job that must reproduce a closed month byte for byte
 * should name its font explicitly.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { fail, ok, type Result } from '@kokuho/core/common';
import { printProblem, type PrintProblem } from './print-errors.ts';

export interface FontFile {
  path: string;
  /** PostScript name of the face inside a collection (.ttc); undefined for a single font. */
  name?: string | undefined;
}

export interface PrintFonts {
  regular: FontFile;
  /** The regular font again when no bold face is available (the title is then not bold). */
  bold: FontFile;
}

export interface FontOptions {
  /** A .ttf/.otf, or a .ttc with fontName. Overrides KOKUHO_PDF_FONT. */
  fontPath?: string | undefined;
  fontName?: string | undefined;
  /** Bold face; without it a font given by path or KOKUHO_PDF_FONT is also used for bold. */
  boldFontPath?: string | undefined;
  boldFontName?: string | undefined;
}

export const FONT_ENV = 'KOKUHO_PDF_FONT';

/** Debian/Ubuntu package files, in order of preference (fonts-ipaexfont, alternatives, fonts-noto-cjk). */
export const SYSTEM_FONTS: readonly string[] = [
  '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
  '/usr/share/fonts/truetype/fonts-japanese-gothic.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];
export const SYSTEM_BOLD_FONTS: readonly string[] = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'];

export interface FontSearch {
  env?: Readonly<Record<string, string | undefined>> | undefined;
  systemFonts?: readonly string[] | undefined;
  systemBoldFonts?: readonly string[] | undefined;
}

export function locateFonts(options: FontOptions = {}, search: FontSearch = {}): Result<PrintFonts, PrintProblem> {
  const env = search.env ?? process.env;
  const given = options.fontPath ? { path: options.fontPath, source: 'fontPath' } : env[FONT_ENV] ? { path: env[FONT_ENV], source: FONT_ENV } : undefined;
  if (given) {
    const regular = fontFile(given.path, options.fontName, given.source);
    if (!regular.ok) return regular;
    if (!options.boldFontPath) return ok({ regular: regular.value, bold: regular.value });
    const bold = fontFile(options.boldFontPath, options.boldFontName, 'boldFontPath');
    return bold.ok ? ok({ regular: regular.value, bold: bold.value }) : bold;
  }
  const systemFonts = search.systemFonts ?? SYSTEM_FONTS;
  const regularPath = systemFonts.find((p) => existsSync(p));
  if (!regularPath) return fail(printProblem('FONT_NOT_FOUND', { path: systemFonts.join(', ') }));
  const regular = fontFile(regularPath, undefined, 'system');
  if (!regular.ok) return regular;
  const boldPath = (search.systemBoldFonts ?? SYSTEM_BOLD_FONTS).find((p) => existsSync(p));
  const bold = boldPath ? fontFile(boldPath, undefined, 'system') : regular;
  return ok({ regular: regular.value, bold: bold.ok ? bold.value : regular.value });
}

function fontFile(path: string, name: string | undefined, source: string): Result<FontFile, PrintProblem> {
  if (!existsSync(path)) return fail(printProblem('FONT_FILE_NOT_FOUND', { path, source }));
  if (name || !isCollection(path)) return ok({ path, name });
  // fonts-japanese-gothic.ttf is an alternatives link that may lead to Noto's collection.
  const inferred = notoCjkJapaneseName(basename(realpathSync(path)));
  return inferred ? ok({ path, name: inferred }) : fail(printProblem('FONT_COLLECTION_NEEDS_NAME', { path, source }));
}

/** A TrueType/OpenType collection starts with the tag 'ttcf'. */
function isCollection(path: string): boolean {
  const head = Buffer.alloc(4);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === 'ttcf';
  } catch {
    // Unreadable files are reported by the renderer when it opens them.
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** NotoSansCJK-Bold.ttc → NotoSansCJKjp-Bold: the Japanese glyph forms among the collection's faces. */
export function notoCjkJapaneseName(fileName: string): string | undefined {
  const m = /^Noto(Sans|Serif)CJK-(\w+)\.ttc$/.exec(fileName);
  return m ? `Noto${m[1]}CJKjp-${m[2]}` : undefined;
}
