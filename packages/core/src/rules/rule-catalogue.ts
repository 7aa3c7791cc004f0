/**
 * The published catalogue (公開): the rules a federation runs in a month, each with its texts, its
 * source, how the federation adopted it, and its decision table, as JSON and as one HTML page.
 */
import type { YearMonth } from '../common/dates.ts';
import { activeRules } from './compile-rules.ts';
import { ACTION_LABELS, KIND_LABELS, SCOPE_LABELS, SEVERITY_LABELS } from './rule-labels.ts';
import type { RuleDefinition, RuleSet } from './rule-types.ts';

export interface CatalogueEntry {
  ruleId: string;
  version: number;
  title: string;
  lamp: RuleDefinition['lamp'];
  kind: RuleDefinition['kind'];
  scope: RuleDefinition['scope'];
  severity: RuleDefinition['severity'];
  action: RuleDefinition['action'];
  reasonCode: RuleDefinition['reasonCode'];
  message: string;
  source: string;
  dataSource: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: RuleDefinition['status'];
  /** national: as published; override: the federation changed how it acts; adopted: a pilot (draft) the federation runs. */
  adoption: 'national' | 'adopted' | 'override';
  rows: Record<string, string>[];
}

export interface Catalogue {
  federation: string;
  month: YearMonth;
  rules: CatalogueEntry[];
}

export function catalogueOf(set: RuleSet, federation: string, month: YearMonth): Catalogue {
  const rows = new Map<string, Record<string, string>[]>();
  for (const list of set.tables.values()) for (const r of list) (rows.get(r.ruleId) ?? rows.set(r.ruleId, []).get(r.ruleId)!).push({ ...r.values });
  const national = new Map(set.rules.map((r) => [`${r.ruleId}@${r.version}`, r]));
  const rules = activeRules(set, federation, month).map((r): CatalogueEntry => {
    const base = national.get(`${r.ruleId}@${r.version}`)!;
    const changed = base.action !== r.action || base.severity !== r.severity || base.lamp !== r.lamp || base.reasonCode !== r.reasonCode;
    return {
      ruleId: r.ruleId, version: r.version, title: r.title, lamp: r.lamp, kind: r.kind, scope: r.scope, severity: r.severity,
      action: r.action, reasonCode: r.reasonCode, message: r.message, source: r.source, dataSource: r.dataSource,
      effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo ?? null, status: r.status,
      adoption: changed ? 'override' : r.status === 'draft' ? 'adopted' : 'national',
      rows: rows.get(r.ruleId) ?? [],
    };
  });
  return { federation, month, rules };
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const ROWS_SHOWN = 20;
const ADOPTION_LABELS = { national: '全国共通', adopted: '試行採用', override: '連合会で変更' } as const;

export function catalogueHtml(c: Catalogue, title: string): string {
  const byKind = new Map<string, CatalogueEntry[]>();
  for (const r of c.rules) (byKind.get(r.kind) ?? byKind.set(r.kind, []).get(r.kind)!).push(r);
  const sections = [...byKind].map(([kind, list]) => `
<h2 id="${esc(kind)}">${esc(KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? kind)}（${list.length}件）</h2>
${list.map((r) => {
    const cols = r.rows.length ? Object.keys(r.rows[0]!) : [];
    const table = r.rows.length
      ? `<table><thead><tr>${cols.map((k) => `<th>${esc(k)}</th>`).join('')}</tr></thead><tbody>${r.rows.slice(0, ROWS_SHOWN).map((row) => `<tr>${cols.map((k) => `<td>${esc(row[k] ?? '')}</td>`).join('')}</tr>`).join('')}</tbody></table>${r.rows.length > ROWS_SHOWN ? `<p class="more">ほか ${r.rows.length - ROWS_SHOWN} 行（JSON 版に全行）</p>` : ''}`
      : '';
    return `<section class="rule" id="${esc(r.ruleId)}">
<h3><span class="lamp lamp-${r.lamp}">${r.lamp}</span> ${esc(r.ruleId)} 版${r.version} ${esc(r.title)}</h3>
<dl>
<dt>点検</dt><dd>${esc(SCOPE_LABELS[r.scope])}・${esc(SEVERITY_LABELS[r.severity])}・${esc(ACTION_LABELS[r.action])}${r.reasonCode ? `（事由 ${esc(r.reasonCode)}）` : ''}・${esc(ADOPTION_LABELS[r.adoption])}</dd>
<dt>表示文</dt><dd>${esc(r.message)}</dd>
<dt>根拠</dt><dd>${esc(r.source)}</dd>
<dt>データ</dt><dd>${esc(r.dataSource)}（判定表 ${r.rows.length} 行）</dd>
<dt>適用期間</dt><dd>${esc(r.effectiveFrom)} 〜 ${esc(r.effectiveTo ?? '')}</dd>
</dl>
${table}
</section>`;
  }).join('\n')}`).join('\n');
  const counts = { S: c.rules.filter((r) => r.lamp === 'S').length, V: c.rules.filter((r) => r.lamp === 'V').length };
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:"Noto Sans CJK JP","IPAexGothic",sans-serif;margin:2rem;line-height:1.5;color:#222}
h1{font-size:1.4rem}h2{border-bottom:2px solid #446;margin-top:2rem}h3{font-size:1rem;margin:.2rem 0}
.rule{border:1px solid #ccd;padding:.6rem 1rem;margin:.6rem 0;border-radius:4px}
dl{display:grid;grid-template-columns:6rem 1fr;margin:.3rem 0}dt{color:#556}dd{margin:0}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #bbc;padding:.1rem .4rem}
.lamp{display:inline-block;width:1.4rem;text-align:center;color:#fff;border-radius:3px}.lamp-S{background:#2a6}.lamp-V{background:#c60}
.more{font-size:.85rem;color:#556}
</style></head><body>
<h1>${esc(title)}</h1>
<p>連合会 ${esc(c.federation)}・診療年月 ${esc(c.month)}：適用ルール ${c.rules.length} 件（Sランプ ${counts.S} 件・Vランプ ${counts.V} 件）。Sランプは告示・通知の算定ルールのうち医学的判断を伴わないもの、Vランプは医学的判断を伴うもの。</p>
<nav>${[...byKind.keys()].map((k) => `<a href="#${esc(k)}">${esc(KIND_LABELS[k as keyof typeof KIND_LABELS] ?? k)}</a>`).join('・')}</nav>
${sections}
</body></html>
`;
}
