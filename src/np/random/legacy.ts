// numpy's legacy RandomState samplers on top of MT19937, draw for draw: the same calls consume the
// same 32-bit outputs in the same order as numpy's mtrand, so seeded streams agree bit for bit.
// This layer works on plain numbers and typed arrays; index.ts wraps results as NDArrays.

import type { Draws } from "./draws";
import { shuffleAxis } from "./fisher_yates";
import { MT19937 } from "./mt19937";
import { glibcLog } from "./glibc_log";

const TWO32 = 4294967296;
const TWO53 = 9007199254740992;

/** Smallest 2^m - 1 that is >= max (max < 2^53). */
function maskFor(max: number): number {
  let m = 1;
  while (m < max) m = m * 2 + 1;
  return m;
}

/** A strided view of numbers, enough for shuffling an NDArray in place. */
export interface StridedView {
  data: { [i: number]: number; length: number };
  shape: readonly number[];
  strides: readonly number[];
  offset: number;
}

/**
 * The state of numpy's legacy `RandomState`: an MT19937 plus the cached second normal deviate.
 *
 * @example
 * const rs = new LegacyRandomState(1);
 * rs.gauss() // 1.6243453636632417, numpy's np.random.seed(1); np.random.randn()
 */
export class LegacyRandomState implements Draws {
  readonly mt = new MT19937();
  /** Whether the polar method left a second deviate for the next gauss() call. */
  hasGauss = false;
  gaussCache = 0;

  constructor(seed?: number | readonly number[]) {
    if (seed === undefined) this.seedFromEntropy();
    else this.seed(seed);
  }

  /** `np.random.seed(n)`: n an integer in [0, 2^32), or a 1-D list of such integers. Clears the normal cache. */
  seed(seed?: number | readonly number[] | ArrayLike<number> | null): void {
    if (seed === undefined || seed === null) return this.seedFromEntropy();
    if (typeof seed === "number") {
      if (!Number.isInteger(seed)) {
        throw new TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
      }
      if (seed < 0 || seed > 0xffffffff) throw new Error("Seed must be between 0 and 2**32 - 1");
      this.mt.seed(seed);
    } else {
      const words = Array.from(seed as ArrayLike<number>);
      if (words.length === 0) throw new Error("Seed must be non-empty");
      if (words.some((w) => Array.isArray(w))) throw new Error("Seed array must be 1-d");
      if (words.some((w) => !Number.isInteger(w))) {
        throw new TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
      }
      if (words.some((w) => w < 0 || w > 0xffffffff)) throw new Error("Seed must be between 0 and 2**32 - 1");
      this.mt.seedByArray(words);
    }
    this.hasGauss = false;
    this.gaussCache = 0;
  }

  /** Unpredictable seeding, like numpy's seed(None) (not reproducible, so its exact scheme is free). */
  private seedFromEntropy(): void {
    const words: number[] = [];
    for (let i = 0; i < 8; i++) words.push(Math.floor(Math.random() * TWO32));
    words.push(Date.now() % TWO32);
    this.mt.seedByArray(words);
    this.hasGauss = false;
    this.gaussCache = 0;
  }

  /** Uniform double in [0, 1) (numpy's random_sample). */
  randomDouble(): number {
    return this.mt.nextDouble();
  }

  /** n uniform doubles in [0, 1). */
  fillDouble(n: number, out: Float64Array = new Float64Array(n)): Float64Array {
    for (let i = 0; i < n; i++) out[i] = this.mt.nextDouble();
    return out;
  }

