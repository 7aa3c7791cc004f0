/** What a rule found on a claim, with what a reviewer needs to follow it: the lines read, the table row, the steps. */
import type { RuleDefinition, RuleTableRow } from './rule-types.ts';

export interface RuleFinding extends Pick<RuleDefinition, 'ruleId' | 'version' | 'lamp' | 'kind' | 'scope' | 'severity' | 'action' | 'reasonCode' | 'title'> {
  /** The rule's message with this hit's values. */
  message: string;
  /** Line of the file the finding points to (the line to cut or correct). */
  line: number;
  /** Record id of that line ('SI', 'IY', 'RE' …) and the code on it. */
  record: string;
  code: string;
  /** Every line of the claim(s) the rule read to decide. */
  linesRead: number[];
  /** The decision-table row that matched: its file, line and values. */
  row: { file: string; line: number; values: Readonly<Record<string, string>> };
  /** The reasoning, step by step, in Japanese. */
  trace: string[];
  /** When the hit is on another claim of the group (横覧・突合): its レセプト番号. */
  relatedReceipts?: number[];
}

/** A check's raw hit before the rule's texts are applied. */
export interface Hit {
  line: number;
  record: string;
  code: string;
  linesRead: number[];
  vars: Record<string, string | number>;
  trace: string[];
  relatedReceipts?: number[];
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

export function fillMessage(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (m, k: string) => (vars[k] !== undefined ? String(vars[k]) : m));
}

export function findingOf(rule: RuleDefinition, row: RuleTableRow, hit: Hit): RuleFinding {
  const vars = { ...row.values, ...hit.vars };
  return {
    ruleId: rule.ruleId, version: rule.version, lamp: rule.lamp, kind: rule.kind, scope: rule.scope,
    severity: rule.severity, action: rule.action, reasonCode: rule.reasonCode, title: rule.title,
    message: fillMessage(rule.message, vars),
    line: hit.line, record: hit.record, code: hit.code,
    linesRead: [...new Set(hit.linesRead)].sort((a, b) => a - b),
    row: { file: row.origin.file, line: row.origin.line, values: row.values },
    trace: hit.trace,
    ...(hit.relatedReceipts ? { relatedReceipts: hit.relatedReceipts } : {}),
  };
}
