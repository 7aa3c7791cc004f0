/**
 * 受付 of one claim file: identify it by content, refuse it whole for a bad header or structure,
 * otherwise check and store its claims batch by batch, then accept it in one last transaction that
 * makes its claims live (and, for a re-send, withdraws the earlier file's). Re-running after a crash
 * resumes at the file's progress mark; re-sending accepted bytes stores nothing.
 */
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { factsOf, fileError, fileItems, headerErrors, providerCodeOf, readHeader, type FileError, type FileHeader } from '@kokuho/core/intake';
import { parseUke, type UkeKind } from '@kokuho/core/uke';
import { inBoundFederation } from '../registry/bound-federation.ts';
import { fileErrorsOf } from './intake-tables.ts';
import { writeBatch, type FileRun, type PendingClaim } from './claim-batch.ts';
import { settleLateConflicts } from './late-conflicts.ts';
import { openSource, type ClaimFileSource, type OpenedSource } from './file-source.ts';
import { IntakeError, isUniqueViolation } from './intake-errors.ts';
import type { IntakeSession } from './intake-session.ts';
import type { FileIntakeResult, IntakeOptions } from './intake-types.ts';

const BATCH = 1000;

interface FileRow {
  file_id: number;
  status: string;
  claims_done: number;
  provider_code: string | null;
  replace_earlier: boolean;
}

export async function intakeFileInSession(session: IntakeSession, source: ClaimFileSource, opts: IntakeOptions): Promise<FileIntakeResult> {
  const src = await openSource(source);
  try {
    return await receive(session, src, opts);
  } catch (e) {
    // Two runs on the same bytes at once (a client retrying while the first upload is still being
    // received): the keys of the file and its claims let only one write; the other stops here.
    if (isUniqueViolation(e)) throw new IntakeError('IN_PROGRESS', src.name);
    throw e;
  }
}

