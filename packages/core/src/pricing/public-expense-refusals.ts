/**
 * Why a claim with 公費 is not priced, in Japanese, naming the 法別番号 so that the month's report
 * counts each programme apart.
 */
import { publicExpenseLawName } from '../registry/law-numbers.ts';
import type { ClaimPublicExpenseFacts } from './decided-claim-types.ts';

export function lawLabel(law: string): string {
  const name = publicExpenseLawName(law);
  return name ? `法別番号 ${law} ${name}` : `法別番号 ${law}`;
}

export function unsupportedLaw(law: string): string {
  return `公費（${lawLabel(law)}）の価格付けは未対応`;
}

export function severalPublicExpenses(kos: readonly ClaimPublicExpenseFacts[]): string {
  return `2種以上の公費の併用（法別番号 ${kos.map((k) => k.lawNumber).join('・')}）の価格付けは未対応`;
}

export function unreadablePayer(payerNumber: string): string {
  return `公費負担者番号が読めない（${payerNumber || '空欄'}）`;
}

/** 54 and 52 always have a monthly cap, which only the claim's 負担金額 can tell. */
export function capNotStated(law: string): string {
  return `公費（${lawLabel(law)}）の負担金額（患者負担）の記載がなく、自己負担上限額が分からない`;
}
