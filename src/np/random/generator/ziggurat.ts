// numpy's Generator samplers for the standard normal and exponential: 256-layer ziggurats fed by one
// 64-bit output per try (layer index, sign and mantissa taken from its bits as numpy does), with the
// tables of ziggurat_data.ts. Rare tail and wedge draws use log1p/exp; V8's may differ from the C
// library's in the last bit for some inputs, which would only show in those rare draws.

import type { PCG64 } from "./pcg64";
import { NOR_R, NOR_INV_R, EXP_R, KI, WI, FI, KE, WE, FE } from "./ziggurat_data";

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
        const xx = -NOR_INV_R * Math.log1p(-bg.nextDouble());
        const yy = -Math.log1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(NOR_R + xx) : NOR_R + xx;
      }
    }
    if ((FI[idx - 1] - FI[idx]) * bg.nextDouble() + FI[idx] < Math.exp(-0.5 * x * x)) return x;
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
    if (idx === 0) return EXP_R - Math.log1p(-bg.nextDouble());
    if ((FE[idx - 1] - FE[idx]) * bg.nextDouble() + FE[idx] < Math.exp(-x)) return x;
  }
}
