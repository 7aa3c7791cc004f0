/**
 * The compact claim notation of rule test cases (rules/tests*.csv, docs/rules.md): tokens separated
 * by `;`, claims of the same patient separated by `|`. A medical case is written out as UKE records
 * and read by the UKE parser, so a test runs the same path as a submitted file.
 *
 *   age 5; sex 2; inpatient; hospital; actual 2; SI 160061810 3 17x2 q=5; IY 622412701 3 a=4; SY 2500015 from=2024-05-01
 *   SI 160061810 3 | inpatient; SI 160061810 20          (a second claim of the same provider: 横覧)
 *   SY 2500015; SI 112007410 3 | pharmacy; IY 622412701 3  (a pharmacy claim on the first claim's prescription: 突合)
 *   SI 160170410 5 | months-ago 2; SI 160170410 9          (the same provider's claim two months before: 縦覧)
 */
import iconv from 'iconv-lite';
import { addMonths, isValidIsoDate, isoToCompact, type IsoDate, type YearMonth } from '../common/dates.ts';
import type { Result } from '../common/result.ts';
import { parseUkeSync } from '../uke/parse-uke.ts';
import type { UkeGenericClaim, UkeGenericRecord } from '../uke/types.ts';
import { ruleClaimOfMedical, ruleClaimOfPharmacy, type RuleClaim } from './rule-claim.ts';

export const TEST_PROVIDER = '1234567';
export const TEST_PHARMACY = '7654321';
const DEFAULT_MONTH: YearMonth = '2024-07';

export interface NotationCase {
  claims: RuleClaim[];
  month: YearMonth;
  /** Parts with `months-ago N` (and `seen-last-month`, a claim of last month): the patient's claims at the same provider before (縦覧). */
  history: RuleClaim[];
}

interface Part {
  monthsAgo: number;
  pharmacy: boolean;
  inpatient: boolean;
  hospital: boolean;
  actual: number | undefined;
  lines: { record: 'SI' | 'IY'; code: string; days: number[]; quantity?: string; amount?: string }[];
  diagnoses: { code: string; from: IsoDate | undefined }[];
  comments: string[];
}

/** Birth date such that the age in whole years is `age` on every day of `month`: born on the 15th of the next month. */
export function birthForAge(age: number, month: YearMonth): IsoDate {
  const next = addMonths(month, 1);
  return `${Number(next.slice(0, 4)) - age - 1}-${next.slice(5, 7)}-15`;
}

const EMPTY_PART: Part = { monthsAgo: 0, pharmacy: false, inpatient: false, hospital: false, actual: undefined, lines: [], diagnoses: [], comments: [] };

function parsePart(text: string, patient: { month: YearMonth; birth?: IsoDate; sex: string; seen: boolean }): Result<Part, string> {
  const part: Part = { ...EMPTY_PART, lines: [], diagnoses: [], comments: [] };
  for (const token of text.split(';').map((t) => t.trim()).filter(Boolean)) {
    const [word, ...args] = token.split(/\s+/);
    const num = (s: string | undefined): number | undefined => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
    switch (word) {
      case 'month':
        if (!/^\d{4}-\d{2}$/.test(args[0] ?? '')) return { ok: false, errors: [`month「${args[0] ?? ''}」`] };
        patient.month = args[0]!;
        break;
      case 'age': {
        const n = num(args[0]);
        if (n === undefined) return { ok: false, errors: [`age「${args[0] ?? ''}」`] };
        patient.birth = birthForAge(n, patient.month);
        break;
      }
      case 'born':
        if (!isValidIsoDate(args[0] ?? '')) return { ok: false, errors: [`born「${args[0] ?? ''}」`] };
        patient.birth = args[0]!;
        break;
      case 'sex':
        if (args[0] !== '1' && args[0] !== '2') return { ok: false, errors: [`sex「${args[0] ?? ''}」`] };
        patient.sex = args[0];
        break;
      case 'inpatient': part.inpatient = true; break;
      case 'hospital': part.hospital = true; break;
      case 'clinic': part.hospital = false; break;
      case 'pharmacy': part.pharmacy = true; break;
      case 'seen-last-month': patient.seen = true; break;
      case 'months-ago':
        if (!num(args[0])) return { ok: false, errors: [`months-ago「${args[0] ?? ''}」`] };
        part.monthsAgo = num(args[0])!;
        break;
      case 'actual':
        if (num(args[0]) === undefined) return { ok: false, errors: [`actual「${args[0] ?? ''}」`] };
        part.actual = num(args[0]);
        break;
      case 'SI':
      case 'IY': {
        const code = args[0] ?? '';
        if (!/^\d{9}$/.test(code)) return { ok: false, errors: [`${word} のコード「${code}」`] };
        const days = new Array<number>(31).fill(0);
        const line: Part['lines'][number] = { record: word, code, days };
        for (const a of args.slice(1)) {
          const m = /^(\d{1,2})(?:x(\d+))?$/.exec(a);
          if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31) days[Number(m[1]) - 1]! += Number(m[2] ?? 1);
          else if (/^q=\d+$/.test(a)) line.quantity = a.slice(2);
          else if (/^a=[\d.]+$/.test(a)) line.amount = a.slice(2);
          else return { ok: false, errors: [`${word} ${code} の「${a}」（日: 3 / 3x2、数量: q=5、使用量: a=4）`] };
        }
        if (!days.some((d) => d > 0)) days[0] = 1;
        part.lines.push(line);
        break;
      }
      case 'SY': {
        const code = args[0] ?? '';
        const from = args.find((a) => a.startsWith('from='))?.slice(5);
        if (!/^\d{7}$/.test(code) || (from !== undefined && !isValidIsoDate(from))) return { ok: false, errors: [`SY「${args.join(' ')}」`] };
        part.diagnoses.push({ code, from });
        break;
      }
      case 'CO':
        if (!/^\d{9}$/.test(args[0] ?? '')) return { ok: false, errors: [`CO「${args[0] ?? ''}」`] };
        part.comments.push(args[0]!);
        break;
      default:
        return { ok: false, errors: [`不明な語「${word}」`] };
    }
  }
  return { ok: true, value: part };
}

