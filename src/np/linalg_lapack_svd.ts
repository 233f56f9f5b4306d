// The SVD numpy computes for a small square matrix, step for step: LAPACK's dgesdd (jobz='A') takes
// the unblocked path there (dgebd2 bidiagonalisation, dbdsdc -> dlasdq -> dbdsqr implicit-shift QR on
// the bidiagonal, dormbr applying the reflectors back), so following the same operations in the same
// order gives numpy's singular vectors with numpy's signs. Matrices are column-major (Fortran) here,
// index i + j*ld, 0-based. The BLAS calls round as OpenBLAS's kernels do (openblas_kernels.ts). Written from a reading of LAPACK 3.11 as bundled by OpenBLAS 0.3.x.

/** Largest order for which dbdsdc hands the bidiagonal to dlasdq (ilaenv's SMLSIZ = 25). */
export const LAPACK_SVD_MAX_N = 25;

import { Block, Strided, gemm, gemvT, gemvN, ger, rot } from "./openblas_kernels";
import { x87Norm2 } from "./x87_norm";

const EPS = 2 ** -53; // dlamch('Epsilon'): half an ulp of 1 (LAPACK's rounding-mode epsilon)
const SAFMIN = 2 ** -1022; // dlamch('Safe minimum')
/** dbdsqr's tolerance multiplier eps^(-1/8), as glibc's pow rounds it (JavaScript's is an ulp above). */
const TOLMUL = 98.70149282610821;

/** Fortran SIGN(a, b): |a| with the sign of b, a negative zero b counting as negative. */
function sign(a: number, b: number): number {
  return b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a);
}

/** dlapy2: sqrt(x² + y²) without needless overflow. */
function hypot2(x: number, y: number): number {
  const xa = Math.abs(x);
  const ya = Math.abs(y);
  const w = Math.max(xa, ya);
  const z = Math.min(xa, ya);
  if (z === 0) return w;
  const q = z / w;
  return w * Math.sqrt(1 + q * q);
}

/** dscal */
function scale(n: number, a: number, x: Float64Array, off: number, inc: number): void {
  for (let k = 0; k < n; k++) x[off + k * inc] *= a;
}

/**
 * dlarfg: the Householder reflector H = I - tau v vᵀ with H [alpha; x] = [beta; 0], v = [1; x'].
 * alpha is a[ia], x the n-1 entries from xo with stride inc; beta replaces alpha, v's tail x. Returns tau.
 */
