/**
 * Builds UkeError values: the Japanese message of the code plus this occurrence's detail, and the
 * severity after the caller's overrides (a strict intake may raise UKE-E047 to an error).
 */
import { UKE_ERROR_MESSAGES, UKE_ERROR_SEVERITY, type UkeErrorCode } from './error-codes.ts';
import type { UkeError, UkeSeverity } from './types.ts';

export type SeverityOverrides = Partial<Record<UkeErrorCode, UkeSeverity>>;

export class Diagnostics {
  private readonly severity: Readonly<Record<UkeErrorCode, UkeSeverity>>;

  constructor(
    readonly file: string,
    overrides: SeverityOverrides = {},
  ) {
    this.severity = { ...UKE_ERROR_SEVERITY, ...overrides };
  }

  make(code: UkeErrorCode, line: number, record: string, field: string, detail?: string): UkeError {
    const base = UKE_ERROR_MESSAGES[code];
    return {
      file: this.file,
      line,
      record,
      field,
      code,
      message: detail ? `${base}（${detail}）` : base,
      severity: this.severity[code],
    };
  }
}
