import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FONT_ENV, locateFonts, notoCjkJapaneseName, SYSTEM_FONTS } from './font-locator.ts';

const NOWHERE = ['/nonexistent/kokuho/a.ttf', '/nonexistent/kokuho/b.ttc'];

test('no Japanese font anywhere: FONT_NOT_FOUND says what to install', () => {
  const r = locateFonts({}, { env: {}, systemFonts: NOWHERE, systemBoldFonts: NOWHERE });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.errors[0]!.code, 'FONT_NOT_FOUND');
  assert.match(r.errors[0]!.message, /apt-get install fonts-noto-cjk/);
  assert.match(r.errors[0]!.message, /fonts-ipaexfont/);
  assert.match(r.errors[0]!.message, /KOKUHO_PDF_FONT/);
  assert.match(r.errors[0]!.message, /\/nonexistent\/kokuho\/a\.ttf/);
});

test('a font path that does not exist is reported with where it came from', () => {
  const rows: [Parameters<typeof locateFonts>, string][] = [
    [[{ fontPath: '/nonexistent/x.ttf' }, { env: {} }], 'fontPath'],
    [[{}, { env: { [FONT_ENV]: '/nonexistent/y.otf' } }], FONT_ENV],
    // The option wins over the variable, even when only the variable's file exists.
    [[{ fontPath: '/nonexistent/x.ttf' }, { env: { [FONT_ENV]: SYSTEM_FONTS[0] } }], 'fontPath'],
  ];
  for (const [args, source] of rows) {
    const r = locateFonts(...args);
    assert.equal(r.ok, false, source);
    if (r.ok) continue;
    assert.equal(r.errors[0]!.code, 'FONT_FILE_NOT_FOUND');
    assert.equal(r.errors[0]!.details.source, source);
    assert.match(r.errors[0]!.message, /がありません/);
  }
});

test('a collection needs the name of its face unless it is Noto CJK', () => {
  assert.equal(notoCjkJapaneseName('NotoSansCJK-Regular.ttc'), 'NotoSansCJKjp-Regular');
  assert.equal(notoCjkJapaneseName('NotoSerifCJK-Bold.ttc'), 'NotoSerifCJKjp-Bold');
  assert.equal(notoCjkJapaneseName('ipaexg.ttf'), undefined);

  const dir = mkdtempSync(join(tmpdir(), 'kokuho-font-'));
  try {
    const ttc = join(dir, 'some.ttc');
    writeFileSync(ttc, Buffer.from('ttcf\0\x02\0\0', 'latin1'));
    const r = locateFonts({ fontPath: ttc }, { env: {} });
    assert.equal(r.ok ? 'ok' : r.errors[0]!.code, 'FONT_COLLECTION_NEEDS_NAME');
    const named = locateFonts({ fontPath: ttc, fontName: 'Some-Regular' }, { env: {} });
    assert.deepEqual(named.ok && named.value.regular, { path: ttc, name: 'Some-Regular' });
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a font given by path is used for bold too; system fonts take Noto CJK Bold', { skip: !SYSTEM_FONTS.some((p) => existsSync(p)) && 'no system font' }, () => {
  const given = SYSTEM_FONTS.find((p) => existsSync(p))!;
  const r = locateFonts({}, { env: { [FONT_ENV]: given } });
  assert.ok(r.ok);
  assert.deepEqual(r.value.bold, r.value.regular);
  assert.equal(r.value.regular.path, given);

  const noto = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
  if (!existsSync(noto)) return;
  const s = locateFonts({}, { env: {}, systemFonts: ['/nonexistent/a.ttf', noto] });
  assert.ok(s.ok);
  assert.deepEqual(s.value.regular, { path: noto, name: 'NotoSansCJKjp-Regular' });
  if (existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc')) assert.equal(s.value.bold.name, 'NotoSansCJKjp-Bold');
});
