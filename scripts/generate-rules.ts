/**
 * Writes the computer-check rules that the official base masters define by themselves
 * (docs/design/rules-sources.md §3) into rules/generated/: the catalogue, one decision table per
 * kind and tests.csv (a `fire` and a `pass` case for every rule, in the notation of
 * packages/core/src/rules/rule-test-notation.ts).
 *
 *   node --import tsx scripts/generate-rules.ts [MASTERS_DIR]
 *
 * MASTERS_DIR defaults to ../shared/data/masters/base (S 医科診療行為, Y 医薬品, B 傷病名); the rules
 * are read from the masters of service month 2024-07. Output is sorted and byte-stable: files whose
 * content is unchanged are not rewritten, and a kind table of an earlier run that no longer has
 * rows is removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, ageOn, type IsoDate } from '@kokuho/core/common';
import { decodeAgeLimit, type AgeLimit, type DiagnosisEntry, type DrugEntry, type ProcedureEntry } from '@kokuho/core/masters';
import { loadMasters } from '@kokuho/synth';
import { birthForAge, readRuleFiles, RULE_KINDS, RULE_TABLE_COLUMNS, type RuleDefinition, type RuleKind } from '@kokuho/core/rules';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mastersDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'masters'));
const outDir = join(root, 'rules', 'generated');

const MONTH = '2024-07';
const MONTH_START: IsoDate = '2024-07-01';
const EFFECTIVE_FROM: IsoDate = '2024-06-01';
/** A diagnosis that no rule asks for (急性咽頭炎), so that a claim is not without one. */
const HARMLESS_DX = '8832280';

// ---------------------------------------------------------------------------------------------
// Rules as generated

type Row = Record<string, string>;

interface TestCase {
  name: string;
  expect: 'fire' | 'pass';
  claim: string;
}

interface GeneratedRule extends Pick<RuleDefinition, 'ruleId' | 'kind' | 'title' | 'severity' | 'action' | 'reasonCode' | 'message' | 'source' | 'dataSource'> {
  family: string;
  rows: Row[];
  tests: TestCase[];
}

/** 部 of the 医科点数表 by the letter of the 区分番号. */
const PART_LABELS: Record<string, { short: string; part: string }> = {
  A: { short: '基本診療料', part: '第1章 基本診療料' },
  B: { short: '医学管理等', part: '第2章第1部 医学管理等' },
  C: { short: '在宅医療', part: '第2章第2部 在宅医療' },
  D: { short: '検査', part: '第2章第3部 検査' },
  E: { short: '画像診断', part: '第2章第4部 画像診断' },
  F: { short: '投薬', part: '第2章第5部 投薬' },
  G: { short: '注射', part: '第2章第6部 注射' },
  H: { short: 'リハビリテーション', part: '第2章第7部 リハビリテーション' },
  I: { short: '精神科専門療法', part: '第2章第8部 精神科専門療法' },
  J: { short: '処置', part: '第2章第9部 処置' },
  K: { short: '手術', part: '第2章第10部 手術' },
  L: { short: '麻酔', part: '第2章第11部 麻酔' },
  M: { short: '放射線治療', part: '第2章第12部 放射線治療' },
  N: { short: '病理診断', part: '第2章第13部 病理診断' },
  O: { short: 'その他', part: '第2章第14部 その他' },
};
const partOf = (letter: string): { short: string; part: string } => PART_LABELS[letter] ?? { short: letter, part: letter };

// ---------------------------------------------------------------------------------------------
// Masters

