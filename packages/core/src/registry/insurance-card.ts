/**
 * 被保険者証 記号・番号・枝番 (card symbol / number / branch), in the canonical form kept in the registries
 * and used for matching claims. Cards and claim files write the same number in full- or half-width
 * (the sample UKE has 番号 `１９Ｄ０００１`), so both sides are compared after NFKC and without spaces.
 * Limits from uke-format.md §3 HO/SN: 記号 + 番号 ≤ 19 characters; 枝番 2 digits, absent for 後期 and 公費.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { registryError, type RegistryError } from './registry-errors.ts';

export interface InsuranceCard {
  /** '' when the card has only a number. */
  symbol: string;
  number: string;
  /** 枝番 '00'–'99'; '' when the card has none (後期, cards issued before 2021). */
  branch: string;
}

export const CARD_MAX_CHARS = 19;

/** Full-width letters/digits → ASCII, half-width kana → full-width, every space removed. */
export function normalizeCardText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}

export function parseInsuranceCard(input: { symbol?: string | undefined; number: string; branch?: string | undefined }): Result<InsuranceCard, RegistryError> {
  const symbol = normalizeCardText(input.symbol ?? '');
  const number = normalizeCardText(input.number);
  const branch = normalizeCardText(input.branch ?? '');
  const errors: RegistryError[] = [];
  if (number === '') errors.push(registryError('empty', 'cardNumber', input.number));
  else if ([...symbol].length + [...number].length > CARD_MAX_CHARS) errors.push(registryError('cardTooLong', 'cardNumber', `${symbol} ${number}`));
  if (branch !== '' && !/^[0-9]{2}$/.test(branch)) errors.push(registryError('badBranch', 'branch', input.branch));
  return errors.length ? fail(...errors) : ok({ symbol, number, branch });
}
