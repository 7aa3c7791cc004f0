/**
 * The synchronous core of the reader: lines in, events out. It holds one claim at a time, emits it
 * when the next RE (or GO) arrives, and keeps only counters between claims, so memory is flat
 * whatever the file size. parse-uke.ts wraps it for byte streams.
 *
 * Order rules: spec 第1章3(3)ア (エ)(オ)(キ); uke-format.md §2.
 */
import type { Points } from '../common/money.ts';
import { checkClaim } from './claim-checks.ts';
import { Diagnostics, type SeverityOverrides } from './diagnostics.ts';
import { checkFields } from './field-check.ts';
import { checkGenericTotals } from './generic-checks.ts';
import { checkTrailer, ReceiptNumbers } from './file-checks.ts';
import type { RecordLayout } from './layout-types.ts';
import type { SplitterResult } from './line-splitter.ts';
import { DPC_LAYOUTS } from './dpc-layouts.ts';
import { LEGACY_LAYOUTS, MEDICAL_LAYOUTS } from './medical-layouts.ts';
import { LAYOUTS_BY_KIND, layoutOf } from './record-layouts.ts';
import { LineFields } from './line-fields.ts';
import * as build from './record-builders.ts';
import type {
  ClaimSummaryRecord, OrganDonorReceipt, ProviderRecord, UkeClaim, UkeError, UkeEvent, UkeGenericClaim,
  UkeGenericRecord, UkeHeaderRecord, UkeKind, UkeLineEnding,
} from './types.ts';

export interface UkeParseOptions {
  fileName: string;
  /** Change the severity of codes (e.g. make UKE-E047 'error' for a strict intake). */
  severity?: SeverityOverrides;
  /**
   * Last volume of a multi-volume set: totals of the earlier volumes, so that GO 総件数 /
   * 総合計点数 (which cover all volumes) can be checked. Without it they are checked only for a
   * single volume (IR 00, GO 99).
   */
  previousVolumes?: { totalCount: number; totalPoints: number };
}

/** Where a record may stand inside a claim (spec 第1章3(3)ア(オ)(キ)). */
const RANK: Readonly<Record<string, number>> = {
  RE: 0, HO: 1, KO: 2, SN: 3, JD: 4, MF: 5, GR: 6, SY: 7, SI: 8, IY: 8, TO: 8, CO: 8, SJ: 9, TI: 10, TR: 11, TS: 12,
};
/** Ranks of SY / 摘要 / SJ inside an organ donor receipt. */
const DONOR_RANK: Readonly<Record<string, number>> = { SY: 13, SI: 14, IY: 14, TO: 14, CO: 14, SJ: 15 };
const HEADER_IDS = new Set(['IR', 'YK', 'UK']);
const FEE_TABLE_KIND: Readonly<Record<string, UkeKind>> = { '1': 'medical', '2': 'dpc', '3': 'dental', '4': 'pharmacy' };

interface OpenClaim {
  claim: UkeClaim;
  errors: UkeError[];
  rank: number;
  donor: OrganDonorReceipt | undefined;
}

export class UkeParser {
  private readonly diag: Diagnostics;
  private readonly lf = new LineFields();
  private readonly events: UkeEvent[] = [];
  private fileErrors: UkeError[] = [];
  private kind: UkeKind | undefined;
  private dpcSeen = false;
  private headerSeen = false;
  private ir: ProviderRecord | undefined;
  private headerVolume: string | undefined;
  private lineEnding: UkeLineEnding = '\r\n';
  private go: ClaimSummaryRecord | undefined;
  private afterGoReported = false;
  private open: OpenClaim | undefined;
  private generic: { claim: UkeGenericClaim; errors: UkeError[]; hasRe: boolean } | undefined;
  private trailingReported = false;
  private claims = 0;
  private records = 0;
  private totalCount = 0;
  private totalPoints = 0;
  private readonly receiptNumbers = new ReceiptNumbers();

  constructor(private readonly opts: UkeParseOptions) {
    this.diag = new Diagnostics(opts.fileName, opts.severity);
  }

  /** Events produced since the last call. */
  drain(): UkeEvent[] {
    if (this.events.length === 0) return this.events;
    return this.events.splice(0, this.events.length);
  }

  /** One line, without its line break; `crlf` = it ended in CRLF. */
  line(text: string, line: number, crlf = true): void {
    this.lineAt(text, 0, text.length, line, crlf);
  }

