// numpy's Generator samplers for gamma, beta, Poisson and binomial (distributions.c's algorithms:
// Marsaglia-Tsang and Johnk, PTRS and multiplication, BTPE and inversion), draw for draw. numpy calls
// the C library's log, exp, log1p and pow, which ../libm reproduces bit for bit (glibc's algorithms;
// V8's differ in the last bit for some inputs).

import type { PCG64 } from "./pcg64";
import { standardNormal, standardExponential } from "./ziggurat";
import { log, exp, log1p, pow } from "../libm";

const BETA_TINY = 3e-103;

/** Standard gamma deviate with the given shape (numpy's random_standard_gamma). */
export function standardGamma(bg: PCG64, shape: number): number {
  if (shape === 1) return standardExponential(bg);
  if (shape === 0) return 0;
  if (shape < 1) {
    // Johnk-style rejection against an exponential.
    for (;;) {
      const u = bg.nextDouble();
      const v = standardExponential(bg);
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
  // Marsaglia and Tsang's squeeze on a cubed normal.
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(bg);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = bg.nextDouble();
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (log(u) < 0.5 * x * x + b * (1 - v + log(v))) return b * v;
  }
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

const LOGGAM_A = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4,
  -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059,
];

/** log Gamma(x) by Stirling's series after shifting x up to 7 (numpy's random_loggam, from SPECFUN). */
export function loggam(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1 / x0) * (1 / x0);
  let gl0 = LOGGAM_A[9];
  for (let k = 8; k >= 0; k--) gl0 = gl0 * x2 + LOGGAM_A[k];
  let gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * log(x0) - x0;
  if (x < 7) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1);
      x0 -= 1;
    }
  }
  return gl;
}

/** Poisson deviate (numpy's random_poisson): Hörmann's PTRS for lam >= 10, multiplying uniforms below. */
export function poisson(bg: PCG64, lam: number): number {
  if (lam === 0) return 0;
  if (lam < 10) {
    const enlam = exp(-lam);
    let k = 0;
    let prod = 1;
    for (;;) {
      prod *= bg.nextDouble();
      if (prod > enlam) k++;
      else return k;
    }
  }
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = bg.nextDouble() - 0.5;
    const v = bg.nextDouble();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lam + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

/** Binomial by inversion for n*p <= 30 (numpy's random_binomial_inversion), p <= 0.5. */
function binomialInversion(bg: PCG64, n: number, p: number): number {
  const q = 1 - p;
  const qn = exp(n * log1p(-p));
  const np = n * p;
  const bound = Math.trunc(Math.min(n, np + 10 * Math.sqrt(np * q + 1)));
  let x = 0;
  let px = qn;
  let u = bg.nextDouble();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = bg.nextDouble();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** Stirling-series correction terms of BTPE's final test: (13860 - (462 - (132 - (99 - 140/t²)/t²)/t²)/t²)/t/166320. */
const stirling = (t: number) => {
  const t2 = t * t;
  return (13860 - (462 - (132 - (99 - 140 / t2) / t2) / t2) / t2) / t / 166320;
};

/** Binomial by Kachitvichyanukul and Schmeiser's BTPE (numpy's random_binomial_btpe), p <= 0.5, n*p > 30. */
function binomialBtpe(bg: PCG64, n: number, p: number): number {
  const r = Math.min(p, 1 - p);
  const q = 1 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1 + a / 2);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1 + a / 2);
  const p2 = p1 * (1 + 2 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  const nrq = n * r * q;
  for (;;) {
    const u = bg.nextDouble() * p4;
    let v = bg.nextDouble();
    let y: number;
    if (u <= p1) {
      // The triangular centre: accepted at once.
      return Math.floor(xm - p1 * v + u);
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2 - 1)) {
      // Explicit evaluation of the density ratio.
      const s = r / q;
      const aa = s * (n + 1);
      let f = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
      if (v > f) continue;
      return y;
    }
    // Squeeze, then the final test with Stirling's formula.
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) return y;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const bound =
      xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q)) + stirling(f1) + stirling(z) - stirling(x1) - stirling(w);
    if (A > bound) continue;
    return y;
  }
}

/** Binomial deviate (numpy's random_binomial): the smaller of p, 1 - p decides, inversion or BTPE by n*p. */
export function binomial(bg: PCG64, p: number, n: number): number {
  if (n === 0 || p === 0) return 0;
  if (p <= 0.5) return p * n <= 30 ? binomialInversion(bg, n, p) : binomialBtpe(bg, n, p);
  const q = 1 - p;
  return n - (q * n <= 30 ? binomialInversion(bg, n, q) : binomialBtpe(bg, n, q));
}
