/**
 * Coverage periods (資格): bulk upsert that keeps one person's periods from overlapping, and the
 * claim-side lookup by insurer + card + day.
 */
import { sql, type Kysely } from 'kysely';
import type { FederationCode, IsoDate } from '@kokuho/core/common';
import {
  findOverlappingPeriods,
  normalizeCardText,
  registryError,
  resolveEligibility,
  validateEligibilityPeriod,
  type EligibilityOutcome,
  type EligibilityPeriod,
  type RegistryError,
} from '@kokuho/core/registry';
import type { Schema } from '../schema.ts';
import { boundFederation, inBoundFederation } from './bound-federation.ts';
import { bulkUpsert } from './bulk-upsert.ts';
import { lastPerKey, ROWS_PER_STATEMENT } from './batches.ts';
import { lockPersons, registeredInsurers } from './registry-references.ts';
import type { EligibilityPeriodTable } from './registry-tables.ts';
import { validateRows, type Indexed, type RejectedRow, type UpsertReport } from './upsert-report.ts';

export function eligibilityPeriodToRow(federation: FederationCode, p: EligibilityPeriod): EligibilityPeriodTable {
  return {
    federation_code: federation,
    person_id: p.personId,
    acquired_on: p.acquiredOn,
    lost_on: p.lostOn ?? null,
    insurer_number: p.insurerNumber,
    card_symbol: p.card.symbol,
    card_number: p.card.number,
    branch: p.card.branch,
    acquire_reason: p.acquireReason,
    lose_reason: p.loseReason ?? null,
  };
}

export function eligibilityPeriodFromRow(r: EligibilityPeriodTable): EligibilityPeriod {
  return {
    personId: r.person_id,
    insurerNumber: r.insurer_number,
    card: { symbol: r.card_symbol, number: r.card_number, branch: r.branch },
    acquiredOn: r.acquired_on,
    lostOn: r.lost_on ?? undefined,
    acquireReason: r.acquire_reason,
    loseReason: r.lose_reason ?? undefined,
  };
}

/** Splits rows sorted by person into batches that never cut one person's periods in two. */
function batchesByPerson(rows: readonly Indexed<EligibilityPeriod>[], size: number): Indexed<EligibilityPeriod>[][] {
  const out: Indexed<EligibilityPeriod>[][] = [];
  let batch: Indexed<EligibilityPeriod>[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j]!.value.personId === rows[i]!.value.personId) j++;
    if (batch.length && batch.length + (j - i) > size) {
      out.push(batch);
      batch = [];
    }
    batch.push(...rows.slice(i, j));
    i = j;
  }
  if (batch.length) out.push(batch);
  return out;
}

/** Indexes of incoming rows that overlap a stored period the batch does not replace. */
async function overlappingStored(trx: Kysely<Schema>, federation: FederationCode, batch: readonly Indexed<EligibilityPeriod>[]): Promise<Set<number>> {
  if (!batch.length) return new Set();
  const values = sql.join(batch.map((v) => sql`(${v.index}::int, ${v.value.personId}::text, ${v.value.acquiredOn}::date, ${v.value.lostOn ?? null}::date)`));
  const r = await sql<{ idx: number }>`
    with incoming (idx, person_id, acquired_on, lost_on) as (values ${values})
    select distinct i.idx from incoming i
    join eligibility_periods e on e.federation_code = ${federation} and e.person_id = i.person_id
    where daterange(e.acquired_on, e.lost_on) && daterange(i.acquired_on, i.lost_on)
      and not exists (select 1 from incoming j where j.person_id = e.person_id and j.acquired_on = e.acquired_on)`.execute(trx);
  return new Set(r.rows.map((x) => Number(x.idx)));
}

/**
 * Inserts or updates coverage periods (key: person + 取得日). Refused row by row, with typed errors:
 * invalid rows; rows whose person or insurer is not registered; rows overlapping another period of
 * the same person, whether in the input or already stored (`periodOverlap`, both rows of an overlap
 * inside the input). Persons are locked for the transaction, so concurrent loads cannot interleave
 * overlapping periods.
 */
