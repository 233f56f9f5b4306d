// Helpers shared by the kernels. The same source builds two modules: with relaxed SIMD, fma is one
// fused instruction; without, a multiply then an add (both are within an ulp or so of each other).

/** a·b + c per f64 lane. */
// @ts-ignore: decorator
@inline
export function fma(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_madd(a, b, c);
  return f64x2.add(f64x2.mul(a, b), c);
}

/** c − a·b per f64 lane. */
// @ts-ignore: decorator
@inline
export function fnma(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_nmadd(a, b, c);
  return f64x2.sub(c, f64x2.mul(a, b));
}

// @ts-ignore: decorator
@inline
export function splat(x: f64): v128 {
  return f64x2.splat(x);
}
