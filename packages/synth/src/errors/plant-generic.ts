/**
 * Errors planted in 調剤 / 歯科 claims (records kept as fields): the kinds marked `generic`, and in
 * 調剤 claims the 突合 kinds, which read the prescriber's claims of the month, and the 用量 and
 * 投与日数 kinds on the drugs of a 内服 剤.
 */
import type { YearMonth } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import { BURDEN_PAYERS_BY_CHAR, type UkeGenericClaim, type UkeGenericRecord } from '@kokuho/core/uke';
import { drugUnitPoints } from '../claims/pricing.ts';
import type { Rng } from '../random/rng.ts';
import type { PlantContext } from './plant-medical.ts';
import type { ErrorKind } from './error-kinds.ts';
import type { Planted } from './plant-medical.ts';
import { hasIndication, MISPLACED_DRUGS } from './misplaced-drugs.ts';
import { DOSE_LIMIT_BY_CODE, NEW_DRUG_MAX_DAYS, newDrugsOn, type NewDrug } from './drug-limits.ts';

/** What a 調剤 claim's 突合 kinds need to know besides the claim. */
export interface PharmacyPlantContext {
  masters: MasterSnapshot;
  month: YearMonth;
  /**
   * Diagnoses of the patient's 医科 claims of the month at the prescriber under the claim's payer,
   * as the 突合 rules will read them; undefined when there is none, or when one carries an error
   * that returns it at intake or changes who the patient is (the rules would not find it).
   */
  prescriberDiagnoses: (prescriberCode: string) => readonly string[] | undefined;
  /** A registered 医科 provider that has no claim for the patient this month. */
  unrelatedPrescriber: () => { code: string; prefecture: string } | undefined;
}

/** RE of a 調剤 claim: 処方医療機関 都道府県 and 医療機関コード (pharmacy-claim.ts). */
const RE_PRESCRIBER_PREFECTURE = 8;
const RE_PRESCRIBER_CODE = 10;

export function plantGeneric(kind: ErrorKind, c: UkeGenericClaim, rng: Rng, otherInsurer: PlantContext['otherInsurer'], pharmacy?: PharmacyPlantContext): Planted | undefined {
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
    case 'pharmacy-drug-without-indication': {
      if (!pharmacy) return undefined;
      const m = pharmacy.masters;
      const re = c.records.find((r) => r.id === 'RE')!;
      const dx = pharmacy.prescriberDiagnoses(re.raw[RE_PRESCRIBER_CODE] ?? '');
      if (!dx) return undefined;
      const onClaim = new Set(c.records.filter((r) => r.id === 'IY').map((r) => r.raw[2]));
      const drugs = MISPLACED_DRUGS.filter((d) => m.drug(d.code) && !onClaim.has(d.code) && !hasIndication(m, d, dx));
      const cand = oralDrugs(c);
      if (!cand.length || !drugs.length) return undefined;
      const at = rng.pick(cand);
      const drug = rng.pick(drugs);
      const was = c.records[at.iy]!.raw[2]!;
      const target = changeDrug(c, m, at, drug.code, drug.amount, replace);
      return { kind, target, detail: `${drug.label}を調剤、処方医療機関${re.raw[RE_PRESCRIBER_CODE]}のレセプトに適応傷病名なし（本来${was}）` };
    }
    case 'daily-dose-over-max': {
      if (!pharmacy) return undefined;
      const cand = oralDrugs(c).filter((at) => DOSE_LIMIT_BY_CODE.has(c.records[at.iy]!.raw[2]!));
      if (!cand.length) return undefined;
      const at = rng.pick(cand);
      const raw = c.records[at.iy]!.raw;
      const limit = DOSE_LIMIT_BY_CODE.get(raw[2]!)!;
      const amount = rng.pick(limit.over);
      const target = changeDrug(c, pharmacy.masters, at, raw[2]!, amount, replace);
      return { kind, target, detail: `${limit.label}を1日${amount}錠で調剤（最大${limit.maxDaily}錠、本来${raw[3]}錠）` };
    }
    case 'new-drug-over-14-days': {
      if (!pharmacy) return undefined;
      const m = pharmacy.masters;
      const onClaim = new Set(c.records.filter((r) => r.id === 'IY').map((r) => r.raw[2]));
      const cand: { at: OralDrug; drugs: NewDrug[] }[] = [];
      for (const at of oralDrugs(c)) {
        const cz = c.records[at.cz]!.raw;
        // 調剤数量 (days) of the 剤, on its 調剤月日 (MMDD).
        if (!(Number(cz[5]) > NEW_DRUG_MAX_DAYS) || !/^\d{4}$/.test(cz[3] ?? '')) continue;
        const date = `${pharmacy.month}-${cz[3]!.slice(2)}`;
        const drugs = newDrugsOn(m, date).filter((d) => d.replaces.has(c.records[at.iy]!.raw[2]!) && !onClaim.has(d.code));
        if (drugs.length) cand.push({ at, drugs });
      }
      if (!cand.length) return undefined;
      const { at, drugs } = rng.pick(cand);
      const drug = rng.pick(drugs);
      const was = c.records[at.iy]!.raw[2]!;
      const days = c.records[at.cz]!.raw[5];
      const target = changeDrug(c, m, at, drug.code, drug.amount, replace);
      return { kind, target, detail: `${drug.label}（収載${m.drug(drug.code)!.listedOn}、${NEW_DRUG_MAX_DAYS}日限度）を${days}日分調剤（本来${was}）` };
    }
    case 'pharmacy-without-prescriber-claim': {
      if (!pharmacy) return undefined;
      const other = pharmacy.unrelatedPrescriber();
      if (!other) return undefined;
      const i = c.records.findIndex((r) => r.id === 'RE');
      const raw = [...c.records[i]!.raw];
      const was = raw[RE_PRESCRIBER_CODE]!;
      raw[RE_PRESCRIBER_PREFECTURE] = other.prefecture;
      raw[RE_PRESCRIBER_CODE] = other.code;
      return { kind, target: replace(i, raw), detail: `処方医療機関コード${other.code}（同月に患者のレセプトなし、本来${was}）` };
    }
    default:
      return undefined;
  }
}

