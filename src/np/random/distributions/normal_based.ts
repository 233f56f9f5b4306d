// Samplers that transform legacy normal deviates: lognormal, standard Cauchy and Wald.

import type { LegacyRandomState } from "../legacy";
import { exp } from "../libm";

/** exp(mean + sigma * N). */
export function lognormal(rs: LegacyRandomState, mean: number, sigma: number): number {
  return exp(mean + sigma * rs.gauss());
}

/** Ratio of two normals (the numerator is drawn first). */
export function standardCauchy(rs: LegacyRandomState): number {
  const num = rs.gauss();
  return num / rs.gauss();
}

/** Wald (inverse Gaussian) by Michael, Schucany & Haas: one normal and one uniform. */
export function wald(rs: LegacyRandomState, mean: number, scale: number): number {
  const mu2l = mean / (2 * scale);
  let y = rs.gauss();
  y = mean * y * y;
  const x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
  const u = rs.randomDouble();
  return u <= mean / (mean + x) ? x : (mean * mean) / x;
}
