/** The intake summary as clerks read it (kokuho intake, kokuho demo). */
import { formatWareki } from '@kokuho/core/common';
import type { IntakeSummary } from '@kokuho/store/intake';
import { findingLabel } from './finding-labels.ts';

export function printIntakeSummary(s: IntakeSummary, say: (t: string) => void): void {
  const n = (x: number): string => x.toLocaleString('ja-JP');
  say(`\n${formatWareki(s.month)}診療分 受付結果（連合会 ${s.federation}）`);
  say(`  ファイル ${n(s.files)}（受付 ${n(s.filesAccepted)}・受付不可 ${n(s.filesRefused)}・受付済みの再送 ${n(s.filesDuplicate)}）`);
  say(`  レセプト ${n(s.claims)}件：受付 ${n(s.accepted)}（うち指摘あり ${n(s.acceptedWithFindings)}）・返戻 ${n(s.returned)}・重複 ${n(s.duplicates)}・受付不可ファイル分 ${n(s.refused)}`);
  say(`  県外保険者（全国決済）${n(s.outOfPrefecture)}件`);
  if (s.mastersMissing) say('  注意: 基本マスター未登録のため、コード・点数は点検していません');
  const codes = Object.entries(s.findings).sort(([a], [b]) => a.localeCompare(b));
  if (codes.length) say('  指摘の内訳:');
  for (const [code, count] of codes) say(`    ${code} ${findingLabel(code)}: ${n(count)}件`);
  for (const r of s.results.filter((x) => x.status === 'refused')) {
    say(`  受付不可 ${r.file}:`);
    for (const e of r.errors.slice(0, 5)) say(`    ${e.line ? `${e.line}行 ` : ''}${e.code} ${e.message}`);
    if (r.errors.length > 5) say(`    ほか ${r.errors.length - 5}件`);
  }
}
