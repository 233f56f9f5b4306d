// The BLAS kernels numpy's LAPACK calls, rounded as OpenBLAS's Haswell kernels round them (the core
// numpy's bundled OpenBLAS 0.3.x picks on AVX2/AVX-512 x86-64): which products are fused
// multiply-adds, which partial sums the vector lanes keep and in what order they are combined. Each
// was checked against the library itself through ctypes on random inputs up to 25×25 (bit for bit).
// Matrices are column-major blocks: element (i, j) at off + i + j*ld.

import { fma } from "./random/fma";

/** A column-major matrix view. */
export interface Block {
  a: Float64Array;
  off: number;
  ld: number;
}

/** A strided vector view: element k at off + k*inc. */
export interface Strided {
  a: Float64Array;
  off: number;
  inc: number;
}

/** Element readers: A(i, j) and x_k. */
function readers(A: Block, x: Strided): { at: (i: number, j: number) => number; xv: (k: number) => number } {
  return { at: (i, j) => A.a[A.off + i + j * A.ld], xv: (k) => x.a[x.off + k * x.inc] };
}

/**
 * dgemv 'T' with alpha 1, beta 0: y_j = Σ_i A(i, j) x_i. Rows in groups of four go through the vector
 * kernels, in blocks of up to 2048 rows whose sums are added to y (columns four at a time: four fused lanes, row i in lane i mod 4, summed (l0+l2)+(l1+l3); a
 * pair of leftover columns: two unfused lanes; a last single column: four unfused partial sums); the
 * last m mod 4 rows are added after, fused, the first two as fma(a0, x0, a1*x1).
 */
export function gemvT(m: number, n: number, A: Block, x: Strided): Float64Array {
  const y = new Float64Array(n);
  const { at, xv } = readers(A, x);
  const m3 = m & 3;
  const nb = m - m3;
  // The kernels take at most NBMAX = 2048 rows at a time; each block's sums are added to y.
  for (let start = 0; start < nb; start += 2048) {
    const end = Math.min(start + 2048, nb);
    const groups = n & -4;
    for (let j = 0; j < groups; j++) {
      const l = [0, 0, 0, 0];
      for (let i = start; i < end; i++) l[i & 3] = fma(at(i, j), xv(i), l[i & 3]);
      y[j] += l[0] + l[2] + (l[1] + l[3]);
    }
    let j = groups;
    if ((n - j) & 2) {
      for (const jj of [j, j + 1]) {
        const l = [0, 0];
        for (let i = start; i < end; i++) l[i & 1] += at(i, jj) * xv(i);
        y[jj] += l[0] + l[1];
      }
      j += 2;
    }
    if ((n - j) & 1) {
      const l = [0, 0, 0, 0];
      for (let i = start; i < end; i++) l[i & 3] += at(i, j) * xv(i);
      y[j] += l[0] + l[2] + (l[1] + l[3]);
    }
  }
  if (m3) {
    const r = nb;
    for (let j = 0; j < n; j++) {
      if (m3 === 1) y[j] = fma(at(r, j), xv(r), y[j]);
      else {
        let t = fma(at(r, j), xv(r), at(r + 1, j) * xv(r + 1));
        if (m3 === 3) t = fma(at(r + 2, j), xv(r + 2), t);
        y[j] += t;
      }
    }
  }
  return y;
}

/**
 * dgemv 'N' with alpha 1, beta 0: y_i = Σ_j A(i, j) x_j. Rows in groups of four: columns four at a
 * time as fma(a2, x2, a0*x0) + fma(a3, x3, a1*x1) added to y; then (unit stride x) a pair a0*x0 + a1*x1
 * and a single column, or (strided x) single columns. The last m mod 4 rows: plain sums over the
 * columns, in pairs when the matrix has exactly those rows (lda = m mod 4) and x has unit stride.
 */
