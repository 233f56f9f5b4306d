/**
 * Random numbers for shuffling, splitting and the planar set, drawn exactly as numpy's legacy
 * `np.random.RandomState(seed)` draws them, so a Python user gets the same order with
 * `np.random.RandomState(seed).permutation(m)`.
 *
 * TEMPORARY: a minimal MT19937 kept in src/data until src/np/random exists; then this file only
 * forwards to np.random (seeded → a private RandomState, unseeded → the global generator).
 */

/** The two draws the loaders need. */
export interface Rng {
  /** `permutation(n)`: a shuffled 0..n-1. */
  permutation(n: number): number[];
  /** `randn(n)`: n standard normal values. */
  randn(n: number): Float64Array;
}

class LegacyMT implements Rng {
  private mt = new Uint32Array(624);
  private pos = 624;
  private hasGauss = false;
  private gauss = 0;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error("Seed must be between 0 and 2**32 - 1");
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0; // the product mod 2^32, as in C
    }
  }

  private nextUint32(): number {
    const mt = this.mt;
    if (this.pos >= 624) {
      for (let k = 0; k < 624; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
        mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.pos = 0;
    }
    let y = mt[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  private nextGauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      return this.gauss;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.nextDouble() - 1;
      x2 = 2 * this.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  // Uniform integer in [0, max] by masked rejection, numpy's random_interval (32-bit branch).
  private interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let v: number;
    while ((v = (this.nextUint32() & mask) >>> 0) > max);
    return v;
  }

  permutation(n: number): number[] {
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = i;
    for (let i = n - 1; i >= 1; i--) {
      const j = this.interval(i);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  randn(n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.nextGauss();
    return out;
  }
}

let globalRng: LegacyMT | undefined;

/** A generator: seeded → a fresh private one; unseeded → the shared (global) one. */
export function rng(seed?: number): Rng {
  if (seed !== undefined) return new LegacyMT(seed);
  globalRng ??= new LegacyMT((Date.now() ^ (Math.random() * 0x100000000)) >>> 0);
  return globalRng;
}

/** `RandomState(seed).permutation(n)` as a plain array of indices. */
export function permutation(n: number, seed?: number): number[] {
  return rng(seed).permutation(n);
}
