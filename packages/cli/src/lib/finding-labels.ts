/** The Japanese label of any finding code kokuho produces (UKE reader, clerical, intake, eligibility). */
import { CLERICAL_FINDING_MESSAGES, type ClericalFindingCode } from '@kokuho/core/clerical';
import { CLAIM_FINDING_MESSAGES, FILE_ERROR_MESSAGES } from '@kokuho/core/intake';
import { UKE_ERROR_MESSAGES, type UkeErrorCode } from '@kokuho/core/uke';

export function findingLabel(code: string): string {
  return (CLAIM_FINDING_MESSAGES as Record<string, string>)[code]
    ?? (FILE_ERROR_MESSAGES as Record<string, string>)[code]
    ?? CLERICAL_FINDING_MESSAGES[code as ClericalFindingCode]
    ?? UKE_ERROR_MESSAGES[code as UkeErrorCode]
    ?? '';
}
