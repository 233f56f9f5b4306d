// numpy's Generator samplers for gamma, beta, Poisson and binomial, draw for draw. Gamma, Poisson and
// binomial are numpy's shared algorithms (../distributions, fed the Generator's draws: PCG64 doubles
// and the ziggurats); beta is the Generator's own. numpy calls the C library's log, exp, log1p and
// pow, which ../libm reproduces bit for bit.

import type { PCG64 } from "./pcg64";
import type { Draws } from "../draws";
import { standardNormal, standardExponential } from "./ziggurat";
import { log, exp, log1p, pow } from "../libm";
import { standardGamma as sharedGamma } from "../distributions/gamma";
import { poisson as sharedPoisson } from "../distributions/poisson";
import { btpe, inversion } from "../distributions/binomial";

const BETA_TINY = 3e-103;

const draws = new WeakMap<PCG64, Draws>();

/** The Generator's draws on a bit generator: its doubles, and the ziggurat normal and exponential. */
function drawsOf(bg: PCG64): Draws {
  let d = draws.get(bg);
  if (!d) {
    d = { randomDouble: () => bg.nextDouble(), gauss: () => standardNormal(bg), standardExponential: () => standardExponential(bg) };
    draws.set(bg, d);
  }
  return d;
}

/** Standard gamma deviate with the given shape (numpy's random_standard_gamma). */
export function standardGamma(bg: PCG64, shape: number): number {
  return sharedGamma(drawsOf(bg), shape);
}

/** Poisson deviate (numpy's random_poisson). */
export function poisson(bg: PCG64, lam: number): number {
  return sharedPoisson(drawsOf(bg), lam);
}

/** Beta deviate (numpy's random_beta): Johnk's algorithm for a, b <= 1, else a ratio of gammas. */
export function beta(bg: PCG64, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    if (a < BETA_TINY && b < BETA_TINY) return (a + b) * bg.nextDouble() < a ? 1 : 0;
    for (;;) {
      const u = bg.nextDouble();
      const v = bg.nextDouble();
      const x = pow(u, 1 / a);
      const y = pow(v, 1 / b);
      const xpy = x + y;
      if (xpy <= 1 && u + v > 0) {
        if (x > 0 && y > 0) return x / xpy;
        // x or y underflowed: the same ratio through logarithms.
        const delta = log(u) / a - log(v) / b;
        return delta > 0 ? exp(-log1p(exp(-delta))) : exp(delta - log1p(exp(delta)));
      }
    }
  }
  const ga = standardGamma(bg, a);
  const gb = standardGamma(bg, b);
  return ga / (ga + gb);
}

/** Binomial deviate (numpy's random_binomial): the smaller of p, 1 - p decides, inversion or BTPE by n*p. */
export function binomial(bg: PCG64, p: number, n: number): number {
  if (n === 0 || p === 0) return 0;
  const d = drawsOf(bg);
  const one = (pp: number) => (pp * n <= 30 ? inversion(d, n, pp, exp(n * log1p(-pp))) : btpe(d, n, pp));
  return p <= 0.5 ? one(p) : n - one(1 - p);
}
