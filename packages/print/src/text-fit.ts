/**
 * Fitting text into a box of given width, independent of pdfkit (the width of a string is asked of
 * `measure`). Japanese has no spaces, so a line may break between any two characters, except that
 * closing marks (、。）」ー ゃ …) never start a line and opening marks (（「) never end one (行頭・行末
 * 禁則, JIS X 4051 in its simplest form). Runs of ASCII (numbers, codes, words) are kept whole
 * unless one alone is wider than the box.
 */
export type MeasureText = (text: string, size: number) => number;

export interface FittedText {
  size: number;
  lines: string[];
}

/** Below this a printed figure is no longer legible; shrinking gives way to wrapping. */
export const MIN_FONT_SIZE = 5;

// Widths are sums of floats: a string measured at exactly the box width must still fit.
const EPSILON = 0.01;

const CLOSING = new Set([...'、。，．,.)）]］}｝」』】〕〉》〙〗ゝゞ々ー…‥・：；:;！？!?%％ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ']);
const OPENING = new Set([...'(（[［{｛「『【〔〈《〘〖']);

/** Units that a line break may not split: ASCII runs, whitespace runs, single characters with their 禁則 marks. */
export function breakUnits(paragraph: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const t of paragraph.match(/[!-~]+|\s+|[\s\S]/gu) ?? []) {
    const space = /^\s/.test(t);
    const last = units.length - 1;
    if (glueNext && !space && last >= 0) {
      units[last] += t;
    } else if (!space && CLOSING.has(t) && last >= 0 && !/^\s/.test(units[last]!)) {
      units[last] += t;
    } else {
      units.push(t);
    }
    glueNext = !space && OPENING.has(t.slice(-1));
  }
  return units;
}

export function wrapText(text: string, width: number, size: number, measure: MeasureText): string[] {
  const fits = (s: string): boolean => measure(s, size) <= width + EPSILON;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    const flush = (): void => {
      lines.push(line.trimEnd());
      line = '';
    };
    for (const unit of breakUnits(paragraph)) {
      const space = /^\s/.test(unit);
      if (space && line === '') continue;
      if (fits(line + unit)) {
        line += unit;
        continue;
      }
      if (line.trim() !== '') flush();
      else line = '';
      if (space) continue;
      if (fits(unit)) {
        line = unit;
        continue;
      }
      // A unit wider than the box (a long code, a name without breaks): cut it by characters.
      for (const ch of unit) {
        if (line !== '' && !fits(line + ch)) flush();
        line += ch;
      }
    }
    flush();
  }
  return lines;
}

/** The largest size (to 0.1pt, at most `size`) at which `text` is no wider than `width`. */
export function shrinkSize(text: string, width: number, size: number, measure: MeasureText): number {
  const w = measure(text, size);
  if (w <= width + EPSILON) return size;
  let s = Math.floor(((size * width) / w) * 10) / 10;
  while (s > 0.1 && measure(text, s) > width + EPSILON) s = Math.round((s - 0.1) * 10) / 10;
  return s;
}

export function fitText(text: string, width: number, size: number, overflow: 'shrink' | 'wrap', measure: MeasureText, minSize = MIN_FONT_SIZE): FittedText {
  if (overflow === 'wrap') return { size, lines: wrapText(text, width, size, measure) };
  const lines = text.split(/\r?\n/);
  const shrunk = Math.min(...lines.map((l) => shrinkSize(l, width, size, measure)));
  if (shrunk >= minSize) return { size: shrunk, lines };
  const floor = Math.min(size, minSize);
  return { size: floor, lines: wrapText(text, width, floor, measure) };
}
