// Vectorised exp, log and tanh for two float64 lanes at a time, accurate to about one ulp.
// The polynomial coefficients are Chebyshev fits made with mpmath by asm/fit_coefficients.py, which
// also reports each fit's error; the comments below quote those bounds.
//
// Constants are read from a table in memory rather than written inline: V8 rebuilds an inline
// v128 constant with three instructions every time it is used inside a loop, which made these
// kernels twice as slow.

import { fma, fnma } from "./simd";

const C: usize = memory.data<f64>([
  // 0-3: range reduction for exp
  1.4426950408889634, 1.4426950408889634, // log2(e)
  6755399441055744.0, 6755399441055744.0, // 1.5·2^52: adding it rounds to an integer kept in the low bits
  0.6931471803691238, 0.6931471803691238, // ln 2, high part (n·LN2_HI is exact for |n| < 2^21)
  1.9082149292705877e-10, 1.9082149292705877e-10, // ln 2, low part
  // 4-13: q(r) with e^r = 1 + r + r²·q(r) on |r| ≤ ln2/2 (error contribution < 2e-17 relative)
  0.5000000000000001, 0.5000000000000001,
  0.16666666666666669, 0.16666666666666669,
  0.04166666666662416, 0.04166666666662416,
  0.008333333333330065, 0.008333333333330065,
  0.0013888888917198419, 0.0013888888917198419,
  0.00019841269863041851, 0.00019841269863041851,
  2.480152131972762e-05, 2.480152131972762e-05,
  2.7557268478279004e-06, 2.7557268478279004e-06,
  2.762007713646922e-07, 2.762007713646922e-07,
  2.51003767988125e-08, 2.51003767988125e-08,
  // 14-16
  1.0, 1.0,
  2.0, 2.0,
  708.0, 708.0, // beyond this |x|, exp takes the careful path
  // 17-23: q(z) with ln m = 2s·(1 + z·q(z)), z = s², s = (m−1)/(m+1), m in [√½, √2] (error < 5e-18)
  0.3333333333333335, 0.3333333333333335,
  0.19999999999949722, 0.19999999999949722,
  0.14285714313001635, 0.14285714313001635,
  0.11111105565129939, 0.11111105565129939,
  0.09091444727837474, 0.09091444727837474,
  0.07665855309105386, 0.07665855309105386,
  0.07308292712444311, 0.07308292712444311,
  // 24-32: q(z) with tanh x = x·(1 + z·q(z)), z = x², |x| < 0.4 (error contribution < 1e-17)
  -0.3333333333333333, -0.3333333333333333,
  0.13333333333329456, 0.13333333333329456,
  -0.053968253961781176, -0.053968253961781176,
  0.021869488119285515, 0.021869488119285515,
  -0.008863222048552138, -0.008863222048552138,
  0.00359188225809026, 0.00359188225809026,
  -0.0014531864942271546, -0.0014531864942271546,
  0.0005732056937057111, 0.0005732056937057111,
  -0.00017982669203681998, -0.00017982669203681998,
  // 33-36
  0.4, 0.4, // tanh: polynomial below, exp formula above
  40.0, 40.0, // tanh: 2|x| capped here (tanh is 1 to double precision)
  2.2250738585072014e-308, 2.2250738585072014e-308, // smallest normal
  Infinity, Infinity,
]);

/** The exponent bias 1023 as two i64 lanes. */
const EXP_BIAS: usize = memory.data<i64>([1023, 1023]);

/** Constant number i of the table, in both lanes. */
// @ts-ignore: decorator
@inline
function K(i: i32): v128 {
  return v128.load(C + (<usize>i << 4));
}

// @ts-ignore: decorator
@inline const SHIFT_BITS: i64 = 0x4338000000000000;
// Bits of a value just below √½: subtracting them splits x into 2^k·m with m in [√½, √2).
// @ts-ignore: decorator
@inline const SQRT_HALF_BITS: i64 = 0x3fe6a09e00000000;

/** e^r on |r| ≤ ln2/2 (Horner: on this machine it beat Estrin's scheme once 4 vectors interleave). */
// @ts-ignore: decorator
@inline
function expReduced(r: v128): v128 {
  let q = fma(K(13), r, K(12));
  q = fma(q, r, K(11));
  q = fma(q, r, K(10));
  q = fma(q, r, K(9));
  q = fma(q, r, K(8));
  q = fma(q, r, K(7));
  q = fma(q, r, K(6));
  q = fma(q, r, K(5));
  q = fma(q, r, K(4));
  return f64x2.add(fma(f64x2.mul(r, r), q, r), K(14));
}

/** e^x for lanes with |x| ≤ 708 (or nan): x = n·ln2 + r, e^x = 2^n·e^r with 2^n built from bits. */
// @ts-ignore: decorator
@inline
export function expFast(x: v128): v128 {
  const t = fma(x, K(0), K(1));
  const n = f64x2.sub(t, K(1));
  const r = fnma(n, K(3), fnma(n, K(2), x));
  const p = expReduced(r);
  // t's bits are SHIFT's plus n, and SHIFT's low 51 bits are zero: shifting (t + 1023) left by 52
  // leaves exactly the exponent field n + 1023
  const scale = i64x2.shl(i64x2.add(t, v128.load(EXP_BIAS)), 52);
  return f64x2.mul(p, scale);
}

