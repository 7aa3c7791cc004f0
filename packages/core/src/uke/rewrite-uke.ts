/**
 * Parse → write, keeping the file's line endings and EOF byte: byte-identical for a valid file that
 * writes every field (the round-trip property the tests pin). Streams claim by claim.
 */
import { parseUke, type UkeParseOptions } from './parse-uke.ts';
import type { ClaimSummaryRecord } from './types.ts';
import { UkeWriter } from './writer.ts';

export async function* rewriteUke(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: UkeParseOptions): AsyncGenerator<Uint8Array, void, undefined> {
  let w: UkeWriter | undefined;
  let go: ClaimSummaryRecord | undefined;
  for await (const ev of parseUke(source, options)) {
    switch (ev.type) {
      case 'header':
        w = new UkeWriter({ lineEnding: ev.lineEnding, eofMarker: false });
        yield w.header(ev.record);
        break;
      case 'claim':
        yield (w ??= new UkeWriter()).claim(ev.claim);
        break;
      case 'genericClaim':
        yield (w ??= new UkeWriter()).genericClaim(ev.claim);
        break;
      case 'trailer':
        go = ev.record;
        break;
      case 'end':
        if (go && w) yield w.trailer(go);
        if (ev.summary.eofMarker) yield Uint8Array.of(0x1a);
        break;
    }
  }
}
