// numpy's random_loggam: log Γ(x) by Stirling's series (coefficients from Zhang & Jin's SPECFUN),
// shifting x below 7 up by recurrence. Its exact rounding matters: Poisson and hypergeometric
// samplers compare against it in their acceptance tests.

import { log } from "../libm";

const A = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4,
  -1.917526917526918e-3, 6.410256410256410e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059e0,
];
const LOG_2PI = 1.8378770664093453;

/**
 * log Γ(x) for x > 0, rounded as numpy's sampler code computes it.
 * @example loggam(2) // → 0
 * @example Math.abs(loggam(5) - Math.log(24)) < 1e-15 // → true
 */
export function loggam(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1 / x0) * (1 / x0);
  let gl0 = A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += A[k];
  }
  let gl = gl0 / x0 + 0.5 * LOG_2PI + (x0 - 0.5) * log(x0) - x0;
  if (x < 7) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1);
      x0 -= 1;
    }
  }
  return gl;
}