export async function upsertEligibilityPeriods(trx: Kysely<Schema>, periods: readonly EligibilityPeriod[]): Promise<UpsertReport> {
  const federation = await boundFederation(trx);
  const { valid, rejected } = validateRows(periods, validateEligibilityPeriod);
  const reject = (index: number, errors: RegistryError[]) => rejected.push({ index, errors });
  const unique = lastPerKey(valid, (v) => `${v.value.personId}\u0000${v.value.acquiredOn}`);

  const inInput = new Set<number>();
  for (const [a, b] of findOverlappingPeriods(unique.map((v) => ({ ...v.value, index: v.index })))) inInput.add(a.index).add(b.index);
  const candidates = unique.filter((v) => {
    if (!inInput.has(v.index)) return true;
    reject(v.index, [registryError('periodOverlap', 'acquiredOn', `${v.value.personId} ${v.value.acquiredOn}`)]);
    return false;
  });
  candidates.sort((a, b) => (a.value.personId < b.value.personId ? -1 : a.value.personId > b.value.personId ? 1 : 0));

  let written = 0;
  for (const batch of batchesByPerson(candidates, ROWS_PER_STATEMENT)) {
    const persons = await lockPersons(trx, federation, batch.map((v) => v.value.personId));
    const insurers = await registeredInsurers(trx, federation, batch.map((v) => v.value.insurerNumber));
    const referenced = batch.filter((v) => {
      const errors: RegistryError[] = [];
      if (!persons.has(v.value.personId)) errors.push(registryError('notRegistered', 'personId', v.value.personId));
      if (!insurers.has(v.value.insurerNumber)) errors.push(registryError('notRegistered', 'insurerNumber', v.value.insurerNumber));
      if (errors.length) reject(v.index, errors);
      return errors.length === 0;
    });
    const overlapping = await overlappingStored(trx, federation, referenced);
    const ok = referenced.filter((v) => {
      if (!overlapping.has(v.index)) return true;
      reject(v.index, [registryError('periodOverlap', 'acquiredOn', `${v.value.personId} ${v.value.acquiredOn}`)]);
      return false;
    });
    written += await bulkUpsert(trx, 'eligibility_periods', ok.map((v) => eligibilityPeriodToRow(federation, v.value)), ['federation_code', 'person_id', 'acquired_on']);
  }
  rejected.sort((a: RejectedRow, b: RejectedRow) => a.index - b.index);
  return { written, rejected };
}

/** Removes one period (e.g. a 取得日 corrected by the insurer: delete, then upsert the right one). */
export async function deleteEligibilityPeriod(trx: Kysely<Schema>, personId: string, acquiredOn: IsoDate): Promise<boolean> {
  const r = await trx.deleteFrom('eligibility_periods').where(inBoundFederation()).where('person_id', '=', personId).where('acquired_on', '=', acquiredOn).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function eligibilityPeriodsOf(trx: Kysely<Schema>, personId: string): Promise<EligibilityPeriod[]> {
  const rows = await trx.selectFrom('eligibility_periods').selectAll().where(inBoundFederation()).where('person_id', '=', personId).orderBy('acquired_on').execute();
  return rows.map(eligibilityPeriodFromRow);
}

export interface EligibilityLookup {
  /** 保険者番号 as on the claim (padding allowed). */
  insurerNumber: string;
  /** 記号・番号・枝番 as on the claim, in any width; an absent 枝番 matches every branch. */
  card: { symbol?: string | undefined; number: string; branch?: string | undefined };
  /** Day of treatment. */
  on: IsoDate;
}

/**
 * 資格点検 for one claim: the period covering `on`, or why there is none (not found, ambiguous
 * without 枝番, not yet acquired, lost on a date, covered by another insurer that day).
 */
export async function findEligibility(trx: Kysely<Schema>, q: EligibilityLookup): Promise<EligibilityOutcome> {
  const card = { symbol: normalizeCardText(q.card.symbol ?? ''), number: normalizeCardText(q.card.number), branch: normalizeCardText(q.card.branch ?? '') };
  const insurerNumber = q.insurerNumber.trim();
  if (card.number === '') return { eligible: false, reason: 'notFound' };
  // Every period of the persons the card designates: the card's own, and the ones of other insurers
  // that explain a 'lost' or 'otherInsurer' outcome.
  const matched = trx
    .selectFrom('eligibility_periods as m')
    .select(['m.federation_code', 'm.person_id'])
    .distinct()
    .where(inBoundFederation('m.federation_code'))
    .where('m.insurer_number', '=', insurerNumber)
    .where('m.card_number', '=', card.number)
    .where('m.card_symbol', '=', card.symbol)
    .$if(card.branch !== '', (s) => s.where('m.branch', '=', card.branch))
    .as('matched');
  const rows = await trx
    .selectFrom('eligibility_periods as e')
    .innerJoin(matched, (j) => j.onRef('matched.federation_code', '=', 'e.federation_code').onRef('matched.person_id', '=', 'e.person_id'))
    .selectAll('e')
    .execute();
  return resolveEligibility({ insurerNumber, card, on: q.on }, rows.map(eligibilityPeriodFromRow));
}
