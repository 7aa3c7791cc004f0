/**
 * A file written in appended chunks with its sha256 computed on the way: no descriptor stays open
 * between flushes, so thousands of provider files can be in progress at once.
 */
import { createHash, type Hash } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';


export class ChunkedFile {
  private parts: Uint8Array[] = [];
  private pending = 0;
  private started = false;
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;

  /** `flushAt`: bytes kept in memory before an append (small for the many eligibility files). */
  constructor(
    readonly path: string,
    private readonly flushAt = 1 << 20,
  ) {}

  write(chunk: Uint8Array | string): void {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.parts.push(b);
    this.pending += b.length;
    this.bytes += b.length;
    this.hash.update(b);
    if (this.pending >= this.flushAt) this.flush();
  }

  flush(): void {
    if (!this.started) {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, Buffer.concat(this.parts));
      this.started = true;
    } else if (this.pending) appendFileSync(this.path, Buffer.concat(this.parts));
    this.parts = [];
    this.pending = 0;
  }

  /** Flushes and returns the sha256 (hex) of everything written. */
  close(): string {
    this.flush();
    return this.hash.digest('hex');
  }
}
