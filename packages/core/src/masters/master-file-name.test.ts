import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMasterFileName } from './master-file-name.ts';
import { kindOfCode } from './code-kind.ts';

test('kind, date and full/change from published file names', () => {
  const rows: [string, [string, string, boolean] | undefined][] = [
    ['s_ALL20240531.csv', ['S', '2024-05-31', true]],
    ['s_ALL20240531.zip', ['S', '2024-05-31', true]],
    ['s_20240621.csv', ['S', '2024-06-21', false]],
    ['y_ALL20240321.csv', ['Y', '2024-03-21', true]],
    ['y_20240613.csv', ['Y', '2024-06-13', false]],
    ['t_20240531.csv', ['T', '2024-05-31', false]],
    ['c_ALL20240531.csv', ['C', '2024-05-31', true]],
    ['b_20240601.zip', ['B', '2024-06-01', true]],
    ['b_20240601.txt', ['B', '2024-06-01', true]],
    ['z_20250601.txt', ['Z', '2025-06-01', true]],
    ['S_all20240531.CSV', ['S', '2024-05-31', true]],
    ['k.csv', undefined],
    ['ck_ALL20240531.csv', undefined],
    ['s_ALL20240532.csv', undefined],
    ['h_ALL20240531.csv', undefined],
    ['s_ALL20240531.xlsx', undefined],
  ];
  for (const [name, want] of rows) {
    const got = parseMasterFileName(name);
    assert.deepEqual(got && [got.kind, got.fileDate, got.full], want, name);
  }
});

test('the master of a code from its shape', () => {
  const rows: [string, string | undefined][] = [
    ['111000110', 'S'], ['610406079', 'Y'], ['700010000', 'T'], ['820000001', 'C'],
    ['8848176', 'B'], ['8002', 'Z'], ['410004110', undefined], ['12345', undefined], ['11100011A', undefined],
  ];
  for (const [code, kind] of rows) assert.equal(kindOfCode(code), kind, code);
});
