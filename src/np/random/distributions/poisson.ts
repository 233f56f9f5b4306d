// numpy's random_poisson (one algorithm for the legacy RandomState and the Generator): multiplication
// of uniforms for lam < 10, Hörmann's transformed rejection (PTRS) above; and the legacy negative
// binomial, a gamma-mixed Poisson.

import type { LegacyRandomState } from "../legacy";
import { exp, log } from "../libm";
import { loggam } from "./loggam";
import { standardGamma } from "./gamma";
import type { Draws } from "../draws";

/** Counts uniforms until their product drops to exp(-lam) or below. */
function poissonMult(d: Draws, lam: number): number {
  const enlam = exp(-lam);
  let x = 0;
  let prod = 1;
  for (;;) {
    prod *= d.randomDouble();
    if (prod > enlam) x += 1;
    else return x;
  }
}

/** Hörmann's PTRS ("transformed rejection with squeeze"), for lam >= 10. */
function poissonPtrs(d: Draws, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = d.randomDouble() - 0.5;
    const v = d.randomDouble();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lam + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

/** One Poisson(lam) count; lam == 0 gives 0 without a draw. */
export function poisson(d: Draws, lam: number): number {
  if (lam >= 10) return poissonPtrs(d, lam);
  if (lam === 0) return 0;
  return poissonMult(d, lam);
}

/** Negative binomial(n, p): Poisson with a Gamma(n, (1 - p) / p) mean. */
export function negativeBinomial(rs: LegacyRandomState, n: number, p: number): number {
  return poisson(rs, ((1 - p) / p) * standardGamma(rs, n));
}