  /** The line text[from, to) of a decoded chunk (no line string is made unless a record keeps it). */
  lineAt(text: string, from: number, to: number, line: number, crlf: boolean): void {
    if (line === 1) this.lineEnding = crlf ? '\r\n' : '\n';
    if (from === to) {
      this.errorsFor(undefined).push(this.diag.make('UKE-E009', line, '', ''));
      return;
    }
    this.records++;
    const lf = this.lf;
    lf.set(text, from, to);
    const id = recordId(lf);
    if (this.go !== undefined) {
      if (!this.afterGoReported) this.fileErrors.push(this.diag.make('UKE-E003', line, id, ''));
      this.afterGoReported = true;
      return;
    }
    if (!this.headerSeen) {
      this.headerSeen = true;
      if (HEADER_IDS.has(id)) return this.header(id, line);
      this.kind = 'medical';
      this.fileErrors.push(this.diag.make('UKE-E001', line, id, ''));
    }
    if (this.kind === 'medical' || this.kind === 'dpc') this.medical(id, line);
    else this.genericRecord(id, line);
  }

  end(s: SplitterResult): void {
    this.closeClaim();
    this.closeGeneric();
    const errors = this.fileErrors;
    this.fileErrors = [];
    const d = this.diag;
    if (!this.headerSeen) errors.push(d.make('UKE-E001', 0, '', ''));
    if (this.go === undefined) errors.push(d.make('UKE-E002', 0, '', ''));
    if (s.firstLfOnlyLine > 0) errors.push(d.make('UKE-W001', s.firstLfOnlyLine, '', ''));
    if (s.bytesAfterEof > 0) errors.push(d.make('UKE-E010', 0, '', `${s.bytesAfterEof}バイト`));
    else if (!s.eofMarker) errors.push(d.make('UKE-W002', 0, '', ''));
    this.events.push({
      type: 'end',
      errors,
      summary: {
        kind: this.dpcSeen && this.kind === 'medical' ? 'dpc' : this.kind,
        claims: this.claims,
        records: this.records,
        totalCount: this.totalCount,
        totalPoints: this.totalPoints as Points,
        lineEnding: s.lineEnding,
        eofMarker: s.eofMarker,
      },
    });
  }

  // --- header and trailer ---

  private header(id: string, line: number): void {
    const lf = this.lf;
    const errors: UkeError[] = [];
    let record: UkeHeaderRecord;
    if (id === 'IR') {
      this.kind = FEE_TABLE_KIND[lf.str(3)] ?? 'medical';
      const layout = layoutOf(this.kind, 'IR')!;
      this.fields(layout, line, errors);
      if (layout === MEDICAL_LAYOUTS.IR) {
        this.ir = build.buildProvider(lf, line);
        record = this.ir;
      } else record = { id, line, raw: lf.toArray() };
      this.headerVolume = lf.str(layout.fields.findIndex((x) => x.name === 'volume'));
    } else {
      this.kind = id === 'YK' ? 'pharmacy' : 'dental';
      const layout = layoutOf(this.kind, id)!;
      this.fields(layout, line, errors);
      record = { id, line, raw: lf.toArray() };
      this.headerVolume = record.raw[layout.fields.findIndex((x) => x.name === 'volume')];
    }
    this.flushFileErrors();
    this.events.push({ type: 'header', kind: this.kind, record, lineEnding: this.lineEnding, errors });
  }

  private trailer(line: number): void {
    const lf = this.lf;
    const errors: UkeError[] = [];
    const layout = this.kind === 'medical' || this.kind === 'dpc' ? MEDICAL_LAYOUTS.GO : layoutOf(this.kind!, 'GO')!;
    this.fields(layout, line, errors);
    const go = build.buildClaimSummary(lf, line);
    this.go = go;
    checkTrailer(go, {
      diag: this.diag,
      headerVolume: this.headerVolume ?? '00',
      totalCount: this.totalCount,
      totalPoints: this.totalPoints,
      previousVolumes: this.opts.previousVolumes,
      hasTotals: !lf.isEmpty(1) || !lf.isEmpty(2),
    }, errors);
    this.flushFileErrors();
    this.events.push({ type: 'trailer', record: go, errors });
  }

  // --- 医科 / DPC ---

  private medical(id: string, line: number): void {
    switch (id) {
      case 'RE':
        return this.startClaim(line);
      case 'GO':
        this.closeClaim();
        return this.trailer(line);
      case 'IR':
        return void this.errorsFor(this.open).push(this.diag.make('UKE-E012', line, 'IR', ''));
      case 'KH':
      case 'NI': {
        const errors = this.errorsFor(this.open);
        this.fields(LEGACY_LAYOUTS[id], line, errors);
        return void errors.push(this.diag.make('UKE-W003', line, id, '', LEGACY_LAYOUTS[id].ja));
      }
    }
    const layout = (MEDICAL_LAYOUTS as Record<string, RecordLayout>)[id] ?? (DPC_LAYOUTS as Record<string, RecordLayout>)[id];
    if (layout === undefined) {
      return void this.errorsFor(this.open).push(this.diag.make('UKE-E004', line, id, '', id));
    }
    const o = this.open;
    if (o === undefined) {
      this.fields(layout, line, this.fileErrors);
      return void this.fileErrors.push(this.diag.make('UKE-E040', line, id, ''));
    }
    this.fields(layout, line, o.errors);
    if (!layout.verified) {
      this.dpcSeen = true;
      (o.claim.dpc ??= []).push({ id, line, raw: this.lf.toArray() });
      return;
    }
    this.place(o, id, line);
  }

