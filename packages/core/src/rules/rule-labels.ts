/** Japanese labels of the rule model's values, for reports, the catalogue and the CLI. */
import type { RuleAction, RuleKind, RuleScope, RuleSeverity } from './rule-types.ts';

export const KIND_LABELS: Record<RuleKind, string> = {
  count: '算定回数', age: '年齢制限', sex: '性別', exclusive: '併算定不可', bundle: '包括', 'required-dx': '傷病名要件', 'required-comment': '記載事項（コメント）', 'drug-link': '医薬品要件', dose: '用量', days: '投与日数',
  indication: '適応', scope: '入外・施設区分', quantity: '数量（きざみ）', 'actual-days': '実日数', 'first-visit': '初診料（縦覧）', 'prescription-link': '処方元（突合）',
};
export const SCOPE_LABELS: Record<RuleScope, string> = { claim: '単月', yokoran: '横覧', tateran: '縦覧', totsugo: '突合' };
export const ACTION_LABELS: Record<RuleAction, string> = { satei: '査定', henrei: '返戻', chui: '注意' };
export const SEVERITY_LABELS: Record<RuleSeverity, string> = { error: 'エラー', warning: '警告', info: '情報' };
