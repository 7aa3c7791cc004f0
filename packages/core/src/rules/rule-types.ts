/**
 * A computer check as data (issue 4): the catalogue row that names it, the decision-table rows it
 * reads, and the federation's adoption of it. Nothing here runs a check; `compile-rules.ts` turns
 * the rules in force for a month into code-indexed lookups.
 */
import type { IsoDate } from '../common/dates.ts';

/** S: 告示・通知 rules that need no medical judgement; V: rules that need it (国保総合システム S・Vランプ). */
export type Lamp = 'S' | 'V';

/** What the check compares; each kind has one decision table `<kind>.csv` (columns in RULE_TABLE_COLUMNS). */
export const RULE_KINDS = [
  'count', 'age', 'sex', 'exclusive', 'bundle', 'required-dx', 'required-comment', 'drug-link', 'indication', 'dose', 'days', 'scope', 'quantity', 'actual-days', 'first-visit', 'prescription-link',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Which claims a rule reads: one claim, the patient's claims of the month (横覧), earlier months (縦覧), pharmacy ↔ prescriber (突合). */
export const RULE_SCOPES = ['claim', 'yokoran', 'tateran', 'totsugo'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export const RULE_SEVERITIES = ['error', 'warning', 'info'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/** 査定, 返戻 or 注意 (a finding for the reviewer, no action proposed). */
export const RULE_ACTIONS = ['satei', 'henrei', 'chui'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

export const RULE_STATUSES = ['active', 'draft', 'retired'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** 増減点事由 (rules-reference §9.3): A 適応, B 過剰, C 重複, D 算定要件 …; '' for 返戻/注意. */
export const REASON_CODES = ['', 'A', 'B', 'C', 'D', 'F', 'G', 'H', 'K'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface RuleDefinition {
  ruleId: string;
  version: number;
  title: string;
  lamp: Lamp;
  kind: RuleKind;
  scope: RuleScope;
  severity: RuleSeverity;
  action: RuleAction;
  reasonCode: ReasonCode;
  /** Message template: {code} {name} {count} {max} {unit} {age} {limit} {other} {dx} … filled from the hit. */
  message: string;
  /** 告示・通知 reference. */
  source: string;
  /** Where the table rows come from: `S:36,37`, `manual`, `synthetic` … */
  dataSource: string;
  effectiveFrom: IsoDate;
  /** Last day in force; undefined = open. */
  effectiveTo: IsoDate | undefined;
  status: RuleStatus;
  /** The file and line the rule was read from (for errors and the catalogue). */
  origin: { file: string; line: number };
}

/** One row of a decision table: its columns by name, and where it was read. */
export interface RuleTableRow {
  ruleId: string;
  values: Readonly<Record<string, string>>;
  origin: { file: string; line: number };
}

/** A rule's own example: a claim in the test notation (`rule-test-notation.ts`) that must fire or must pass. */
export interface RuleTestCase {
  ruleId: string;
  name: string;
  expect: 'fire' | 'pass';
  claim: string;
  origin: { file: string; line: number };
}

/** A federation's decision on a rule for a period: adopt it, leave it out, or change how it acts. */
export interface RuleAdoption {
  federation: string;
  ruleId: string;
  state: 'adopted' | 'disabled' | 'override';
  from: IsoDate;
  to: IsoDate | undefined;
  /** For `override`: action, severity or lamp changed for the period. */
  override: Partial<Pick<RuleDefinition, 'action' | 'severity' | 'lamp' | 'reasonCode'>>;
  origin: { file: string; line: number };
}

/** Everything read from a rules directory. */
export interface RuleSet {
  rules: RuleDefinition[];
  /** Decision-table rows by kind. */
  tables: Map<RuleKind, RuleTableRow[]>;
  tests: RuleTestCase[];
  adoptions: RuleAdoption[];
}

/** Columns of each kind's decision table (after `rule_id`). Optional columns may be empty. */
export const RULE_TABLE_COLUMNS: Record<RuleKind, { required: readonly string[]; optional: readonly string[] }> = {
  /** unit: `day` (per 算定日), `month` (per claim, i.e. レセプト単位) or `months:N` (縦覧: N months ending with this one, at the same provider); handling 0 flag, 1 cut the excess (S 項番37). */
  count: { required: ['code', 'max', 'unit'], optional: ['handling', 'name'] },
  /** Codes of S 項番41/42 (decodeAgeLimit): lower inclusive, upper exclusive. */
  age: { required: ['code', 'min_age', 'max_age'], optional: ['name'] },
  /** sex: 1 male only, 2 female only (UKE 別表6). */
  sex: { required: ['code', 'sex'], optional: ['name'] },
  /** `code` may not be billed with `other` in the window (`day` same 算定日, `month` same claim). The finding is on `code`. */
  exclusive: { required: ['code', 'other', 'window'], optional: ['name', 'other_name'] },
  /** 包括: `code` is included in `bundle`'s points and may not be billed with it in the window (`day`, `month` = the claim). The finding is on `code`. */
  bundle: { required: ['code', 'bundle', 'window'], optional: ['name', 'bundle_name'] },
  /** `code` needs a diagnosis of B 特定疾患等対象区分 / 難病外来対象区分 `dx_class`, or the diagnosis `dx_code`. */
  'required-dx': { required: ['code'], optional: ['dx_class', 'dx_code', 'name'] },
  /** `code` needs one of the comments listed for it (CO record or a comment of the line; the rows of a code are alternatives). */
  'required-comment': { required: ['code', 'comment'], optional: ['name', 'comment_name'] },
  /** `code` (an add-on) needs a drug of the Y class on the same day: narcotic, neurolytic, biological. */
  'drug-link': { required: ['code', 'drug_class'], optional: ['name'] },
  /** Drug `drug` needs one of the diagnoses listed for it (one row per drug × diagnosis). */
  indication: { required: ['drug', 'dx_code'], optional: ['name', 'dx_name'] },
  /** 用量: an oral drug's daily amount (使用量 of a 内服 line, in the drug's unit) above `max_daily`. */
  dose: { required: ['drug', 'max_daily'], optional: ['name', 'unit'] },
  /** 投与日数: an oral drug supplied for more than `max_days` days while `listed_on` is less than a year back (新医薬品 14日). */
  days: { required: ['drug', 'listed_on', 'max_days'], optional: ['name'] },
  /** scope: inpatient-only, outpatient-only, hospital-only, clinic-only. */
  scope: { required: ['code', 'scope'], optional: ['name'] },
  /** 数量データ bounds (S 項番30–35 きざみ): below `lower` / above `upper` (empty = none). */
  quantity: { required: ['code', 'lower'], optional: ['upper', 'name'] },
  /** count of `code` may not exceed the claim's 診療実日数 (S 項番27 = 1). */
  'actual-days': { required: ['code'], optional: ['name'] },
  /** 初診 `code` while the patient was treated at this provider last month, or with every diagnosis begun before the month. */
  'first-visit': { required: ['code'], optional: ['name'] },
  /** A pharmacy claim's drugs: needs a claim of the prescriber for the patient in the month (and, with `dx_required`, one of its diagnoses). */
  'prescription-link': { required: ['claim_kind'], optional: [] },
};
