/**
 * Sizes of the printed page, in points (1/72 inch). One place, so that every document kokuho
 * prints looks alike. A4 is what 国保連合会 forms are printed on.
 */
export const A4 = { width: 595.28, height: 841.89 } as const;

export interface LayoutStyle {
  /** Page margin on every side; printers leave about 5 mm unprinted, 12.7 mm is safely inside. */
  margin: number;
  /** Table cells, header fields, notes. */
  bodySize: number;
  titleSize: number;
  subtitleSize: number;
  /** The first line (the name) of the recipient and issuer blocks. */
  partyNameSize: number;
  captionSize: number;
  footerSize: number;
  /** Line height as a multiple of the font size. */
  leading: number;
  cellPadX: number;
  cellPadY: number;
  ruleWidth: number;
  frameWidth: number;
  /** Fills as gray levels (hex), light enough to photocopy. */
  headerFill: string;
  totalsFill: string;
  labelFill: string;
  faintText: string;
}

export function layoutStyle(overrides: { margin?: number | undefined; bodySize?: number | undefined } = {}): LayoutStyle {
  const bodySize = overrides.bodySize ?? 9;
  return {
    margin: overrides.margin ?? 36,
    bodySize,
    titleSize: bodySize * 2,
    subtitleSize: bodySize * 1.2,
    partyNameSize: bodySize * 1.25,
    captionSize: bodySize * 1.1,
    footerSize: bodySize * 0.85,
    leading: 1.3,
    cellPadX: 3,
    cellPadY: 2,
    ruleWidth: 0.4,
    frameWidth: 0.9,
    headerFill: '#e6e6e6',
    totalsFill: '#f0f0f0',
    labelFill: '#eeeeee',
    faintText: '#555555',
  };
}

export const lineHeight = (size: number, style: LayoutStyle): number => size * style.leading;

/**
 * Baseline of a line whose box starts at `top`. CJK glyphs fill the em square from about
 * -0.12 em to 0.88 em, so the square is centred in the line box whatever the font's own metrics
 * (IPAex and Noto CJK differ there), and text lines up across fonts.
 */
export const baselineIn = (top: number, size: number, style: LayoutStyle): number => top + (lineHeight(size, style) - size) / 2 + size * 0.88;