function householder(n: number, a: Float64Array, ia: number, xo: number, inc: number): number {
  if (n <= 1) return 0;
  let xnorm = x87Norm2(n - 1, a, xo, inc);
  if (xnorm === 0) return 0;
  let alpha = a[ia];
  let beta = -sign(hypot2(alpha, xnorm), alpha);
  const safmin = SAFMIN / EPS;
  let knt = 0;
  if (Math.abs(beta) < safmin) {
    // Tiny entries: scale up until beta is representable with full accuracy.
    const rsafmn = 1 / safmin;
    do {
      knt++;
      scale(n - 1, rsafmn, a, xo, inc);
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < safmin && knt < 20);
    xnorm = x87Norm2(n - 1, a, xo, inc);
    beta = -sign(hypot2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  scale(n - 1, 1 / (alpha - beta), a, xo, inc);
  for (let j = 0; j < knt; j++) beta *= safmin;
  a[ia] = beta;
  return tau;
}

/** iladlc: 1 + the last column (of n) with a nonzero among rows 0..m-1, 0 when none. */
function lastNonzeroColumn(m: number, n: number, c: Block): number {
  for (let j = n - 1; j >= 0; j--) for (let i = 0; i < m; i++) if (c.a[c.off + i + j * c.ld] !== 0) return j + 1;
  return 0;
}

/** iladlr: 1 + the last row (of m) with a nonzero among columns 0..n-1, 0 when none. */
function lastNonzeroRow(m: number, n: number, c: Block): number {
  let last = 0;
  for (let j = 0; j < n; j++) {
    let i = m - 1;
    while (i >= 0 && c.a[c.off + i + j * c.ld] === 0) i--;
    last = Math.max(last, i + 1);
  }
  return last;
}

/**
 * dlarf: C := H C (side "L") or C H (side "R") for H = I - tau v vᵀ, C m×n, v from vo with stride inc.
 * Trailing zeros of v and all-zero rows/columns of C are skipped, as LAPACK does (it changes signed zeros).
 */
function applyReflector(side: "L" | "R", m: number, n: number, v: Float64Array, vo: number, inc: number, tau: number, c: Block): void {
  if (tau === 0) return;
  let lastv = side === "L" ? m : n;
  while (lastv > 0 && v[vo + (lastv - 1) * inc] === 0) lastv--;
  if (lastv === 0) return;
  const v1: Strided = { a: v, off: vo, inc };
  if (side === "L") {
    const lastc = lastNonzeroColumn(lastv, n, c);
    const w = gemvT(lastv, lastc, c, v1);
    ger(lastv, lastc, -tau, v1, { a: w, off: 0, inc: 1 }, c);
  } else {
    const lastc = lastNonzeroRow(m, lastv, c);
    const w = gemvN(lastc, lastv, c, v1);
    ger(lastc, lastv, -tau, { a: w, off: 0, inc: 1 }, v1, c);
  }
}

/** A bidiagonal of order k (diagonal d, off-diagonal e) and the taus of its two reflector sets. */
type Bidiagonal = { d: Float64Array; e: Float64Array; tauq: Float64Array; taup: Float64Array };

function bidiagonalArrays(k: number): Bidiagonal {
  return { d: new Float64Array(k), e: new Float64Array(Math.max(k - 1, 0)), tauq: new Float64Array(k), taup: new Float64Array(k) };
}

/** dgebd2 for m >= n (leading dimension ld): A = Q B Pᵀ with B upper bidiagonal (d, e); the reflectors stay in A. */
function bidiagonalize(m: number, n: number, A: Float64Array, ld: number): Bidiagonal {
  const { d, e, tauq, taup } = bidiagonalArrays(n);
  const at = (i: number, j: number) => i + j * ld;
  for (let i = 0; i < n; i++) {
    tauq[i] = householder(m - i, A, at(i, i), at(Math.min(i + 1, m - 1), i), 1);
    d[i] = A[at(i, i)];
    A[at(i, i)] = 1;
    if (i < n - 1) applyReflector("L", m - i, n - i - 1, A, at(i, i), 1, tauq[i], { a: A, off: at(i, i + 1), ld });
    A[at(i, i)] = d[i];
    if (i < n - 1) {
      taup[i] = householder(n - i - 1, A, at(i, i + 1), at(i, Math.min(i + 2, n - 1)), ld);
      e[i] = A[at(i, i + 1)];
      A[at(i, i + 1)] = 1;
      applyReflector("R", m - i - 1, n - i - 1, A, at(i, i + 1), ld, taup[i], { a: A, off: at(i + 1, i + 1), ld });
      A[at(i, i + 1)] = e[i];
    }
  }
  return { d, e, tauq, taup };
}

/** dlartg (LAPACK 3.10+): c, s, r with [c s; -s c] [f; g] = [r; 0]. */
function givens(f: number, g: number): [number, number, number] {
  const safmax = 1 / SAFMIN;
  const rtmin = Math.sqrt(SAFMIN);
  const rtmax = Math.sqrt(safmax / 2);
  const f1 = Math.abs(f);
  const g1 = Math.abs(g);
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), g1];
  if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
    const d = Math.sqrt(f * f + g * g);
    const r = sign(d, f);
    return [f1 / d, g / r, r];
  }
  const u = Math.min(safmax, Math.max(SAFMIN, f1, g1));
  const fs = f / u;
  const gs = g / u;
  const d = Math.sqrt(fs * fs + gs * gs);
  const r = sign(d, f);
  return [Math.abs(fs) / d, gs / r, r * u];
}

