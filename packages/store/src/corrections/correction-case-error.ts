/** A refused case operation, thrown by the store: the core's typed error (code and Japanese message). */
import type { CorrectionError, CorrectionErrorCode } from '@kokuho/core/corrections';

export class CorrectionCaseError extends Error {
  readonly code: CorrectionErrorCode;
  constructor(e: CorrectionError) {
    super(e.message);
    this.code = e.code;
  }
}
