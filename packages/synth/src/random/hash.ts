/**
 * Stateless 32-bit hashing: every synthetic entity is a pure function of (seed, kind, index…),
 * so nothing generated has to be remembered to be generated again, in this run or the next month's.
 */

/** murmur3's 32-bit finaliser: a bijection with full avalanche, cheap enough to call per field. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Combines integer keys (each taken as 32 bits; larger indexes are folded) into one 32-bit hash. */
export function hashKeys(...keys: number[]): number {
  let h = 0x9e3779b9;
  for (const k of keys) {
    // Fold values above 2^32 (seeds, long indexes) instead of silently truncating them.
    const lo = k >>> 0;
    const hi = Math.floor(k / 0x100000000) >>> 0;
    h = mix32(h ^ mix32(lo + 0x632be5ab));
    if (hi !== 0) h = mix32(h ^ mix32(hi + 0x7f4a7c15));
  }
  return h;
}

/** FNV-1a of a string: turns a domain name ('household', 'visit') into a salt once, at module load. */
export function salt(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Uniform float in [0, 1) from a hash. */
export function unitFloat(h: number): number {
  return (h >>> 0) / 0x100000000;
}
