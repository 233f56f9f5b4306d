// Vectorised exp, log and tanh for two float64 lanes at a time, accurate to about one ulp.
// Polynomial coefficients were fitted (Chebyshev, mpmath) by bench/../scripts? no: see
// asm/README.md for how they were derived; each comment states the interval and the error.

import { fma, fnma, splat } from "./simd";

// @ts-ignore: decorator
@inline const LOG2E: f64 = 1.4426950408889634;
// ln 2 split so that n·LN2_HI is exact for |n| < 2^21.
// @ts-ignore: decorator
@inline const LN2_HI: f64 = 0.6931471803691238;
// @ts-ignore: decorator
@inline const LN2_LO: f64 = 1.9082149292705877e-10;
// Adding 1.5·2^52 rounds a double to an integer held in the low mantissa bits.
// @ts-ignore: decorator
@inline const SHIFT: f64 = 6755399441055744.0;
// @ts-ignore: decorator
@inline const SHIFT_BITS: i64 = 0x4338000000000000;

/**
 * e^r = 1 + r + r²·q(r) on |r| ≤ ln2/2; q is a degree-9 fit with relative error contribution
 * below 2e-17 (0.1 ulp).
 */
// @ts-ignore: decorator
@inline
function expReduced(r: v128): v128 {
  let q = splat(2.51003767988125e-08);
  q = fma(q, r, splat(2.762007713646922e-07));
  q = fma(q, r, splat(2.7557268478279004e-06));
  q = fma(q, r, splat(2.480152131972762e-05));
  q = fma(q, r, splat(0.00019841269863041851));
  q = fma(q, r, splat(0.0013888888917198419));
  q = fma(q, r, splat(0.008333333333330065));
  q = fma(q, r, splat(0.04166666666662416));
  q = fma(q, r, splat(0.16666666666666669));
  q = fma(q, r, splat(0.5000000000000001));
  return f64x2.add(fma(f64x2.mul(r, r), q, r), splat(1.0));
}

/**
 * e^x for lanes with |x| ≤ 708 (or nan): x = n·ln2 + r, e^x = 2^n·e^r with 2^n built from bits.
 */
// @ts-ignore: decorator
@inline
export function expFast(x: v128): v128 {
  const t = fma(x, splat(LOG2E), splat(SHIFT));
  const n = f64x2.sub(t, splat(SHIFT));
  let r = fnma(n, splat(LN2_HI), x);
  r = fnma(n, splat(LN2_LO), r);
  const p = expReduced(r);
  const ni = i64x2.sub(t, i64x2.splat(SHIFT_BITS));
  const scale = i64x2.shl(i64x2.add(ni, i64x2.splat(1023)), 52);
  return f64x2.mul(p, scale);
}

/**
 * e^x for any lanes: clamps to [-746, 710] (beyond which the result is 0 or inf anyway) and scales
 * by 2^n in two halves so results near overflow and in the subnormal range round once.
 */
export function expFull(x: v128): v128 {
  x = f64x2.min(f64x2.max(x, splat(-746.0)), splat(710.0));
  const t = fma(x, splat(LOG2E), splat(SHIFT));
  const n = f64x2.sub(t, splat(SHIFT));
  let r = fnma(n, splat(LN2_HI), x);
  r = fnma(n, splat(LN2_LO), r);
  const p = expReduced(r);
  const ni = i64x2.sub(t, i64x2.splat(SHIFT_BITS));
  const n1 = i64x2.shr_s(ni, 1);
  const n2 = i64x2.sub(ni, n1);
  const s1 = i64x2.shl(i64x2.add(n1, i64x2.splat(1023)), 52);
  const s2 = i64x2.shl(i64x2.add(n2, i64x2.splat(1023)), 52);
  return f64x2.mul(f64x2.mul(p, s1), s2);
}

/** e^x per lane, taking the short path when no lane is near the range limits. */
// @ts-ignore: decorator
@inline
export function vexp(x: v128): v128 {
  if (v128.any_true(f64x2.gt(f64x2.abs(x), splat(708.0)))) return expFull(x);
  return expFast(x);
}

// Bits of a value just below √½: subtracting them splits x into 2^k·m with m in [√½, √2).
// @ts-ignore: decorator
@inline const SQRT_HALF_BITS: i64 = 0x3fe6a09e00000000;

