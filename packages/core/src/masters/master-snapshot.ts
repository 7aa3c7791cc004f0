/**
 * The masters in force at one point in time, in memory (one Map per kind).
 *
 * For a day: the version with validFrom ≤ day < validTo.
 * For a service month 'YYYY-MM' (what a claim is judged against): the version in force on the
 * month's first day; a code that is not in force that day but takes effect later in the month
 * (新規 drugs are listed mid-month: y_20240521.csv lists from 2024-05-22) gets its first version
 * of the month. A code abolished mid-month keeps the version of the first day, since it could be
 * used until its 廃止年月日. A price that changes mid-month keeps the first day's value; checks that
 * need the exact day use {@link versionOn} on the versions themselves.
 */
import { addDays, addMonths, type IsoDate, type YearMonth } from '../common/dates.ts';
import type {
  CommentEntry,
  DeviceEntry,
  DiagnosisEntry,
  DrugEntry,
  EntryOfKind,
  MasterEntry,
  MasterKind,
  MasterSnapshot,
  ModifierEntry,
  ProcedureEntry,
} from './master-types.ts';
import { MASTER_KINDS } from './master-types.ts';
import type { MasterVersion } from './versioning.ts';
import { isBefore } from './master-dates.ts';

export class MapMasterSnapshot implements MasterSnapshot {
  private readonly maps: { [K in MasterKind]: Map<string, EntryOfKind<K>> } = {
    S: new Map(),
    Y: new Map(),
    T: new Map(),
    B: new Map(),
    Z: new Map(),
    C: new Map(),
  };

  /** `month` is set when the snapshot stands for a service month (then `date` is its first day). */
  constructor(
    readonly date: IsoDate,
    entries: Iterable<MasterEntry> = [],
    readonly month?: YearMonth,
  ) {
    for (const e of entries) (this.maps[e.kind] as Map<string, MasterEntry>).set(e.code, e);
  }

  procedure(code: string): ProcedureEntry | undefined {
    return this.maps.S.get(code);
  }
  drug(code: string): DrugEntry | undefined {
    return this.maps.Y.get(code);
  }
  device(code: string): DeviceEntry | undefined {
    return this.maps.T.get(code);
  }
  diagnosis(code: string): DiagnosisEntry | undefined {
    return this.maps.B.get(code);
  }
  modifier(code: string): ModifierEntry | undefined {
    return this.maps.Z.get(code);
  }
  comment(code: string): CommentEntry | undefined {
    return this.maps.C.get(code);
  }

  get<K extends MasterKind>(kind: K, code: string): EntryOfKind<K> | undefined {
    return this.maps[kind].get(code);
  }

  entries<K extends MasterKind>(kind: K): IterableIterator<EntryOfKind<K>> {
    return this.maps[kind].values();
  }

  count(kind?: MasterKind): number {
    return kind ? this.maps[kind].size : MASTER_KINDS.reduce((n, k) => n + this.maps[k].size, 0);
  }
}

/** A snapshot of given entries, for tests and tools that build masters by hand. */
export function createMasterSnapshot(date: IsoDate, entries: Iterable<MasterEntry>): MapMasterSnapshot {
  return new MapMasterSnapshot(date, entries);
}

export function isInForce(v: Pick<MasterVersion, 'validFrom' | 'validTo'>, day: IsoDate): boolean {
  return !isBefore(day, v.validFrom) && (v.validTo === undefined || day < v.validTo);
}

/** The version of one code in force on `day`, from that code's versions. */
export function versionOn<V extends Pick<MasterVersion, 'validFrom' | 'validTo'>>(versions: Iterable<V>, day: IsoDate): V | undefined {
  for (const v of versions) if (isInForce(v, day)) return v;
  return undefined;
}

/** First day and first day after `at` (a day or a month), as the storage layer queries them. */
export function periodOf(at: IsoDate | YearMonth): { start: IsoDate; end: IsoDate } {
  if (at.length === 7) return { start: `${at}-01`, end: `${addMonths(at, 1)}-01` };
  return { start: at, end: addDays(at, 1) };
}

/** The snapshot for a day ('YYYY-MM-DD') or a service month ('YYYY-MM'), by the rule above. */
export function buildMasterSnapshot(versions: Iterable<MasterVersion>, at: IsoDate | YearMonth): MapMasterSnapshot {
  const { start, end } = periodOf(at);
  const chosen = new Map<string, MasterVersion>();
  for (const v of versions) {
    // Overlaps the period at all?
    if (!isBefore(v.validFrom, end) || (v.validTo !== undefined && v.validTo <= start)) continue;
    const key = `${v.kind}:${v.code}`;
    const prev = chosen.get(key);
    if (!prev || better(v, prev, start)) chosen.set(key, v);
  }
  const entries = [...chosen.values()].map((v) => v.entry);
  return at.length === 7 ? new MapMasterSnapshot(start, entries, at) : new MapMasterSnapshot(start, entries);
}

/** In force on the first day beats starting later; among later starters, the earliest wins. */
function better(a: MasterVersion, b: MasterVersion, start: IsoDate): boolean {
  const aIn = isInForce(a, start), bIn = isInForce(b, start);
  if (aIn !== bIn) return aIn;
  return isBefore(a.validFrom, b.validFrom);
}