/** dlas2: the singular values [smin, smax] of the 2×2 upper triangular [f g; 0 h]. */
function singularValues2x2(f: number, g: number, h: number): [number, number] {
  const fa = Math.abs(f);
  const ga = Math.abs(g);
  const ha = Math.abs(h);
  const fhmn = Math.min(fa, ha);
  const fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    if (fhmx === 0) return [0, ga];
    const q = Math.min(fhmx, ga) / Math.max(fhmx, ga);
    return [0, Math.max(fhmx, ga) * Math.sqrt(1 + q * q)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx;
    const at = (fhmx - fhmn) / fhmx;
    const q = ga / fhmx;
    const au = q * q;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx;
  const at = (fhmx - fhmn) / fhmx;
  const p = as * au;
  const q = at * au;
  const c = 1 / (Math.sqrt(1 + p * p) + Math.sqrt(1 + q * q));
  const smin = fhmn * c * au;
  return [smin + smin, ga / (c + c)];
}

/**
 * dlasv2: the SVD of the 2×2 upper triangular [f g; 0 h]:
 * [csl snl; -snl csl] [f g; 0 h] [csr -snr; snr csr] = [ssmax 0; 0 ssmin], signed.
 */
function svd2x2(f: number, g: number, h: number): { ssmin: number; ssmax: number; snr: number; csr: number; snl: number; csl: number } {
  let ft = f;
  let fa = Math.abs(ft);
  let ht = h;
  let ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g;
  const ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1;
    crt = 1;
    slt = 0;
    srt = 0;
  } else {
    let gasmal = true;
    ssmin = ssmax = clt = crt = slt = srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        // g dominates: the values follow from ratios alone.
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const dd = fa - ha;
      let l = dd === fa ? 1 : dd / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m;
      const tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) {
        t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(dd, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  const [csl, snl, csr, snr] = swap ? [srt, crt, slt, clt] : [clt, slt, crt, srt];
  let tsign = 0;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  if (pmax === 3) tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  return { ssmax: sign(ssmax, tsign), ssmin: sign(ssmin, tsign * sign(1, f) * sign(1, h)), snr, csr, snl, csl };
}

/** dswap on two strided vectors. */
function swapVectors(n: number, a: Float64Array, xo: number, yo: number, inc: number): void {
  for (let k = 0; k < n; k++) {
    const t = a[xo + k * inc];
    a[xo + k * inc] = a[yo + k * inc];
    a[yo + k * inc] = t;
  }
}

/**
 * dlasr with pivot 'V': the plane rotations (work[co + j], work[so + j]) between neighbouring rows j, j+1 (side "L",
 * on the rows first..first+count-1 of an n×n matrix) or columns (side "R"), forward or backward.
 */
function applyRotations(side: "L" | "R", forward: boolean, count: number, work: Float64Array, co: number, so: number, a: Float64Array, n: number, first: number): void {
  for (let step = 0; step < count - 1; step++) {
    const j = forward ? step : count - 2 - step;
    const ct = work[co + j];
    const st = work[so + j];
    if (ct === 1 && st === 0) continue;
    for (let i = 0; i < n; i++) {
      // side L: row pair (first+j, first+j+1) at column i; side R: column pair at row i.
      const p = side === "L" ? first + j + i * n : i + (first + j) * n;
      const q = side === "L" ? p + 1 : p + n;
      const temp = a[q];
      a[q] = ct * temp - st * a[p];
      a[p] = st * temp + ct * a[p];
    }
  }
}

/**
 * dbdsqr for an upper bidiagonal (d, e) of order n with vectors: VT := Qᵀ VT (rows), U := U Q (columns),
 * both n×n column-major. Leaves the singular values positive and sorted decreasingly. False when the
 * iteration did not converge (LAPACK's info > 0).
 */
function bidiagonalQr(n: number, d: Float64Array, e: Float64Array, VT: Float64Array, U: Float64Array): boolean {
  // 1-based views keep the indices as in the reference.
  const D = (i: number) => d[i - 1];
  const E = (i: number) => e[i - 1];
  const setD = (i: number, v: number) => (d[i - 1] = v);
  const setE = (i: number, v: number) => (e[i - 1] = v);
  const nm1 = n - 1;
  const nm12 = 2 * nm1;
  const nm13 = nm12 + nm1;
  const work = new Float64Array(4 * Math.max(nm1, 1));
  const W = (k: number) => k - 1; // work(k) -> index
  const rotRowsVT = (i: number, j: number, c: number, s: number) => rot(n, VT, i - 1, j - 1, n, c, s);
  const rotColsU = (i: number, j: number, c: number, s: number) => rot(n, U, (i - 1) * n, (j - 1) * n, 1, c, s);
  if (n > 1) {
    const tol = TOLMUL * EPS;
    let smax = 0;
    for (let i = 1; i <= n; i++) smax = Math.max(smax, Math.abs(D(i)));
    for (let i = 1; i <= n - 1; i++) smax = Math.max(smax, Math.abs(E(i)));
    // Relative accuracy: a threshold from a lower bound on the smallest singular value.
    let sminoa = Math.abs(D(1));
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 2; i <= n; i++) {
        mu = Math.abs(D(i)) * (mu / (mu + Math.abs(E(i - 1))));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = sminoa / Math.sqrt(n);
    const thresh = Math.max(tol * sminoa, 6 * (n * (n * SAFMIN)));
    const maxitdivn = 6 * n;
    let iterdivn = 0;
    let iter = -1;
    let oldll = -1;
    let oldm = -1;
    let idir = 0;
    let m = n;
    let smin = 0;
    for (;;) {
      if (m <= 1) break;
      if (iter >= n) {
        iter -= n;
        iterdivn++;
        if (iterdivn >= maxitdivn) return false;
      }
      // Find a diagonal block to work on: the last split point above m.
      smax = Math.abs(D(m));
      let ll = 0;
      let split = false;
      for (let lll = 1; lll <= m - 1; lll++) {
        ll = m - lll;
        const abss = Math.abs(D(ll));
        const abse = Math.abs(E(ll));
        if (abse <= thresh) {
          split = true;
          break;
        }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        setE(ll, 0);
        if (ll === m - 1) {
          m--;
          continue;
        }
      } else ll = 0;
      ll++;
      if (ll === m - 1) {
        // A 2×2 block: solve it directly.
        const r = svd2x2(D(m - 1), E(m - 1), D(m));
        setD(m - 1, r.ssmax);
        setE(m - 1, 0);
        setD(m, r.ssmin);
        rotRowsVT(m - 1, m, r.csr, r.snr);
        rotColsU(m - 1, m, r.csl, r.snl);
        m -= 2;
        continue;
      }
      // A new block: chase the bulge from the larger end.
      if (ll > oldm || m < oldll) idir = Math.abs(D(ll)) >= Math.abs(D(m)) ? 1 : 2;
      let converged = false;
      if (idir === 1) {
        if (Math.abs(E(m - 1)) <= Math.abs(tol) * Math.abs(D(m))) {
          setE(m - 1, 0);
          continue;
        }
        let mu = Math.abs(D(ll));
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(E(lll)) <= tol * mu) {
            setE(lll, 0);
            converged = true;
            break;
          }
          mu = Math.abs(D(lll + 1)) * (mu / (mu + Math.abs(E(lll))));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(E(ll)) <= Math.abs(tol) * Math.abs(D(ll))) {
          setE(ll, 0);
          continue;
        }
        let mu = Math.abs(D(m));
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(E(lll)) <= tol * mu) {
            setE(lll, 0);
            converged = true;
            break;
          }
          mu = Math.abs(D(lll)) * (mu / (mu + Math.abs(E(lll))));
          smin = Math.min(smin, mu);
        }
      }
      if (converged) continue;
      oldll = ll;
      oldm = m;
      // The shift: zero when it would cost relative accuracy, else the smaller value of the end 2×2.
      let shift: number;
      if (n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol)) shift = 0;
      else {
        let sll: number;
        if (idir === 1) {
          sll = Math.abs(D(ll));
          shift = singularValues2x2(D(m - 1), E(m - 1), D(m))[0];
        } else {
          sll = Math.abs(D(m));
          shift = singularValues2x2(D(ll), E(ll), D(ll + 1))[0];
        }
        if (sll > 0) {
          const q = shift / sll;
          if (q * q < EPS) shift = 0;
        }
      }
      iter += m - ll;
      const len = m - ll + 1;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1;
          let oldcs = 1;
          let sn = 0;
          let oldsn = 0;
          for (let i = ll; i <= m - 1; i++) {
            let r: number;
            [cs, sn, r] = givens(D(i) * cs, E(i));
            if (i > ll) setE(i - 1, oldsn * r);
            let di: number;
            [oldcs, oldsn, di] = givens(oldcs * r, D(i + 1) * sn);
            setD(i, di);
            work[W(i - ll + 1)] = cs;
            work[W(i - ll + 1 + nm1)] = sn;
            work[W(i - ll + 1 + nm12)] = oldcs;
            work[W(i - ll + 1 + nm13)] = oldsn;
          }
          const h = D(m) * cs;
          setD(m, h * oldcs);
          setE(m - 1, h * oldsn);
          applyRotations("L", true, len, work, 0, nm1, VT, n, ll - 1);
          applyRotations("R", true, len, work, nm12, nm13, U, n, ll - 1);
          if (Math.abs(E(m - 1)) <= thresh) setE(m - 1, 0);
        } else {
          let cs = 1;
          let oldcs = 1;
          let sn = 0;
          let oldsn = 0;
          for (let i = m; i >= ll + 1; i--) {
            let r: number;
            [cs, sn, r] = givens(D(i) * cs, E(i - 1));
            if (i < m) setE(i, oldsn * r);
            let di: number;
            [oldcs, oldsn, di] = givens(oldcs * r, D(i - 1) * sn);
            setD(i, di);
            work[W(i - ll)] = cs;
            work[W(i - ll + nm1)] = -sn;
            work[W(i - ll + nm12)] = oldcs;
            work[W(i - ll + nm13)] = -oldsn;
          }
          const h = D(ll) * cs;
          setD(ll, h * oldcs);
          setE(ll, h * oldsn);
          applyRotations("L", false, len, work, nm12, nm13, VT, n, ll - 1);
          applyRotations("R", false, len, work, 0, nm1, U, n, ll - 1);
          if (Math.abs(E(ll)) <= thresh) setE(ll, 0);
        }
      } else if (idir === 1) {
        // Chase the bulge from top to bottom.
        let f = (Math.abs(D(ll)) - shift) * (sign(1, D(ll)) + shift / D(ll));
        let g = E(ll);
        for (let i = ll; i <= m - 1; i++) {
          const [cosr, sinr, r1] = givens(f, g);
          if (i > ll) setE(i - 1, r1);
          f = cosr * D(i) + sinr * E(i);
          setE(i, cosr * E(i) - sinr * D(i));
          g = sinr * D(i + 1);
          setD(i + 1, cosr * D(i + 1));
          const [cosl, sinl, r2] = givens(f, g);
          setD(i, r2);
          f = cosl * E(i) + sinl * D(i + 1);
          setD(i + 1, cosl * D(i + 1) - sinl * E(i));
          if (i < m - 1) {
            g = sinl * E(i + 1);
            setE(i + 1, cosl * E(i + 1));
          }
          work[W(i - ll + 1)] = cosr;
          work[W(i - ll + 1 + nm1)] = sinr;
          work[W(i - ll + 1 + nm12)] = cosl;
          work[W(i - ll + 1 + nm13)] = sinl;
        }
        setE(m - 1, f);
        applyRotations("L", true, len, work, 0, nm1, VT, n, ll - 1);
        applyRotations("R", true, len, work, nm12, nm13, U, n, ll - 1);
        if (Math.abs(E(m - 1)) <= thresh) setE(m - 1, 0);
      } else {
        // Chase the bulge from bottom to top.
        let f = (Math.abs(D(m)) - shift) * (sign(1, D(m)) + shift / D(m));
        let g = E(m - 1);
        for (let i = m; i >= ll + 1; i--) {
          const [cosr, sinr, r1] = givens(f, g);
          if (i < m) setE(i, r1);
          f = cosr * D(i) + sinr * E(i - 1);
          setE(i - 1, cosr * E(i - 1) - sinr * D(i));
          g = sinr * D(i - 1);
          setD(i - 1, cosr * D(i - 1));
          const [cosl, sinl, r2] = givens(f, g);
          setD(i, r2);
          f = cosl * E(i - 1) + sinl * D(i - 1);
          setD(i - 1, cosl * D(i - 1) - sinl * E(i - 1));
          if (i > ll + 1) {
            g = sinl * E(i - 2);
            setE(i - 2, cosl * E(i - 2));
          }
          work[W(i - ll)] = cosr;
          work[W(i - ll + nm1)] = -sinr;
          work[W(i - ll + nm12)] = cosl;
          work[W(i - ll + nm13)] = -sinl;
        }
        setE(ll, f);
        if (Math.abs(E(ll)) <= thresh) setE(ll, 0);
        applyRotations("L", false, len, work, nm12, nm13, VT, n, ll - 1);
        applyRotations("R", false, len, work, 0, nm1, U, n, ll - 1);
      }
    }
  }
  // Make the values positive (flipping VT's rows), then sort decreasingly by selection.
  for (let i = 1; i <= n; i++) {
    if (D(i) < 0) {
      setD(i, -D(i));
      scale(n, -1, VT, i - 1, n);
    }
  }
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1;
    let smin = D(1);
    for (let j = 2; j <= n + 1 - i; j++) {
      if (D(j) <= smin) {
        isub = j;
        smin = D(j);
      }
    }
    const last = n + 1 - i;
    if (isub !== last) {
      setD(isub, D(last));
      setD(last, smin);
      swapVectors(n, VT, isub - 1, last - 1, n);
      swapVectors(n, U, (isub - 1) * n, (last - 1) * n, 1);
    }
  }
  return true;
}

