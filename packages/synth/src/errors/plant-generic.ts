/** Errors planted in 調剤 / 歯科 claims (records kept as fields): the kinds marked `generic`. */
import type { UkeGenericClaim, UkeGenericRecord } from '@kokuho/core/uke';
import type { Rng } from '../random/rng.ts';
import type { PlantContext } from './plant-medical.ts';
import type { ErrorKind } from './error-kinds.ts';
import type { Planted } from './plant-medical.ts';

export function plantGeneric(kind: ErrorKind, c: UkeGenericClaim, rng: Rng, otherInsurer: PlantContext['otherInsurer']): Planted | undefined {
  const hoIndex = c.records.findIndex((r) => r.id === 'HO');
  const ho = hoIndex >= 0 ? c.records[hoIndex]! : undefined;
  const replace = (i: number, raw: string[]): UkeGenericRecord => {
    const r: UkeGenericRecord = { id: c.records[i]!.id, line: 0, raw };
    c.records = c.records.map((x, k) => (k === i ? r : x));
    return r;
  };
  switch (kind) {
    case 'unknown-record': {
      const rec: UkeGenericRecord = { id: 'ZZ', line: 0, raw: ['ZZ', '1'] };
      c.records = [...c.records, rec];
      return { kind, target: rec, detail: 'レコード識別情報「ZZ」' };
    }
    case 'insurer-check-digit': {
      if (!ho) return undefined;
      const n = ho.raw[1]!.trim();
      const last = Number(n[n.length - 1]);
      const bad = `${n.slice(0, -1)}${(last + rng.range(1, 9)) % 10}`;
      const raw = [...ho.raw];
      raw[1] = bad.padStart(8, ' ');
      return { kind, target: replace(hoIndex, raw), detail: `保険者番号${bad}（検証番号は${last}）` };
    }
    case 'not-insured': {
      if (!ho) return undefined;
      const raw = [...ho.raw];
      const was = raw[3]!;
      raw[3] = was.length === 8 ? `99${String(rng.int(1_000_000)).padStart(6, '0')}` : `98${String(rng.int(100_000)).padStart(5, '0')}`;
      return { kind, target: replace(hoIndex, raw), detail: `被保険者証番号${raw[3]}は保険者${raw[1]!.trim()}の資格台帳にない（本来${was}）` };
    }
    case 'ho-total-mismatch': {
      if (!ho) return undefined;
      const raw = [...ho.raw];
      const was = Number(raw[5]);
      raw[5] = String(was + rng.range(1, 30));
      return { kind, target: replace(hoIndex, raw), detail: `HO合計点数${raw[5]}点（明細の合計${was}点）` };
    }
    case 'invalid-date': {
      const i = c.records.findIndex((r) => r.id === 'RE');
      const raw = [...c.records[i]!.raw];
      raw[6] = `${raw[6]!.slice(0, 4)}0230`;
      return { kind, target: replace(i, raw), detail: `生年月日 ${raw[6]}（2月30日）` };
    }
    case 'wrong-insurer': {
      if (!ho) return undefined;
      const was = ho.raw[1]!.trim();
      const other = otherInsurer(was);
      if (!other) return undefined;
      const raw = [...ho.raw];
      raw[1] = other.padStart(8, ' ');
      return { kind, target: replace(hoIndex, raw), detail: `保険者番号${other}で請求、受診日の資格は${was}` };
    }
    default:
      return undefined;
  }
}
