/**
 * A provider's pre-check of a claim file before sending it (ASP): the same reading, file acceptance
 * and 事務点検 as intake, storing nothing and needing no registry (insurer registration and
 * eligibility are judged at intake). The federation and month default to the file's own IR
 * (都道府県, 請求年月 − 1).
 */
import { addMonths, type FederationCode, type YearMonth } from '@kokuho/core/common';
import { evaluateClaim, factsOf, fileError, fileItems, headerErrors, readHeader, type ClaimFinding, type FileError, type FileItem } from '@kokuho/core/intake';
import { parseUke, type UkeKind } from '@kokuho/core/uke';
import { patientKey } from '@kokuho/core/intake';
import {
  compileRules, evaluatePatientMonth, evaluateRules, ruleClaimOfMedical, ruleClaimOfPharmacy,
  type CompiledRules, type RuleClaim, type RuleFinding, type RuleSet,
} from '@kokuho/core/rules';
import { openSource, type ClaimFileSource } from './file-source.ts';
import type { MasterCache } from './master-cache.ts';

export interface PrecheckFinding {
  /** レセプト番号 of the claim (RE); null for a finding on the file as a whole */
  claim: number | null;
  /** 1-based line of the file */
  line: number;
  ruleId: string;
  /** S: decided by the 告示・通知 with no medical judgement; V: a reviewer's medical judgement */
  lamp: 'S' | 'V';
  /** return: the claim (or file) would be sent back (返戻); adjust: the line would be cut (査定); notice: a point for the reviewers */
  action: 'return' | 'adjust' | 'notice';
  record: string;
  field: string;
  message: string;
  /** Rule findings (issue 4) also carry the rule's version, title, 増減点事由 and the reasoning. */
  version?: number;
  title?: string;
  reasonCode?: string;
  trace?: string[];
}

export interface PrecheckResult {
  file: string;
  kind: UkeKind | undefined;
  federation: string | undefined;
  month: YearMonth | undefined;
  claims: number;
  findings: PrecheckFinding[];
  /** no masters loaded: codes and points were not checked */
  mastersMissing: boolean;
}

/** A finding as the pre-check's JSON answers show it (CLI `check --json`, POST /api/v1/check): the rule fields only on rule findings. */
export function precheckFindingJson(f: PrecheckFinding): Record<string, unknown> {
  const { version, title, reasonCode, trace, ...base } = f;
  return version === undefined ? base : { ...base, version, title, reasonCode, trace };
}

const BATCH = 1000;

const RULE_ACTION = { henrei: 'return', satei: 'adjust', chui: 'notice' } as const;
const fromRule = (claim: number, f: RuleFinding): PrecheckFinding => ({
  claim, line: f.line, ruleId: f.ruleId, lamp: f.lamp, action: RULE_ACTION[f.action], record: f.record, field: '', message: f.message,
  version: f.version, title: f.title, reasonCode: f.reasonCode, trace: f.trace,
});

const fromFile = (e: FileError): PrecheckFinding => ({ claim: null, line: e.line, ruleId: e.code, lamp: 'S', action: 'return', record: e.record, field: e.field, message: e.message });
const fromClaim = (claim: number, f: ClaimFinding): PrecheckFinding => ({
  claim, line: f.line, ruleId: f.code, lamp: 'S', action: f.severity === 'return' ? 'return' : 'notice', record: f.record, field: f.field, message: f.message,
});

export interface PrecheckOptions {
  federation?: FederationCode;
  month?: YearMonth;
  /** The computer checks to run as well, for the file's federation (whose adoptions apply); none when absent. */
  rules?: (federation: string) => RuleSet | Promise<RuleSet>;
}

