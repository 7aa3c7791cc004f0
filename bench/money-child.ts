/**
 * Pricing + ledger, in memory (no database): every 医科 claim of a month read, then each priced at the
 * window from what it states (priceWindowCopay via the ledger's entriesOfDecidedClaim, as `kokuho ledger
 * post` does) and turned into its entries; then the month's balance and its closing digest. Prints the
 * reading apart from the pricing + posting.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { monthBalance, type LedgerEntry } from '@kokuho/core/ledger';
import { parseUke, type UkeClaim } from '@kokuho/core/uke';
import { entriesOfDecidedClaim, ledgerDigest, type DecidedClaimFacts } from '@kokuho/store/ledger';
import { ukeFiles } from './files.ts';

function facts(c: UkeClaim, fileId: number, providerCode: string): DecidedClaimFacts {
  const points = c.ho?.totalPoints ?? c.ko[0]?.totalPoints ?? 0;
  return {
    fileId, seq: c.re.receiptNumber, kind: 'medical', providerCode, insurerNumber: (c.ho?.insurerNumber ?? '').trim(), insurerPrefecture: '',
    serviceMonth: c.re.serviceMonth, birthDate: c.re.birthDate, receiptType: c.re.receiptType, claimedPoints: points, decidedPoints: points,
    benefitRatio: c.re.benefitRatio, lowIncomeClass: c.re.lowIncomeClass ?? '', specialNotes: [...c.re.specialNotes], publicPayers: c.ko.map((k) => k.payerNumber), mealsYen: 0,
  };
}

export async function moneyMeasure(dir: string): Promise<Record<string, number>> {
  let readMs = 0, priceMs = 0, claims = 0, priced = 0, unpriced = 0;
  const entries: LedgerEntry[] = [];
  let fileId = 0;
  for (const f of ukeFiles(dir)) {
    fileId++;
    let provider = '';
    const t = performance.now();
    const batch: DecidedClaimFacts[] = [];
    for await (const e of parseUke(createReadStream(f, { highWaterMark: 1 << 20 }), { fileName: f })) {
      if (e.type === 'header') provider = ('providerCode' in e.record ? e.record.providerCode : e.record.raw[4]) ?? '';
      else if (e.type === 'claim') batch.push(facts(e.claim, fileId, provider));
    }
    const t1 = performance.now();
    for (const c of batch) {
      const r = entriesOfDecidedClaim(c, '13', '2025-06', 60);
      if (typeof r === 'string') unpriced++;
      else {
        priced++;
        for (const x of r) entries.push(x);
      }
    }
    priceMs += performance.now() - t1;
    readMs += t1 - t;
    claims += batch.length;
  }
  const t2 = performance.now();
  const balance = monthBalance(entries);
  const digestOf = ledgerDigest(entries);
  const closeMs = performance.now() - t2;
  return { claims, priced, unpriced, entries: entries.length, readMs, priceMs, closeMs, imbalance: balance.imbalance, insurerYen: balance.byAccount['insurer-benefit'], digestHead: parseInt(digestOf.slice(0, 8), 16) };
}
