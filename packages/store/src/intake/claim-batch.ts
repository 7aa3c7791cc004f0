/**
 * One batch of a file's claims, in one tenant transaction: find the persons their cards designate,
 * find claims already held under the same keys, decide each claim (core evaluateClaim), write the
 * claims and their findings, and move the file's progress mark. A crash loses at most the batch in
 * flight, and the mark says exactly where to resume.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { claimCard, claimFinding, evaluateClaim, patientKey, type ClaimFacts, type ClaimFinding } from '@kokuho/core/intake';
import type { EligibilityPeriod } from '@kokuho/core/registry';
import type { UkeClaim, UkeError } from '@kokuho/core/uke';
import type { YearMonth } from '@kokuho/core/common';
import type { Schema } from '../schema.ts';
import { eligibilityPeriodFromRow } from '../registry/eligibility-repository.ts';
import { inBoundFederation } from '../registry/bound-federation.ts';
import type { IntakeSession } from './intake-session.ts';
import { insertClaims, insertFindings } from './insert-rows.ts';
import { IntakeError } from './intake-errors.ts';
import { placeClaim, type HeldClaim, type PlacementContext } from './claim-placement.ts';
import type { ClaimTable, ClaimFindingTable, ClaimState } from './intake-tables.ts';

export interface PendingClaim {
  seq: number;
  facts: ClaimFacts;
  medical: UkeClaim | undefined;
  errors: UkeError[];
}

export interface FileRun {
  fileId: number;
  /** the file's name, for errors */
  name: string;
  month: YearMonth;
  providerCode: string;
  /** Earlier files this one replaces (取下げ + 再請求): their claims do not count as held. */
  replaces: readonly number[];
}

export interface BatchCounts {
  accepted: number;
  acceptedWithFindings: number;
  returned: number;
  duplicates: number;
  outOfPrefecture: number;
}

export const zeroCounts = (): BatchCounts => ({ accepted: 0, acceptedWithFindings: 0, returned: 0, duplicates: 0, outOfPrefecture: 0 });

/** 診療年月 as stored: an unreadable one (the claim is returned for it) as '0000-00'. */
const monthOf = (f: ClaimFacts): string => f.serviceMonth ?? '0000-00';

