import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleMasters } from '../test-support/generated-month.ts';
import { devicePoints, drugUnitPoints, procedurePoints, zaiPoints } from './pricing.ts';
import { bundledChemistryPoints } from './tests.ts';

test('剤 points: 15円以下 1点, then one point per 10円 or part of it', () => {
  const yen = (y: number): number => Math.round(y * 100_000);
  assert.equal(zaiPoints(yen(0.5)), 1);
  assert.equal(zaiPoints(yen(15)), 1);
  assert.equal(zaiPoints(yen(15.01)), 2);
  assert.equal(zaiPoints(yen(25)), 2);
  assert.equal(zaiPoints(yen(25.1)), 3);
  assert.equal(zaiPoints(yen(478.8)), 48);
});

test('points from the masters of the month: 初診料, meals by 食数, films, drugs, devices', () => {
  const may = sampleMasters().snapshot('2025-05');
  const june24 = sampleMasters().snapshot('2024-06');
  assert.equal(procedurePoints(may, '111000110'), 291);
  // 入院時食事療養（１）: 670円 until March 2025, 690円 from April (きざみ by 食).
  assert.equal(procedurePoints(june24, '197000110', 3), 2010);
  assert.equal(procedurePoints(may, '197000110', 3), 2070);
  // 脊椎麻酔: base points up to 120 minutes, then +128 per 30 minutes.
  assert.equal(procedurePoints(may, '150232910', 90), 850);
  assert.equal(procedurePoints(may, '150232910', 150), 978);
  // アムロジピン錠５ｍｇ「サワイ」 10.10円 × 1 → 1点; メトホルミン 10.10円 × 4 = 40.4円 → 4点.
  assert.equal(drugUnitPoints(may, [{ code: '620007870', amount: 1 }]), 1);
  assert.equal(drugUnitPoints(may, [{ code: '622412701', amount: 4 }]), 4);
  assert.equal(devicePoints(may, '738440000', 1) > 0, true);
  assert.deepEqual([5, 7, 8, 9, 10, 12].map(bundledChemistryPoints), [93, 93, 99, 99, 103, 103]);
});
