/**
 * registry/insured.csv → insured_persons and eligibility_periods. One row is one coverage period; a
 * person with two periods in the month (75歳到達, 転居, 記号番号変更) has two consecutive rows. Batches
 * never split a person, and each batch writes its persons, then their periods, in one transaction.
 * The person's current insurer and card are those of the latest period.
 */
import type { FederationCode } from '@kokuho/core/common';
import { insuredFromCsv, INSURED_CSV_COLUMNS, type EligibilityPeriod, type InsuredCsvRow, type InsuredPerson } from '@kokuho/core/registry';
import type { KokuhoDb } from '../db/database.ts';
import { upsertEligibilityPeriods } from './eligibility-repository.ts';
import type { HouseholdNumberLookup } from './household-number-lookup.ts';
import { upsertInsuredPersons } from './insured-persons-repository.ts';
import { goodRows, LOAD_BATCH_ROWS, reportUpsert } from './load-registry-rows.ts';
import { batchesOf, readCsvFile, type CsvFileItem } from './registry-csv-file.ts';
import { reject, rejectCsvErrors, type TableLoadReport } from './registry-load-report.ts';

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
  let lastHousehold: string | undefined;
  const rows = readCsvFile(path, file, INSURED_CSV_COLUMNS, insuredFromCsv);
  const samePerson = (a: CsvFileItem<InsuredCsvRow>, b: CsvFileItem<InsuredCsvRow>) => personOf(a) !== undefined && personOf(a) === personOf(b);
  for await (const batch of batchesOf(rows, LOAD_BATCH_ROWS, samePerson)) {
    // An unreadable row is both a refused period and a refused person record.
    const good = goodRows(eligibilityPeriods, batch);
    for (const item of batch) if (!item.ok && item.line > 1) rejectCsvErrors(insuredPersons, item.errors);
    const persons = new Map<string, { line: number; acquiredOn: string; person: InsuredPerson }>();
    const periods: { line: number; period: EligibilityPeriod }[] = [];
    for (const { line, value } of good) {
      const { householdId, person, period } = value;
      if (householdId !== lastHousehold && lastHousehold !== undefined) households.release(lastHousehold);
      lastHousehold = householdId;
      periods.push({ line, period });
      const previous = persons.get(person.personId);
      if (previous && previous.acquiredOn > period.acquiredOn) continue; // an earlier period: not the current card
      const householdNumber = await households.numberOf(householdId, person.insurerNumber);
      if (householdNumber === undefined) {
        reject(insuredPersons, { file, line, message: `世帯ID: registry/households.csv に保険者 ${person.insurerNumber} の世帯 ${householdId} がありません` });
        persons.delete(person.personId);
        continue;
      }
      persons.set(person.personId, { line, acquiredOn: period.acquiredOn, person: { ...person, householdNumber } });
    }
    insuredPersons.read += new Set(good.map((g) => g.value.person.personId)).size;
    const personList = [...persons.values()];
    const [p, e] = await k.withFederation(federation, async (trx) => [
      await upsertInsuredPersons(trx, personList.map((x) => x.person)),
      await upsertEligibilityPeriods(trx, periods.map((x) => x.period)),
    ]);
    reportUpsert(insuredPersons, file, personList.map((x) => x.line), p!);
    reportUpsert(eligibilityPeriods, file, periods.map((x) => x.line), e!);
  }
}
