/** A clean 医科 claim for the tests of the checks, built from records the generator wrote. */
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { parseUkeSync } from '../uke/parse-uke.ts';
import type { UkeClaim } from '../uke/types.ts';

/** A clean 医科 claim built from records the generator wrote (line numbers matter). */
export const BASE: readonly string[] = [
  'IR,2,13,1,0000052,,斉藤小児科,202506,00,03-9521-8836', // 1
  'RE,1,1126,202505,山下　さくら,2,20140801,70,,,,,,001532,,,,,,,,,,,,,,,,,,,,,,,ヤマシタサクラ,', // 2
  'HO,  133017,2034,0000153,1,641,,,,,,,,,', // 3
  'KO,12131355,0000125,,1,641,,,,,,', // 4
  'SN,1,01,,,,03,,', // 5
  'JD,1,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,', // 6
  'SY,8832280,20250512,2,2056,,01,', // 7
  'SI,11,1,111000110,,291,1,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,', // 8
  'IY,21,1,620007870,1,1,1,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,', // 9
  'CO,,1,820181220,', // 10
  'SI,80,1,120002910,,60,1,,,,,,,,,,,,,,,,,,1,,,,,,,,,,,,,,,,,,,', // 11
  'GO,1,641,99', // 12
];

/** The one claim of a file made of these lines. */
export function claimOf(lines: readonly string[]): UkeClaim {
  const bytes = iconv.encode(lines.join('\r\n') + '\r\n\x1a', 'shift_jis');
  const claims = parseUkeSync(bytes, { fileName: 'TEST.UKE' }).flatMap((e) => (e.type === 'claim' ? [e.claim] : []));
  assert.equal(claims.length, 1);
  return claims[0]!;
}