async function receive(session: IntakeSession, src: OpenedSource, opts: IntakeOptions): Promise<FileIntakeResult> {
  const { k, federation } = session;
  // One transaction finds the file (done, or to resume) or registers it.
  const { existing, fileId } = await k.withFederation(federation, async (trx) => {
    const found = await trx.selectFrom('intake_files').select(['file_id', 'status', 'claims_done', 'provider_code', 'replace_earlier'])
      .where(inBoundFederation()).where('sha256', '=', src.sha256).where('status', 'in', ['receiving', 'accepted'])
      .executeTakeFirst() as FileRow | undefined;
    if (found) return { existing: found, fileId: found.file_id };
    const r = await trx.insertInto('intake_files')
      .values({ federation_code: federation, sha256: src.sha256, service_month: opts.month, file_name: src.name, bytes: src.bytes, status: 'receiving', replace_earlier: opts.replace ?? false, provider_code: opts.expectProvider ?? null })
      .returning('file_id').executeTakeFirstOrThrow();
    return { existing: undefined, fileId: r.file_id };
  });
  // These bytes, received from another provider: refused without a word about that file.
  if (existing && opts.expectProvider !== undefined && existing.provider_code !== null && existing.provider_code !== opts.expectProvider) {
    return refusedUnstored(src.name, src.sha256, opts.expectProvider, fileError('INT-F006', 1, '', 'providerCode', `送信元 ${opts.expectProvider}`));
  }
  if (existing?.status === 'accepted') {
    const r = await k.withFederation(federation, (trx) => fileResult(trx, existing.file_id, src.name));
    return { ...r, status: 'duplicate', accepted: 0, acceptedWithFindings: 0, returned: 0, outOfPrefecture: 0, duplicates: r.claims, findings: {} };
  }
  const resumeAfter = existing?.claims_done ?? 0;
  // A resumed file keeps what it was received as (a re-send or not), whatever this run says.
  const replace = existing ? existing.replace_earlier : opts.replace ?? false;

  let header: FileHeader | undefined;
  let kind: UkeKind | undefined;
  let run: FileRun | undefined;
  const refusal: FileError[] = [];
  let seq = 0;
  let batch: PendingClaim[] = [];
  // One batch is written while the next is parsed; writes stay in order, so the progress mark only
  // moves forward and a batch always sees the claims of the batches before it.
  let inflight: Promise<void> = Promise.resolve();
  let lastWritten = 0;
  const flush = async (): Promise<void> => {
    await inflight;
    const b = batch;
    batch = [];
    if (!b.length || !run) return;
    const r = run;
    const last = b[b.length - 1]!.seq;
    inflight = writeBatch(session, r, b).then(() => {
      lastWritten = last;
      return opts.onProgress?.({ file: src.name, claimsDone: last });
    });
    inflight.catch(() => {}); // awaited at the next flush; this only keeps Node from calling it unhandled meanwhile
  };

  try {
    for await (const item of fileItems(parseUke(src.chunks(), { fileName: src.name }))) {
      if (item.type === 'header') {
        kind = item.kind;
        header = readHeader(item.kind, item.record);
        const providerCode = providerCodeOf(header);
        refusal.push(...item.errors, ...headerErrors(header, {
          federation, month: opts.month, expectProvider: opts.expectProvider,
          providerKnown: providerCode !== undefined && session.providerRegistered(providerCode),
        }));
        if (refusal.length === 0 && providerCode) {
          run = { fileId, name: src.name, month: opts.month, providerCode, replaces: replace ? await earlierFiles(session, providerCode, opts.month, src.name, fileId) : [] };
        }
      } else if (item.type === 'fileErrors') {
        refusal.push(...item.errors);
      } else {
        seq = item.seq;
        if (!run || seq <= resumeAfter || refusal.length) continue;
        batch.push({ seq, facts: factsOf(item), medical: item.medical, errors: item.errors });
        if (batch.length >= (opts.batchSize ?? BATCH)) await flush();
      }
    }
  } catch (e) {
    // A batch may still be on its way: let it end (committed or not) before the error goes up.
    await inflight.catch(() => {});
    throw e;
  }
  if (!header) refusal.push(fileError('INT-F001', 1, '', ''));
  else if (seq === 0) refusal.push(fileError('INT-F007', 0, '', ''));
  if (refusal.length === 0) await flush();
  await inflight;
  const done = run && refusal.length === 0 ? Math.max(resumeAfter, lastWritten) : undefined;
  return finish(session, src.name, fileId, run, seq, refusal, kind, opts.expectProvider ?? (header ? providerCodeOf(header) : undefined), done);
}

/**
 * The files a re-send replaces: the provider's accepted files of the month with the same file name,
 * directories aside (RECEIPTC.UKE sent again from another folder); a file of another name (another
 * volume, the 入院 file beside the 外来 one) stays.
 */
async function earlierFiles(session: IntakeSession, providerCode: string, month: string, name: string, fileId: number): Promise<number[]> {
  const rows = await session.k.withFederation(session.federation, (trx) => trx.selectFrom('intake_files').select(['file_id', 'file_name'])
    .where(inBoundFederation()).where('provider_code', '=', providerCode).where('service_month', '=', month)
    .where('status', '=', 'accepted').where('file_id', '<>', fileId).execute());
  return rows.filter((r) => basename(r.file_name) === basename(name)).map((r) => r.file_id);
}

const basename = (name: string): string => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

