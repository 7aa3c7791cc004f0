/**
 * Reads the files of a rules directory (given as text: the core does no I/O) into a RuleSet.
 * File roles come from their names: `catalogue.csv`, `<kind>.csv` (a decision table), `tests.csv`
 * or `tests/<anything>.csv`, `adoption/<federation>.csv`. Every bad row is reported with its file,
 * line and column and left out; the good rows are kept.
 */
import { isValidIsoDate } from '../common/dates.ts';
import { parseCsvLine, splitLines } from '../masters/csv-line.ts';
import { ruleFileError, type RuleFileError } from './rule-errors.ts';
import {
  REASON_CODES, RULE_ACTIONS, RULE_KINDS, RULE_SCOPES, RULE_SEVERITIES, RULE_STATUSES, RULE_TABLE_COLUMNS,
  type RuleAdoption, type RuleDefinition, type RuleKind, type RuleSet, type RuleTableRow, type RuleTestCase,
} from './rule-types.ts';

export interface RuleFile {
  /** Path relative to the rules directory, with '/' separators (e.g. `generated/count.csv`). */
  path: string;
  text: string;
}

type Row = { line: number; get: (column: string) => string; values: Record<string, string> };

/** Rows of a CSV file by header name; reports syntax errors and missing columns. */
function csvRows(file: string, text: string, required: readonly string[], errors: RuleFileError[]): Row[] {
  const lines = splitLines(text);
  const head = lines[0] === undefined ? undefined : parseCsvLine(lines[0]);
  if (!head || !head.ok) {
    errors.push(ruleFileError('RUL-E001', file, 1, '', '見出し行'));
    return [];
  }
  const columns = head.value.map((c) => c.trim());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    errors.push(ruleFileError('RUL-E002', file, 1, missing.join(','), missing.join('、')));
    return [];
  }
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const parsed = parseCsvLine(raw);
    if (!parsed.ok) {
      errors.push(ruleFileError('RUL-E001', file, i + 1, `${parsed.errors[0]!.column}列目`, parsed.errors[0]!.reason));
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, k) => (values[c] = (parsed.value[k] ?? '').trim()));
    rows.push({ line: i + 1, values, get: (c) => values[c] ?? '' });
  }
  return rows;
}

const CATALOGUE_COLUMNS = ['rule_id', 'version', 'title', 'lamp', 'kind', 'scope', 'severity', 'action', 'reason_code', 'message', 'source', 'data_source', 'effective_from', 'effective_to', 'status'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: string, file: string, line: number, field: string, errors: RuleFileError[]): T | undefined {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  errors.push(ruleFileError('RUL-E004', file, line, field, `「${value}」: ${allowed.filter(Boolean).join(' / ')}`));
  return undefined;
}

function dateOf(value: string, file: string, line: number, field: string, errors: RuleFileError[], optional: boolean): string | undefined | null {
  if (value === '' && optional) return undefined;
  if (isValidIsoDate(value)) return value;
  errors.push(ruleFileError('RUL-E005', file, line, field, `「${value}」`));
  return null;
}

function readCatalogue(file: string, text: string, errors: RuleFileError[]): RuleDefinition[] {
  const out: RuleDefinition[] = [];
  for (const r of csvRows(file, text, CATALOGUE_COLUMNS, errors)) {
    const before = errors.length;
    for (const c of ['rule_id', 'version', 'title', 'message', 'source', 'effective_from'] as const) {
      if (!r.get(c)) errors.push(ruleFileError('RUL-E003', file, r.line, c));
    }
    const version = Number(r.get('version'));
    if (r.get('version') && !(Number.isInteger(version) && version > 0)) errors.push(ruleFileError('RUL-E004', file, r.line, 'version', `「${r.get('version')}」: 1以上の整数`));
    const lamp = oneOf(['S', 'V'] as const, r.get('lamp'), file, r.line, 'lamp', errors);
    const kind = oneOf(RULE_KINDS, r.get('kind'), file, r.line, 'kind', errors);
    const scope = oneOf(RULE_SCOPES, r.get('scope') || 'claim', file, r.line, 'scope', errors);
    const severity = oneOf(RULE_SEVERITIES, r.get('severity'), file, r.line, 'severity', errors);
    const action = oneOf(RULE_ACTIONS, r.get('action'), file, r.line, 'action', errors);
    const reasonCode = oneOf(REASON_CODES, r.get('reason_code'), file, r.line, 'reason_code', errors);
    const status = oneOf(RULE_STATUSES, r.get('status') || 'active', file, r.line, 'status', errors);
    const from = dateOf(r.get('effective_from'), file, r.line, 'effective_from', errors, false);
    const to = dateOf(r.get('effective_to'), file, r.line, 'effective_to', errors, true);
    if (typeof from === 'string' && typeof to === 'string' && to < from) errors.push(ruleFileError('RUL-E009', file, r.line, 'effective_to', `${from} 〜 ${to}`));
    if (errors.length > before || !lamp || !kind || !scope || !severity || !action || reasonCode === undefined || !status || typeof from !== 'string') continue;
    out.push({
      ruleId: r.get('rule_id'), version, title: r.get('title'), lamp, kind, scope, severity, action, reasonCode,
      message: r.get('message'), source: r.get('source'), dataSource: r.get('data_source'),
      effectiveFrom: from, effectiveTo: to ?? undefined, status, origin: { file, line: r.line },
    });
  }
  return out;
}