/**
 * The two sorts after dbdsqr, each swapping U's columns and VT's rows along: dlasdq's selection sort
 * into increasing order, then dbdsdc's into decreasing order. With ties the swaps decide which
 * singular vector ends where, so both are kept.
 */
function sortAsLapack(n: number, d: Float64Array, VT: Float64Array, U: Float64Array): void {
  const exchange = (i: number, k: number) => {
    [d[i], d[k]] = [d[k], d[i]];
    swapVectors(n, VT, i, k, n);
    swapVectors(n, U, i * n, k * n, 1);
  };
  for (let i = 0; i < n; i++) {
    let isub = i;
    for (let j = i + 1; j < n; j++) if (d[j] < d[isub]) isub = j;
    if (isub !== i) exchange(i, isub);
  }
  for (let i = 0; i < n - 1; i++) {
    let kk = i;
    for (let j = i + 1; j < n; j++) if (d[j] > d[kk]) kk = j;
    if (kk !== i) exchange(i, kk);
  }
}

/**
 * dbdsdc(uplo, 'I') for n <= 25: the SVD B = U diag(d) VT of the bidiagonal (d, e). A lower one is
 * first rotated to upper form (dlartg down the diagonal); those rotations reach U at the end.
 */
function bidiagonalSvd(n: number, d: Float64Array, e: Float64Array, lower = false): { U: Float64Array; VT: Float64Array } | null {
  const U = new Float64Array(n * n);
  const VT = new Float64Array(n * n);
  if (n === 1) {
    U[0] = sign(1, d[0]);
    VT[0] = 1;
    d[0] = Math.abs(d[0]);
    return { U, VT };
  }
  const rotations = new Float64Array(2 * (n - 1));
  if (lower) {
    for (let i = 0; i < n - 1; i++) {
      const [cs, sn, r] = givens(d[i], e[i]);
      d[i] = r;
      e[i] = sn * d[i + 1];
      d[i + 1] = cs * d[i + 1];
      rotations[i] = cs;
      rotations[n - 1 + i] = -sn;
    }
  }
  for (let i = 0; i < n; i++) U[i + i * n] = VT[i + i * n] = 1;
  if (!bidiagonalQr(n, d, e, VT, U)) return null;
  sortAsLapack(n, d, VT, U);
  if (lower) applyRotations("L", false, n, rotations, 0, n - 1, U, n, 0);
  return { U, VT };
}

