// Natural log that rounds exactly like glibc's `log` (glibc >= 2.28, x86-64 build with FMA).
// numpy's legacy normal sampler calls the C library's log; V8's Math.log differs from it in the last
// bit for a few percent of inputs, which would change the random streams. glibc's log is not
// correctly rounded (about 0.52 ulp), so a higher-precision log does not match it either: this file
// follows glibc's algorithm step by step, including which products are fused (read from the
// machine code of __ieee754_log_fma), with the constants of glibc_log_data.ts.

import { fma, productMinusOne } from "./fma";
import { LN2HI, LN2LO, POLY, POLY1, TAB } from "./glibc_log_data";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const [A0, A1, A2, A3, A4] = POLY;
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = POLY1;
const TWO27 = 134217728;

// Speed: each step below is first evaluated with ordinary (unfused) operations, which differ from
// glibc's fused ones by far less than ERR times the magnitudes involved. When the final rounding of
// hi + y is the same at both ends of that error interval, it is glibc's result; otherwise (a few
// percent of inputs) the tail is recomputed with emulated fused operations, exactly as glibc does.
const ERR = 2 ** -48; // each unfused operation is off by at most 2^-53 of its size; this is 32 times that

/** Inputs in [1 - 2^-4, 1 + 0x1.09p-4): a polynomial in r = x - 1 with r^2/2 evaluated in two parts. */
function logNearOne(x: number): number {
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  // rhi keeps the top 26 bits of r, so rhi*rhi*B0 is exact and hi + lo carries r - r^2/2 precisely.
  const w = r * TWO27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const sq = rhi * rhi * B0;
  const hi = r + sq;
  const lo0 = r - hi + sq;
  const corr = B0 * rlo * (rhi + r);
  const poly = ((r2 * B9 + (r * B8 + B7) + r3 * B10) * r3 + (r2 * B6 + (r * B5 + B4))) * r3 + (r2 * B3 + (r * B2 + B1));
  const y = poly * r3 + (corr + lo0);
  const err = ERR * (Math.abs(r3) + Math.abs(lo0) + Math.abs(corr) + Math.abs(y));
  const below = hi + (y - err);
  if (below === hi + (y + err)) return below;
  // Fused evaluation, in the order of glibc's machine code.
  const a = fma(r2, B3, fma(r, B2, B1));
  const b = fma(r2, B6, fma(r, B5, B4));
  const c = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const pf = fma(fma(c, r3, b), r3, a);
  const lo = fma(B0 * rlo, rhi + r, lo0);
  return hi + fma(pf, r3, lo);
}

/**
 * Natural logarithm with glibc's exact rounding, so sampling code that calls C's `log` can be
 * reproduced bit for bit. Special values follow C: log(0) = -Infinity, log(negative) = NaN.
 *
 * @example
 * glibcLog(0.5)  // -0.6931471805599453
 */
export function glibcLog(x: number): number {
  f64[0] = x;
  let hiw = u32[1];
  let low = u32[0];
  // |x - 1| small: handled by the dedicated polynomial (x == 1 gives +0).
  if (x >= 0.9375 && x < 1.064697265625) {
    if (x === 1) return 0;
    return logNearOne(x);
  }
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) {
    if (x === 0) return -Infinity;
    if (x !== x || x < 0) return NaN;
    if (x === Infinity) return Infinity;
    // Subnormal: scale into the normal range and take 52 off the exponent.
    f64[0] = x * 4503599627370496;
    low = u32[0];
    hiw = u32[1] - (52 << 20);
  }
  // x = 2^k * z with z in [0x1.6p-1, 0x1.6p0); the 7 bits after the leading ones pick a table row.
  const tmpHi = (hiw - 0x3fe60000) | 0; // high word of bits(x) - 0x3fe6000000000000 (low word is 0)
  const i = (tmpHi >>> 13) & 0x7f;
  const k = tmpHi >> 20; // arithmetic shift of the 64-bit difference, exponent part
  u32[0] = low;
  u32[1] = hiw - (tmpHi & 0xfff00000);
  const z = f64[0];
  const invc = TAB[2 * i];
  const logc = TAB[2 * i + 1];
  const r = productMinusOne(z, invc);
  const kd = k;
  const w = kd * LN2HI + logc; // fused in glibc, but kd * LN2HI is exact (LN2HI ends in 11 zero bits)
  const hi = w + r;
  const t = w - hi + r;
  const r2 = r * r;
  const r3 = r * r2;
  const klo = kd * LN2LO;
  const y = r3 * ((r * A4 + A3) * r2 + (r * A2 + A1)) + (r2 * A0 + (klo + t));
  const err = ERR * (r2 + Math.abs(klo) + Math.abs(t) + Math.abs(y));
  const below = hi + (y - err);
  if (below === hi + (y + err)) return below;
  // Fused evaluation, in the order of glibc's machine code.
  const lo = fma(kd, LN2LO, t);
  const p = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  return fma(r3, p, fma(r2, A0, lo)) + hi;
}
