// numpy's PCG64 bit generator: a 128-bit LCG (state = state * MULT + inc mod 2^128) whose 64-bit
// output is the XOR of the state's halves rotated right by its top 6 bits (XSL-RR). BigInt is too
// slow per draw, so the state is eight 16-bit limbs in doubles: each limb product is exact and a
// column sum stays far below 2^53.

import { SeedSequence, Entropy } from "./seed_sequence";

const MASK128 = (1n << 128n) - 1n;
const MULT = 0x2360ed051fc65da44385df649fccf645n;
const TWO16 = 65536;
const INV16 = 1 / 65536;
/** numpy's jump: phi - 1 times 2^128, phi the golden ratio. */
const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;

function limbs(v: bigint): number[] {
  return Array.from({ length: 8 }, (_, i) => Number((v >> BigInt(16 * i)) & 0xffffn));
}

function fromLimbs(l: readonly number[]): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 16n) | BigInt(l[i]);
  return v;
}

/** A seed accepted by PCG64 and defaultRng: an integer, a list of integers, or a SeedSequence. */
export type Seed = Entropy | SeedSequence | null | undefined;

/** numpy's `bit_generator.state` of a PCG64 (keys camel-cased). */
export interface PCG64State {
  bitGenerator: "PCG64";
  state: { state: bigint; inc: bigint };
  hasUint32: number;
  uinteger: number;
}

/**
 * numpy's `np.random.PCG64`: seeded through a SeedSequence, bit for bit.
 *
 * @example
 * const bg = new np.random.PCG64(42);
 * bg.randomRaw() // → 14276969152011380360n
 */
export class PCG64 {
  // State and increment as 16-bit limbs, low first, in plain fields (faster than a typed array here).
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private s4 = 0;
  private s5 = 0;
  private s6 = 0;
  private s7 = 0;
  private c0 = 0;
  private c1 = 0;
  private c2 = 0;
  private c3 = 0;
  private c4 = 0;
  private c5 = 0;
  private c6 = 0;
  private c7 = 0;
  /** High and low 32-bit words of the latest 64-bit output. */
  hi = 0;
  lo = 0;
  /** The upper half of a 64-bit output kept for the next 32-bit draw, as numpy does. */
  private hasUint32 = false;
  private uinteger = 0;
  readonly seedSeq: SeedSequence;

  constructor(seed?: Seed) {
    this.seedSeq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
    const [s0, s1, i0, i1] = this.seedSeq.generateState(4, "uint64");
    this.seedWith((s0 << 64n) | s1, (i0 << 64n) | i1);
  }

