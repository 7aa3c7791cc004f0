/**
 * DIR/eligibility/<保険者番号>.csv → the stored coverage periods. One person's events can sit in
 * several insurers' files (75歳到達: 喪失 in the 国保 file, 取得 in the 後期 one), so the events of all
 * files are grouped by person first; a month's change files are a small share of the persons (a few
 * percent), which is what this keeps in memory. Then, per batch of persons, in one transaction: lock
 * the persons, read their stored periods, apply (core applyEligibilityEvents), upsert what changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export async function applyEligibilityEventsToStore(k: KokuhoDb, federation: FederationCode, byPerson: ReadonlyMap<string, EligibilityEvent[]>, report: EventLoadReport): Promise<void> {
  for (const ids of chunksOf([...byPerson.keys()].sort(), LOAD_BATCH_ROWS)) {
    await k.withFederation(federation, async (trx) => {
      const known = await lockPersons(trx, federation, ids);
      const rows = await trx.selectFrom('eligibility_periods').selectAll().where(inBoundFederation()).where('person_id', 'in', ids).execute();
      const stored = new Map<string, EligibilityPeriod[]>();
      for (const r of rows) stored.set(r.person_id, [...(stored.get(r.person_id) ?? []), eligibilityPeriodFromRow(r)]);

      const upsert: EligibilityPeriod[] = [];
      const ownerOf: string[] = []; // person of each upserted period, to map refusals back to events
      const appliedOf = new Map<string, number>();
      for (const id of ids) {
        const events = byPerson.get(id)!;
        if (!known.has(id)) {
          for (const e of events) reject(report, { ...where(e), message: `個人ID: 被保険者が登録されていません（${id}）` });
          continue;
        }
        const a = applyEligibilityEvents(stored.get(id) ?? [], events);
        for (const p of a.problems) reject(report, { ...where(p.event), message: p.message });
        appliedOf.set(id, a.applied);
        for (const p of a.upsert) (upsert.push(p), ownerOf.push(id));
      }
      const r = await upsertEligibilityPeriods(trx, upsert);
      report.periodsWritten += r.written;
      // A period refused by storage (e.g. it would overlap): that person's events did not take effect.
      const failed = new Map<string, string>();
      for (const x of r.rejected) failed.set(ownerOf[x.index]!, registryErrorsMessage(x.errors));
      for (const [id, message] of failed) {
        for (const e of byPerson.get(id)!) reject(report, { ...where(e), message });
        appliedOf.set(id, 0);
      }
      for (const n of appliedOf.values()) report.applied += n;
    });
  }
}