function readTable(file: string, kind: RuleKind, text: string, errors: RuleFileError[]): RuleTableRow[] {
  const { required } = RULE_TABLE_COLUMNS[kind];
  const out: RuleTableRow[] = [];
  for (const r of csvRows(file, text, ['rule_id', ...required], errors)) {
    const empty = ['rule_id', ...required].filter((c) => !r.get(c));
    if (empty.length) {
      errors.push(ruleFileError('RUL-E003', file, r.line, empty.join(',')));
      continue;
    }
    const { rule_id: ruleId, ...values } = r.values;
    out.push({ ruleId: ruleId!, values, origin: { file, line: r.line } });
  }
  return out;
}

function readTests(file: string, text: string, errors: RuleFileError[]): RuleTestCase[] {
  const out: RuleTestCase[] = [];
  for (const r of csvRows(file, text, ['rule_id', 'case', 'expect', 'claim'], errors)) {
    const expect = oneOf(['fire', 'pass'] as const, r.get('expect'), file, r.line, 'expect', errors);
    if (!expect || !r.get('rule_id') || !r.get('claim')) {
      if (!r.get('rule_id') || !r.get('claim')) errors.push(ruleFileError('RUL-E003', file, r.line, !r.get('rule_id') ? 'rule_id' : 'claim'));
      continue;
    }
    out.push({ ruleId: r.get('rule_id'), name: r.get('case') || `line ${r.line}`, expect, claim: r.get('claim'), origin: { file, line: r.line } });
  }
  return out;
}

/** What an adoption may change of a rule, with the values each accepts. */
const OVERRIDABLE: Record<string, readonly string[]> = { action: RULE_ACTIONS, severity: RULE_SEVERITIES, lamp: ['S', 'V'], reason_code: REASON_CODES };

function readAdoption(file: string, federation: string, text: string, errors: RuleFileError[]): RuleAdoption[] {
  const out: RuleAdoption[] = [];
  for (const r of csvRows(file, text, ['rule_id', 'state', 'from'], errors)) {
    const state = oneOf(['adopted', 'disabled', 'override'] as const, r.get('state'), file, r.line, 'state', errors);
    const from = dateOf(r.get('from'), file, r.line, 'from', errors, false);
    const to = dateOf(r.get('to'), file, r.line, 'to', errors, true);
    const before = errors.length;
    const override: Record<string, string> = {};
    for (const pair of r.get('override').split(/[;\s]+/).filter(Boolean)) {
      const [k = '', v = ''] = pair.split('=');
      const allowed = OVERRIDABLE[k];
      if (!allowed) errors.push(ruleFileError('RUL-E004', file, r.line, 'override', `「${pair}」: ${Object.keys(OVERRIDABLE).map((x) => `${x}=`).join(' / ')}`));
      else if (oneOf(allowed, v, file, r.line, 'override', errors) !== undefined) override[k === 'reason_code' ? 'reasonCode' : k] = v;
    }
    const bad = errors.length > before;
    if (!state || typeof from !== 'string' || to === null || bad || !r.get('rule_id')) continue;
    out.push({ federation, ruleId: r.get('rule_id'), state, from, to, override: override as RuleAdoption['override'], origin: { file, line: r.line } });
  }
  return out;
}

/** Reads every file; cross-checks that table rows and tests name known rules and each rule has table rows. */
export function readRuleFiles(files: readonly RuleFile[]): { ruleSet: RuleSet; errors: RuleFileError[] } {
  const errors: RuleFileError[] = [];
  const ruleSet: RuleSet = { rules: [], tables: new Map(), tests: [], adoptions: [] };
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const parts = f.path.split('/');
    const base = parts[parts.length - 1]!.replace(/\.csv$/, '');
    const dir = parts.length > 1 ? parts[parts.length - 2]! : '';
    if (!f.path.endsWith('.csv')) continue;
    if (base === 'catalogue') ruleSet.rules.push(...readCatalogue(f.path, f.text, errors));
    else if (dir === 'tests' || base === 'tests') ruleSet.tests.push(...readTests(f.path, f.text, errors));
    else if (dir === 'adoption') ruleSet.adoptions.push(...readAdoption(f.path, base, f.text, errors));
    else if ((RULE_KINDS as readonly string[]).includes(base)) {
      const kind = base as RuleKind;
      const rows = readTable(f.path, kind, f.text, errors);
      ruleSet.tables.set(kind, [...(ruleSet.tables.get(kind) ?? []), ...rows]);
    } else errors.push(ruleFileError('RUL-E010', f.path, 0, ''));
  }
  const seen = new Set<string>();
  ruleSet.rules = ruleSet.rules.filter((r) => {
    const key = `${r.ruleId}@${r.version}`;
    if (seen.has(key)) {
      errors.push(ruleFileError('RUL-E006', r.origin.file, r.origin.line, 'rule_id', key));
      return false;
    }
    seen.add(key);
    return true;
  });
  const kindOf = new Map(ruleSet.rules.map((r) => [r.ruleId, r.kind]));
  const withRows = new Set<string>();
  for (const [kind, rows] of ruleSet.tables) {
    ruleSet.tables.set(kind, rows.filter((row) => {
      if (kindOf.get(row.ruleId) === kind) return withRows.add(row.ruleId), true;
      errors.push(ruleFileError('RUL-E007', row.origin.file, row.origin.line, 'rule_id', `${row.ruleId}（種類 ${kind}）`));
      return false;
    }));
  }
  for (const r of ruleSet.rules) if (!withRows.has(r.ruleId)) errors.push(ruleFileError('RUL-E008', r.origin.file, r.origin.line, 'kind', `${r.ruleId}: ${r.kind}.csv`));
  ruleSet.tests = ruleSet.tests.filter((t) => kindOf.has(t.ruleId) || (errors.push(ruleFileError('RUL-E007', t.origin.file, t.origin.line, 'rule_id', t.ruleId)), false));
  return { ruleSet, errors };
}
