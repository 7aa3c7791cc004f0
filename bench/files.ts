import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every RECEIPTC.UKE under a generated month's directory, in a stable order. */
export function ukeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.toUpperCase().endsWith('.UKE')) out.push(p);
    }
  };
  walk(dir);
  return out;
}
