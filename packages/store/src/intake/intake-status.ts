/**
 * The month's intake as the clerk on duty sees it: every file received, its status and counts,
 * including files still being received (a run that stopped: `kokuho intake` on the same file
 * resumes it).
 */
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { FileError } from '@kokuho/core/intake';
import type { KokuhoDb } from '../db/database.ts';
import { inBoundFederation } from '../registry/bound-federation.ts';
import { fileErrorsOf, type IntakeFileStatus } from './intake-tables.ts';

export interface IntakeFileRow {
  fileId: number;
  file: string;
  provider: string | undefined;
  status: IntakeFileStatus;
  claims: number;
  claimsDone: number;
  accepted: number;
  returned: number;
  duplicates: number;
  errors: FileError[];
  receivedAt: string;
  completedAt: string | undefined;
}

export async function intakeStatus(k: KokuhoDb, federation: FederationCode, month: YearMonth): Promise<IntakeFileRow[]> {
  const rows = await k.withFederation(federation, (trx) => trx.selectFrom('intake_files')
    .select(['file_id', 'file_name', 'provider_code', 'status', 'claims', 'claims_done', 'accepted', 'returned', 'duplicates', 'errors', 'received_at', 'completed_at'])
    .where(inBoundFederation()).where('service_month', '=', month).orderBy('file_id').execute());
  return rows.map((r) => ({
    fileId: r.file_id, file: r.file_name, provider: r.provider_code ?? undefined, status: r.status, claims: r.claims, claimsDone: r.claims_done,
    accepted: r.accepted, returned: r.returned, duplicates: r.duplicates,
    errors: fileErrorsOf(r.errors),
    receivedAt: new Date(r.received_at).toISOString(), completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : undefined,
  }));
}