  private startClaim(line: number): void {
    this.closeClaim();
    const errors: UkeError[] = [];
    this.fields(MEDICAL_LAYOUTS.RE, line, errors);
    const re = build.buildReceiptCommon(this.lf, line);
    this.receiptNumbers.check(re.receiptNumber, line, this.diag, errors);
    this.open = {
      claim: { re, ko: [], sn: [], jd: [], gr: [], sy: [], items: [], sj: [], lines: { first: line, last: line } },
      errors,
      rank: 0,
      donor: undefined,
    };
  }

  /** Attaches a claim record and checks its place (rank) in the claim. */
  private place(o: OpenClaim, id: string, line: number): void {
    const c = o.claim;
    const f = this.lf;
    c.lines.last = line;
    const d = this.diag;
    const inDonor = o.rank >= RANK.TI!;
    let rank = (inDonor ? DONOR_RANK[id] : undefined) ?? RANK[id]!;
    let ok = rank >= o.rank;
    if (id === 'TI' || id === 'TR') ok = id === 'TI' || o.rank >= RANK.TI!; // a new institution / donor receipt restarts the order
    if (id === 'TS') ok = o.rank === RANK.TR;
    if (!ok) o.errors.push(d.make('UKE-E005', line, id, '', `${id}の記録位置`));
    else o.rank = rank;
    switch (id) {
      case 'HO':
        if (c.ho) o.errors.push(d.make('UKE-E044', line, id, ''));
        else c.ho = build.buildInsurer(f, line);
        return;
      case 'KO':
        return void c.ko.push(build.buildPublicExpense(f, line));
      case 'SN':
        return void c.sn.push(build.buildEligibilityCheck(f, line));
      case 'JD':
        return void c.jd.push(build.buildVisitDays(f, line));
      case 'MF':
        if (c.mf) o.errors.push(d.make('UKE-E044', line, id, ''));
        else c.mf = build.buildCounterCharge(f, line);
        return;
      case 'GR':
        return void c.gr.push(build.buildPackageExclusion(f, line));
      case 'SY':
        return void (o.donor ?? c).sy.push(build.buildDiagnosis(f, line));
      case 'SI':
        return void (o.donor ?? c).items.push(build.buildProcedure(f, line));
      case 'IY':
        return void (o.donor ?? c).items.push(build.buildDrug(f, line));
      case 'TO':
        return void (o.donor ?? c).items.push(build.buildDevice(f, line));
      case 'CO':
        return void (o.donor ?? c).items.push(build.buildComment(f, line));
      case 'SJ':
        return void (o.donor ?? c).sj.push(build.buildSymptomNote(f, line));
      case 'TI':
        o.donor = undefined;
        return void (c.organDonor ??= []).push({ ti: build.buildDonorProvider(f, line), receipts: [] });
      case 'TR': {
        const block = c.organDonor?.[c.organDonor.length - 1];
        o.donor = { tr: build.buildDonorReceipt(f, line), sy: [], items: [], sj: [] };
        if (block) block.receipts.push(o.donor);
        return;
      }
      case 'TS':
        if (o.donor && !o.donor.ts) o.donor.ts = build.buildDonorBilling(f, line);
        else o.errors.push(d.make('UKE-E044', line, id, ''));
        return;
    }
  }

  private closeClaim(): void {
    const o = this.open;
    if (o === undefined) return;
    this.open = undefined;
    const c = o.claim;
    checkClaim(c, { diag: this.diag, billingMonth: this.ir?.billingMonth || undefined }, o.errors);
    this.claims++;
    this.totalCount += (c.ho ? 1 : 0) + c.ko.length;
    const main = c.ho ? c.ho.totalPoints : c.ko[0]?.totalPoints;
    if (main !== undefined && !Number.isNaN(main)) this.totalPoints += main;
    this.flushFileErrors();
    this.events.push({ type: 'claim', claim: c, errors: o.errors });
  }

  // --- 調剤 / 歯科: records kept as fields, grouped into claims ---

