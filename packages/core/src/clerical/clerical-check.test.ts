import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMonth, loadMasters, type GroundTruthEntry } from '@kokuho/synth';
import { parseUkeSync } from '@kokuho/core/uke';
import { checkDigitOf } from '../registry/check-digit.ts';
import { BASE, claimOf } from './medical-claim.test-support.ts';
import { CLERICAL_FINDING_MESSAGES, CLERICAL_FINDING_SEVERITY, type ClericalFindingCode, type Finding } from './finding-codes.ts';
import { clericalCheck, clericalReview, drugPointsFromYen1e7, lastDayInForce, parseAmount } from './clerical-check.ts';

const MASTERS_DIR = 'data/sample-masters';
const masters = loadMasters(MASTERS_DIR);
const snapshot = masters.snapshot('2025-05');
const lastInForce = lastDayInForce(masters.versions);
const ctx = { snapshot, federation: '13', lastInForce };

const withCheckDigit = (body: string): string => body + String(checkDigitOf(body));


/** BASE with field `index` of line `lineNo` (1-based) replaced. */
function edit(lineNo: number, index: number, value: string): string[] {
  const lines = [...BASE];
  const f = lines[lineNo - 1]!.split(',');
  f[index] = value;
  lines[lineNo - 1] = f.join(',');
  return lines;
}

describe('clerical: code table', () => {
  it('has a Japanese message and a severity for every code', () => {
    for (const [code, msg] of Object.entries(CLERICAL_FINDING_MESSAGES)) {
      assert.match(code, /^CLR-E\d{3}$/);
      assert.match(msg, /[ぁ-んァ-ン一-龥]/);
      assert.ok(CLERICAL_FINDING_SEVERITY[code as ClericalFindingCode]);
    }
  });
});

