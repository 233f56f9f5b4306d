// numpy's Generator samplers for the standard normal and exponential: 256-layer ziggurats fed by one
// 64-bit output per try (layer index, sign and mantissa taken from its bits as numpy does), with the
// tables of ziggurat_data.ts. Rare tail and wedge draws use log1p/exp, glibc's (../libm) as numpy's
// C code does.

import type { PCG64 } from "./pcg64";
import { log1pf } from "./log1pf";
import { exp, log1p } from "../libm";
import { NOR_R, NOR_INV_R, EXP_R, KI, WI, FI, KE, WE, FE, KIF, WIF, FIF, KEF, WEF, FEF } from "./ziggurat_data";

const TWO23 = 8388608;
const TWO21 = 2097152;

/**
 * One standard normal deviate (numpy's random_standard_normal). Of the 64 bits: 8 pick the layer,
 * 1 the sign, 52 the mantissa.
 */
export function standardNormal(bg: PCG64): number {
  for (;;) {
    bg.next64();
    const lo = bg.lo;
    const idx = lo & 0xff;
    const rabs = (bg.hi & 0x1fffffff) * TWO23 + (lo >>> 9);
    const x = (lo >>> 8) & 1 ? -(rabs * WI[idx]) : rabs * WI[idx];
    if (rabs < KI[idx]) return x; // about 99.3% of draws
    if (idx === 0) {
      // The tail beyond r, by Marsaglia's exponential method (1 - U avoids log(0)).
      for (;;) {
        const xx = -NOR_INV_R * log1p(-bg.nextDouble());
        const yy = -log1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(NOR_R + xx) : NOR_R + xx;
      }
    }
    if ((FI[idx - 1] - FI[idx]) * bg.nextDouble() + FI[idx] < exp(-0.5 * x * x)) return x;
  }
}

/** One standard exponential deviate (numpy's random_standard_exponential): 3 bits dropped, 8 pick the layer, 53 the mantissa. */
export function standardExponential(bg: PCG64): number {
  for (;;) {
    bg.next64();
    const lo = bg.lo;
    const idx = (lo >>> 3) & 0xff;
    const ri = bg.hi * TWO21 + (lo >>> 11);
    const x = ri * WE[idx];
    if (ri < KE[idx]) return x; // about 98.9% of draws
    if (idx === 0) return EXP_R - log1p(-bg.nextDouble());
    if ((FE[idx - 1] - FE[idx]) * bg.nextDouble() + FE[idx] < exp(-x)) return x;
  }
}

// float32 versions (dtype: "float32"): one 32-bit output per try, float tables, float arithmetic
// (each operation rounded with Math.fround, as C's float operations are), glibc's log1pf in the tails.
const f = Math.fround;
const NOR_R_F = f(NOR_R);
const NOR_INV_R_F = f(NOR_INV_R);
const EXP_R_F = f(EXP_R);

/** A float32 in [0, 1): 24 bits of a 32-bit output (numpy's next_float). */
export const nextFloat = (bg: PCG64) => (bg.nextUint32() >>> 8) / 16777216;


/** One float32 standard normal deviate (numpy's random_standard_normal_f): 8 bits layer, 1 sign, 23 mantissa. */
export function standardNormalF(bg: PCG64): number {
  for (;;) {
    const r = bg.nextUint32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    const x = (r >>> 8) & 1 ? -f(rabs * WIF[idx]) : f(rabs * WIF[idx]);
    if (rabs < KIF[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f(-NOR_INV_R_F * log1pf(-nextFloat(bg)));
        const yy = -log1pf(-nextFloat(bg));
        if (f(yy + yy) > f(xx * xx)) return (rabs >>> 8) & 1 ? -f(NOR_R_F + xx) : f(NOR_R_F + xx);
      }
    }
    // numpy compares with the double exp here.
    if (f(f(f(FIF[idx - 1] - FIF[idx]) * nextFloat(bg)) + FIF[idx]) < Math.exp(-0.5 * x * x)) return x;
  }
}

/** One float32 standard exponential deviate (numpy's random_standard_exponential_f): 1 bit dropped, 8 layer, 23 mantissa. */
export function standardExponentialF(bg: PCG64): number {
  for (;;) {
    const r = bg.nextUint32() >>> 1;
    const idx = r & 0xff;
    const ri = r >>> 8;
    const x = f(ri * WEF[idx]);
    if (ri < KEF[idx]) return x;
    if (idx === 0) return f(EXP_R_F - log1pf(-nextFloat(bg)));
    if (f(f(f(FEF[idx - 1] - FEF[idx]) * nextFloat(bg)) + FEF[idx]) < f(Math.exp(-x))) return x;
  }
}
