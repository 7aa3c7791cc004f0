/**
 * insured.csv names a household by the generator's `householdId`; the table keys it by the insurer's
 * 世帯番号, which only households.csv gives (one row per household and insurer: a household with a
 * 後期 member has a 国保 row and a 後期 row).
 *
 * The whole mapping is kept in memory, filled while households.csv is loaded (no second read). An
 * earlier version merged a second read of households.csv with insured.csv and forgot a household once
 * the next one started, which refused any insured.csv whose households were not consecutive. Nothing
 * in the format promises that order, and a bounded read-ahead cannot resolve arbitrary orders anyway
 * (an id seen again after its household was forgotten needs the file read again). The cost is one
 * entry per households.csv row, a single Map<string, string> keyed by id + insurer: about 120 bytes
 * per row measured on V8, i.e. ~120 MB for the largest federation's ~1M households, flat in the size
 * of insured.csv, and freed when the load ends.
 */
import type { HouseholdCsvRow } from '@kokuho/core/registry';

const key = (householdId: string, insurerNumber: string) => `${householdId}\u0000${insurerNumber}`;

export class HouseholdNumberLookup {
  /** householdId + insurer → 世帯番号. */
  private readonly numbers = new Map<string, string>();

  /** Records a households.csv row (a later row of the same household and insurer wins, as in the table). */
  add({ householdId, household }: HouseholdCsvRow): void {
    this.numbers.set(key(householdId, household.insurerNumber), household.householdNumber);
  }

  /** The 世帯番号 of a household under an insurer, or undefined when households.csv has no such row. */
  numberOf(householdId: string, insurerNumber: string): string | undefined {
    return this.numbers.get(key(householdId, insurerNumber));
  }

  get size(): number {
    return this.numbers.size;
  }
}
