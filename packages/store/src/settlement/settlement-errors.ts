/** Why a settlement run or a reading of one is refused: a typed code with its Japanese message. */
export type SettlementRunErrorCode = 'MONTH_CLOSED' | 'INVALID_RECORDS' | 'NOT_RUN';

export const SETTLEMENT_RUN_ERROR_MESSAGES: Record<SettlementRunErrorCode, string> = {
  MONTH_CLOSED: '関係する連合会の帳簿が締め済みのため、全国決済を実行できません（決済は各連合会が月を締める前に行います）',
  INVALID_RECORDS: '帳簿の県外分の記帳に全国決済で扱えないものがあります',
  NOT_RUN: 'この処理月の全国決済はまだ実行されていません（kokuho settlement run）',
};

export class SettlementRunError extends Error {
  constructor(readonly code: SettlementRunErrorCode, detail?: string) {
    super(detail ? `${SETTLEMENT_RUN_ERROR_MESSAGES[code]}: ${detail}` : SETTLEMENT_RUN_ERROR_MESSAGES[code]);
  }
}
