import type { CommentEditField, CommentEntry } from './master-types.ts';
import { C_COL as C, rowCode } from './master-layouts.ts';
import { date, flag, int, text } from './field-readers.ts';

export function toCommentEntry(cols: readonly string[]): CommentEntry {
  return {
    kind: 'C',
    code: rowCode('C', cols),
    name: text(cols, C.name),
    kanaName: text(cols, C.kanaName),
    changedOn: date(cols, C.changedOn),
    abolishedOn: date(cols, C.abolishedOn),
    pattern: int(cols, C.pattern),
    serial: int(cols, C.serial),
    editFields: editFields(cols),
    selective: flag(cols, C.selective),
    raw: cols,
  };
}

/** レセプト編集情報 ①–④ (項番10–17): pairs of カラム位置 and 桁数; '0' pairs are unused. */
function editFields(cols: readonly string[]): CommentEditField[] {
  const out: CommentEditField[] = [];
  for (let i = 0; i < 4; i++) {
    const column = int(cols, C.editFrom + i * 2), digits = int(cols, C.editFrom + i * 2 + 1);
    if (column > 0 && digits > 0) out.push({ column, digits });
  }
  return out;
}
