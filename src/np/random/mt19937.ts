// The Mersenne Twister MT19937 as numpy's legacy RandomState drives it: seeded from one 32-bit
// integer with init_genrand (numpy's `mt19937_seed`), 32-bit outputs with the standard tempering,
// and 53-bit doubles built from two outputs.

const N = 624;
const M = 397;
// Constants above 2^31 are kept as int32 bit patterns so the bit operations stay in small integers.
const MATRIX_A = 0x9908b0df | 0;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;

/**
 * MT19937 generator state (624 words and a position), seeded like `np.random.seed(n)`.
 *
 * @example
 * const mt = new MT19937(5489);
 * mt.nextUint32() // 3499211612, the reference implementation's first output
 */
export class MT19937 {
  readonly key: Uint32Array = new Uint32Array(N);
  pos = N;

  constructor(seed = 5489) {
    this.seed(seed);
  }

  /** init_genrand: Knuth's linear congruential fill of the state from a 32-bit seed. */
  seed(seed: number): void {
    const key = this.key;
    key[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      key[i] = (Math.imul(1812433253, key[i - 1] ^ (key[i - 1] >>> 30)) + i) >>> 0;
    }
    this.pos = N;
  }

  /** init_by_array: numpy's seeding from a list of 32-bit words (`np.random.seed([1, 2, 3])`). */
  seedByArray(words: ArrayLike<number>): void {
    this.seed(19650218);
    const key = this.key;
    const len = words.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = key[i - 1] ^ (key[i - 1] >>> 30);
      key[i] = ((key[i] ^ Math.imul(prev, 1664525)) + (words[j] >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = key[i - 1] ^ (key[i - 1] >>> 30);
      key[i] = ((key[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
    }
    key[0] = 0x80000000; // guarantees a nonzero state
    this.pos = N;
  }

  /** Regenerates all 624 words (the "twist"). */
  private twist(): void {
    const key = this.key;
    let i = 0;
    let y: number;
    for (; i < N - M; i++) {
      y = (key[i] & UPPER) | (key[i + 1] & LOWER);
      key[i] = key[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      y = (key[i] & UPPER) | (key[i + 1] & LOWER);
      key[i] = key[i + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (key[N - 1] & UPPER) | (key[0] & LOWER);
    key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.pos = 0;
  }

  /** Next 32-bit output, as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    if (this.pos === N) this.twist();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & TEMPER_B;
    y ^= (y << 15) & TEMPER_C;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Uniform double in [0, 1) with 53 random bits: (a >> 5) * 2^26 + (b >> 6), over 2^53. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}
