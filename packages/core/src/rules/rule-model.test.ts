/**
 * The rule model: reading the CSV files (every bad row reported with file, line and field, the good
 * rows kept), choosing the rules in force for a federation and month (versions by 改定 date,
 * adoption: disabled / override / draft pilots), and the age limits of S 項番41/42.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { activeRules, compileRules, readRuleFiles, reachedOn } from './index.ts';
import { decodeAgeLimit } from '../masters/age-limit.ts';

const HEAD = 'rule_id,version,title,lamp,kind,scope,severity,action,reason_code,message,source,data_source,effective_from,effective_to,status';
const rule = (id: string, version: number, from: string, to = '', status = 'active', action = 'satei') =>
  `${id},${version},題,S,count,claim,error,${action},B,{name},告示,manual,${from},${to},${status}`;

describe('reading rule files', () => {
  it('reports each bad row with file, line and field and keeps the good ones', () => {
    const { ruleSet, errors } = readRuleFiles([
      { path: 'catalogue.csv', text: [HEAD, rule('A', 1, '2024-06-01'), 'B,1,題,X,count,claim,error,satei,B,m,s,d,2024-06-01,,active', 'C,1,題,S,count,claim,error,satei,B,m,s,d,2024-13-01,,active', rule('A', 1, '2024-06-01')].join('\n') },
      { path: 'count.csv', text: 'rule_id,code,max,unit\nA,160061810,1,month\nZ,160061810,1,month\nA,,1,month\n' },
      { path: 'misc/notes.csv', text: 'x\n' },
    ]);
    assert.deepEqual(errors.map((e) => [e.file, e.line, e.field, e.code]), [
      ['catalogue.csv', 3, 'lamp', 'RUL-E004'],
      ['catalogue.csv', 4, 'effective_from', 'RUL-E005'],
      ['count.csv', 4, 'code', 'RUL-E003'],
      ['misc/notes.csv', 0, '', 'RUL-E010'],
      ['catalogue.csv', 5, 'rule_id', 'RUL-E006'],
      ['count.csv', 3, 'rule_id', 'RUL-E007'],
    ]);
    assert.deepEqual(ruleSet.rules.map((r) => r.ruleId), ['A']);
    assert.equal(ruleSet.tables.get('count')!.length, 1);
  });

  it('names a missing column and a rule without table rows', () => {
    const { errors } = readRuleFiles([
      { path: 'catalogue.csv', text: [HEAD, rule('A', 1, '2024-06-01')].join('\n') },
      { path: 'age.csv', text: 'rule_id,code\nA,1\n' },
    ]);
    assert.deepEqual(errors.map((e) => [e.file, e.code, e.field]), [['age.csv', 'RUL-E002', 'min_age,max_age'], ['catalogue.csv', 'RUL-E008', 'kind']]);
  });
});

describe('rules in force', () => {
  const { ruleSet } = readRuleFiles([
    {
      path: 'catalogue.csv',
      text: [HEAD, rule('A', 1, '2024-06-01', '2025-05-31'), rule('A', 2, '2025-06-01'), rule('B', 1, '2024-06-01'), rule('P', 1, '2024-06-01', '', 'draft'), rule('R', 1, '2024-06-01', '', 'retired')].join('\n'),
    },
    { path: 'count.csv', text: 'rule_id,code,max,unit\nA,160061810,1,month\nB,160061910,1,month\nP,160062010,1,month\nR,160062110,1,month\n' },
    { path: 'adoption/13.csv', text: 'rule_id,state,from,to,override\nB,disabled,2025-06-01,2025-06-30,\nB,override,2025-07-01,,action=chui;severity=warning\nP,adopted,2025-06-01,,\n' },
  ]);
  const of = (fed: string, month: string) => activeRules(ruleSet, fed, month).map((r) => `${r.ruleId}@${r.version}:${r.action}`);

  // Worked examples: version by 改定 date; 13 disables B in June, overrides it from July, pilots P; 27 runs the national set.
  const cases: [string, string, string[]][] = [
    ['13', '2025-05', ['A@1:satei', 'B@1:satei']],
    ['13', '2025-06', ['A@2:satei', 'P@1:satei']],
    ['13', '2025-07', ['A@2:satei', 'B@1:chui', 'P@1:satei']],
    ['27', '2025-07', ['A@2:satei', 'B@1:satei']],
  ];
  for (const [fed, month, expected] of cases) it(`${fed} ${month}`, () => assert.deepEqual(of(fed, month), expected));

  it('compiles into lookups by code', () => {
    const c = compileRules(ruleSet, '13', '2025-07');
    assert.deepEqual([...c.byCode.keys()].sort(), ['160061810', '160061910', '160062010']);
    assert.equal(c.byCode.get('160061910')![0]!.rule.action, 'chui');
  });
});

describe('age limits (基本マスター項番41/42, 別紙: 下限は含み上限は含まない)', () => {
  // [code, birth, the day the limit is reached]
  const cases: [string, string, string][] = [
    ['06', '2019-05-20', '2025-05-20'], // 6歳: the 6th birthday
    ['AA', '2025-04-10', '2025-05-08'], // 生後28日
    ['AE', '2025-01-01', '2025-04-01'], // 生後90日
    ['B3', '2022-05-20', '2025-06-01'], // 3歳到達の翌月1日
    ['B6', '2019-12-15', '2026-01-01'], // across the year end
    ['MG', '2019-04-01', '2025-04-01'], // 未就学: born 1 April → school from the April after the 6th birthday
    ['MG', '2019-04-02', '2026-04-01'], // born 2 April → a year later
    ['15', '2008-02-29', '2023-03-01'], // 29 February births reach an age on 1 March in common years
  ];
  for (const [code, birth, on] of cases) it(`${code} born ${birth} → ${on}`, () => assert.equal(reachedOn(decodeAgeLimit(code), birth), on));
});
