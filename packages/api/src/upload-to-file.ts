/**
 * The body of an upload goes to a private temporary file as it arrives, never whole into memory:
 * intake then streams it from disk (twice: hash, then claims), so memory stays flat whatever the
 * size of a hospital's month. The file holds personal data: mode 0600, removed after the request.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError } from './api-errors.ts';

export interface UploadedFile {
  path: string;
  bytes: number;
}

export async function receiveToFile(body: NodeJS.ReadableStream, maxBytes: number): Promise<UploadedFile> {
  const path = join(process.env.KOKUHO_UPLOAD_DIR ?? tmpdir(), `kokuho-upload-${randomUUID()}`);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb(bytes > maxBytes ? new ApiError('PAYLOAD_TOO_LARGE') : null, chunk);
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(path, { mode: 0o600 }));
  } catch (e) {
    await removeUpload(path);
    throw e;
  }
  return { path, bytes };
}

export async function removeUpload(path: string): Promise<void> {
  await rm(path, { force: true });
}
