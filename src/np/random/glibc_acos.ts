// acos that rounds exactly like glibc's `acos` (glibc 2.36, x86-64 build with FMA,
// __ieee754_acos_fma, as numpy's von Mises sampler gets it on such a CPU). V8's Math.acos differs
// from it in the last bit for about 7% of inputs. glibc's algorithm (IBM's accurate library, slow
// paths removed): pi/2 - x - x^3 p(x^2) for |x| < 1/8; a Taylor polynomial of asin around a table
// point x0 for |x| < 0.96875 (ASNCS); beyond, acos(x) = 2 asin(sqrt((1 - |x|)/2)) with a Newton
// square root carried in two parts. Which operations are fused was read from the machine code;
// fma.ts makes each fused step round once, as the CPU does.

import { fma, productMinusOne } from "./fma";
import { ASNCS, INROOT, POWTWO } from "./glibc_acos_data";

/** asin(x) ~ x + x^3 (F1 + F2 x^2 + ... + F6 x^10) near 0. */
const F1 = 1.66666666666664110590506577996662e-1;
const F2 = 7.50000000026122686814431784722623e-2;
const F3 = 4.4642856142105975097851735000694e-2;
const F4 = 3.03821268582119319911193410625235e-2;
const F5 = 2.23551211026525610742786300334557e-2;
const F6 = 1.81382903404565056280372531963613e-2;
/** 1/sqrt(z) ~ t (RT0 + RT1 r + RT2 r^2 + RT3 r^3) with r = 1 - t^2 z. */
const RT0 = 9.99999999859990725855365213134618e-1;
const RT1 = 4.99999999495955425917856814202739e-1;
const RT2 = 3.7501750086734518258145302613085e-1;
const RT3 = 3.12523626554518656309172508769531e-1;
/** pi/2 in two parts. */
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const T27 = 134217728;

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer); // i32[0] low word, i32[1] high word

const highWord = (x: number) => {
  f64[0] = x;
  return i32[1];
};

// Speed: as in glibc_cos.ts, each step is first evaluated with ordinary (unfused) operations. The
// bounds below are at least twice the worst difference from glibc's fused evaluation (2^-53 of each
// product, an ulp of each sum); when the final rounding is the same at both ends of the interval,
// it is glibc's result (every expression below is monotonic in the uncertain terms), otherwise the
// steps are redone with emulated fused operations, exactly as glibc does them.

/**
 * acos(x) for 0.125 <= |x| < 0.96875 from the table row at n with `degree` coefficients after the
 * first: asin(|x|) = asin(x0) + a1 d + d^2 (a2 + a3 d + ...) + lo with d = |x| - x0.
 */
function acosFromTable(x: number, m: number, n: number, degree: number): number {
  const d = (m > 0 ? x : -x) - ASNCS[n];
  const dd = d * d;
  const lo = ASNCS[n + degree + 2];
  const hi = ASNCS[n + degree + 3];
  let q = ASNCS[n + degree + 1];
  for (let j = n + degree; j >= n + 2; j--) q = d * q + ASNCS[j];
  const da1 = d * ASNCS[n + 1];
  let t = da1 + (dd * q + lo);
  // glibc's t differs by at most 1.5 * 2^-52 |d a1| + 4.5 * 2^-52 (|d^2 q| + |lo|).
  const err = 2 ** -50 * Math.abs(da1) + 2 ** -49 * (Math.abs(dd * q) + Math.abs(lo)) + 2 ** -100;
  if (m > 0) {
    const below = HP1 - (t + err) + (HP0 - hi);
    if (below === HP1 - (t - err) + (HP0 - hi)) return below;
  } else {
    const below = t - err + HP1 + (hi + HP0);
    if (below === t + err + HP1 + (hi + HP0)) return below;
  }
  q = ASNCS[n + degree + 1];
  for (let j = n + degree; j >= n + 2; j--) q = fma(d, q, ASNCS[j]);
  t = fma(d, ASNCS[n + 1], fma(dd, q, lo));
  return m > 0 ? HP1 - t + (HP0 - hi) : t + HP1 + (hi + HP0);
}

/**
 * acos(x) for 0.96875 <= |x| < 1: 2 asin(sqrt(z)) with z = (1 - |x|)/2, sqrt(z) = y + cc in two parts.
 */
