/**
 * The registries and change files intake needs next to the claims, UTF-8 CSV with a header
 * (formats: docs/formats/registry-csv.md and eligibility-csv.md):
 *   registry/insurers.csv, providers.csv, households.csv, insured.csv, public-expense-recipients.csv
 *   eligibility/<insurerNumber>.csv — that insurer's 取得・喪失・変更 events of the service month.
 * Rows are written as households are generated; eligibility files are buffered per insurer and
 * appended in chunks, so no descriptor stays open.
 */
import { join } from 'node:path';
import { ACQUIRE_REASONS, LOSE_REASONS, type IncomeCategory } from '@kokuho/core/registry';
import type { SynthInsurer } from '../population/insurer-catalog.ts';
import type { Coverage } from '../population/coverage.ts';
import type { Household, Person } from '../population/population-types.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import type { PublicExpenseGrant } from '../claims/payer.ts';
import { ChunkedFile } from './chunked-file.ts';
import { csvLine } from './csv.ts';

export const INSURER_COLUMNS = ['insurerNumber', 'kind', 'lawNumber', 'prefecture', 'name', 'inFederation'] as const;
export const PROVIDER_COLUMNS = ['providerCode', 'localCode', 'feeTable', 'kind', 'name', 'beds', 'prefecture', 'municipality', 'departments', 'inHouseDispensing', 'phone', 'district'] as const;
export const HOUSEHOLD_COLUMNS = ['householdId', 'insurerNumber', 'householdNumber', 'householderName', 'householderPersonId', 'householderInsured', 'municipality', 'type', 'members', 'outOfPrefecture'] as const;
export const INSURED_COLUMNS = [
  'personId', 'householdId', 'insurerNumber', 'cardSymbol', 'cardNumber', 'cardBranch', 'name', 'nameKana', 'sex', 'birthDate',
  'relation', 'isHouseholder', 'incomeCategory', 'copayPercent', 'acquiredOn', 'lostOn', 'acquireReason', 'loseReason',
] as const;
export const RECIPIENT_COLUMNS = ['personId', 'householdId', 'lawNumber', 'payerNumber', 'recipientNumber', 'name', 'birthDate', 'validFrom', 'validTo', 'program'] as const;
export const ELIGIBILITY_COLUMNS = [
  'insurerNumber', 'event', 'eventDate', 'personId', 'householdId', 'cardSymbol', 'cardNumber', 'cardBranch',
  'previousCardSymbol', 'previousCardNumber', 'previousCardBranch', 'reason', 'reasonLabel', 'name', 'birthDate',
] as const;

const EVENT_LABELS = { acquire: '取得', lose: '喪失', change: '変更' } as const;
const CHANGE_LABELS: Readonly<Record<string, string>> = { householderChange: '世帯主変更', nameChange: '氏名変更', cardReissue: '記号番号変更' };
const PROGRAMS: Readonly<Record<string, string>> = { '12': '生活保護法 医療扶助', '21': '障害者総合支援法 精神通院医療', '54': '難病法 特定医療' };

export function personName(p: Person): string {
  return p.latinName ? `${p.familyName} ${p.givenName}` : `${p.familyName}　${p.givenName}`;
}

export class RegistryFiles {
  private readonly files = new Map<string, ChunkedFile>();
  private readonly eligibility = new Map<string, ChunkedFile>();
  counts = { households: 0, insured: 0, recipients: 0, eligibilityEvents: 0, providers: 0 };

  constructor(private readonly outDir: string) {
    this.open('registry/insurers.csv', INSURER_COLUMNS);
    this.open('registry/providers.csv', PROVIDER_COLUMNS);
    this.open('registry/households.csv', HOUSEHOLD_COLUMNS);
    this.open('registry/insured.csv', INSURED_COLUMNS);
    this.open('registry/public-expense-recipients.csv', RECIPIENT_COLUMNS);
  }

  private open(path: string, columns: readonly string[]): void {
    const f = new ChunkedFile(join(this.outDir, path));
    f.write(csvLine(columns));
    this.files.set(path, f);
  }

  private row(path: string, values: readonly (string | number | boolean | undefined)[]): void {
    this.files.get(path)!.write(csvLine(values));
  }

