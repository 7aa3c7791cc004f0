/**
 * parseUke: bytes of a UKE file (any chunking) → events, one claim at a time.
 * Bad input never throws: problems are UkeError values inside the events.
 */
import { LineSplitter } from './line-splitter.ts';
import { UkeParser, type UkeParseOptions } from './parser.ts';
import type { UkeEvent } from './types.ts';

export type { UkeParseOptions } from './parser.ts';

const SLICE = 16 * 1024;

export async function* parseUke(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: UkeParseOptions): AsyncGenerator<UkeEvent, void, undefined> {
  const parser = new UkeParser(options);
  const splitter = new LineSplitter((text, from, to, line, crlf) => parser.lineAt(text, from, to, line, crlf));
  for await (const chunk of source) {
    // Fed in slices so that a batch of events is small: claims then die young (a 1 MB chunk held
    // ~2000 claims alive at once, long enough for the GC to promote them to the old generation).
    for (let at = 0; at < chunk.length; at += SLICE) {
      splitter.push(chunk.length <= SLICE ? chunk : chunk.subarray(at, at + SLICE));
      const events = parser.drain();
      for (let i = 0; i < events.length; i++) yield events[i]!;
    }
  }
  parser.end(splitter.end());
  yield* parser.drain();
}

/** Synchronous variant for bytes already in memory (tests, small files). */
export function parseUkeSync(bytes: Uint8Array, options: UkeParseOptions): UkeEvent[] {
  const parser = new UkeParser(options);
  const splitter = new LineSplitter((text, from, to, line, crlf) => parser.lineAt(text, from, to, line, crlf));
  splitter.push(bytes);
  parser.end(splitter.end());
  return parser.drain();
}
