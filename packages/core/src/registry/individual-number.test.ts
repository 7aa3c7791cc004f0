import { test } from 'node:test';
import assert from 'node:assert/strict';
import { individualNumberCheckDigit, parseIndividualNumber } from './individual-number.ts';

test('個人番号 check digit (総務省令 §5)', () => {
  // 12345678901 → Σ Pn×Qn = 1×2+0×3+9×4+8×5+7×6+6×7+5×2+4×3+3×4+2×5+1×6 = 212; 212 mod 11 = 3 → 8.
  // 123456789018 is the example number commonly used for this algorithm.
  assert.equal(individualNumberCheckDigit('12345678901'), 8);
  // Remainder ≤ 1 gives 0: 00000000000 → 0; 00000000001 → 1×2 = 2 → 9.
  assert.equal(individualNumberCheckDigit('00000000000'), 0);
  assert.equal(individualNumberCheckDigit('00000000001'), 9);
  // 10000000000: P11 = 1, Q11 = 6 → 6 → 5.
  assert.equal(individualNumberCheckDigit('10000000000'), 5);
});

test('parse: valid, and errors that never echo the number', () => {
  assert.deepEqual(parseIndividualNumber(' 123456789018 '), { ok: true, value: '123456789018' });
  const rows: [string, string][] = [
    ['123456789012', 'checkDigit'],
    ['12345678901', 'badLength'],
    ['1234-5678-9018', 'notDigits'],
    ['', 'empty'],
  ];
  for (const [raw, code] of rows) {
    const r = parseIndividualNumber(raw);
    assert.equal(r.ok, false, code);
    if (r.ok) continue;
    assert.equal(r.errors[0]!.code, code);
    assert.equal(r.errors[0]!.input, undefined, 'personal data must not leak into error values');
    assert.ok(r.errors[0]!.message.startsWith('個人番号: '));
  }
});
