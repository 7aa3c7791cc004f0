/**
 * 受付 of a whole file: its header (IR / YK / UK) must name the 国保連合会 of this prefecture, a provider
 * the federation knows and the month being received; its structure (record order, GO totals, …)
 * must be sound. Any of these refuses the file with a reasoned list (受付エラー).
 */
import { addMonths, compactToYearMonth, type YearMonth } from '../common/dates.ts';
import { isProviderRecord } from '../uke/guards.ts';
import type { UkeError, UkeHeaderRecord, UkeKind } from '../uke/types.ts';
import { FILE_ERROR_MESSAGES, type FileErrorCode } from './intake-codes.ts';

/** A 受付エラー: why the file is refused, and where. */
export interface FileError {
  code: string;
  line: number;
  record: string;
  field: string;
  message: string;
}

export interface FileHeader {
  kind: UkeKind;
  record: string;
  line: number;
  reviewOrganization: string;
  prefecture: string;
  feeTable: string;
  /** 7-digit code as written */
  localCode: string;
  billingMonth: YearMonth | undefined;
}

export function fileError(code: FileErrorCode, line: number, record: string, field: string, detail?: string): FileError {
  const base = FILE_ERROR_MESSAGES[code];
  return { code, line, record, field, message: detail ? `${base}（${detail}）` : base };
}

export function readHeader(kind: UkeKind, record: UkeHeaderRecord): FileHeader {
  if (isProviderRecord(record)) {
    return {
      kind, record: 'IR', line: record.line, reviewOrganization: record.reviewOrganization, prefecture: record.prefecture,
      feeTable: record.feeTable, localCode: record.providerCode, billingMonth: /^\d{4}-\d{2}$/.test(record.billingMonth) ? record.billingMonth : undefined,
    };
  }
  // YK (調剤) and UK (歯科) share these positions; 請求年月 is the 7th field.
  const r = record.raw;
  return {
    kind, record: record.id, line: record.line, reviewOrganization: r[1] ?? '', prefecture: r[2] ?? '', feeTable: r[3] ?? '',
    localCode: r[4] ?? '', billingMonth: compactToYearMonth(r[7] ?? ''),
  };
}

/** The 10-digit 医療機関コード (都道府県 + 点数表 + 7 digits) the registry uses. */
export function providerCodeOf(h: FileHeader): string | undefined {
  const code = `${h.prefecture}${h.feeTable}${h.localCode}`;
  return /^\d{10}$/.test(code) ? code : undefined;
}

export interface HeaderContext {
  federation: string;
  /** 診療年月 of the batch: files are billed (請求年月) the month after. */
  month: YearMonth;
  /** The provider is in the federation's registry. */
  providerKnown: boolean;
  /** When the file was uploaded by a provider: its own 10-digit code. */
  expectProvider?: string | undefined;
}

export function headerErrors(h: FileHeader, ctx: HeaderContext): FileError[] {
  const out: FileError[] = [];
  if (h.reviewOrganization !== '2') out.push(fileError('INT-F002', h.line, h.record, 'reviewOrganization', `記録 ${h.reviewOrganization || '（空欄）'}`));
  if (h.prefecture !== ctx.federation) out.push(fileError('INT-F003', h.line, h.record, 'prefecture', `記録 ${h.prefecture || '（空欄）'}、連合会 ${ctx.federation}`));
  const expected = addMonths(ctx.month, 1);
  if (h.billingMonth !== expected) {
    out.push(fileError('INT-F005', h.line, h.record, 'billingMonth', `記録 ${h.billingMonth ?? '（不正）'}、診療年月 ${ctx.month} の請求は ${expected}`));
  }
  const code = providerCodeOf(h);
  if (ctx.expectProvider !== undefined && code !== ctx.expectProvider) {
    out.push(fileError('INT-F006', h.line, h.record, 'providerCode', `ファイル ${code ?? h.localCode}、送信元 ${ctx.expectProvider}`));
  } else if (h.prefecture === ctx.federation && !ctx.providerKnown) {
    out.push(fileError('INT-F004', h.line, h.record, 'providerCode', code ?? h.localCode));
  }
  return out;
}

/** The reader's errors that concern the file as a whole keep their UKE code; warnings do not refuse. */
export function structuralErrors(errors: readonly UkeError[]): FileError[] {
  return errors.filter((e) => e.severity === 'error').map((e) => ({ code: e.code, line: e.line, record: e.record, field: e.field, message: e.message }));
}
