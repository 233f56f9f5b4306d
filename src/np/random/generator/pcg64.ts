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

function limbs(v: bigint): Float64Array {
  const out = new Float64Array(8);
  for (let i = 0; i < 8; i++) out[i] = Number((v >> BigInt(16 * i)) & 0xffffn);
  return out;
}

function fromLimbs(l: Float64Array): bigint {
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
  private readonly s = new Float64Array(8);
  private readonly inc = new Float64Array(8);
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
    this.inc.set(limbs(((initSeq << 1n) | 1n) & MASK128));
    this.s.fill(0);
    this.step();
    this.s.set(limbs((fromLimbs(this.s) + initState) & MASK128));
    this.step();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** state = state * MULT + inc (mod 2^128), column by column over the 16-bit limbs. */
  private step(): void {
    // Unrolled (about ten times faster than the loop); the constants are MULT's limbs, low first.
    const s = this.s;
    const inc = this.inc;
    const a0 = s[0], a1 = s[1], a2 = s[2], a3 = s[3], a4 = s[4], a5 = s[5], a6 = s[6], a7 = s[7];
    let c: number;
    let carry = 0;
    c = carry + inc[0] + a0 * 0xf645;
    carry = (c * INV16) | 0;
    s[0] = c - carry * TWO16;
    c = carry + inc[1] + a0 * 0x9fcc + a1 * 0xf645;
    carry = (c * INV16) | 0;
    s[1] = c - carry * TWO16;
    c = carry + inc[2] + a0 * 0xdf64 + a1 * 0x9fcc + a2 * 0xf645;
    carry = (c * INV16) | 0;
    s[2] = c - carry * TWO16;
    c = carry + inc[3] + a0 * 0x4385 + a1 * 0xdf64 + a2 * 0x9fcc + a3 * 0xf645;
    carry = (c * INV16) | 0;
    s[3] = c - carry * TWO16;
    c = carry + inc[4] + a0 * 0x5da4 + a1 * 0x4385 + a2 * 0xdf64 + a3 * 0x9fcc + a4 * 0xf645;
    carry = (c * INV16) | 0;
    s[4] = c - carry * TWO16;
    c = carry + inc[5] + a0 * 0x1fc6 + a1 * 0x5da4 + a2 * 0x4385 + a3 * 0xdf64 + a4 * 0x9fcc + a5 * 0xf645;
    carry = (c * INV16) | 0;
    s[5] = c - carry * TWO16;
    c = carry + inc[6] + a0 * 0xed05 + a1 * 0x1fc6 + a2 * 0x5da4 + a3 * 0x4385 + a4 * 0xdf64 + a5 * 0x9fcc + a6 * 0xf645;
    carry = (c * INV16) | 0;
    s[6] = c - carry * TWO16;
    c = carry + inc[7] + a0 * 0x2360 + a1 * 0xed05 + a2 * 0x1fc6 + a3 * 0x5da4 + a4 * 0x4385 + a5 * 0xdf64 + a6 * 0x9fcc + a7 * 0xf645;
    s[7] = c % TWO16;
  }

  /** Advances and leaves the 64-bit output in `hi`, `lo`. */
  next64(): void {
    this.step();
    const s = this.s;
    let hi = ((s[7] * TWO16 + s[6]) ^ (s[3] * TWO16 + s[2])) >>> 0;
    let lo = ((s[5] * TWO16 + s[4]) ^ (s[1] * TWO16 + s[0])) >>> 0;
    let rot = s[7] >>> 10;
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
    this.hi = hi;
    this.lo = lo;
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
    return { bitGenerator: "PCG64", state: { state: fromLimbs(this.s), inc: fromLimbs(this.inc) }, hasUint32: this.hasUint32 ? 1 : 0, uinteger: this.uinteger };
  }

  set state(value: PCG64State) {
    if (value?.bitGenerator !== "PCG64") throw new Error("state must be for a PCG64 PRNG");
    this.s.set(limbs(BigInt(value.state.state) & MASK128));
    this.inc.set(limbs(BigInt(value.state.inc) & MASK128));
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
    let curPlus = fromLimbs(this.inc);
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
    this.s.set(limbs((accMult * fromLimbs(this.s) + accPlus) & MASK128));
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
