/**
 * The registries of a federation: insurers, providers, households, insured persons, their coverage
 * periods, and public expense payers. Every table is a tenant table:
 *  - `federation_code` is the first column of the primary key, so that the key is also the
 *    distribution column when federations are sharded, and every index starts with the tenant;
 *  - foreign keys include `federation_code`, so a row can never point into another federation;
 *  - row-level security (enableTenantIsolation) hides and refuses other federations' rows.
 * Code lists in CHECK constraints are written out here, not imported: a shipped migration must not
 * change when the code changes. registry-constraints.test.ts keeps them equal to the core's lists.
 *
 * Coverage periods of one person must not overlap. An exclusion constraint would need btree_gist,
 * which PGlite only has when the extension is passed to PGlite.create; the repository enforces it
 * instead (eligibility-repository.ts, under a lock on the person rows).
 */
import { sql, type Kysely } from 'kysely';
import { enableTenantIsolation } from './rls.ts';

const TENANT_TABLES = ['insurers', 'providers', 'households', 'insured_persons', 'eligibility_periods', 'public_expense_programs'] as const;

const cardChecks = (table: string) => `
    constraint ${table}_card_number check (card_number <> ''),
    constraint ${table}_card_length check (char_length(card_symbol) + char_length(card_number) <= 19),
    constraint ${table}_branch check (branch ~ '^([0-9]{2})?$')`;

