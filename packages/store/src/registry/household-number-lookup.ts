/**
 * insured.csv names a household by the generator's `householdId`; the table keys it by the insurer's
 * 世帯番号, which only households.csv gives. Both files list households in the same order (the
 * generator writes a household's persons, then its household rows), so a merge over a second read of
 * households.csv resolves each id while holding only the rows read ahead. Files in another order are
 * still resolved, with the read-ahead growing to what is out of order.
 */
import type { HouseholdCsvRow } from '@kokuho/core/registry';
import type { CsvFileItem } from './registry-csv-file.ts';

export class HouseholdNumberLookup {
  /** householdId → insurer → 世帯番号, for rows read ahead and not yet released (the caller releases a
   *  household when its persons are done: they are consecutive in insured.csv, as the generator writes them). */
  private readonly ahead = new Map<string, Map<string, string>>();
  private done = false;

  constructor(private readonly rows: AsyncIterator<CsvFileItem<HouseholdCsvRow>>) {}

  /** The 世帯番号 of a household under an insurer, or undefined when households.csv has no such row. */
  async numberOf(householdId: string, insurerNumber: string): Promise<string | undefined> {
    for (;;) {
      const n = this.ahead.get(householdId)?.get(insurerNumber);
      if (n !== undefined || this.done) return n;
      const next = await this.rows.next();
      if (next.done) {
        this.done = true;
        continue;
      }
      if (!next.value.ok) continue; // refused rows were reported when households were loaded
      const { householdId: id, household } = next.value.value;
      let byInsurer = this.ahead.get(id);
      if (!byInsurer) this.ahead.set(id, (byInsurer = new Map()));
      byInsurer.set(household.insurerNumber, household.householdNumber);
    }
  }

  /** Forgets a household once its persons have been read. */
  release(householdId: string): void {
    this.ahead.delete(householdId);
  }

  async close(): Promise<void> {
    await this.rows.return?.(undefined);
  }
}
