// cos that rounds exactly like glibc's `cos` (glibc 2.36, x86-64 build with FMA, __cos_fma, as
// numpy's von Mises sampler gets it on such a CPU). V8's Math.cos differs from it in the last bit for
// about 3% of inputs. glibc's algorithm (IBM's accurate library, its slow paths removed in 2.28, so
// not correctly rounded): x is reduced to a + da near a multiple of pi/2; then, with k/128 the table
// point nearest |a| and t = |a| - k/128, cos(a) = cos(k/128) cos(t) - sin(k/128) sin(t) from
// SINCOSTAB in two parts each, or a Taylor series for sin of small |a|. Which operations are fused
// was read from the machine code; fma.ts makes each fused step round once, as the CPU does.

import { fma } from "./fma";
import { SINCOSTAB } from "./glibc_cos_data";

// sin(t) ~ t + SN3 t^3 + SN5 t^5, 1 - cos(t) ~ CS2 t^2 + CS4 t^4 + CS6 t^6 for |t| <= 1/256.
const SN3 = -1.66666666666664880952546298448555e-1;
const SN5 = 8.33333214285722277379541354343671e-3;
const CS2 = 0.5;
const CS4 = -4.16666666666664434524222570944589e-2;
const CS6 = 1.38888874007937613028114285595617e-3;
// sin(a) = a + a^3 (S1 + S2 a^2 + ... + S5 a^8) for |a| < 0.126.
const S1 = -0.16666666666666666;
const S2 = 0.0083333333333323288;
const S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6;
const S5 = -2.5022014848318398e-8;
/** 1.5 * 2^45: big + |t| rounds |t| to a multiple of 1/128, the table point. */
const BIG = 52776558133248;
/** pi/2 in two parts. */
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
/** 2/pi, and 1.5 * 2^52, which rounds x * 2/pi to an integer. */
const HPINV = 0.6366197723675814;
const TOINT = 6755399441055744;
/** pi/2 in four parts (the first two with trailing zero bits, then 136 bits in all). */
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;

/** The double whose high word is `hi` and low word 0: glibc compares high words against these. */
function fromHighWord(hi: number): number {
  const f64 = new Float64Array(1);
  new Uint32Array(f64.buffer)[1] = hi;
  return f64[0];
}

/** 2^-27: below it cos(x) rounds to 1. */
const TINY = fromHighWord(0x3e400000);
/** 0x1.b6p-1 = 0.85546875: the table covers up to here. */
const TABLE_END = fromHighWord(0x3feb6000);
/** About 2.426: up to here cos(x) = sin(pi/2 - x) with a 106-bit pi/2. */
const NEAR_HALF_PI_END = fromHighWord(0x400368fd);
/** About 105414350: up to here the 136-bit pi/2 reduces exactly enough. */
const REDUCE_END = fromHighWord(0x419921fb);

// Speed: each function below first evaluates with ordinary (unfused) operations, then checks that
// this cannot change the result. s is glibc's when both ends of its error interval round alike. The
// correction term cor then differs from glibc's by at most its product roundings (2^-53 of each
// product), a different rounding of each sum (an ulp), and c off by two ulps: under 1.5 * 2^-52 of
// |s| times the table value and 4.5 * 2^-52 of |c|; the bounds used are about three times that.
// When the final rounding of the leading term + cor is the same at both ends of that interval, it
// is glibc's result (rounding is monotonic); otherwise (1 to 6% of calls) the same steps are redone
// with emulated fused operations, exactly as glibc does them.

/** cos(x + dx) for |x| <= 0.86 and |dx| tiny (glibc's do_cos). */
function cosNear(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const k = ((u - BIG) * 512) | 0; // 4 * (the table point * 128)
  const t = ax - (u - BIG) + dx;
  const tt = t * t;
  const t3 = t * tt;
  const sn = SINCOSTAB[k];
  const ssn = SINCOSTAB[k + 1];
  const cs = SINCOSTAB[k + 2];
  const ccs = SINCOSTAB[k + 3];
  // glibc: s = fma(t3, fma(tt, SN5, SN3), t); the unfused product is within 2^-54 |t3| of the fused one.
  const ps = t3 * (tt * SN5 + SN3);
  const es = 2 ** -53 * Math.abs(t3);
  const s = ps - es + t;
  if (s === ps + es + t) {
    const c = tt * ((tt * CS6 + CS4) * tt + CS2);
    const cor = ccs - s * ssn - c * cs - s * sn;
    const err = 2 ** -50 * Math.abs(s) * sn + 2 ** -48 * c + 2 ** -100;
    const below = cs + (cor - err);
    if (below === cs + (cor + err)) return below;
  }
  const sf = fma(t3, fma(tt, SN5, SN3), t);
  const c = tt * fma(tt, fma(tt, CS6, CS4), CS2);
  return cs + fma(-sf, sn, fma(-c, cs, fma(-sf, ssn, ccs)));
}

