import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ageOn } from '@kokuho/core/common';
import { findOverlappingPeriods, hasValidCheckDigit, parseInsurerNumber, parsePublicExpensePayerNumber, providerCodeOf } from '@kokuho/core/registry';
import { districtProviders } from '../providers/district-providers.ts';
import { chronicCareOf } from '../clinical/care-plan.ts';
import { generate, readCsv } from '../test-support/generated-month.ts';
import { addYears } from './calendar.ts';
import { coverageOf } from './coverage.ts';
import { householdAt } from './household.ts';
import { buildInsurerCatalog } from './insurer-catalog.ts';
import { grantsOf } from './public-expense.ts';

const SEED = 1;
const world = buildInsurerCatalog('13', SEED);
const households = Array.from({ length: 3000 }, (_, i) => householdAt(world, SEED, i));
const persons = households.flatMap((h) => h.members);

test('insurer numbers: valid 検証番号, the kinds of system-map.md, in and out of the prefecture', () => {
  for (const i of world.all) {
    const r = parseInsurerNumber(i.number);
    assert.ok(r.ok, i.number);
    assert.equal(r.value.scheme, i.kind, i.number);
    assert.equal(r.value.prefecture, i.prefecture);
    assert.equal(i.inFederation, i.prefecture === '13');
  }
  assert.ok(world.all.some((i) => !i.inFederation && i.kind === 'lateElderly'));
  assert.ok(world.unions.every((u) => u.number[2] === '3' && u.number.length === 6));
});

test('persons are 後期 exactly from their 75th birthday (65th when certified), and periods do not overlap', () => {
  let late = 0;
  for (const p of persons) {
    const periods = coverageOf(world, SEED, p);
    assert.deepEqual(findOverlappingPeriods(periods.map((c) => ({ personId: p.id, acquiredOn: c.acquiredOn, lostOn: c.lostOn }))), [], p.id);
    for (const c of periods) {
      const from = addYears(p.birthDate, p.disabilityCertified ? 65 : 75);
      const isLate = c.insurer.kind === 'lateElderly';
      assert.equal(isLate, c.acquiredOn >= from || c.acquiredOn === '2008-04-01' && from < '2008-04-01', `${p.id} ${c.insurer.number} ${c.acquiredOn} born ${p.birthDate}`);
      if (!isLate && c.lostOn) assert.ok(c.lostOn <= from, `${p.id}: 国保 after 75`);
      if (isLate) late++;
      assert.ok(c.lostOn === undefined || c.lostOn > c.acquiredOn);
      assert.ok(c.acquiredOn >= p.birthDate);
    }
    // Consecutive periods join without a gap unless coverage was lost.
    for (let i = 1; i < periods.length; i++) assert.equal(periods[i]!.acquiredOn, periods[i - 1]!.lostOn, p.id);
  }
  assert.ok(late / persons.length > 0.25 && late / persons.length < 0.6, `${late}/${persons.length}`);
});

test('a card (insurer, 記号, 番号, 枝番) designates one person', () => {
  const owner = new Map<string, string>();
  for (const p of persons) {
    for (const c of coverageOf(world, SEED, p)) {
      const key = `${c.insurer.number}|${c.symbol}|${c.number}|${c.branch}`;
      assert.equal(owner.get(key) ?? p.id, p.id, key);
      owner.set(key, p.id);
      assert.ok(c.symbol.length + c.number.length <= 19);
      assert.equal(c.branch === '', c.insurer.kind === 'lateElderly');
    }
  }
});

test('the population looks like 国保 and 後期: ages, households, outsiders, life events', () => {
  const ages = persons.map((p) => ageOn(p.birthDate, '2025-01-01'));
  const share = (f: (a: number) => boolean): number => ages.filter(f).length / ages.length;
  assert.ok(share((a) => a >= 75) > 0.25, `75+ ${share((a) => a >= 75)}`);
  assert.ok(share((a) => a < 20) > 0.03 && share((a) => a < 20) < 0.2);
  const size = persons.length / households.length;
  assert.ok(size > 1.3 && size < 2, `${size}`);
  const outside = households.filter((h) => h.outOfPrefecture).length / households.length;
  assert.ok(outside > 0.02 && outside < 0.07, `${outside}`);
  assert.ok(households.some((h) => h.event?.kind === 'moveWithin') && households.some((h) => h.welfare));
  for (const kind of ['death', 'joinEmployee', 'leaveEmployee', 'cardChange', 'birth'] as const) assert.ok(persons.some((p) => p.event?.kind === kind), kind);
});

test('provider codes carry a valid 検証番号 and are unique; 公費 numbers too', () => {
  const seen = new Set<string>();
  for (let d = 0; d < 50; d++) {
    for (const p of districtProviders(world, '13', SEED, d)) {
      assert.ok(providerCodeOf('13', p.feeTable, p.code).ok, p.code);
      assert.ok(!seen.has(p.code), p.code);
      seen.add(p.code);
      assert.ok(p.name.length <= 20 && !/[\x20-\x7e]/.test(p.name), p.name);
    }
  }
  const providers = districtProviders(world, '13', SEED, 0);
  let grants = 0;
  for (const p of persons.slice(0, 2000)) {
    const g = grantsOf(p, chronicCareOf(p, providers, SEED), SEED);
    for (const x of [...g.withInsurance.map((w) => w.grant), ...(g.welfare ? [g.welfare.grant] : [])]) {
      assert.ok(parsePublicExpensePayerNumber(x.payerNumber).ok, x.payerNumber);
      assert.ok(hasValidCheckDigit(x.beneficiaryNumber) && x.beneficiaryNumber.length === 7);
      grants++;
    }
  }
  assert.ok(grants > 10);
});

test('registry and eligibility files of a month are consistent', () => {
  const m = generate('2025-03', 2000);
  const insured = readCsv(join(m.dir, 'registry/insured.csv'));
  const ids = new Set(insured.map((r) => r.personId));
  for (const r of insured) {
    assert.ok(parseInsurerNumber(r.insurerNumber!).ok, r.insurerNumber);
    assert.ok(r.acquiredOn! <= '2025-03-31' && (!r.lostOn || r.lostOn > '2025-03-01'), `${r.personId} ${r.acquiredOn}–${r.lostOn}`);
  }
  const insurers = new Set(readCsv(join(m.dir, 'registry/insurers.csv')).map((r) => r.insurerNumber));
  let events = 0;
  for (const f of readdirSync(join(m.dir, 'eligibility'))) {
    assert.ok(insurers.has(f.replace('.csv', '')), f);
    for (const e of readCsv(join(m.dir, 'eligibility', f))) {
      events++;
      assert.ok(['取得', '喪失', '変更'].includes(e.event!));
      assert.ok(e.eventDate! >= '2025-03-01' && e.eventDate! <= '2025-03-31');
      assert.ok(ids.has(e.personId), e.personId);
    }
  }
  assert.ok(events > 5, `${events}`);
  const providers = readCsv(join(m.dir, 'registry/providers.csv'));
  assert.ok(providers.some((p) => p.kind === 'hospital' && Number(p.beds) >= 20) && providers.some((p) => p.feeTable === '4') && providers.some((p) => p.feeTable === '3'));
});
