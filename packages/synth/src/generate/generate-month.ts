/**
 * A synthetic service month for one federation, streamed to disk district by district:
 *   claims/<医療機関コード>/RECEIPTC.UKE   one file per provider that has claims
 *   registry/*.csv, eligibility/<保険者番号>.csv
 *   ground-truth.jsonl                    one line per planted error
 *   manifest.json                         arguments, counts, every file with its sha256
 * Memory stays flat: a district's providers are the only files in progress, each holding at most
 * one chunk; persons and providers are recomputed from (seed, index), never kept.
 */
import { join } from 'node:path';
import { addMonths, isPrefectureCode, type PrefectureCode, type YearMonth } from '@kokuho/core/common';
import type { ProviderRecord } from '@kokuho/core/uke';
import { dentalHeader } from '../claims/dental-claim.ts';
import { pharmacyHeader } from '../claims/pharmacy-claim.ts';
import { ERROR_KINDS, type GroundTruthEntry } from '../errors/error-kinds.ts';
import { loadMasters, type LoadedMasters } from '../masters/load-masters.ts';
import { ChunkedFile } from '../output/chunked-file.ts';
import { ProviderFile } from '../output/provider-file.ts';
import { RegistryFiles } from '../output/registry-files.ts';
import { prepareOutDir } from '../output/prepare-out-dir.ts';
import { copayTenths, incomeCategoryOf } from '../population/benefit.ts';
import { coverageInMonth } from '../population/coverage.ts';
import { HOUSEHOLDS_PER_DISTRICT, householdAt } from '../population/household.ts';
import { buildInsurerCatalog } from '../population/insurer-catalog.ts';
import { monthEnd, monthStart } from '../population/calendar.ts';
import type { Person } from '../population/population-types.ts';
import { districtProviders } from '../providers/district-providers.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { abolishedCodes } from './abolished-codes.ts';
import { personMonth, type MonthContext } from './person-month.ts';

export interface GenerateOptions {
  federation: string;
  month: YearMonth;
  claims: number;
  outDir: string;
  seed: number;
  mastersDir: string;
  /** Share of claims with one planted error (default 0.08). */
  errorRate?: number;
  /** Share of provider files whose GO totals are planted wrong (default 0.02). */
  fileErrorRate?: number;
  /** Masters already loaded (tests reuse them across runs). */
  masters?: LoadedMasters;
  onProgress?: (claims: number) => void;
}

export class GenerateError extends Error {}

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  generator: '@kokuho/synth';
  federation: string;
  serviceMonth: YearMonth;
  billingMonth: YearMonth;
  seed: number;
  claimsRequested: number;
  errorRate: number;
  masters: { coverage: { from: YearMonth; to: YearMonth } | undefined; files: string[] };
  counts: Record<string, number>;
  errorsByKind: Record<string, number>;
  files: ManifestFile[];
}

