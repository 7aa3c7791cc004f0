/**
 * Record layouts are data: one FieldDef per CSV column, index 0 = the record identifier.
 * The validator reads these; nothing about a field's mode or length is written as code.
 */
import type { CodeTableName } from './code-tables.ts';

/** N = 数字, A = 英数, K = 漢字, AK = 英数又は漢字 (never mixed). */
export type FieldMode = 'N' | 'A' | 'K' | 'AK';

export interface FieldDef {
  /** Japanese label as in the spec (項目) */
  readonly ja: string;
  /** English camelCase name (used in errors and typed records) */
  readonly name: string;
  readonly mode: FieldMode;
  /** Maximum Shift_JIS bytes (最大バイト) */
  readonly bytes: number;
  /** 固定: exactly `bytes` long when recorded */
  readonly fixed: boolean;
  /** Must be recorded (empty = error) */
  readonly required: boolean;
  /** Value must be in this 別表 */
  readonly code: CodeTableName | undefined;
  /** Concatenated codes of this many bytes each (病棟区分 2, 特記事項 2, 修飾語 4, 患者の状態 3); 0 = single value */
  readonly codeLength: number;
  /** Calendar field: 'date' YYYYMMDD (legacy GYYMMDD), 'month' YYYYMM (legacy GYYMM) */
  readonly date: 'date' | 'month' | undefined;
  /** Decimal number: [integer digits, fraction digits] */
  readonly decimal: readonly [number, number] | undefined;
  /** A count or amount: the spec says to drop leading zeros (記録例 「001」→「1」) */
  readonly quantity: boolean;
  /** Derived: variable 数字 without code, date, decimal or code list (the validator's fast path) */
  readonly plainNumber: boolean;
}

export interface RecordLayout {
  readonly id: string;
  readonly ja: string;
  /** English name of the record (the typed interface for 医科) */
  readonly name: string;
  readonly fields: readonly FieldDef[];
  /** False when lengths/modes come from older editions or peers and were not checked against the current PDF */
  readonly verified: boolean;
}

type FieldOptions = Partial<Omit<FieldDef, 'ja' | 'name' | 'mode' | 'bytes' | 'plainNumber'>>;

function field(ja: string, name: string, mode: FieldMode, bytes: number, fixed: boolean, opts: FieldOptions): FieldDef {
  // Every FieldDef has the same property set, so the validator's reads stay monomorphic.
  const isFixed = opts.fixed ?? fixed;
  return {
    ja, name, mode, bytes,
    fixed: isFixed,
    required: opts.required ?? isFixed,
    code: opts.code,
    codeLength: opts.codeLength ?? 0,
    date: opts.date,
    decimal: opts.decimal,
    quantity: opts.quantity ?? false,
    plainNumber: mode === 'N' && !isFixed && !opts.code && !opts.date && !opts.decimal && !opts.codeLength && bytes > 0,
  };
}

/** 固定 field (required unless opts say otherwise). */
export const fixed = (ja: string, name: string, mode: FieldMode, bytes: number, opts: FieldOptions = {}): FieldDef =>
  field(ja, name, mode, bytes, true, opts);

/** 可変 field (optional unless opts say otherwise). */
export const variable = (ja: string, name: string, mode: FieldMode, bytes: number, opts: FieldOptions = {}): FieldDef =>
  field(ja, name, mode, bytes, false, opts);

/** The record identifier column. */
export const recordId = (id: string): FieldDef => fixed('レコード識別情報', 'recordId', 'A', id.length);

/** 1日…31日 columns. */
export function dayFields(mode: FieldMode, bytes: number, opts: FieldOptions = {}, ja = 'の情報', name = 'day'): FieldDef[] {
  return Array.from({ length: 31 }, (_, i) => variable(`${i + 1}日${ja}`, `${name}${i + 1}`, mode, bytes, opts));
}

export function layout(id: string, ja: string, name: string, fields: FieldDef[], verified = true): RecordLayout {
  return { id, ja, name, fields: [recordId(id), ...fields], verified };
}
