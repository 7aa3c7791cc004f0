import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEligibilityEvents, parseEligibilityEvents, type EligibilityEvent } from './eligibility-events.ts';
import type { EligibilityPeriod } from './registry-types.ts';

// Numbers with real check digits, as the generator writes them (federation 13).
const HINO = '131359'; // 市町村国保
const OTHER_CITY = '131391';
const LATE = '39131354'; // 後期高齢者医療広域連合

const HEADER =
  'insurerNumber,event,eventDate,personId,householdId,cardSymbol,cardNumber,cardBranch,previousCardSymbol,previousCardNumber,previousCardBranch,reason,reasonLabel,name,birthDate';

test('parse: rows of the generator become events with file and line', () => {
  const text = [
    HEADER,
    `${HINO},喪失,2025-05-04,P0000009050,H000000905,3046,0000905,01,,,,lateElderlyTransition,後期高齢者医療へ移行,田中　進,1950-05-04`,
    `${HINO},変更,2025-05-03,P0000005050,H000000505,3554,0000505,01,6955,0000505,01,cardReissue,記号番号変更,鈴木　湊,1992-04-10`,
    `${HINO},取得,2025-05-26,P0000005840,H000000584,9739,0000584,01,,,,leftEmployeeInsurance,社保離脱,"阿部, 誠",1966-06-25`,
  ].join('\n');
  const r = parseEligibilityEvents(`${text}\n`, `eligibility/${HINO}.csv`);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.events.map((e) => [e.kind, e.eventDate, e.personId, e.reason, e.source?.line]), [
    ['lose', '2025-05-04', 'P0000009050', 'lateElderlyTransition', 2],
    ['change', '2025-05-03', 'P0000005050', 'cardReissue', 3],
    ['acquire', '2025-05-26', 'P0000005840', 'leftEmployeeInsurance', 4],
  ]);
  const change = r.events[1]!;
  assert.ok(change.kind === 'change');
  assert.deepEqual([change.card, change.previousCard], [{ symbol: '3554', number: '0000505', branch: '01' }, { symbol: '6955', number: '0000505', branch: '01' }]);
  assert.equal(r.events[2]!.name, '阿部, 誠');
});

test('parse: each bad row is reported with file, line, column and a Japanese message; the others are read', () => {
  const file = `eligibility/${HINO}.csv`;
  const ok = `${HINO},喪失,2025-05-06,P1,H1,1,0000001,01,,,,death,死亡,甲,1950-01-01`;
  const rows: [string, string, RegExp][] = [
    [`${HINO},喪失,2025-02-30,P1,H1,1,0000001,01,,,,death,死亡,甲,1950-01-01`, 'eventDate', /異動年月日: 日付が正しくありません/],
    [`${HINO},転籍,2025-05-06,P1,H1,1,0000001,01,,,,death,死亡,甲,1950-01-01`, 'event', /異動区分: 取得・喪失・変更 のいずれかです: 転籍/],
    [`${HINO},喪失,2025-05-06,,H1,1,0000001,01,,,,death,死亡,甲,1950-01-01`, 'personId', /個人ID: 値がありません/],
    [`${HINO},喪失,2025-05-06,P1,H1,1,0000001,01,,,,ageReached,年齢到達,甲,1950-01-01`, 'reason', /事由コード: 喪失の事由コードとして定義されていません: ageReached/],
    [`${HINO},変更,2025-05-06,P1,H1,1,0000001,01,,,,cardReissue,記号番号変更,甲,1950-01-01`, 'previousCardNumber', /変更前の番号: 被保険者証の番号: 値がありません/],
    [`${OTHER_CITY},喪失,2025-05-06,P1,H1,1,0000001,01,,,,death,死亡,甲,1950-01-01`, 'insurerNumber', /ファイル名の保険者番号/],
    [`131350,喪失,2025-05-06,P1,H1,1,0000001,01,,,,death,死亡,甲,1950-01-01`, 'insurerNumber', /検証番号が一致しません/],
    [`${HINO},喪失,2025-05-06,P1`, '', /列の数が見出しと違います/],
  ];
  const text = [HEADER, ok, ...rows.map((r) => r[0]), ok].join('\n');
  const r = parseEligibilityEvents(text, file);
  assert.equal(r.events.length, 2);
  assert.deepEqual(r.events.map((e) => e.source?.line), [2, rows.length + 3]);
  rows.forEach(([, field, message], i) => {
    const errs = r.errors.filter((e) => e.line === i + 3);
    assert.equal(errs.length, 1, `line ${i + 3}: ${JSON.stringify(errs)}`);
    assert.equal(errs[0]!.file, file);
    assert.equal(errs[0]!.field, field);
    assert.match(errs[0]!.message, message);
  });
});

