import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decimalToHundredths, hundredthsToDecimal } from './decimal.ts';

test('master decimals become exact integer hundredths', () => {
  const rows: [string, number | undefined][] = [
    ['291.00', 29100], // 初診料, s_ALL20240531.csv line 1
    ['16.50', 1650], // ガスター散２％, y_ALL20240321.csv line 1
    ['2419945.00', 241994500], // y_20240717.csv line 6
    ['0.1', 10],
    ['12.3', 1230],
    ['5.', 500],
    ['0', 0],
    ['-7.05', -705],
    ['-0.00', 0],
    ['1.005', undefined],
    ['1,000.00', undefined],
    ['', undefined],
    ['.5', undefined],
    ['１２', undefined],
  ];
  for (const [s, n] of rows) assert.equal(decimalToHundredths(s), n, s);
  // 0.1 + 0.2 in floating point is not 0.3; in hundredths it is.
  assert.equal(decimalToHundredths('0.10')! + decimalToHundredths('0.20')!, decimalToHundredths('0.30'));
});

test('hundredths print back in the master notation', () => {
  assert.equal(hundredthsToDecimal(29100), '291.00');
  assert.equal(hundredthsToDecimal(5), '0.05');
  assert.equal(hundredthsToDecimal(-705), '-7.05');
});
