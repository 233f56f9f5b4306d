// numpy's standard gamma (legacy_standard_gamma, and random_standard_gamma of the Generator: the same
// algorithm on the other side's draws): exponential for shape 1, Johnk-style rejection (Ahrens–Dieter
// GS) for shape < 1, and Marsaglia–Tsang's squeeze for shape > 1. Draw order decides the stream.
// The legacy beta is here too (the Generator's differs: generator/distributions.ts).

import type { LegacyRandomState } from "../legacy";
import { exp, log, pow } from "../libm";
import type { Draws } from "../draws";

/** One standard gamma deviate with the given shape (scale 1). */
export function standardGamma(d: Draws, shape: number): number {
  if (shape === 1) return d.standardExponential();
  if (shape === 0) return 0;
  if (shape < 1) {
    for (;;) {
      const u = d.randomDouble();
      const v = d.standardExponential();
      if (u <= 1 - shape) {
        const x = pow(u, 1 / shape);
        if (x <= v) return x;
      } else {
        const y = -log((1 - u) / shape);
        const x = pow(1 - shape + shape * y, 1 / shape);
        if (x <= v + y) return x;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = d.gauss();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = d.randomDouble();
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (log(u) < 0.5 * x * x + b * (1 - v + log(v))) return b * v;
  }
}

/** Beta(a, b): Johnk's algorithm when both are <= 1, else a ratio of two gammas. */
export function beta(rs: LegacyRandomState, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    for (;;) {
      const u = rs.randomDouble();
      const v = rs.randomDouble();
      const x = pow(u, 1 / a);
      const y = pow(v, 1 / b);
      if (x + y <= 1) {
        if (x + y > 0) return x / (x + y);
        // Both powers underflowed: the same ratio in logarithms.
        let logX = log(u) / a;
        let logY = log(v) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const ga = standardGamma(rs, a);
  const gb = standardGamma(rs, b);
  return ga / (ga + gb);
}
