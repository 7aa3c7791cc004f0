/**
 * Netting with the central association as the hub: each federation makes one transfer a month,
 * either paying the central association or receiving from it.
 *   net(f) = Σ column f (what others owe f) − Σ row f (what f owes others)
 * net > 0: the central association pays f; net < 0: f pays the central association. Every cell is
 * counted once as a receivable and once as a payable, so the nets sum to zero nationally and what the
 * central association takes in equals what it pays out. The reference marks these mechanics [U]
 * (rules-reference.md §10.2: "Netting mechanics … inferred design only"); the seeds say only that
 * 国保中央会 offsets (相殺) the amounts between federations (seed 001, seed 000 参考資料1).
 */
import { yen, type Yen } from '../common/money.ts';
import type { FederationCode } from '../common/prefectures.ts';
import { columnTotals, rowTotals, type SettlementMatrix } from './settlement-matrix.ts';
import type { SettlementTotals } from './settlement-types.ts';

export type TransferDirection = 'receive' | 'pay' | 'none';
export const TRANSFER_DIRECTIONS: Record<TransferDirection, string> = {
  receive: '中央会から受取',
  pay: '中央会へ支払',
  none: '差引なし',
};

export interface FederationTransfer {
  federation: FederationCode;
  /** Σ of its column: other federations' insurers owe it for claims it paid its providers. */
  receivable: SettlementTotals;
  /** Σ of its row: it owes other federations for its insurers' patients treated there. */
  payable: SettlementTotals;
  /** receivable.amount − payable.amount. */
  net: Yen;
  direction: TransferDirection;
  /** |net|: what moves between the federation and the central association. */
  amount: Yen;
}

export interface NationalNetting {
  /** One per federation, all 47, in code order. */
  transfers: FederationTransfer[];
  /** Σ of what paying federations pay in = Σ of what receiving federations get. */
  centralReceives: Yen;
  centralPaysOut: Yen;
  /** Σ of all nets: always 0. */
  netSum: Yen;
  /** Σ of all cells (gross out-of-prefecture amount before netting). */
  gross: Yen;
}

export function netSettlement(m: SettlementMatrix): NationalNetting {
  let centralReceives = 0, centralPaysOut = 0, netSum = 0;
  const transfers = m.federations.map((federation): FederationTransfer => {
    const receivable = columnTotals(m, federation);
    const payable = rowTotals(m, federation);
    const net = receivable.amount - payable.amount;
    netSum += net;
    if (net > 0) centralPaysOut += net;
    if (net < 0) centralReceives -= net;
    return {
      federation, receivable, payable, net: yen(net),
      direction: net > 0 ? 'receive' : net < 0 ? 'pay' : 'none',
      amount: yen(Math.abs(net)),
    };
  });
  return { transfers, centralReceives: yen(centralReceives), centralPaysOut: yen(centralPaysOut), netSum: yen(netSum), gross: m.total.amount };
}