export function generateMonth(o: GenerateOptions): Manifest {
  if (!isPrefectureCode(o.federation)) throw new GenerateError(`都道府県番号が不正です: ${o.federation}（01〜47）`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.month)) throw new GenerateError(`診療年月は YYYY-MM で指定してください: ${o.month}`);
  if (!Number.isSafeInteger(o.claims) || o.claims < 1) throw new GenerateError(`件数は1以上の整数で指定してください: ${o.claims}`);
  const federation: PrefectureCode = o.federation;
  const masters = o.masters ?? loadMasters(o.mastersDir);
  const cov = masters.coverage;
  if (!cov || o.month < cov.from || o.month > cov.to) {
    throw new GenerateError(
      `診療年月 ${o.month} はマスター（${o.mastersDir}）の範囲外です` + (cov ? `（${cov.from}〜${cov.to}）` : '（医科診療行為の全件ファイルがありません）'),
    );
  }
  const refused = prepareOutDir(o.outDir);
  if (refused) throw new GenerateError(refused);
  const errorRate = o.errorRate ?? 0.08;
  const fileErrorRate = o.fileErrorRate ?? 0.02;
  const snapshot = masters.snapshot(o.month);
  const world = buildInsurerCatalog(federation, o.seed);
  const ctx: MonthContext = { seed: o.seed, month: o.month, masters: snapshot, world, errorRate, abolished: abolishedCodes(masters, o.month) };
  const billingMonth = addMonths(o.month, 1);
  const registry = new RegistryFiles(o.outDir);
  registry.insurers(world.all);
  const truth = new ChunkedFile(join(o.outDir, 'ground-truth.jsonl'));
  const counts: Record<string, number> = { claims: 0, medicalOutpatient: 0, medicalInpatient: 0, pharmacy: 0, dental: 0, providerFiles: 0, districts: 0, persons: 0, injectedErrors: 0 };
  const errorsByKind: Record<string, number> = {};
  const files: ManifestFile[] = [];
  const record = (e: GroundTruthEntry): void => {
    truth.write(`${JSON.stringify(e)}\n`);
    counts.injectedErrors!++;
    errorsByKind[e.kind] = (errorsByKind[e.kind] ?? 0) + 1;
  };
  const monthFirst = monthStart(o.month), monthLast = monthEnd(o.month);

  for (let district = 0; counts.claims! < o.claims; district++) {
    counts.districts!++;
    const providers = districtProviders(world, federation, o.seed, district);
    const open = new Map<number, ProviderFile>();
    const fileOf = (p: SynthProvider): ProviderFile => {
      let f = open.get(p.slot);
      if (!f) {
        const rel = `claims/${p.code}/RECEIPTC.UKE`;
        f = new ProviderFile(rel, o.outDir, headerOf(p, billingMonth));
        open.set(p.slot, f);
      }
      return f;
    };
    for (let i = 0; i < HOUSEHOLDS_PER_DISTRICT && counts.claims! < o.claims; i++) {
      const h = householdAt(world, o.seed, district * HOUSEHOLDS_PER_DISTRICT + i);
      const byInsurer = new Map<string, { number: string; persons: Person[] }>();
      for (const person of h.members) {
        const pm = personMonth(person, providers, ctx);
        const inMonth = coverageInMonth(pm.periods, o.month);
        if (inMonth.length || pm.grants.welfare) counts.persons!++;
        for (const c of inMonth) {
          const cat = incomeCategoryOf(person, c, o.month);
          const start = c.acquiredOn > monthFirst ? c.acquiredOn : monthFirst;
          registry.insured(person, c, cat, copayTenths(person, c, o.month, start) * 10);
          const g = byInsurer.get(c.insurer.number) ?? { number: c.number, persons: [] };
          if (!g.persons.includes(person)) g.persons.push(person);
          byInsurer.set(c.insurer.number, g);
        }
        registry.events(person, pm.periods, monthFirst, monthLast);
        for (const g of pm.grants.withInsurance) registry.recipient(person, g.grant, g.from, undefined);
        if (pm.grants.welfare && pm.grants.welfare.from <= monthLast) registry.recipient(person, pm.grants.welfare.grant, pm.grants.welfare.from, undefined);
        for (const pc of pm.claims) {
          if (counts.claims! >= o.claims) break;
          const f = fileOf(pc.provider);
          const targets = pc.planted ? [pc.planted.target] : [];
          const placed = pc.kind === 'medical' ? f.claim(pc.claim, targets) : f.genericClaim(pc.claim, targets);
          counts.claims!++;
          counts[pc.kind === 'medical' ? (pc.inpatient ? 'medicalInpatient' : 'medicalOutpatient') : pc.kind]!++;
          if (pc.planted) {
            const at = placed[0]!;
            record({
              file: f.relativePath, line: at.line, claim: at.receiptNumber, provider: pc.provider.code, kind: pc.planted.kind,
              category: ERROR_KINDS[pc.planted.kind].category, detail: pc.planted.detail,
            });
          }
        }
      }
      if (byInsurer.size) registry.household(h, byInsurer);
      o.onProgress?.(counts.claims!);
    }
    for (const p of providers) {
      registry.provider(p);
      const f = open.get(p.slot);
      if (!f) continue;
      const goWrong = p.feeTable === '1' && new Rng(o.seed, SALT.errors, district, p.slot, 7).chance(fileErrorRate);
      const delta = goWrong ? new Rng(o.seed, SALT.errors, district, p.slot, 8).range(1, 99) : 0;
      const closed = f.close(delta);
      counts.providerFiles!++;
      files.push({ path: f.relativePath, bytes: closed.bytes, sha256: closed.sha256 });
      if (goWrong) {
        record({
          file: f.relativePath, line: closed.goLine, claim: null, provider: p.code, kind: 'go-total-mismatch', category: 'format',
          detail: `GO総合計点数${closed.totals.totalPoints + delta}点（レセプトの合計${closed.totals.totalPoints}点）`,
        });
      }
    }
  }

  files.push({ path: 'ground-truth.jsonl', bytes: truth.bytes, sha256: truth.close() });
  files.push(...registry.close());
  Object.assign(counts, registry.counts);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = {
    generator: '@kokuho/synth',
    federation,
    serviceMonth: o.month,
    billingMonth,
    seed: o.seed,
    claimsRequested: o.claims,
    errorRate,
    masters: { coverage: cov, files: masters.files },
    counts,
    errorsByKind: Object.fromEntries(Object.entries(errorsByKind).sort()),
    files,
  };
  const m = new ChunkedFile(join(o.outDir, 'manifest.json'));
  m.write(`${JSON.stringify(manifest, null, 2)}\n`);
  m.close();
  return manifest;
}

function headerOf(p: SynthProvider, billingMonth: YearMonth): ProviderRecord | ReturnType<typeof pharmacyHeader> {
  if (p.feeTable === '4') return pharmacyHeader(p, billingMonth);
  if (p.feeTable === '3') return dentalHeader(p, billingMonth);
  return {
    id: 'IR', line: 0, reviewOrganization: '2', prefecture: p.prefecture, feeTable: '1', providerCode: p.code,
    providerName: p.name, billingMonth, volume: '00', phone: p.phone,
  };
}

