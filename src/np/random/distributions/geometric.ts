// numpy's legacy geometric: sequential search for p >= 1/3, inversion of the CDF below.

import type { LegacyRandomState } from "../legacy";
import { log, log1p } from "../libm";

/** Number of trials up to the first success, success probability p in (0, 1]. */
export function geometric(rs: LegacyRandomState, p: number): number {
  if (p >= 0.333333333333333333333333) {
    let x = 1;
    let prod = p;
    let sum = p;
    const q = 1 - p;
    const u = rs.randomDouble();
    while (u > sum) {
      prod *= q;
      sum += prod;
      x++;
    }
    return x;
  }
  return Math.ceil(log1p(-rs.randomDouble()) / log(1 - p));
}
