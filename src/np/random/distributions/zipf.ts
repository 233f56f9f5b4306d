// numpy's legacy Zipf sampler: rejection from a continuous Pareto-like envelope (Devroye).

import type { LegacyRandomState } from "../legacy";
import { pow } from "../libm";

/** C's LONG_MAX as a double: larger candidates are rejected (a Zipf truncated to long). */
const LONG_MAX = 9223372036854775807;

/** One Zipf(a) draw, a > 1. */
export function zipf(rs: LegacyRandomState, a: number): number {
  const am1 = a - 1;
  const b = pow(2, am1);
  for (;;) {
    const u = 1 - rs.randomDouble();
    const v = rs.randomDouble();
    const x = Math.floor(pow(u, -1 / am1));
    if (x > LONG_MAX || x < 1) continue;
    const t = pow(1 + 1 / x, am1);
    if ((v * x * (t - 1)) / (b - 1) <= t / b) return x;
  }
}
