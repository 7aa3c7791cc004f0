/**
 * Kysely row types of migration 0002 (the registries). DATE columns come back as ISO strings
 * (db/type-parsers.ts); nullable columns are `| null` here and `| undefined` in the core types.
 */
import type { AcquireReason, IncomeCategory, InsurerKind, LoseReason, ProviderFeeTable, ProviderKind, Sex } from '@kokuho/core/registry';

export interface InsurerTable {
  federation_code: string;
  insurer_number: string;
  kind: InsurerKind;
  law_number: string | null;
  prefecture_code: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
}

export interface ProviderTable {
  federation_code: string;
  /** 10 digits: 都道府県 + 点数表 + 医療機関コード. */
  provider_code: string;
  fee_table: ProviderFeeTable;
  kind: ProviderKind;
  name: string;
  beds: number | null;
  valid_from: string;
  valid_to: string | null;
}

export interface HouseholdTable {
  federation_code: string;
  insurer_number: string;
  household_number: string;
  householder_name: string | null;
}

export interface InsuredPersonTable {
  federation_code: string;
  person_id: string;
  insurer_number: string;
  card_symbol: string;
  card_number: string;
  branch: string;
  household_number: string | null;
  is_householder: boolean;
  name: string;
  name_kana: string | null;
  sex: Sex;
  birth_date: string;
  income_category: IncomeCategory | null;
  individual_number_token: string | null;
}

export interface EligibilityPeriodTable {
  federation_code: string;
  person_id: string;
  acquired_on: string;
  lost_on: string | null;
  insurer_number: string;
  card_symbol: string;
  card_number: string;
  branch: string;
  acquire_reason: AcquireReason;
  lose_reason: LoseReason | null;
}

export interface PublicExpenseProgramTable {
  federation_code: string;
  payer_number: string;
  law_number: string;
  prefecture_code: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
}

export interface RegistryTables {
  insurers: InsurerTable;
  providers: ProviderTable;
  households: HouseholdTable;
  insured_persons: InsuredPersonTable;
  eligibility_periods: EligibilityPeriodTable;
  public_expense_programs: PublicExpenseProgramTable;
}
