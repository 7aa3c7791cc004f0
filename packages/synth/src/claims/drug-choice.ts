/** Which of a drug's codes a provider dispenses: its formulary's pick among the codes in force. */
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { DrugSpec } from '../clinical/scenario-types.ts';

export function chooseDrug(m: MasterSnapshot, spec: DrugSpec, formulary: number, age: number): { code: string; amount: number } | undefined {
  const n = spec.codes.length;
  for (let i = 0; i < n; i++) {
    const code = spec.codes[(formulary + i) % n]!;
    if (m.drug(code)) return { code, amount: typeof spec.amount === 'function' ? spec.amount(age) : spec.amount };
  }
  return undefined;
}
