/**
 * Pricing + ledger. In memory (no database): every 医科 claim of a month read, then each priced at the
 * window from what it states (priceDecidedClaim via the ledger's postingOfDecidedClaim, as `kokuho
 * ledger post` does) and turned into its entries and amounts; then the month's balance and its closing
 * digest. Into a database: the same postings written with postClaims in batches of 1,000 claims, then
 * the month closed (balance + digest read back) and verified. Prints the reading apart from the rest.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { monthBalance, type ClaimAmounts, type ClaimPosting, type LedgerEntry } from '@kokuho/core/ledger';
import { parseUke, type UkeClaim } from '@kokuho/core/uke';
import { openDatabase } from '@kokuho/store';
import { closeMonth, ledgerDigest, postClaims, postingOfDecidedClaim, verifyClosing, type DecidedClaimFacts } from '@kokuho/store/ledger';
import { ukeFiles } from './files.ts';

function facts(c: UkeClaim, fileId: number, providerCode: string): DecidedClaimFacts {
  const points = c.ho?.totalPoints ?? c.ko[0]?.totalPoints ?? 0;
  return {
    fileId, seq: c.re.receiptNumber, kind: 'medical', providerCode, insurerNumber: (c.ho?.insurerNumber ?? '').trim(), insurerPrefecture: '13',
    serviceMonth: c.re.serviceMonth, birthDate: c.re.birthDate, receiptType: c.re.receiptType, claimedPoints: points, decidedPoints: points,
    benefitRatio: c.re.benefitRatio, lowIncomeClass: c.re.lowIncomeClass ?? '', specialNotes: [...c.re.specialNotes], publicPayers: c.ko.map((k) => k.payerNumber),
    wardTypes: [...c.re.wardTypes], mealCount: c.ho?.mealCount ?? 0, mealsYen: c.ho?.mealAmount ?? 0,
    publicExpenses: c.ko.map((k) => ({
      payerNumber: k.payerNumber, lawNumber: k.payerNumber.slice(0, 2), beneficiaryNumber: k.beneficiaryNumber ?? '', optionalBenefit: k.optionalBenefit === '1',
      claimedPoints: k.totalPoints, decidedPoints: k.totalPoints, statedCopay: k.copay, coveredOutpatientCopay: k.outpatientCopayCovered,
      coveredInpatientCopay: k.inpatientCopayCovered, mealCount: k.mealCount ?? 0, mealCost: k.mealAmount ?? 0,
    })),
  };
}

/** Each file's claims as decided-claim facts, a file at a time. */
async function* monthFacts(dir: string): AsyncGenerator<DecidedClaimFacts[]> {
  let fileId = 0;
  for (const f of ukeFiles(dir)) {
    fileId++;
    let provider = '';
    const batch: DecidedClaimFacts[] = [];
    for await (const e of parseUke(createReadStream(f, { highWaterMark: 1 << 20 }), { fileName: f })) {
      if (e.type === 'header') provider = ('providerCode' in e.record ? e.record.providerCode : e.record.raw[4]) ?? '';
      else if (e.type === 'claim') batch.push(facts(e.claim, fileId, provider));
    }
    yield batch;
  }
}

export async function moneyMeasure(dir: string): Promise<Record<string, number>> {
  let readMs = 0, priceMs = 0, claims = 0, priced = 0, unpriced = 0;
  const entries: LedgerEntry[] = [];
  const amounts: ClaimAmounts[] = [];
  let t = performance.now();
  for await (const batch of monthFacts(dir)) {
    const t1 = performance.now();
    readMs += t1 - t;
    for (const c of batch) {
      const r = postingOfDecidedClaim(c, '13', '2025-06', 60);
      if (typeof r === 'string') unpriced++;
      else {
        priced++;
        for (const x of r.entries) entries.push(x);
        amounts.push(r.amounts);
      }
    }
    t = performance.now();
    priceMs += t - t1;
    claims += batch.length;
  }
  const t2 = performance.now();
  const balance = monthBalance(entries);
  const digestOf = ledgerDigest(entries, amounts);
  const closeMs = performance.now() - t2;
  return { claims, priced, unpriced, entries: entries.length, readMs, priceMs, closeMs, imbalance: balance.imbalance, insurerYen: balance.byAccount['insurer-benefit'], digestHead: parseInt(digestOf.slice(0, 8), 16) };
}

/** DATABASE is a postgres:// URL or a PGlite directory, empty. */
export async function ledgerDbMeasure(dir: string, target: string): Promise<Record<string, number>> {
  const k = await openDatabase(target.startsWith('postgres') ? { url: target } : { url: '', dataDir: target });
  try {
    let readMs = 0, postMs = 0, claims = 0, priced = 0, inserted = 0;
    let t = performance.now();
    for await (const batch of monthFacts(dir)) {
      const t1 = performance.now();
      readMs += t1 - t;
      for (let i = 0; i < batch.length; i += 1_000) {
        const postings = batch.slice(i, i + 1_000).map((c) => postingOfDecidedClaim(c, '13', '2025-06', 60)).filter((p): p is ClaimPosting => typeof p !== 'string');
        priced += postings.length;
        inserted += (await k.withFederation('13', (trx) => postClaims(trx, '13', postings, 'bench'))).inserted;
      }
      t = performance.now();
      postMs += t - t1;
      claims += batch.length;
    }
    const t2 = performance.now();
    const closing = await closeMonth(k, '13', '2025-06', 'bench');
    const t3 = performance.now();
    const verified = await verifyClosing(k, '13', '2025-06');
    const t4 = performance.now();
    if (!verified.ok) throw new Error('the closed month does not verify');
    return { claims, priced, entries: inserted, readMs, postMs, closeMs: t3 - t2, verifyMs: t4 - t3, closedEntries: closing.entries };
  } finally {
    await k.close();
  }
}
