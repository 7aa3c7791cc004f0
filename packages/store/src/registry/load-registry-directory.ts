/**
 * Loads a directory written by `kokuho generate` (or laid out the same way) into a federation's
 * registries: DIR/registry/*.csv (docs/formats/registry-csv.md), then the change files
 * DIR/eligibility/*.csv (eligibility-csv.md) on top. Order follows the references: insurers →
 * providers → public expense payers → households → insured persons with their periods → events.
 * Whatever exists is loaded; each table is read as a stream in batches, one transaction per batch.
 * Loading the same directory again writes the same rows (upserts by key; events already reflected are
 * no-ops). Statistics are refreshed at the end, as the planner needs after a bulk load.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FederationCode } from '@kokuho/core/common';
import {
  householdFromCsv,
  HOUSEHOLD_CSV_COLUMNS,
  insurerFromCsv,
  INSURER_CSV_COLUMNS,
  providerFromCsv,
  PROVIDER_CSV_COLUMNS,
  publicExpenseProgramFromCsv,
  RECIPIENT_CSV_COLUMNS,
  type CsvRow,
  type PublicExpenseProgram,
} from '@kokuho/core/registry';
import type { KokuhoDb } from '../db/database.ts';
import { applyEligibilityEventsToStore, readEligibilityFolder } from './apply-eligibility-files.ts';
import { chunksOf } from './batches.ts';
import { HouseholdNumberLookup } from './household-number-lookup.ts';
import { upsertHouseholds } from './households-repository.ts';
import { upsertInsurers } from './insurers-repository.ts';
import { loadInsuredCsv } from './load-insured-csv.ts';
import { goodRows, LOAD_BATCH_ROWS, loadRows, reportUpsert } from './load-registry-rows.ts';
import { upsertProviders } from './providers-repository.ts';
import { upsertPublicExpensePrograms } from './public-expense-programs-repository.ts';
import { readCsvFile } from './registry-csv-file.ts';
import { emptyTableReport, type RegistryLoadReport, type TableLoadReport } from './registry-load-report.ts';
import { analyzeRegistryTables } from './registry-maintenance.ts';

export type * from './registry-load-report.ts';

export async function loadRegistryDirectory(k: KokuhoDb, federation: FederationCode, dir: string): Promise<RegistryLoadReport> {
  const started = performance.now();
  const report: RegistryLoadReport = {
    found: false,
    tables: {
      insurers: emptyTableReport(), providers: emptyTableReport(), publicExpensePrograms: emptyTableReport(),
      households: emptyTableReport(), insuredPersons: emptyTableReport(), eligibilityPeriods: emptyTableReport(),
    },
    events: { read: 0, applied: 0, periodsWritten: 0, rejected: [], rejectedCount: 0 },
    files: [],
    milliseconds: 0,
  };
  const registryDir = join(dir, 'registry'), eligibilityDir = join(dir, 'eligibility');
  report.found = existsSync(registryDir) || existsSync(eligibilityDir);
  if (!report.found) return report;
  const source = (name: string) => {
    const path = join(registryDir, name), file = `registry/${name}`;
    if (existsSync(path)) report.files.push(file);
    return { path, file };
  };
  const { tables } = report;
  const insurers = source('insurers.csv');
  await loadRows(k, federation, { ...insurers, columns: INSURER_CSV_COLUMNS, fromCsv: insurerFromCsv }, (i) => i, upsertInsurers, tables.insurers);
  const providers = source('providers.csv');
  await loadRows(k, federation, { ...providers, columns: PROVIDER_CSV_COLUMNS, fromCsv: providerFromCsv }, (p) => p, upsertProviders, tables.providers);
  await loadPublicExpensePrograms(k, federation, source('public-expense-recipients.csv'), tables.publicExpensePrograms);
  // While households.csv is loaded, its rows also fill the lookup that gives each insured row its
  // 世帯番号 (see HouseholdNumberLookup).
  const households = source('households.csv');
  const lookup = new HouseholdNumberLookup();
  const householdRow = (row: CsvRow) => {
    const r = householdFromCsv(row);
    if (r.ok) lookup.add(r.value);
    return r;
  };
  await loadRows(k, federation, { ...households, columns: HOUSEHOLD_CSV_COLUMNS, fromCsv: householdRow }, (h) => h.household, upsertHouseholds, tables.households);
  const insured = source('insured.csv');
  await loadInsuredCsv(k, federation, insured.path, insured.file, lookup, tables);
  if (existsSync(eligibilityDir)) {
    const byPerson = readEligibilityFolder(eligibilityDir, report.events, report.files);
    await applyEligibilityEventsToStore(k, federation, byPerson, report.events);
  }
  await analyzeRegistryTables(k.db);
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

/**
 * The format has no file of payers: they are derived from the recipients' 公費負担者番号 (a few hundred
 * distinct payers at most, so kept in memory). A payer named by several rows is written once.
 */
async function loadPublicExpensePrograms(k: KokuhoDb, federation: FederationCode, src: { path: string; file: string }, table: TableLoadReport): Promise<void> {
  const payers = new Map<string, { line: number; value: PublicExpenseProgram }>();
  for await (const item of readCsvFile(src.path, src.file, RECIPIENT_CSV_COLUMNS, publicExpenseProgramFromCsv)) {
    for (const g of goodRows(table, [item])) if (!payers.has(g.value.payerNumber)) payers.set(g.value.payerNumber, g);
  }
  for (const chunk of chunksOf([...payers.values()], LOAD_BATCH_ROWS)) {
    const r = await k.withFederation(federation, (trx) => upsertPublicExpensePrograms(trx, chunk.map((c) => c.value)));
    reportUpsert(table, src.file, chunk.map((c) => c.line), r);
  }
}
