/**
 * A stored claim as the risk model reads it (core review/risk-features.ts): the records read back
 * as the rules read them (ruleClaimOfStored, lines at their file lines), diagnoses grouped by the
 * ICD-10 of the 傷病名マスター of the service month, names for the reasons. 歯科 claims, which the
 * rules do not read, count by provider and points only.
 */
import type { YearMonth } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import { riskDiagnosisGroup, type RiskClaim, type RiskDiagnosis } from '@kokuho/core/review';
import { ruleClaimOfStored } from '@kokuho/core/rules';

export interface StoredRiskRow {
  file_id: number;
  seq: number;
  kind: string;
  provider_code: string;
  service_month: string;
  first_line: number;
  body: string;
  total_points: number | null;
}

export function riskClaimOfStored(r: StoredRiskRow, masters: MasterSnapshot | undefined): RiskClaim {
  const rc = ruleClaimOfStored({ kind: r.kind, providerCode: r.provider_code, serviceMonth: r.service_month as YearMonth, firstLine: r.first_line, body: r.body }, undefined);
  const diagnoses = new Map<string, RiskDiagnosis>();
  for (const d of rc?.diagnoses ?? []) {
    const e = masters?.diagnosis(d.code);
    const group = riskDiagnosisGroup(e?.icd10);
    if (!diagnoses.has(group)) diagnoses.set(group, { group, name: e?.name });
  }
  const nameOf = (record: string, code: string): string | undefined =>
    (record === 'SI' ? masters?.procedure(code) : record === 'IY' ? masters?.drug(code) : masters?.device(code))?.name;
  return {
    provider: r.provider_code,
    kind: r.kind,
    inpatient: rc?.inpatient ?? false,
    totalPoints: r.total_points ?? undefined,
    lines: (rc?.lines ?? []).map((l) => ({ code: l.code, category: l.category, line: l.line, name: nameOf(l.record, l.code) })),
    diagnoses: [...diagnoses.values()],
  };
}

