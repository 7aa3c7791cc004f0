import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeAgeLimit } from './age-limit.ts';

test('age limit codes of MSPEC 項番41–42 (values seen in s_ALL20240531.csv)', () => {
  assert.deepEqual(decodeAgeLimit('00'), { kind: 'none' });
  assert.deepEqual(decodeAgeLimit('06'), { kind: 'years', years: 6 });
  assert.deepEqual(decodeAgeLimit('AA'), { kind: 'days', days: 28 });
  assert.deepEqual(decodeAgeLimit('AE'), { kind: 'days', days: 90 });
  assert.deepEqual(decodeAgeLimit('BK'), { kind: 'monthAfterBirthday', years: 20 });
  assert.deepEqual(decodeAgeLimit('MG'), { kind: 'preschool' });
  assert.deepEqual(decodeAgeLimit('ZZ'), { kind: 'unknown', code: 'ZZ' });
});
