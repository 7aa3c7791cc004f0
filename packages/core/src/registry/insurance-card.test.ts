import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeCardText, parseInsuranceCard } from './insurance-card.ts';

test('card text is compared in NFKC without spaces (the sample UKE writes full-width digits)', () => {
  const rows: [string, string][] = [
    ['１９Ｄ０００１', '19D0001'], // sample UKE HO 番号
    ['３１４３０４１４', '31430414'],
    [' 12 345 ', '12345'],
    ['千代田　１２', '千代田12'], // ideographic space
    ['ｱｲｳ', 'アイウ'], // half-width kana become full-width
    ['', ''],
  ];
  for (const [raw, canonical] of rows) assert.equal(normalizeCardText(raw), canonical, raw);
});

test('card: symbol optional, number required, 記号+番号 ≤ 19 characters, 枝番 two digits', () => {
  assert.deepEqual(parseInsuranceCard({ symbol: '１', number: '１９Ｄ０００１', branch: '０１' }), { ok: true, value: { symbol: '1', number: '19D0001', branch: '01' } });
  assert.deepEqual(parseInsuranceCard({ number: '12345678' }), { ok: true, value: { symbol: '', number: '12345678', branch: '' } });
  const bad: [Parameters<typeof parseInsuranceCard>[0], string[]][] = [
    [{ symbol: '1', number: '' }, ['empty']],
    [{ symbol: '1234567890', number: '1234567890' }, ['cardTooLong']],
    [{ number: '1', branch: '1' }, ['badBranch']],
    [{ number: '1', branch: 'AB' }, ['badBranch']],
    [{ number: '', branch: '123' }, ['empty', 'badBranch']],
  ];
  for (const [input, codes] of bad) {
    const r = parseInsuranceCard(input);
    assert.equal(r.ok, false, JSON.stringify(input));
    if (!r.ok) assert.deepEqual(r.errors.map((e) => e.code), codes, JSON.stringify(input));
  }
  // 19 characters exactly is allowed.
  assert.ok(parseInsuranceCard({ symbol: '123456789', number: '1234567890' }).ok);
});
