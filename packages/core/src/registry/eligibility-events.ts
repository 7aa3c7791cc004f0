/**
 * 資格異動 (eligibility change events: 取得・喪失・変更) as insurers send them
 * (docs/formats/eligibility-csv.md), their parser, and how they change a person's coverage periods.
 *
 * Applying is idempotent by construction: each event states the end state it wants (a period that
 * starts, ends or changes card on a date) and is a no-op when the periods already show it. So the
 * same file may be loaded twice, and a file whose events are already in insured.csv changes nothing.
 */
import { normalizeCardText, parseInsuranceCard, type InsuranceCard } from './insurance-card.ts';
import { isAcquireReason, isLoseReason, type AcquireReason, type LoseReason } from './eligibility-reasons.ts';
import { parseFederationInsurerNumber } from './insurer-number.ts';
import { readCsvText, type CsvRow, type CsvRowError } from './registry-csv.ts';
import type { EligibilityPeriod } from './registry-types.ts';
import type { IsoDate } from '../common/dates.ts';
import { fail, type Result } from '../common/result.ts';

export const ELIGIBILITY_EVENT_KINDS = { acquire: '取得', lose: '喪失', change: '変更' } as const;
export type EligibilityEventKind = keyof typeof ELIGIBILITY_EVENT_KINDS;

/** 変更 reasons: the card changes, the coverage goes on. */
export const CARD_CHANGE_REASONS = { householderChange: '世帯主変更', nameChange: '氏名変更', cardReissue: '記号番号変更' } as const;
export type CardChangeReason = keyof typeof CARD_CHANGE_REASONS;
export const isCardChangeReason = (s: string): s is CardChangeReason => Object.prototype.hasOwnProperty.call(CARD_CHANGE_REASONS, s);

interface EventCommon {
  insurerNumber: string;
  /** 取得: first covered day; 喪失: first day not covered; 変更: first day of the new card. */
  eventDate: IsoDate;
  personId: string;
  householdId: string | undefined;
  /** 取得・喪失: that coverage's card; 変更: the new card. */
  card: InsuranceCard;
  name: string | undefined;
  birthDate: IsoDate | undefined;
  /** Where the event was read, for reports. */
  source?: { file: string; line: number };
}

export type EligibilityEvent =
  | (EventCommon & { kind: 'acquire'; reason: AcquireReason })
  | (EventCommon & { kind: 'lose'; reason: LoseReason })
  | (EventCommon & { kind: 'change'; reason: CardChangeReason; previousCard: InsuranceCard });

export const ELIGIBILITY_EVENT_COLUMNS = ['insurerNumber', 'event', 'eventDate', 'personId', 'cardNumber', 'reason'] as const;

const KIND_BY_LABEL: Readonly<Record<string, EligibilityEventKind>> = { 取得: 'acquire', 喪失: 'lose', 変更: 'change' };

function card(row: CsvRow, prefix: '' | 'previous'): InsuranceCard {
  const col = (name: string) => (prefix ? `previousCard${name}` : `card${name}`);
  const r = parseInsuranceCard({ symbol: row.text(col('Symbol')), number: row.text(col('Number')), branch: row.text(col('Branch')) });
  if (!r.ok) for (const e of r.errors) row.error(e.field === 'branch' ? col('Branch') : col('Number'), e.message);
  return r.ok ? r.value : { symbol: '', number: '', branch: '' };
}

