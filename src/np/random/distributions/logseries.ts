// numpy's legacy logarithmic-series sampler (Kemp's second accelerated generator, LK).

import type { LegacyRandomState } from "../legacy";
import { exp, log } from "../libm";

/** One draw from the logarithmic series distribution with parameter p in [0, 1). */
export function logseries(rs: LegacyRandomState, p: number): number {
  const r = log(1 - p);
  for (;;) {
    const v = rs.randomDouble();
    if (v >= p) return 1;
    const u = rs.randomDouble();
    const q = 1 - exp(r * u);
    if (v <= q * q) {
      const result = Math.floor(1 + log(v) / log(q));
      if (result < 1 || v === 0) continue;
      return result;
    }
    return v >= q ? 1 : 2;
  }
}
