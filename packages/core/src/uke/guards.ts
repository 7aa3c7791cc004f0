/** Narrowing helpers for the header union (a generic record's id is any string, so `id === 'IR'` does not narrow). */
import type { ProviderRecord, UkeHeaderRecord } from './types.ts';

/** True for a typed 医科/DPC IR; false for YK / UK / 歯科 IR kept as fields. */
export function isProviderRecord(r: UkeHeaderRecord): r is ProviderRecord {
  return r.id === 'IR' && 'providerCode' in r;
}
