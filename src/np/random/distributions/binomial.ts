// numpy's binomial samplers as RandomState uses them (numpy 2.4): inversion when n*min(p, 1-p) <= 30,
// else Kachitvichyanukul & Schmeiser's BTPE. BTPE keeps a historical slip (its Stirling corrections
// for x1 and w are added, not subtracted); the stream depends on it, so it is kept too.
// Two variants exist: `binomial` (legacy_random_binomial, np.random.binomial) computes (1-p)^n as
// exp(n log q); `multinomialBinomial` (random_binomial, used by multinomial) returns 0 at once for
// n == 0 or p == 0 and uses exp(n log1p(-p)). Both share numpy's per-generator cache of the last
// (n, p), so a cached (1-p)^n from one variant is reused by the other, as in numpy.

import type { LegacyRandomState } from "../legacy";
import { exp, log, log1p } from "../libm";
import type { Draws } from "../draws";

/** numpy's binomial_t cache, kept per generator: the last (n, p) and inversion's (1-p)^n for it. */
export interface BinomialCache {
  n: number;
  p: number;
  /** NaN when the last call with (n, p) was BTPE (whose cached fields inversion never reads). */
  qn: number;
}

const caches = new WeakMap<LegacyRandomState, BinomialCache>();

/** (1-p)^n from the cache when (n, p) is the cached pair, else computed by `power` and cached. */
function cachedQn(rs: LegacyRandomState, n: number, p: number, power: () => number): number {
  const c = caches.get(rs);
  if (c && c.n === n && c.p === p && !Number.isNaN(c.qn)) return c.qn;
  const qn = power();
  caches.set(rs, { n, p, qn });
  return qn;
}

/** Inversion by sequential search, restarting from 0 when X passes a bound far in the tail (qn = (1-p)^n). */
export function inversion(d: Draws, n: number, p: number, qn: number): number {
  const q = 1 - p;
  const np = n * p;
  const bound = Math.trunc(Math.min(n, np + 10 * Math.sqrt(np * q + 1)));
  let x = 0;
  let px = qn;
  let u = d.randomDouble();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = d.randomDouble();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** Stirling's series correction term of log k! as the legacy code writes it. */
const stirlingTail = (v: number, v2: number) => (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320;

/**
 * BTPE (triangle, parallelogram, exponential tails) for n*p > 30, p <= 0.5. numpy 2.4's Generator
 * runs the same code (with the same slip in its Stirling terms) as the legacy RandomState.
 */
export function btpe(d: Draws, n: number, p: number): number {
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
    const u = d.randomDouble() * p4;
    let v = d.randomDouble();
    let y: number;
    if (u <= p1) {
      // Triangular region: accepted at once.
      y = Math.floor(xm - p1 * v + u);
      return p > 0.5 ? n - y : y;
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
      // Explicit evaluation of f(y) / f(m) by the recurrence.
      const s = r / q;
      const aa = s * (n + 1);
      let f = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
      if (v > f) continue;
      return p > 0.5 ? n - y : y;
    }
    // Squeeze on log f(y) / f(m), then the Stirling-based bound.
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const logv = log(v);
    if (logv < t - rho) return p > 0.5 ? n - y : y;
    if (logv > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const bound =
      xm * log(f1 / x1) +
      (n - m + 0.5) * log(z / w) +
      (y - m) * log((w * r) / (x1 * q)) +
      stirlingTail(f1, f1 * f1) +
      stirlingTail(z, z * z) +
      stirlingTail(x1, x1 * x1) +
      stirlingTail(w, w * w);
    if (logv > bound) continue;
    return p > 0.5 ? n - y : y;
  }
}

/** BTPE on the legacy generator, recording (n, p) in its cache as numpy's binomial_t does. */
function cachedBtpe(rs: LegacyRandomState, n: number, p: number): number {
  caches.set(rs, { n, p, qn: NaN });
  return btpe(rs, n, p);
}

/** One Binomial(n, p) count, numpy's legacy_random_binomial (n a non-negative integer). */
export function binomial(rs: LegacyRandomState, n: number, p: number): number {
  const inv = (pp: number) => inversion(rs, n, pp, cachedQn(rs, n, pp, () => exp(n * log(1 - pp))));
  if (p <= 0.5) return p * n <= 30 ? inv(p) : cachedBtpe(rs, n, p);
  const q = 1 - p;
  return q * n <= 30 ? n - inv(q) : n - cachedBtpe(rs, n, q);
}

/** numpy's random_binomial, which RandomState.multinomial calls: no draw for n == 0 or p == 0. */
export function multinomialBinomial(rs: LegacyRandomState, n: number, p: number): number {
  if (n === 0 || p === 0) return 0;
  const inv = (pp: number) => inversion(rs, n, pp, cachedQn(rs, n, pp, () => exp(n * log1p(-pp))));
  if (p <= 0.5) return p * n <= 30 ? inv(p) : cachedBtpe(rs, n, p);
  const q = 1 - p;
  return q * n <= 30 ? n - inv(q) : n - cachedBtpe(rs, n, q);
}