const row = (...fields: (string | number | undefined)[]): string => fields.map((f) => (f === undefined ? '' : String(f))).join(',');

function medicalClaim(p: Part, patient: { month: YearMonth; birth: IsoDate; sex: string }, receiptNumber: number): RuleClaim {
  const ym = isoToCompact(patient.month);
  const billing = isoToCompact(addMonths(patient.month, 1));
  const days = new Set<number>();
  const lines = [row('IR', 2, 13, 1, TEST_PROVIDER, '', 'テスト医院', billing, '00', '')];
  const body: string[] = [];
  for (const d of p.diagnoses) body.push(row('SY', d.code, isoToCompact(d.from ?? `${patient.month}-01`), 1, '', '', '', ''));
  for (const l of p.lines) {
    l.days.forEach((n, i) => n > 0 && days.add(i));
    const count = l.days.reduce((a, b) => a + b, 0);
    body.push(row(l.record, l.record === 'SI' ? 40 : 21, 1, l.code, l.record === 'SI' ? l.quantity : l.amount ?? '1', 1, count, '', '', '', '', '', '', ...l.days.map((n) => (n ? n : ''))));
  }
  for (const c of p.comments) body.push(row('CO', '', 1, c, ''));
  const points = p.lines.length;
  lines.push(row('RE', receiptNumber, p.inpatient ? '1111' : '1112', ym, 'テスト　患者', patient.sex, isoToCompact(patient.birth), 70, p.inpatient ? isoToCompact(`${patient.month}-01`) : '', ...new Array(27).fill('')));
  lines.push(row('HO', '138016', '', '1', p.actual ?? Math.max(days.size, 1), points, '', '', '', '', '', '', '', '', ''));
  lines.push(...body, row('GO', 1, points, 99));
  const bytes = iconv.encode(lines.join('\r\n') + '\r\n\x1a', 'shift_jis');
  const claim = parseUkeSync(bytes, { fileName: 'RULE-TEST.UKE' }).flatMap((e) => (e.type === 'claim' ? [e.claim] : []))[0]!;
  return ruleClaimOfMedical(claim, { providerCode: TEST_PROVIDER, providerKind: p.hospital ? 'hospital' : 'clinic' });
}

function pharmacyClaim(p: Part, patient: { month: YearMonth; birth: IsoDate; sex: string }, receiptNumber: number): RuleClaim {
  let line = 1;
  const rec = (id: string, ...fields: string[]): UkeGenericRecord => ({ id, line: ++line, raw: [id, ...fields] });
  const records: UkeGenericRecord[] = [rec('RE', String(receiptNumber), '1112', isoToCompact(patient.month), 'テスト　患者', patient.sex, isoToCompact(patient.birth), '70', '13', '1', TEST_PROVIDER)];
  records.push(rec('HO', '138016', '', '1', '1', String(p.lines.length)));
  for (const l of p.lines) {
    const day = l.days.findIndex((n) => n > 0) + 1;
    records.push(rec('SH', '1', '1', '', '', '1'));
    records.push(rec('CZ', '', '', `${patient.month.slice(5)}${String(day).padStart(2, '0')}`, '1', '1', '1'));
    records.push(rec('IY', '1', l.code, l.amount ?? '1', '', ''));
  }
  const claim: UkeGenericClaim = { records, lines: { first: 2, last: line } };
  return ruleClaimOfPharmacy(claim, patient.month, { providerCode: TEST_PHARMACY, providerKind: 'pharmacy' });
}

export function claimsFromNotation(text: string): Result<NotationCase, string> {
  const patient = { month: DEFAULT_MONTH, birth: undefined as IsoDate | undefined, sex: '1', seen: false };
  const parts: Part[] = [];
  for (const piece of text.split('|')) {
    const p = parsePart(piece, patient);
    if (!p.ok) return p;
    parts.push(p.value);
  }
  const who = { month: patient.month, birth: patient.birth ?? birthForAge(40, patient.month), sex: patient.sex };
  const build = (p: Part, i: number): RuleClaim => {
    const at = { ...who, month: addMonths(who.month, -p.monthsAgo) };
    return p.pharmacy ? pharmacyClaim(p, at, i + 1) : medicalClaim(p, at, i + 1);
  };
  const claims = parts.flatMap((p, i) => (p.monthsAgo ? [] : [build(p, i)]));
  // `seen-last-month` is a claim at the provider last month, with nothing of interest on it
  const earlier = patient.seen ? [...parts, { ...EMPTY_PART, monthsAgo: 1 }] : parts;
  const history = earlier.flatMap((p, i) => (p.monthsAgo ? [build(p, i)] : []));
  return { ok: true, value: { claims, month: patient.month, history } };
}
