/**
 * UkeWriter: typed records and claims → CP932 bytes, CRLF after every record, 0x1A at the end
 * (spec 第1章3(3)ウ–エ). Streaming: each call returns the bytes of what it was given, and the writer
 * keeps only the running GO totals (総件数 = Σ HO + KO, 総合計点数 = Σ main payer's 合計点数).
 *
 * A generator writes correct files by letting `trailer()` fill the totals, or deliberately wrong
 * ones by overriding them (or by writing records in any order with `records()`).
 */
import iconv from 'iconv-lite';
import { recordLine, type TypedRecord } from './record-fields.ts';
import type {
  ClaimLineRecord, ClaimSummaryRecord, UkeClaim, UkeGenericClaim, UkeGenericRecord, UkeHeaderRecord, UkeLineEnding,
} from './types.ts';

export interface UkeWriterOptions {
  /** Default CRLF, as the spec requires */
  lineEnding?: UkeLineEnding;
  /** Write the 0x1A EOF byte after GO (default true) */
  eofMarker?: boolean;
}

export type UkeTrailerOverrides = Partial<Pick<ClaimSummaryRecord, 'totalCount' | 'totalPoints' | 'volume'>>;

const EOF = Uint8Array.of(0x1a);

export class UkeWriter {
  private readonly nl: string;
  private readonly eof: boolean;
  private count = 0;
  private points = 0;
  private claimsWritten = 0;

  constructor(options: UkeWriterOptions = {}) {
    this.nl = options.lineEnding ?? '\r\n';
    this.eof = options.eofMarker ?? true;
  }

  /** Totals GO will carry unless overridden. */
  get totals(): { claims: number; totalCount: number; totalPoints: number } {
    return { claims: this.claimsWritten, totalCount: this.count, totalPoints: this.points };
  }

  header(record: UkeHeaderRecord): Uint8Array {
    return this.encode(this.line(record));
  }

  claim(c: UkeClaim): Uint8Array {
    this.claimsWritten++;
    this.count += (c.ho ? 1 : 0) + c.ko.length;
    const main = c.ho ? c.ho.totalPoints : c.ko[0]?.totalPoints;
    if (main !== undefined && !Number.isNaN(main)) this.points += main;
    let s = this.line(c.re);
    if (c.ho) s += this.line(c.ho);
    for (const r of c.ko) s += this.line(r);
    for (const r of c.sn) s += this.line(r);
    for (const r of c.jd) s += this.line(r);
    if (c.mf) s += this.line(c.mf);
    for (const r of c.gr) s += this.line(r);
    // Position of DPC records inside a claim is unverified (uke-format.md §6.3): written after GR.
    for (const r of c.dpc ?? []) s += this.line(r);
    for (const r of c.sy) s += this.line(r);
    s += this.lines(c.items);
    for (const r of c.sj) s += this.line(r);
    for (const block of c.organDonor ?? []) {
      s += this.line(block.ti);
      for (const d of block.receipts) {
        s += this.line(d.tr);
        if (d.ts) s += this.line(d.ts);
        for (const r of d.sy) s += this.line(r);
        s += this.lines(d.items);
        for (const r of d.sj) s += this.line(r);
      }
    }
    return this.encode(s);
  }

  /** A 調剤 / 歯科 claim kept as fields. */
  genericClaim(c: UkeGenericClaim): Uint8Array {
    this.claimsWritten++;
    let s = '';
    let main: string | undefined;
    let mainIsHo = false;
    for (const r of c.records) {
      if (r.id === 'HO' || r.id === 'KO') {
        this.count++;
        if (main === undefined || (r.id === 'HO' && !mainIsHo)) {
          main = r.raw[5];
          mainIsHo = r.id === 'HO';
        }
      }
      s += this.line(r);
    }
    const p = Number(main ?? NaN);
    if (!Number.isNaN(p)) this.points += p;
    return this.encode(s);
  }

  /** Any records, in the order given (for deliberately malformed files). Totals are not touched. */
  records(list: readonly (TypedRecord | UkeGenericRecord)[]): Uint8Array {
    let s = '';
    for (const r of list) s += this.line(r);
    return this.encode(s);
  }

  /**
   * GO and (by default) the EOF byte. A GO record that still has `rawLine` is written verbatim;
   * otherwise the totals of the claims written so far are used, then `overrides`.
   */
  trailer(go?: ClaimSummaryRecord | UkeTrailerOverrides): Uint8Array {
    const record: ClaimSummaryRecord =
      go && 'id' in go
        ? go
        : { id: 'GO', line: 0, totalCount: this.count, totalPoints: this.points as ClaimSummaryRecord['totalPoints'], volume: '99', ...go };
    const body = this.encode(this.line(record));
    if (!this.eof) return body;
    const out = new Uint8Array(body.length + 1);
    out.set(body);
    out.set(EOF, body.length);
    return out;
  }

  private line(r: TypedRecord | UkeGenericRecord): string {
    return recordLine(r) + this.nl;
  }

  private lines(items: readonly ClaimLineRecord[]): string {
    let s = '';
    for (let i = 0; i < items.length; i++) s += this.line(items[i]!);
    return s;
  }

  private encode(s: string): Uint8Array {
    return iconv.encode(s, 'cp932');
  }
}

/** Everything in memory → one file's bytes. */
export function encodeUke(
  file: { header: UkeHeaderRecord; claims: Iterable<UkeClaim>; trailer?: ClaimSummaryRecord | UkeTrailerOverrides },
  options?: UkeWriterOptions,
): Uint8Array {
  const w = new UkeWriter(options);
  const parts: Uint8Array[] = [w.header(file.header)];
  for (const c of file.claims) parts.push(w.claim(c));
  parts.push(w.trailer(file.trailer));
  return concat(parts);
}

/** Streaming: claims from any (async) iterable → chunks of bytes, one per claim. */
export async function* writeUke(
  header: UkeHeaderRecord,
  claims: AsyncIterable<UkeClaim> | Iterable<UkeClaim>,
  options?: UkeWriterOptions & { trailer?: ClaimSummaryRecord | UkeTrailerOverrides },
): AsyncGenerator<Uint8Array, void, undefined> {
  const w = new UkeWriter(options);
  yield w.header(header);
  for await (const c of claims) yield w.claim(c);
  yield w.trailer(options?.trailer);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
