import type { ModifierEntry } from './master-types.ts';
import { Z_COL as Z } from './master-layouts.ts';
import { date, text } from './field-readers.ts';

export function toModifierEntry(cols: readonly string[]): ModifierEntry {
  const code = text(cols, 2);
  return {
    kind: 'Z',
    code,
    name: text(cols, Z.name),
    kanaName: text(cols, Z.kanaName),
    changedOn: date(cols, Z.changedOn) ?? date(cols, Z.listedOn),
    abolishedOn: date(cols, Z.abolishedOn),
    // MSPEC (2) 項番3: 0001–7999 接頭語, 8000–8999 接尾語, 9000–9999 歯科部位.
    position: code >= '9000' ? 'dental' : code >= '8000' ? 'suffix' : 'prefix',
    category: text(cols, Z.category),
    managementNumber: text(cols, Z.managementNumber),
    exchangeCode: text(cols, Z.exchangeCode),
    listedOn: date(cols, Z.listedOn),
    raw: cols,
  };
}
