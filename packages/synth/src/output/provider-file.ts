/**
 * One provider's RECEIPTC.UKE being written: UkeWriter (CP932, CRLF, GO totals, 0x1A) into a
 * ChunkedFile, with the レセプト番号 assigned in order and the line of every record known, so that
 * planted errors get the line they show on.
 */
import { join } from 'node:path';
import type { UkeClaim, UkeGenericClaim, UkeGenericRecord, UkeHeaderRecord } from '@kokuho/core/uke';
import { UkeWriter } from '@kokuho/core/uke';
import { ChunkedFile } from './chunked-file.ts';

export function claimRecordOrder(c: UkeClaim): object[] {
  return [c.re, ...(c.ho ? [c.ho] : []), ...c.ko, ...c.sn, ...c.jd, ...(c.mf ? [c.mf] : []), ...c.gr, ...(c.dpc ?? []), ...c.sy, ...c.items, ...c.sj];
}

export interface Placed {
  /** The record's 1-based line in the file. */
  line: number;
  receiptNumber: number;
}

export class ProviderFile {
  readonly file: ChunkedFile;
  private readonly writer = new UkeWriter();
  private lines = 0;
  receipts = 0;

  constructor(readonly relativePath: string, outDir: string, header: UkeHeaderRecord) {
    this.file = new ChunkedFile(join(outDir, relativePath));
    this.file.write(this.writer.header(header));
    this.lines = 1;
  }

  /** Writes a 医科 claim; returns the line of each of `targets` (in order). */
  claim(c: UkeClaim, targets: readonly object[] = []): Placed[] {
    const n = ++this.receipts;
    c.re.receiptNumber = n;
    if (c.re.rawLine) {
      const f = c.re.rawLine.split(',');
      f[1] = String(n);
      c.re.rawLine = f.join(',');
    }
    const order = claimRecordOrder(c);
    const base = this.lines;
    this.file.write(this.writer.claim(c));
    this.lines += order.length;
    return targets.map((t) => ({ line: base + order.indexOf(t) + 1, receiptNumber: n }));
  }

  genericClaim(c: UkeGenericClaim, targets: readonly object[] = []): Placed[] {
    const n = ++this.receipts;
    // Positions first: the RE is replaced to carry its number, and may itself be a target.
    const at = targets.map((t) => c.records.indexOf(t as UkeGenericRecord));
    c.records = c.records.map((r) => (r.id === 'RE' ? { ...r, raw: [r.raw[0]!, String(n), ...r.raw.slice(2)] } : r));
    const base = this.lines;
    this.file.write(this.writer.genericClaim(c));
    this.lines += c.records.length;
    return at.map((i) => ({ line: base + i + 1, receiptNumber: n }));
  }

  /** GO (totals from the claims written, or deliberately off by `pointsDelta`); returns its line and sha256. */
  close(pointsDelta = 0): { goLine: number; sha256: string; bytes: number; totals: { claims: number; totalCount: number; totalPoints: number } } {
    const totals = this.writer.totals;
    this.file.write(this.writer.trailer(pointsDelta ? { totalPoints: (totals.totalPoints + pointsDelta) as never } : undefined));
    const goLine = ++this.lines;
    return { goLine, sha256: this.file.close(), bytes: this.file.bytes, totals };
  }
}