export async function precheckFile(masters: MasterCache, source: ClaimFileSource, opts: PrecheckOptions = {}): Promise<PrecheckResult> {
  const src = await openSource(source);
  const out: PrecheckResult = { file: src.name, kind: undefined, federation: opts.federation, month: opts.month, claims: 0, findings: [], mastersMissing: masters.mastersMissing };
  let batch: Extract<FileItem, { type: 'claim' }>[] = [];
  let providerCode = '';
  let ruleSet: RuleSet | undefined;
  const compiled = new Map<string, CompiledRules>();
  // 突合 needs the prescriber's claims, which a provider's own file does not hold: not part of the pre-check.
  const rulesFor = (month: YearMonth): CompiledRules | undefined =>
    ruleSet && (compiled.get(month) ?? compiled.set(month, { ...compileRules(ruleSet, out.federation ?? '', month), totsugoByCode: new Map(), prescriptionLinks: [] }).get(month));
  // A patient's claims of the file, for the rules across claims (横覧 within the file).
  const patients = new Map<string, RuleClaim[]>();
  const flush = async (): Promise<void> => {
    const facts = batch.map(factsOf);
    await masters.ensureMonths(new Set(facts.flatMap((f) => (f.serviceMonth && out.month && f.serviceMonth <= out.month ? [f.serviceMonth] : []))));
    batch.forEach((item, i) => {
      const f = facts[i]!;
      const ev = evaluateClaim(f, item.medical, item.errors, {
        federation: out.federation ?? '', month: out.month ?? '9999-12', registry: false, periods: [],
        snapshotFor: (m) => (out.month && m <= out.month ? masters.snapshotFor(m) : undefined),
        lastInForce: masters.lastInForce, insurerRegistered: () => true,
      });
      for (const x of ev.findings) out.findings.push(fromClaim(f.receiptNumber, x));
      const rules = f.serviceMonth && ev.outcome !== 'returned' ? rulesFor(f.serviceMonth) : undefined;
      if (!rules || !f.serviceMonth) return;
      const claim = item.medical
        ? ruleClaimOfMedical(item.medical, { providerCode })
        : item.kind === 'pharmacy' && item.generic ? ruleClaimOfPharmacy(item.generic, f.serviceMonth, { providerCode, providerKind: 'pharmacy' }) : undefined;
      if (!claim) return;
      for (const r of evaluateRules(claim, rules, { masters: masters.snapshotFor(f.serviceMonth) })) out.findings.push(fromRule(f.receiptNumber, r));
      const key = `${f.serviceMonth}|${patientKey(f)}`;
      (patients.get(key) ?? patients.set(key, []).get(key)!).push(claim);
    });
    batch = [];
  };
  for await (const item of fileItems(parseUke(src.chunks(), { fileName: src.name }))) {
    if (item.type === 'header') {
      const h = readHeader(item.kind, item.record);
      providerCode = h.localCode ?? '';
      if (opts.rules) ruleSet = await opts.rules(out.federation ?? '');
      out.kind = item.kind;
      out.federation ??= h.prefecture;
      out.month ??= h.billingMonth ? addMonths(h.billingMonth, -1) : undefined;
      out.findings.push(...item.errors.map(fromFile));
      if (out.month) out.findings.push(...headerErrors(h, { federation: out.federation, month: out.month, providerKnown: true }).map(fromFile));
    } else if (item.type === 'fileErrors') {
      out.findings.push(...item.errors.map(fromFile));
    } else {
      out.claims = item.seq;
      batch.push(item);
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  for (const [key, claims] of patients) {
    if (claims.length < 2) continue;
    const month = key.slice(0, 7);
    const grouped = evaluatePatientMonth(claims, rulesFor(month)!, { masters: masters.snapshotFor(month) });
    grouped.forEach((list, i) => list.forEach((r) => out.findings.push(fromRule(claims[i]!.receiptNumber, r))));
  }
  if (out.kind === undefined) out.findings.push(fromFile(fileError('INT-F001', 1, '', '')));
  out.findings.sort((a, b) => a.line - b.line);
  return out;
}
