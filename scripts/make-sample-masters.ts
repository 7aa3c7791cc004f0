/**
 * Builds the demo sample master: for the codes listed in data/sample-masters/codes.txt, the rows
 * of the official base files and of every change file that touches them, byte for byte (Shift_JIS,
 * CRLF, same file names, uncompressed), written to data/sample-masters/.
 *
 *   npx tsx scripts/make-sample-masters.ts [SOURCE_DIR]
 *
 * SOURCE_DIR defaults to ../shared/data/masters (the official files: base/ and updates/).
 * Idempotent: files whose content is unchanged are not rewritten; master files of earlier runs that
 * no longer receive rows are removed. Codes found in no file are listed (they are not an error:
 * the sample may be built from an older set of files than the codes were chosen from).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindOfCode, parseCsvLine, parseMasterFileName, rowCode, type MasterKind } from '@kokuho/core/masters';
import { readMasterFiles } from '@kokuho/store/masters';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'masters'));
const out = join(root, 'data', 'sample-masters');

function readCodes(path: string): Map<MasterKind, Set<string>> {
  const wanted = new Map<MasterKind, Set<string>>();
  const bad: string[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const code = raw.replace(/#.*/, '').trim();
      if (code === '') return;
      const kind = kindOfCode(code);
      if (!kind) bad.push(`codes.txt:${i + 1}: 「${code}」はマスターのコードの形ではありません`);
      else (wanted.get(kind) ?? wanted.set(kind, new Set()).get(kind)!).add(code);
    });
  if (bad.length) {
    console.error(bad.join('\n'));
    process.exit(2);
  }
  return wanted;
}

/** Lines with their terminators: Shift_JIS never uses 0x0A inside a character. */
function* linesOf(bytes: Uint8Array): Generator<Uint8Array> {
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      yield bytes.subarray(start, i + 1);
      start = i + 1;
    }
  }
  if (start < bytes.length) yield bytes.subarray(start);
}

const wanted = readCodes(join(out, 'codes.txt'));
const decoder = new TextDecoder('shift_jis');
const found = new Set<string>();
const written = new Set<string>();
const { files } = readMasterFiles([join(source, 'base'), join(source, 'updates')]);
for (const f of files) {
  const codes = wanted.get(f.info.kind);
  if (!codes) continue;
  const kept: Uint8Array[] = [];
  for (const line of linesOf(f.bytes)) {
    const csv = parseCsvLine(decoder.decode(line).replace(/\r?\n$/, ''));
    if (!csv.ok) continue;
    const code = rowCode(f.info.kind, csv.value);
    if (codes.has(code)) {
      kept.push(line);
      found.add(code);
    }
  }
  if (!kept.length) continue;
  const data = Buffer.concat(kept);
  const target = join(out, f.info.name);
  written.add(f.info.name);
  if (existsSync(target) && readFileSync(target).equals(data)) continue;
  writeFileSync(target, data);
  console.log(`${f.info.name}: ${kept.length} rows`);
}
for (const name of readdirSync(out)) {
  if (parseMasterFileName(name) && !written.has(name)) {
    rmSync(join(out, name));
    console.log(`${name}: removed (no listed code left in it)`);
  }
}
const missing = [...wanted.values()].flatMap((s) => [...s]).filter((c) => !found.has(c));
let bytes = 0;
for (const name of written) bytes += readFileSync(join(out, name)).length;
console.log(`${written.size} files, ${Math.round(bytes / 1024)} KB, ${found.size} codes found`);
if (missing.length) console.warn(`not found in ${source}: ${missing.join(' ')}`);