/** One data row → an event (file and line in `source`). */
export function eligibilityEventFromCsv(row: CsvRow, file: string): Result<EligibilityEvent, CsvRowError> {
  const label = row.required('event');
  const kind = KIND_BY_LABEL[label];
  if (label !== '' && !kind) row.error('event', `取得・喪失・変更 のいずれかです: ${label}`);
  const insurer = parseFederationInsurerNumber(row.text('insurerNumber'));
  if (!insurer.ok) row.error('insurerNumber', insurer.errors[0]!.message);
  // The file of an insurer holds its own events only (eligibility/<保険者番号>.csv).
  const fileInsurer = /(?:^|\/)(\d{6}|\d{8})\.csv$/.exec(file)?.[1];
  if (insurer.ok && fileInsurer && fileInsurer !== insurer.value.value) row.error('insurerNumber', `ファイル名の保険者番号（${fileInsurer}）と違います: ${insurer.value.value}`);
  const common: EventCommon = {
    insurerNumber: insurer.ok ? insurer.value.value : '',
    eventDate: row.date('eventDate'),
    personId: row.required('personId'),
    householdId: row.optional('householdId'),
    card: card(row, ''),
    name: row.optional('name'),
    birthDate: row.optionalDate('birthDate'),
    source: { file, line: row.line },
  };
  const reason = row.required('reason');
  const unknownReason = () => row.error('reason', `${label}の事由コードとして定義されていません: ${reason}`);
  switch (kind) {
    case 'acquire':
      if (reason !== '' && !isAcquireReason(reason)) unknownReason();
      return row.result<EligibilityEvent>({ ...common, kind, reason: reason as AcquireReason });
    case 'lose':
      if (reason !== '' && !isLoseReason(reason)) unknownReason();
      return row.result<EligibilityEvent>({ ...common, kind, reason: reason as LoseReason });
    case 'change':
      if (reason !== '' && !isCardChangeReason(reason)) unknownReason();
      return row.result<EligibilityEvent>({ ...common, kind, reason: reason as CardChangeReason, previousCard: card(row, 'previous') });
    default:
      return fail(...row.errors);
  }
}

/** A whole change file's text → its events and the rows refused (each with file, line, column, message). */
export function parseEligibilityEvents(text: string, file: string): { events: EligibilityEvent[]; errors: CsvRowError[] } {
  const r = readCsvText(file, text, ELIGIBILITY_EVENT_COLUMNS, (row) => eligibilityEventFromCsv(row, file));
  return { events: r.values.map((v) => v.value), errors: r.errors };
}

/** Why an event could not be applied to the periods. */
export interface EligibilityEventProblem {
  event: EligibilityEvent;
  code: 'otherPerson' | 'notCovered' | 'conflict';
  message: string;
}

export interface EventApplication {
  /** Every period of the person after the events, by 取得日. */
  periods: EligibilityPeriod[];
  /** The periods that are new or differ from the input: what to upsert (empty when nothing changed). */
  upsert: EligibilityPeriod[];
  /** Events applied or found already applied. */
  applied: number;
  problems: EligibilityEventProblem[];
}

const sameCard = (a: InsuranceCard, b: InsuranceCard): boolean =>
  normalizeCardText(a.symbol) === normalizeCardText(b.symbol) && normalizeCardText(a.number) === normalizeCardText(b.number) && normalizeCardText(a.branch) === normalizeCardText(b.branch);
const cardText = (c: InsuranceCard): string => [c.symbol, c.number, c.branch].filter(Boolean).join('-');
const samePeriod = (a: EligibilityPeriod, b: EligibilityPeriod): boolean =>
  a.insurerNumber === b.insurerNumber && sameCard(a.card, b.card) && a.lostOn === b.lostOn && a.acquireReason === b.acquireReason && a.loseReason === b.loseReason;

/** On one day, endings come before starts: 75歳到達 closes 国保 and opens 後期 on the same date. */
const KIND_ORDER: Record<EligibilityEventKind, number> = { lose: 0, change: 1, acquire: 2 };

export function sortEligibilityEvents<E extends EligibilityEvent>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => (a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
}

/**
 * Applies one person's events (any order: they are sorted by date) to that person's periods.
 *  - 取得: opens [eventDate, …) under the event's insurer and card;
 *  - 喪失: the period of that insurer and card covering the day before eventDate ends on eventDate
 *    (lostOn = eventDate, loseReason = the event's reason);
 *  - 変更: the previous card's period ends on eventDate (loseReason `other`, 記号番号の変更) and the new
 *    card's period starts that day (acquireReason `other`), inheriting an end already known.
 * An event that contradicts the periods (nothing to end, another period already there) is reported
 * and leaves them unchanged; periods are never deleted.
 */
