/** 記載事項: an item billed without any of the comments (コメントコード) that must state why or which case applies. */
import type { RuleTableRow } from '../rule-types.ts';
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

export const requiredCommentCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    const byCode = new Map<string, RuleTableRow[]>();
    for (const { row, code } of billedRows(ix, rows)) byCode.set(code, [...(byCode.get(code) ?? []), row]);
    if (!byCode.size) return out;
    const present = new Set(ix.claim.comments.map((c) => c.code));
    for (const [code, alternatives] of byCode) {
      if (alternatives.some((r) => present.has(r.values['comment']!))) continue;
      const lines = ix.byCode.get(code)!;
      const row = alternatives[0]!;
      const name = nameOf(ctx, code, row);
      const wanted = alternatives.map((r) => r.values['comment']!).join('、');
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [lines[0]!.line, ...ix.claim.comments.map((c) => c.line)], vars: { name, comments: wanted }, trace: [
        `${name}（${code}）にはコメント ${wanted} のいずれかの記載が必要（表 ${row.origin.file}:${alternatives.map((r) => r.origin.line).join('・')}）`,
        `レセプトのコメント ${[...present].join('、') || 'なし'} に該当するものがありません`,
      ] } });
    }
    return out;
  },
};
