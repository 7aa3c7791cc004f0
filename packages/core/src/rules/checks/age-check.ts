/** 年齢制限: an item billed on a day the patient is below its lower or at/above its upper age limit (S 項番41/42 codes). */
import { addDays, type IsoDate } from '../../common/dates.ts';
import { decodeAgeLimit, type AgeLimit } from '../../masters/age-limit.ts';
import { billedDays } from '../rule-claim.ts';
import { billedRows, daysText, nameOf, type Check, type RowHit } from './check-types.ts';

/** The day a person born on `birth` reaches the limit (on it the upper limit no longer allows, the lower one allows). */
export function reachedOn(limit: AgeLimit, birth: IsoDate): IsoDate | undefined {
  const y = Number(birth.slice(0, 4));
  const md = birth.slice(5);
  const birthday = (n: number): IsoDate => (md === '02-29' && !isLeap(y + n) ? `${y + n}-03-01` : `${y + n}-${md}`);
  switch (limit.kind) {
    case 'years': return birthday(limit.years);
    case 'days': return addDays(birth, limit.days);
    case 'monthAfterBirthday': {
      const b = birthday(limit.years);
      const m = Number(b.slice(5, 7));
      return m === 12 ? `${Number(b.slice(0, 4)) + 1}-01-01` : `${b.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
    }
    // 未就学: school starts on the 1 April after the 6th birthday (those born 2 April–1 April of the next year start together).
    case 'preschool': return `${md <= '04-01' ? y + 6 : y + 7}-04-01`;
    default: return undefined;
  }
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function limitText(limit: AgeLimit): string {
  switch (limit.kind) {
    case 'years': return `${limit.years}歳`;
    case 'days': return `生後${limit.days}日`;
    case 'monthAfterBirthday': return `${limit.years}歳到達の翌月`;
    case 'preschool': return '就学';
    default: return '';
  }
}

export const ageCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const birth = ix.claim.birthDate;
    if (!birth) return [];
    const out: RowHit[] = [];
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const min = decodeAgeLimit(row.values['min_age']!);
      const max = decodeAgeLimit(row.values['max_age']!);
      const from = reachedOn(min, birth);
      const until = reachedOn(max, birth);
      const band = `${from ? `${limitText(min)}以上` : ''}${until ? `${limitText(max)}未満` : ''}`;
      const month = ix.claim.serviceMonth;
      const bad = [...new Set(lines.flatMap(billedDays))].sort((a, b) => a - b)
        .map((d) => ({ d, on: `${month}-${String(d).padStart(2, '0')}` }))
        .filter(({ on }) => (from !== undefined && on < from) || (until !== undefined && on >= until));
      if (!bad.length) continue;
      const name = nameOf(ctx, code, row);
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [ix.claim.reLine, ...lines.map((l) => l.line)], vars: { name, limit: band, age: `生年月日 ${birth}、算定日 ${daysText(bad.map((b) => b.d))}` }, trace: [
        `${name}（${code}）の対象は${band}（表 ${row.origin.file}:${row.origin.line}: 下限 ${row.values['min_age']}、上限 ${row.values['max_age']}）`,
        `生年月日 ${birth}（RE 行 ${ix.claim.reLine}）${from ? `、下限到達 ${from}` : ''}${until ? `、上限到達 ${until}` : ''}`,
        `算定日 ${bad.map((b) => b.on).join('、')} は対象外です`,
      ] } });
    }
    return out;
  },
};