test('parse: a header without a required column refuses the file at line 1', () => {
  const r = parseEligibilityEvents('insurerNumber,event\n131359,取得\n', 'x.csv');
  assert.deepEqual(r.events, []);
  assert.deepEqual(r.errors.map((e) => [e.line, e.field]), [[1, 'eventDate']]);
});

// --- applying events ---------------------------------------------------------------------------

const card = (symbol: string, number: string, branch: string) => ({ symbol, number, branch });
const nhiCard = card('3046', '0000905', '01');
const period = (insurerNumber: string, c: ReturnType<typeof card>, acquiredOn: string, lostOn?: string, extra: Partial<EligibilityPeriod> = {}): EligibilityPeriod => ({
  personId: 'P1',
  insurerNumber,
  card: c,
  acquiredOn,
  lostOn,
  acquireReason: 'leftEmployeeInsurance',
  loseReason: undefined,
  ...extra,
});
const common = { personId: 'P1', householdId: 'H1', name: undefined, birthDate: undefined };
const lose = (insurerNumber: string, c: ReturnType<typeof card>, eventDate: string, reason: EligibilityEvent['reason'] & string): EligibilityEvent =>
  ({ ...common, kind: 'lose', insurerNumber, card: c, eventDate, reason }) as EligibilityEvent;
const acquire = (insurerNumber: string, c: ReturnType<typeof card>, eventDate: string, reason: string): EligibilityEvent =>
  ({ ...common, kind: 'acquire', insurerNumber, card: c, eventDate, reason }) as EligibilityEvent;
const change = (insurerNumber: string, previousCard: ReturnType<typeof card>, c: ReturnType<typeof card>, eventDate: string): EligibilityEvent => ({
  ...common, kind: 'change', insurerNumber, card: c, previousCard, eventDate, reason: 'cardReissue',
});

const show = (ps: readonly EligibilityPeriod[]) => ps.map((p) => `${p.insurerNumber} ${p.card.symbol}/${p.card.number}/${p.card.branch} [${p.acquiredOn}, ${p.lostOn ?? '…'}) ${p.acquireReason}→${p.loseReason ?? ''}`);

