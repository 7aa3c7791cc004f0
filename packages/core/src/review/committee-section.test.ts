/**
 * 部会 of the review committee by the main diagnosis, with the repository's table
 * (review/committee-sections.csv). ICD-10 chapter ranges from the WHO ICD-10 (2013) chapters as
 * used by the 傷病名マスター's ICD-10 columns: F 精神, H00–H59 眼, H60–H95 耳, L 皮膚, M 筋骨格,
 * S00–T14 損傷, O 妊娠, N70–N98 女性生殖器, P 周産期, C00–D48 新生物.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSectionTable, sectionOf } from './committee-section.ts';

const table = readSectionTable('review/committee-sections.csv', readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'review', 'committee-sections.csv'), 'utf8'));

const CASES: [string, string, string, string][] = [
  ['統合失調症 F20.9', 'medical', 'F209', 'psychiatry'],
  ['白内障 H26.9', 'medical', 'H269', 'ophthalmology'],
  ['眼の範囲の端 H59', 'dpc', 'H59', 'ophthalmology'],
  ['中耳炎 H66.9', 'medical', 'H669', 'otorhinolaryngology'],
  ['慢性副鼻腔炎 J32.9', 'medical', 'J329', 'otorhinolaryngology'],
  ['肺炎 J18.9（呼吸器は内科）', 'medical', 'J189', 'internal'],
  ['アトピー性皮膚炎 L20.9', 'medical', 'L209', 'dermatology'],
  ['腰痛症 M54.5', 'medical', 'M545', 'orthopedics'],
  ['大腿骨頚部骨折 S72.0', 'dpc', 'S720', 'orthopedics'],
  ['T14 損傷の端', 'medical', 'T14', 'orthopedics'],
  ['中毒 T40（損傷の範囲外）', 'medical', 'T401', 'internal'],
  ['切迫早産 O60', 'medical', 'O60', 'obstetrics'],
  ['子宮内膜症 N80.9', 'medical', 'N809', 'obstetrics'],
  ['慢性腎不全 N18.9（腎は内科）', 'medical', 'N189', 'internal'],
  ['胃癌 C16.9', 'dpc', 'C169', 'surgery'],
  ['高血圧症 I10', 'medical', 'I10', 'internal'],
  ['主傷病なし', 'medical', '', 'internal'],
  ['歯科レセプト', 'dental', 'K021', 'dental'],
  ['調剤レセプト（主傷病に関係なく）', 'pharmacy', 'F209', 'pharmacy'],
];

for (const [name, kind, icd10, section] of CASES) {
  test(`部会: ${name} → ${section}`, () => {
    assert.ok(table.ok, JSON.stringify(!table.ok && table.errors));
    assert.equal(sectionOf(table.value, kind, icd10).section, section);
  });
}

test('a bad section table names the file, line and column', () => {
  const r = readSectionTable('s.csv', 'order,section,label,kinds,icd10_from,icd10_to\n1,x,x,*,F0,F99\n2,y,y,*,F00,\n3,z,z,*,,\n');
  assert.ok(!r.ok);
  assert.deepEqual(r.errors.map((e) => e.split(' ')[0]), ['s.csv:2', 's.csv:3']);
});