describe('clericalCheck on small claims', () => {
  it('finds nothing on the clean base claim; the insurer is of the federation', () => {
    const r = clericalReview(claimOf(BASE), ctx);
    assert.deepEqual(r.findings, []);
    assert.equal(r.insurerPrefecture, '13');
    assert.equal(r.outOfPrefecture, false);
  });

  const cases: { name: string; lines: string[]; code: ClericalFindingCode; line: number; record: string; field: string }[] = [
    { name: 'unknown procedure code', lines: edit(8, 3, '111000199'), code: 'CLR-E001', line: 8, record: 'SI', field: 'code' },
    { name: 'drug code on an SI record', lines: edit(8, 3, '620007870'), code: 'CLR-E002', line: 8, record: 'SI', field: 'code' },
    { name: '医療情報取得加算 abolished 2024-11-30', lines: edit(8, 3, '111703170'), code: 'CLR-E014', line: 8, record: 'SI', field: 'code' },
    { name: 'generic drug withdrawn 2024-09-30', lines: edit(9, 3, '620000103'), code: 'CLR-E014', line: 9, record: 'IY', field: 'code' },
    { name: 'unknown drug code', lines: edit(9, 3, '620007899'), code: 'CLR-E001', line: 9, record: 'IY', field: 'code' },
    { name: 'procedure code on a CO record', lines: edit(10, 3, '111000110'), code: 'CLR-E002', line: 10, record: 'CO', field: 'code' },
    { name: 'unknown comment code', lines: edit(10, 3, '820181299'), code: 'CLR-E001', line: 10, record: 'CO', field: 'code' },
    { name: 'unknown diagnosis code', lines: edit(7, 1, '9999998'), code: 'CLR-E001', line: 7, record: 'SY', field: 'diagnosisCode' },
    { name: 'unknown modifier code', lines: edit(7, 4, '0009'), code: 'CLR-E001', line: 7, record: 'SY', field: 'modifierCodes' },
    { name: '初診料 points ≠ master', lines: edit(8, 5, '290'), code: 'CLR-E003', line: 8, record: 'SI', field: 'points' },
    { name: '処方箋料 points ≠ master', lines: edit(11, 5, '68'), code: 'CLR-E003', line: 11, record: 'SI', field: 'points' },
    { name: 'drug unit points ≠ 薬価 × 使用量', lines: edit(9, 5, '2'), code: 'CLR-E004', line: 9, record: 'IY', field: 'points' },
    { name: '保険者番号 check digit', lines: edit(3, 1, '  133018'), code: 'CLR-E005', line: 3, record: 'HO', field: 'insurerNumber' },
    { name: '保険者番号 of an employees\' insurer', lines: edit(3, 1, withCheckDigit('0113001')), code: 'CLR-E006', line: 3, record: 'HO', field: 'insurerNumber' },
    { name: '公費負担者番号 check digit', lines: edit(4, 1, '12131356'), code: 'CLR-E007', line: 4, record: 'KO', field: 'payerNumber' },
    { name: '公費負担者番号 with an insurance 法別番号', lines: edit(4, 1, withCheckDigit('3913100')), code: 'CLR-E007', line: 4, record: 'KO', field: 'payerNumber' },
    { name: '受給者番号 check digit', lines: edit(4, 2, '0000126'), code: 'CLR-E008', line: 4, record: 'KO', field: 'beneficiaryNumber' },
    { name: 'birth after the service month', lines: edit(2, 6, '20250601'), code: 'CLR-E009', line: 2, record: 'RE', field: 'birthDate' },
    { name: '診療開始日 before birth', lines: edit(7, 2, '20140731'), code: 'CLR-E010', line: 7, record: 'SY', field: 'startDate' },
    { name: '診療開始日 after the service month', lines: edit(7, 2, '20250601'), code: 'CLR-E011', line: 7, record: 'SY', field: 'startDate' },
    { name: '入院年月日 after the service month', lines: edit(2, 8, '20250601'), code: 'CLR-E012', line: 2, record: 'RE', field: 'admissionDate' },
    { name: '入院年月日 before birth', lines: edit(2, 8, '20140731'), code: 'CLR-E013', line: 2, record: 'RE', field: 'admissionDate' },
    { name: 'inpatient type (1125 家族・入院) without 入院年月日', lines: edit(2, 2, '1125'), code: 'CLR-E015', line: 2, record: 'RE', field: 'admissionDate' },
  ];
  for (const c of cases) {
    it(`${c.code}: ${c.name}`, () => {
      const f = clericalCheck(claimOf(c.lines), ctx);
      assert.equal(f.length, 1, JSON.stringify(f));
      const { code, line, record, field, severity, message } = f[0]!;
      assert.deepEqual({ code, line, record, field }, { code: c.code, line: c.line, record: c.record, field: c.field });
      assert.equal(severity, CLERICAL_FINDING_SEVERITY[c.code]);
      assert.ok(message.startsWith(CLERICAL_FINDING_MESSAGES[c.code]), message);
    });
  }

  const clean: { name: string; lines: string[] }[] = [
    { name: 'uncoded diagnosis 0000999', lines: edit(7, 1, '0000999') },
    { name: 'diagnosis on the last day of the month', lines: edit(7, 2, '20250531') },
    { name: 'admission on the last day of the month', lines: edit(2, 8, '20250531') },
    { name: 'no 受給者番号', lines: edit(4, 2, '') },
    { name: 'a procedure with 数量データ is not judged', lines: edit(8, 4, '1') },
  ];
  for (const c of clean) {
    it(`no finding: ${c.name}`, () => assert.deepEqual(clericalCheck(claimOf(c.lines), ctx), []));
  }

  it('without the codes\' history an abolished code is reported as not in the masters', () => {
    const f = clericalCheck(claimOf(edit(8, 3, '111703170')), { snapshot, federation: '13' });
    assert.deepEqual(f.map((x) => x.code), ['CLR-E001']);
  });

  it('an insurer of another prefecture is information, not a finding', () => {
    const r = clericalReview(claimOf(edit(3, 1, '  ' + withCheckDigit('27001'))), ctx);
    assert.deepEqual(r.findings, []);
    assert.equal(r.insurerPrefecture, '27');
    assert.equal(r.outOfPrefecture, true);
  });

  it('prices a drug unit with integer arithmetic', () => {
    assert.equal(parseAmount('1'), 100_000n);
    assert.equal(parseAmount('00002.50000'), 250_000n);
    assert.equal(parseAmount('0.3'), 30_000n);
    assert.equal(parseAmount('1.2.3'), undefined);
    const yen = (y: number): bigint => BigInt(Math.round(y * 100)) * 100_000n; // y円 (2 decimals) × 10^7
    const table: [number, number][] = [[0.1, 1], [15, 1], [15.01, 2], [25, 2], [25.01, 3], [115, 11], [115.5, 12]];
    for (const [y, p] of table) assert.equal(drugPointsFromYen1e7(yen(y)), p, `${y}円`);
  });
});