  private genericRecord(id: string, line: number): void {
    const kind = this.kind!;
    if (id === 'GO') {
      this.closeGeneric();
      return this.trailer(line);
    }
    const layout = layoutOf(kind, id);
    if (layout === undefined) return void this.errorsFor(undefined).push(this.diag.make('UKE-E004', line, id, '', id));
    // 歯科 repeats IR before each claim's RE (uke-format.md §6.1): IR opens the claim.
    const opens = (id === 'RE' && (this.generic === undefined || this.generic.hasRe)) || (kind === 'dental' && id === 'IR');
    if (opens) {
      this.closeGeneric();
      this.generic = { claim: { records: [], lines: { first: line, last: line } }, errors: [], hasRe: false };
    }
    const g = this.generic;
    if (g === undefined) {
      this.fields(layout, line, this.fileErrors);
      return void this.fileErrors.push(this.diag.make('UKE-E040', line, id, ''));
    }
    this.fields(layout, line, g.errors, true);
    const record: UkeGenericRecord = { id, line, raw: this.lf.toArray() };
    if (id === 'RE') g.hasRe = true;
    g.claim.records.push(record);
    g.claim.lines.last = line;
  }

  private closeGeneric(): void {
    const g = this.generic;
    if (g === undefined) return;
    this.generic = undefined;
    this.claims++;
    let ho: string | undefined, firstKo: string | undefined;
    for (const r of g.claim.records) {
      if (r.id === 'HO') ho ??= r.raw[5];
      else if (r.id === 'KO') firstKo ??= r.raw[5];
      if (r.id === 'HO' || r.id === 'KO') this.totalCount++;
    }
    if (this.kind === 'pharmacy' || this.kind === 'dental') checkGenericTotals(this.kind, g.claim.records, this.diag, g.errors);
    const main = Number(ho ?? firstKo ?? NaN);
    if (!Number.isNaN(main)) this.totalPoints += main;
    this.flushFileErrors();
    this.events.push({ type: 'genericClaim', kind: this.kind!, claim: g.claim, errors: g.errors });
  }

  // --- shared ---

  /**
   * Field count, quotes, undecodable bytes and per-field checks of the current line. A line with
   * missing trailing fields is re-read with them added (empty), so typed records see every field.
   */
  private fields(layout: RecordLayout, line: number, out: UkeError[], lenient = false): void {
    const d = this.diag;
    const lf = this.lf;
    const want = layout.fields.length;
    const given = lf.count;
    if (lf.quoteAt !== -1) out.push(d.make('UKE-E006', line, layout.id, fieldName(layout, lf.fieldIndexAt(lf.quoteAt))));
    if (lf.undecodableAt !== -1) out.push(d.make('UKE-E011', line, layout.id, fieldName(layout, lf.fieldIndexAt(lf.undecodableAt))));
    // Unverified layouts are structure only (DPC), or checked leniently (調剤 / 歯科 claim records:
    // field values, not field counts; over-length is a warning), and their fields are kept as read.
    if (!layout.verified) {
      if (lenient) checkFields(layout, lf, Math.min(given, want), line, d, out, true);
      return;
    }
    if (given > want) {
      out.push(d.make('UKE-E007', line, layout.id, '', `${given}項目（${want}項目）`));
    } else if (given < want) {
      let missingRequired = '';
      for (let i = given; i < want; i++) if (layout.fields[i]!.required) { missingRequired = layout.fields[i]!.name; break; }
      if (missingRequired) out.push(d.make('UKE-E008', line, layout.id, missingRequired, `${given}項目（${want}項目）`));
      else if (!this.trailingReported) {
        this.trailingReported = true;
        out.push(d.make('UKE-W004', line, layout.id, '', `${given}項目（${want}項目）`));
      }
      lf.set(lf.line() + ','.repeat(want - given));
    }
    // Fields missing from the line are not checked one by one: UKE-E008 / UKE-W004 said it.
    checkFields(layout, lf, given, line, d, out);
  }

  private errorsFor(o: { errors: UkeError[] } | undefined): UkeError[] {
    return o ? o.errors : this.fileErrors;
  }

  private flushFileErrors(): void {
    if (this.fileErrors.length === 0) return;
    this.events.push({ type: 'errors', errors: this.fileErrors });
    this.fileErrors = [];
  }
}

/** Every record id any layout knows, interned: the id of a line costs no allocation. */
const KNOWN_IDS = new Map<number, string>();
for (const kind of ['medical', 'dpc', 'pharmacy', 'dental'] as const) {
  for (const id of Object.keys(LAYOUTS_BY_KIND[kind])) KNOWN_IDS.set(id.charCodeAt(0) * 65536 + id.charCodeAt(1), id);
}
for (const id of Object.keys(LEGACY_LAYOUTS)) KNOWN_IDS.set(id.charCodeAt(0) * 65536 + id.charCodeAt(1), id);

function recordId(lf: LineFields): string {
  const a = lf.start[0]!;
  if (lf.end[0]! - a === 2) {
    const t = lf.text;
    const id = KNOWN_IDS.get(t.charCodeAt(a) * 65536 + t.charCodeAt(a + 1));
    if (id !== undefined) return id;
  }
  return lf.str(0);
}

function fieldName(layout: RecordLayout, index: number): string {
  return layout.fields[index]?.name ?? '';
}