/**
 * dormbr's products after dgebd2 on an m×n A (m >= n, leading dimension lda): U := Q U on U's rows
 * (dorm2r, reflectors in A's columns below the diagonal, last to first; U has uCols columns and
 * leading dimension ldu) and VT := VT Pᵀ (dorml2 on the n×n VT's columns 2..n, reflectors in A's
 * rows right of the superdiagonal, last to first).
 */
function applyBidiagonalFactors(m: number, n: number, A: Float64Array, lda: number, tauq: Float64Array, taup: Float64Array, U: Float64Array, ldu: number, uCols: number, VT: Float64Array): void {
  const at = (i: number, j: number) => i + j * lda;
  for (let i = n - 1; i >= 0; i--) {
    const aii = A[at(i, i)];
    A[at(i, i)] = 1;
    applyReflector("L", m - i, uCols, A, at(i, i), 1, tauq[i], { a: U, off: i, ld: ldu });
    A[at(i, i)] = aii;
  }
  for (let i = n - 2; i >= 0; i--) {
    const aii = A[at(i, i + 1)];
    A[at(i, i + 1)] = 1;
    applyReflector("R", n, n - 1 - i, A, at(i, i + 1), lda, taup[i], { a: VT, off: (i + 1) * n, ld: n });
    A[at(i, i + 1)] = aii;
  }
}

