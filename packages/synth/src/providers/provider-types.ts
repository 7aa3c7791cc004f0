import type { PrefectureCode } from '@kokuho/core/common';
import type { ProviderKind } from '@kokuho/core/registry';
import type { Department } from '../clinical/scenario-types.ts';

export interface SynthProvider {
  district: number;
  /** Position in the district's provider list. */
  slot: number;
  kind: Extract<ProviderKind, 'clinic' | 'hospital' | 'pharmacy' | 'dental'>;
  /** 医科 departments treated (clinics: one; hospitals: several). */
  departments: readonly Department[];
  /** 点数表: 1 医科, 3 歯科, 4 調剤. */
  feeTable: '1' | '3' | '4';
  prefecture: PrefectureCode;
  /** 医療機関コード as written on claims (7 digits: 郡市区 2 + 機関番号 4 + 検証番号 1). */
  code: string;
  /** 10-digit national form (prefecture + 点数表 + code). */
  nationalCode: string;
  name: string;
  /** 許可病床数 (hospitals; clinics without beds: undefined). */
  beds: number | undefined;
  /** 院内処方: the clinic dispenses itself (IY on its claims) instead of issuing 処方箋. */
  inHouseDispensing: boolean;
  phone: string;
  municipalityName: string;
  /** Chooses among a drug's codes: the provider's formulary. */
  formulary: number;
}
