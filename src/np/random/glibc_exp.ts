// exp that rounds exactly like glibc's `exp` (glibc >= 2.28, x86-64 build with FMA, as numpy's
// samplers get it on such a CPU). V8's Math.exp differs from it in the last bit for about 10% of
// inputs. glibc's algorithm: x = k ln2/128 + r, exp(x) = 2^(k/128) * (1 + tail + r + poly(r)), with
// 2^(k/128) from a table; which operations are fused was read from the machine code of
// __ieee754_exp_fma (glibc 2.36), and fma.ts makes each fused step round once, as the CPU does.

import { fma } from "./fma";
import { INVLN2N, NEGLN2HIN, NEGLN2LON, POLY, SHIFT, TAB } from "./glibc_exp_data";

const [C2, C3, C4, C5] = POLY;

/** glibc's exponent-field test: |x| below 2^-54 (0x3c9) or at least 512 (0x408) leaves the fast path. */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const exponentField = (x: number) => {
  f64[0] = x;
  return (u32[1] >>> 20) & 0x7ff;
};

/**
 * e^x with glibc's exact rounding, so sampler code that calls C's `exp` can be reproduced bit for
 * bit. Special values follow C: exp(-Infinity) = 0, overflow gives Infinity, underflow 0.
 *
 * @example glibcExp(1) // → 2.718281828459045
 */
export function glibcExp(x: number): number {
  const top = exponentField(x);
  let special = false;
  if (top - 0x3c9 > 0x3e || top < 0x3c9) {
    if (top < 0x3c9) return 1 + x; // |x| < 2^-54: 1 + x rounds correctly
    if (top >= 0x409) {
      if (x === -Infinity) return 0;
      if (top === 0x7ff) return 1 + x; // +Infinity or NaN
      return x < 0 ? 0 : Infinity;
    }
    special = true; // 512 <= |x| < 1024: the scale may leave the normal range
  }
  if (!special) {
    const fast = expFast(x, 0, 0);
    if (fast !== undefined) return fast;
  }
  return expCore(x, 0, special);
}

// Speed: as in glibc_log.ts, the result is first computed with ordinary (unfused) operations,
// which differ from glibc's fused ones by far less than ERR times the magnitudes involved. When
// the final rounding is the same at both ends of that error interval, it is glibc's result;
// otherwise (rarely) expCore recomputes it with emulated fused operations, exactly as glibc does.
const ERR = 2 ** -48; // each unfused operation is off by at most 2^-53 of its size; this is 32 times that

/**
 * exp(x + xtail) for |x| < 512 when the fast evaluation settles glibc's rounding, else undefined.
 * `xerr` bounds how far x + xtail may be from glibc's own (pow passes the error of its fast log).
 */
export function expFast(x: number, xtail: number, xerr: number): number | undefined {
  const z = x * INVLN2N;
  const k = z + SHIFT - SHIFT;
  // glibc rounds the exact product to an integer; z is within 2e-11 of it, so k agrees unless the
  // product is that close to a half-integer.
  if (Math.abs(Math.abs(z - k) - 0.5) < 1e-9) return undefined;
  const r = x + k * NEGLN2HIN + k * NEGLN2LON + xtail;
  const j = k & 127;
  const tail = TAB[2 * j];
  const scale = TAB[2 * j + 1] * 2 ** ((k - j) / 128);
  const r2 = r * r;
  const tmp = r2 * r2 * (r * C5 + C4) + ((r * C3 + C2) * r2 + (r + tail));
  // r may be one rounding (2^-53 |r|) off glibc's fused r; the polynomial's fused steps differ by
  // parts of r2; r + tail is the same addition in both. Each bound carries a factor 4 or more.
  const err = 2 ** -51 * Math.abs(r) + ERR * (r2 + Math.abs(k * NEGLN2LON)) + 2 * xerr;
  const below = scale + scale * (tmp - err);
  return below === scale + scale * (tmp + err) ? below : undefined;
}

/**
 * glibc's exp_inline for x + xtail (xtail tiny, the low part of pow's y * log(x)), past the special
 * inputs: `special` is set for 512 <= |x| < 1024, where the scale 2^k may leave the normal range.
 */
export function expCore(x: number, xtail: number, special: boolean): number {
  // kd = round(x * 128/ln2) by the 1.5*2^52 trick, with the product and the sum fused.
  const shifted = fma(x, INVLN2N, SHIFT);
  const k = shifted - SHIFT;
  // k * NEGLN2HIN is exact while |k| < 2^17 (its low 17 bits are zero): that fma is then a plain sum.
  const r1 = k < 131072 && k > -131072 ? x + k * NEGLN2HIN : fma(k, NEGLN2HIN, x);
  const r = fma(k, NEGLN2LON, r1) + xtail;
  const j = k & 127;
  const e = (k - j) / 128;
  const tail = TAB[2 * j];
  const h = TAB[2 * j + 1];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, r + tail));
  if (!special) return fma(h * 2 ** e, tmp, h * 2 ** e);
  if (k > 0) {
    // Scale by 2^(e - 1009) first so it stays finite, then by 2^1009 (overflowing if it must).
    const scale = h * 2 ** (e - 1009);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  // k < 0: near the subnormal range, add in a way that rounds only once at the end.
  const scale = h * 2 ** (e + 1022);
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1) {
    const lo0 = scale - y + st;
    const hi = 1 + y;
    const lo = 1 - hi + y + lo0;
    y = hi + lo - 1;
    if (y === 0) y = 0; // -0 becomes +0
  }
  return y * 2 ** -1022;
}
