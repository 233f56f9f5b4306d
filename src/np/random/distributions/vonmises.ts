// numpy's legacy von Mises sampler (Best & Fisher's wrapped-Cauchy rejection).

import type { LegacyRandomState } from "../legacy";
import { acos, cos, log } from "../libm";

/** One angle in [-pi, pi) around mu with concentration kappa >= 0. */
export function vonmises(rs: LegacyRandomState, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * rs.randomDouble() - 1);
  let s: number;
  if (kappa < 1e-5) {
    // Second-order Taylor expansion of the general formula around kappa = 0.
    s = 1 / kappa + kappa;
  } else {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  }
  let w: number;
  for (;;) {
    const u = rs.randomDouble();
    const z = cos(Math.PI * u);
    w = (1 + s * z) / (s + z);
    const y = kappa * (s - w);
    const v = rs.randomDouble();
    if (y * (2 - y) - v >= 0 || log(y / v) + 1 - y >= 0) break;
  }
  const u = rs.randomDouble();
  let result = acos(w);
  if (u < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}
