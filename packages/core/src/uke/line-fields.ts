/**
 * A record line seen through its field boundaries, without cutting it into strings. One instance is
 * reused for every line: validation reads characters in place, and builders slice out only the
 * values a typed record keeps (numbers are read from the characters). This is what keeps the reader
 * within a small factor of decode + line split: the per-field substrings were most of the garbage.
 */
export class LineFields {
  /** The decoded text that holds the line (a chunk, or the line itself) */
  text = '';
  from = 0;
  to = 0;
  private lineText: string | undefined;
  private searched = '';
  private nextQuote = -1;
  private nextUndecodable = -1;
  /** Fields present in the line */
  count = 0;
  /** Position of the first '"' (the format has no quoting), -1 = none */
  quoteAt = -1;
  /** Position of the first U+FFFD (bytes the decoder could not read), -1 = none */
  undecodableAt = -1;
  start = new Int32Array(128);
  end = new Int32Array(128);

  /**
   * The line is text[from, to): the splitter passes the decoded chunk itself, so the scan reads a
   * flat string (charCodeAt on a sliced line string costs an indirection per character).
   */
  set(text: string, from = 0, to = text.length): void {
    this.text = text;
    this.from = from;
    this.to = to;
    this.lineText = undefined;
    let start = this.start, end = this.end;
    let k = 0;
    let a = from;
    // '"' and U+FFFD must be reported wherever they stand; they are rare, so one native search per
    // chunk and occurrence finds them instead of a test per character.
    if (text !== this.searched) {
      this.searched = text;
      this.nextQuote = text.indexOf('"');
      this.nextUndecodable = text.indexOf('\uFFFD');
    }
    if (this.nextQuote !== -1 && this.nextQuote < from) this.nextQuote = text.indexOf('"', from);
    if (this.nextUndecodable !== -1 && this.nextUndecodable < from) this.nextUndecodable = text.indexOf('\uFFFD', from);
    this.quoteAt = this.nextQuote !== -1 && this.nextQuote < to ? this.nextQuote : -1;
    this.undecodableAt = this.nextUndecodable !== -1 && this.nextUndecodable < to ? this.nextUndecodable : -1;
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) !== 0x2c) continue;
      if (k + 1 >= start.length) {
        this.grow();
        start = this.start;
        end = this.end;
      }
      start[k] = a;
      end[k++] = i;
      a = i + 1;
    }
    start[k] = a;
    end[k++] = to;
    this.count = k;
  }

  /** The whole line as a string (made once per line, on demand). */
  line(): string {
    return (this.lineText ??= this.text.slice(this.from, this.to));
  }

  /** Index of the field that holds position `pos`. */
  fieldIndexAt(pos: number): number {
    for (let k = 0; k < this.count; k++) if (pos <= this.end[k]!) return k;
    return this.count - 1;
  }

  /** Treats fields count..n-1 as present and empty (missing trailing fields). */
  padTo(n: number): void {
    while (this.start.length < n) this.grow();
    const len = this.to;
    for (let i = this.count; i < n; i++) {
      this.start[i] = len;
      this.end[i] = len;
    }
  }

  isEmpty(i: number): boolean {
    return this.start[i] === this.end[i];
  }

  str(i: number): string {
    const a = this.start[i]!, b = this.end[i]!;
    return a === b ? '' : this.text.slice(a, b);
  }

  opt(i: number): string | undefined {
    const a = this.start[i]!, b = this.end[i]!;
    return a === b ? undefined : this.text.slice(a, b);
  }

  /** Integer value; undefined when empty; NaN when not a number; decimals through Number(). */
  int(i: number): number | undefined {
    const a = this.start[i]!, b = this.end[i]!;
    if (a === b) return undefined;
    const t = this.text;
    let v = 0;
    for (let p = a; p < b; p++) {
      const c = t.charCodeAt(p) - 0x30;
      if (c < 0 || c > 9 || p - a > 14) return Number(t.slice(a, b));
      v = v * 10 + c;
    }
    return v;
  }

  /** Like int(), NaN when empty (a required number). */
  req(i: number): number {
    return this.int(i) ?? NaN;
  }

  toArray(n = this.count): string[] {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = i < this.count ? this.str(i) : '';
    return out;
  }

  private grow(): void {
    const s = new Int32Array(this.start.length * 2), e = new Int32Array(this.start.length * 2);
    s.set(this.start);
    e.set(this.end);
    this.start = s;
    this.end = e;
  }
}