export async function writeBatch(session: IntakeSession, run: FileRun, batch: readonly PendingClaim[]): Promise<BatchCounts> {
  // The duplicate key of each claim, once: the card text is normalised to build it.
  const patients = batch.map((c) => patientKey(c.facts));
  await session.ensureMonths(new Set(batch.flatMap((c) => (c.facts.serviceMonth && c.facts.serviceMonth <= run.month ? [c.facts.serviceMonth] : []))));
  return session.k.withFederation(session.federation, async (trx) => {
    // A batch commits with its progress mark: if the server loses the last commits in a crash, the
    // mark goes back with them and the batch is redone, so the commit need not wait for the disk.
    await sql`set local synchronous_commit = off`.execute(trx);
    await claimFileTurn(trx, run.fileId, batch[0]!.seq - 1, run.name);
    const periodsByCard = await periodsOfCards(trx, batch.map((c) => c.facts));
    const held = await heldClaims(trx, run, batch.map((c, i) => ({ m: monthOf(c.facts), p: patients[i]! })));
    const counts = zeroCounts();
    const claimRows: ClaimTable[] = [];
    const findingRows: ClaimFindingTable[] = [];
    const mine = [...held.values()].flat().filter((h) => h.file_id === run.fileId);
    const place: PlacementContext = {
      fileId: run.fileId,
      replaces: run.replaces,
      inFile: new Map(mine.map((h) => [`${h.service_month}|${h.patient_key}|${h.receipt_number}`, h.content_sha256])),
      taken: new Set(mine.flatMap((h) => (h.supersedes_file !== null ? [`${h.supersedes_file}:${h.supersedes_seq}`] : []))),
    };
    for (const [i, c] of batch.entries()) {
      const f = c.facts;
      const patient = patients[i]!;
      const key = `${monthOf(f)}|${patient}`;
      const fullKey = `${key}|${f.receiptNumber}`;
      const contentSha = createHash('sha256').update(f.body).digest('hex');
      const placement = placeClaim(f, fullKey, contentSha, held.get(key) ?? [], place);
      if (placement.kind === 'duplicate') {
        counts.duplicates++;
        continue;
      }
      if (!place.inFile.has(fullKey)) place.inFile.set(fullKey, contentSha);
      const card = claimCard(f);
      const found = card ? periodsByCard.get(cardKey(card.insurerNumber, card.number, card.symbol)) : undefined;
      const ev = evaluateClaim(f, c.medical, c.errors, {
        federation: session.federation,
        month: run.month,
        snapshotFor: (m) => (m <= run.month ? session.snapshotFor(m) : undefined),
        lastInForce: session.lastInForce,
        insurerRegistered: session.insurerRegistered,
        periods: found?.periods ?? [],
        birthDateOf: (personId) => found?.birthDates.get(personId),
      });
      const findings: ClaimFinding[] = ev.findings;
      // The same key with other content, accepted before or earlier in this file: refused, kept for the 受付結果.
      const state: ClaimState = placement.conflict ? 'rejected' : 'pending';
      if (placement.conflict) findings.push(claimFinding('INT-C001', f.reLine, 'RE', 'receiptNumber', `レセプト番号 ${f.receiptNumber}`));
      const outcome = placement.conflict ? 'returned' : ev.outcome;
      const resubmitted = placement.supersedes;
      if (resubmitted) place.taken.add(`${resubmitted.file}:${resubmitted.seq}`);
      counts[outcome]++;
      if (ev.outOfPrefecture) counts.outOfPrefecture++;
      claimRows.push({
        federation_code: session.federation, file_id: run.fileId, seq: c.seq, state, outcome, kind: f.kind,
        provider_code: run.providerCode, service_month: monthOf(f), receipt_number: f.receiptNumber,
        patient_key: patient, receipt_type: f.receiptType, insurer_number: f.ho?.insurerNumber.trim() || null,
        insurer_prefecture: ev.insurerPrefecture ?? null, out_of_prefecture: ev.outOfPrefecture, person_id: ev.personId ?? null,
        birth_date: f.birthDate ?? null, total_points: f.totalPoints ?? null, first_line: f.lines.first, last_line: f.lines.last,
        content_sha256: contentSha, body: f.body, superseded_by_file: null,
        supersedes_file: resubmitted?.file ?? null, supersedes_seq: resubmitted?.seq ?? null,
      });
      findings.forEach((x, n) => findingRows.push({
        federation_code: session.federation, file_id: run.fileId, seq: c.seq, n, code: x.code, severity: x.severity,
        line: x.line, record: x.record, field: x.field, message: x.message,
      }));
    }
    await insertClaims(trx, claimRows);
    await insertFindings(trx, findingRows);
    await advanceFile(trx, run.fileId, batch[batch.length - 1]!.seq, counts);
    return counts;
  });
}

/**
 * Locks the file's row for this transaction and checks that its progress mark is where this run left
 * it: another run on the same bytes (a retry while the first is still receiving) has moved it, and
 * this run stops rather than write the same claims again.
 */
export async function claimFileTurn(trx: Kysely<Schema>, fileId: number, expectedDone: number, name: string): Promise<void> {
  const row = await trx.selectFrom('intake_files').select(['status', 'claims_done'])
    .where(inBoundFederation()).where('file_id', '=', fileId).forUpdate().executeTakeFirst();
  if (!row || row.status !== 'receiving' || row.claims_done !== expectedDone) throw new IntakeError('IN_PROGRESS', name);
}