const STATEMENTS = [
  `create table insurers (
    federation_code char(2) not null references federations (federation_code),
    insurer_number text not null,
    kind text not null,
    law_number char(2),
    prefecture_code char(2) not null,
    name text not null,
    valid_from date not null,
    valid_to date,
    primary key (federation_code, insurer_number),
    constraint insurers_number_format check (insurer_number ~ '^([0-9]{6}|39[0-9]{6})$'),
    constraint insurers_kind check (
      (kind = 'municipal' and char_length(insurer_number) = 6 and substr(insurer_number, 3, 1) <> '3' and law_number is null)
      or (kind = 'nhiUnion' and char_length(insurer_number) = 6 and substr(insurer_number, 3, 1) = '3' and law_number is null)
      or (kind = 'lateElderly' and char_length(insurer_number) = 8 and law_number = '39')),
    constraint insurers_prefecture check (prefecture_code = substr(insurer_number, char_length(insurer_number) - 5, 2)),
    constraint insurers_name check (name <> ''),
    constraint insurers_validity check (valid_to is null or valid_to >= valid_from)
  )`,
  `create table providers (
    federation_code char(2) not null references federations (federation_code),
    provider_code text not null,
    fee_table char(1) not null,
    kind text not null,
    name text not null,
    beds integer,
    valid_from date not null,
    valid_to date,
    primary key (federation_code, provider_code),
    constraint providers_code_format check (provider_code ~ '^[0-9]{10}$'),
    -- A provider bills its own prefecture's federation only (全国決済 settles the rest).
    constraint providers_own_prefecture check (substr(provider_code, 1, 2) = federation_code),
    constraint providers_fee_table check (fee_table = substr(provider_code, 3, 1)),
    constraint providers_kind check (
      (fee_table = '1' and kind in ('clinic', 'hospital')) or (fee_table = '3' and kind = 'dental')
      or (fee_table = '4' and kind = 'pharmacy') or (fee_table = '6' and kind = 'homeNursing')),
    constraint providers_beds check (beds is null or beds >= 0),
    constraint providers_hospital_beds check (kind <> 'hospital' or beds >= 20),
    constraint providers_clinic_beds check (kind <> 'clinic' or coalesce(beds, 0) < 20),
    constraint providers_name check (name <> ''),
    constraint providers_validity check (valid_to is null or valid_to >= valid_from)
  )`,
  `create table households (
    federation_code char(2) not null,
    insurer_number text not null,
    household_number text not null,
    householder_name text,
    primary key (federation_code, insurer_number, household_number),
    foreign key (federation_code, insurer_number) references insurers (federation_code, insurer_number),
    constraint households_number check (household_number <> '')
  )`,
  `create table insured_persons (
    federation_code char(2) not null,
    person_id text not null,
    insurer_number text not null,
    card_symbol text not null,
    card_number text not null,
    branch text not null,
    household_number text,
    is_householder boolean not null,
    name text not null,
    name_kana text,
    sex text not null,
    birth_date date not null,
    income_category text,
    individual_number_token text,
    primary key (federation_code, person_id),
    foreign key (federation_code, insurer_number) references insurers (federation_code, insurer_number),
    foreign key (federation_code, insurer_number, household_number) references households (federation_code, insurer_number, household_number),
    constraint insured_persons_id check (person_id <> ''),
    ${cardChecks('insured_persons')},
    constraint insured_persons_householder check (not is_householder or household_number is not null),
    constraint insured_persons_name check (name <> ''),
    constraint insured_persons_sex check (sex in ('male', 'female')),
    constraint insured_persons_income_category check (income_category in ('a', 'i', 'u', 'e', 'o', 'activeIII', 'activeII', 'activeI', 'general', 'generalI', 'generalII', 'lowIncomeII', 'lowIncomeI')),
    -- HMAC-SHA256 in hex: a clear 12-digit 個人番号 cannot be stored here.
    constraint insured_persons_token_format check (individual_number_token ~ '^[0-9a-f]{64}$')
  )`,
  `create unique index insured_persons_token on insured_persons (federation_code, individual_number_token) where individual_number_token is not null`,
  `create index insured_persons_card on insured_persons (federation_code, insurer_number, card_number, card_symbol, branch)`,
  `create index insured_persons_household on insured_persons (federation_code, insurer_number, household_number)`,
  // At most one 世帯主 per household; deferred so that one batch can hand the role from one member to another.
  `alter table insured_persons add constraint insured_persons_one_householder
    exclude using btree (federation_code with =, insurer_number with =, household_number with =) where (is_householder)
    deferrable initially deferred`,
  `create table eligibility_periods (
    federation_code char(2) not null,
    person_id text not null,
    acquired_on date not null,
    lost_on date,
    insurer_number text not null,
    card_symbol text not null,
    card_number text not null,
    branch text not null,
    acquire_reason text not null,
    lose_reason text,
    primary key (federation_code, person_id, acquired_on),
    foreign key (federation_code, person_id) references insured_persons (federation_code, person_id),
    foreign key (federation_code, insurer_number) references insurers (federation_code, insurer_number),
    ${cardChecks('eligibility_periods')},
    -- lost_on is the 資格喪失日, the first day without coverage: the period is [acquired_on, lost_on).
    constraint eligibility_periods_range check (lost_on is null or lost_on > acquired_on),
    constraint eligibility_periods_lose_reason_given check ((lost_on is null) = (lose_reason is null)),
    constraint eligibility_periods_acquire_reason check (acquire_reason in ('moveIn', 'leftEmployeeInsurance', 'welfareEnded', 'birth', 'ageReached', 'disabilityCertified', 'moveWithinPrefecture', 'other')),
    constraint eligibility_periods_lose_reason check (lose_reason in ('moveOut', 'joinedEmployeeInsurance', 'welfareStarted', 'death', 'lateElderlyTransition', 'moveWithinPrefecture', 'other'))
  )`,
  // The claim-side lookup: insurer + card (+ 枝番) from HO/SN, then the periods by date.
  `create index eligibility_periods_card on eligibility_periods (federation_code, insurer_number, card_number, card_symbol, branch, acquired_on)`,
  `create index eligibility_periods_insurer on eligibility_periods (federation_code, insurer_number, acquired_on)`,
  `create table public_expense_programs (
    federation_code char(2) not null references federations (federation_code),
    payer_number text not null,
    law_number char(2) not null,
    prefecture_code char(2) not null,
    name text not null,
    valid_from date not null,
    valid_to date,
    primary key (federation_code, payer_number),
    constraint public_expense_programs_number_format check (payer_number ~ '^[0-9]{8}$'),
    constraint public_expense_programs_law check (law_number = substr(payer_number, 1, 2)),
    constraint public_expense_programs_prefecture check (prefecture_code = substr(payer_number, 3, 2)),
    constraint public_expense_programs_name check (name <> ''),
    constraint public_expense_programs_validity check (valid_to is null or valid_to >= valid_from)
  )`,
];

const COMMENTS: Record<(typeof TENANT_TABLES)[number], string> = {
  insurers: '保険者 (市町村国保, 国保組合, 後期高齢者医療広域連合) served by the federation',
  providers: '保険医療機関・保険薬局・訪問看護ステーション in the prefecture of the federation; provider_code = 都道府県 + 点数表 + 医療機関コード',
  households: '世帯 per insurer: unit of premiums and high-cost benefit aggregation',
  insured_persons: '被保険者; individual_number_token is a keyed HMAC of the 個人番号, never the number',
  eligibility_periods: '資格: coverage [acquired_on, lost_on) of a person by one insurer under one card; periods of a person never overlap',
  public_expense_programs: '公費負担者 (payers of public expense programmes) known to the federation',
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of TENANT_TABLES) {
    await enableTenantIsolation(db, t);
    await sql.raw(`comment on table ${t} is '${COMMENTS[t].replaceAll("'", "''")}'`).execute(db);
  }
}
