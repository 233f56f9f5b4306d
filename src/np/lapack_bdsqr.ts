// LAPACK's SVD of a bidiagonal matrix of order <= 25 as dbdsdc runs it there: dlasdq -> dbdsqr's
// implicit-shift QR (dlartg, dlas2, dlasv2, dlasr; values made positive by negating VT's rows, sorted
// decreasingly), then dlasdq's and dbdsdc's sorts; a lower bidiagonal is rotated to upper form first.
// Column-major, 1-based indices inside dbdsqr as in the reference; drot rounds as OpenBLAS's does.

import { rot, scale } from "./openblas_kernels";
import { EPS, SAFMIN, sign } from "./lapack_machine";

/** dbdsqr's tolerance multiplier eps^(-1/8), as glibc's pow rounds it (JavaScript's is an ulp above). */
const TOLMUL = 98.70149282610821;

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
export function bidiagonalSvd(n: number, d: Float64Array, e: Float64Array, lower = false): { U: Float64Array; VT: Float64Array } | null {
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
