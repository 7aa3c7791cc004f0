/**
 * The floor any UKE parser stands on: read the bytes, decode CP932, split into lines.
 * Nothing is parsed; the line count keeps the work from being optimised away.
 */
import { createReadStream } from 'node:fs';

export async function decodeFloor(files: string[]): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for (const f of files) {
    const decoder = new TextDecoder('shift_jis');
    let tail = '';
    for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      const text = tail + decoder.decode(chunk, { stream: true });
      let start = 0;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
        lines++;
        start = i + 1;
      }
      tail = text.slice(start);
    }
    if ((tail + decoder.decode()).length > 1) lines++;
  }
  return { bytes, lines };
}