const CASES: { name: string; periods: EligibilityPeriod[]; events: EligibilityEvent[]; after: string[]; upserts: number; problems?: string[] }[] = [
  {
    name: '75歳到達: 国保 lost on the birthday, 後期 acquired the same day (events in either order)',
    periods: [period(HINO, nhiCard, '2015-04-01')],
    events: [acquire(LATE, card('', '00009050', ''), '2025-05-04', 'ageReached'), lose(HINO, nhiCard, '2025-05-04', 'lateElderlyTransition')],
    after: [
      `${HINO} 3046/0000905/01 [2015-04-01, 2025-05-04) leftEmployeeInsurance→lateElderlyTransition`,
      `${LATE} /00009050/ [2025-05-04, …) ageReached→`,
    ],
    upserts: 2,
  },
  {
    name: '転居 within the prefecture: lost at the old city, acquired at the new one',
    periods: [period(HINO, card('5425', '0000764', '01'), '2012-07-01')],
    events: [lose(HINO, card('5425', '0000764', '01'), '2025-05-05', 'moveWithinPrefecture'), acquire(OTHER_CITY, card('8214', '0000764', '01'), '2025-05-05', 'moveWithinPrefecture')],
    after: [
      `${HINO} 5425/0000764/01 [2012-07-01, 2025-05-05) leftEmployeeInsurance→moveWithinPrefecture`,
      `${OTHER_CITY} 8214/0000764/01 [2025-05-05, …) moveWithinPrefecture→`,
    ],
    upserts: 2,
  },
  {
    name: '死亡: lost the day after death',
    periods: [period(LATE, card('', '00002400', ''), '2018-09-18', undefined, { acquireReason: 'ageReached' })],
    events: [lose(LATE, card('', '00002400', ''), '2025-05-20', 'death')],
    after: [`${LATE} /00002400/ [2018-09-18, 2025-05-20) ageReached→death`],
    upserts: 1,
  },
  {
    name: '記号番号変更: the old card ends, the new card begins the same day (card text in full width matches)',
    periods: [period(HINO, card('6955', '0000505', '01'), '2016-04-01')],
    events: [change(HINO, card('６９５５', '００００５０５', '01'), card('3554', '0000505', '01'), '2025-05-03')],
    after: [
      `${HINO} 6955/0000505/01 [2016-04-01, 2025-05-03) leftEmployeeInsurance→other`,
      `${HINO} 3554/0000505/01 [2025-05-03, …) other→`,
    ],
    upserts: 2,
  },
  {
    name: '変更 before a 喪失 already known: the new card inherits the end',
    periods: [period(HINO, card('6955', '0000505', '01'), '2016-04-01', '2025-05-20', { loseReason: 'death' })],
    events: [change(HINO, card('6955', '0000505', '01'), card('3554', '0000505', '01'), '2025-05-03')],
    after: [
      `${HINO} 6955/0000505/01 [2016-04-01, 2025-05-03) leftEmployeeInsurance→other`,
      `${HINO} 3554/0000505/01 [2025-05-03, 2025-05-20) other→death`,
    ],
    upserts: 2,
  },
  {
    name: '取得 of a newborn: the first period, from the birth date',
    periods: [],
    events: [acquire(HINO, card('7445', '0000002', '03'), '2025-05-12', 'birth')],
    after: [`${HINO} 7445/0000002/03 [2025-05-12, …) birth→`],
    upserts: 1,
  },
  {
    name: 'an event repeated twice is applied once',
    periods: [period(HINO, nhiCard, '2015-04-01')],
    events: [lose(HINO, nhiCard, '2025-05-12', 'joinedEmployeeInsurance'), lose(HINO, nhiCard, '2025-05-12', 'joinedEmployeeInsurance')],
    after: [`${HINO} 3046/0000905/01 [2015-04-01, 2025-05-12) leftEmployeeInsurance→joinedEmployeeInsurance`],
    upserts: 1,
  },
  {
    name: 'periods that already show the events (insured.csv after the month) change nothing',
    periods: [period(HINO, nhiCard, '2015-04-01', '2025-05-04', { loseReason: 'lateElderlyTransition' }), period(LATE, card('', '00009050', ''), '2025-05-04', undefined, { acquireReason: 'ageReached' })],
    events: [lose(HINO, nhiCard, '2025-05-04', 'lateElderlyTransition'), acquire(LATE, card('', '00009050', ''), '2025-05-04', 'ageReached')],
    after: [
      `${HINO} 3046/0000905/01 [2015-04-01, 2025-05-04) leftEmployeeInsurance→lateElderlyTransition`,
      `${LATE} /00009050/ [2025-05-04, …) ageReached→`,
    ],
    upserts: 0,
  },
  {
    name: '喪失 of a card the person never held, 取得 over a running period: reported, periods unchanged',
    periods: [period(HINO, nhiCard, '2015-04-01')],
    events: [lose(HINO, card('9999', '0000905', '01'), '2025-05-12', 'death'), acquire(OTHER_CITY, card('1', '2', '01'), '2025-05-12', 'moveIn')],
    after: [`${HINO} 3046/0000905/01 [2015-04-01, …) leftEmployeeInsurance→`],
    upserts: 0,
    problems: ['notCovered', 'conflict'],
  },
  {
    name: '喪失 on the 取得日 covers nothing and is refused',
    periods: [period(HINO, nhiCard, '2025-05-12')],
    events: [lose(HINO, nhiCard, '2025-05-12', 'death')],
    after: [`${HINO} 3046/0000905/01 [2025-05-12, …) leftEmployeeInsurance→`],
    upserts: 0,
    problems: ['notCovered'],
  },
];

for (const c of CASES) {
  test(`apply: ${c.name}`, () => {
    const r = applyEligibilityEvents(c.periods, c.events);
    assert.deepEqual(show(r.periods), c.after);
    assert.equal(r.upsert.length, c.upserts);
    assert.deepEqual(r.problems.map((p) => p.code), c.problems ?? []);
    assert.equal(r.applied, c.events.length - (c.problems?.length ?? 0));
    for (const p of r.problems) assert.match(p.message, /[\u3040-\u30ff\u4e00-\u9fff]/);
    // Idempotent: the same events on the result change nothing more.
    const again = applyEligibilityEvents(r.periods, c.events);
    assert.deepEqual(again.upsert, []);
    assert.deepEqual(show(again.periods), c.after);
    // The input is not modified.
    assert.deepEqual(show(applyEligibilityEvents(c.periods, []).periods), show(c.periods));
  });
}

test('apply: an event of another person is refused, not applied', () => {
  const r = applyEligibilityEvents([period(HINO, nhiCard, '2015-04-01')], [lose(HINO, nhiCard, '2025-05-12', 'death'), { ...lose(HINO, nhiCard, '2025-05-13', 'death'), personId: 'P2' }]);
  assert.deepEqual(r.problems.map((p) => p.code), ['otherPerson']);
  assert.equal(r.upsert.length, 1);
});