  insurers(list: readonly SynthInsurer[]): void {
    for (const i of list) this.row('registry/insurers.csv', [i.number, i.kind, i.lawNumber, i.prefecture, i.name, i.inFederation]);
  }

  provider(p: SynthProvider): void {
    this.counts.providers++;
    this.row('registry/providers.csv', [
      p.nationalCode, p.code, p.feeTable, p.kind, p.name, p.beds, p.prefecture, p.municipalityName,
      p.departments.join(' '), p.inHouseDispensing, p.phone, p.district,
    ]);
  }

  /** One row per insurer under which the household has members this month (擬制世帯主 when the householder is not one of them). */
  household(h: Household, byInsurer: ReadonlyMap<string, { number: string; persons: Person[] }>): void {
    const head = h.members.find((m) => m.relation === 'householder') ?? h.members[0]!;
    for (const [insurer, g] of [...byInsurer].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      this.counts.households++;
      this.row('registry/households.csv', [
        h.id, insurer, g.number, personName(head), head.id, g.persons.includes(head), h.municipality.name, h.type, g.persons.length, h.outOfPrefecture,
      ]);
    }
  }

  insured(p: Person, c: Coverage, category: IncomeCategory, copayPercent: number): void {
    this.counts.insured++;
    this.row('registry/insured.csv', [
      p.id, p.household.id, c.insurer.number, c.symbol, c.number, c.branch, personName(p), `${p.familyKana}　${p.givenKana}`,
      p.sex, p.birthDate, p.relation, p.relation === 'householder', category, copayPercent, c.acquiredOn, c.lostOn,
      c.startedByChange ? 'other' : c.acquireReason, c.loseReason,
    ]);
  }

  recipient(p: Person, g: PublicExpenseGrant, validFrom: string, validTo: string | undefined): void {
    this.counts.recipients++;
    this.row('registry/public-expense-recipients.csv', [
      p.id, p.household.id, g.law, g.payerNumber, g.beneficiaryNumber, personName(p), p.birthDate, validFrom, validTo, PROGRAMS[g.law],
    ]);
  }

  /** The month's 取得・喪失・変更 of a person's coverage periods, into each insurer's change file. */
  events(p: Person, periods: readonly Coverage[], monthFirst: string, monthLast: string): void {
    const inMonth = (d: string | undefined): d is string => d !== undefined && d >= monthFirst && d <= monthLast;
    periods.forEach((c, i) => {
      const next = periods[i + 1];
      if (inMonth(c.acquiredOn)) {
        if (c.startedByChange) {
          const prev = periods[i - 1];
          this.event(c.insurer.number, 'change', c.acquiredOn, p, c, prev, c.changeReason ?? 'cardReissue', CHANGE_LABELS[c.changeReason ?? 'cardReissue'] ?? '変更');
        } else this.event(c.insurer.number, 'acquire', c.acquiredOn, p, c, undefined, c.acquireReason, ACQUIRE_REASONS[c.acquireReason]);
      }
      if (inMonth(c.lostOn) && c.loseReason && !next?.startedByChange) {
        this.event(c.insurer.number, 'lose', c.lostOn, p, c, undefined, c.loseReason, LOSE_REASONS[c.loseReason]);
      }
    });
  }

  private event(insurer: string, kind: keyof typeof EVENT_LABELS, date: string, p: Person, c: Coverage, prev: Coverage | undefined, reason: string, label: string): void {
    this.counts.eligibilityEvents++;
    const path = `eligibility/${insurer}.csv`;
    let f = this.eligibility.get(path);
    if (!f) {
      f = new ChunkedFile(join(this.outDir, path), 64 << 10);
      f.write(csvLine(ELIGIBILITY_COLUMNS));
      this.eligibility.set(path, f);
    }
    f.write(csvLine([
      insurer, EVENT_LABELS[kind], date, p.id, p.household.id, c.symbol, c.number, c.branch,
      prev?.symbol, prev?.number, prev?.branch, reason, label, personName(p), p.birthDate,
    ]));
  }

  /** Closes everything; returns [relative path, bytes, sha256]. */
  close(): { path: string; bytes: number; sha256: string }[] {
    const out: { path: string; bytes: number; sha256: string }[] = [];
    for (const [path, f] of [...this.files, ...this.eligibility]) out.push({ path, bytes: f.bytes, sha256: f.close() });
    return out;
  }
}
