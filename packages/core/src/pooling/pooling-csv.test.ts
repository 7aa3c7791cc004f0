import { test } from 'node:test';
import assert from 'node:assert/strict';
import { poolingCsvFiles, summarisePooling, type PoolingClaim } from './index.ts';

// Thresholds (pooling-rules.ts): 高額医療費 国保 over ¥800,000 counts the part above it, 国 and 都道府県
// ¼ each (seed 001; rules-reference.md §6); 特別高額 国保 over ¥4,200,000 counts the part above
// ¥2,000,000, 後期 over ¥4,000,000 the part above ¥2,000,000 (seed 001).
const CLAIMS: PoolingClaim[] = [
  { insurerNumber: '138057', prefecture: '13', serviceMonth: '2025-05', medicalCost: 900_000, scheme: '国保' },
  { insurerNumber: '138057', prefecture: '13', serviceMonth: '2025-05', medicalCost: 4_200_001, scheme: '国保' },
  { insurerNumber: '39131008', prefecture: '13', serviceMonth: '2025-05', medicalCost: 4_000_001, scheme: '後期' },
  { insurerNumber: '140012', prefecture: '14', serviceMonth: '2026-03', medicalCost: 50_000, scheme: '国保' },
];

test('pooling CSV files: names, headers and a worked national row', () => {
  const s = summarisePooling(CLAIMS);
  assert.ok(s.ok);
  const files = poolingCsvFiles(s.value);
  assert.deepEqual(files.map((f) => f.name), [
    'pooling-insurers-by-fiscal-year.csv', 'pooling-insurers-by-month.csv', 'pooling-national-by-fiscal-year.csv',
    'pooling-national-by-month.csv', 'pooling-prefectures-by-fiscal-year.csv', 'pooling-prefectures-by-month.csv',
  ]);
  const national = files.find((f) => f.name === 'pooling-national-by-fiscal-year.csv')!.text.split('\r\n');
  assert.equal(national[0], '制度,年度,年度（和暦）,件数,医療費,高額医療費共同事業 対象件数,対象医療費,対象額（80万円を超える部分）,国・都道府県の負担額（各1/4）,特別高額医療費共同事業 対象件数,対象医療費,対象額（200万円を超える部分）');
  // 国保 令和7年度: 900,000 → 100,000; 4,200,001 → 3,400,001 and 2,200,001; 2026-03 is still 令和7年度
  assert.equal(national[1], '国保,2025,令和7年度,3,5150001,2,5100001,3500001,875000,1,4200001,2200001');
  assert.equal(national[2], '後期,2025,令和7年度,1,4000001,0,0,0,0,1,4000001,2000001');
  assert.equal(national[3], '');
  const prefectures = files.find((f) => f.name === 'pooling-prefectures-by-month.csv')!.text.split('\r\n');
  assert.deepEqual(prefectures.slice(1, 4).map((l) => l.split(',').slice(0, 5).join(',')), ['13,東京都,国保,2025-05,2', '13,東京都,後期,2025-05,1', '14,神奈川県,国保,2026-03,1']);
});
