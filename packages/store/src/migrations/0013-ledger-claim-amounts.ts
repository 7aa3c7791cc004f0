/**
 * What each posted claim came to (issue 6): one row per posting of a claim — its category, points and
 * the split of its cost — beside the entries that move the money. Bills to insurers and payment
 * statements count claims and points by category, which entries alone cannot say. Reversals are rows
 * with every amount negated, in a later month, like the entries.
 *
 * Also: the 'settlement' account (全国決済): in the books of the federation of the insurer's prefecture,
 * what it owes the federation that paid the provider, through the central association.
 */
import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../db/database.ts';
import { enableTenantIsolation } from './rls.ts';

const STATEMENTS = [
  `create table ledger_claim_amounts (
    federation_code char(2) not null,
    amount_id bigint generated always as identity,
    posting_month char(7) not null,
    service_month char(7) not null,
    file_id bigint not null,
    seq integer not null,
    posting_key text not null,
    reverses text,
    category text not null,
    insurer_number text not null,
    insurer_prefecture text not null,
    provider_federation char(2) not null,
    provider_code text not null,
    claims integer not null,
    points bigint not null,
    medical_cost bigint not null,
    copay bigint not null,
    insurer_pays bigint not null,
    public_expense_pays bigint not null,
    meal_cost bigint not null,
    review_fee bigint not null,
    reason text not null,
    posted_by text not null,
    posted_at timestamptz not null default now(),
    primary key (federation_code, amount_id),
    constraint ledger_claim_amounts_category check (category in ('medical-inpatient', 'medical-outpatient', 'dental', 'pharmacy', 'visiting-nursing')),
    constraint ledger_claim_amounts_claims check (claims in (1, -1))
  )`,
  `create unique index ledger_claim_amounts_key on ledger_claim_amounts (federation_code, posting_key)`,
  `create index ledger_claim_amounts_month on ledger_claim_amounts (federation_code, posting_month)`,
  `create index ledger_claim_amounts_claim on ledger_claim_amounts (federation_code, file_id, seq)`,
  `alter table ledger_entries drop constraint ledger_entries_account`,
  `alter table ledger_entries add constraint ledger_entries_account check (account in ('insurer-benefit', 'public-expense', 'provider-payment', 'review-fee', 'settlement'))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  await enableTenantIsolation(db, 'ledger_claim_amounts');
  await sql.raw(`revoke update, delete, truncate on ledger_claim_amounts from ${APP_ROLE}`).execute(db);
}