/** dgeqr2 on an m×n A (leading dimension m, m >= n): R above the diagonal, reflectors below; the taus. */
function qrFactor(m: number, n: number, A: Float64Array): Float64Array {
  const tau = new Float64Array(n);
  const at = (i: number, j: number) => i + j * m;
  for (let i = 0; i < n; i++) {
    tau[i] = householder(m - i, A, at(i, i), at(Math.min(i + 1, m - 1), i), 1);
    if (i < n - 1) {
      const aii = A[at(i, i)];
      A[at(i, i)] = 1;
      applyReflector("L", m - i, n - i - 1, A, at(i, i), 1, tau[i], { a: A, off: at(i, i + 1), ld: m });
      A[at(i, i)] = aii;
    }
  }
  return tau;
}

/** dorg2r: the first `cols` columns of the m×m orthogonal Q from k reflectors stored below Q's diagonal. */
function formQ(m: number, cols: number, k: number, Q: Float64Array, tau: Float64Array): void {
  const at = (i: number, j: number) => i + j * m;
  for (let j = k; j < cols; j++) {
    Q.fill(0, at(0, j), at(m, j));
    Q[at(j, j)] = 1;
  }
  for (let i = k - 1; i >= 0; i--) {
    if (i < cols - 1) {
      Q[at(i, i)] = 1;
      applyReflector("L", m - i, cols - i - 1, Q, at(i, i), 1, tau[i], { a: Q, off: at(i, i + 1), ld: m });
    }
    if (i < m - 1) scale(m - i - 1, -tau[i], Q, at(i + 1, i), 1);
    Q[at(i, i)] = 1 - tau[i];
    for (let l = 0; l < i; l++) Q[at(l, i)] = 0;
  }
}

/** dgebd2 for m < n (leading dimension ld): A = Q B Pᵀ with B lower bidiagonal (d, e). */
function bidiagonalizeWide(m: number, n: number, A: Float64Array, ld: number): Bidiagonal {
  const { d, e, tauq, taup } = bidiagonalArrays(m);
  const at = (i: number, j: number) => i + j * ld;
  for (let i = 0; i < m; i++) {
    taup[i] = householder(n - i, A, at(i, i), at(i, Math.min(i + 1, n - 1)), ld);
    d[i] = A[at(i, i)];
    A[at(i, i)] = 1;
    if (i < m - 1) applyReflector("R", m - i - 1, n - i, A, at(i, i), ld, taup[i], { a: A, off: at(i + 1, i), ld });
    A[at(i, i)] = d[i];
    if (i < m - 1) {
      tauq[i] = householder(m - i - 1, A, at(i + 1, i), at(Math.min(i + 2, m - 1), i), 1);
      e[i] = A[at(i + 1, i)];
      A[at(i + 1, i)] = 1;
      applyReflector("L", m - i - 1, n - i - 1, A, at(i + 1, i), 1, tauq[i], { a: A, off: at(i + 1, i + 1), ld });
      A[at(i + 1, i)] = e[i];
    }
  }
  return { d, e, tauq, taup };
}

/**
 * dormbr's products after dgebd2 on an m×n A with m < n (leading dimension m): U := Q U (m×m; the
 * reflectors sit below the subdiagonal and act on rows 2..m) and VT := VT Pᵀ (dorml2 on VT's vtRows
 * rows, leading dimension vtRows; reflectors in A's rows from the diagonal), both last to first.
 */
function applyWideFactors(m: number, n: number, A: Float64Array, tauq: Float64Array, taup: Float64Array, U: Float64Array, VT: Float64Array, vtRows: number): void {
  const at = (i: number, j: number) => i + j * m;
  for (let i = m - 2; i >= 0; i--) {
    const aii = A[at(i + 1, i)];
    A[at(i + 1, i)] = 1;
    applyReflector("L", m - 1 - i, m, A, at(i + 1, i), 1, tauq[i], { a: U, off: i + 1, ld: m });
    A[at(i + 1, i)] = aii;
  }
  for (let i = m - 1; i >= 0; i--) {
    const aii = A[at(i, i)];
    A[at(i, i)] = 1;
    applyReflector("R", vtRows, n - i, A, at(i, i), m, taup[i], { a: VT, off: i * vtRows, ld: vtRows });
    A[at(i, i)] = aii;
  }
}

/** dgelq2 on an m×n A (leading dimension m, m <= n): L below the diagonal, reflectors in the rows; the taus. */
function lqFactor(m: number, n: number, A: Float64Array): Float64Array {
  const tau = new Float64Array(m);
  const at = (i: number, j: number) => i + j * m;
  for (let i = 0; i < m; i++) {
    tau[i] = householder(n - i, A, at(i, i), at(i, Math.min(i + 1, n - 1)), m);
    if (i < m - 1) {
      const aii = A[at(i, i)];
      A[at(i, i)] = 1;
      applyReflector("R", m - i - 1, n - i, A, at(i, i), m, tau[i], { a: A, off: at(i + 1, i), ld: m });
      A[at(i, i)] = aii;
    }
  }
  return tau;
}

