/**
 * File-level checks that outlive a claim: レセプト番号 numbering (spec RE: 1 から昇順に連続番号) and
 * GO against the claims read (uke-format.md §1 multi-volume, §3 GO).
 */
import type { Diagnostics } from './diagnostics.ts';
import type { ClaimSummaryRecord, UkeError } from './types.ts';

const MAX_RECEIPT_NUMBER = 999_999;

/** Duplicates and order of レセプト番号 with one bit per possible number (N6): no claim is kept. */
export class ReceiptNumbers {
  private last = 0;
  private count = 0;
  private seen: Uint8Array | undefined;

  check(n: number, line: number, diag: Diagnostics, errors: UkeError[]): void {
    if (!Number.isInteger(n) || n < 0 || n > MAX_RECEIPT_NUMBER) return;
    const seen = (this.seen ??= new Uint8Array((MAX_RECEIPT_NUMBER >> 3) + 1));
    const byte = n >> 3, bit = 1 << (n & 7);
    if (seen[byte]! & bit) errors.push(diag.make('UKE-E063', line, 'RE', 'receiptNumber', String(n)));
    else if (n < this.last) errors.push(diag.make('UKE-E064', line, 'RE', 'receiptNumber', `${this.last}の後に${n}`));
    else if (n !== this.last + 1 && this.count > 0) errors.push(diag.make('UKE-W005', line, 'RE', 'receiptNumber', `${this.last}の後に${n}`));
    seen[byte]! |= bit;
    if (n > this.last) this.last = n;
    this.count++;
  }
}

export interface TrailerContext {
  diag: Diagnostics;
  /** マルチボリューム識別情報 of the header ('00' when unknown) */
  headerVolume: string;
  /** Σ (HO + KO) and Σ main payer's points of the claims read */
  totalCount: number;
  totalPoints: number;
  previousVolumes: { totalCount: number; totalPoints: number } | undefined;
  /** GO recorded 総件数 or 総合計点数 at all */
  hasTotals: boolean;
}

export function checkTrailer(go: ClaimSummaryRecord, ctx: TrailerContext, errors: UkeError[]): void {
  const { diag: d, headerVolume: ir } = ctx;
  const line = go.line;
  const single = ir === '00' && go.volume === '99';
  const next = String(Number(ir) + 1).padStart(2, '0');
  const volumeOk = /^\d\d$/.test(ir) && (go.volume === '99' || (go.volume === next && go.volume !== '00'));
  if (!volumeOk) errors.push(d.make('UKE-E062', line, 'GO', 'volume', `IR ${ir}、GO ${go.volume}`));
  if (go.volume !== '99') {
    // Totals belong to the last volume only.
    if (ctx.hasTotals && volumeOk) errors.push(d.make('UKE-W006', line, 'GO', 'totalCount', `GO ${go.volume}`));
    return;
  }
  if (go.totalCount === undefined) errors.push(d.make('UKE-E020', line, 'GO', 'totalCount', '総件数'));
  if (go.totalPoints === undefined) errors.push(d.make('UKE-E020', line, 'GO', 'totalPoints', '総合計点数'));
  const prev = ctx.previousVolumes;
  if (!single && !prev) return; // the last of several volumes: its totals cover volumes not read here
  const count = ctx.totalCount + (prev?.totalCount ?? 0);
  const points = ctx.totalPoints + (prev?.totalPoints ?? 0);
  // 電子資格確認 re-routing: the 審査支払機関 writes 0 into both totals (spec GO 備考).
  if (go.totalCount === 0 && go.totalPoints === 0) return;
  if (go.totalCount !== undefined && go.totalCount !== count) {
    errors.push(d.make('UKE-E060', line, 'GO', 'totalCount', `記録${go.totalCount}件、計算${count}件`));
  }
  if (go.totalPoints !== undefined && go.totalPoints !== points) {
    errors.push(d.make('UKE-E061', line, 'GO', 'totalPoints', `記録${go.totalPoints}点、計算${points}点`));
  }
}
