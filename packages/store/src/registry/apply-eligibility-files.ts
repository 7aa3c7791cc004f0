/**
 * DIR/eligibility/<保険者番号>.csv → the stored coverage periods. One person's events can sit in
 * several insurers' files (75歳到達: 喪失 in the 国保 file, 取得 in the 後期 one), so the events of all
 * files are grouped by person first; a month's change files are a small share of the persons (a few
 * percent), which is what this keeps in memory. Then, per batch of persons, in one transaction: lock
 * the persons, read their stored periods, apply (core applyEligibilityEvents), upsert what changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import { applyEligibilityEvents, parseEligibilityEvents, type EligibilityEvent, type EligibilityPeriod } from '@kokuho/core/registry';
import type { KokuhoDb } from '../db/database.ts';
import { inBoundFederation } from './bound-federation.ts';
import { eligibilityPeriodFromRow, upsertEligibilityPeriods } from './eligibility-repository.ts';
import { LOAD_BATCH_ROWS } from './load-registry-rows.ts';
import { lockPersons } from './registry-references.ts';
import { reject, rejectCsvErrors, registryErrorsMessage, type EventLoadReport } from './registry-load-report.ts';
import { chunksOf } from './batches.ts';

const where = (e: EligibilityEvent) => ({ file: e.source?.file ?? '', line: e.source?.line ?? 0 });

/** Reads every change file of the folder; returns the events grouped by person, in file order. */
export function readEligibilityFolder(dir: string, report: EventLoadReport, files: string[]): Map<string, EligibilityEvent[]> {
  const byPerson = new Map<string, EligibilityEvent[]>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
    const file = `eligibility/${name}`;
    files.push(file);
    const { events, errors } = parseEligibilityEvents(readFileSync(join(dir, name), 'utf8'), file);
    report.read += events.length + new Set(errors.filter((e) => e.line > 1).map((e) => e.line)).size;
    rejectCsvErrors(report, errors);
    for (const e of events) byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  }
  return byPerson;
}

/**
 * A person's events take effect together or not at all: a 変更 or a 75歳到達 closes one period and
 * opens another, and writing the closure without the opening would leave the person uncovered while
 * the report says the events failed. So when any event of a person is refused (it contradicts the
 * stored periods, or storage refuses one of the periods it produces, e.g. an unregistered 後期 insurer),
 * none of that person's periods is written and every one of their events is reported as refused.
 * Storage refusals are found by writing the batch inside a savepoint: on a refusal the savepoint is
 * rolled back and the batch written again without the refused persons.
 */
export async function applyEligibilityEventsToStore(k: KokuhoDb, federation: FederationCode, byPerson: ReadonlyMap<string, EligibilityEvent[]>, report: EventLoadReport): Promise<void> {
  /** Refuses all of a person's events: those with a reason of their own get it, the others the first one. */
  const refusePerson = (id: string, reasons: ReadonlyMap<EligibilityEvent, string>) => {
    const [first, firstMessage] = [...reasons][0]!;
    const { file, line } = where(first);
    for (const e of byPerson.get(id)!) {
      const own = reasons.get(e);
      reject(report, { ...where(e), message: own ?? `同じ被保険者の異動（${file} ${line}行）が取り込めないため、取り込みません: ${firstMessage}` });
    }
  };
  for (const ids of chunksOf([...byPerson.keys()].sort(), LOAD_BATCH_ROWS)) {
    await k.withFederation(federation, async (trx) => {
      const known = await lockPersons(trx, federation, ids);
      const rows = await trx.selectFrom('eligibility_periods').selectAll().where(inBoundFederation()).where('person_id', 'in', ids).execute();
      const stored = new Map<string, EligibilityPeriod[]>();
      for (const r of rows) stored.set(r.person_id, [...(stored.get(r.person_id) ?? []), eligibilityPeriodFromRow(r)]);

      const toWrite = new Map<string, { applied: number; upsert: EligibilityPeriod[] }>();
      for (const id of ids) {
        const events = byPerson.get(id)!;
        if (!known.has(id)) {
          for (const e of events) reject(report, { ...where(e), message: `個人ID: 被保険者が登録されていません（${id}）` });
          continue;
        }
        const a = applyEligibilityEvents(stored.get(id) ?? [], events);
        if (a.problems.length) refusePerson(id, new Map(a.problems.map((p) => [p.event, p.message])));
        else toWrite.set(id, { applied: a.applied, upsert: a.upsert });
      }

      // Write; a person with a period refused by storage (e.g. it would overlap, or its insurer is not
      // registered) is taken out and the rest written again. Refusals are per person, so this ends.
      for (;;) {
        const upsert: EligibilityPeriod[] = [];
        const ownerOf: string[] = []; // person of each upserted period, to map refusals back to events
        for (const [id, w] of toWrite) for (const p of w.upsert) (upsert.push(p), ownerOf.push(id));
        if (!upsert.length) break;
        await sql`savepoint eligibility_events`.execute(trx);
        const r = await upsertEligibilityPeriods(trx, upsert);
        if (!r.rejected.length) {
          await sql`release savepoint eligibility_events`.execute(trx);
          report.periodsWritten += r.written;
          break;
        }
        await sql`rollback to savepoint eligibility_events`.execute(trx);
        await sql`release savepoint eligibility_events`.execute(trx);
        const failed = new Map<string, string>();
        for (const x of r.rejected) if (!failed.has(ownerOf[x.index]!)) failed.set(ownerOf[x.index]!, registryErrorsMessage(x.errors));
        for (const [id, message] of failed) {
          toWrite.delete(id);
          // The storage refusal is not tied to one event: every event of the person carries it.
          for (const e of byPerson.get(id)!) reject(report, { ...where(e), message: `異動の結果の資格を登録できないため、この被保険者の異動は取り込みません: ${message}` });
        }
      }
      for (const w of toWrite.values()) report.applied += w.applied;
    });
  }
}