/**
 * ln x for positive, normal, finite lanes: x = 2^k·m, s = (m−1)/(m+1), ln m = 2s·(1 + z·q(z)) with
 * z = s², |s| ≤ 0.1716; q is a degree-6 fit whose contribution to the relative error is below 5e-18.
 */
// @ts-ignore: decorator
@inline
function logNormal(x: v128): v128 {
  const ix = i64x2.sub(x, i64x2.splat(SQRT_HALF_BITS));
  const k = i64x2.shr_s(ix, 52);
  const m = i64x2.add(v128.and(ix, i64x2.splat(0x000fffffffffffff)), i64x2.splat(SQRT_HALF_BITS));
  const f = f64x2.sub(m, splat(1.0));
  const s = f64x2.div(f, f64x2.add(f, splat(2.0)));
  const z = f64x2.mul(s, s);
  let q = splat(0.07308292712444311);
  q = fma(q, z, splat(0.07665855309105386));
  q = fma(q, z, splat(0.09091444727837474));
  q = fma(q, z, splat(0.11111105565129939));
  q = fma(q, z, splat(0.14285714313001635));
  q = fma(q, z, splat(0.19999999999949722));
  q = fma(q, z, splat(0.3333333333333335));
  const s2 = f64x2.add(s, s);
  const lm = fma(f64x2.mul(s2, z), q, s2);
  // k as a double: small integers added to SHIFT's bits, then SHIFT taken away
  const kf = f64x2.sub(i64x2.add(k, i64x2.splat(SHIFT_BITS)), splat(SHIFT));
  return fma(kf, splat(LN2_HI), fma(kf, splat(LN2_LO), lm));
}

/** ln x per lane; lanes that are ≤ 0, subnormal, inf or nan go through the scalar library log. */
// @ts-ignore: decorator
@inline
export function vlog(x: v128): v128 {
  // ok when 2^-1022 ≤ x < inf (false for nan)
  const ok = v128.and(f64x2.ge(x, splat(2.2250738585072014e-308)), f64x2.lt(x, splat(Infinity)));
  if (v128.all_true<i64>(ok)) return logNormal(x);
  return f64x2.replace_lane(f64x2.splat(Math.log(f64x2.extract_lane(x, 0))), 1, Math.log(f64x2.extract_lane(x, 1)));
}

/**
 * tanh x per lane. |x| < 0.4: x·(1 + z·q(z)), z = x², q a degree-8 fit (error contribution < 1e-17);
 * otherwise 1 − 2/(e^{2|x|} + 1) with the sign put back (|x| ≥ 20 gives exactly ±1).
 */
// @ts-ignore: decorator
@inline
export function vtanh(x: v128): v128 {
  const a = f64x2.abs(x);
  const small = f64x2.lt(a, splat(0.4));
  let ys = splat(0), yl = splat(0);
  const anySmall = v128.any_true(small);
  const allSmall = v128.all_true<i64>(small);
  if (anySmall) {
    const z = f64x2.mul(x, x);
    let q = splat(-0.00017982669203681998);
    q = fma(q, z, splat(0.0005732056937057111));
    q = fma(q, z, splat(-0.0014531864942271546));
    q = fma(q, z, splat(0.00359188225809026));
    q = fma(q, z, splat(-0.008863222048552138));
    q = fma(q, z, splat(0.021869488119285515));
    q = fma(q, z, splat(-0.053968253961781176));
    q = fma(q, z, splat(0.13333333333329456));
    q = fma(q, z, splat(-0.3333333333333333));
    ys = fma(f64x2.mul(x, z), q, x);
    if (allSmall) return ys;
  }
  // e^{2|x|} with 2|x| capped at 40, where tanh is 1 to double precision (nan stays nan)
  const e = expFast(f64x2.min(f64x2.add(a, a), splat(40.0)));
  const t = f64x2.sub(splat(1.0), f64x2.div(splat(2.0), f64x2.add(e, splat(1.0))));
  // copy x's sign onto t
  yl = v128.or(t, v128.and(x, i64x2.splat(0x8000000000000000)));
  if (!anySmall) return yl;
  return v128.bitselect(ys, yl, small);
}
