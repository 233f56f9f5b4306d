// Samplers that transform one uniform deviate (retrying on the endpoint that would give an infinite
// value): Laplace, Gumbel, logistic, Rayleigh and triangular, as numpy's RandomState draws them.

import type { LegacyRandomState } from "../legacy";
import { log, log1p } from "../libm";

/** Laplace: the upper or lower half by U >= 0.5; U == 0 is redrawn. */
export function laplace(rs: LegacyRandomState, loc: number, scale: number): number {
  for (;;) {
    const u = rs.randomDouble();
    if (u >= 0.5) return loc - scale * log(2 - u - u);
    if (u > 0) return loc + scale * log(u + u);
  }
}

/** Gumbel: loc - scale * log(-log(U)) with U = 1 - uniform; U == 1 is redrawn. */
export function gumbel(rs: LegacyRandomState, loc: number, scale: number): number {
  for (;;) {
    const u = 1 - rs.randomDouble();
    if (u < 1) return loc - scale * log(-log(u));
  }
}

/** Logistic: loc + scale * log(U / (1 - U)); U == 0 is redrawn. */
export function logistic(rs: LegacyRandomState, loc: number, scale: number): number {
  for (;;) {
    const u = rs.randomDouble();
    if (u > 0) return loc + scale * log(u / (1 - u));
  }
}

/** Rayleigh (legacy form): mode * sqrt(-2 log1p(-U)). */
export function rayleigh(rs: LegacyRandomState, mode: number): number {
  return mode * Math.sqrt(-2 * log1p(-rs.randomDouble()));
}

/** Triangular on [left, right] with the given mode, by inverting its CDF. */
export function triangular(rs: LegacyRandomState, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const u = rs.randomDouble();
  return u <= ratio ? left + Math.sqrt(u * leftprod) : right - Math.sqrt((1 - u) * rightprod);
}