/** A drug of an oral 剤 (SH 剤形 1): the indexes of its IY, the 剤's SH and CZ. */
interface OralDrug {
  iy: number;
  sh: number;
  cz: number;
}

function oralDrugs(c: UkeGenericClaim): OralDrug[] {
  const out: OralDrug[] = [];
  let sh = -1, cz = -1;
  c.records.forEach((r, i) => {
    if (r.id === 'SH') {
      sh = i;
      cz = -1;
    } else if (r.id === 'CZ') cz = i;
    else if (r.id === 'IY' && sh >= 0 && cz > sh && c.records[sh]!.raw[2] === '1') out.push({ iy: i, sh, cz });
    else if (r.id !== 'IY') sh = -1;
  });
  return out;
}

/**
 * Puts `code` at `amount` on the IY line; the 剤's 単位薬剤料 (SH) follows from its drugs, and the
 * payers' totals by the change × 調剤数量. Returns the new IY record.
 */
function changeDrug(c: UkeGenericClaim, m: MasterSnapshot, at: OralDrug, code: string, amount: number, replace: (i: number, raw: string[]) => UkeGenericRecord): UkeGenericRecord {
  const iy = [...c.records[at.iy]!.raw];
  iy[2] = code;
  iy[3] = String(amount);
  const target = replace(at.iy, iy);
  const zai: { code: string; amount: number }[] = [];
  for (let i = at.cz + 1; i < c.records.length && c.records[i]!.id === 'IY'; i++) zai.push({ code: c.records[i]!.raw[2]!, amount: Number(c.records[i]!.raw[3]) });
  const shRaw = [...c.records[at.sh]!.raw];
  const before = Number(shRaw[5]);
  const after = drugUnitPoints(m, zai);
  shRaw[5] = String(after);
  replace(at.sh, shRaw);
  const czRaw = c.records[at.cz]!.raw;
  adjustTotals(c, czRaw[6] ?? '', (after - before) * Number(czRaw[5]), replace);
  return target;
}

/** Adds `delta` points of an item with this 負担区分 to the HO / KO 合計点数 that bear it. */
function adjustTotals(c: UkeGenericClaim, burden: string, delta: number, replace: (i: number, raw: string[]) => UkeGenericRecord): void {
  if (!delta) return;
  const mask = burden.length === 1 ? BURDEN_PAYERS_BY_CHAR[burden.charCodeAt(0)] ?? 0 : 0;
  let ko = 0;
  c.records.forEach((r, i) => {
    const bit = r.id === 'HO' ? 0 : r.id === 'KO' ? 1 + ko++ : -1;
    if (bit < 0 || !(mask & (1 << bit))) return;
    const raw = [...r.raw];
    raw[5] = String(Number(raw[5]) + delta);
    replace(i, raw);
  });
}
