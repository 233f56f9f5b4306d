// numpy's SeedSequence: turns any integer seed (any size) or list of integers into a well-mixed pool
// of four 32-bit words, and from it as many state words as a bit generator needs. All arithmetic is
// uint32 (Math.imul and >>> 0), as numpy's Cython does it.

const POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;

/** An entropy value: a non-negative integer (number or bigint, any size) or a flat list of them. */
export type Entropy = number | bigint | readonly (number | bigint)[];

/** One non-negative integer as little-endian 32-bit words (0 gives [0]), like numpy's _int_to_uint32_array. */
function intWords(n: number | bigint): number[] {
  if (typeof n === "number" && !Number.isInteger(n)) throw new TypeError("seed must be integer");
  let v = BigInt(n);
  if (v < 0n) throw new Error("expected non-negative integer");
  if (v === 0n) return [0];
  const out: number[] = [];
  for (; v > 0n; v >>= 32n) out.push(Number(v & 0xffffffffn));
  return out;
}

/** numpy's _coerce_to_uint32_array: an integer's words, or a list's words concatenated. */
export function entropyWords(x: Entropy): number[] {
  if (typeof x === "number" || typeof x === "bigint") return intWords(x);
  return x.flatMap((v) => {
    if (typeof v === "object") throw new TypeError("SeedSequence does not accept nested sequences.");
    return intWords(v);
  });
}

/** Uniformly distributed 32 random bits from Math.random, for unseeded generators. */
const randomWord = () => Math.floor(Math.random() * 4294967296);

/**
 * numpy's `np.random.SeedSequence`: mixes the entropy (and the spawn key) into a pool, and hands out
 * seeding words with `generateState`; `spawn` makes independent children.
 *
 * @example
 * new np.random.SeedSequence(42).generateState(2) // → Uint32Array(2) [ 3444837047, 2669555309 ]
 */
export class SeedSequence {
  readonly entropy: Entropy;
  readonly spawnKey: readonly number[];
  readonly poolSize = POOL_SIZE;
  nChildrenSpawned: number;
  /** The mixed pool, four uint32 words. */
  readonly pool: Uint32Array = new Uint32Array(POOL_SIZE);

  constructor(entropy?: Entropy | null, opts: { spawnKey?: readonly number[]; nChildrenSpawned?: number } = {}) {
    if (typeof entropy === "number" && !Number.isInteger(entropy)) throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${entropy}`);
    // numpy draws 128 bits from the OS; any unpredictable words do here.
    this.entropy = entropy ?? Array.from({ length: POOL_SIZE }, randomWord);
    this.spawnKey = [...(opts.spawnKey ?? [])];
    this.nChildrenSpawned = opts.nChildrenSpawned ?? 0;
    this.mixEntropy(this.assembledEntropy());
  }

  /** The run entropy's words (padded to the pool size when a spawn key follows), then the spawn key's. */
  private assembledEntropy(): number[] {
    const run = entropyWords(this.entropy);
    const spawn = entropyWords(this.spawnKey);
    while (spawn.length > 0 && run.length < POOL_SIZE) run.push(0);
    return run.concat(spawn);
  }

  private mixEntropy(entropy: readonly number[]): void {
    const pool = this.pool;
    let hashConst = INIT_A;
    // The multiplier changes with every use, so hashmix carries it along.
    const hashmix = (value: number): number => {
      value = (value ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_A) >>> 0;
      value = Math.imul(value, hashConst) >>> 0;
      return (value ^ (value >>> XSHIFT)) >>> 0;
    };
    const mix = (x: number, y: number): number => {
      const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
      return (r ^ (r >>> XSHIFT)) >>> 0;
    };
    for (let i = 0; i < POOL_SIZE; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
    for (let src = 0; src < POOL_SIZE; src++) {
      for (let dst = 0; dst < POOL_SIZE; dst++) if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src]));
    }
    for (let src = POOL_SIZE; src < entropy.length; src++) {
      for (let dst = 0; dst < POOL_SIZE; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src]));
    }
  }

  /**
   * `nWords` seeding words drawn from the pool (numpy's generate_state); "uint64" gives twice as many
   * 32-bit words, each pair read little-endian as one 64-bit word, returned as bigints.
   * @example new np.random.SeedSequence(0).generateState(1, "uint64") // → [ 15793235383387715774n ]
   */
  generateState(nWords: number, dtype?: "uint32"): Uint32Array;
  generateState(nWords: number, dtype: "uint64"): bigint[];
  generateState(nWords: number, dtype: "uint32" | "uint64" = "uint32"): Uint32Array | bigint[] {
    const n = dtype === "uint64" ? 2 * nWords : nWords;
    const out = new Uint32Array(n);
    let hashConst = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = (this.pool[i % POOL_SIZE] ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      v = Math.imul(v, hashConst) >>> 0;
      out[i] = v ^ (v >>> XSHIFT);
    }
    if (dtype === "uint32") return out;
    return Array.from({ length: nWords }, (_, i) => (BigInt(out[2 * i + 1]) << 32n) | BigInt(out[2 * i]));
  }

  /**
   * `n` child sequences, independent of this one and of each other (numpy's spawn: the same entropy
   * with spawn keys extended by the children's numbers).
   * @example new np.random.SeedSequence(1).spawn(2).map((s) => s.spawnKey) // → [ [ 0 ], [ 1 ] ]
   */
  spawn(n: number): SeedSequence[] {
    if (!Number.isInteger(n) || n < 0) throw new Error("n_children must be non-negative");
    const first = this.nChildrenSpawned;
    this.nChildrenSpawned += n;
    return Array.from({ length: n }, (_, i) => new SeedSequence(this.entropy, { spawnKey: [...this.spawnKey, first + i] }));
  }
}
