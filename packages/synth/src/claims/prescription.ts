/** A prescription as issued (院外処方箋) or dispensed in house: 剤 by 服用時点, with their burdens. */
import type { BurdenCode } from '@kokuho/core/uke';
import type { Rx, Timing } from '../clinical/scenario-types.ts';
import type { SynthProvider } from '../providers/provider-types.ts';

export interface Zai {
  form: Rx['form'];
  timing: Timing | undefined;
  drugs: { code: string; amount: number }[];
  /** Days (内服), doses (頓服) or 1 (外用). */
  count: number;
  burden: BurdenCode;
  scenarios: string[];
}

export interface Prescription {
  prescriber: SynthProvider;
  /** Day of the month it was issued (and, here, filled). */
  day: number;
  zai: Zai[];
}

/** Adds a 剤, merging oral drugs taken at the same times for the same days (one 剤 in the 点数表's sense). */
export function addZai(list: Zai[], z: Zai): void {
  if (z.form === 'oral') {
    const same = list.find((x) => x.form === 'oral' && x.timing === z.timing && x.count === z.count && x.burden === z.burden);
    if (same) {
      for (const d of z.drugs) if (!same.drugs.some((x) => x.code === d.code)) same.drugs.push(d);
      same.scenarios.push(...z.scenarios);
      return;
    }
  }
  list.push(z);
}
