/**
 * 事務点検 of the parts every claim kind shares (HO, KO, RE birth date), for 調剤 and 歯科 claims whose
 * records the reader keeps as fields: their codes and points need masters kokuho does not have yet,
 * but a wrong 保険者番号 or 公費負担者番号 must be caught on them as on 医科 claims.
 */
import { monthEnd, type IsoDate, type YearMonth } from '../common/dates.ts';
import { checkInsurerNumber, checkPublicExpenseNumbers, collectInto, type ClericalResult } from './clerical-check.ts';
import type { Finding } from './finding-codes.ts';

export interface PayerClericalInput {
  serviceMonth: YearMonth | undefined;
  birthDate: IsoDate | undefined;
  reLine: number;
  ho?: { insurerNumber: string; line: number } | undefined;
  ko: readonly { payerNumber: string; beneficiaryNumber?: string | undefined; line: number }[];
}

export function clericalReviewPayers(input: PayerClericalInput, federation: string): ClericalResult {
  const findings: Finding[] = [];
  const add = collectInto(findings);
  const insurer = input.ho ? checkInsurerNumber(input.ho.insurerNumber, input.ho.line, add) : undefined;
  for (const ko of input.ko) checkPublicExpenseNumbers(ko.payerNumber, ko.beneficiaryNumber, ko.line, add);
  if (input.serviceMonth && input.birthDate && input.birthDate > monthEnd(input.serviceMonth)) {
    add('CLR-E009', input.reLine, 'RE', 'birthDate', `生年月日 ${input.birthDate}、診療年月 ${input.serviceMonth}`);
  }
  findings.sort((a, b) => a.line - b.line);
  return {
    findings,
    insurerPrefecture: insurer?.prefecture,
    outOfPrefecture: insurer !== undefined && insurer.prefecture !== federation,
  };
}
