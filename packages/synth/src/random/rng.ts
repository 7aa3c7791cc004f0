/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128-bit state, passes PractRand to
 * large sizes, and costs a few integer ops per draw. One Rng is seeded per entity from hashKeys, so
 * draws for one person never shift the draws of another.
 */
import { hashKeys, mix32 } from './hash.ts';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...keys: number[]) {
    const h = hashKeys(...keys);
    this.a = h;
    this.b = mix32(h ^ 0x6a09e667);
    this.c = mix32(h ^ 0xbb67ae85);
    this.d = 1;
    // A few rounds so that seeds differing in one bit diverge before the first draw.
    for (let i = 0; i < 8; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / 0x100000000;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Picks an entry of `[value, weight]` pairs. */
  pickWeighted<T>(entries: readonly (readonly [T, number])[]): T {
    return entries[this.weighted(entries.map((e) => e[1]))]![0];
  }

  /** Approximately normal (Irwin–Hall of 4), clamped; enough for ages and stays. */
  normal(mean: number, sd: number, lo: number, hi: number): number {
    const z = (this.float() + this.float() + this.float() + this.float() - 2) * Math.sqrt(3);
    return Math.min(hi, Math.max(lo, mean + z * sd));
  }
}
