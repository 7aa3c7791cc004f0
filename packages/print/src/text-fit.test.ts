import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakUnits, fitText, shrinkSize, wrapText, type MeasureText } from './text-fit.ts';

// A monospaced stand-in for the font: ASCII is half an em wide, everything else a full em.
const measure: MeasureText = (s, size) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0) * size;

test('break units keep ASCII runs whole and apply 行頭・行末禁則', () => {
  const rows: [string, string[]][] = [
    ['診療所1', ['診', '療', '所', '1']],
    ['支払額、合計。', ['支', '払', '額、', '合', '計。']],
    ['請求書（写）', ['請', '求', '書', '（写）']],
    ['「注」です', ['「注」', 'で', 'す']],
    ['ショップ', ['ショッ', 'プ']], // small kana never start a line
    ['TEL 03-0000-0000', ['TEL', ' ', '03-0000-0000']],
  ];
  for (const [text, units] of rows) assert.deepEqual(breakUnits(text), units, text);
});

test('wrapText fills lines greedily within the width', () => {
  const rows: [string, number, string[]][] = [
    // width in ems at size 1
    ['医療法人社団健康会', 4, ['医療法人', '社団健康', '会']],
    ['医療法人社団 健康会', 7, ['医療法人社団', '健康会']],
    ['支払額、合計', 3, ['支払', '額、合', '計']],
    ['合計 1,234,567円', 6, ['合計', '1,234,567円']],
    // An ASCII run wider than the box is cut by characters rather than overflowing.
    ['1234567890', 2, ['1234', '5678', '90']],
    ['一行目\n二行目', 10, ['一行目', '二行目']],
    ['', 5, ['']],
  ];
  for (const [text, width, lines] of rows) {
    const got = wrapText(text, width, 1, measure);
    assert.deepEqual(got, lines, text);
    for (const l of got) assert.ok(measure(l, 1) <= width, `${text}: 「${l}」 is wider than ${width}`);
  }
});

test('shrinkSize finds the largest size that fits, to 0.1pt', () => {
  assert.equal(shrinkSize('12,345', 30, 9, measure), 9); // 3 em × 9 = 27 ≤ 30
  assert.equal(shrinkSize('1,234,567,890', 30, 9, measure), 4.6); // 6.5 em: 30 / 6.5 = 4.61…
  assert.ok(measure('1,234,567,890', 4.6) <= 30);
  assert.ok(measure('1,234,567,890', 4.7) > 30);
});

test('fitText: figures shrink to one line, and wrap only below the legible size', () => {
  assert.deepEqual(fitText('123,456,789', 40, 9, 'shrink', measure), { size: 7.2, lines: ['123,456,789'] });
  assert.deepEqual(fitText('123,456,789', 20, 9, 'shrink', measure), { size: 5, lines: ['123,456,', '789'] });
  assert.deepEqual(fitText('医療法人社団', 30, 10, 'wrap', measure), { size: 10, lines: ['医療法', '人社団'] });
});