export function applyEligibilityEvents(periods: readonly EligibilityPeriod[], events: readonly EligibilityEvent[]): EventApplication {
  const byStart = new Map(periods.map((p) => [p.acquiredOn, { ...p }]));
  const problems: EligibilityEventProblem[] = [];
  let applied = 0;
  const personId = events[0]?.personId ?? periods[0]?.personId;
  const problem = (event: EligibilityEvent, code: EligibilityEventProblem['code'], message: string) => problems.push({ event, code, message });
  const ofCard = (insurer: string, c: InsuranceCard) => [...byStart.values()].filter((p) => p.insurerNumber === insurer && sameCard(p.card, c));
  /** The period that covered the day before `d` and ends on `d` or later. */
  const endingAt = (insurer: string, c: InsuranceCard, d: IsoDate) => ofCard(insurer, c).find((p) => p.acquiredOn < d && (p.lostOn === undefined || p.lostOn >= d));
  /** Would [from, to) overlap a period other than `except`? */
  const overlaps = (from: IsoDate, to: IsoDate | undefined, except?: EligibilityPeriod) =>
    [...byStart.values()].some((p) => p !== except && (to === undefined || p.acquiredOn < to) && (p.lostOn === undefined || p.lostOn > from));

  for (const e of sortEligibilityEvents(events)) {
    if (e.personId !== personId) {
      problem(e, 'otherPerson', `他の被保険者（${personId}）の異動と一緒に渡されました: ${e.personId}`);
      continue;
    }
    const d = e.eventDate;
    if (e.kind === 'lose') {
      const p = endingAt(e.insurerNumber, e.card, d);
      if (!p) {
        problem(e, 'notCovered', `喪失日（${d}）の前日に、この証（${cardText(e.card)}）の資格がありません`);
        continue;
      }
      // An end already recorded later is moved back: the insurer's 喪失 is the authority on it.
      p.lostOn = d;
      p.loseReason = e.reason;
    } else if (e.kind === 'change') {
      const started = byStart.get(d);
      if (started) {
        if (started.insurerNumber !== e.insurerNumber || !sameCard(started.card, e.card)) {
          problem(e, 'conflict', `変更日（${d}）に始まる別の資格（${started.insurerNumber} ${cardText(started.card)}）があります`);
          continue;
        }
        applied++; // the new card's period is there already
        continue;
      }
      const old = endingAt(e.insurerNumber, e.previousCard, d);
      if (!old) {
        problem(e, 'notCovered', `変更日（${d}）の前日に、変更前の証（${cardText(e.previousCard)}）の資格がありません`);
        continue;
      }
      const tail = old.lostOn === d ? { lostOn: undefined, loseReason: undefined } : { lostOn: old.lostOn, loseReason: old.loseReason };
      if (tail.lostOn === undefined && overlaps(d, undefined, old)) {
        problem(e, 'conflict', `変更日（${d}）より後に始まる資格があります`);
        continue;
      }
      old.lostOn = d;
      old.loseReason = 'other';
      byStart.set(d, { personId: e.personId, insurerNumber: e.insurerNumber, card: e.card, acquiredOn: d, ...tail, acquireReason: 'other' });
    } else {
      const same = byStart.get(d);
      if (same) {
        if (same.insurerNumber !== e.insurerNumber || !sameCard(same.card, e.card)) {
          problem(e, 'conflict', `取得日（${d}）に始まる別の資格（${same.insurerNumber} ${cardText(same.card)}）があります`);
          continue;
        }
        same.acquireReason = e.reason;
      } else if (overlaps(d, undefined)) {
        problem(e, 'conflict', `取得日（${d}）以後に有効な資格があります`);
        continue;
      } else {
        byStart.set(d, { personId: e.personId, insurerNumber: e.insurerNumber, card: e.card, acquiredOn: d, lostOn: undefined, acquireReason: e.reason, loseReason: undefined });
      }
    }
    applied++;
  }

  const before = new Map(periods.map((p) => [p.acquiredOn, p]));
  const after = [...byStart.values()].sort((a, b) => (a.acquiredOn < b.acquiredOn ? -1 : 1));
  const upsert = after.filter((p) => {
    const b = before.get(p.acquiredOn);
    return !b || !samePeriod(b, p);
  });
  return { periods: after, upsert, applied, problems };
}
