// pow that rounds exactly like glibc's `pow` (glibc >= 2.28, x86-64 build with FMA). V8's Math.pow
// differs from it in the last bit for about 10% of inputs. glibc's algorithm: log(x) to about 68
// bits as hi + lo (a 128-entry table and a polynomial), y * log(x) as ehi + elo, then the exp of
// glibc_exp.ts with elo folded in. Which operations are fused was read from the machine code of
// __ieee754_pow_fma (glibc 2.36); fma.ts rounds each fused step once, as the CPU does.

import { fma, productError } from "./fma";
import { expCore, expFast } from "./glibc_exp";
import { LN2HI, LN2LO, POLY, TAB } from "./glibc_pow_data";

const [A0, A1, A2, A3, A4, A5, A6] = POLY;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const ERR = 2 ** -48; // as in glibc_exp.ts: 32 times the worst error of one unfused operation

/**
 * log(x * 2^shift) as [hi + lo rounded, its tail, an error bound], the way pow's log_inline computes
 * it. `exact` evaluates the fused steps with emulated fma (glibc's exact result, bound 0); otherwise
 * they run unfused and the bound covers the difference (hi itself is the same either way).
 */
function logInline(x: number, exact: boolean, shift = 0): [number, number, number] {
  f64[0] = x;
  const hiw = u32[1];
  // x = 2^k z, z in [0x1.69555p-1, 0x1.69555p0); the next 7 bits choose the table row.
  const tmpHi = (hiw - 0x3fe69555) | 0; // high word of bits(x) - 0x3fe6955500000000
  const i = (tmpHi >>> 13) & 0x7f;
  const k = (tmpHi >> 20) + shift;
  u32[1] = hiw - (tmpHi & 0xfff00000);
  const z = f64[0];
  const invc = TAB[3 * i];
  const logc = TAB[3 * i + 1];
  const logctail = TAB[3 * i + 2];
  // fma(z, invc, -1): z*invc is within 2^-7 of 1, so p - 1 is exact and one rounding remains.
  const p = z * invc;
  const r = p - 1 + productError(z, invc, p);
  const t1 = k * LN2HI + logc; // fused in glibc, but k * LN2HI is exact (LN2HI ends in zero bits)
  const t2 = t1 + r;
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = productError(ar, r, ar2); // fma(ar, r, -ar2): the exact rounding error of r * ar
  const lo4 = t2 - hi + ar2;
  let lo: number;
  let err = 0;
  if (exact) {
    const lo1 = fma(k, LN2LO, logctail);
    const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
    lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  } else {
    const lo1 = k * LN2LO + logctail;
    const q = ar2 * (ar2 * (r * A6 + A5) + (r * A4 + A3)) + (r * A2 + A1);
    const sum = lo1 + lo2 + lo3 + lo4;
    lo = ar3 * q + sum;
    err = ERR * (Math.abs(k * LN2LO) + Math.abs(logctail) + Math.abs(ar3 * q) + Math.abs(sum));
  }
  const y = hi + lo;
  return [y, hi - y + lo, err];
}

/** Whether y is an odd integer (it decides the sign of pow of a negative base). */
const isOddInteger = (y: number) => Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;

/**
 * x^y with glibc's exact rounding, so sampler code that calls C's `pow` can be reproduced bit for
 * bit. Special values follow C (pow(1, NaN) = 1, pow(-1, ±Infinity) = 1, pow(x, 0) = 1).
 *
 * @example glibcPow(2, 0.5) // → 1.4142135623730951
 */
export function glibcPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || Number.isNaN(x) || Number.isNaN(y)) {
    if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
    return Math.pow(x, y); // exact special values (0, Infinity, NaN), the same as C's
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const m = glibcPow(-x, y);
    return isOddInteger(y) ? -m : m; // glibc flips the sign bit of the scale: an exact negation
  }
  f64[0] = y;
  const topy = (u32[1] >>> 20) & 0x7ff;
  if (topy < 0x3be) return x > 1 ? 1 + y : 1 - y; // |y| < 2^-65: x^y ≈ 1 + y log x
  if (topy >= 0x43e) return (x > 1) === (y > 0) ? Infinity : 0; // |y| >= 2^63: over- or underflow
  // Subnormal x: scaled by 2^52 into the normal range, 52 taken off the exponent.
  const [xs, shift] = x < 2.2250738585072014e-308 ? [x * 4503599627370496, -52] : [x, 0];
  const [hf, lf, err] = logInline(xs, false, shift);
  const ehf = y * hf;
  // Fast path away from glibc's special ranges (|y log x| tiny or >= 512, where its branches differ).
  if (Math.abs(ehf) > 2 ** -50 && Math.abs(ehf) < 511.99) {
    const elf = y * lf + productError(hf, y, ehf);
    const fast = expFast(ehf, elf, Math.abs(y) * err + ERR * Math.abs(y * lf));
    if (fast !== undefined) return fast;
  }
  const [hi, lo] = logInline(xs, true, shift);
  return powFromLog(hi, lo, y);
}

/** exp(y * (hi + lo)) as glibc forms it: ehi = y*hi rounded, elo = y*lo + the rounding error. */
function powFromLog(hi: number, lo: number, y: number): number {
  const ehi = y * hi;
  const elo = fma(y, lo, productError(hi, y, ehi)); // fma(hi, y, -ehi) is exact: y*hi's rounding error
  f64[0] = ehi;
  const top = (u32[1] >>> 20) & 0x7ff;
  if (top - 0x3c9 > 0x3e || top < 0x3c9) {
    if (top < 0x3c9) return 1; // tiny: 1 (glibc skips the 1 + x rounding here)
    if (top >= 0x409) return ehi < 0 ? 0 : Infinity;
    return expCore(ehi, elo, true);
  }
  return expCore(ehi, elo, false);
}
