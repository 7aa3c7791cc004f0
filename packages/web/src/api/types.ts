/** What the review API (/api/v1/…) answers, as the screens read it (packages/api/src/routes). */
import type { ClaimSheet, ClaimSheetLine } from '../../../core/src/review/claim-sheet-types.ts';

export interface Account {
  federation: string;
  login: string;
  displayName: string;
  role: string;
  roleLabel: string;
}

export type ItemStatus = 'open' | 'held' | 'decided';

export interface QueueCount {
  queue: string;
  label: string;
  open: number;
  held: number;
  decided: number;
}

/** The committee queue's counts by 部会 (specialty section). */
export interface SectionCount {
  section: string;
  open: number;
  held: number;
  decided: number;
}

export interface ReviewItem {
  file_id: number;
  seq: number;
  queue: string;
  priority: number;
  reason: string;
  status: ItemStatus;
  /** 審査委員会の部会 (e.g. 内科部会), null when the month was sorted without sections. */
  section: string | null;
  receipt_number: number;
  provider_code: string;
  kind: string;
  total_points: number | null;
  out_of_prefecture: boolean;
  /** Rule findings (コンピュータチェック) of the claim. */
  findings: number;
}

/** A rule finding (rule_findings). */
export interface RuleFindingRow {
  rule_id: string;
  version: number;
  lamp: string;
  kind: string;
  action: string;
  reason_code: string;
  line: number;
  record: string;
  code: string;
  message: string;
  trace: string[] | string;
  table_row: unknown;
  lines_read: number[];
  related_receipts: number[] | null;
}

/** A clerical finding (事務点検・資格点検, claim_findings). */
export interface ClericalFindingRow {
  code: string;
  severity: string;
  line: number | null;
  record: string | null;
  field: string | null;
  message: string;
}

export type DecisionKind = 'adjust' | 'return' | 'confirm' | 'hold' | 'note';

export interface DecisionRow {
  decision_id: number;
  decision: DecisionKind;
  line: number | null;
  code: string | null;
  points_before: number | null;
  points_after: number | null;
  reason_code: string;
  reason_text: string;
  account_id: string;
  decided_at: string;
}

export interface OtherClaim {
  file_id: number;
  seq: number;
  kind: string;
  provider_code: string;
  service_month: string;
  receipt_number: number;
  total_points: number | null;
  sameMonth: boolean;
}

/** The claim laid out like the paper レセプト (`sheet` of the claim route): the server's own type. */
export type { ClaimSheet };
export type SheetLine = ClaimSheetLine;

export interface ClaimDetail {
  claim: {
    fileId: number;
    seq: number;
    kind: string;
    providerCode: string;
    serviceMonth: string;
    receiptNumber: number;
    totalPoints: number | null;
    outcome: string;
    outOfPrefecture: boolean;
  };
  lines: { line: number; text: string }[];
  findings: RuleFindingRow[];
  clerical: ClericalFindingRow[];
  decisions: DecisionRow[];
  review: { queue: string; priority: number; reason: string; status: ItemStatus } | null;
  otherClaims: OtherClaim[];
  /** Absent from servers older than the sheet layout: the screen then shows the raw lines. */
  sheet?: ClaimSheet;
}

export interface BulkConfirmResult {
  confirmed: { fileId: number; seq: number }[];
  refused: { fileId: number; seq: number; reason: string }[];
}
