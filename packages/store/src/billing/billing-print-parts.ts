/**
 * What the printed bill and payment statement share: figures as the forms write them (digits grouped
 * by three, △ for a negative amount as on the 国保連合会 forms), the section label on the first row
 * of its section only, and the breakdown of a document's postings by a party (provider or insurer).
 * The builders live here rather than in the core because @kokuho/print depends on the core.
 */
import { BILLING_SECTION_LABELS, sumFigures, type BillingFigures, type BillingLine } from '@kokuho/core/billing';
import type { ClaimAmounts } from '@kokuho/core/ledger';
import { formatCount, formatYen, locateFonts, PrintError, type PrintColumn, type RenderOptions } from '@kokuho/print';

const NEGATIVE = { negativeSign: '△' };
export const yenText = (n: number): string => formatYen(n, NEGATIVE);
export const countText = (n: number): string => formatCount(n, NEGATIVE);

export const figureColumn = (label: string, width = 1): PrintColumn => ({ label, align: 'right', width });

/** The rows of a document's lines before its total, with the cells `cells` makes of each line's figures. */
export function sectionRows(lines: readonly BillingLine[], cells: (f: BillingFigures) => string[]): string[][] {
  return lines.filter((l) => l.section !== 'total').map((l, i, all) => [
    all[i - 1]?.section === l.section ? '' : BILLING_SECTION_LABELS[l.section], l.label, ...cells(l.figures),
  ]);
}

/** Postings grouped by a party's code, in code order, with each group's figures. */
export function byParty(postings: readonly ClaimAmounts[], code: (a: ClaimAmounts) => string): { code: string; figures: BillingFigures }[] {
  const groups = new Map<string, ClaimAmounts[]>();
  for (const a of postings) {
    const group = groups.get(code(a));
    if (group) group.push(a);
    else groups.set(code(a), [a]);
  }
  return [...groups.keys()].sort().map((c) => ({ code: c, figures: sumFigures(groups.get(c)!) }));
}

export const UNCLOSED_NOTE = 'この処理月の帳簿はまだ締められていません（締めた後の発行分が正本です）。';

/** Refuses at once, before any file is written, when no Japanese font is there for the PDFs. */
export function requireFonts(render: RenderOptions | undefined): void {
  const fonts = locateFonts(render ?? {});
  if (!fonts.ok) throw new PrintError([fonts.errors[0]!, ...fonts.errors.slice(1)]);
}
