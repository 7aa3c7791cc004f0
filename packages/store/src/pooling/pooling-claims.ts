/**
 * The claims the 共同事業 count, read from the ledger of every federation (each inside its own
 * federation-bound transaction): each claim once, from the provider federation's own rows — never the
 * copies a settlement run made in the insurer's federation — with its 医療費 net of reversals (Σ over
 * the claim's rows: a 過誤 takes it to nothing, a 再審査 査定 to its new amount). A claim reversed whole
 * is not counted. Scheme: 後期 for an 8-digit insurer number starting 39, 国保 for 6 digits;
 * prefecture: the insurer's (the programmes fall on the insurer's prefecture, not the provider's).
 */
import { isPrefectureCode, type YearMonth } from '@kokuho/core/common';
import { FEDERATION_CODES, SETTLEMENT_KEY_PREFIX } from '@kokuho/core/settlement';
import type { PoolingClaim, PoolingScheme } from '@kokuho/core/pooling';
import type { KokuhoDb } from '../db/database.ts';

/** Why a claim of the ledger is not among the pooling claims. */
export type PoolingSkip = 'reversed' | 'noInsurer' | 'otherInsurer' | 'unknownPrefecture';
export const POOLING_SKIP_LABELS: Record<PoolingSkip, string> = {
  reversed: '取消し済み（過誤・取下げ）',
  noInsurer: '保険者番号なし（公費単独）',
  otherInsurer: '国保・後期の保険者番号ではない',
  unknownPrefecture: '保険者の都道府県が不明',
};

export interface PoolingClaims {
  claims: PoolingClaim[];
  skipped: Record<PoolingSkip, number>;
}

export function schemeOf(insurerNumber: string): PoolingScheme | undefined {
  if (/^39\d{6}$/.test(insurerNumber)) return '後期';
  return /^\d{6}$/.test(insurerNumber) ? '国保' : undefined;
}

/** Claims of the service months from..to (inclusive, 'YYYY-MM'), in federation then claim order. */
export async function poolingClaims(k: KokuhoDb, from: YearMonth, to: YearMonth): Promise<PoolingClaims> {
  const out: PoolingClaims = { claims: [], skipped: { reversed: 0, noInsurer: 0, otherInsurer: 0, unknownPrefecture: 0 } };
  for (const federation of FEDERATION_CODES) {
    const rows = await k.withFederation(federation, (trx) => trx.selectFrom('ledger_claim_amounts')
      .select(['file_id', 'seq', 'service_month', 'insurer_number', 'insurer_prefecture', 'claims', 'medical_cost'])
      .where('service_month', '>=', from).where('service_month', '<=', to)
      .where('posting_key', 'not like', `${SETTLEMENT_KEY_PREFIX}%`)
      .whereRef('provider_federation', '=', 'federation_code')
      .orderBy('file_id').orderBy('seq').orderBy('amount_id').execute());
    // rows come grouped by claim: sum each group
    for (let i = 0; i < rows.length;) {
      const first = rows[i]!;
      let claims = 0, medicalCost = 0;
      for (; i < rows.length && Number(rows[i]!.file_id) === Number(first.file_id) && rows[i]!.seq === first.seq; i++) {
        claims += Number(rows[i]!.claims);
        medicalCost += Number(rows[i]!.medical_cost);
      }
      const insurerNumber = first.insurer_number.trim();
      const scheme = schemeOf(insurerNumber);
      if (claims <= 0) out.skipped.reversed++;
      else if (insurerNumber === '') out.skipped.noInsurer++;
      else if (!scheme) out.skipped.otherInsurer++;
      else if (!isPrefectureCode(first.insurer_prefecture)) out.skipped.unknownPrefecture++;
      else out.claims.push({ claimKey: `${federation}:${first.file_id}:${first.seq}`, insurerNumber, prefecture: first.insurer_prefecture, serviceMonth: first.service_month, medicalCost, scheme });
    }
  }
  return out;
}
