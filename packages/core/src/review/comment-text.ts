/**
 * A comment (CO record or コメント①–③) as printed: the コメントマスター's fixed text completed with
 * the recorded 文字データ as its パターン says (uke-format.md §7.5; the パターン is digits 2–3 of the
 * code). 文字データ is 漢字 mode, so its digits arrive full-width.
 */
import { formatWareki, warekiToIsoDate } from '../common/dates.ts';

type Names = (code: string) => string | undefined;

/** Full-width digits and point as ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

export function commentText(code: string, data: string | undefined, names: Names): string {
  const fixed = names(code) ?? '';
  const text = data ?? '';
  const d = asciiDigits(text).trim();
  switch (code.slice(1, 3)) {
    case '10':
      return text || fixed;
    case '20':
      return fixed || text;
    case '31':
      // 文字データ is a 診療行為コード, printed as its name
      return join(fixed, (/^\d{9}$/.test(d) ? names(d) : undefined) ?? text);
    case '40':
      return fillBlanks(fixed, text) ?? join(fixed, text);
    case '42':
      return join(fixed, /^\d+(\.\d+)?$/.test(d) ? String(Number(d)) : text);
    case '50':
      return join(fixed, warekiDate(d) ?? text);
    case '51':
      return join(fixed, /^\d{4}$/.test(d) ? `${Number(d.slice(0, 2))}時${Number(d.slice(2))}分` : text);
    case '52':
      return join(fixed, /^\d{1,5}$/.test(d) ? `${Number(d)}分` : text);
    case '53':
      return join(fixed, /^\d{6}$/.test(d) ? `${Number(d.slice(0, 2))}日${Number(d.slice(2, 4))}時${Number(d.slice(4))}分` : text);
    case '80': {
      const date = warekiDate(d.slice(0, 7));
      return join(fixed, date && d.length > 7 ? `${date}　${Number(d.slice(7))}` : text);
    }
    case '90': {
      // 修飾語 codes of 4 digits, printed as their names run together
      const codes = /^(\d{4})+$/.test(d) ? d.match(/\d{4}/g)! : [];
      const modifiers = codes.map((c) => names(c));
      return join(fixed, codes.length && modifiers.every((m) => m) ? modifiers.join('') : text);
    }
    default:
      return join(fixed, text);
  }
}

function join(fixed: string, text: string): string {
  if (!fixed || !text) return fixed || text;
  return /[：:；;]$/.test(fixed) ? `${fixed}${text}` : `${fixed}　${text}`;
}

function warekiDate(d: string): string | undefined {
  const iso = /^\d{7}$/.test(d) ? warekiToIsoDate(d) : undefined;
  return iso ? formatWareki(iso) : undefined;
}

/**
 * パターン40: the digits go into the last blanks (full-width spaces) of the fixed text, e.g.
 * 「電話等再診（　　回）」 + 「０２」 → 「電話等再診（０２回）」; a blank left before them is a separator
 * (「人工腎臓導入期　平成　　年…」). undefined when there are fewer blanks than digits.
 */
function fillBlanks(fixed: string, text: string): string | undefined {
  const chars = [...text.trim()];
  let skip = [...fixed].filter((ch) => ch === '　').length - chars.length;
  if (!chars.length || skip < 0) return undefined;
  let i = 0;
  return [...fixed].map((ch) => (ch !== '　' || skip-- > 0 ? ch : chars[i++]!)).join('');
}