/** dorgl2: the first `rows` rows of the n×n orthogonal Q (leading dimension ld) from k row reflectors. */
function formQRows(rows: number, n: number, k: number, Q: Float64Array, ld: number, tau: Float64Array): void {
  const at = (i: number, j: number) => i + j * ld;
  if (k < rows) {
    for (let j = 0; j < n; j++) {
      for (let l = k; l < rows; l++) Q[at(l, j)] = 0;
      if (j >= k && j < rows) Q[at(j, j)] = 1;
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    if (i < n - 1) {
      if (i < rows - 1) {
        Q[at(i, i)] = 1;
        applyReflector("R", rows - i - 1, n - i, Q, at(i, i), ld, tau[i], { a: Q, off: at(i + 1, i), ld });
      }
      scale(n - i - 1, -tau[i], Q, at(i, i + 1), ld);
    }
    Q[at(i, i)] = 1 - tau[i];
    for (let l = 0; l < i; l++) Q[at(i, l)] = 0;
  }
}

/** dgesdd path 5t (m < n < mnthr): bidiagonalise A itself (lower). VT is n×n ('A') or m×n ('S'). */
function svdDirectWide(m: number, n: number, A: Float64Array, full: boolean): Factors | null {
  const { d, e, tauq, taup } = bidiagonalizeWide(m, n, A, m);
  const vecs = bidiagonalSvd(m, d, e, true);
  if (!vecs) return null;
  const vtRows = full ? n : m;
  const VT = new Float64Array(vtRows * n);
  for (let j = 0; j < m; j++) VT.set(vecs.VT.subarray(j * m, (j + 1) * m), j * vtRows);
  for (let i = m; i < vtRows; i++) VT[i + i * vtRows] = 1;
  applyWideFactors(m, n, A, tauq, taup, vecs.U, VT, vtRows);
  return { U: vecs.U, s: d, VT };
}

/**
 * dgesdd paths 4t ('A') and 3t ('S') for n >= mnthr: A = L Q first, the SVD of L, then VT = VT_L Q
 * by dgemm. 'A' forms all n rows of Q in VT and bidiagonalises L inside A; 'S' forms m rows of Q
 * inside A and works on a copy of L (both leading dimension m).
 */
function svdLqFirst(m: number, n: number, A: Float64Array, full: boolean): Factors | null {
  const tau = lqFactor(m, n, A);
  let Q: Float64Array;
  let L: Float64Array;
  const qRows = full ? n : m;
  if (full) {
    Q = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i <= Math.min(j, m - 1); i++) Q[i + j * n] = A[i + j * m];
    formQRows(n, n, m, Q, n, tau);
    for (let j = 1; j < m; j++) for (let i = 0; i < j; i++) A[i + j * m] = 0;
    L = A;
  } else {
    L = new Float64Array(m * m);
    for (let j = 0; j < m; j++) for (let i = j; i < m; i++) L[i + j * m] = A[i + j * m];
    formQRows(m, n, m, A, m, tau);
    Q = A;
  }
  const { d, e, tauq, taup } = bidiagonalize(m, m, L, m);
  const vecs = bidiagonalSvd(m, d, e);
  if (!vecs) return null;
  applyBidiagonalFactors(m, m, L, m, tauq, taup, vecs.U, m, m, vecs.VT);
  const top = gemm(m, n, m, { a: vecs.VT, off: 0, ld: m }, { a: Q, off: 0, ld: qRows });
  const VT = full ? Q : top;
  if (full) for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) VT[i + j * n] = top[i + j * m];
  return { U: vecs.U, s: d, VT };
}

/** dgesdd's threshold below which (and above whose reciprocal) it rescales A first: sqrt(safmin)/ulp. */
const SMLNUM = Math.sqrt(SAFMIN) / 2 ** -52;

/** dlascl('G'): x := x * (cto / cfrom), in safe factors of safmin or its reciprocal when the ratio is extreme. */
function rescale(cfrom: number, cto: number, x: Float64Array): void {
  const big = 1 / SAFMIN;
  let cfromc = cfrom;
  let ctoc = cto;
  for (let done = false; !done; ) {
    const cfrom1 = cfromc * SAFMIN;
    let mul: number;
    if (cfrom1 === cfromc) {
      mul = ctoc / cfromc;
      done = true;
    } else {
      const cto1 = ctoc / big;
      if (cto1 === ctoc) {
        mul = ctoc;
        done = true;
        cfromc = 1;
      } else if (Math.abs(cfrom1) > Math.abs(ctoc) && ctoc !== 0) {
        mul = SAFMIN;
        cfromc = cfrom1;
      } else if (Math.abs(cto1) > Math.abs(cfromc)) {
        mul = big;
        ctoc = cto1;
      } else {
        mul = ctoc / cfromc;
        done = true;
        if (mul === 1) return;
      }
    }
    for (let k = 0; k < x.length; k++) x[k] *= mul;
  }
}

