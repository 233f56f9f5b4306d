// Fused multiply-add in plain JavaScript: fma(a, b, c) = a*b + c rounded once.
// glibc's log on x86-64 CPUs with FMA is compiled to fused instructions, so matching it bit for bit
// needs the single rounding. Method: the product is split exactly into two doubles (Dekker), the sum
// with c is formed exactly (Knuth's TwoSum): a*b + c = sh + sl + pl. Adding v = sl + pl to sh rounds
// twice; that can only differ from one rounding when sh + v lands exactly halfway between two
// doubles while v itself was inexact, and then the sign of v's rounding error settles it.
// Valid while nothing overflows or underflows, which holds for every call in glibc_log.ts.

const SPLIT = 134217729; // 2^27 + 1: Veltkamp splitting constant for 53-bit doubles

/**
 * The rounding error of the product p = a*b (Dekker): a*b = p + productError(a, b, p) exactly, each
 * factor split into two 26-bit halves whose partial products are exact. Needs no overflow.
 *
 * @example
 * const a = 1 + 2 ** -30, p = a * a; // 1 + 2^-29, the 2^-60 of a*a rounded off
 * productError(a, a, p) // 2 ** -60
 */
export function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * fma(a, b, -1) for a*b within a factor 2 of 1: the product is split exactly into p + e (Dekker),
 * p - 1 is exact (Sterbenz), so one rounded addition gives the fused result.
 *
 * @example
 * productMinusOne(1 + 2 ** -30, 1 - 2 ** -30) // → -8.673617379884035e-19
 */
export function productMinusOne(a: number, b: number): number {
  const p = a * b;
  return p - 1 + productError(a, b, p);
}

/**
 * a*b + c with a single rounding (IEEE fusedMultiplyAdd), for finite operands of moderate size.
 *
 * @example
 * fma(1 + 2 ** -30, 1 - 2 ** -30, -1) // -(2 ** -60), which a*b + c rounds to 0
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const pl = productError(a, b, p); // a*b = p + pl exactly
  const sh = c + p;
  const bv = sh - c;
  const sl = c - (sh - bv) + (p - bv); // c + p = sh + sl exactly
  const v = sl + pl;
  const bw = v - sl;
  const e = sl - (v - bw) + (pl - bw); // sl + pl = v + e exactly
  const res = sh + v;
  // An exact zero means p = -c exactly: p + c then has IEEE's sign of zero (-0 + -0 = -0), res may not.
  if (res === 0) return p + c;
  if (e === 0) return res;
  const bz = res - sh;
  const d = sh - (res - bz) + (v - bz); // sh + v = res + d exactly
  if (d === 0) return res;
  // A tie: res + 2d is then the other neighbour, exactly representable.
  const alt = res + 2 * d;
  if (alt - res !== 2 * d) return res;
  return e > 0 === d > 0 ? alt : res;
}