/** sin(a + da) for |a| <= 0.86 and |da| tiny (glibc's do_sin). */
function sinNear(a: number, da: number): number {
  const aa = Math.abs(a);
  if (aa < 0.126) {
    // glibc: a + fma(a2, fma(p, a, -da/2), da) with p a fused Horner polynomial; unfused, the
    // correction is within about 4 * 2^-52 of a^3 p.
    const a2 = a * a;
    const pu = (((S5 * a2 + S4) * a2 + S3) * a2 + S2) * a2 + S1;
    const cor = a2 * (pu * a - 0.5 * da) + da;
    const err = 2 ** -48 * (Math.abs(a2 * a * pu) + Math.abs(da)) + 2 ** -100;
    const below = a + (cor - err);
    if (below === a + (cor + err)) return below;
    const p = fma(fma(fma(fma(S5, a2, S4), a2, S3), a2, S2), a2, S1);
    return a + fma(a2, fma(p, a, -0.5 * da), da);
  }
  if (a <= 0) da = -da;
  const u = BIG + aa;
  const k = ((u - BIG) * 512) | 0;
  const t = aa - (u - BIG);
  const tt = t * t;
  const t3 = t * tt;
  const sn = SINCOSTAB[k];
  const ssn = SINCOSTAB[k + 1];
  const cs = SINCOSTAB[k + 2];
  const ccs = SINCOSTAB[k + 3];
  let r: number | undefined;
  // glibc: s = t + fma(t3, fma(tt, SN5, SN3), da); unfused, the inner sum is within 2^-53.4 |t3| +
  // 2^-52 |da| of the fused one.
  const inner = t3 * (tt * SN5 + SN3) + da;
  const es = 2 ** -52 * (Math.abs(t3) + Math.abs(da));
  const s = t + (inner - es);
  if (s === t + (inner + es)) {
    const c = t * da + tt * ((tt * CS6 + CS4) * tt + CS2);
    const cor = ssn + s * ccs - c * sn + s * cs;
    const err = 2 ** -50 * Math.abs(s) * cs + 2 ** -48 * (Math.abs(c) + Math.abs(t * da)) + 2 ** -100;
    const below = sn + (cor - err);
    if (below === sn + (cor + err)) r = below;
  }
  if (r === undefined) {
    const sf = t + fma(t3, fma(tt, SN5, SN3), da);
    const c = fma(t, da, tt * fma(tt, fma(tt, CS6, CS4), CS2));
    r = sn + fma(sf, cs, fma(-c, sn, fma(sf, ccs, ssn)));
  }
  return a < 0 ? -r : r; // copysign(r, a)
}

/**
 * cos(x) with glibc's exact rounding, so sampler code that calls C's `cos` can be reproduced bit
 * for bit (for |x| < 105414350; beyond, where glibc reduces with a multi-word 2/pi and no sampler
 * goes, this returns Math.cos). cos(±Infinity) and cos(NaN) are NaN, as in C.
 *
 * @example glibcCos(1) // → 0.5403023058681398
 */
export function glibcCos(x: number): number {
  const ax = Math.abs(x);
  if (ax < TINY) return 1;
  if (ax < TABLE_END) return cosNear(x, 0);
  if (ax < NEAR_HALF_PI_END) {
    const y = HP0 - ax;
    const a = y + HP1;
    return sinNear(a, y - a + HP1);
  }
  if (ax < REDUCE_END) {
    // x = n pi/2 + a + da, n from the rounded x * 2/pi (its low bits are those of the integer).
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    const n = xn & 3;
    const y = fma(-xn, MP2, fma(-xn, MP1, x));
    const t2 = fma(-xn, PP3, y);
    const b = fma(-xn, PP4, t2);
    const db = fma(-xn, PP3, y - t2) + fma(-xn, PP4, t2 - b);
    // cos(n pi/2 + a) is -sin(a), -cos(a), sin(a), cos(a) for n = 1, 2, 3, 0.
    const r = n & 1 ? sinNear(b, db) : cosNear(b, db);
    return (n + 1) & 2 ? -r : r;
  }
  return Math.cos(x); // NaN for Infinity and NaN
}
