// log1p that rounds exactly like glibc's `log1p` (glibc 2.36, x86-64 build with FMA, __log1p_fma).
// It is fdlibm's algorithm, but glibc evaluates the polynomial in a split form (for pipelined CPUs)
// and its FMA build fuses some steps, where V8's Math.log1p uses plain Horner's rule: the two differ
// in the last bit for some inputs (0.07% of them, measured). Which steps are fused was read from the
// machine code. numpy's Rayleigh and geometric samplers call it.

import { fma } from "./fma";

/** ln(2) split: ln2Hi has trailing zero bits so k * ln2Hi is exact for |k| < 2000. */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
/** Remez coefficients of R(s) = 2s^2/3 + 2s^4/5 + ... for log(1+f) = 2s + s R, s = f / (2 + f). */
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer); // i32[1] is the high word

const highWord = (x: number) => {
  f64[0] = x;
  return i32[1];
};

/**
 * log(1 + x) with glibc's exact rounding. Special values follow C: log1p(-1) = -Infinity,
 * log1p(x < -1) = NaN.
 *
 * @example glibcLog1p(-0.5) // → -0.6931471805599453
 */
export function glibcLog1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5; // |x| < 2^-29
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: f = x exactly
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x; // +Infinity or NaN
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    // u scaled into [sqrt(2)/2, sqrt(2)): replace its exponent (high word) by 0 or -1.
    f64[0] = u;
    if (hu < 0x6a09e) {
      i32[1] = hu | 0x3ff00000;
    } else {
      k += 1;
      i32[1] = hu | 0x3fe00000;
      hu = (0x00100000 - hu) >> 2;
    }
    f = f64[0] - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : fma(k, LN2_HI, fma(k, LN2_LO, c));
    const r = fma(-f, 0.66666666666666666, 1) * hfsq;
    return k === 0 ? f - r : fma(k, LN2_HI, -(r - fma(k, LN2_LO, c) - f));
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  const r = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  const sr = (r + hfsq) * s;
  if (k === 0) return f - (hfsq - sr);
  return fma(k, LN2_HI, -(hfsq - (fma(k, LN2_LO, c) + sr) - f));
}
