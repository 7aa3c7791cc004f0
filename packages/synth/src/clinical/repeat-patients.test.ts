import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEE } from './fee-codes.ts';
import { generate, type GeneratedMonth } from '../test-support/generated-month.ts';

const december = generate('2024-12', 3000);
const january = generate('2025-01', 3000);

/** provider file → patients (name + birth date) with a claim there. */
function patients(m: GeneratedMonth): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [file, events] of m.files) {
    const set = new Set<string>();
    for (const e of events) if (e.type === 'claim') set.add(`${e.claim.re.name}|${e.claim.re.birthDate}`);
    out.set(file, set);
  }
  return out;
}

test('the same seed brings the same patients back to the same clinics the next month', () => {
  const dec = patients(december), jan = patients(january);
  let both = 0, total = 0;
  for (const [file, set] of jan) {
    for (const p of set) {
      total++;
      if (dec.get(file)?.has(p)) both++;
    }
  }
  // Chronic patients come every month (some every other month); acute ones do not.
  assert.ok(both / total > 0.5, `${both}/${total}`);
});

test('初診 only where the patient was not seen the month before, except where that error is planted', () => {
  const dec = patients(december);
  const planted = new Set(january.truth.filter((t) => t.kind === 'initial-visit-consecutive-month').map((t) => `${t.file}#${t.claim}`));
  let clean = 0, flagged = 0;
  for (const [file, events] of january.files) {
    for (const e of events) {
      if (e.type !== 'claim' || !e.claim.items.some((i) => i.id === 'SI' && i.code === FEE.firstVisit)) continue;
      const seen = dec.get(file)?.has(`${e.claim.re.name}|${e.claim.re.birthDate}`) ?? false;
      if (planted.has(`${file}#${e.claim.re.receiptNumber}`)) {
        assert.ok(seen, `planted at ${file} #${e.claim.re.receiptNumber} but not seen in December`);
        flagged++;
      } else if (!january.truth.some((t) => t.file === file && t.claim === e.claim.re.receiptNumber)) {
        assert.ok(!seen, `${file} #${e.claim.re.receiptNumber}: 初診 although seen in December`);
        clean++;
      }
    }
  }
  assert.ok(clean > 10 && flagged > 0, `${clean} clean, ${flagged} planted`);
});
