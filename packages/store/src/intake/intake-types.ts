/**
 * What one intake run (受付) of claim files returns. The CLI prints it, the HTTP API answers with it.
 */
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { FileError } from '@kokuho/core/intake';

export type { FileError };

export interface IntakeOptions {
  federation: FederationCode;
  /** 診療年月 of the batch (the files' IR 請求年月 is the month after). */
  month: YearMonth;
  /** A corrected re-send: replaces the provider's earlier file of the month (取下げ then 再請求). */
  replace?: boolean;
  /** Refuse the file unless its IR names this provider (10-digit code): the uploader's own. */
  expectProvider?: string;
  /** Claims per transaction (default 500). */
  batchSize?: number;
  /** Called after each committed batch (progress, tests); a returned promise is awaited before the next batch is written. */
  onProgress?: (p: { file: string; claimsDone: number }) => void | Promise<void>;
}

/** duplicate: the same bytes were accepted before; nothing was stored again. */
export type FileStatus = 'accepted' | 'refused' | 'duplicate';

export interface FileIntakeResult {
  file: string;
  sha256: string;
  status: FileStatus;
  /** 10-digit 医療機関コード from IR/YK/UK (undefined when the header is unreadable). */
  provider: string | undefined;
  claims: number;
  accepted: number;
  /** of `accepted`, those with findings */
  acceptedWithFindings: number;
  returned: number;
  /** claims already stored (the same file again, or the same claim with the same content), skipped */
  duplicates: number;
  outOfPrefecture: number;
  errors: FileError[];
  /** count per finding code over the file's claims */
  findings: Record<string, number>;
}
