/**
 * 適応 as the catalogue defines it: a drug is indicated for the diagnoses of the scenarios that
 * prescribe it (outpatient prescriptions and the oral drugs of stays). Drips, surgery and
 * anaesthesia drugs go with their procedure and are not listed.
 */
import { INPATIENT_SCENARIOS, SCENARIOS } from './scenario-catalog.ts';

export const DRUG_INDICATIONS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  const add = (codes: readonly string[], dx: readonly { code: string }[]): void => {
    for (const c of codes) {
      const set = m.get(c) ?? new Set<string>();
      dx.forEach((d) => set.add(d.code));
      m.set(c, set);
    }
  };
  for (const s of SCENARIOS) for (const rx of s.rx) for (const d of rx.drugs) add(d.codes, s.diagnoses);
  for (const s of INPATIENT_SCENARIOS) if (s.oral) for (const d of s.oral.rx.drugs) add(d.codes, s.diagnoses);
  return m;
})();
