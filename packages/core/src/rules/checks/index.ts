import type { RuleKind } from '../rule-types.ts';
import { actualDaysCheck } from './actual-days-check.ts';
import { ageCheck } from './age-check.ts';
import { bundleCheck } from './bundle-check.ts';
import { daysCheck } from './days-check.ts';
import { doseCheck } from './dose-check.ts';
import type { Check } from './check-types.ts';
import { countCheck } from './count-check.ts';
import { drugLinkCheck } from './drug-link-check.ts';
import { exclusiveCheck } from './exclusive-check.ts';
import { firstVisitCheck } from './first-visit-check.ts';
import { indicationCheck } from './indication-check.ts';
import { quantityCheck } from './quantity-check.ts';
import { requiredDxCheck } from './required-dx-check.ts';
import { requiredCommentCheck } from './required-comment-check.ts';
import { scopeCheck } from './scope-check.ts';
import { sexCheck } from './sex-check.ts';

export type { Check, RowHit, RuleContext } from './check-types.ts';
export { reachedOn } from './age-check.ts';

/** The check of each kind that a claim line's code triggers (prescription-link works on groups of claims: group-rules.ts). */
export const CHECKS: Partial<Record<RuleKind, Check>> = {
  count: countCheck,
  age: ageCheck,
  sex: sexCheck,
  exclusive: exclusiveCheck,
  bundle: bundleCheck,
  dose: doseCheck,
  days: daysCheck,
  'required-dx': requiredDxCheck,
  'required-comment': requiredCommentCheck,
  'drug-link': drugLinkCheck,
  indication: indicationCheck,
  scope: scopeCheck,
  quantity: quantityCheck,
  'actual-days': actualDaysCheck,
  'first-visit': firstVisitCheck,
};