export function gemvN(m: number, n: number, A: Block, x: Strided): Float64Array {
  const y = new Float64Array(m);
  const { at, xv } = readers(A, x);
  const m3 = m & 3;
  const nb = m - m3;
  if (nb > 0) {
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      for (let i = 0; i < nb; i++) {
        const t4 = fma(at(i, j + 2), xv(j + 2), at(i, j) * xv(j));
        const t5 = fma(at(i, j + 3), xv(j + 3), at(i, j + 1) * xv(j + 1));
        y[i] += t4 + t5;
      }
    }
    if (x.inc === 1 && (n - j) & 2) {
      for (let i = 0; i < nb; i++) y[i] += at(i, j) * xv(j) + at(i, j + 1) * xv(j + 1);
      j += 2;
    }
    for (; j < n; j++) for (let i = 0; i < nb; i++) y[i] += at(i, j) * xv(j);
  }
  const paired = A.ld === m3 && x.inc === 1;
  for (let r = nb; r < m; r++) {
    let t = 0;
    let j = 0;
    if (paired) {
      for (; j + 4 <= n; j += 4) {
        if (m3 === 1) t += at(r, j) * xv(j) + at(r, j + 1) * xv(j + 1) + at(r, j + 2) * xv(j + 2) + at(r, j + 3) * xv(j + 3);
        else {
          t += at(r, j) * xv(j) + at(r, j + 1) * xv(j + 1);
          t += at(r, j + 2) * xv(j + 2) + at(r, j + 3) * xv(j + 3);
        }
      }
    }
    for (; j < n; j++) t += at(r, j) * xv(j);
    y[r] += t;
  }
  return y;
}

/**
 * dger: A += alpha x yᵀ, column by column with t = alpha*y_j: rows in blocks of 16 fused
 * (fma(t, x_i, a)), the rest a + t*x_i.
 */
export function ger(m: number, n: number, alpha: number, x: Strided, y: Strided, A: Block): void {
  const m16 = m & -16;
  for (let j = 0; j < n; j++) {
    const t = alpha * y.a[y.off + j * y.inc];
    const col = A.off + j * A.ld;
    for (let i = 0; i < m; i++) {
      const xi = x.a[x.off + i * x.inc];
      A.a[col + i] = i < m16 ? fma(t, xi, A.a[col + i]) : A.a[col + i] + t * xi;
    }
  }
}

/** drot: x := fma(c, x, s*y), y := fma(c, y, -(s*x)) at every stride. */
export function rot(n: number, a: Float64Array, xo: number, yo: number, inc: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const x = a[xo + k * inc];
    const y = a[yo + k * inc];
    a[xo + k * inc] = fma(c, x, s * y);
    a[yo + k * inc] = fma(c, y, -(s * x));
  }
}

/**
 * dgemm 'N', 'N' with alpha 1, beta 0: C = A B (m×k times k×n), returned column-major (ld m). Each
 * entry is summed over k in order with fused multiply-adds, except in the one-column kernel that
 * takes the last column of an odd n: there groups of four rows (i < m - m mod 4) keep four
 * accumulators (k mod 4 over the first multiple of 8 of k, the rest into the first), added
 * (l0 + l1) + (l2 + l3).
 */
export function gemm(m: number, n: number, k: number, A: Block, B: Block): Float64Array {
  const c = new Float64Array(m * n);
  const k8 = k & -8;
  const l = [0, 0, 0, 0];
  for (let j = 0; j < n; j++) {
    const lanes = n % 2 === 1 && j === n - 1;
    for (let i = 0; i < m; i++) {
      const ai = A.off + i;
      const bj = B.off + j * B.ld;
      if (lanes && i < (m & -4)) {
        l[0] = l[1] = l[2] = l[3] = 0;
        for (let p = 0; p < k8; p++) l[p & 3] = fma(A.a[ai + p * A.ld], B.a[bj + p], l[p & 3]);
        for (let p = k8; p < k; p++) l[0] = fma(A.a[ai + p * A.ld], B.a[bj + p], l[0]);
        c[i + j * m] = l[0] + l[1] + (l[2] + l[3]);
      } else {
        let acc = 0;
        for (let p = 0; p < k; p++) acc = fma(A.a[ai + p * A.ld], B.a[bj + p], acc);
        c[i + j * m] = acc;
      }
    }
  }
  return c;
}

/** dscal: x := a x (plain products). */
export function scale(n: number, a: number, x: Float64Array, off: number, inc: number): void {
  for (let k = 0; k < n; k++) x[off + k * inc] *= a;
}
