// LAPACK's Householder side of the SVD as dgesdd runs it for small matrices, unblocked: dlarfg and
// dlarf, dgebd2's bidiagonalisation (upper for m >= n, lower for m < n), dgeqr2/dgelq2 with
// dorg2r/dorgl2, and dormbr's products applying the reflectors back. Column-major, 0-based; the BLAS
// calls round as OpenBLAS's kernels do (openblas_kernels.ts, x87_norm.ts).

import { Block, Strided, gemvT, gemvN, ger, scale } from "./openblas_kernels";
import { x87Norm2 } from "./x87_norm";
import { EPS, SAFMIN, sign } from "./lapack_machine";

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
export type Bidiagonal = { d: Float64Array; e: Float64Array; tauq: Float64Array; taup: Float64Array };

function bidiagonalArrays(k: number): Bidiagonal {
  return { d: new Float64Array(k), e: new Float64Array(Math.max(k - 1, 0)), tauq: new Float64Array(k), taup: new Float64Array(k) };
}

/** dgebd2 for m >= n (leading dimension ld): A = Q B Pᵀ with B upper bidiagonal (d, e); the reflectors stay in A. */
export function bidiagonalize(m: number, n: number, A: Float64Array, ld: number): Bidiagonal {
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

/**
 * dormbr's products after dgebd2 on an m×n A (m >= n, leading dimension lda): U := Q U on U's rows
 * (dorm2r, reflectors in A's columns below the diagonal, last to first; U has uCols columns and
 * leading dimension ldu) and VT := VT Pᵀ (dorml2 on the n×n VT's columns 2..n, reflectors in A's
 * rows right of the superdiagonal, last to first).
 */
export function applyBidiagonalFactors(m: number, n: number, A: Float64Array, lda: number, tauq: Float64Array, taup: Float64Array, U: Float64Array, ldu: number, uCols: number, VT: Float64Array): void {
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
export function qrFactor(m: number, n: number, A: Float64Array): Float64Array {
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
export function formQ(m: number, cols: number, k: number, Q: Float64Array, tau: Float64Array): void {
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
export function bidiagonalizeWide(m: number, n: number, A: Float64Array, ld: number): Bidiagonal {
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
export function applyWideFactors(m: number, n: number, A: Float64Array, tauq: Float64Array, taup: Float64Array, U: Float64Array, VT: Float64Array, vtRows: number): void {
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
export function lqFactor(m: number, n: number, A: Float64Array): Float64Array {
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
export function formQRows(rows: number, n: number, k: number, Q: Float64Array, ld: number, tau: Float64Array): void {
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
