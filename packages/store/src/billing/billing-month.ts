/**
 * A federation's posting month as the billing documents need it: the bills to its own prefecture's
 * insurers and the payment statements to its providers (from the claim amounts the books hold), the
 * bills to 公費 payers (their entries joined to the amounts), the names of the parties from the
 * registries (the code stands in for a name the registry lacks), the date the documents carry, any
 * difference between the documents and the month's entries, and the month's reconciliation.
 */
import { sql } from 'kysely';
import {
  billingMismatches, insurerBills, monthReconciliation, providerPaymentStatements, publicExpenseBills, publicExpenseMismatches, type BillingMismatch, type InsurerBill,
  type MonthReconciliation, type ProviderPaymentStatement, type PublicExpenseBill,
} from '@kokuho/core/billing';
import { federationName, monthEnd, type FederationCode, type IsoDate, type YearMonth } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import { monthEntries } from '../ledger/close-month.ts';
import { monthClaimAmounts } from '../ledger/post-claims.ts';

export interface BillingMonth {
  federation: FederationCode;
  postingMonth: YearMonth;
  federationName: string;
  bills: InsurerBill[];
  publicBills: PublicExpenseBill[];
  statements: ProviderPaymentStatement[];
  /** 保険者番号, 公費負担者番号 and 医療機関コード → name, for the parties that have one in the registries. */
  names: Map<string, string>;
  /** Closing date (Japan time) of the month's books, undefined while they are open. */
  closedOn: IsoDate | undefined;
  /**
   * The date printed on the documents: the closing date, or the posting month's last day while the
   * books are open. Never today: printing the same month again gives the same bytes.
   */
  issuedOn: IsoDate;
  mismatches: BillingMismatch[];
  reconciliation: MonthReconciliation;
}

/** 'YYYY-MM-DD' of an instant in Japan time, where the federations work. */
const japanDate = (d: Date): IsoDate => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

export async function readBillingMonth(k: KokuhoDb, federation: FederationCode, postingMonth: YearMonth): Promise<BillingMonth> {
  return k.withFederation(federation, async (trx) => {
    const amounts = await monthClaimAmounts(trx, postingMonth);
    const entries = await monthEntries(trx, postingMonth);
    const bills = insurerBills(federation, postingMonth, amounts);
    const publicBills = publicExpenseBills(federation, postingMonth, amounts, entries);
    const statements = providerPaymentStatements(federation, postingMonth, amounts);
    // every party a document names: the breakdowns list other prefectures' insurers too
    const insurers = [...new Set(amounts.map((a) => a.insurerNumber))];
    const providers = [...new Set(amounts.map((a) => a.providerCode))];
    const payers = publicBills.map((b) => b.payerNumber);
    // a registry row per validity period: the latest name is the one to print
    const named = (await sql<{ code: string; name: string }>`
      select distinct on (code) code, name from (
        select insurer_number as code, name, valid_from from insurers where insurer_number = any(${insurers}::text[])
        union all
        select provider_code as code, name, valid_from from providers where provider_code = any(${providers}::text[])
        union all
        select payer_number as code, name, valid_from from public_expense_programs where payer_number = any(${payers}::text[])) x
      order by code, valid_from desc`.execute(trx)).rows;
    const federationRow = await trx.selectFrom('federations').select('name').where('federation_code', '=', federation).executeTakeFirst();
    const closing = await trx.selectFrom('ledger_closings').select('closed_at').where('posting_month', '=', postingMonth).executeTakeFirst();
    const closedOn = closing ? japanDate(new Date(closing.closed_at)) : undefined;
    return {
      federation, postingMonth, federationName: federationRow?.name ?? federationName(federation), bills, publicBills, statements,
      names: new Map(named.map((r) => [r.code, r.name])), closedOn, issuedOn: closedOn ?? monthEnd(postingMonth),
      mismatches: [...billingMismatches(federation, postingMonth, bills, statements, entries), ...publicExpenseMismatches(postingMonth, publicBills, entries)],
      reconciliation: monthReconciliation(federation, postingMonth, { bills, publicBills, statements }, entries),
    };
  });
}
