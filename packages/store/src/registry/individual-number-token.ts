/**
 * 個人番号 tokenisation. The number is never stored: the registries keep
 *   token = HMAC-SHA256(key, "kokuho/individual-number/v1\0" + number), as 64 lowercase hex,
 * which is stable (the same number and key give the same token, so persons can be found by
 * number) and useless without the key (a 12-digit space with a check digit is only 10^11 numbers:
 * a plain hash would be reversed by enumeration in hours, a keyed one cannot be).
 *
 * The key lives outside the database: KOKUHO_PEPPER (at least 32 characters), or else a 32-byte
 * random key generated once into `<data dir>/individual-number.key` (mode 0600). Losing the key
 * makes every token unmatchable; changing it means re-tokenising from the source change files.
 * The domain prefix keeps these tokens distinct from any other use of the same key.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '@kokuho/core/common';
import { parseIndividualNumber, type IndividualNumber, type IndividualNumberToken, type RegistryError } from '@kokuho/core/registry';
import { defaultDataDir } from '../db/database.ts';

export const PEPPER_ENV = 'KOKUHO_PEPPER';
export const KEY_FILE_NAME = 'individual-number.key';
export const MIN_KEY_BYTES = 32;
const DOMAIN = 'kokuho/individual-number/v1\u0000';

export interface IndividualNumberTokenizer {
  /** Token of an already validated number. */
  token(n: IndividualNumber): IndividualNumberToken;
  /** Validates (check digit included) and tokenises; errors never carry the number. */
  tokenize(raw: string): Result<IndividualNumberToken, RegistryError>;
}

export function createIndividualNumberTokenizer(key: Uint8Array): IndividualNumberTokenizer {
  if (key.length < MIN_KEY_BYTES) throw new RangeError(`the individual-number key needs at least ${MIN_KEY_BYTES} bytes`);
  const k = Buffer.from(key); // a copy: the caller's buffer may be reused
  const token = (n: IndividualNumber) => createHmac('sha256', k).update(DOMAIN + n, 'utf8').digest('hex') as IndividualNumberToken;
  return {
    token,
    tokenize(raw) {
      const r = parseIndividualNumber(raw);
      return r.ok ? { ok: true, value: token(r.value) } : r;
    },
  };
}

export interface KeySource {
  env?: NodeJS.ProcessEnv;
  /** Where the generated key file lives; default $KOKUHO_DATA or ./.kokuho. */
  dataDir?: string;
}

/** The key from KOKUHO_PEPPER, else from the data directory's key file, created on first use. */
export function loadIndividualNumberKey(source: KeySource = {}): Uint8Array {
  const pepper = (source.env ?? process.env)[PEPPER_ENV];
  if (pepper) {
    const key = Buffer.from(pepper, 'utf8');
    if (key.length < MIN_KEY_BYTES) throw new RangeError(`${PEPPER_ENV} must have at least ${MIN_KEY_BYTES} characters`);
    return key;
  }
  const dir = source.dataDir ?? defaultDataDir();
  const file = join(dir, KEY_FILE_NAME);
  try {
    return readKeyFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dir, { recursive: true });
  try {
    // 'wx' fails if another process created the file meanwhile; then theirs is the key.
    writeFileSync(file, `${randomBytes(MIN_KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return readKeyFile(file);
}

function readKeyFile(file: string): Uint8Array {
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]+$/.test(hex) || hex.length < MIN_KEY_BYTES * 2) throw new Error(`${file} is not a key of at least ${MIN_KEY_BYTES} hex bytes`);
  return Buffer.from(hex, 'hex');
}