type Factors = { U: Float64Array; s: Float64Array; VT: Float64Array };

/**
 * dgesdd path 5 (n <= m < mnthr): bidiagonalise A itself. U is m×m (jobz 'A', padded with I) or m×n
 * (jobz 'S'), VT n×n, column-major.
 */
function svdDirect(m: number, n: number, A: Float64Array, full: boolean): Factors | null {
  const { d, e, tauq, taup } = bidiagonalize(m, n, A, m);
  const vecs = bidiagonalSvd(n, d, e);
  if (!vecs) return null;
  const uCols = full ? m : n;
  const U = new Float64Array(m * uCols);
  for (let j = 0; j < n; j++) U.set(vecs.U.subarray(j * n, (j + 1) * n), j * m);
  for (let i = n; i < uCols; i++) U[i + i * m] = 1;
  applyBidiagonalFactors(m, n, A, m, tauq, taup, U, m, uCols, vecs.VT);
  return { U, s: d, VT: vecs.VT };
}

/**
 * dgesdd paths 4 (jobz 'A') and 3 ('S') for m >= mnthr: A = Q R first, the SVD of R, then U = Q U_R
 * by dgemm. 'A' forms all m columns of Q in U and bidiagonalises R inside A (leading dimension m);
 * 'S' forms n columns of Q inside A and works on a copy of R (leading dimension n).
 */
function svdQrFirst(m: number, n: number, A: Float64Array, full: boolean): Factors | null {
  const tau = qrFactor(m, n, A);
  let Q: Float64Array;
  let R: Float64Array;
  let ldr: number;
  if (full) {
    Q = new Float64Array(m * m);
    for (let j = 0; j < n; j++) for (let i = j; i < m; i++) Q[i + j * m] = A[i + j * m];
    formQ(m, m, n, Q, tau);
    for (let j = 0; j < n - 1; j++) for (let i = j + 1; i < n; i++) A[i + j * m] = 0;
    R = A;
    ldr = m;
  } else {
    R = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i <= j; i++) R[i + j * n] = A[i + j * m];
    formQ(m, n, n, A, tau);
    Q = A;
    ldr = n;
  }
  const { d, e, tauq, taup } = bidiagonalize(n, n, R, ldr);
  const vecs = bidiagonalSvd(n, d, e);
  if (!vecs) return null;
  applyBidiagonalFactors(n, n, R, ldr, tauq, taup, vecs.U, n, n, vecs.VT);
  const U = full ? Q : new Float64Array(m * n);
  U.set(gemm(m, n, n, { a: Q, off: 0, ld: m }, { a: vecs.U, off: 0, ld: n }));
  return { U, s: d, VT: vecs.VT };
}

/**
 * numpy.linalg.svd of an m×n matrix (row-major) with min(m, n) <= 25, computed as LAPACK's dgesdd
 * does: u (m×m), s, vh (n×n), row-major; with `full` false (numpy's full_matrices) u is m×k and vh
 * k×n, k = min(m, n). Null where this is not reproduced (larger matrices, non-finite entries, no
 * convergence), for the caller to use another method.
 *
 * @example
 * lapackSvd(Float64Array.of(1, 0.5, 0.5, 1), 2, 2)!.s // Float64Array [1.5, 0.5]
 */
export function lapackSvd(a: Float64Array, m: number, n: number, full = true): { u: Float64Array; s: Float64Array; vh: Float64Array } | null {
  if (Math.min(m, n) < 1 || Math.min(m, n) > LAPACK_SVD_MAX_N) return null;
  let anrm = 0;
  for (let k = 0; k < m * n; k++) {
    const v = Math.abs(a[k]);
    if (!(v < Infinity)) return null;
    anrm = Math.max(anrm, v);
  }
  const A = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) A[i + j * m] = a[i * n + j];
  // Entries near under- or overflow: scale A into range first, the singular values back after.
  const target = anrm > 0 && anrm < SMLNUM ? SMLNUM : anrm > 1 / SMLNUM ? 1 / SMLNUM : 0;
  if (target) rescale(anrm, target, A);
  const mnthr = Math.trunc((Math.min(m, n) * 11) / 6);
  let r: Factors | null;
  if (m >= n) r = m >= mnthr ? svdQrFirst(m, n, A, full) : svdDirect(m, n, A, full);
  else r = n >= mnthr ? svdLqFirst(m, n, A, full) : svdDirectWide(m, n, A, full);
  if (!r) return null;
  if (target) rescale(target, anrm, r.s);
  const k = Math.min(m, n);
  const uCols = full ? m : k;
  const vtRows = full ? n : k;
  const u = new Float64Array(m * uCols);
  const vh = new Float64Array(vtRows * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < uCols; j++) u[i * uCols + j] = r.U[i + j * m];
  for (let i = 0; i < vtRows; i++) for (let j = 0; j < n; j++) vh[i * n + j] = r.VT[i + j * vtRows];
  return { u, s: r.s, vh };
}
