/**
 * Small valid UKE files built from field positions, for the tests: every record is written with all
 * its fields (padded from the layout), CRLF, and the 0x1A EOF byte, so the base file has no findings.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { MEDICAL_LAYOUTS, LEGACY_LAYOUTS } from './medical-layouts.ts';
import { parseUkeSync } from './parse-uke.ts';
import type { UkeError, UkeEvent } from './types.ts';

export const SAMPLE_URL = new URL('../../../../../shared/data/samples/RECEIPTC_GAIRAI_SAMPLE.UKE', import.meta.url);
export const readSample = (): Uint8Array => new Uint8Array(readFileSync(SAMPLE_URL));

const LAYOUTS: Record<string, { fields: readonly unknown[] }> = { ...MEDICAL_LAYOUTS, ...LEGACY_LAYOUTS };

/** A record line from {index: value}; `days` fills 1日…31日 when the record has them. */
export function rec(id: string, values: Record<number, string> = {}, days: Record<number, number> = {}): string {
  const n = LAYOUTS[id]?.fields.length ?? 1 + Math.max(0, ...Object.keys(values).map(Number));
  const f = new Array<string>(n).fill('');
  f[0] = id;
  for (const [k, v] of Object.entries(values)) f[Number(k)] = v;
  const dayAt = id === 'TO' ? 17 : id === 'JD' ? 2 : 13;
  for (const [d, v] of Object.entries(days)) f[dayAt + Number(d) - 1] = String(v);
  return f.join(',');
}

/**
 * The base file (line numbers matter to the tests):
 *  1 IR
 *  2–12 claim 1: 医保単独 (1112): HO 420 = 291 + 109 (2-record unit) + 10×2
 * 13–18 claim 2: 医保+1公費 (1122): HO 350, KO 300
 * 19–22 claim 3: 公費単独 (1212): KO 100
 * 23 GO 4 / 870
 */
export function baseLines(): string[] {
  return [
    rec('IR', { 1: '2', 2: '13', 3: '1', 4: '1234567', 6: 'テスト医院', 7: '202505', 8: '00', 9: '03-1234-5678' }),
    rec('RE', { 1: '1', 2: '1112', 3: '202504', 4: '山田　太郎', 5: '1', 6: '19800101', 7: '70', 13: 'K001', 36: 'ヤマダタロウ' }),
    rec('HO', { 1: '  138057', 2: '１２', 3: '３４５', 4: '2', 5: '420' }),
    rec('SN', { 1: '1', 2: '01' }),
    rec('JD', { 1: '1' }, { 1: 1, 15: 1 }),
    rec('SY', { 1: '2500013', 2: '20250401', 3: '1', 6: '01' }),
    rec('SY', { 1: '0000999', 2: '20250401', 3: '1', 5: 'かぜ' }),
    rec('SI', { 1: '11', 2: '1', 3: '111000110', 5: '291', 6: '1' }, { 1: 1 }),
    rec('SI', { 1: '60', 2: '1', 3: '160000310', 6: '1' }, { 1: 1 }),
    rec('SI', { 2: '1', 3: '160000410', 5: '109', 6: '1' }, { 1: 1 }),
    rec('CO', { 2: '1', 3: '810000001', 4: 'テスト' }),
    rec('IY', { 1: '21', 2: '1', 3: '620000001', 4: '3', 5: '10', 6: '2' }, { 1: 1, 15: 1 }),
    rec('RE', { 1: '2', 2: '1122', 3: '202504', 4: '鈴木　花子', 5: '2', 6: '19900515', 7: '70' }),
    rec('HO', { 1: '  138057', 3: '９９', 4: '1', 5: '350' }),
    rec('KO', { 1: '54136015', 2: '1234566', 4: '1', 5: '300' }),
    rec('SY', { 1: '2500013', 2: '20250403', 3: '1' }),
    rec('SI', { 1: '12', 2: '2', 3: '112007410', 5: '300', 6: '1' }, { 3: 1 }),
    rec('SI', { 1: '13', 2: '1', 3: '113000110', 5: '50', 6: '1' }, { 3: 1 }),
    rec('RE', { 1: '3', 2: '1212', 3: '202504', 4: 'ｻﾄｳ ｼﾞﾛｳ', 5: '1', 6: '20100303' }),
    rec('KO', { 1: '12136014', 4: '1', 5: '100' }),
    rec('SY', { 1: '2500013', 2: '20250405', 3: '2' }),
    rec('TO', { 1: '40', 2: '5', 3: '700010000', 4: '1', 5: '100', 6: '1' }, { 5: 1 }),
    rec('GO', { 1: '4', 2: '870', 3: '99' }),
  ];
}

/** Lines → file bytes: CP932, CRLF after each record, then 0x1A (unless told otherwise). */
export function fileBytes(lines: readonly string[], opts: { eol?: string; eof?: boolean } = {}): Uint8Array {
  const eol = opts.eol ?? '\r\n';
  const body = iconv.encode(lines.map((l) => l + eol).join(''), 'cp932');
  return opts.eof === false ? new Uint8Array(body) : concatBytes([body, Uint8Array.of(0x1a)]);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function allErrors(events: readonly UkeEvent[]): UkeError[] {
  return events.flatMap((e) => e.errors);
}

export function errorsOf(bytes: Uint8Array, fileName = 'test.UKE'): UkeError[] {
  return allErrors(parseUkeSync(bytes, { fileName }));
}

/** Replaces field `index` of the record on (1-based) line `line`. */
export function setField(lines: string[], line: number, index: number, value: string): string[] {
  const f = lines[line - 1]!.split(',');
  f[index] = value;
  const out = [...lines];
  out[line - 1] = f.join(',');
  return out;
}

/** Chunks of `size` bytes (1 = the hardest case for a streaming decoder). */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
