import type { SettlementClaim } from './settlement-types.ts';
import { FEDERATION_CODES } from './settlement-input.ts';

/** Deterministic PRNG (mulberry32) so that generated months are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated month: claims between random federations (a quarter of them own-prefecture), about one
 * in eight a 過誤 reversal with negative amounts, some with a 公費 share.
 */
export function generatedMonth(seed: number, n: number): SettlementClaim[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: SettlementClaim[] = [];
  for (let i = 0; i < n; i++) {
    const providerFederation = pick(FEDERATION_CODES);
    const insurerFederation = r() < 0.25 ? providerFederation : pick(FEDERATION_CODES);
    const reversal = r() < 0.125;
    const sign = reversal ? -1 : 1;
    const insurerPays = sign * Math.floor(r() * 3_000_000);
    const publicExpensePays = r() < 0.2 ? sign * Math.floor(r() * 50_000) : undefined;
    out.push({
      claimKey: `k${String(i).padStart(6, '0')}`,
      providerFederation,
      insurerFederation,
      insurerNumber: `${insurerFederation}${String(Math.floor(r() * 20)).padStart(3, '0')}0`,
      insurerPays,
      ...(publicExpensePays === undefined ? {} : { publicExpensePays }),
      serviceMonth: '2025-05',
      kind: reversal ? 'correction' : 'claim',
    });
  }
  return out;
}

export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = prng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A worked month between 13 東京, 14 神奈川 and 27 大阪, computed by hand. */
export const WORKED: SettlementClaim[] = [
  { claimKey: 'A', providerFederation: '13', insurerFederation: '14', insurerNumber: '140012', insurerPays: 70_000 },
  { claimKey: 'B', providerFederation: '14', insurerFederation: '13', insurerNumber: '138057', insurerPays: 21_000, publicExpensePays: 9_000 },
  { claimKey: 'C', providerFederation: '27', insurerFederation: '13', insurerNumber: '39131008', insurerPays: 56_000 },
  { claimKey: 'D', providerFederation: '13', insurerFederation: '27', insurerNumber: '270017', insurerPays: 14_000 },
  { claimKey: 'E', providerFederation: '13', insurerFederation: '13', insurerNumber: '138057', insurerPays: 100_000 },
  // A 過誤 reversal of a claim paid in an earlier month: 14's insurer, treated in 27.
  { claimKey: 'F', providerFederation: '27', insurerFederation: '14', insurerNumber: '140012', insurerPays: -8_000, kind: 'correction', serviceMonth: '2025-02' },
];

