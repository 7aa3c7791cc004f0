/**
 * registry/insured.csv → insured_persons and eligibility_periods. One row is one coverage period; a
 * person with two periods in the month (75歳到達, 転居, 記号番号変更) has two consecutive rows. Batches
 * never split a person, and each batch writes its persons, then their periods, in one transaction.
 * The person's current insurer and card are those of the latest period. A person refused (no such
 * household in households.csv, or refused by storage) takes all their periods with them: each of
 * those rows is reported as refused, with the reason.
 */
import type { FederationCode } from '@kokuho/core/common';
import { insuredFromCsv, INSURED_CSV_COLUMNS, type EligibilityPeriod, type InsuredCsvRow, type InsuredPerson } from '@kokuho/core/registry';
import type { KokuhoDb } from '../db/database.ts';
import { upsertEligibilityPeriods } from './eligibility-repository.ts';
import type { HouseholdNumberLookup } from './household-number-lookup.ts';
import { upsertInsuredPersons } from './insured-persons-repository.ts';
import { goodRows, LOAD_BATCH_ROWS, reportUpsert } from './load-registry-rows.ts';
import { batchesOf, readCsvFile, type CsvFileItem } from './registry-csv-file.ts';
import { reject, rejectCsvErrors, registryErrorsMessage, type TableLoadReport } from './registry-load-report.ts';

const personOf = (item: CsvFileItem<InsuredCsvRow>): string | undefined => (item.ok ? item.value.person.personId : undefined);

export async function loadInsuredCsv(
  k: KokuhoDb,
  federation: FederationCode,
  path: string,
  file: string,
  households: HouseholdNumberLookup,
  tables: { insuredPersons: TableLoadReport; eligibilityPeriods: TableLoadReport },
): Promise<void> {
  const { insuredPersons, eligibilityPeriods } = tables;
  const rows = readCsvFile(path, file, INSURED_CSV_COLUMNS, insuredFromCsv);
  const samePerson = (a: CsvFileItem<InsuredCsvRow>, b: CsvFileItem<InsuredCsvRow>) => personOf(a) !== undefined && personOf(a) === personOf(b);
  for await (const batch of batchesOf(rows, LOAD_BATCH_ROWS, samePerson)) {
    // An unreadable row is both a refused period and a refused person record.
    const good = goodRows(eligibilityPeriods, batch);
    for (const item of batch) if (!item.ok && item.line > 1) rejectCsvErrors(insuredPersons, item.errors);
    insuredPersons.read += new Set(good.map((g) => g.value.person.personId)).size;

    // Each person as of their latest period (a later row wins a tie), with the rows of all their periods.
    const latest = new Map<string, { line: number; row: InsuredCsvRow }>();
    const periodsOf = new Map<string, { line: number; period: EligibilityPeriod }[]>();
    for (const { line, value } of good) {
      const id = value.person.personId;
      const previous = latest.get(id);
      if (!previous || previous.row.period.acquiredOn <= value.period.acquiredOn) latest.set(id, { line, row: value });
      periodsOf.set(id, [...(periodsOf.get(id) ?? []), { line, period: value.period }]);
    }
    /** A person refused: none of their periods is written either (they would hang on whatever person
     *  record was stored before, or be refused one by one as of an unregistered person). */
    const refusePeriods = (id: string, why: string) => {
      for (const { line } of periodsOf.get(id)!) reject(eligibilityPeriods, { file, line, message: `個人ID ${id} の被保険者が取り込まれないため、この資格も取り込みません: ${why}` });
      periodsOf.delete(id);
    };

    const persons: { line: number; person: InsuredPerson }[] = [];
    for (const [id, { line, row }] of latest) {
      const { householdId, person } = row;
      const householdNumber = households.numberOf(householdId, person.insurerNumber);
      if (householdNumber === undefined) {
        const message = `世帯ID: registry/households.csv に保険者 ${person.insurerNumber} の世帯 ${householdId} がありません`;
        reject(insuredPersons, { file, line, message });
        refusePeriods(id, message);
        continue;
      }
      persons.push({ line, person: { ...person, householdNumber } });
    }
    if (!persons.length) continue;

    const [p, e, periodLines] = await k.withFederation(federation, async (trx) => {
      const p = await upsertInsuredPersons(trx, persons.map((x) => x.person));
      for (const x of p.rejected) refusePeriods(persons[x.index]!.person.personId, registryErrorsMessage(x.errors));
      const periods = [...periodsOf.values()].flat();
      return [p, await upsertEligibilityPeriods(trx, periods.map((x) => x.period)), periods.map((x) => x.line)] as const;
    });
    reportUpsert(insuredPersons, file, persons.map((x) => x.line), p);
    reportUpsert(eligibilityPeriods, file, periodLines, e);
  }
}