const loaded = loadMasters(mastersDir);
const snap = loaded.snapshot(MONTH);
const inForce = (e: { abolishedOn: IsoDate | undefined }): boolean => e.abolishedOn === undefined || e.abolishedOn >= MONTH_START;
const byCode = <T extends { code: string }>(a: T, b: T): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** S entries in force, without the items of the 医療観察診療報酬点数表 alone (S 項番21 = 4): never on a 国保 claim. */
const procedures: ProcedureEntry[] = [...snap.entries('S')].filter((e) => inForce(e) && e.raw[20] !== '4').sort(byCode);
const drugs: DrugEntry[] = [...snap.entries('Y')].filter(inForce).sort(byCode);
const diagnoses: DiagnosisEntry[] = [...snap.entries('B')].filter(inForce).sort(byCode);
const procedure = (code: string): ProcedureEntry | undefined => {
  const e = snap.procedure(code);
  return e && inForce(e) ? e : undefined;
};
if (!procedures.length) {
  console.error(`${mastersDir}: 医科診療行為マスターが読めません（${loaded.files.join(', ') || 'ファイルなし'}）`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Ages: the test claims pick an age (or a birth date) that is clearly inside or outside a band,
// away from its edges, so that they do not depend on how the edge day itself is judged.

interface AgeChoice {
  token: string;
  birth: IsoDate;
}

const AGE_CANDIDATES: AgeChoice[] = (() => {
  const out: AgeChoice[] = [];
  // Infants first (youngest first), then whole years (`age N`: born on the 15th of August, far from July).
  for (const birth of ['2024-07-01', '2024-06-28', '2024-06-24', '2024-06-18', '2024-06-10', '2024-06-01', '2024-05-20', '2024-05-01', '2024-04-10', '2024-03-15', '2024-02-20']) {
    out.push({ token: `born ${birth}`, birth });
  }
  for (let n = 0; n <= 100; n++) out.push({ token: `age ${n}`, birth: birthForAge(n, MONTH) });
  return out;
})();

/** The first day of the month after the `years`th birthday, or the 1 April of school entry (cf. age-check.ts). */
function limitDay(limit: AgeLimit, birth: IsoDate): IsoDate | undefined {
  const y = Number(birth.slice(0, 4));
  const md = birth.slice(5);
  switch (limit.kind) {
    case 'years': return `${y + limit.years}-${md}`;
    case 'days': return addDays(birth, limit.days);
    case 'monthAfterBirthday': {
      const m = Number(md.slice(0, 2));
      return m === 12 ? `${y + limit.years + 1}-01-01` : `${y + limit.years}-${String(m + 1).padStart(2, '0')}-01`;
    }
    case 'preschool': return `${md <= '04-01' ? y + 6 : y + 7}-04-01`;
    default: return undefined;
  }
}

type Verdict = 'ok' | 'bad' | 'unclear';

/** Is the band's `side` clearly kept (or clearly broken) on every billed day, by at least 3 days? */
function judge(code: string, side: 'min' | 'max', birth: IsoDate, days: readonly number[]): Verdict {
  const limit = decodeAgeLimit(code);
  if (limit.kind === 'none') return 'ok';
  if (limit.kind === 'unknown') return 'unclear';
  const reached = limitDay(limit, birth)!;
  const on = days.map((d) => `${MONTH}-${String(d).padStart(2, '0')}`);
  if (on.some((d) => d < birth)) return 'unclear';
  const before = on.every((d) => d < addDays(reached, -3));
  const after = on.every((d) => d >= addDays(reached, 3));
  if (limit.kind === 'years') {
    // whole years: the candidates' birthdays are far from the month, ageOn decides
    const all = on.map((d) => ageOn(birth, d) >= limit.years);
    if (all.every((x) => !x)) return side === 'max' ? 'ok' : 'bad';
    if (all.every((x) => x)) return side === 'max' ? 'bad' : 'ok';
    return 'unclear';
  }
  if (before) return side === 'max' ? 'ok' : 'bad';
  if (after) return side === 'max' ? 'bad' : 'ok';
  return 'unclear';
}

/** An age inside the band [min, max) on the days (the oldest for an upper limit, else the youngest). */
function ageInside(min: string, max: string, days: readonly number[]): AgeChoice | undefined {
  if (decodeAgeLimit(min).kind === 'none' && decodeAgeLimit(max).kind === 'none') return undefined;
  const fit = AGE_CANDIDATES.filter((c) => judge(min, 'min', c.birth, days) === 'ok' && judge(max, 'max', c.birth, days) === 'ok');
  return decodeAgeLimit(max).kind !== 'none' ? fit[fit.length - 1] : fit[0];
}

/** Just outside the band on the side of its upper limit (else its lower one), and just inside it. */
function agePair(min: string, max: string, days: readonly number[]): { fire: AgeChoice; pass: AgeChoice } | undefined {
  const side: 'min' | 'max' = decodeAgeLimit(max).kind !== 'none' ? 'max' : 'min';
  const otherCode = side === 'max' ? min : max;
  const otherSide = side === 'max' ? 'min' : 'max';
  const outside = AGE_CANDIDATES.filter((c) => judge(side === 'max' ? max : min, side, c.birth, days) === 'bad' && judge(otherCode, otherSide, c.birth, days) === 'ok');
  const fire = side === 'max' ? outside[0] : outside[outside.length - 1];
  const pass = ageInside(min, max, days);
  return fire && pass ? { fire, pass } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Diagnoses and drugs of a class (B 項番21/43, Y 項番14–16), for the claims of the tests

/** A billable diagnosis of B 特定疾患等対象区分 `value` (難病外来対象区分 for '09'). */
function diagnosisOfClass(value: string): DiagnosisEntry | undefined {
  return diagnoses.find((d) => !d.notBillable && !d.standaloneForbidden && (value === '09' ? d.intractableOutpatientClass === '09' : d.specificDiseaseClass === value));
}

// 神経ブロック (L101) is billed with a 神経破壊剤 or with 高周波凝固法 / パルス高周波法, which need none: a finding only.
const DRUG_CLASSES: Record<number, { cls: string; test: (d: DrugEntry) => boolean; title: string; what: string; column: string; source: string; firm: boolean }> = {
  1: { cls: 'narcotic', test: (d) => d.narcoticClass === 1, title: '麻薬等加算の対象医薬品なし', what: '麻薬・毒薬・覚醒剤原料・向精神薬', column: 'Y:14', firm: true, source: '診療報酬点数表 別表第一 F000 調剤料 注・F100 処方料 注・第2章第6部 注射 通則（麻薬等加算）（基本マスター 項番29、医薬品マスター 項番14）' },
  3: { cls: 'neurolytic', test: (d) => d.neurolytic, title: '神経ブロック（神経破壊剤使用等）に神経破壊剤なし（確認）', what: '神経破壊剤', column: 'Y:15', firm: false, source: '診療報酬点数表 別表第一 L101 神経ブロック（神経破壊剤、高周波凝固法又はパルス高周波法使用）（基本マスター 項番29、医薬品マスター 項番15）' },
  4: { cls: 'biological', test: (d) => d.biological, title: '生物学的製剤注射加算の対象医薬品なし', what: '生物学的製剤', column: 'Y:16', firm: true, source: '診療報酬点数表 別表第一 第2章第6部 注射 通則（生物学的製剤注射加算）（基本マスター 項番29、医薬品マスター 項番16）' },
};

/** A drug of the class of S 医薬品関連区分 `relation`: an injection for 注射・麻酔 items, else an oral one; none under a transitional deadline. */
function drugOfClass(relation: number, section: string): DrugEntry | undefined {
  const c = DRUG_CLASSES[relation];
  if (!c) return undefined;
  const form = /^[GL]/.test(section) ? 4 : 1;
  const usable = drugs.filter((d) => c.test(d) && d.transitionalUntil === undefined);
  return usable.find((d) => d.dosageForm === form) ?? usable[0];
}

// ---------------------------------------------------------------------------------------------
// Test claims

interface SiLine {
  code: string;
  days: string;
  quantity?: number;
}

interface ClaimSpec {
  age?: string;
  inpatient?: boolean;
  hospital?: boolean;
  actual?: number;
  si: SiLine[];
  iy?: { code: string; days: string }[];
  sy?: string[];
}

function claimText(c: ClaimSpec): string {
  const t: string[] = [];
  if (c.age) t.push(c.age);
  if (c.inpatient) t.push('inpatient');
  if (c.hospital) t.push('hospital');
  if (c.actual !== undefined) t.push(`actual ${c.actual}`);
  for (const l of c.si) t.push(`SI ${l.code} ${l.days}${l.quantity !== undefined ? ` q=${l.quantity}` : ''}`);
  for (const l of c.iy ?? []) t.push(`IY ${l.code} ${l.days}`);
  for (const s of c.sy ?? [HARMLESS_DX]) t.push(`SY ${s}`);
  return t.join('; ');
}

/** The days of a `days` argument (`3 17`, `1x40`). */
const dayList = (days: string): number[] => days.split(' ').map((d) => Number(d.split('x')[0]));

/** Everything the item needs to be billable apart from what a rule tests: age, 入外, 病院/診療所, 数量. */
interface Setting {
  age?: string;
  inpatient: boolean;
  hospital: boolean;
  quantity?: number;
  /** A diagnosis of the class the item needs (S 項番25). */
  dx?: string;
  /** A drug of the class the item needs on its days (S 項番29). */
  drug?: string;
}

type Skip = { age?: boolean; scope?: boolean; facility?: boolean; quantity?: boolean; dx?: boolean; drug?: boolean };

function settingOf(e: ProcedureEntry, days: string, skip: Skip = {}): Setting | undefined {
  const s: Setting = { inpatient: !skip.scope && e.inOutScope === 1, hospital: !skip.facility && e.facilityScope === 1 };
  if (!skip.age && (decodeAgeLimit(e.minAge).kind !== 'none' || decodeAgeLimit(e.maxAge).kind !== 'none')) {
    const a = ageInside(e.minAge, e.maxAge, dayList(days));
    if (!a) return undefined;
    s.age = a.token;
  }
  if (!skip.quantity && e.step && e.step.lower > 0) s.quantity = e.step.lower;
  if (!skip.dx && e.diagnosisRelation > 0) {
    const dx = diagnosisOfClass(String(e.diagnosisRelation).padStart(2, '0'));
    if (!dx) return undefined;
    s.dx = dx.code;
  }
  if (!skip.drug && e.drugRelation > 0) {
    const drug = drugOfClass(e.drugRelation, e.sectionCode);
    if (!drug) return undefined;
    s.drug = drug.code;
  }
  return s;
}

/** A claim of one SI line of `e` in its setting (and more lines or diagnoses when given). */
function claimOf(e: ProcedureEntry, days: string, set: Setting, extra: Partial<ClaimSpec> = {}): string {
  return claimText({
    age: set.age, inpatient: set.inpatient, hospital: set.hospital,
    ...extra,
    si: [{ code: e.code, days, ...(set.quantity !== undefined ? { quantity: set.quantity } : {}) }, ...(extra.si ?? [])],
    iy: [...(set.drug ? [{ code: set.drug, days }] : []), ...(extra.iy ?? [])],
    sy: extra.sy ?? [HARMLESS_DX, ...(set.dx ? [set.dx] : [])],
  });
}

/** `n` counts of an item in a month: on days 3 and 17 for up to two, days 1…n up to 31, else `1xn` on day 1. */
function countDays(n: number): string {
  if (n <= 2) return [3, 17].slice(0, n).join(' ');
  if (n <= 31) return Array.from({ length: n }, (_, i) => i + 1).join(' ');
  return `1x${n}`;
}

/** The first row (by code) whose item makes a test; throws when none does (a rule must come with tests). */
function firstTestable<T>(ruleId: string, rows: readonly T[], make: (row: T) => TestCase[] | undefined): TestCase[] {
  for (const r of rows) {
    const t = make(r);
    if (t) return t;
  }
  throw new Error(`${ruleId}: 試験を作れる行がありません`);
}

// ---------------------------------------------------------------------------------------------
// Families

const rules: GeneratedRule[] = [];
const notes: string[] = [];

const sectionOf = (e: ProcedureEntry): string => e.sectionCode;
const letterOf = (e: ProcedureEntry): string => e.sectionCode.slice(0, 1);

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// F3: 上限回数 (S 項番36/37), one rule per 区分番号 and handling.
{
  const limited = procedures.filter((e) => e.maxCount > 0);
  const noSection = limited.filter((e) => !e.sectionCode).length;
  if (noSection) notes.push(`上限回数: 区分番号のない ${noSection} 件は対象外`);
  for (const [section, list] of groupBy(limited.filter((e) => e.sectionCode), sectionOf)) {
    for (const handling of [1, 0]) {
      const items = list.filter((e) => (handling === 1 ? e.maxCountHandling === 1 : e.maxCountHandling !== 1));
      if (!items.length) continue;
      const cut = handling === 1;
      rules.push({
        ruleId: cut ? `CNT-${section}` : `CNT-${section}-C`,
        family: cut ? 'count (S36/37, handling 1)' : 'count (S36/37, handling 0)',
        kind: 'count',
        title: cut ? `算定回数の上限超過（${section}）` : `算定回数の上限確認（${section}）`,
        severity: cut ? 'error' : 'warning',
        action: cut ? 'satei' : 'chui',
        reasonCode: cut ? 'B' : '',
        message: cut ? '{name}はレセプト1件につき{max}回まで（{count}回算定）' : '{name}の算定回数{count}回が上限回数{max}回を超えています（要確認）',
        source: `診療報酬点数表 別表第一 ${section}（基本マスター 項番36・37）`,
        dataSource: 'S:36,37',
        rows: items.map((e) => ({ code: e.code, max: String(e.maxCount), unit: 'month', handling: String(e.maxCountHandling), name: e.name })),
        tests: firstTestable(section, items, (e) => {
          const over = countDays(e.maxCount + 1), at = countDays(e.maxCount);
          const sOver = settingOf(e, over), sAt = settingOf(e, at);
          if (!sOver || !sAt) return undefined;
          return [
            { name: `over-${e.maxCount}`, expect: 'fire', claim: claimOf(e, over, sOver) },
            { name: `at-${e.maxCount}`, expect: 'pass', claim: claimOf(e, at, sAt) },
          ];
        }),
      });
    }
  }
}

// F14: 日数・回数 (S 項番28): once a day.
{
  const LABELS: Record<number, { what: string; source: string }> = {
    1: { what: '初診料等', source: '診療報酬点数表 別表第一 A000 初診料 等（基本マスター 項番27・28 別紙7-4）' },
    2: { what: '再診料等', source: '診療報酬点数表 別表第一 A001 再診料 等（基本マスター 項番27・28 別紙7-4）' },
    3: { what: '入院基本料等', source: '診療報酬点数表 別表第一 第1章第2部 入院料等（基本マスター 項番27・28 別紙7-4）' },
  };
  for (const [value, list] of groupBy(procedures.filter((e) => e.daysCountRule > 0), (e) => String(e.daysCountRule))) {
    const label = LABELS[Number(value)] ?? { what: `日数・回数区分${value}の項目`, source: '基本マスター 項番27・28 別紙7-4' };
    rules.push({
      ruleId: `CNT-DAY-${value}`,
      family: 'count per day (S28)',
      kind: 'count',
      title: `${label.what}の同日複数回算定`,
      severity: 'error',
      action: 'satei',
      reasonCode: 'C',
      message: '{name}は1日につき{max}回まで（{count}回算定）',
      source: label.source,
      dataSource: 'S:27,28',
      rows: list.map((e) => ({ code: e.code, max: '1', unit: 'day', handling: '', name: e.name })),
      tests: firstTestable(`CNT-DAY-${value}`, list, (e) => {
        const s = settingOf(e, '3');
        if (!s) return undefined;
        return [
          { name: 'twice-same-day', expect: 'fire', claim: claimOf(e, '3x2', s) },
          { name: 'once', expect: 'pass', claim: claimOf(e, '3', s) },
        ];
      }),
    });
  }
}

// F14: 実日数 (S 項番27 = 1): count ≤ 診療実日数.
{
  const list = procedures.filter((e) => e.actualDaysRule === 1);
  rules.push({
    ruleId: 'DAYS-ACTUAL',
    family: 'actual-days (S27)',
    kind: 'actual-days',
    title: '算定回数が診療実日数を超過',
    severity: 'error',
    action: 'satei',
    reasonCode: 'B',
    message: '{name}の回数{count}が診療実日数{actual}を超えています',
    source: '基本マスター 項番27 実日数（別紙7-4）',
    dataSource: 'S:27',
    rows: list.map((e) => ({ code: e.code, name: e.name })),
    tests: firstTestable('DAYS-ACTUAL', list, (e) => {
      const s = settingOf(e, '3 4');
      if (!s) return undefined;
      return [
        { name: 'count-over-actual', expect: 'fire', claim: claimOf(e, '3x2', s, { actual: 1 }) },
        { name: 'count-equals-actual', expect: 'pass', claim: claimOf(e, '3 4', s) },
      ];
    }),
  });
}

// F4: 年齢制限 of the item itself (S 項番41/42), one rule per 区分番号.
const ageRows = new Set<string>();
{
  const hasLimit = (e: ProcedureEntry): boolean => decodeAgeLimit(e.minAge).kind !== 'none' || decodeAgeLimit(e.maxAge).kind !== 'none';
  const limited = procedures.filter(hasLimit);
  const noSection = limited.filter((e) => !e.sectionCode).length;
  if (noSection) notes.push(`年齢制限: 区分番号のない ${noSection} 件は対象外`);
  for (const [section, list] of groupBy(limited.filter((e) => e.sectionCode), sectionOf)) {
    for (const e of list) ageRows.add(`${e.code}|${e.minAge}|${e.maxAge}`);
    rules.push({
      ruleId: `AGE-${section}`,
      family: 'age (S41/42)',
      kind: 'age',
      title: `対象年齢外の算定（${section}）`,
      severity: 'error',
      action: 'satei',
      reasonCode: 'D',
      message: '{name}は{limit}の患者が対象です（{age}）',
      source: `診療報酬点数表 別表第一 ${section}（基本マスター 項番41・42）`,
      dataSource: 'S:41,42',
      rows: list.map((e) => ({ code: e.code, min_age: e.minAge, max_age: e.maxAge, name: e.name })),
      tests: firstTestable(`AGE-${section}`, list, (e) => ageTests(e, e.minAge, e.maxAge)),
    });
  }
}

function ageTests(e: ProcedureEntry, min: string, max: string): TestCase[] | undefined {
  const pair = agePair(min, max, [3]);
  const s = settingOf(e, '3', { age: true });
  if (!pair || !s) return undefined;
  const side = decodeAgeLimit(max).kind !== 'none' ? 'upper' : 'lower';
  return [
    { name: side === 'upper' ? `at-or-over-${max}` : `under-${min}`, expect: 'fire', claim: claimOf(e, '3', { ...s, age: pair.fire.token }) },
    { name: 'within-band', expect: 'pass', claim: claimOf(e, '3', { ...s, age: pair.pass.token }) },
  ];
}

// F5: 年齢加算 (S 項番100–111): the add-on billed outside the band its base gives it.
{
  // An add-on may be paired with several bases, with different bands: it may be billed in any of them (the union).
  const ORDER = (code: string, side: 'min' | 'max'): number => {
    const l = decodeAgeLimit(code);
    switch (l.kind) {
      case 'none': return side === 'min' ? 0 : Infinity;
      case 'years': return l.years * 366;
      case 'days': return l.days;
      case 'monthAfterBirthday': return l.years * 366 + 31;
      case 'preschool': return 7 * 366;
      default: return NaN;
    }
  };
  const bands = new Map<string, { min: string; max: string; pairs: Set<string> }>();
  for (const base of procedures) {
    for (const a of base.ageAddOns) {
      const b = bands.get(a.addOnCode);
      if (!b) bands.set(a.addOnCode, { min: a.minAge, max: a.maxAge, pairs: new Set([`${a.minAge}-${a.maxAge}`]) });
      else {
        b.pairs.add(`${a.minAge}-${a.maxAge}`);
        if (ORDER(a.minAge, 'min') < ORDER(b.min, 'min')) b.min = a.minAge;
        if (ORDER(a.maxAge, 'max') > ORDER(b.max, 'max')) b.max = a.maxAge;
      }
    }
  }
  const rows: { e: ProcedureEntry; min: string; max: string }[] = [];
  let same = 0, missing = 0;
  for (const [code, b] of [...bands].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const e = procedure(code);
    if (!e || !e.sectionCode) {
      missing++;
      continue;
    }
    if (b.pairs.size > 1) notes.push(`年齢加算 ${code} ${e.name}: 基本項目により帯が異なる（${[...b.pairs].join('、')}）→ 和集合 ${b.min}-${b.max}`);
    if (ageRows.has(`${code}|${b.min}|${b.max}`)) {
      same++;
      continue;
    }
    rows.push({ e, min: b.min, max: b.max });
  }
  notes.push(`年齢加算: 加算コード ${bands.size} 件のうち ${same} 件は加算自身の項番41/42と同じ帯（AGE- に含まれる）、${missing} 件はマスターにないか区分番号なし、残り ${rows.length} 件`);
  for (const [section, list] of groupBy(rows, (r) => r.e.sectionCode)) {
    rules.push({
      ruleId: `AGEADD-${section}`,
      family: 'age add-on (S100-111)',
      kind: 'age',
      title: `年齢加算の対象年齢外（${section}）`,
      severity: 'error',
      action: 'satei',
      reasonCode: 'D',
      message: '{name}は{limit}の患者に算定する加算です（{age}）',
      source: `診療報酬点数表 別表第一 ${section} 注（年齢加算）（基本マスター 項番100〜111）`,
      dataSource: 'S:100-111',
      rows: list.map((r) => ({ code: r.e.code, min_age: r.min, max_age: r.max, name: r.e.name })),
      tests: firstTestable(`AGEADD-${section}`, list, (r) => ageTests(r.e, r.min, r.max)),
    });
  }
}

// F6: 傷病名関連 (S 項番25 ↔ B 項番21/43).
{
  const LABELS: Record<number, { title: string; message: string; source: string }> = {
    3: { title: '皮膚科特定疾患指導管理料（Ⅰ）の対象疾患なし', message: '{name}の対象疾患（皮膚科特定疾患指導管理料（Ⅰ））の傷病名がありません', source: '診療報酬点数表 別表第一 B001 8 皮膚科特定疾患指導管理料（基本マスター 項番25、傷病名マスター 項番21）' },
    4: { title: '皮膚科特定疾患指導管理料（Ⅱ）の対象疾患なし', message: '{name}の対象疾患（皮膚科特定疾患指導管理料（Ⅱ））の傷病名がありません', source: '診療報酬点数表 別表第一 B001 8 皮膚科特定疾患指導管理料（基本マスター 項番25、傷病名マスター 項番21）' },
    5: { title: '特定疾患療養管理料等の対象疾患なし', message: '{name}の対象疾患（特定疾患療養管理料の対象疾患）の傷病名がありません', source: '診療報酬点数表 別表第一 B000 特定疾患療養管理料・F100 / F400 特定疾患処方管理加算（基本マスター 項番25、傷病名マスター 項番21）' },
    7: { title: 'てんかん指導料の対象疾患なし', message: '{name}の対象疾患（てんかん）の傷病名がありません', source: '診療報酬点数表 別表第一 B001 6 てんかん指導料（基本マスター 項番25、傷病名マスター 項番21）' },
    9: { title: '難病外来指導管理料の対象疾患なし', message: '{name}の対象疾患（難病外来指導管理料の対象疾患）の傷病名がありません', source: '診療報酬点数表 別表第一 B001 7 難病外来指導管理料（基本マスター 項番25、傷病名マスター 項番43）' },
  };
  for (const [value, list] of groupBy(procedures.filter((e) => e.diagnosisRelation > 0), (e) => String(e.diagnosisRelation).padStart(2, '0'))) {
    const v = Number(value);
    const label = LABELS[v] ?? { title: `傷病名関連区分${v}の対象疾患なし`, message: '{name}の対象となる傷病名がありません', source: '基本マスター 項番25、傷病名マスター 項番21' };
    const dx = diagnosisOfClass(value);
    if (!dx) throw new Error(`DX-${v}: 傷病名マスターに区分${value}の傷病名がありません`);
    rules.push({
      ruleId: `DX-${v}`,
      family: 'required-dx (S25)',
      kind: 'required-dx',
      title: label.title,
      severity: 'error',
      action: 'satei',
      reasonCode: 'D',
      message: label.message,
      source: label.source,
      dataSource: value === '09' ? 'S:25;B:43' : 'S:25;B:21',
      rows: list.map((e) => ({ code: e.code, dx_class: value, dx_code: '', name: e.name })),
      tests: firstTestable(`DX-${v}`, list, (e) => {
        const s = settingOf(e, '3', { dx: true });
        if (!s) return undefined;
        return [
          { name: 'no-qualifying-dx', expect: 'fire', claim: claimOf(e, '3', s, { sy: [HARMLESS_DX] }) },
          { name: `dx-${dx.code}`, expect: 'pass', claim: claimOf(e, '3', s, { sy: [HARMLESS_DX, dx.code] }) },
        ];
      }),
    });
  }
}

// F7: 医薬品関連 (S 項番29 ↔ Y 項番14/15/16): the drug of the class on the same day.
{
  for (const [value, list] of groupBy(procedures.filter((e) => e.drugRelation > 0), (e) => String(e.drugRelation))) {
    const c = DRUG_CLASSES[Number(value)];
    if (!c) {
      notes.push(`医薬品関連区分 ${value}（${list.length} 件）: 対応する医薬品の区分が未定義のため対象外`);
      continue;
    }
    rules.push({
      ruleId: `DRUG-${value}`,
      family: 'drug-link (S29)',
      kind: 'drug-link',
      title: c.title,
      severity: c.firm ? 'error' : 'warning',
      action: c.firm ? 'satei' : 'chui',
      reasonCode: c.firm ? 'D' : '',
      message: c.firm ? `{name}を算定した日に${c.what}の使用がありません` : `{name}を算定した日に${c.what}の使用がありません（高周波凝固法・パルス高周波法によるものか要確認）`,
      source: c.source,
      dataSource: `S:29;${c.column}`,
      rows: list.map((e) => ({ code: e.code, drug_class: c.cls, name: e.name })),
      tests: firstTestable(`DRUG-${value}`, list, (e) => {
        const s = settingOf(e, '3', { drug: true });
        const drug = drugOfClass(Number(value), e.sectionCode);
        if (!s || !drug) return undefined;
        return [
          { name: 'no-drug', expect: 'fire', claim: claimOf(e, '3', s) },
          { name: 'drug-other-day', expect: 'fire', claim: claimOf(e, '3', s, { iy: [{ code: drug.code, days: '4' }] }) },
          { name: `drug-${drug.code}`, expect: 'pass', claim: claimOf(e, '3', s, { iy: [{ code: drug.code, days: '3' }] }) },
        ];
      }),
    });
  }
}

// F8: 外来管理加算 (S 項番56): not on a day with an item of 区分 1; one rule per 部 of that item.
{
  const mgmt = procedures.filter((e) => e.outpatientManagementClass === 2);
  const excluding = procedures.filter((e) => e.outpatientManagementClass === 1);
  const noSection = excluding.filter((e) => !e.sectionCode).length;
  if (noSection) notes.push(`外来管理加算: 区分番号のない ${noSection} 件は対象外`);
  for (const [letter, list] of groupBy(excluding.filter((e) => e.sectionCode), letterOf)) {
    const part = partOf(letter);
    const pairs = mgmt.flatMap((m) => list.map((o) => ({ m, o })));
    rules.push({
      ruleId: `EXC-OPM-${letter}`,
      family: 'exclusive (S56)',
      kind: 'exclusive',
      title: `外来管理加算と${part.short}の同日算定`,
      severity: 'error',
      action: 'satei',
      reasonCode: 'D',
      message: '{name}は{other_name}と同日に算定できません',
      source: `診療報酬点数表 別表第一 A001 再診料 注（外来管理加算）・${part.part}（基本マスター 項番56）`,
      dataSource: 'S:56',
      rows: pairs.map(({ m, o }) => ({ code: m.code, other: o.code, window: 'day', name: m.name, other_name: o.name })),
      tests: firstTestable(`EXC-OPM-${letter}`, pairs, ({ m, o }) => {
        // both on an outpatient claim of the same provider
        if (o.inOutScope === 1 || m.inOutScope === 1) return undefined;
        if ((o.facilityScope === 1 && m.facilityScope === 2) || (o.facilityScope === 2 && m.facilityScope === 1)) return undefined;
        const so = settingOf(o, '3 4'), sm = settingOf(m, '3 4');
        if (!so || !sm || (so.age && sm.age && so.age !== sm.age) || so.dx || so.drug) return undefined;
        const set: Setting = { age: so.age ?? sm.age, inpatient: false, hospital: so.hospital || sm.hospital, quantity: sm.quantity };
        const other = (day: string): SiLine => ({ code: o.code, days: day, ...(so.quantity !== undefined ? { quantity: so.quantity } : {}) });
        return [
          { name: 'same-day', expect: 'fire', claim: claimOf(m, '3', set, { si: [other('3')] }) },
          { name: 'other-day', expect: 'pass', claim: claimOf(m, '3', set, { si: [other('4')] }) },
        ];
      }),
    });
  }
}

// F15: 入外適用区分 (S 項番13) and 病院・診療所区分 (S 項番19), one rule per scope and 部.
{
  const SCOPES = [
    { id: 'IN', scope: 'inpatient-only', pick: (e: ProcedureEntry) => e.inOutScope === 1, title: (p: string) => `入院外レセプトに入院のみの項目（${p}）`, message: '{name}は入院中の患者に限り算定できます', column: 'S:13', item: '項番13 入外適用区分' },
    { id: 'OUT', scope: 'outpatient-only', pick: (e: ProcedureEntry) => e.inOutScope === 2, title: (p: string) => `入院レセプトに入院外のみの項目（${p}）`, message: '{name}は入院中の患者以外に限り算定できます', column: 'S:13', item: '項番13 入外適用区分' },
    { id: 'HOSP', scope: 'hospital-only', pick: (e: ProcedureEntry) => e.facilityScope === 1, title: (p: string) => `診療所で病院のみの項目（${p}）`, message: '{name}は病院に限り算定できます', column: 'S:19', item: '項番19 病院・診療所区分' },
    { id: 'CLINIC', scope: 'clinic-only', pick: (e: ProcedureEntry) => e.facilityScope === 2, title: (p: string) => `病院で診療所のみの項目（${p}）`, message: '{name}は診療所に限り算定できます', column: 'S:19', item: '項番19 病院・診療所区分' },
  ] as const;
  // Items with no 区分番号 (入院時食事療養・生活療養, 療養担当手当 …) make a group `X` of their own.
  const NO_SECTION = { short: '区分番号なし', part: '' };
  for (const sc of SCOPES) {
    for (const [letter, list] of groupBy(procedures.filter(sc.pick), (e) => letterOf(e) || 'X')) {
      const part = letter === 'X' ? NO_SECTION : partOf(letter);
      rules.push({
        ruleId: `SCOPE-${sc.id}-${letter}`,
        family: `scope (${sc.column})`,
        kind: 'scope',
        title: sc.title(part.short),
        severity: 'error',
        action: 'satei',
        reasonCode: 'D',
        message: sc.message,
        source: letter === 'X' ? `基本マスター ${sc.item}（区分番号のない項目: 入院時食事療養・生活療養等）` : `診療報酬点数表 別表第一 ${part.part}（基本マスター ${sc.item}）`,
        dataSource: sc.column,
        rows: list.map((e) => ({ code: e.code, scope: sc.scope, name: e.name })),
        tests: firstTestable(`SCOPE-${sc.id}-${letter}`, list, (e) => {
          const inOut = sc.id === 'IN' || sc.id === 'OUT';
          const s = settingOf(e, '3', inOut ? { scope: true } : { facility: true });
          if (!s) return undefined;
          const wrong: Setting = { ...s }, right: Setting = { ...s };
          if (sc.id === 'IN') right.inpatient = true;
          if (sc.id === 'OUT') wrong.inpatient = true;
          if (sc.id === 'HOSP') right.hospital = true;
          if (sc.id === 'CLINIC') wrong.hospital = true;
          return [
            { name: `not-${sc.scope}`, expect: 'fire', claim: claimOf(e, '3', wrong) },
            { name: sc.scope, expect: 'pass', claim: claimOf(e, '3', right) },
          ];
        }),
      });
    }
  }
}

// F16: きざみ (S 項番30–35). 別紙7-5: data ≤ 下限値 − きざみ値 is 返戻 under error handling 2/3 (else
// billed at the base points); data above 上限値 is a 警告 under 1/3 (else capped). Data are integers,
// so the lowest acceptable quantity is 下限値 − きざみ値 + 1.
{
  const stepped = procedures.filter((e) => e.step && e.step.lower > 0);
  const NONE = 99999999;
  const rowOf = (e: ProcedureEntry, withUpper: boolean): Row => {
    const s = e.step!;
    return { code: e.code, lower: String(Math.max(s.lower - s.step + 1, 0)), upper: withUpper && s.upper !== NONE ? String(s.upper) : '', name: e.name };
  };
  const returned = stepped.filter((e) => e.step!.errorHandling >= 2 && e.step!.lower - e.step!.step + 1 > 0);
  // Handling 0/1 bill the base points below the lower limit; only a quantity of 0 is returned.
  const zeroReturned = stepped.filter((e) => e.step!.errorHandling < 2);
  const upperWarned = stepped.filter((e) => (e.step!.errorHandling === 1 || e.step!.errorHandling === 3) && e.step!.upper !== NONE);
  const testsAt = (ruleId: string, list: ProcedureEntry[], fire: (e: ProcedureEntry) => number | undefined, pass: (e: ProcedureEntry) => number): TestCase[] =>
    firstTestable(ruleId, list, (e) => {
      const s = settingOf(e, '3', { quantity: true });
      const bad = fire(e);
      if (!s || bad === undefined || bad < 0) return undefined;
      return [
        { name: `quantity-${bad}`, expect: 'fire', claim: claimOf(e, '3', { ...s, quantity: bad }) },
        { name: `quantity-${pass(e)}`, expect: 'pass', claim: claimOf(e, '3', { ...s, quantity: pass(e) }) },
      ];
    });
  const quantityRule = (ruleId: string, title: string, severity: 'error' | 'warning', action: 'henrei' | 'chui', message: string, handling: string, rows: Row[], tests: TestCase[]): void => {
    rules.push({
      ruleId, family: 'quantity (S30-35)', kind: 'quantity', title, severity, action, reasonCode: '', message,
      source: `基本マスター 項番30〜35 きざみ値（別紙7-5 上下限エラー処理 ${handling}）`, dataSource: 'S:30-35', rows, tests,
    });
  };
  if (returned.length) {
    quantityRule('QTY-LOWER', '数量データが下限値未満（きざみ）', 'error', 'henrei', '{name}の数量データ{quantity}は算定できる範囲（{lower}以上）にありません', '2・3',
      returned.map((e) => rowOf(e, false)), testsAt('QTY-LOWER', returned, (e) => e.step!.lower - e.step!.step, (e) => e.step!.lower));
  }
  if (zeroReturned.length) {
    quantityRule('QTY-ZERO', '数量データが0（きざみ）', 'error', 'henrei', '{name}の数量データが0です', '0・1',
      zeroReturned.map((e) => ({ code: e.code, lower: '1', upper: '', name: e.name })), testsAt('QTY-ZERO', zeroReturned, () => 0, (e) => e.step!.lower));
  }
  if (upperWarned.length) {
    quantityRule('QTY-UPPER', '数量データが上限値超過（きざみ・警告）', 'warning', 'chui', '{name}の数量データ{quantity}が上限値{upper}を超えています（上限値で算定）', '1・3',
      upperWarned.map((e) => ({ code: e.code, lower: '0', upper: String(e.step!.upper), name: e.name })), testsAt('QTY-UPPER', upperWarned, (e) => e.step!.upper + 1, (e) => e.step!.upper));
  }
}

// 包括: 短期滞在手術等基本料3 (A400 3) includes the 判断料, 調剤技術基本料 and 電子画像管理加算 of the stay
// (告示 A400 注; the codes as in rules-reference §9.2): billed separately in the same claim they are cut.
{
  const INCLUDED = ['160061810', '160061910', '160062110', '120001710', '120001810', '170000210', '170016910', '170017010', '170026710', '170026810', '170028810'];
  const stays = procedures.filter((e) => e.sectionCode === 'A400' && e.name.startsWith('短手３'));
  const included = INCLUDED.map(procedure).filter((e): e is ProcedureEntry => e !== undefined);
  if (stays.length && included.length) {
    rules.push({
      ruleId: 'BND-A400', family: 'bundle (A400)', kind: 'bundle', title: '短期滞在手術等基本料３に含まれる項目の別算定',
      severity: 'error', action: 'satei', reasonCode: 'D', message: '{name}は{bundle_name}の所定点数に含まれます（{days}）',
      source: '診療報酬点数表 別表第一 A400 短期滞在手術等基本料３ 注（判断料・調剤技術基本料・電子画像管理加算等は所定点数に含まれる）',
      dataSource: 'S:A400 + manual',
      rows: stays.flatMap((b) => included.map((c) => ({ code: c.code, bundle: b.code, window: 'month', name: c.name, bundle_name: b.name }))),
      tests: firstTestable('BND-A400', stays, (b) => {
        const set = settingOf(b, '3');
        if (!set) return undefined;
        return [
          { name: 'judgement-fee-in-stay', expect: 'fire', claim: claimOf(b, '3', set, { si: [{ code: included[0]!.code, days: '4' }] }) },
          { name: 'stay-alone', expect: 'pass', claim: claimOf(b, '3', set) },
        ];
      }),
    });
  }
}

// 投与日数: 新医薬品 (not 後発品) for oral use, 14 days at a time during the year after listing
// (掲示事項等告示 第10 第2号(1)). Listed from 2023-07: their year reaches the months of this table.
// Some new drugs are exempted by notice; the rule is a 注意 so that a reviewer sees the exemption.
{
  // Drugs listed up to the last month the files reach (the change files add new listings). A
  // generic's name carries its maker in 「」 even where the 後発品 flag is not set; bulk powders (原末) and
  // 乳糖 are not 新医薬品 either.
  const latest = loaded.coverage?.to ?? MONTH;
  const newDrug = (d: DrugEntry): boolean => !d.generic && !/「|原末|乳糖/.test(d.name);
  const recent = [...loaded.snapshot(latest).entries('Y')]
    .filter((d) => inForce(d) && d.dosageForm === 1 && newDrug(d) && d.listedOn !== undefined && d.listedOn >= '2023-07-01')
    .sort(byCode);
  if (recent.length) {
    rules.push({
      ruleId: 'DAYS-NEW14', family: 'days (Y:28,36)', kind: 'days', title: '新医薬品の投与日数（14日）超過',
      severity: 'warning', action: 'chui', reasonCode: '', message: '{name}は薬価収載後1年（{until}まで）は1回14日分が限度です（{supply}日分）',
      source: '療担規則及び薬担規則並びに療担基準に基づき厚生労働大臣が定める掲示事項等 第10 第2号(1)（新医薬品の投与期間）',
      dataSource: 'Y:17,28,36',
      rows: recent.map((d) => ({ drug: d.code, listed_on: d.listedOn!, max_days: '14', name: d.name })),
      tests: firstTestable('DAYS-NEW14', recent.filter((d) => d.listedOn! >= '2023-08-01'), (d) => [
        { name: 'supply-30', expect: 'fire', claim: `SY ${HARMLESS_DX}; IY ${d.code} 3x30` },
        { name: 'supply-14', expect: 'pass', claim: `SY ${HARMLESS_DX}; IY ${d.code} 3x14` },
      ]),
    });
  }
}

// 記載事項: an item named as the subject of 選択式コメント in the コメントマスター ("該当する項目（乳幼児頭部
// 外傷撮影加算）：ア …") must carry one of them (記載要領 別表Ⅰ; the コメントマスター holds the choices it lists).
{
  const comments = [...snap.entries('C')].filter(inForce).sort(byCode);
  const subjectOf = (name: string): string | undefined => /^(?:該当するもの|該当する項目|該当する要件|該当する患者|該当する状態|対象患者|対象患者の状態|該当項目)（(.+?)）[：:]/.exec(name)?.[1];
  const bySubject = new Map<string, typeof comments>();
  for (const c of comments) {
    const subject = subjectOf(c.name);
    if (subject) bySubject.set(subject, [...(bySubject.get(subject) ?? []), c]);
  }
  const rows: Row[] = [];
  const items: { e: ProcedureEntry; comment: string }[] = [];
  for (const e of procedures) {
    const choices = bySubject.get(e.name);
    if (!choices) continue;
    for (const c of choices) rows.push({ code: e.code, comment: c.code, name: e.name, comment_name: c.name });
    items.push({ e, comment: choices[0]!.code });
  }
  if (rows.length) {
    rules.push({
      ruleId: 'CMT-SELECT', family: 'required-comment (C master)', kind: 'required-comment', title: '選択式コメントの記載なし',
      severity: 'warning', action: 'chui', reasonCode: '', message: '{name}の算定には該当する項目等のコメント（{comments}のいずれか）の記載が必要です',
      source: '診療報酬請求書等の記載要領 別表Ⅰ（コメントマスターの選択式コメントの対象項目）',
      dataSource: 'C:name + S:name',
      rows,
      tests: firstTestable('CMT-SELECT', items, ({ e, comment }) => {
        const set = settingOf(e, '3');
        if (!set) return undefined;
        return [
          { name: 'without-comment', expect: 'fire', claim: claimOf(e, '3', set) },
          { name: 'with-comment', expect: 'pass', claim: `${claimOf(e, '3', set)}; CO ${comment}` },
        ];
      }),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Checks and output

const CATALOGUE_HEADER = ['rule_id', 'version', 'title', 'lamp', 'kind', 'scope', 'severity', 'action', 'reason_code', 'message', 'source', 'data_source', 'effective_from', 'effective_to', 'status'];

function validate(list: readonly GeneratedRule[]): void {
  const ids = new Set<string>();
  const bad: string[] = [];
  for (const r of list) {
    if (ids.has(r.ruleId)) bad.push(`${r.ruleId}: 重複`);
    ids.add(r.ruleId);
    if (!/^[A-Z0-9-]+$/.test(r.ruleId)) bad.push(`${r.ruleId}: rule_id の文字`);
    if ((r.action === 'satei') !== (r.reasonCode !== '')) bad.push(`${r.ruleId}: action ${r.action} と事由「${r.reasonCode}」`);
    if (!r.rows.length) bad.push(`${r.ruleId}: 表の行なし`);
    const { required } = RULE_TABLE_COLUMNS[r.kind];
    for (const row of r.rows) for (const c of required) if (!row[c]) bad.push(`${r.ruleId}: ${c} が空（${JSON.stringify(row)}）`);
    if (!r.tests.some((t) => t.expect === 'fire') || !r.tests.some((t) => t.expect === 'pass')) bad.push(`${r.ruleId}: fire と pass の試験が必要`);
  }
  if (bad.length) throw new Error(bad.slice(0, 20).join('\n'));
}

// values are trimmed as the reader trims them (some master names end in a full-width space)
const csvField = (raw: string): string => {
  const v = raw.trim();
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};
const csv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const cmpRows = (a: readonly string[], b: readonly string[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] ?? '', b[i] ?? '');
    if (c) return c;
  }
  return 0;
};

validate(rules);
rules.sort((a, b) => cmp(a.ruleId, b.ruleId));

// A rule whose texts or rows differ from the files of the previous run gets the next version (a
// loaded version is immutable: kokuho rules load refuses the same version with other content).
const columnsOf = (kind: RuleKind): string[] => [...RULE_TABLE_COLUMNS[kind].required, ...RULE_TABLE_COLUMNS[kind].optional];
const signature = (r: Pick<GeneratedRule, 'title' | 'kind' | 'severity' | 'action' | 'reasonCode' | 'message' | 'source' | 'dataSource'>, rows: readonly string[][]): string =>
  JSON.stringify([r.title, r.kind, r.severity, r.action, r.reasonCode, r.message, r.source, r.dataSource, [...new Set(rows.map((x) => x.map((v) => v.trim()).join('\u0000')))].sort()]);
const previous = new Map<string, { version: number; signature: string }>();
if (existsSync(outDir)) {
  const old = readRuleFiles(readdirSync(outDir).filter((f) => f.endsWith('.csv') && f !== 'tests.csv').map((f) => ({ path: f, text: readFileSync(join(outDir, f), 'utf8') })));
  const oldRows = new Map<string, string[][]>();
  for (const [kind, list] of old.ruleSet.tables) for (const row of list) oldRows.set(row.ruleId, [...(oldRows.get(row.ruleId) ?? []), columnsOf(kind).map((c) => row.values[c] ?? '')]);
  for (const r of old.ruleSet.rules) previous.set(r.ruleId, { version: r.version, signature: signature(r, oldRows.get(r.ruleId) ?? []) });
}
const versionOf = (r: GeneratedRule): number => {
  const was = previous.get(r.ruleId);
  if (!was) return 1;
  return was.signature === signature(r, r.rows.map((row) => columnsOf(r.kind).map((c) => row[c] ?? ''))) ? was.version : was.version + 1;
};

const files = new Map<string, string>();
files.set('catalogue.csv', csv(CATALOGUE_HEADER, rules.map((r) => [
  r.ruleId, String(versionOf(r)), r.title, 'S', r.kind, 'claim', r.severity, r.action, r.reasonCode, r.message, r.source, r.dataSource, EFFECTIVE_FROM, '', 'active',
])));
const rowCounts = new Map<RuleKind, number>();
for (const kind of RULE_KINDS) {
  const of = rules.filter((r) => r.kind === kind);
  if (!of.length) continue;
  const columns = [...RULE_TABLE_COLUMNS[kind].required, ...RULE_TABLE_COLUMNS[kind].optional];
  const rows = of.flatMap((r) => r.rows.map((row) => [r.ruleId, ...columns.map((c) => row[c] ?? '')]));
  // a rule keeps its rows in code order; identical rows are written once
  const unique = [...new Map(rows.map((row) => [row.join('\u0000'), row])).values()].sort(cmpRows);
  rowCounts.set(kind, unique.length);
  files.set(`${kind}.csv`, csv(['rule_id', ...columns], unique));
}
files.set('tests.csv', csv(['rule_id', 'case', 'expect', 'claim'], rules.flatMap((r) => r.tests.map((t) => [r.ruleId, t.name, t.expect, t.claim]))));

mkdirSync(outDir, { recursive: true });
let written = 0;
for (const [name, text] of files) {
  const path = join(outDir, name);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  writeFileSync(path, text);
  written++;
}
for (const kind of RULE_KINDS) {
  const path = join(outDir, `${kind}.csv`);
  if (!files.has(`${kind}.csv`) && existsSync(path)) {
    rmSync(path);
    written++;
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const families = new Map<string, { rules: number; rows: number }>();
for (const r of rules) {
  const f = families.get(r.family) ?? { rules: 0, rows: 0 };
  f.rules++;
  f.rows += r.rows.length;
  families.set(r.family, f);
}
console.log(`マスター: ${mastersDir}（${loaded.files.join(', ')}）、診療年月 ${MONTH}`);
for (const [family, f] of families) console.log(`  ${family.padEnd(32)} ${String(f.rules).padStart(4)} rules ${String(f.rows).padStart(6)} rows`);
const totalRows = [...rowCounts.values()].reduce((a, b) => a + b, 0);
const totalTests = rules.reduce((n, r) => n + r.tests.length, 0);
console.log(`  ${'total'.padEnd(32)} ${String(rules.length).padStart(4)} rules ${String(totalRows).padStart(6)} rows, ${totalTests} tests`);
console.log(`  tables: ${[...rowCounts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const n of notes) console.log(`  注: ${n}`);
console.log(`${outDir}: ${written ? `${written} 件のファイルを更新` : '変更なし'}`);
