/**
 * Everything a month's settlement produces, from its records: the matrix, the netting, each paying
 * and receiving federation's detail, and the CSV files named as they are written. The files are the
 * canonical output: the same records in any order give the same names and the same text, so a digest
 * of them identifies the month's settlement.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { netSettlement, type NationalNetting } from './netting.ts';
import { payingFederationDetails, type PayingFederationDetail } from './paying-federation-detail.ts';
import { receivingFederationDetails, type ReceivingFederationDetail } from './receiving-federation-detail.ts';
import { matrixOfValidClaims, type SettlementMatrix } from './settlement-matrix.ts';
import { validateSettlementClaims } from './settlement-input.ts';
import { settlementMatrixCsv, settlementTransfersCsv } from './settlement-csv.ts';
import { payingDetailCsv, receivingDetailCsv } from './federation-detail-csv.ts';
import type { SettlementClaim, SettlementError } from './settlement-types.ts';

/** A CSV file of the settlement: its name and its UTF-8 text (CRLF). */
export interface SettlementFile {
  name: string;
  text: string;
}

export interface SettlementReport {
  matrix: SettlementMatrix;
  netting: NationalNetting;
  paying: PayingFederationDetail[];
  receiving: ReceivingFederationDetail[];
  /** In name order: settlement-matrix.csv, settlement-transfers.csv, paying-NN.csv…, receiving-NN.csv…. */
  files: SettlementFile[];
}

export function settlementReport(records: readonly SettlementClaim[]): Result<SettlementReport, SettlementError> {
  const v = validateSettlementClaims(records);
  if (!v.ok) return v;
  const matrix = matrixOfValidClaims(v.value);
  const netting = netSettlement(matrix);
  // the records are valid: the details cannot fail
  const paying = payingFederationDetails(records);
  const receiving = receivingFederationDetails(records);
  if (!paying.ok) return fail(...paying.errors);
  if (!receiving.ok) return fail(...receiving.errors);
  const files: SettlementFile[] = [
    { name: 'settlement-matrix.csv', text: settlementMatrixCsv(matrix) },
    { name: 'settlement-transfers.csv', text: settlementTransfersCsv(netting) },
    ...paying.value.map((d) => ({ name: `paying-${d.federation}.csv`, text: payingDetailCsv(d) })),
    ...receiving.value.map((d) => ({ name: `receiving-${d.federation}.csv`, text: receivingDetailCsv(d) })),
  ];
  return ok({ matrix, netting, paying: paying.value, receiving: receiving.value, files });
}
