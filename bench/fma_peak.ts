// The most float64 multiply-adds per second WebAssembly SIMD can do on one core: twelve independent
// chains of f64x2 fused multiply-adds (more than the FMA latency × ports needs), no memory traffic.
// Compiled by bench/run.mjs with AssemblyScript, with relaxed SIMD.

/** Runs n rounds of 12 f64x2 FMAs (48 flops each); returns a sum so nothing is optimised away. */
export function fmaPeak(n: i32, x: f64): f64 {
  const m = f64x2.splat(0.999999), d = f64x2.splat(1e-9);
  let a0 = f64x2.splat(x), a1 = f64x2.splat(x + 1), a2 = f64x2.splat(x + 2), a3 = f64x2.splat(x + 3);
  let a4 = f64x2.splat(x + 4), a5 = f64x2.splat(x + 5), a6 = f64x2.splat(x + 6), a7 = f64x2.splat(x + 7);
  let a8 = f64x2.splat(x + 8), a9 = f64x2.splat(x + 9), a10 = f64x2.splat(x + 10), a11 = f64x2.splat(x + 11);
  for (let i = 0; i < n; i++) {
    a0 = f64x2.relaxed_madd(a0, m, d); a1 = f64x2.relaxed_madd(a1, m, d); a2 = f64x2.relaxed_madd(a2, m, d);
    a3 = f64x2.relaxed_madd(a3, m, d); a4 = f64x2.relaxed_madd(a4, m, d); a5 = f64x2.relaxed_madd(a5, m, d);
    a6 = f64x2.relaxed_madd(a6, m, d); a7 = f64x2.relaxed_madd(a7, m, d); a8 = f64x2.relaxed_madd(a8, m, d);
    a9 = f64x2.relaxed_madd(a9, m, d); a10 = f64x2.relaxed_madd(a10, m, d); a11 = f64x2.relaxed_madd(a11, m, d);
  }
  const s = f64x2.add(f64x2.add(f64x2.add(a0, a1), f64x2.add(a2, a3)), f64x2.add(f64x2.add(a4, a5), f64x2.add(a6, a7)));
  const t = f64x2.add(s, f64x2.add(f64x2.add(a8, a9), f64x2.add(a10, a11)));
  return f64x2.extract_lane(t, 0) + f64x2.extract_lane(t, 1);
}
