// The SVD numpy computes (LAPACK's dgesdd through OpenBLAS), step for step, for matrices whose
// smaller side is at most 25: dgesdd's paths there (QR or LQ first when one side is much longer,
// bidiagonalisation, dbdsdc's small-matrix QR, dormbr, dgemm), so the same operations in the same
// order, rounded as OpenBLAS's kernels round, give numpy's factors bit for bit, singular-vector signs
// included. Written from a reading of LAPACK 3.11 as bundled by OpenBLAS 0.3.x. Column-major, 0-based.
// "numpy" here is numpy on x86-64 where OpenBLAS picks its Haswell kernels (AVX2 CPUs, AMD Zen
// included); where it picks others (Intel AVX-512: SkylakeX) numpy's own results differ in the last
// bits and, for null-space vectors and rare ill-conditioned paths, in sign (measured: 896 of 1200
// random square matrices keep all signs there, 165 are bit-identical). Products that OpenBLAS splits
// across threads (m·n beyond about 10^4) can differ in the last bits (measured <= 8e-17 on 3000×25
// and 10×800 with 2 threads; signs equal).

import { gemm } from "./openblas_kernels";
import { SAFMIN } from "./lapack_machine";
import { applyBidiagonalFactors, applyWideFactors, bidiagonalize, bidiagonalizeWide, formQ, formQRows, lqFactor, qrFactor } from "./lapack_reflectors";
import { bidiagonalSvd } from "./lapack_bdsqr";

/** Largest order for which dbdsdc hands the bidiagonal to dlasdq (ilaenv's SMLSIZ = 25). */
export const LAPACK_SVD_MAX_N = 25;

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
