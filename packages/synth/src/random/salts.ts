/** One salt per kind of derived entity: two kinds with the same index never share a stream. */
import { salt } from './hash.ts';

export const SALT = {
  district: salt('district'),
  household: salt('household'),
  person: salt('person'),
  lifeEvent: salt('life-event'),
  conditions: salt('conditions'),
  acute: salt('acute'),
  visits: salt('visits'),
  inpatient: salt('inpatient'),
  provider: salt('provider'),
  insurer: salt('insurer'),
  errors: salt('errors'),
  publicExpense: salt('public-expense'),
  pharmacy: salt('pharmacy'),
  dental: salt('dental'),
  habits: salt('habits'),
} as const;
