// numpy's Generator integer draws: Lemire's multiply-and-reject for bounded ranges (32-bit outputs for
// ranges below 2^32, 64-bit ones above), and the masked rejection of random_interval for shuffles.

import type { PCG64 } from "./pcg64";

const TWO32 = 4294967296;
const TWO16 = 65536;

/**
 * A uniform integer in [0, rng] from one or more 32-bit outputs (numpy's buffered_bounded_lemire_uint32),
 * rng < 2^32 - 1: the high half of u * (rng + 1), rejecting when the low half falls below 2^32 mod (rng + 1).
 */
export function lemire32(bg: PCG64, rng: number, threshold: number): number {
  const excl = rng + 1;
  for (;;) {
    const u = bg.nextUint32();
    const low = Math.imul(u, excl) >>> 0;
    if (low >= threshold) {
      // The high half of the 64-bit product, from two exact 48-bit partial products.
      const a = (u >>> 16) * excl;
      const b = (u & 0xffff) * excl;
      const aHi = Math.floor(a / TWO16);
      return aHi + Math.floor(((a - aHi * TWO16) * TWO16 + b) / TWO32);
    }
  }
}

/** 2^32 mod (rng + 1): numpy's rejection threshold (UINT32_MAX - rng) % (rng + 1). */
export const threshold32 = (rng: number) => (TWO32 - rng - 1) % (rng + 1);

/**
 * A uniform integer in [0, rng] from 64-bit outputs (numpy's bounded_lemire_uint64), 2^32 - 1 < rng < 2^53 - 1:
 * the high 64 bits of the 128-bit product u * (rng + 1), computed over 16-bit limbs.
 */
export function lemire64(bg: PCG64, rng: number, threshold: bigint): number {
  const excl = rng + 1;
  const e0 = excl % TWO16;
  const e1 = Math.floor(excl / TWO16) % TWO16;
  const e2 = Math.floor(excl / TWO32) % TWO16;
  const e3 = Math.floor(excl / (TWO32 * TWO16));
  const thr = Number(threshold); // below 2^53: exact
  for (;;) {
    bg.next64();
    const u0 = bg.lo & 0xffff;
    const u1 = bg.lo >>> 16;
    const u2 = bg.hi & 0xffff;
    const u3 = bg.hi >>> 16;
    // Columns of the product; each limb product is exact and a column sum stays below 2^53.
    let c = u0 * e0;
    let carry = Math.floor(c / TWO16);
    const p0 = c - carry * TWO16;
    c = carry + u0 * e1 + u1 * e0;
    carry = Math.floor(c / TWO16);
    const p1 = c - carry * TWO16;
    c = carry + u0 * e2 + u1 * e1 + u2 * e0;
    carry = Math.floor(c / TWO16);
    const p2 = c - carry * TWO16;
    c = carry + u0 * e3 + u1 * e2 + u2 * e1 + u3 * e0;
    carry = Math.floor(c / TWO16);
    const p3 = c - carry * TWO16;
    // Low 64 bits as a double: inexact only above 2^53, where it exceeds every threshold anyway.
    const low = ((p3 * TWO16 + p2) * TWO16 + p1) * TWO16 + p0;
    if (low >= thr) {
      c = carry + u1 * e3 + u2 * e2 + u3 * e1;
      carry = Math.floor(c / TWO16);
      const q0 = c - carry * TWO16;
      c = carry + u2 * e3 + u3 * e2;
      carry = Math.floor(c / TWO16);
      const q1 = c - carry * TWO16;
      c = carry + u3 * e3;
      // The high 64 bits are below rng + 1 <= 2^53: exact.
      return (c * TWO16 + q1) * TWO16 + q0;
    }
  }
}

/** 2^64 mod (rng + 1) for lemire64. */
export const threshold64 = (rng: number | bigint) => (1n << 64n) % (BigInt(rng) + 1n);

/** The same draw in BigInt, for ranges of 2^53 and wider (rare: huge int64 bounds). */
export function lemireBig(bg: PCG64, rng: bigint): bigint {
  const excl = rng + 1n;
  const thr = (1n << 64n) % excl;
  for (;;) {
    const m = bg.randomRaw() * excl;
    if ((m & 0xffffffffffffffffn) >= thr) return m >> 64n;
  }
}

/**
 * One integer off + [0, rng] the way numpy's Generator.integers draws it for any range (rng as a
 * number below 2^53, or a bigint).
 */
export function boundedDraw(bg: PCG64, rng: number | bigint, thr: number | bigint): number | bigint {
  if (typeof rng === "bigint") {
    if (rng === 0xffffffffffffffffn) return bg.randomRaw();
    return lemireBig(bg, rng);
  }
  if (rng === 0) return 0;
  if (rng === 0xffffffff) return bg.nextUint32();
  if (rng < 0xffffffff) return lemire32(bg, rng, thr as number);
  return lemire64(bg, rng, thr as bigint);
}

/** The rejection threshold boundedDraw needs for rng (computed once per fill). */
export function thresholdFor(rng: number | bigint): number | bigint {
  if (typeof rng === "bigint") return 0;
  if (rng === 0 || rng === 0xffffffff) return 0;
  return rng < 0xffffffff ? threshold32(rng) : threshold64(rng);
}

/** Uniform integer in [0, max] by masked rejection (numpy's random_interval), max < 2^53: used by shuffles. */
export function interval(bg: PCG64, max: number): number {
  if (max === 0) return 0;
  let mask = 1;
  while (mask < max) mask = mask * 2 + 1;
  if (max <= 0xffffffff) {
    let v: number;
    do v = (bg.nextUint32() & mask) >>> 0;
    while (v > max);
    return v;
  }
  const maskHi = Math.floor(mask / TWO32);
  let v: number;
  do {
    bg.next64();
    v = (bg.hi & maskHi) * TWO32 + bg.lo;
  } while (v > max);
  return v;
}
