/**
 * The outcome of a claim at intake from all its findings: any finding that returns the claim
 * (a structural error, a clerical error that needs the provider, no eligibility) makes it 返戻;
 * otherwise it is accepted, with findings for the reviewers when there are some.
 */
import type { Finding } from '../clerical/finding-codes.ts';
import type { UkeError } from '../uke/types.ts';
import type { ClaimFinding } from './intake-codes.ts';

export type ClaimOutcome = 'accepted' | 'acceptedWithFindings' | 'returned';

export const OUTCOME_LABELS: Record<ClaimOutcome, string> = {
  accepted: '受付',
  acceptedWithFindings: '受付（指摘あり）',
  returned: '返戻',
};

/** Reader errors return the claim; its warnings are findings for the reviewers. */
export function fromUkeErrors(errors: readonly UkeError[]): ClaimFinding[] {
  return errors.map((e) => ({ code: e.code, severity: e.severity === 'error' ? 'return' : 'finding', line: e.line, record: e.record, field: e.field, message: e.message }));
}

export function fromClerical(findings: readonly Finding[]): ClaimFinding[] {
  return findings.map((f) => ({ code: f.code, severity: f.severity, line: f.line, record: f.record, field: f.field, message: f.message }));
}

export function decideOutcome(findings: readonly ClaimFinding[]): ClaimOutcome {
  if (findings.some((f) => f.severity === 'return')) return 'returned';
  return findings.length ? 'acceptedWithFindings' : 'accepted';
}