function acosNearOne(x: number, m: number): number {
  const z = 0.5 * (m > 0 ? 1 - x : x + 1);
  const kz = highWord(z);
  // A few-digit 1/sqrt(z), refined by a cubic in r, then one Newton step on sqrt(z) = c. y must be
  // glibc's exactly (c rounded to 26 bits jumps), so r (fused in glibc) is computed exactly and the
  // cubic is checked; z - y*y is exact (y has 26 bits), so glibc's fused form of it rounds the same.
  let t = INROOT[(kz >> 14) & 0x7f] * POWTWO[511 - (kz >> 21)];
  const r = -productMinusOne(t * t, z);
  // glibc: fma(fma(fma(RT3, r, RT2), r, RT1), r, RT0); unfused, r times the inner part is within
  // 1.25 * 2^-52 |r| of the fused product.
  const pr = r * ((RT3 * r + RT2) * r + RT1);
  const er = 2 ** -50 * Math.abs(r);
  let poly = pr - er + RT0;
  if (poly !== pr + er + RT0) poly = fma(fma(fma(RT3, r, RT2), r, RT1), r, RT0);
  t = poly * t;
  const c = t * z;
  const y = c * T27 + c - c * T27; // c rounded to 26 bits, so y * y is exact
  const num = z - y * y;
  // Unfused, cc is within 2^-50 |cc| of glibc's and q within 2^-49 |q|.
  let cc = num / (y + (1.5 - c * (0.5 * t)) * c);
  let p = (((((F6 * z + F5) * z + F4) * z + F3) * z + F2) * z + F1) * z;
  let q = p * (y + cc);
  const ec = 2 ** -49 * Math.abs(cc);
  const eq = 2 ** -48 * Math.abs(q);
  if (m < 0) {
    const below = HP1 - (cc + ec) - (q + eq) + (HP0 - y);
    if (below === HP1 - (cc - ec) - (q - eq) + (HP0 - y)) return 2 * below;
  } else {
    const below = cc - ec + (q - eq) + y;
    if (below === cc + ec + (q + eq) + y) return 2 * below;
  }
  cc = num / fma(fma(-c, 0.5 * t, 1.5), c, y);
  p = fma(fma(fma(fma(fma(F6, z, F5), z, F4), z, F3), z, F2), z, F1) * z;
  q = p * (y + cc);
  return m < 0 ? 2 * (HP1 - cc - q + (HP0 - y)) : 2 * (cc + q + y);
}

/**
 * acos(x) with glibc's exact rounding, so sampler code that calls C's `acos` can be reproduced bit
 * for bit. acos(x) for |x| > 1 and acos(NaN) are NaN, as in C.
 *
 * @example glibcAcos(0.5) // → 1.0471975511965979
 */
export function glibcAcos(x: number): number {
  const m = highWord(x);
  const k = m & 0x7fffffff;
  if (k < 0x3c880000) return HP0; // |x| < 2^-55
  if (k < 0x3fc00000) {
    // |x| < 0.125
    const x2 = x * x;
    const r = HP0 - x;
    const w = HP0 - r - x + HP1;
    const x3 = x * x2;
    const pu = ((((F6 * x2 + F5) * x2 + F4) * x2 + F3) * x2 + F2) * x2 + F1;
    const cor = w - pu * x3;
    // glibc's cor differs by at most 2.6 * 2^-52 |p x^3| + 2^-52 |w|.
    const err = 2 ** -49 * (Math.abs(pu * x3) + Math.abs(w)) + 2 ** -100;
    const below = r + (cor - err);
    if (below === r + (cor + err)) return below;
    const p = fma(fma(fma(fma(fma(F6, x2, F5), x2, F4), x2, F3), x2, F2), x2, F1);
    return r + fma(-p, x3, w);
  }
  // The table rows: spacing and polynomial degree grow towards 1.
  if (k < 0x3fd00000) return acosFromTable(x, m, 11 * ((k & 0xfffff) >> 15), 5);
  if (k < 0x3fe00000) return acosFromTable(x, m, 11 * ((k & 0xfffff) >> 14) + 352, 5);
  if (k < 0x3fe80000) return acosFromTable(x, m, 1056 + 3 * ((k & 0xfe000) >> 11), 6);
  if (k < 0x3fed8000) return acosFromTable(x, m, 992 + 13 * ((k & 0xfe000) >> 13), 7);
  if (k < 0x3fee8000) return acosFromTable(x, m, 884 + 14 * ((k & 0xfe000) >> 13), 8);
  if (k < 0x3fef0000) return acosFromTable(x, m, 768 + 15 * ((k & 0xfe000) >> 13), 9);
  if (k < 0x3ff00000) return acosNearOne(x, m);
  if (x === 1) return 0;
  if (x === -1) return 2 * HP0;
  return NaN;
}
