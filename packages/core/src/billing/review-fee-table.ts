/**
 * The review-fee table (billing/review-fees.csv): 審査支払手数料 per claim, agreed between each
 * federation and its insurers (seed 002 §4-3-5 「手数料単価」: the unit fee is set by the federation
 * and revised over the years). Staff edit it like the review's tables (review/sorting.csv): one
 * header line with column names, `#` comment lines and blank lines anywhere (also above the header),
 * an error naming the file, line and field for every row that cannot be read.
 */
import { isPrefectureCode, type FederationCode } from '../common/prefectures.ts';
import { fail, ok, type Result } from '../common/result.ts';
import { CLAIM_CATEGORIES, type ClaimCategory } from '../ledger/claim-amounts.ts';
import { parseCsvLine, splitLines } from '../masters/csv-line.ts';
import { billingError, type BillingError } from './billing-errors.ts';

export interface ReviewFeeRow {
  federation: FederationCode;
  /** 保険者番号, or undefined: every insurer of the federation. */
  insurerNumber: string | undefined;
  /** The bill's category, or undefined: every category. */
  category: ClaimCategory | undefined;
  /** First posting month (処理月, 'YYYY-MM') the fee applies to. */
  from: string;
  /** Yen per claim. */
  yen: number;
  note: string;
  line: number;
}

export const REVIEW_FEE_COLUMNS = ['federation', 'insurer', 'category', 'from', 'yen'] as const;

const isComment = (l: string): boolean => !l.trim() || l.trimStart().startsWith('#');

export function readReviewFeeTable(file: string, text: string): Result<ReviewFeeRow[], BillingError> {
  const lines = splitLines(text);
  const headAt = lines.findIndex((l) => !isComment(l));
  const head = parseCsvLine(lines[headAt] ?? '');
  const names = head.ok ? head.value.map((h) => h.trim()) : [];
  const missing = REVIEW_FEE_COLUMNS.filter((c) => !names.includes(c));
  if (headAt < 0 || missing.length) return fail(billingError('MISSING_COLUMNS', file, headAt + 1, missing.join(','), REVIEW_FEE_COLUMNS.join(',')));

  const rows: ReviewFeeRow[] = [];
  const errors: BillingError[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, i) => {
    if (i <= headAt || isComment(raw)) return;
    const line = i + 1;
    const cells = parseCsvLine(raw);
    if (!cells.ok) return void errors.push(billingError('CSV_SYNTAX', file, line, names[cells.errors[0]!.column - 1] ?? '', cells.errors[0]!.reason));
    const get = (name: string): string => (cells.value[names.indexOf(name)] ?? '').trim();
    const row = readRow(file, line, get);
    if (!row.ok) return void errors.push(...row.errors);
    const key = [row.value.federation, row.value.insurerNumber ?? '', row.value.category ?? '', row.value.from].join('|');
    const first = seen.get(key);
    if (first !== undefined) return void errors.push(billingError('DUPLICATE_ROW', file, line, '', `${first}行目と同じ`));
    seen.set(key, line);
    rows.push(row.value);
  });
  return errors.length ? fail(...errors) : ok(rows);
}

function readRow(file: string, line: number, get: (name: string) => string): Result<ReviewFeeRow, BillingError> {
  const federation = get('federation');
  const insurer = get('insurer');
  const category = get('category');
  const from = get('from');
  const yen = get('yen');
  const errors: BillingError[] = [];
  if (!isPrefectureCode(federation)) errors.push(billingError('FEDERATION', file, line, 'federation', federation));
  if (insurer && !/^([0-9]{6}|39[0-9]{6})$/.test(insurer)) errors.push(billingError('INSURER', file, line, 'insurer', insurer));
  if (category && !(CLAIM_CATEGORIES as readonly string[]).includes(category)) errors.push(billingError('CATEGORY', file, line, 'category', category));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(from)) errors.push(billingError('FROM_MONTH', file, line, 'from', from));
  if (!/^\d{1,6}$/.test(yen)) errors.push(billingError('FEE', file, line, 'yen', yen));
  if (errors.length) return fail(...errors);
  return ok({
    federation: federation as FederationCode, insurerNumber: insurer || undefined, category: (category || undefined) as ClaimCategory | undefined,
    from, yen: Number(yen), note: get('note'), line,
  });
}