/** The finding each planted clerical kind should give. */
const EXPECTED_CODE: Record<string, ClericalFindingCode> = {
  'unknown-code': 'CLR-E001',
  'abolished-code': 'CLR-E014',
  'points-mismatch': 'CLR-E003',
  'insurer-check-digit': 'CLR-E005',
  'public-expense-number-malformed': 'CLR-E007',
};

describe('clericalCheck on a generated month (3,000 claims, seed 1, 2025-05, federation 13)', () => {
  it('finds every planted clerical error of the 医科 files and nothing on clean claims', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kokuho-clerical-'));
    try {
      const manifest = generateMonth({ federation: '13', month: '2025-05', claims: 3000, outDir: dir, seed: 1, mastersDir: MASTERS_DIR, masters });
      const truth = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GroundTruthEntry);
      let medicalClaims = 0, cleanClaims = 0, outOfPrefecture = 0, skippedFiles = 0;
      const falsePositives: string[] = [];
      const found = new Set<GroundTruthEntry>();
      const medicalFiles = new Set<string>();
      for (const file of manifest.files) {
        if (!file.path.endsWith('.UKE')) continue;
        const events = parseUkeSync(readFileSync(join(dir, file.path)), { fileName: file.path });
        const header = events.find((e) => e.type === 'header');
        if (!header || header.kind !== 'medical') { skippedFiles++; continue; }
        medicalFiles.add(file.path);
        const planted = truth.filter((t) => t.file === file.path);
        for (const e of events) {
          if (e.type !== 'claim') continue;
          medicalClaims++;
          const r = clericalReview(e.claim, ctx);
          if (r.outOfPrefecture) outOfPrefecture++;
          const mine = planted.filter((t) => t.claim === e.claim.re.receiptNumber);
          if (!mine.length) cleanClaims++;
          for (const f of r.findings) {
            const hit = mine.find((t) => t.category === 'clerical' && t.line === f.line && EXPECTED_CODE[t.kind] === f.code);
            if (hit) found.add(hit);
            else if (!mine.length) falsePositives.push(`${file.path}:${f.line} ${f.code} ${f.message}`);
          }
        }
      }
      const clerical = truth.filter((t) => t.category === 'clerical' && medicalFiles.has(t.file));
      const byKind = new Map<string, [number, number]>();
      for (const t of clerical) {
        const k = byKind.get(t.kind) ?? [0, 0];
        byKind.set(t.kind, [k[0] + (found.has(t) ? 1 : 0), k[1] + 1]);
      }
      const missed = clerical.filter((t) => !found.has(t)).map((t) => `${t.file}:${t.line} ${t.kind} ${t.detail}`);
      console.log(`clerical: ${medicalClaims} 医科 claims (${cleanClaims} clean), recall ${found.size}/${clerical.length}, ` +
        `false positives ${falsePositives.length}, out-of-prefecture ${outOfPrefecture}, ` +
        `skipped 調剤/歯科 files ${skippedFiles}; by kind ${[...byKind].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
      assert.ok(clerical.length > 0);
      assert.deepEqual(missed, []);
      assert.deepEqual(falsePositives, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