/** Lanes expFast does not cover: |x| > 708 (false for nan). */
// @ts-ignore: decorator
@inline
export function expOutside(x: v128): v128 {
  return f64x2.gt(f64x2.abs(x), K(16));
}

/** How often the full-range exp ran (a side effect that pins its call site; see expFull). */
export let expFullCalls: i32 = 0;

/**
 * e^x for any lanes: clamps to [-746, 710] (beyond which the result is 0 or inf anyway) and scales
 * by 2^n in two halves so results near overflow and in the subnormal range round once.
 */
export function expFull(x: v128): v128 {
  // a side effect, so the optimizer keeps this call inside the rare branch instead of hoisting it
  expFullCalls++;
  x = f64x2.min(f64x2.max(x, f64x2.splat(-746.0)), f64x2.splat(710.0));
  const t = fma(x, K(0), K(1));
  const n = f64x2.sub(t, K(1));
  const r = fnma(n, K(3), fnma(n, K(2), x));
  const p = expReduced(r);
  const ni = i64x2.sub(t, i64x2.splat(SHIFT_BITS));
  const n1 = i64x2.shr_s(ni, 1);
  const n2 = i64x2.sub(ni, n1);
  const s1 = i64x2.shl(i64x2.add(n1, i64x2.splat(1023)), 52);
  const s2 = i64x2.shl(i64x2.add(n2, i64x2.splat(1023)), 52);
  return f64x2.mul(f64x2.mul(p, s1), s2);
}

/** ln x for positive, normal, finite lanes. */
// @ts-ignore: decorator
@inline
export function logNormal(x: v128): v128 {
  const ix = i64x2.sub(x, i64x2.splat(SQRT_HALF_BITS));
  const k = i64x2.shr_s(ix, 52);
  const m = i64x2.add(v128.and(ix, i64x2.splat(0x000fffffffffffff)), i64x2.splat(SQRT_HALF_BITS));
  const f = f64x2.sub(m, K(14));
  const s = f64x2.div(f, f64x2.add(f, K(15)));
  const z = f64x2.mul(s, s);
  let q = fma(K(23), z, K(22));
  q = fma(q, z, K(21));
  q = fma(q, z, K(20));
  q = fma(q, z, K(19));
  q = fma(q, z, K(18));
  q = fma(q, z, K(17));
  const s2 = f64x2.add(s, s);
  const lm = fma(f64x2.mul(s2, z), q, s2);
  // k as a double: small integers added to SHIFT's bits, then SHIFT taken away
  const kf = f64x2.sub(i64x2.add(k, i64x2.splat(SHIFT_BITS)), K(1));
  return fma(kf, K(2), fma(kf, K(3), lm));
}

/** Lanes logNormal does not cover: x ≤ 0, subnormal, inf or nan. */
// @ts-ignore: decorator
@inline
export function logOutside(x: v128): v128 {
  return v128.not(v128.and(f64x2.ge(x, K(35)), f64x2.lt(x, K(36))));
}

/** ln x lane by lane through the scalar library log (the rare lanes logNormal does not cover). */
export function logScalar(x: v128): v128 {
  return f64x2.replace_lane(f64x2.splat(Math.log(f64x2.extract_lane(x, 0))), 1, Math.log(f64x2.extract_lane(x, 1)));
}

/**
 * tanh x per lane. |x| < 0.4: x·(1 + z·q(z)), z = x²; otherwise 1 − 2/(e^{2|x|} + 1) with the sign
 * put back (2|x| is capped at 40, where tanh is ±1 in double precision; nan stays nan).
 */
// @ts-ignore: decorator
@inline
export function vtanh(x: v128): v128 {
  const a = f64x2.abs(x);
  const small = f64x2.lt(a, K(33));
  let ys = f64x2.splat(0);
  const anySmall = v128.any_true(small);
  if (anySmall) {
    const z = f64x2.mul(x, x);
    let q = fma(K(32), z, K(31));
    q = fma(q, z, K(30));
    q = fma(q, z, K(29));
    q = fma(q, z, K(28));
    q = fma(q, z, K(27));
    q = fma(q, z, K(26));
    q = fma(q, z, K(25));
    q = fma(q, z, K(24));
    ys = fma(f64x2.mul(x, z), q, x);
    if (v128.all_true<i64>(small)) return ys;
  }
  const e = expFast(f64x2.min(f64x2.add(a, a), K(34)));
  const t = f64x2.sub(K(14), f64x2.div(K(15), f64x2.add(e, K(14))));
  // x's sign onto t (t ≥ 0)
  const yl = v128.or(t, v128.and(x, i64x2.splat(0x8000000000000000)));
  if (!anySmall) return yl;
  return v128.bitselect(ys, yl, small);
}
