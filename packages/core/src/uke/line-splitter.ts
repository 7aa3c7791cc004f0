/**
 * Bytes → decoded lines, chunk by chunk, holding at most one partial line (memory stays flat).
 *
 * - The 0x1A EOF byte is found in the bytes, before decoding: Node's ICU 'shift_jis' decoder maps
 *   0x1A to U+001C (and 0x1C→U+007F, 0x7F→U+001A), so it cannot be recognised in the text.
 *   0x1A never occurs inside a Shift_JIS 2-byte character (trail bytes are 0x40–0xFC).
 * - TextDecoder with {stream: true} carries a lead byte that ends a chunk over to the next one.
 * - Lines end with CRLF; LF-only is tolerated and remembered (first such line) for one warning.
 */
import type { UkeLineEnding } from './types.ts';

export interface SplitterResult {
  eofMarker: boolean;
  /** Bytes found after the EOF byte */
  bytesAfterEof: number;
  /** First line that ended in a bare LF (0 = none) */
  firstLfOnlyLine: number;
  lineEnding: UkeLineEnding;
  /** Text after the last line break that was not a line (e.g. a final record without CRLF): its line number, 0 = none */
  unterminatedLine: number;
}

/** A line is text[from, to): lines are not cut out of the decoded chunk unless kept. */
export type LineSink = (text: string, from: number, to: number, line: number, crlf: boolean) => void;

export class LineSplitter {
  private readonly decoder = new TextDecoder('shift_jis');
  private tail = '';
  private line = 0;
  private eof = false;
  private afterEof = 0;
  private firstLf = 0;
  private ending: UkeLineEnding | undefined;

  constructor(private readonly sink: LineSink) {}

  push(chunk: Uint8Array): void {
    if (this.eof) {
      this.afterEof += chunk.length;
      return;
    }
    const k = chunk.indexOf(0x1a);
    if (k >= 0) {
      this.eof = true;
      this.afterEof += chunk.length - k - 1;
      chunk = chunk.subarray(0, k);
    }
    this.split(this.decoder.decode(chunk, { stream: true }));
  }

  end(): SplitterResult {
    this.split(this.decoder.decode());
    let unterminated = 0;
    if (this.tail.length > 0) {
      unterminated = ++this.line;
      const t = this.tail;
      this.tail = '';
      this.sink(t, 0, t.charCodeAt(t.length - 1) === 0x0d ? t.length - 1 : t.length, unterminated, true);
    }
    return {
      eofMarker: this.eof,
      bytesAfterEof: this.afterEof,
      firstLfOnlyLine: this.firstLf,
      lineEnding: this.ending ?? '\r\n',
      unterminatedLine: unterminated,
    };
  }

  private split(decoded: string): void {
    if (decoded.length === 0) return;
    let from = 0;
    if (this.tail.length > 0) {
      // The line that straddles two chunks is joined on its own, so that the chunk itself stays the
      // flat string the decoder made (reading a concatenation costs an indirection per character).
      const nl = decoded.indexOf('\n');
      if (nl === -1) {
        this.tail += decoded;
        return;
      }
      const joined = this.tail + decoded.slice(0, nl + 1);
      this.tail = '';
      this.lines(joined, 0);
      from = nl + 1;
    }
    const rest = this.lines(decoded, from);
    this.tail = rest === decoded.length ? '' : decoded.slice(rest);
  }

  /** Emits every complete line of text from `start`; returns where the incomplete rest begins. */
  private lines(text: string, start: number): number {
    let i = text.indexOf('\n', start);
    while (i !== -1) {
      const line = ++this.line;
      if (i > start && text.charCodeAt(i - 1) === 0x0d) {
        this.ending ??= '\r\n';
        this.sink(text, start, i - 1, line, true);
      } else {
        this.ending ??= '\n';
        if (this.firstLf === 0) this.firstLf = line;
        this.sink(text, start, i, line, false);
      }
      start = i + 1;
      i = text.indexOf('\n', start);
    }
    return start;
  }
}