  /** PCG's srandom: inc = 2*seq + 1, then state = (inc + initstate) stepped twice. */
  private seedWith(initState: bigint, initSeq: bigint): void {
    this.incBig = (initSeq << 1n) | 1n;
    this.stateBig = 0n;
    this.step();
    this.stateBig = this.stateBig + initState;
    this.step();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** The state as a 128-bit integer (setting reduces mod 2^128). */
  private get stateBig(): bigint {
    return fromLimbs([this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7]);
  }

  private set stateBig(v: bigint) {
    [this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7] = limbs(v & MASK128);
  }

  /** The increment (odd) as a 128-bit integer. */
  private get incBig(): bigint {
    return fromLimbs([this.c0, this.c1, this.c2, this.c3, this.c4, this.c5, this.c6, this.c7]);
  }

  private set incBig(v: bigint) {
    [this.c0, this.c1, this.c2, this.c3, this.c4, this.c5, this.c6, this.c7] = limbs(v & MASK128);
  }

  /** state = state * MULT + inc (mod 2^128), column by column over the 16-bit limbs. */
  private step(): void {
    // Unrolled column by column; the constants are MULT's limbs, low first.
    const a0 = this.s0, a1 = this.s1, a2 = this.s2, a3 = this.s3, a4 = this.s4, a5 = this.s5, a6 = this.s6, a7 = this.s7;
    let c: number;
    let carry = 0;
    c = carry + this.c0 + a0 * 0xf645;
    carry = (c * INV16) | 0;
    this.s0 = c - carry * TWO16;
    c = carry + this.c1 + a0 * 0x9fcc + a1 * 0xf645;
    carry = (c * INV16) | 0;
    this.s1 = c - carry * TWO16;
    c = carry + this.c2 + a0 * 0xdf64 + a1 * 0x9fcc + a2 * 0xf645;
    carry = (c * INV16) | 0;
    this.s2 = c - carry * TWO16;
    c = carry + this.c3 + a0 * 0x4385 + a1 * 0xdf64 + a2 * 0x9fcc + a3 * 0xf645;
    carry = (c * INV16) | 0;
    this.s3 = c - carry * TWO16;
    c = carry + this.c4 + a0 * 0x5da4 + a1 * 0x4385 + a2 * 0xdf64 + a3 * 0x9fcc + a4 * 0xf645;
    carry = (c * INV16) | 0;
    this.s4 = c - carry * TWO16;
    c = carry + this.c5 + a0 * 0x1fc6 + a1 * 0x5da4 + a2 * 0x4385 + a3 * 0xdf64 + a4 * 0x9fcc + a5 * 0xf645;
    carry = (c * INV16) | 0;
    this.s5 = c - carry * TWO16;
    c = carry + this.c6 + a0 * 0xed05 + a1 * 0x1fc6 + a2 * 0x5da4 + a3 * 0x4385 + a4 * 0xdf64 + a5 * 0x9fcc + a6 * 0xf645;
    carry = (c * INV16) | 0;
    this.s6 = c - carry * TWO16;
    c = carry + this.c7 + a0 * 0x2360 + a1 * 0xed05 + a2 * 0x1fc6 + a3 * 0x5da4 + a4 * 0x4385 + a5 * 0xdf64 + a6 * 0x9fcc + a7 * 0xf645;
    carry = (c * INV16) | 0;
    this.s7 = c - carry * TWO16;
  }

  /** Advances and leaves the 64-bit output in `hi`, `lo`. */
  next64(): void {
    this.step();
    let hi = ((this.s7 << 16) | this.s6) ^ ((this.s3 << 16) | this.s2);
    let lo = ((this.s5 << 16) | this.s4) ^ ((this.s1 << 16) | this.s0);
    let rot = this.s7 >>> 10;
    if (rot >= 32) {
      const t = hi;
      hi = lo;
      lo = t;
      rot -= 32;
    }
    if (rot > 0) {
      const h = ((hi >>> rot) | (lo << (32 - rot))) >>> 0;
      lo = ((lo >>> rot) | (hi << (32 - rot))) >>> 0;
      hi = h;
    }
    this.hi = hi >>> 0;
    this.lo = lo >>> 0;
  }

  /** A double in [0, 1): the top 53 bits of a 64-bit output over 2^53. */
  nextDouble(): number {
    this.next64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }

  /** 32 random bits: the low half of a 64-bit output, its high half kept for the next call. */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.next64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /** The next 64-bit output as a bigint (numpy's random_raw with size None). */
  randomRaw(): bigint {
    this.next64();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /**
   * The generator's state, numpy's `bit_generator.state`; assigning one restores it.
   * @example new np.random.PCG64(0).state.state.inc // → 87136372517582989555478159403783844777n
   */
  get state(): PCG64State {
    return { bitGenerator: "PCG64", state: { state: this.stateBig, inc: this.incBig }, hasUint32: this.hasUint32 ? 1 : 0, uinteger: this.uinteger };
  }

  set state(value: PCG64State) {
    if (value?.bitGenerator !== "PCG64") throw new Error("state must be for a PCG64 PRNG");
    this.stateBig = BigInt(value.state.state);
    this.incBig = BigInt(value.state.inc);
    this.hasUint32 = Boolean(value.hasUint32);
    this.uinteger = value.uinteger >>> 0;
  }

  /**
   * Advances the state as if `delta` outputs had been drawn (negative deltas wrap mod 2^128), in
   * O(log delta) steps (Brown's LCG jump-ahead); forgets a kept 32-bit half, as numpy does.
   * @example const b1 = new np.random.PCG64(1); b1.advance(3); b1.randomRaw() // → 17499493567006797778n
   */
  advance(delta: number | bigint): this {
    let d = BigInt(delta) & MASK128;
    let curMult = MULT;
    let curPlus = this.incBig;
    let accMult = 1n;
    let accPlus = 0n;
    while (d > 0n) {
      if (d & 1n) {
        accMult = (accMult * curMult) & MASK128;
        accPlus = (accPlus * curMult + curPlus) & MASK128;
      }
      curPlus = ((curMult + 1n) * curPlus) & MASK128;
      curMult = (curMult * curMult) & MASK128;
      d >>= 1n;
    }
    this.stateBig = accMult * this.stateBig + accPlus;
    this.hasUint32 = false;
    this.uinteger = 0;
    return this;
  }

  /**
   * A copy of this generator jumped ahead by `jumps` * (phi - 1) * 2^128 outputs (numpy's jumped).
   * @example new np.random.PCG64(1).jumped().randomRaw() // → 6240351607257276062n
   */
  jumped(jumps: number | bigint = 1): PCG64 {
    // As numpy: a fresh (unseeded) generator given this state, so spawning from it is independent.
    const out = new PCG64();
    out.state = this.state;
    return out.advance(JUMP_STEP * BigInt(jumps));
  }

  /**
   * `n` independent child generators, from the children of this generator's SeedSequence.
   * @example new np.random.PCG64(7).spawn(2).length // → 2
   */
  spawn(n: number): PCG64[] {
    return this.seedSeq.spawn(n).map((s) => new PCG64(s));
  }
}
