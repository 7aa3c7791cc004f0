/**
 * A claim file as intake reads it: twice, from disk or memory, never whole in memory when on disk.
 * First for its SHA-256 (the file's identity: the same bytes are never received twice), then for
 * the claims.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';

export type ClaimFileSource = { name?: string; path: string } | { name: string; bytes: Uint8Array };

export interface OpenedSource {
  name: string;
  bytes: number;
  sha256: string;
  chunks(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

const CHUNK = 256 * 1024;

export async function openSource(src: ClaimFileSource): Promise<OpenedSource> {
  if ('bytes' in src) {
    const sha256 = createHash('sha256').update(src.bytes).digest('hex');
    return { name: src.name, bytes: src.bytes.length, sha256, chunks: () => [src.bytes] };
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(src.path, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);
  return {
    name: src.name ?? basename(src.path),
    bytes: statSync(src.path).size,
    sha256: hash.digest('hex'),
    chunks: () => createReadStream(src.path, { highWaterMark: CHUNK }) as AsyncIterable<Uint8Array>,
  };
}