/** The last transaction of a file: accepted (its claims go live) or refused (they go). */
async function finish(
  session: IntakeSession, name: string, fileId: number, run: FileRun | undefined, claims: number, refusal: FileError[], kind: UkeKind | undefined, providerCode: string | undefined,
  /** where this run left the progress mark (undefined when it wrote nothing to check against) */
  done: number | undefined,
): Promise<FileIntakeResult> {
  return session.k.withFederation(session.federation, async (trx) => {
    const row = await trx.selectFrom('intake_files').select(['status', 'claims_done']).where(inBoundFederation()).where('file_id', '=', fileId).forUpdate().executeTakeFirst();
    if (!row || row.status !== 'receiving' || (done !== undefined && row.claims_done !== done)) throw new IntakeError('IN_PROGRESS', name);
    const self = (q: 'intake_files' | 'claims') => trx.updateTable(q).where(inBoundFederation()).where('file_id', '=', fileId);
    if (refusal.length || !run) {
      await trx.deleteFrom('claims').where(inBoundFederation()).where('file_id', '=', fileId).execute();
      await self('intake_files').set({
        status: 'refused', claims, claims_done: 0, accepted: 0, accepted_with_findings: 0, returned: 0, duplicates: 0, out_of_prefecture: 0,
        errors: JSON.stringify(refusal), completed_at: sql`now()`, kind: kind ?? null, provider_code: providerCode ?? null,
      }).execute();
      return fileResult(trx, fileId, name);
    }
    if (run.replaces.length) {
      await trx.updateTable('claims').set({ state: 'withdrawn', superseded_by_file: fileId })
        .where(inBoundFederation()).where('file_id', 'in', run.replaces).where('state', '=', 'current').execute();
      await trx.updateTable('intake_files').set({ status: 'replaced' })
        .where(inBoundFederation()).where('file_id', 'in', run.replaces).execute();
    }
    // 再請求: the returned claims the new ones replace (found batch by batch) step aside. Two steps,
    // each by primary key, so that no plan can scan the month's claims.
    const targets = await trx.selectFrom('claims').select(['supersedes_file', 'supersedes_seq'])
      .where(inBoundFederation()).where('file_id', '=', fileId).where('state', '=', 'pending').where('supersedes_file', 'is not', null).execute();
    for (const t of targets) {
      await trx.updateTable('claims').set({ state: 'superseded', superseded_by_file: fileId })
        .where(inBoundFederation()).where('file_id', '=', t.supersedes_file!).where('seq', '=', t.supersedes_seq!).where('state', '=', 'current').execute();
    }
    const goLive = () => self('claims').set({ state: 'current' }).where('state', '=', 'pending').execute();
    await sql`savepoint go_live`.execute(trx);
    try {
      await goLive();
    } catch (e) {
      // Another file made some of these keys live meanwhile: settle those claims, then go live.
      if (!isUniqueViolation(e)) throw e;
      await sql`rollback to savepoint go_live`.execute(trx);
      await settleLateConflicts(trx, session.federation, fileId);
      await goLive();
    }
    await self('intake_files').set({ status: 'accepted', claims, errors: '[]', completed_at: sql`now()`, kind: kind ?? null, provider_code: run.providerCode }).execute();
    return fileResult(trx, fileId, name);
  });
}

function refusedUnstored(file: string, sha256: string, provider: string, error: FileError): FileIntakeResult {
  return {
    file, sha256, status: 'refused', provider, claims: 0, accepted: 0, acceptedWithFindings: 0, returned: 0, duplicates: 0, outOfPrefecture: 0,
    errors: [error], findings: { [error.code]: 1 },
  };
}

export async function fileResult(trx: Kysely<Schema>, fileId: number, name: string): Promise<FileIntakeResult> {
  const f = await trx.selectFrom('intake_files').selectAll().where(inBoundFederation()).where('file_id', '=', fileId).executeTakeFirstOrThrow();
  const counts = await trx.selectFrom('claim_findings').select(['code', (eb) => eb.fn.countAll<number>().as('n')])
    .where(inBoundFederation()).where('file_id', '=', fileId).groupBy('code').execute();
  const errors = fileErrorsOf(f.errors);
  const findings: Record<string, number> = {};
  for (const c of counts) findings[c.code] = Number(c.n);
  for (const e of errors) findings[e.code] = (findings[e.code] ?? 0) + 1;
  return {
    file: name, sha256: f.sha256, status: f.status === 'refused' ? 'refused' : 'accepted', provider: f.provider_code ?? undefined,
    claims: f.claims, accepted: f.accepted, acceptedWithFindings: f.accepted_with_findings, returned: f.returned,
    duplicates: f.duplicates, outOfPrefecture: f.out_of_prefecture, errors, findings,
  };
}