  /**
   * Standard normal deviate by the polar method (numpy's legacy_gauss). Each accepted pair gives two
   * deviates: f*x2 now, f*x1 cached for the next call; the cache survives other draws.
   */
  gauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      const g = this.gaussCache;
      this.gaussCache = 0;
      return g;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.mt.nextDouble() - 1;
      x2 = 2 * this.mt.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    // numpy calls the C library's log here; glibcLog reproduces its rounding.
    const f = Math.sqrt((-2 * glibcLog(r2)) / r2);
    this.gaussCache = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** Standard exponential deviate, -log(1 - U) (numpy's legacy_standard_exponential). */
  standardExponential(): number {
    return -glibcLog(1 - this.mt.nextDouble());
  }

  /** n standard normal deviates. */
  fillGauss(n: number, out: Float64Array = new Float64Array(n)): Float64Array {
    for (let i = 0; i < n; i++) out[i] = this.gauss();
    return out;
  }

  /** Next 64-bit output as [high word, low word]: numpy draws the high word first. */
  private nextUint64Words(): [number, number] {
    const hi = this.mt.nextUint32();
    const lo = this.mt.nextUint32();
    return [hi, lo];
  }

  /** Uniform integer in [0, max] by masked rejection (numpy's random_interval), max < 2^53. */
  interval(max: number): number {
    if (max === 0) return 0;
    const mask = maskFor(max);
    if (max <= 0xffffffff) {
      let v: number;
      do v = (this.mt.nextUint32() & mask) >>> 0;
      while (v > max);
      return v;
    }
    const maskHi = Math.floor(mask / TWO32);
    let v: number;
    do {
      const [hi, lo] = this.nextUint64Words();
      v = (hi & maskHi) * TWO32 + lo;
    } while (v > max);
    return v;
  }

  /**
   * n integers off + [0, rng] the way numpy's int64 randint draws them (random_bounded_uint64_fill,
   * masked): ranges below 2^32 use one 32-bit output per try, wider ones a 64-bit output.
   */
  boundedFill(off: number, rng: number | bigint, n: number, out: Float64Array = new Float64Array(n)): Float64Array {
    if (typeof rng === "bigint") {
      this.boundedFillWide(off, rng, n, out);
    } else if (rng === 0) {
      out.fill(off, 0, n);
    } else if (rng === 0xffffffff) {
      for (let i = 0; i < n; i++) out[i] = off + this.mt.nextUint32();
    } else if (rng < 0xffffffff) {
      const mask = maskFor(rng);
      for (let i = 0; i < n; i++) {
        let v: number;
        do v = (this.mt.nextUint32() & mask) >>> 0;
        while (v > rng);
        out[i] = off + v;
      }
    } else if (rng < TWO53) {
      for (let i = 0; i < n; i++) out[i] = off + this.interval(rng);
    } else {
      this.boundedFillWide(off, BigInt(rng), n, out);
    }
    return out;
  }

  /** Ranges of 2^53 and more (only reachable with huge int64 bounds): exact in BigInt, stored rounded. */
  private boundedFillWide(off: number, big: bigint, n: number, out: Float64Array): void {
    let mask = big;
    for (const s of [1n, 2n, 4n, 8n, 16n, 32n]) mask |= mask >> s;
    const full = big === 0xffffffffffffffffn;
    for (let i = 0; i < n; i++) {
      let v: bigint;
      do {
        const [hi, lo] = this.nextUint64Words();
        v = ((BigInt(hi) << 32n) | BigInt(lo)) & mask;
      } while (!full && v > big);
      // numpy adds in uint64 and reinterprets as int64
      out[i] = Number(BigInt.asIntN(64, BigInt(off) + v));
    }
  }

  /** Fisher–Yates from the end, as numpy's legacy shuffle: element i swaps with interval(i). */
  shuffleList<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.interval(i);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * Shuffles a strided array in place along its first axis. numpy draws nothing when the array is
   * empty, and skips the copy when j == i (which changes nothing).
   */
  shuffleStrided(v: StridedView): void {
    shuffleAxis((i) => this.interval(i), v, 0);
  }

  /** A shuffled 0..n-1 (numpy's permutation(n)). */
  permutation(n: number): Float64Array {
    const out = new Float64Array(Math.max(n, 0));
    for (let i = 0; i < out.length; i++) out[i] = i;
    this.shuffleStrided({ data: out, shape: [out.length], strides: [1], offset: 0 });
    return out;
  }
}