/** The progress mark and the counters move with the batch, in its transaction. */
export async function advanceFile(trx: Transaction<Schema>, fileId: number, claimsDone: number, c: BatchCounts): Promise<void> {
  await trx.updateTable('intake_files')
    .set((eb) => ({
      claims_done: claimsDone,
      claims: claimsDone,
      accepted: eb('accepted', '+', c.accepted + c.acceptedWithFindings),
      accepted_with_findings: eb('accepted_with_findings', '+', c.acceptedWithFindings),
      returned: eb('returned', '+', c.returned),
      duplicates: eb('duplicates', '+', c.duplicates),
      out_of_prefecture: eb('out_of_prefecture', '+', c.outOfPrefecture),
    }))
    .where(inBoundFederation()).where('file_id', '=', fileId)
    .execute();
}

const cardKey = (insurer: string, number: string, symbol: string): string => `${insurer}|${number}|${symbol}`;

interface CardPersons {
  periods: EligibilityPeriod[];
  /** 生年月日 of each person: tells family members apart when a claim has no 枝番 */
  birthDates: Map<string, string>;
}

/** Every period of every person a card of the batch designates, by card. */
async function periodsOfCards(trx: Kysely<Schema>, facts: readonly ClaimFacts[]): Promise<Map<string, CardPersons>> {
  const cards = new Map<string, { i: string; n: string; s: string }>();
  for (const f of facts) {
    const c = claimCard(f);
    if (c && c.number) cards.set(cardKey(c.insurerNumber, c.number, c.symbol), { i: c.insurerNumber, n: c.number, s: c.symbol });
  }
  const out = new Map<string, CardPersons>();
  if (cards.size === 0) return out;
  const list = [...cards.values()];
  const rows = await sql<Schema['eligibility_periods'] & { q_i: string; q_n: string; q_s: string; person_birth: string | null }>`
    select e.*, p.q_i, p.q_n, p.q_s, ip.birth_date as person_birth from eligibility_periods e
    join (select distinct m.federation_code, m.person_id, q.i as q_i, q.n as q_n, q.s as q_s
          from unnest(${list.map((c) => c.i)}::text[], ${list.map((c) => c.n)}::text[], ${list.map((c) => c.s)}::text[]) as q(i, n, s)
          join eligibility_periods m on m.insurer_number = q.i and m.card_number = q.n and m.card_symbol = q.s
          where m.federation_code = current_setting('kokuho.federation', true)::char(2)) p
      on p.federation_code = e.federation_code and p.person_id = e.person_id
    left join insured_persons ip on ip.federation_code = e.federation_code and ip.person_id = e.person_id`.execute(trx);
  for (const r of rows.rows) {
    const k = cardKey(r.q_i, r.q_n, r.q_s);
    let c = out.get(k);
    if (!c) out.set(k, (c = { periods: [], birthDates: new Map() }));
    c.periods.push(eligibilityPeriodFromRow(r));
    if (r.person_birth) c.birthDates.set(r.person_id, r.person_birth);
  }
  return out;
}

/** Claims held (live or being received) for the batch's patients and months at this provider. */
async function heldClaims(trx: Kysely<Schema>, run: FileRun, claims: readonly { m: string; p: string }[]): Promise<Map<string, HeldClaim[]>> {
  const keys = new Map<string, { m: string; p: string }>();
  for (const k of claims) keys.set(`${k.m}|${k.p}`, k);
  const list = [...keys.values()];
  const rows = await sql<HeldClaim>`
    select c.file_id, c.seq, c.state, c.outcome, c.receipt_number, c.patient_key, c.service_month, c.content_sha256, c.supersedes_file, c.supersedes_seq
    from unnest(${list.map((k) => k.m)}::text[], ${list.map((k) => k.p)}::text[]) as q(m, p)
    join claims c on c.service_month = q.m and c.patient_key = q.p
    where c.federation_code = current_setting('kokuho.federation', true)::char(2)
      and c.provider_code = ${run.providerCode}
      and (c.state = 'current' or (c.state in ('pending', 'rejected') and c.file_id = ${run.fileId}))`.execute(trx);
  const out = new Map<string, HeldClaim[]>();
  for (const r of rows.rows) {
    const k = `${r.service_month}|${r.patient_key}`;
    const l = out.get(k) ?? [];
    l.push(r);
    out.set(k, l);
  }
  return out;
}
