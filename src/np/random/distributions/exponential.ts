// Samplers built on one standard exponential deviate (numpy's legacy_standard_exponential and the
// legacy pareto, weibull and power transforms).

import type { LegacyRandomState } from "../legacy";
import { exp, pow } from "../libm";

/** -log(1 - U): U is in [0, 1), so the argument of log is never 0. */
export function standardExponential(rs: LegacyRandomState): number {
  return rs.standardExponential();
}

/** Pareto II (Lomax) with shape a: exp(E / a) - 1 (the legacy form, not expm1). */
export function pareto(rs: LegacyRandomState, a: number): number {
  return exp(standardExponential(rs) / a) - 1;
}

/** Weibull with shape a: E^(1/a); a == 0 gives 0 without a draw. */
export function weibull(rs: LegacyRandomState, a: number): number {
  if (a === 0) return 0;
  return pow(standardExponential(rs), 1 / a);
}

/** Power distribution with exponent a - 1: (1 - exp(-E))^(1/a). */
export function power(rs: LegacyRandomState, a: number): number {
  return pow(1 - exp(-standardExponential(rs)), 1 / a);
}
